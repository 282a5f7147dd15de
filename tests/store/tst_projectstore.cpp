#include "project/demoproject.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

namespace {

Project sampleProject()
{
    Project p;
    p.name = QStringLiteral("MiracleFeet");
    p.description = QStringLiteral("CommCare to Salesforce\nand SMS");
    p.credentials = {{QStringLiteral("admin@example.org-SF"), QStringLiteral("SF"), QStringLiteral("admin@example.org")}};
    Workflow wf;
    wf.key = QStringLiteral("registration");
    wf.name = QStringLiteral("Registration");
    wf.jobs = {{QStringLiteral("filter"), QString(), QStringLiteral("Filter"), QStringLiteral("@openfn/language-common@1.7.5"),
                QString(), QStringLiteral("fn(state => state);\n"), QString()},
               {QStringLiteral("upsert"), QStringLiteral("1111-2222"), QStringLiteral("Upsert"),
                QStringLiteral("@openfn/language-salesforce@4.0.5"), QStringLiteral("admin@example.org-SF"),
                QStringLiteral("upsert('Contact', 'Id__c', fields(field('A', 1)));\n"), QString()},
               {QStringLiteral("log-failure"), QString(), QStringLiteral("Log failure"),
                QStringLiteral("@openfn/language-common@1.7.5"), QString(), QStringLiteral("fn(s => s);"), QString()}};
    Trigger webhook;
    webhook.key = QStringLiteral("webhook");
    webhook.customPath = QStringLiteral("commcare/registration");
    webhook.webhookReply = QStringLiteral("after_completion");
    Trigger cron;
    cron.key = QStringLiteral("cron");
    cron.type = TriggerType::Cron;
    cron.enabled = false;
    cron.cronExpression = QStringLiteral("0 6 * * *");
    wf.triggers = {webhook, cron};
    Edge e1;
    e1.key = QStringLiteral("webhook->filter");
    e1.sourceTrigger = QStringLiteral("webhook");
    e1.targetJob = QStringLiteral("filter");
    Edge e2;
    e2.key = QStringLiteral("filter->upsert");
    e2.sourceJob = QStringLiteral("filter");
    e2.targetJob = QStringLiteral("upsert");
    e2.condition = ConditionType::JsExpression;
    e2.conditionLabel = QStringLiteral("registration form");
    e2.conditionExpression = QStringLiteral("state.data.form['@name'] === 'Register New Patient'");
    Edge e3;
    e3.key = QStringLiteral("upsert->log-failure");
    e3.sourceJob = QStringLiteral("upsert");
    e3.targetJob = QStringLiteral("log-failure");
    e3.condition = ConditionType::OnJobFailure;
    e3.enabled = false;
    Edge e4;
    e4.key = QStringLiteral("cron->upsert");
    e4.sourceTrigger = QStringLiteral("cron");
    e4.targetJob = QStringLiteral("upsert");
    e4.condition = ConditionType::OnJobSuccess;
    wf.edges = {e1, e2, e3, e4};
    Workflow second;
    second.key = QStringLiteral("sms");
    second.name = QStringLiteral("Daily SMS");
    second.jobs = {{QStringLiteral("q"), QString(), QStringLiteral("Query"), QStringLiteral("@openfn/language-salesforce@4.0.5"),
                    QString(), QStringLiteral("query('SELECT Id FROM Contact');"), QString()}};
    Trigger daily;
    daily.key = QStringLiteral("cron");
    daily.type = TriggerType::Cron;
    daily.cronExpression = QStringLiteral("10 0 * * *");
    second.triggers = {daily};
    Edge e5;
    e5.key = QStringLiteral("cron->q");
    e5.sourceTrigger = QStringLiteral("cron");
    e5.targetJob = QStringLiteral("q");
    second.edges = {e5};
    p.workflows = {wf, second};
    return p;
}

int count(Store &store, const QString &sql)
{
    QSqlQuery q(store.readConnection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestProjectStore final : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;

private slots:
    void init()
    {
        static int n = 0;
        auto store = Store::open(m_dir.file(QStringLiteral("p%1.db").arg(++n)));
        QVERIFY2(store, qPrintable(store.error().toString()));
        m_store = std::move(store.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
    }

    void cleanup()
    {
        m_projects.reset();
        m_store.reset();
    }

    void importNewProjectThenLoadGivesItBack()
    {
        QVERIFY(!m_projects->hasProjects());
        const Project p = sampleProject();
        const auto preview = m_projects->preview(p);
        QVERIFY(preview);
        QVERIFY(preview->newProject);
        QCOMPARE(preview->count(ChangeKind::Added, ObjectKind::Workflow), 2);
        QCOMPARE(preview->count(ChangeKind::Added, ObjectKind::Job), 4);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM projects")), 0); // preview wrote nothing

        const auto diff = m_projects->import(p);
        QVERIFY2(diff, qPrintable(diff.error().toString()));
        QCOMPARE(diff->count(ChangeKind::Added, ObjectKind::Edge), 5);
        QVERIFY(m_projects->hasProjects());
        const auto loaded = m_projects->load(p.name);
        QVERIFY2(loaded, qPrintable(loaded.error().toString()));
        QCOMPARE(loaded.value(), p);
        QCOMPARE(m_projects->projects().size(), 1);
        QCOMPARE(m_projects->projects().first().workflowCount, 2);
    }

    void importingTwiceChangesNothing()
    {
        const Project p = sampleProject();
        QVERIFY(m_projects->import(p));
        const int audits = count(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        const int snapshots = count(*m_store, QStringLiteral("SELECT COUNT(*) FROM workflow_snapshots"));
        const int maxUpdated = count(*m_store, QStringLiteral("SELECT COUNT(*) FROM jobs"));
        const auto again = m_projects->import(p);
        QVERIFY(again);
        QVERIFY2(again->isEmpty(), qPrintable(again->lines().join(QLatin1Char('\n'))));
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_events")), audits);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM workflow_snapshots")), snapshots);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM jobs")), maxUpdated);
    }

    void changedJobIsUpdatedAndSnapshotted()
    {
        Project p = sampleProject();
        QVERIFY(m_projects->import(p));
        const QString webhookBefore = m_projects->webhookId(p.name, QStringLiteral("registration"), QStringLiteral("webhook")).value();
        p.workflows[0].jobs[1].body = QStringLiteral("upsert('Contact', 'Id__c', fields(field('B', 2)));\n");
        p.workflows[0].jobs[1].adaptor = QStringLiteral("@openfn/language-salesforce@4.0.6");
        const auto diff = m_projects->import(p);
        QVERIFY(diff);
        QCOMPARE(diff->changes.size(), 1);
        QVERIFY(diff->changes.first().kind == ChangeKind::Changed);
        QVERIFY(diff->changes.first().object == ObjectKind::Job);
        QCOMPARE(m_projects->load(p.name).value(), p);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT MAX(w.version) FROM workflow_snapshots w JOIN workflows f "
                                                "ON f.id = w.workflow_id WHERE f.key = 'registration'")),
                 2);
        // Route ids survive imports, so URLs given to CommCare stay valid.
        QCOMPARE(m_projects->webhookId(p.name, QStringLiteral("registration"), QStringLiteral("webhook")).value(),
                 webhookBefore);
    }

    void removedObjectsGoAndComeBack()
    {
        Project p = sampleProject();
        QVERIFY(m_projects->import(p));
        Project smaller = p;
        smaller.workflows.removeLast();
        smaller.workflows[0].jobs.removeLast(); // log-failure and its edge
        smaller.workflows[0].edges.removeAt(2);
        smaller.credentials.clear();
        smaller.workflows[0].jobs[1].credential.clear();
        const auto diff = m_projects->import(smaller);
        QVERIFY2(diff, qPrintable(diff.error().toString()));
        QCOMPARE(diff->count(ChangeKind::Removed, ObjectKind::Workflow), 1);
        // The removed workflow's own job and edge are listed too.
        QCOMPARE(diff->count(ChangeKind::Removed, ObjectKind::Job), 2);
        QCOMPARE(diff->count(ChangeKind::Removed, ObjectKind::Edge), 2);
        QCOMPARE(m_projects->load(p.name).value(), smaller);
        // The removed workflow's triggers are gone (nothing can start it), its row stays for history.
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM workflows WHERE deleted_at IS NOT NULL")), 1);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM triggers")), 2);

        const auto back = m_projects->import(p);
        QVERIFY(back);
        QCOMPARE(back->count(ChangeKind::Added, ObjectKind::Workflow), 1);
        QCOMPARE(m_projects->load(p.name).value(), p);
    }

    void failedImportChangesNothing()
    {
        Project p = sampleProject();
        QVERIFY(m_projects->import(p));
        Project broken = p;
        broken.description = QStringLiteral("changed");
        broken.workflows[0].jobs[0].body = QStringLiteral("fn(s => s); // changed");
        broken.workflows[0].edges[1].targetJob = QStringLiteral("no-such-job");
        const auto diff = m_projects->import(broken);
        QVERIFY(!diff);
        QVERIFY2(diff.error().message.contains(QLatin1String("no-such-job")), qPrintable(diff.error().message));
        QCOMPARE(m_projects->load(p.name).value(), p);
    }

    void saveJobValidatesAndAudits()
    {
        const Project p = sampleProject();
        QVERIFY(m_projects->import(p));
        Job job = p.workflows[0].jobs[0];
        job.body = QStringLiteral("   \n");
        Status s = m_projects->saveJob(p.name, QStringLiteral("registration"), job);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("no code")));
        job.body = QStringLiteral("fn(state => ({ ...state, checked: true }));\n");
        job.adaptor = QStringLiteral("language-common");
        s = m_projects->saveJob(p.name, QStringLiteral("registration"), job);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QLatin1String("@openfn/language-")));
        job.adaptor = QStringLiteral("@openfn/language-common@latest");
        job.credential = QStringLiteral("nobody");
        QVERIFY(!m_projects->saveJob(p.name, QStringLiteral("registration"), job));
        QCOMPARE(m_projects->load(p.name).value(), p);

        job.credential = QStringLiteral("admin@example.org-SF");
        const int audits = count(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_events"));
        s = m_projects->saveJob(p.name, QStringLiteral("registration"), job);
        QVERIFY2(s, qPrintable(s.error().toString()));
        QCOMPARE(m_projects->load(p.name)->workflows[0].jobs[0], job);
        QCOMPARE(count(*m_store, QStringLiteral("SELECT COUNT(*) FROM audit_events")), audits + 1);
    }

    void triggerEdgeAndWorkflowEdits()
    {
        const Project p = sampleProject();
        QVERIFY(m_projects->import(p));
        Trigger cron = p.workflows[0].triggers[1];
        cron.cronExpression = QStringLiteral("61 * * * *");
        const Status bad = m_projects->saveTrigger(p.name, QStringLiteral("registration"), cron);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(QLatin1String("cron")));
        cron.cronExpression = QStringLiteral("*/15 * * * *");
        cron.enabled = true;
        QVERIFY(m_projects->saveTrigger(p.name, QStringLiteral("registration"), cron));
        QCOMPARE(m_projects->load(p.name)->workflows[0].triggers[1], cron);

        QVERIFY(m_projects->setEdgeEnabled(p.name, QStringLiteral("registration"), QStringLiteral("upsert->log-failure"), true));
        QVERIFY(m_projects->load(p.name)->workflows[0].edges[2].enabled);
        QVERIFY(!m_projects->setEdgeEnabled(p.name, QStringLiteral("registration"), QStringLiteral("nope"), true));

        QVERIFY(m_projects->setWorkflowEnabled(p.name, QStringLiteral("sms"), false));
        const auto states = m_projects->workflowStates(p.name);
        QVERIFY(states);
        QCOMPARE(states->size(), 2);
        QVERIFY(states->at(0).enabled);
        QVERIFY(!states->at(1).enabled);
        // Console state survives a re-import of the same spec.
        QVERIFY(m_projects->import(p));
        QVERIFY(!m_projects->workflowStates(p.name)->at(1).enabled);
    }

    void demoProjectRoundTrips()
    {
        const auto demo = demoProject();
        QVERIFY2(demo, qPrintable(demo.error().toString()));
        QVERIFY(demo->workflows.size() >= 4);
        const auto installed = installDemoProject(*m_projects);
        QVERIFY2(installed, qPrintable(installed.error().toString()));
        QVERIFY(installed->newProject);
        const auto loaded = m_projects->load(demo->name);
        QVERIFY(loaded);
        QCOMPARE(loaded.value(), demo.value());
        // Export then import: identical, nothing to change.
        const QByteArray yaml = writeSpec(loaded.value());
        const auto reread = readSpec(yaml, QStringLiteral("export.yaml"), m_dir.path());
        QVERIFY2(reread, qPrintable(reread.error().toString()));
        QCOMPARE(reread.value(), loaded.value());
        const auto again = m_projects->import(reread.value());
        QVERIFY(again);
        QVERIFY(again->isEmpty());
        QVERIFY(installDemoProject(*m_projects)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
