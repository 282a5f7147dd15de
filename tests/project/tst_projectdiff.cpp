// What an import changes (core/project/projectdiff.h).

#include "project/projectdiff.h"
#include "project/spec.h"
#include "testsupport.h"

#include <QDir>
#include <QTest>

#include <functional>

using namespace sb;

namespace {

Job job(const QString &key, const QString &body)
{
    Job j;
    j.key = key;
    j.name = key;
    j.adaptor = QStringLiteral("@openfn/language-salesforce@4.0.5");
    j.credential = QStringLiteral("ops-sf");
    j.body = body;
    return j;
}

Edge edge(const QString &source, const QString &target, bool fromTrigger, ConditionType condition = ConditionType::Always)
{
    Edge e;
    e.key = source + QStringLiteral("->") + target;
    (fromTrigger ? e.sourceTrigger : e.sourceJob) = source;
    e.targetJob = target;
    e.condition = condition;
    return e;
}

// Two workflows, two credentials: the "current" project of most tests.
Project base()
{
    Project p;
    p.name = QStringLiteral("clubfoot");
    p.description = QStringLiteral("Registrations and reminders");
    p.credentials << CredentialRef{QStringLiteral("ops-sf"), QStringLiteral("Salesforce"), QStringLiteral("ops@example.org")}
                  << CredentialRef{QStringLiteral("ops-infobip"), QStringLiteral("Infobip"), QStringLiteral("ops@example.org")};

    Workflow reg;
    reg.key = QStringLiteral("Register patient");
    reg.name = QStringLiteral("Register patient");
    reg.jobs << job(QStringLiteral("Upsert contact"), QStringLiteral("upsert('Contact', 'CommCare_Case_ID__c', state => state.contact);\n"))
             << job(QStringLiteral("Schedule SMS"), QStringLiteral("post('/sms/2/text/advanced', { body: state => state.sms });\n"));
    reg.jobs[1].credential = QStringLiteral("ops-infobip");
    Trigger hook;
    hook.key = QStringLiteral("webhook");
    reg.triggers << hook;
    reg.edges << edge(QStringLiteral("webhook"), QStringLiteral("Upsert contact"), true)
              << edge(QStringLiteral("Upsert contact"), QStringLiteral("Schedule SMS"), false, ConditionType::OnJobSuccess);

    Workflow daily;
    daily.key = QStringLiteral("Daily SMS");
    daily.name = QStringLiteral("Daily SMS");
    daily.jobs << job(QStringLiteral("Fetch contacts"), QStringLiteral("query('SELECT Id FROM Contact');\n"));
    Trigger cron;
    cron.key = QStringLiteral("cron");
    cron.type = TriggerType::Cron;
    cron.cronExpression = QStringLiteral("0 6 * * *");
    daily.triggers << cron;
    daily.edges << edge(QStringLiteral("cron"), QStringLiteral("Fetch contacts"), true);
    p.workflows << reg << daily;
    return p;
}

Workflow &reg(Project &p)
{
    return p.workflows[0];
}

} // namespace

class TstProjectDiff final : public QObject
{
    Q_OBJECT

private slots:
    void identicalProjectsHaveNoChanges();
    void identicalSpecReadTwiceHasNoChanges();
    void newProjectListsEveryObject();
    void eachChange_data();
    void eachChange();
    void ordersChangesLikeThePreview();
    void countsByKindAndObject();
    void summaryIsPluralAware();
    void namesKindsAndObjects();
    void unknownAdaptorsAreReportedAtImport();
};

void TstProjectDiff::unknownAdaptorsAreReportedAtImport()
{
    Project p = base();
    QVERIFY(diffProjects(nullptr, p).warnings.isEmpty()); // salesforce 4.0.5 is carried
    reg(p).jobs[0].adaptor = QStringLiteral("@openfn/language-mailchimp@1.0.0");
    reg(p).jobs[1].adaptor = QStringLiteral("@openfn/language-salesforce@12.0.0");
    const ProjectDiff diff = diffProjects(&p, p);
    QCOMPARE(diff.warnings.size(), 2);
    QVERIFY2(diff.warnings[0].contains(QStringLiteral("Upsert contact"))
                 && diff.warnings[0].contains(QStringLiteral("@openfn/language-mailchimp")),
             qPrintable(diff.warnings[0]));
    QVERIFY2(diff.warnings[1].contains(QStringLiteral("version 12.0.0")), qPrintable(diff.warnings[1]));
}

void TstProjectDiff::identicalProjectsHaveNoChanges()
{
    const Project p = base();
    const ProjectDiff diff = diffProjects(&p, p);
    QVERIFY(diff.isEmpty());
    QVERIFY(!diff.newProject);
    QCOMPARE(diff.projectName, QStringLiteral("clubfoot"));
    QVERIFY(diff.lines().isEmpty());
    QCOMPARE(diff.summary(), QStringLiteral("no changes"));

    // Order is not a change: objects are matched by key.
    Project reordered = base();
    std::swap(reg(reordered).jobs[0], reg(reordered).jobs[1]);
    std::swap(reordered.workflows[0], reordered.workflows[1]);
    QVERIFY(diffProjects(&p, reordered).isEmpty());
}

void TstProjectDiff::identicalSpecReadTwiceHasNoChanges()
{
    const QString spec = QDir(sb::test::sourceDir())
                             .filePath(QStringLiteral("tests/project/data/classic/openfn-8c3e62a4-5b1d-4f0e-9c7a-2d41f6b8e915-spec.yaml"));
    const Result<Project> first = readSpecFile(spec);
    const Result<Project> second = readSpecFile(spec);
    QVERIFY2(first.ok(), qPrintable(first.error().toString()));
    QVERIFY(second.ok());
    QVERIFY(diffProjects(&first.value(), second.value()).isEmpty());
    const ProjectDiff fresh = diffProjects(nullptr, first.value());
    QCOMPARE(fresh.count(ChangeKind::Added, ObjectKind::Job), 5);
    QCOMPARE(fresh.summary(), QStringLiteral("1 project added, 2 credentials added, 2 workflows added, 5 jobs added, "
                                             "2 triggers added, 5 edges added"));
}

void TstProjectDiff::newProjectListsEveryObject()
{
    const Project p = base();
    const ProjectDiff diff = diffProjects(nullptr, p);
    QVERIFY(diff.newProject);
    QCOMPARE(diff.lines(), (QStringList{
                               QStringLiteral("+ project  clubfoot"),
                               QStringLiteral("+ credential  ops-sf"),
                               QStringLiteral("+ credential  ops-infobip"),
                               QStringLiteral("+ workflow  Register patient"),
                               QStringLiteral("+ job  Register patient / Upsert contact"),
                               QStringLiteral("+ job  Register patient / Schedule SMS"),
                               QStringLiteral("+ trigger  Register patient / webhook"),
                               QStringLiteral("+ edge  Register patient / webhook->Upsert contact"),
                               QStringLiteral("+ edge  Register patient / Upsert contact->Schedule SMS"),
                               QStringLiteral("+ workflow  Daily SMS"),
                               QStringLiteral("+ job  Daily SMS / Fetch contacts"),
                               QStringLiteral("+ trigger  Daily SMS / cron"),
                               QStringLiteral("+ edge  Daily SMS / cron->Fetch contacts"),
                           }));
    QCOMPARE(diff.summary(), QStringLiteral("1 project added, 2 credentials added, 2 workflows added, 3 jobs added, "
                                            "2 triggers added, 3 edges added"));
    const Change &job = diff.changes[4];
    QCOMPARE(toString(job.kind), toString(ChangeKind::Added));
    QCOMPARE(toString(job.object), toString(ObjectKind::Job));
    QCOMPARE(job.workflowKey, QStringLiteral("Register patient"));
    QCOMPARE(job.key, QStringLiteral("Upsert contact"));
    QVERIFY(job.detail.isEmpty());
}

void TstProjectDiff::eachChange_data()
{
    QTest::addColumn<std::function<void(Project &)>>("edit");
    QTest::addColumn<QStringList>("lines");

    using Edit = std::function<void(Project &)>;
    auto row = [](const char *name, Edit edit, QStringList lines) { QTest::newRow(name) << edit << lines; };

    // Project and credentials
    row("description", [](Project &p) { p.description += QStringLiteral(" (v2)"); },
        {QStringLiteral("~ project  clubfoot (description)")});
    row("credential added",
        [](Project &p) { p.credentials << CredentialRef{QStringLiteral("ops-primero"), QStringLiteral("Primero"), {}}; },
        {QStringLiteral("+ credential  ops-primero")});
    row("credential changed", [](Project &p) { p.credentials[0].name = QStringLiteral("Salesforce prod"); },
        {QStringLiteral("~ credential  ops-sf (name)")});
    row("credential owner changed", [](Project &p) { p.credentials[1].owner = QStringLiteral("it@example.org"); },
        {QStringLiteral("~ credential  ops-infobip (owner)")});
    row("credential removed",
        [](Project &p) {
            p.credentials.removeAt(1);
            reg(p).jobs[1].credential.clear();
        },
        {QStringLiteral("- credential  ops-infobip"), QStringLiteral("~ job  Register patient / Schedule SMS (credential)")});

    // Workflows
    row("workflow renamed", [](Project &p) { reg(p).name = QStringLiteral("Register new patient"); },
        {QStringLiteral("~ workflow  Register patient (name)")});
    row("workflow id set", [](Project &p) { reg(p).uuid = QStringLiteral("0b8e4a1c-7d23-4f61-b0a2-9e5c3d7f1a40"); },
        {QStringLiteral("~ workflow  Register patient (id)")});
    row("workflow added",
        [](Project &p) {
            Workflow w;
            w.key = QStringLiteral("Visits");
            w.name = QStringLiteral("Visits");
            w.jobs << job(QStringLiteral("Upsert visit"), QStringLiteral("upsert('Visit__c', 'CommCare_Visit_ID__c', state => state.visit);\n"));
            Trigger t;
            t.key = QStringLiteral("webhook");
            w.triggers << t;
            w.edges << edge(QStringLiteral("webhook"), QStringLiteral("Upsert visit"), true);
            p.workflows << w;
        },
        {QStringLiteral("+ workflow  Visits"), QStringLiteral("+ job  Visits / Upsert visit"),
         QStringLiteral("+ trigger  Visits / webhook"), QStringLiteral("+ edge  Visits / webhook->Upsert visit")});
    row("workflow removed", [](Project &p) { p.workflows.removeAt(1); },
        {QStringLiteral("- workflow  Daily SMS"), QStringLiteral("- job  Daily SMS / Fetch contacts"),
         QStringLiteral("- trigger  Daily SMS / cron"), QStringLiteral("- edge  Daily SMS / cron->Fetch contacts")});

    // Jobs
    row("job body", [](Project &p) { reg(p).jobs[0].body += QStringLiteral("fn(state => state);\n"); },
        {QStringLiteral("~ job  Register patient / Upsert contact (body)")});
    row("job body and adaptor",
        [](Project &p) {
            reg(p).jobs[0].adaptor = QStringLiteral("@openfn/language-salesforce@5.0.0");
            reg(p).jobs[0].body = QStringLiteral("upsert('Contact', 'Case_ID__c', $.contact);\n");
        },
        {QStringLiteral("~ job  Register patient / Upsert contact (body, adaptor)")});
    row("job body moved to a file", [](Project &p) { reg(p).jobs[0].bodyPath = QStringLiteral("jobs/upsert.js"); },
        {QStringLiteral("~ job  Register patient / Upsert contact (body path)")});
    row("job credential and name",
        [](Project &p) {
            reg(p).jobs[0].credential.clear();
            reg(p).jobs[0].name = QStringLiteral("Upsert the contact");
        },
        {QStringLiteral("~ job  Register patient / Upsert contact (credential, name)")});
    row("job id", [](Project &p) { reg(p).jobs[1].uuid = QStringLiteral("5e2d9c11-8a4b-4c6e-b3f0-71a2d4e8c9b6"); },
        {QStringLiteral("~ job  Register patient / Schedule SMS (id)")});
    row("job added", [](Project &p) { reg(p).jobs << job(QStringLiteral("Log failure"), QStringLiteral("fn(s => s);\n")); },
        {QStringLiteral("+ job  Register patient / Log failure")});
    row("job removed with its edge",
        [](Project &p) {
            reg(p).jobs.removeAt(1);
            reg(p).edges.removeAt(1);
        },
        {QStringLiteral("- job  Register patient / Schedule SMS"),
         QStringLiteral("- edge  Register patient / Upsert contact->Schedule SMS")});

    // Triggers
    row("trigger disabled", [](Project &p) { reg(p).triggers[0].enabled = false; },
        {QStringLiteral("~ trigger  Register patient / webhook (enabled)")});
    row("trigger webhook settings",
        [](Project &p) {
            Trigger &t = reg(p).triggers[0];
            t.webhookReply = QStringLiteral("after_completion");
            t.webhookResponseConfig = QStringLiteral(R"({"status":201})");
            t.customPath = QStringLiteral("commcare/registration");
        },
        {QStringLiteral("~ trigger  Register patient / webhook (webhook_reply, webhook_response_config, custom_path)")});
    row("cron expression", [](Project &p) { p.workflows[1].triggers[0].cronExpression = QStringLiteral("30 5 * * 1-5"); },
        {QStringLiteral("~ trigger  Daily SMS / cron (cron_expression)")});
    row("trigger type",
        [](Project &p) {
            Trigger &t = p.workflows[1].triggers[0];
            t.type = TriggerType::Webhook;
            t.cronExpression.clear();
        },
        {QStringLiteral("~ trigger  Daily SMS / cron (type, cron_expression)")});
    row("trigger added",
        [](Project &p) {
            Trigger t;
            t.key = QStringLiteral("retry");
            t.type = TriggerType::Cron;
            t.cronExpression = QStringLiteral("*/15 * * * *");
            reg(p).triggers << t;
        },
        {QStringLiteral("+ trigger  Register patient / retry")});
    row("trigger removed with its edge",
        [](Project &p) {
            p.workflows[1].triggers.clear();
            p.workflows[1].edges.clear();
        },
        {QStringLiteral("- trigger  Daily SMS / cron"), QStringLiteral("- edge  Daily SMS / cron->Fetch contacts")});

    // Edges
    row("edge condition",
        [](Project &p) {
            Edge &e = reg(p).edges[1];
            e.condition = ConditionType::JsExpression;
            e.conditionExpression = QStringLiteral("state.data.sms_opt_in === 'yes'");
            e.conditionLabel = QStringLiteral("opted in");
        },
        {QStringLiteral("~ edge  Register patient / Upsert contact->Schedule SMS (condition_type, condition_expression, "
                        "condition_label)")});
    row("edge disabled", [](Project &p) { reg(p).edges[0].enabled = false; },
        {QStringLiteral("~ edge  Register patient / webhook->Upsert contact (enabled)")});
    row("edge ends", [](Project &p) {
            Edge &e = reg(p).edges[1];
            e.sourceJob.clear();
            e.sourceTrigger = QStringLiteral("webhook");
            e.targetJob = QStringLiteral("Upsert contact");
        },
        {QStringLiteral("~ edge  Register patient / Upsert contact->Schedule SMS (source, target_job)")});
    row("edge added",
        [](Project &p) { reg(p).edges << edge(QStringLiteral("webhook"), QStringLiteral("Schedule SMS"), true); },
        {QStringLiteral("+ edge  Register patient / webhook->Schedule SMS")});
    row("edge removed", [](Project &p) { reg(p).edges.removeFirst(); },
        {QStringLiteral("- edge  Register patient / webhook->Upsert contact")});
}

void TstProjectDiff::eachChange()
{
    QFETCH(std::function<void(Project &)>, edit);
    QFETCH(QStringList, lines);
    const Project current = base();
    Project incoming = base();
    edit(incoming);
    const ProjectDiff diff = diffProjects(&current, incoming);
    QVERIFY(!diff.newProject);
    QCOMPARE(diff.lines(), lines);
    QCOMPARE(diff.changes.size(), lines.size());
    // The reverse import undoes it: additions become removals and the other way round.
    const ProjectDiff back = diffProjects(&incoming, current);
    QCOMPARE(back.changes.size(), diff.changes.size());
    for (const ObjectKind o : {ObjectKind::Credential, ObjectKind::Workflow, ObjectKind::Job, ObjectKind::Trigger,
                               ObjectKind::Edge}) {
        QCOMPARE(back.count(ChangeKind::Added, o), diff.count(ChangeKind::Removed, o));
        QCOMPARE(back.count(ChangeKind::Changed, o), diff.count(ChangeKind::Changed, o));
    }
}

void TstProjectDiff::ordersChangesLikeThePreview()
{
    const Project current = base();
    Project incoming = base();
    // Incoming order: Daily SMS first, then a new workflow; Register patient is gone.
    Workflow daily = incoming.workflows[1];
    daily.jobs[0].body = QStringLiteral("query('SELECT Id, Phone FROM Contact');\n");
    daily.jobs.prepend(job(QStringLiteral("Prepare"), QStringLiteral("fn(s => s);\n")));
    daily.triggers[0].enabled = false;
    Workflow visits;
    visits.key = QStringLiteral("Visits");
    visits.name = QStringLiteral("Visits");
    visits.jobs << job(QStringLiteral("Upsert visit"), QStringLiteral("fn(s => s);\n"));
    incoming.workflows = {daily, visits};
    incoming.credentials.removeFirst();
    incoming.credentials << CredentialRef{QStringLiteral("ops-oscar"), QStringLiteral("OSCaR"), {}};
    incoming.description = QStringLiteral("Reminders");

    const ProjectDiff diff = diffProjects(&current, incoming);
    QCOMPARE(diff.lines(), (QStringList{
                               QStringLiteral("~ project  clubfoot (description)"),
                               QStringLiteral("+ credential  ops-oscar"),
                               QStringLiteral("- credential  ops-sf"),
                               QStringLiteral("+ job  Daily SMS / Prepare"),
                               QStringLiteral("~ job  Daily SMS / Fetch contacts (body)"),
                               QStringLiteral("~ trigger  Daily SMS / cron (enabled)"),
                               QStringLiteral("+ workflow  Visits"),
                               QStringLiteral("+ job  Visits / Upsert visit"),
                               QStringLiteral("- workflow  Register patient"),
                               QStringLiteral("- job  Register patient / Upsert contact"),
                               QStringLiteral("- job  Register patient / Schedule SMS"),
                               QStringLiteral("- trigger  Register patient / webhook"),
                               QStringLiteral("- edge  Register patient / webhook->Upsert contact"),
                               QStringLiteral("- edge  Register patient / Upsert contact->Schedule SMS"),
                           }));
    QCOMPARE(diff.changes[4].detail, QStringLiteral("body"));
    QCOMPARE(diff.changes[4].workflowKey, QStringLiteral("Daily SMS"));
    QCOMPARE(diff.changes[6].workflowKey, QString()); // a workflow's own change has its key in `key`
    QCOMPARE(diff.changes[6].key, QStringLiteral("Visits"));
}

void TstProjectDiff::countsByKindAndObject()
{
    const Project current = base();
    Project incoming = base();
    reg(incoming).jobs[0].body = QStringLiteral("fn(s => s);\n");
    reg(incoming).jobs[1].name = QStringLiteral("SMS");
    reg(incoming).edges.clear();
    const ProjectDiff diff = diffProjects(&current, incoming);
    QCOMPARE(diff.count(ChangeKind::Changed, ObjectKind::Job), 2);
    QCOMPARE(diff.count(ChangeKind::Removed, ObjectKind::Edge), 2);
    QCOMPARE(diff.count(ChangeKind::Added, ObjectKind::Edge), 0);
    QCOMPARE(diff.count(ChangeKind::Changed, ObjectKind::Workflow), 0);
    QCOMPARE(diff.summary(), QStringLiteral("2 jobs changed, 2 edges removed"));
}

void TstProjectDiff::summaryIsPluralAware()
{
    ProjectDiff diff;
    auto add = [&](ChangeKind kind, ObjectKind object, int n) {
        for (int i = 0; i < n; ++i)
            diff.changes << Change{kind, object, QStringLiteral("wf"), QStringLiteral("k%1").arg(i), QString()};
    };
    add(ChangeKind::Removed, ObjectKind::Edge, 3);
    add(ChangeKind::Added, ObjectKind::Workflow, 2);
    add(ChangeKind::Changed, ObjectKind::Job, 1);
    // Grouped by object, then added/changed/removed, whatever the order of the changes.
    QCOMPARE(diff.summary(), QStringLiteral("2 workflows added, 1 job changed, 3 edges removed"));
    add(ChangeKind::Changed, ObjectKind::Credential, 1);
    add(ChangeKind::Removed, ObjectKind::Trigger, 1);
    QCOMPARE(diff.summary(),
             QStringLiteral("1 credential changed, 2 workflows added, 1 job changed, 1 trigger removed, 3 edges removed"));
}

void TstProjectDiff::namesKindsAndObjects()
{
    QCOMPARE(toString(ChangeKind::Added), QStringLiteral("added"));
    QCOMPARE(toString(ChangeKind::Changed), QStringLiteral("changed"));
    QCOMPARE(toString(ChangeKind::Removed), QStringLiteral("removed"));
    QCOMPARE(toString(ObjectKind::Project), QStringLiteral("project"));
    QCOMPARE(toString(ObjectKind::Credential), QStringLiteral("credential"));
    QCOMPARE(toString(ObjectKind::Workflow), QStringLiteral("workflow"));
    QCOMPARE(toString(ObjectKind::Job), QStringLiteral("job"));
    QCOMPARE(toString(ObjectKind::Trigger), QStringLiteral("trigger"));
    QCOMPARE(toString(ObjectKind::Edge), QStringLiteral("edge"));
}

QTEST_GUILESS_MAIN(TstProjectDiff)
#include "tst_projectdiff.moc"
