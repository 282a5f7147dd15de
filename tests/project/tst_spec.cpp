// Reading and writing OpenFn project specs (core/project/spec.h).

#include "project/spec.h"
#include "project/specyaml.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>

using namespace sb;
using sb::test::TempDir;

namespace {

QString dataDir()
{
    return QDir(sb::test::sourceDir()).filePath(QStringLiteral("tests/project/data"));
}

QString classicSpecPath()
{
    return QDir(dataDir()).filePath(QStringLiteral("classic/openfn-8c3e62a4-5b1d-4f0e-9c7a-2d41f6b8e915-spec.yaml"));
}

// The first difference between two projects, in words (empty when equal).
QString firstDifference(const Project &a, const Project &b)
{
    auto str = [](const QString &s) { return QStringLiteral("\"") + s + QStringLiteral("\""); };
    if (a.name != b.name)
        return QStringLiteral("name: ") + str(a.name) + QStringLiteral(" vs ") + str(b.name);
    if (a.description != b.description)
        return QStringLiteral("description: ") + str(a.description) + QStringLiteral(" vs ") + str(b.description);
    if (a.credentials != b.credentials)
        return QStringLiteral("credentials differ");
    if (a.workflows.size() != b.workflows.size())
        return QStringLiteral("workflow count %1 vs %2").arg(a.workflows.size()).arg(b.workflows.size());
    for (qsizetype w = 0; w < a.workflows.size(); ++w) {
        const Workflow &x = a.workflows[w];
        const Workflow &y = b.workflows[w];
        const QString where = QStringLiteral("workflow ") + x.key + QStringLiteral(": ");
        if (x.key != y.key || x.name != y.name || x.uuid != y.uuid)
            return where + QStringLiteral("key/name/uuid ") + str(x.name) + QStringLiteral(" vs ") + str(y.name);
        if (x.jobs.size() != y.jobs.size() || x.triggers.size() != y.triggers.size() || x.edges.size() != y.edges.size())
            return where + QStringLiteral("object counts differ");
        for (qsizetype j = 0; j < x.jobs.size(); ++j)
            if (x.jobs[j] != y.jobs[j])
                return where + QStringLiteral("job ") + x.jobs[j].key + QStringLiteral(": body ") + str(x.jobs[j].body)
                       + QStringLiteral(" vs ") + str(y.jobs[j].body) + QStringLiteral(", name ") + str(x.jobs[j].name)
                       + QStringLiteral(" vs ") + str(y.jobs[j].name);
        for (qsizetype t = 0; t < x.triggers.size(); ++t)
            if (x.triggers[t] != y.triggers[t])
                return where + QStringLiteral("trigger ") + x.triggers[t].key + QStringLiteral(": config ")
                       + str(x.triggers[t].webhookResponseConfig) + QStringLiteral(" vs ")
                       + str(y.triggers[t].webhookResponseConfig);
        for (qsizetype e = 0; e < x.edges.size(); ++e)
            if (x.edges[e] != y.edges[e])
                return where + QStringLiteral("edge ") + x.edges[e].key + QStringLiteral(": ")
                       + str(x.edges[e].conditionExpression) + QStringLiteral(" vs ")
                       + str(y.edges[e].conditionExpression);
    }
    return {};
}

#define COMPARE_PROJECTS(actual, expected)                                                                             \
    do {                                                                                                               \
        const QString difference_ = firstDifference(actual, expected);                                                \
        QVERIFY2(difference_.isEmpty(), qPrintable(difference_));                                                      \
        QVERIFY((actual) == (expected));                                                                               \
    } while (false)

Result<Project> read(const QByteArray &yaml, const QString &baseDir = QString())
{
    return readSpec(yaml, QStringLiteral("spec.yaml"), baseDir);
}

Job makeJob(const QString &key, const QString &body)
{
    Job j;
    j.key = key;
    j.name = key;
    j.adaptor = QStringLiteral("@openfn/language-common@latest");
    j.body = body;
    return j;
}

Project oneJobProject(const QString &body)
{
    Project p;
    p.name = QStringLiteral("awkward");
    Workflow wf;
    wf.key = QStringLiteral("wf");
    wf.name = QStringLiteral("Workflow");
    wf.jobs << makeJob(QStringLiteral("job"), body);
    p.workflows << wf;
    return p;
}

// A project using every feature the classic format has.
Project fullProject()
{
    Project p;
    p.name = QStringLiteral("miraclefeet-clubfoot");
    p.description = QStringLiteral("Registrations to Salesforce.\nReminders by SMS (Infobip).\n");
    p.credentials << CredentialRef{QStringLiteral("ops@example.org-Salesforce prod"), QStringLiteral("Salesforce prod"),
                                   QStringLiteral("ops@example.org")}
                  << CredentialRef{QStringLiteral("ops@example.org-Infobip"), QStringLiteral("Infobip"),
                                   QStringLiteral("ops@example.org")};
    Workflow wf;
    wf.key = QStringLiteral("CommCare-to-Salesforce");
    wf.uuid = QStringLiteral("0b8e4a1c-7d23-4f61-b0a2-9e5c3d7f1a40");
    wf.name = QStringLiteral("CommCare to Salesforce");
    Job upsert = makeJob(QStringLiteral("Upsert-patient"),
                         QStringLiteral("upsert('Contact', 'CommCare_Case_ID__c', fields(\n"
                                        "  field('Name', dataValue('form.case.update.patient_name'))\n));\n"));
    upsert.uuid = QStringLiteral("5e2d9c11-8a4b-4c6e-b3f0-71a2d4e8c9b6");
    upsert.name = QStringLiteral("Upsert patient");
    upsert.adaptor = QStringLiteral("@openfn/language-salesforce@4.0.5");
    upsert.credential = QStringLiteral("ops@example.org-Salesforce prod");
    Job sms = makeJob(QStringLiteral("Schedule-SMS"), QStringLiteral("post('/sms/2/text/advanced', { body: state => state.sms });\n"));
    sms.name = QStringLiteral("Schedule SMS");
    sms.adaptor = QStringLiteral("@openfn/language-http@6.5.1");
    sms.credential = QStringLiteral("ops@example.org-Infobip");
    sms.bodyPath = QStringLiteral("jobs/schedule-sms.js");
    Job log = makeJob(QStringLiteral("Log failure"),
                      QStringLiteral("  // indented first line\r\nfn(state => state); # not a comment: really\t\n\n"));
    wf.jobs << upsert << sms << log;

    Trigger webhook;
    webhook.key = QStringLiteral("webhook");
    webhook.uuid = QStringLiteral("c4f1a9e0-2b7d-4e3a-8f65-1d0c9b8a7e26");
    webhook.webhookReply = QStringLiteral("after_completion");
    webhook.webhookResponseConfig =
        QStringLiteral(R"({"status":201,"body":{"ok":true,"id":"{{ work_order_id }}","n":"42"},"headers":[{"Content-Type":"application/json"}],"empty":{},"none":null,"list":[],"ratio":1.5})");
    webhook.customPath = QStringLiteral("commcare/registration");
    Trigger cron;
    cron.key = QStringLiteral("cron");
    cron.type = TriggerType::Cron;
    cron.enabled = false;
    cron.cronExpression = QStringLiteral("*/15 6-18 * * 1-5");
    wf.triggers << webhook << cron;

    Edge e1;
    e1.key = QStringLiteral("webhook->Upsert-patient");
    e1.uuid = QStringLiteral("3d6b0f4e-91a2-4c7d-b8e5-a0f1c2d3e4b5");
    e1.sourceTrigger = QStringLiteral("webhook");
    e1.targetJob = QStringLiteral("Upsert-patient");
    Edge e2;
    e2.key = QStringLiteral("cron->Upsert-patient");
    e2.sourceTrigger = QStringLiteral("cron");
    e2.targetJob = QStringLiteral("Upsert-patient");
    e2.enabled = false;
    Edge e3;
    e3.key = QStringLiteral("Upsert-patient->Schedule-SMS");
    e3.sourceJob = QStringLiteral("Upsert-patient");
    e3.targetJob = QStringLiteral("Schedule-SMS");
    e3.condition = ConditionType::JsExpression;
    e3.conditionLabel = QStringLiteral("adult patients: SMS opt-in");
    e3.conditionExpression = QStringLiteral("state.data.age > 18 &&\n  state.data.sms_opt_in === 'yes'");
    Edge e4;
    e4.key = QStringLiteral("Upsert-patient->Log failure");
    e4.sourceJob = QStringLiteral("Upsert-patient");
    e4.targetJob = QStringLiteral("Log failure");
    e4.condition = ConditionType::OnJobFailure;
    Edge e5;
    e5.key = QStringLiteral("odd key");
    e5.sourceJob = QStringLiteral("Schedule-SMS");
    e5.targetJob = QStringLiteral("Log failure");
    e5.condition = ConditionType::OnJobSuccess;
    e5.conditionLabel = QStringLiteral("sent");
    wf.edges << e1 << e2 << e3 << e4 << e5;
    p.workflows << wf;

    Workflow empty;
    empty.key = QStringLiteral("Empty workflow");
    empty.name = QStringLiteral("");
    p.workflows << empty;
    return p;
}

} // namespace

class TstSpec final : public QObject
{
    Q_OBJECT

private slots:
    // Reading
    void readsClassicSpec();
    void readsCliProject();
    void readsSingleWorkflowFile();
    void readsCliWorkflowsAsMapping();
    void appliesDefaultsAndIgnoresUnknownKeys();
    void takesEdgeEndsFromTheKey();
    void acceptsAnchorsAndAliases();
    void malformed_data();
    void malformed();
    void fileErrors();
    void refusesBigFileBeforeReadingIt();
    void bodyFileErrors_data();
    void bodyFileErrors();
    void errorColumnCountsCharacters();

    // Writing
    void writesClassicFormatExactly();
    void roundTripsEveryFeature();
    void roundTripsCliProjectAsClassic();
    void roundTripsAwkwardBodies_data();
    void roundTripsAwkwardBodies();
    void roundTripsRandomText();
    void roundTripsAwkwardScalars_data();
    void roundTripsAwkwardScalars();
    void roundTripsResponseConfigs_data();
    void roundTripsResponseConfigs();
    void writeSpecFileWritesBodyFiles();
    void writeSpecFileRefusesPathsOutsideItsFolder();
    void writeSpecFileRefusesConflictingBodyFiles();

    // The fast block pre-pass
    void fastBlocksAgreeWithYamlCpp_data();
    void fastBlocksAgreeWithYamlCpp();
    void fastBlocksAgreeOnRandomDocuments();
    void readsLargeSpecInMilliseconds();
};

void TstSpec::readsClassicSpec()
{
    const Result<Project> r = readSpecFile(classicSpecPath());
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Project &p = r.value();
    QCOMPARE(p.name, QStringLiteral("miraclefeet-clubfoot"));
    QVERIFY(p.description.startsWith(QLatin1String("CommCare patient registrations")));
    QVERIFY(p.description.endsWith(QLatin1String("from Salesforce contacts.\n")));
    QCOMPARE(p.credentials.size(), 2);
    QCOMPARE(p.credentials[0], (CredentialRef{QStringLiteral("ops@miraclefeet.example.org-Salesforce-prod"),
                                              QStringLiteral("Salesforce prod"), QStringLiteral("ops@miraclefeet.example.org")}));
    QCOMPARE(p.workflows.size(), 2);

    const Workflow &wf = p.workflows[0];
    QCOMPARE(wf.key, QStringLiteral("CommCare-to-Salesforce"));
    QCOMPARE(wf.uuid, QStringLiteral("0b8e4a1c-7d23-4f61-b0a2-9e5c3d7f1a40"));
    QCOMPARE(wf.name, QStringLiteral("CommCare to Salesforce"));
    QCOMPARE(wf.jobs.size(), 3);
    const Job &upsert = wf.jobs[0];
    QCOMPARE(upsert.key, QStringLiteral("Upsert-patient"));
    QCOMPARE(upsert.uuid, QStringLiteral("5e2d9c11-8a4b-4c6e-b3f0-71a2d4e8c9b6"));
    QCOMPARE(upsert.name, QStringLiteral("Upsert patient"));
    QCOMPARE(upsert.adaptor, QStringLiteral("@openfn/language-salesforce@4.0.5"));
    QCOMPARE(upsert.credential, QStringLiteral("ops@miraclefeet.example.org-Salesforce-prod"));
    QVERIFY(upsert.body.startsWith(QStringLiteral("// Register New Patient form → Contact")));
    QVERIFY(upsert.body.contains(QLatin1String("\n  const f = state.data.form;\n")));
    QVERIFY(upsert.body.endsWith(QLatin1String("clinic_code'))\n));\n")));
    QVERIFY(upsert.bodyPath.isEmpty());

    const Job &sms = wf.jobs[1];
    QCOMPARE(sms.bodyPath, QStringLiteral("jobs/schedule-welcome-sms.js"));
    QCOMPARE(sms.body, QString::fromUtf8(sb::test::readFile(QDir(dataDir()).filePath(
                           QStringLiteral("classic/jobs/schedule-welcome-sms.js")))));
    const Job &log = wf.jobs[2];
    QCOMPARE(log.name, QStringLiteral("Log-failure")); // no name: the key
    QCOMPARE(log.body, QStringLiteral("fn(state => {\n  console.log('upsert failed', state.errors);\n  return state;\n});\n"));

    QCOMPARE(wf.triggers.size(), 1);
    const Trigger &t = wf.triggers[0];
    QCOMPARE(toString(t.type), toString(TriggerType::Webhook));
    QCOMPARE(t.uuid, QStringLiteral("c4f1a9e0-2b7d-4e3a-8f65-1d0c9b8a7e26"));
    QVERIFY(t.enabled);
    QCOMPARE(t.webhookReply, QStringLiteral("after_completion"));
    QCOMPARE(t.webhookResponseConfig,
             QStringLiteral(R"({"status":201,"body":{"ok":true,"received":"{{ work_order_id }}"},"headers":[{"Content-Type":"application/json"}]})"));
    QCOMPARE(t.customPath, QStringLiteral("commcare/registration"));

    QCOMPARE(wf.edges.size(), 3);
    QCOMPARE(wf.edges[0].key, QStringLiteral("webhook->Upsert-patient"));
    QCOMPARE(wf.edges[0].uuid, QStringLiteral("3d6b0f4e-91a2-4c7d-b8e5-a0f1c2d3e4b5"));
    QCOMPARE(wf.edges[0].sourceTrigger, QStringLiteral("webhook"));
    QVERIFY(wf.edges[0].sourceJob.isEmpty());
    QCOMPARE(toString(wf.edges[0].condition), toString(ConditionType::Always));
    const Edge &js = wf.edges[1];
    QCOMPARE(js.sourceJob, QStringLiteral("Upsert-patient"));
    QCOMPARE(js.targetJob, QStringLiteral("Schedule-welcome-SMS"));
    QCOMPARE(toString(js.condition), toString(ConditionType::JsExpression));
    QCOMPARE(js.conditionLabel, QStringLiteral("SMS opt-in"));
    QCOMPARE(js.conditionExpression, QStringLiteral("!state.isTest && state.data.form.case.update.sms_opt_in === 'yes'\n"));
    QCOMPARE(toString(wf.edges[2].condition), toString(ConditionType::OnJobFailure));
    QVERIFY(!wf.edges[2].enabled);

    const Workflow &daily = p.workflows[1];
    QCOMPARE(daily.jobs[1].bodyPath, QStringLiteral("./jobs/send-to-infobip.js"));
    QVERIFY(daily.jobs[1].body.startsWith(QLatin1String("each('$.data.records[*]'")));
    QCOMPARE(toString(daily.triggers[0].type), toString(TriggerType::Cron));
    QVERIFY(!daily.triggers[0].enabled);
    QCOMPARE(daily.triggers[0].cronExpression, QStringLiteral("0 6 * * *"));
    QCOMPARE(toString(daily.edges[1].condition), toString(ConditionType::OnJobSuccess));
}

void TstSpec::readsCliProject()
{
    const Result<Project> r = readSpecFile(QDir(dataDir()).filePath(QStringLiteral("cli/openfn.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Project &p = r.value();
    QCOMPARE(p.name, QStringLiteral("primero-oscar"));
    QCOMPARE(p.description, QStringLiteral("Referrals between Primero and OSCaR."));
    QCOMPARE(p.credentials.size(), 2);
    QCOMPARE(p.credentials[0].key, QStringLiteral("ops@unicef.example.org|Primero"));
    QCOMPARE(p.credentials[0].name, QStringLiteral("Primero"));
    QCOMPARE(p.credentials[0].owner, QStringLiteral("ops@unicef.example.org"));
    QCOMPARE(p.workflows.size(), 2);

    const Workflow &wf = p.workflows[0];
    QCOMPARE(wf.key, QStringLiteral("primero-to-oscar"));
    QCOMPARE(wf.name, QStringLiteral("Primero to OSCaR"));
    QCOMPARE(wf.uuid, QStringLiteral("6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d"));
    QCOMPARE(wf.triggers.size(), 1);
    QCOMPARE(wf.triggers[0].key, QStringLiteral("cron"));
    QCOMPARE(wf.triggers[0].cronExpression, QStringLiteral("0 * * * *"));
    QStringList jobKeys;
    for (const Job &j : wf.jobs)
        jobKeys << j.key;
    QCOMPARE(jobKeys, (QStringList{QStringLiteral("get-referrals"), QStringLiteral("send-to-oscar"),
                                   QStringLiteral("mark-synced"), QStringLiteral("requeue")}));
    const Job &get = wf.jobs[0];
    QCOMPARE(get.uuid, QStringLiteral("7f8e9d0c-1b2a-4394-8576-a5b4c3d2e1f0"));
    QCOMPARE(get.credential, QStringLiteral("ops@unicef.example.org|Primero"));
    QCOMPARE(get.bodyPath, QStringLiteral("./get-referrals.js"));
    QVERIFY(get.body.startsWith(QLatin1String("getCases(")));
    QVERIFY(wf.jobs[1].bodyPath.isEmpty());
    QVERIFY(wf.jobs[1].body.startsWith(QLatin1String("post('/api/v1/organizations/clients/upsert'")));
    QCOMPARE(wf.jobs[2].name, QStringLiteral("mark-synced"));

    QStringList edges;
    for (const Edge &e : wf.edges)
        edges << e.key + QLatin1Char(' ') + toString(e.condition) + (e.enabled ? QString() : QStringLiteral(" off"));
    QCOMPARE(edges, (QStringList{QStringLiteral("cron->get-referrals always"),
                                 QStringLiteral("get-referrals->send-to-oscar on_job_success"),
                                 QStringLiteral("get-referrals->requeue on_job_failure"),
                                 QStringLiteral("send-to-oscar->mark-synced js_expression")}));
    QCOMPARE(wf.edges[0].sourceTrigger, QStringLiteral("cron"));
    QCOMPARE(wf.edges[0].uuid, QStringLiteral("1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6"));
    QCOMPARE(wf.edges[1].sourceJob, QStringLiteral("get-referrals"));
    QCOMPARE(wf.edges[2].conditionLabel, QStringLiteral("retry next hour"));
    QCOMPARE(wf.edges[3].conditionExpression, QStringLiteral("state.data.message === 'Record saved.'"));

    const Workflow &back = p.workflows[1];
    QCOMPARE(toString(back.triggers[0].type), toString(TriggerType::Webhook));
    QVERIFY(!back.triggers[0].enabled);
    QCOMPARE(back.triggers[0].webhookReply, QStringLiteral("before_start"));
    QCOMPARE(back.edges.size(), 2);
    QCOMPARE(back.edges[0].key, QStringLiteral("webhook->fetch-clients")); // next: as a bare id
    QCOMPARE(toString(back.edges[0].condition), toString(ConditionType::Always));
    QCOMPARE(toString(back.edges[1].condition), toString(ConditionType::JsExpression));
    QCOMPARE(back.edges[1].conditionExpression, QStringLiteral("state.data.data.length > 0"));
    QVERIFY(!back.edges[1].enabled); // disabled: true
    QCOMPARE(back.jobs[1].bodyPath, QStringLiteral("jobs/upsert-cases.js"));
}

void TstSpec::readsSingleWorkflowFile()
{
    const Result<Project> r = readSpecFile(QDir(dataDir()).filePath(QStringLiteral("cli/workflow.yaml")));
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->name, QStringLiteral("HIS to Primero"));
    QCOMPARE(r->workflows.size(), 1);
    const Workflow &wf = r->workflows[0];
    QCOMPARE(wf.key, QStringLiteral("his-to-primero"));
    QCOMPARE(wf.triggers[0].customPath, QStringLiteral("primero/sync-request"));
    QCOMPARE(wf.jobs.size(), 2);
    QCOMPARE(wf.edges.size(), 2);
    QCOMPARE(wf.edges[0].key, QStringLiteral("webhook->get-person")); // `get-person: true`
    QVERIFY(wf.edges[0].enabled);
    QCOMPARE(toString(wf.edges[1].condition), toString(ConditionType::OnJobFailure));
    QCOMPARE(wf.edges[1].conditionLabel, QStringLiteral("not found"));
}

void TstSpec::readsCliWorkflowsAsMapping()
{
    const QByteArray yaml = R"y(name: mapped
workflows:
  daily-sync:
    name: Daily sync
    steps:
      - id: timer
        type: cron
        cron_expression: '30 2 1 * *'
        next: { fetch: { condition: never } }
      - id: fetch
        type: job
        adaptor: '@openfn/language-dhis2@5.0.1'
        configuration: admin@example.org|DHIS2 play
        expression: fn(s => s)
)y";
    const Result<Project> r = read(yaml);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Workflow &wf = r->workflows[0];
    QCOMPARE(wf.key, QStringLiteral("daily-sync"));
    QCOMPARE(wf.jobs.size(), 1); // `type: job` with an adaptor is a job, not a trigger
    QCOMPARE(wf.triggers.size(), 1);
    QCOMPARE(wf.jobs[0].body, QStringLiteral("fn(s => s)"));
    QVERIFY(!wf.edges[0].enabled); // "never" = an edge that is never followed
    // A CLI credential reference describes itself: owner|name.
    QCOMPARE(r->credentials.size(), 1);
    QCOMPARE(r->credentials[0], (CredentialRef{QStringLiteral("admin@example.org|DHIS2 play"), QStringLiteral("DHIS2 play"),
                                               QStringLiteral("admin@example.org")}));
}

void TstSpec::appliesDefaultsAndIgnoresUnknownKeys()
{
    const QByteArray yaml = R"y(name: defaults
inserted_at: 2024-03-01T10:00:00Z
project_credentials: [{id: 1}]
workflows:
  Register:
    lock_version: 3
    pos: {x: 10, y: 20}
    jobs:
      register:
        adaptor: '@openfn/language-commcare@3.2.1'
        keychain_credential_id: null
        body: fn(s => s)
        extra:
          - nested: [1, 2, {deep: true}]
    triggers:
      hook:
        type: webhook
        has_auth_method: false
        cron_expression: null
        webhook_reply: null
        webhook_response_config: null
    edges:
      hook->register:
        source_trigger: hook
        target_job: register
        source_trigger_id: 7
)y";
    const Result<Project> r = read(yaml);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const Workflow &wf = r->workflows[0];
    QCOMPARE(wf.name, QStringLiteral("Register")); // defaults to the key
    QCOMPARE(wf.jobs[0].name, QStringLiteral("register"));
    QVERIFY(wf.jobs[0].credential.isEmpty());
    QVERIFY(wf.triggers[0].enabled);
    QVERIFY(wf.triggers[0].webhookReply.isEmpty());
    QVERIFY(wf.triggers[0].webhookResponseConfig.isEmpty());
    QCOMPARE(toString(wf.edges[0].condition), toString(ConditionType::Always)); // no condition_type: always
    QVERIFY(wf.edges[0].enabled);
}

void TstSpec::takesEdgeEndsFromTheKey()
{
    const QByteArray yaml = R"y(name: keys
workflows:
  wf:
    jobs:
      a->b: {adaptor: '@openfn/language-common@1.0.0', body: x()}
      c: {adaptor: '@openfn/language-common@1.0.0', body: x()}
    triggers:
      webhook: {type: webhook}
    edges:
      webhook->a->b: {condition_type: always}
      a->b->c: {source_job: a->b}
      renamed: {source_job: c, target_job: a->b, condition_type: on_job_success}
)y";
    const Result<Project> r = read(yaml);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    const QList<Edge> &edges = r->workflows[0].edges;
    QCOMPARE(edges[0].sourceTrigger, QStringLiteral("webhook"));
    QCOMPARE(edges[0].targetJob, QStringLiteral("a->b"));
    QCOMPARE(edges[1].sourceJob, QStringLiteral("a->b"));
    QCOMPARE(edges[1].targetJob, QStringLiteral("c"));
    QCOMPARE(edges[2].key, QStringLiteral("renamed")); // kept as written
    QCOMPARE(edges[2].sourceJob, QStringLiteral("c"));
}

void TstSpec::acceptsAnchorsAndAliases()
{
    const QByteArray yaml = R"y(name: anchors
workflows:
  wf:
    jobs:
      first:
        adaptor: &common '@openfn/language-common@latest'
        body: &body |
          fn(state => state);
      second:
        adaptor: *common
        body: *body
)y";
    const Result<Project> r = read(yaml);
    QVERIFY2(r.ok(), qPrintable(r.error().toString()));
    QCOMPARE(r->workflows[0].jobs[1].adaptor, QStringLiteral("@openfn/language-common@latest"));
    QCOMPARE(r->workflows[0].jobs[1].body, QStringLiteral("fn(state => state);\n"));
}

void TstSpec::malformed_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("fragment");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    const QByteArray job = "        adaptor: '@openfn/language-common@latest'\n        body: fn(s => s)\n";
    const QByteArray head = "name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n" + job; // lines 1-7

    // YAML itself
    QTest::newRow("syntax: value after value") << QByteArray("name: p\nworkflows: a: b\n")
                                               << QStringLiteral("a value cannot start here") << 2 << 13;
    QTest::newRow("syntax: unclosed quote") << QByteArray("name: 'p\nworkflows: {}\n")
                                            << QStringLiteral("a quoted text starting here is never closed") << 1 << 7;
    QTest::newRow("syntax: tab indentation") << QByteArray("name: p\nworkflows:\n\twf: {}\n")
                                             << QStringLiteral("a tab is used for indentation; YAML indents with spaces only") << 3 << 1;
    QTest::newRow("syntax: bad indentation") << QByteArray("name: p\nworkflows:\n  wf:\n    name: W\n   jobs: {}\n")
                                             << QStringLiteral("check its indentation") << 5 << 4;
    QTest::newRow("syntax: unclosed flow") << QByteArray("name: p\nworkflows: {wf: {name: W}\n")
                                           << QStringLiteral("add the missing }") << 3 << 1;
    QTest::newRow("undefined alias") << QByteArray("name: *nothing\nworkflows: {}\n")
                                     << QStringLiteral("anchor") << 1 << 7;
    QTest::newRow("nested too deeply") << QByteArray("name: p\nworkflows: " + QByteArray(3000, '[') + QByteArray(3000, ']') + "\n")
                                       << QStringLiteral("nested too deeply") << 2 << 6012; // yaml-cpp stops at the end
    QTest::newRow("two documents") << QByteArray("name: p\nworkflows: {}\n---\nname: q\n")
                                   << QStringLiteral("second YAML document") << 3 << 1;
    QTest::newRow("top level is a list") << QByteArray("- name: p\n- workflows: {}\n")
                                         << QStringLiteral("top level must be a mapping with name: and workflows:, not a list")
                                         << 1 << 1;
    QTest::newRow("top level is text") << QByteArray("just some text\n")
                                       << QStringLiteral("top level must be a mapping") << 1 << 1;
    QTest::newRow("only a document marker") << QByteArray("---\n") << QStringLiteral("holds no project") << 1 << 1;

    // Duplicate keys, wherever they are
    QTest::newRow("duplicate top-level key") << QByteArray("name: p\nworkflows: {}\nname: q\n")
                                             << QStringLiteral("the key \"name\" appears twice in this mapping (first on line 1)")
                                             << 3 << 1;
    QTest::newRow("duplicate job key") << QByteArray(head + "      a:\n" + job)
                                       << QStringLiteral("the key \"a\" appears twice in this mapping (first on line 5)")
                                       << 8 << 7;
    QTest::newRow("duplicate key in an ignored mapping")
        << QByteArray("name: p\npos: {x: 1, y: 2, x: 3}\nworkflows: {}\n")
        << QStringLiteral("the key \"x\" appears twice") << 2 << 19;
    QTest::newRow("duplicate key in a big mapping") << []() -> QByteArray {
        QByteArray y = "name: p\nworkflows: {}\nlookup:\n";
        for (int i = 0; i < 40; ++i)
            y += "  k" + QByteArray::number(i) + ": v\n";
        return y + "  k17: again\n";
    }() << QStringLiteral("the key \"k17\" appears twice in this mapping (first on line 21)") << 44 << 3;
    QTest::newRow("merge key") << QByteArray("name: p\nbase: &b {x: 1}\nother:\n  <<: *b\nworkflows: {}\n")
                               << QStringLiteral("merge keys (<<) are not supported") << 4 << 3;

    // Project
    QTest::newRow("no name") << QByteArray("description: d\nworkflows: {}\n")
                             << QStringLiteral("the project has no name; add name: at the top of the file") << 1 << 1;
    QTest::newRow("blank name") << QByteArray("name: '  '\nworkflows: {}\n") << QStringLiteral("the project has no name")
                                << 1 << 7;
    QTest::newRow("name is a list") << QByteArray("name: [a, b]\nworkflows: {}\n")
                                    << QStringLiteral("name of the project must be text, not a list") << 1 << 7;
    QTest::newRow("no workflows") << QByteArray("name: p\ndescription: d\n")
                                  << QStringLiteral("the project has no workflows:") << 1 << 1;
    QTest::newRow("workflows is text") << QByteArray("name: p\nworkflows: none yet\n")
                                       << QStringLiteral("workflows must be a mapping of workflow key to workflow (or a list "
                                                         "of workflows), not text")
                                       << 2 << 12;
    QTest::newRow("credentials is a list of text")
        << QByteArray("name: p\ncredentials:\n  - Salesforce\nworkflows: {}\n")
        << QStringLiteral("each credential in the list must be a mapping") << 3 << 5;
    QTest::newRow("credential is text") << QByteArray("name: p\ncredentials:\n  sf: Salesforce prod\nworkflows: {}\n")
                                        << QStringLiteral("credential \"sf\" must be a mapping with name: and owner:, not text")
                                        << 3 << 7;

    // Workflows and jobs
    QTest::newRow("workflow is a list") << QByteArray("name: p\nworkflows:\n  wf: [a, b]\n")
                                        << QStringLiteral("workflow \"wf\" must be a mapping") << 3 << 7;
    QTest::newRow("jobs is a list") << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      - a\n      - b\n")
                                    << QStringLiteral("jobs of workflow \"wf\" must be a mapping of job key to job, not a list")
                                    << 5 << 7;
    QTest::newRow("job is text") << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a: fn(s => s)\n")
                                 << QStringLiteral("job \"a\" in workflow \"wf\" must be a mapping") << 5 << 10;
    QTest::newRow("job without body")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-common@1.0.0'\n")
        << QStringLiteral("job \"a\" in workflow \"wf\" has no body; add body:") << 5 << 7;
    QTest::newRow("job with an empty body key")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        body:\n        adaptor: '@openfn/language-common@1.0.0'\n")
        << QStringLiteral("has no body") << 6 << 9;
    QTest::newRow("job with a blank body")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-common@1.0.0'\n        body: \"  \\n\"\n")
        << QStringLiteral("job \"a\" in workflow \"wf\" has an empty body") << 7 << 15;
    QTest::newRow("body mapping without path")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-common@1.0.0'\n        body:\n          file: a.js\n")
        << QStringLiteral("this mapping has no path:") << 8 << 11;
    QTest::newRow("body is a list")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-common@1.0.0'\n        body: [a, b]\n")
        << QStringLiteral("body of job \"a\" in workflow \"wf\" must be the JavaScript or {path: file.js}, not a list") << 7 << 15;
    QTest::newRow("adaptor is a mapping")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: {name: http, version: 6.5.1}\n        body: get('/')\n")
        << QStringLiteral("adaptor of job \"a\" in workflow \"wf\" must be text, not a mapping") << 6 << 18;
    QTest::newRow("job without adaptor") << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        body: fn()\n")
                                         << QStringLiteral("job \"a\" in workflow \"wf\" has no adaptor; add one such as adaptor:")
                                         << 5 << 7;
    QTest::newRow("adaptor without version")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-http'\n        body: get('/')\n")
        << QStringLiteral("the adaptor \"@openfn/language-http\" of job \"a\" in workflow \"wf\" has no version; write "
                          "@openfn/language-http@1.2.3 with the version you use, or @openfn/language-http@latest")
        << 6 << 18;
    QTest::newRow("adaptor of another form")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: language-http@6.5.1\n        body: get('/')\n")
        << QStringLiteral("is not of the form @openfn/language-<name>@<version>") << 6 << 18;
    QTest::newRow("adaptor with a bad version")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-http@v6'\n        body: get('/')\n")
        << QStringLiteral("has the version \"v6\"") << 6 << 18;
    QTest::newRow("unknown credential")
        << QByteArray("name: p\ncredentials:\n  ops-sf: {name: SF, owner: ops}\nworkflows:\n  wf:\n    jobs:\n      a:\n"
                      "        adaptor: '@openfn/language-salesforce@4.0.5'\n        credential: ops-salesforce\n        body: fn()\n")
        << QStringLiteral("job \"a\" in workflow \"wf\" uses the credential \"ops-salesforce\", which is not listed under "
                          "credentials:")
        << 9 << 21;
    QTest::newRow("credential with secrets inline")
        << QByteArray("name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-common@1.0.0'\n"
                      "        credential:\n          username: admin\n          password: hunter2\n        body: fn()\n")
        << QStringLiteral("credential of job \"a\" in workflow \"wf\" must be a credential key; Switchboard keeps secrets in "
                          "the keychain")
        << 8 << 11;

    // Triggers
    const QByteArray trig = head + "    triggers:\n      t:\n"; // lines 8-9
    QTest::newRow("trigger of unknown type") << QByteArray(trig + "        type: kafka\n")
                                             << QStringLiteral("trigger \"t\" in workflow \"wf\" has the type \"kafka\"; "
                                                               "Switchboard supports webhook and cron triggers")
                                             << 10 << 15;
    QTest::newRow("trigger without type") << QByteArray(trig + "        enabled: true\n")
                                          << QStringLiteral("has no type; add type: webhook or type: cron") << 9 << 7;
    QTest::newRow("cron without expression") << QByteArray(trig + "        type: cron\n        enabled: true\n")
                                             << QStringLiteral("is a cron trigger without cron_expression") << 9 << 7;
    QTest::newRow("cron with empty expression") << QByteArray(trig + "        type: cron\n        cron_expression: ''\n")
                                                << QStringLiteral("without cron_expression") << 11 << 26;
    QTest::newRow("cron expression out of range") << QByteArray(trig + "        type: cron\n        cron_expression: '0 25 * * *'\n")
                                                  << QStringLiteral("hour field: 25 is out of range") << 11 << 26;
    QTest::newRow("unknown webhook_reply") << QByteArray(trig + "        type: webhook\n        webhook_reply: later\n")
                                           << QStringLiteral("webhook_reply of trigger \"t\" in workflow \"wf\" must be "
                                                             "before_start or after_completion, not \"later\"")
                                           << 11 << 24;
    QTest::newRow("enabled: maybe") << QByteArray(trig + "        type: webhook\n        enabled: maybe\n")
                                    << QStringLiteral("enabled of trigger \"t\" in workflow \"wf\" must be true or false, not "
                                                      "\"maybe\"")
                                    << 11 << 18;
    QTest::newRow("response config is a list")
        << QByteArray(trig + "        type: webhook\n        webhook_response_config: [200]\n")
        << QStringLiteral("webhook_response_config of trigger \"t\" in workflow \"wf\" must be a mapping, not a list") << 11 << 34;

    // Edges
    const QByteArray edges = head + "    triggers:\n      webhook: {type: webhook}\n    edges:\n"; // lines 8-10
    QTest::newRow("edge to a missing job")
        << QByteArray(edges + "      webhook->b:\n        source_trigger: webhook\n        target_job: b\n")
        << QStringLiteral("edge \"webhook->b\" in workflow \"wf\" goes to the job \"b\", which is not in workflow \"wf\"")
        << 13 << 21;
    QTest::newRow("edge from a missing job")
        << QByteArray(edges + "      x->a:\n        source_job: x\n        target_job: a\n")
        << QStringLiteral("starts at the job \"x\", which is not in workflow \"wf\"") << 12 << 21;
    QTest::newRow("edge from a missing trigger")
        << QByteArray(edges + "      cron->a:\n        source_trigger: cron\n        target_job: a\n")
        << QStringLiteral("starts at the trigger \"cron\", which is not in workflow \"wf\"") << 12 << 25;
    QTest::newRow("edge from a trigger named as a job")
        << QByteArray(edges + "      webhook->a:\n        source_job: webhook\n        target_job: a\n")
        << QStringLiteral("but that is a trigger; write source_trigger: instead") << 12 << 21;
    QTest::newRow("edge with both sources")
        << QByteArray(edges + "      webhook->a:\n        source_trigger: webhook\n        source_job: a\n        target_job: a\n")
        << QStringLiteral("has both source_trigger and source_job") << 11 << 7;
    QTest::newRow("edge with no source and an unknown key")
        << QByteArray(edges + "      first edge:\n        target_job: a\n")
        << QStringLiteral("has neither source_trigger nor source_job") << 11 << 7;
    QTest::newRow("edge with no target and an unknown key")
        << QByteArray(edges + "      webhook->nowhere:\n        source_trigger: webhook\n")
        << QStringLiteral("has no target_job") << 11 << 7;
    QTest::newRow("edge to a trigger")
        << QByteArray(edges + "      a->webhook:\n        source_job: a\n        target_job: webhook\n")
        << QStringLiteral("goes to the trigger \"webhook\"; an edge can only go to a job") << 13 << 21;
    QTest::newRow("unknown condition_type")
        << QByteArray(edges + "      webhook->a:\n        source_trigger: webhook\n        target_job: a\n        condition_type: sometimes\n")
        << QStringLiteral("has the condition_type \"sometimes\"; use always, on_job_success, on_job_failure or js_expression")
        << 14 << 25;
    QTest::newRow("js_expression without expression")
        << QByteArray(edges + "      webhook->a:\n        source_trigger: webhook\n        target_job: a\n        condition_type: js_expression\n")
        << QStringLiteral("has condition_type js_expression but no condition_expression") << 14 << 25;
    QTest::newRow("edge enabled is a mapping")
        << QByteArray(edges + "      webhook->a:\n        source_trigger: webhook\n        target_job: a\n        enabled: {yes: 1}\n")
        << QStringLiteral("enabled of edge \"webhook->a\" in workflow \"wf\" must be true or false, not a mapping") << 14 << 18;

    // The CLI format
    const QByteArray cli = "name: p\nworkflows:\n  - id: wf\n    steps:\n"; // lines 1-4
    const QByteArray cliJob = "      - id: a\n        adaptor: '@openfn/language-common@1.0.0'\n        expression: fn()\n"; // 5-7
    QTest::newRow("cli: step without id") << QByteArray(cli + "      - adaptor: '@openfn/language-common@1.0.0'\n        expression: fn()\n")
                                          << QStringLiteral("a step of workflow \"wf\" has no id:") << 5 << 9;
    QTest::newRow("cli: duplicate step id") << QByteArray(cli + cliJob + cliJob)
                                            << QStringLiteral("the step id \"a\" is used twice in workflow \"wf\" (first on line 5)")
                                            << 8 << 13;
    QTest::newRow("cli: next to a missing step") << QByteArray(cli + cliJob + "        next:\n          b: {condition: always}\n")
                                                 << QStringLiteral("edge \"a->b\" in workflow \"wf\" goes to the step \"b\", which "
                                                                   "is not in workflow \"wf\"")
                                                 << 9 << 11;
    QTest::newRow("cli: next to a trigger") << QByteArray(cli + "      - id: t\n        type: webhook\n" + cliJob
                                                         + "        next: t\n")
                                            << QStringLiteral("goes to the trigger \"t\"") << 10 << 15;
    QTest::newRow("cli: steps is a mapping") << QByteArray(cli + "      a: {adaptor: x}\n")
                                             << QStringLiteral("steps of workflow \"wf\" must be a list of steps, not a mapping")
                                             << 5 << 7;
    QTest::newRow("cli: unknown start") << QByteArray("name: p\nworkflows:\n  - id: wf\n    start: trigger\n    steps:\n" + cliJob)
                                        << QStringLiteral("start of workflow \"wf\" names the step \"trigger\"") << 4 << 12;
    QTest::newRow("cli: unknown configuration")
        << QByteArray(cli + cliJob + "        configuration: ./secrets.json\n")
        << QStringLiteral("uses the credential \"./secrets.json\", but the spec has no credentials: section") << 8 << 24;
    QTest::newRow("cli: expression file missing")
        << QByteArray(cli + "      - id: a\n        adaptor: '@openfn/language-common@1.0.0'\n        expression: ./no-such-job.js\n")
        << QStringLiteral("the body file of job \"a\" in workflow \"wf\" does not exist") << 7 << 21;
    QTest::newRow("cli: workflow in a list without steps") << QByteArray("name: p\nworkflows:\n  - id: wf\n    jobs: {}\n")
                                                           << QStringLiteral("a workflow in a list needs steps:") << 3 << 5;
    QTest::newRow("cli: two workflows with one id")
        << QByteArray("name: p\nworkflows:\n  - id: wf\n    steps: []\n  - id: wf\n    steps: []\n")
        << QStringLiteral("two workflows have the id \"wf\" (the first on line 3)") << 5 << 5;
    QTest::newRow("cli: steps and workflows") << QByteArray("name: p\nworkflows: {}\nsteps: []\n")
                                              << QStringLiteral("both workflows: (a project) and steps: (a single workflow)")
                                              << 3 << 1;
    QTest::newRow("cli: next names a step twice")
        << QByteArray(cli + cliJob + "      - id: b\n        adaptor: '@openfn/language-common@1.0.0'\n        expression: fn()\n"
                      + "        next: [a, a]\n")
        << QStringLiteral("next: of step \"b\" in workflow \"wf\" names the step \"a\" twice") << 11 << 19;
    QTest::newRow("error on the first line after a byte order mark")
        << QByteArray("\xEF\xBB\xBFname: 'p\n") << QStringLiteral("never closed") << 1 << 7;
    QTest::newRow("cli: disabled: sometimes")
        << QByteArray(cli + cliJob + "      - id: b\n        adaptor: '@openfn/language-common@1.0.0'\n        expression: fn()\n"
                      + "        next:\n          a: {disabled: sometimes}\n")
        << QStringLiteral("disabled of edge \"b->a\" in workflow \"wf\" must be true or false") << 12 << 25;
}

void TstSpec::malformed()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, fragment);
    QFETCH(int, line);
    QFETCH(int, column);

    const Result<Project> r = readSpec(yaml, QStringLiteral("openfn-spec.yaml"), QDir::tempPath());
    QVERIFY2(!r.ok(), "the spec was accepted");
    const Error &e = r.error();
    QVERIFY2(e.message.contains(fragment), qPrintable(e.toString()));
    QCOMPARE(e.file, QStringLiteral("openfn-spec.yaml"));
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    // One sentence: no line breaks, no trailing full stop after a clause list.
    QVERIFY2(!e.message.contains(QLatin1Char('\n')), qPrintable(e.message));
    QVERIFY2(!e.message.endsWith(QLatin1Char('.')), qPrintable(e.message));
}

void TstSpec::fileErrors()
{
    TempDir dir;
    auto expectError = [](const QString &path, const QString &fragment, int line) {
        const Result<Project> r = readSpecFile(path);
        QVERIFY2(!r.ok(), qPrintable(path));
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().toString()));
        QCOMPARE(r.error().file, path);
        QCOMPARE(r.error().line, line);
    };

    expectError(dir.file(QStringLiteral("missing.yaml")), QStringLiteral("the file does not exist"), 0);
    expectError(dir.path(), QStringLiteral("this is a folder"), 0);

    QVERIFY(dir.write(QStringLiteral("empty.yaml"), QByteArray()));
    expectError(dir.file(QStringLiteral("empty.yaml")), QStringLiteral("the file is empty"), 0);

    QVERIFY(dir.write(QStringLiteral("comments.yaml"), "# nothing here yet\n\n   \n# still nothing\n"));
    expectError(dir.file(QStringLiteral("comments.yaml")), QStringLiteral("holds no YAML"), 0);

    QVERIFY(dir.write(QStringLiteral("binary.yaml"), QByteArray("name: p\nwork\0flows: {}\n", 24)));
    expectError(dir.file(QStringLiteral("binary.yaml")), QStringLiteral("binary data (a NUL byte)"), 2);

    QVERIFY(dir.write(QStringLiteral("latin1.yaml"), "name: p\ndescription: caf\xe9\nworkflows: {}\n"));
    expectError(dir.file(QStringLiteral("latin1.yaml")), QStringLiteral("not UTF-8 text (byte 0xE9 here); save it as UTF-8"), 2);
    QCOMPARE(readSpecFile(dir.file(QStringLiteral("latin1.yaml"))).error().column, 17);

    QVERIFY(dir.write(QStringLiteral("utf16.yaml"), QByteArray("\xff\xfen\0a\0", 6)));
    expectError(dir.file(QStringLiteral("utf16.yaml")), QStringLiteral("UTF-16"), 1);

    // A UTF-8 byte order mark is fine.
    QVERIFY(dir.write(QStringLiteral("bom.yaml"), "\xef\xbb\xbfname: p\nworkflows: {}\n"));
    QVERIFY(readSpecFile(dir.file(QStringLiteral("bom.yaml"))).ok());

    // readSpec() refuses big byte arrays too.
    const Result<Project> big = readSpec(QByteArray(kMaxSpecBytes + 1, ' '), QStringLiteral("big.yaml"), QString());
    QVERIFY(!big.ok());
    QVERIFY2(big.error().message.contains(QLatin1String("a project spec is at most 16 MB")), qPrintable(big.error().message));

#ifdef Q_OS_UNIX
    QVERIFY(dir.write(QStringLiteral("locked.yaml"), "name: p\nworkflows: {}\n"));
    QFile locked(dir.file(QStringLiteral("locked.yaml")));
    QVERIFY(locked.setPermissions(QFileDevice::WriteOwner));
    if (!QFile(locked.fileName()).open(QIODevice::ReadOnly)) // root reads anything
        expectError(locked.fileName(), QStringLiteral("the file cannot be read"), 0);
#endif
}

void TstSpec::refusesBigFileBeforeReadingIt()
{
    TempDir dir;
    const QString path = dir.file(QStringLiteral("openfn-huge-spec.yaml"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name: huge\nworkflows: {}\n");
        QVERIFY(f.resize(50LL * 1024 * 1024)); // 50 MB (sparse)
    }
    QElapsedTimer timer;
    timer.start();
    const Result<Project> r = readSpecFile(path);
    const qint64 ms = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().message,
             QStringLiteral("the file is 50.0 MB; a project spec is at most 16 MB — is this the right file?"));
    QCOMPARE(r.error().file, path);
    QVERIFY2(ms < 200, qPrintable(QStringLiteral("took %1 ms: was the file read?").arg(ms)));
}

void TstSpec::bodyFileErrors_data()
{
    QTest::addColumn<QString>("bodyPath");
    QTest::addColumn<QByteArray>("fileContent"); // written to jobs/present.js
    QTest::addColumn<QString>("fragment");

    QTest::newRow("missing file") << QStringLiteral("jobs/missing.js") << QByteArray("fn()")
                                  << QStringLiteral("does not exist: %DIR%/jobs/missing.js; fix the path");
    QTest::newRow("missing file above the spec") << QStringLiteral("../elsewhere/missing.js") << QByteArray("fn()")
                                                 << QStringLiteral("does not exist: %PARENT%/elsewhere/missing.js");
    QTest::newRow("missing absolute file") << QStringLiteral("/nonexistent/switchboard/job.js") << QByteArray("fn()")
                                           << QStringLiteral("does not exist: /nonexistent/switchboard/job.js");
    QTest::newRow("a folder") << QStringLiteral("jobs") << QByteArray("fn()") << QStringLiteral("is a folder, not a file");
    QTest::newRow("not UTF-8") << QStringLiteral("jobs/present.js") << QByteArray("// caf\xe9\nfn()\n")
                               << QStringLiteral("line 1): the file is not UTF-8 text (byte 0xE9 here)");
    QTest::newRow("empty file") << QStringLiteral("jobs/present.js") << QByteArray("\n  \n")
                                << QStringLiteral("the body file of job \"a\" in workflow \"wf\" is empty");
}

void TstSpec::bodyFileErrors()
{
    QFETCH(QString, bodyPath);
    QFETCH(QByteArray, fileContent);
    QFETCH(QString, fragment);

    TempDir dir;
    QVERIFY(dir.write(QStringLiteral("jobs/present.js"), fileContent));
    const QByteArray yaml = "name: p\nworkflows:\n  wf:\n    jobs:\n      a:\n        adaptor: '@openfn/language-common@1.0.0'\n"
                            "        body:\n          path: "
                            + bodyPath.toUtf8() + "\n";
    QVERIFY(dir.write(QStringLiteral("spec.yaml"), yaml));
    const Result<Project> r = readSpecFile(dir.file(QStringLiteral("spec.yaml")));
    QVERIFY(!r.ok());
    QString expected = fragment;
    expected.replace(QLatin1String("%DIR%"), QDir(dir.path()).absolutePath());
    expected.replace(QLatin1String("%PARENT%"), QDir::cleanPath(QDir(dir.path()).absoluteFilePath(QStringLiteral(".."))));
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().toString() + QStringLiteral("\nexpected: ") + expected));
    QCOMPARE(r.error().line, 8);
    QCOMPARE(r.error().column, 17);
}

void TstSpec::errorColumnCountsCharacters()
{
    // yaml-cpp counts bytes; people count characters.
    const QByteArray yaml = "name: p\nworkflows:\n  wf:\n    name: \xc3\x89tat civil \xe2\x86\x92 Primero\n    jobs: [a]\n";
    const Result<Project> r = read(yaml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 5);
    QCOMPARE(r.error().column, 11);
    const QByteArray sameLine = "name: \xe2\x86\x92\xe2\x86\x92 p\nworkflows: [1]\ncredentials: {\xc3\xa9: 1, \xc3\xa9: 2}\n";
    const Result<Project> r2 = read(sameLine);
    QVERIFY(!r2.ok());
    QCOMPARE(r2.error().line, 3);
    QCOMPARE(r2.error().column, 21); // 22 if bytes were counted
}

void TstSpec::writesClassicFormatExactly()
{
    Project p;
    p.name = QStringLiteral("demo");
    p.description = QStringLiteral("Two lines\nof description\n");
    p.credentials << CredentialRef{QStringLiteral("me@example.org-SF"), QStringLiteral("SF"), QStringLiteral("me@example.org")};
    Workflow wf;
    wf.key = QStringLiteral("CommCare-to-Salesforce");
    wf.uuid = QStringLiteral("0b8e4a1c-7d23-4f61-b0a2-9e5c3d7f1a40");
    wf.name = QStringLiteral("CommCare to Salesforce");
    Job a = makeJob(QStringLiteral("Upsert-patient"), QStringLiteral("fn(state => state);\n"));
    a.uuid = QStringLiteral("5e2d9c11-8a4b-4c6e-b3f0-71a2d4e8c9b6");
    a.name = QStringLiteral("Upsert patient");
    a.adaptor = QStringLiteral("@openfn/language-salesforce@4.0.5");
    a.credential = QStringLiteral("me@example.org-SF");
    Job b = makeJob(QStringLiteral("Other-job"), QStringLiteral("ignored: the file has it"));
    b.name = QStringLiteral("Other job");
    b.bodyPath = QStringLiteral("jobs/other.js");
    wf.jobs << a << b;
    Trigger t;
    t.key = QStringLiteral("webhook");
    t.webhookReply = QStringLiteral("before_start");
    t.webhookResponseConfig = QStringLiteral(R"({"status":202,"body":{"ids":["a",1]}})");
    t.customPath = QStringLiteral("commcare/registration");
    Trigger c;
    c.key = QStringLiteral("cron");
    c.type = TriggerType::Cron;
    c.enabled = false;
    c.cronExpression = QStringLiteral("0 6 * * *");
    wf.triggers << t << c;
    Edge e1;
    e1.key = QStringLiteral("webhook->Upsert-patient");
    e1.sourceTrigger = QStringLiteral("webhook");
    e1.targetJob = QStringLiteral("Upsert-patient");
    Edge e2;
    e2.key = QStringLiteral("Upsert-patient->Other-job");
    e2.uuid = QStringLiteral("3d6b0f4e-91a2-4c7d-b8e5-a0f1c2d3e4b5");
    e2.sourceJob = QStringLiteral("Upsert-patient");
    e2.targetJob = QStringLiteral("Other-job");
    e2.condition = ConditionType::JsExpression;
    e2.conditionLabel = QStringLiteral("adult patients");
    e2.conditionExpression = QStringLiteral("state.data.age > 18");
    wf.edges << e1 << e2;
    p.workflows << wf;

    const QByteArray expected = R"y(name: demo
description: |
  Two lines
  of description
credentials:
  me@example.org-SF:
    name: SF
    owner: me@example.org
workflows:
  CommCare-to-Salesforce:
    id: 0b8e4a1c-7d23-4f61-b0a2-9e5c3d7f1a40
    name: CommCare to Salesforce
    jobs:
      Upsert-patient:
        id: 5e2d9c11-8a4b-4c6e-b3f0-71a2d4e8c9b6
        name: Upsert patient
        adaptor: '@openfn/language-salesforce@4.0.5'
        credential: me@example.org-SF
        body: |
          fn(state => state);
      Other-job:
        name: Other job
        adaptor: '@openfn/language-common@latest'
        body:
          path: jobs/other.js
    triggers:
      webhook:
        type: webhook
        enabled: true
        webhook_reply: before_start
        webhook_response_config:
          status: 202
          body:
            ids:
              - a
              - 1
        custom_path: commcare/registration
      cron:
        type: cron
        enabled: false
        cron_expression: '0 6 * * *'
    edges:
      webhook->Upsert-patient:
        source_trigger: webhook
        target_job: Upsert-patient
        condition_type: always
        enabled: true
      Upsert-patient->Other-job:
        id: 3d6b0f4e-91a2-4c7d-b8e5-a0f1c2d3e4b5
        source_job: Upsert-patient
        target_job: Other-job
        condition_type: js_expression
        condition_label: adult patients
        condition_expression: state.data.age > 18
        enabled: true
)y";
    const QByteArray actual = writeSpec(p);
    if (actual != expected) {
        const QList<QByteArray> actualLines = actual.split('\n');
        const QList<QByteArray> expectedLines = expected.split('\n');
        for (qsizetype i = 0; i < std::min(actualLines.size(), expectedLines.size()); ++i)
            QCOMPARE(QString::fromUtf8(actualLines[i]), QString::fromUtf8(expectedLines[i]));
    }
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(expected));
}

void TstSpec::roundTripsEveryFeature()
{
    TempDir dir;
    const Project p = fullProject();
    const QString path = dir.file(QStringLiteral("export/openfn-spec.yaml"));
    const Status written = writeSpecFile(p, path);
    QVERIFY2(written.ok(), qPrintable(written.error().toString()));
    const Result<Project> back = readSpecFile(path);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    COMPARE_PROJECTS(back.value(), p);
    // And the text is stable: writing what was read gives the same bytes.
    QCOMPARE(writeSpec(back.value()), writeSpec(p));
    QCOMPARE(writeSpec(p), sb::test::readFile(path));
}

void TstSpec::roundTripsCliProjectAsClassic()
{
    const Result<Project> cli = readSpecFile(QDir(dataDir()).filePath(QStringLiteral("cli/openfn.yaml")));
    QVERIFY2(cli.ok(), qPrintable(cli.error().toString()));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("openfn-spec.yaml"));
    QVERIFY(writeSpecFile(cli.value(), path).ok());
    QVERIFY(QFile::exists(dir.file(QStringLiteral("get-referrals.js"))));
    QVERIFY(QFile::exists(dir.file(QStringLiteral("jobs/upsert-cases.js"))));
    const Result<Project> back = readSpecFile(path);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    COMPARE_PROJECTS(back.value(), cli.value());

    const Result<Project> classic = readSpecFile(classicSpecPath());
    QVERIFY(classic.ok());
    const QByteArray once = writeSpec(classic.value());
    const Result<Project> again = read(once, QFileInfo(classicSpecPath()).absolutePath());
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    COMPARE_PROJECTS(again.value(), classic.value());
    QCOMPARE(writeSpec(again.value()), once);
}

void TstSpec::roundTripsAwkwardBodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("literal"); // written as a literal block

    auto row = [](const char *name, const QString &body, bool literal) { QTest::newRow(name) << body << literal; };
    row("plain", QStringLiteral("fn(state => state);\n"), true);
    row("no trailing newline", QStringLiteral("fn(state => state);"), true);
    row("two trailing newlines", QStringLiteral("fn(state => state);\n\n"), true);
    row("many trailing newlines", QStringLiteral("fn(state => state);\n\n\n\n"), true);
    row("leading spaces", QStringLiteral("    fn(state => state);\n  done();\n"), true);
    row("leading tab", QStringLiteral("\tfn(state => state);\n"), true);
    row("leading blank lines", QStringLiteral("\n\nfn(state => state);\n"), true);
    row("leading blank lines then indented", QStringLiteral("\n\n   fn(state => state);\n"), true);
    row("leading whitespace-only line", QStringLiteral("      \nfn();\n"), true);
    row("whitespace-only lines", QStringLiteral("a();\n    \n\t\nb();\n"), true);
    row("trailing whitespace-only line", QStringLiteral("a();\n    \n"), true);
    row("trailing spaces", QStringLiteral("a();   \nb();\t\n"), true);
    row("hash and colon", QStringLiteral("# comment: not YAML\nconst x = { a: 1 }; // # : - |\n"), true);
    row("yaml look-alikes", QStringLiteral("---\n...\nkey: value\n- item\n? x\n| >\n"), true);
    row("quotes and backslashes", QStringLiteral("const s = \"a\\\"b\" + 'c''d' + `\\n`;\n"), true);
    row("unicode", QStringLiteral("// Enfant à risque → référé · 児童 · ស្វែងរក · 🚑\nfn(s => s);\n"), true);
    row("crlf", QStringLiteral("fn(state => {\r\n  return state;\r\n});\r\n"), false);
    row("lone cr", QStringLiteral("a();\rb();\n"), false);
    row("crlf with indented lines", QStringLiteral("  a();\r\n\tb();\r\n   \r\n"), false);
    row("control characters", QStringLiteral("const esc = '\x1b[0m';\nconst bell = '\x07';\n"), false);
    row("nul", QString(QStringLiteral("a\nb")).insert(1, QChar(0)), false);
    row("line separator", QStringLiteral("a();\u2028b();\n"), false);
    row("next line char", QStringLiteral("a();\u0085b();\n"), false);
    row("byte order mark inside", QStringLiteral("a();\n\ufeffb();\n"), false);
    row("single line with colon", QStringLiteral("fn(state => ({ a: 1 }))"), true);
    row("single line leading space", QStringLiteral(" fn()"), true);
    row("only one character", QStringLiteral("x"), true);
    row("very long line", QString(5000, QLatin1Char('x')) + QStringLiteral(";\n"), true);
}

void TstSpec::roundTripsAwkwardBodies()
{
    QFETCH(QString, body);
    QFETCH(bool, literal);
    const Project p = oneJobProject(body);
    const QByteArray yaml = writeSpec(p);
    QCOMPARE(yaml.contains("        body: |"), literal);
    const Result<Project> back = read(yaml);
    QVERIFY2(back.ok(), qPrintable(back.error().toString() + QStringLiteral("\n") + QString::fromUtf8(yaml)));
    QCOMPARE(back->workflows[0].jobs[0].body, body);
    COMPARE_PROJECTS(back.value(), p);
    QCOMPARE(writeSpec(back.value()), yaml);
    // The slow path (yaml-cpp alone) agrees with the fast one.
    const auto slow = spec::YamlDocument::parse(yaml, QStringLiteral("x"), spec::FastBlocks::Off);
    const auto fast = spec::YamlDocument::parse(yaml, QStringLiteral("x"), spec::FastBlocks::On);
    QVERIFY(slow.ok() && fast.ok());
    QCOMPARE(fast->nodeCount(), slow->nodeCount());
    for (int i = 0; i < slow->nodeCount(); ++i)
        QCOMPARE(fast->node(i).text, slow->node(i).text);
}

void TstSpec::roundTripsRandomText()
{
    // Random strings from the characters YAML is touchy about, in bodies, names, keys,
    // labels, expressions and descriptions.
    static const QString alphabet = QStringLiteral(" \t\n\r#:-|>'\"\\{}[],&*!%@`?~abcxyz019é→🚑\x01");
    QRandomGenerator rng(20240611);
    auto randomText = [&](int maxLength) {
        QString s;
        const int n = int(rng.bounded(maxLength + 1));
        const QList<uint> ucs = alphabet.toUcs4();
        for (int i = 0; i < n; ++i) {
            const uint c = ucs[qsizetype(rng.bounded(quint32(ucs.size())))];
            s += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        }
        return s;
    };
    for (int round = 0; round < 1500; ++round) {
        QString body = randomText(40);
        if (body.trimmed().isEmpty())
            body += QLatin1Char('x');
        Project p = oneJobProject(body);
        p.description = randomText(20);
        p.workflows[0].name = randomText(12);
        Job &job = p.workflows[0].jobs[0];
        job.key = randomText(8);
        if (job.key.trimmed().isEmpty())
            job.key = QStringLiteral("k") + job.key;
        job.name = randomText(10);
        Trigger t;
        t.key = QStringLiteral("hook");
        t.customPath = randomText(10);
        p.workflows[0].triggers << t;
        Edge e;
        e.key = randomText(10);
        if (e.key.trimmed().isEmpty())
            e.key += QStringLiteral("e");
        e.sourceTrigger = t.key;
        e.targetJob = job.key;
        e.condition = ConditionType::JsExpression;
        e.conditionExpression = QStringLiteral("x") + randomText(15);
        e.conditionLabel = randomText(8);
        p.workflows[0].edges << e;

        const QByteArray yaml = writeSpec(p);
        const Result<Project> back = read(yaml);
        QVERIFY2(back.ok(), qPrintable(back.error().toString() + QStringLiteral("\n") + QString::fromUtf8(yaml)));
        const QString difference = firstDifference(back.value(), p);
        QVERIFY2(difference.isEmpty(), qPrintable(difference + QStringLiteral("\n") + QString::fromUtf8(yaml)));
        QVERIFY(back.value() == p);
        QCOMPARE(writeSpec(back.value()), yaml);
    }
}

void TstSpec::roundTripsAwkwardScalars_data()
{
    QTest::addColumn<QString>("text");
    const char *const words[] = {"true", "False", "yes", "NO", "on", "off", "y", "n", "null", "Null", "~", "123",
                                 "-1", "0x1F", "1e3", ".5", ".inf", "-.NaN", "2024-03-01", "12:30", "@scope/pkg",
                                 "*alias", "&anchor", "!tag", "%directive", "`tick`", "|", ">", "- item", "? key",
                                 ": colon", "a: b", "a #b", "#hash", "[list]", "{map}", "a, b", "'single'",
                                 "\"double\"", " leading", "trailing ", "  ", "", "multi\nline", "tab\there",
                                 "é à ü", "→ arrow", "Children's register", "https://example.org/a?b=c#d"};
    int i = 0;
    for (const char *w : words)
        QTest::addRow("%d: %s", i++, QByteArray(w).replace('\n', "\\n").replace('\t', "\\t").constData())
            << QString::fromUtf8(w);
}

void TstSpec::roundTripsAwkwardScalars()
{
    QFETCH(QString, text);
    Project p = oneJobProject(QStringLiteral("fn()"));
    p.description = text;
    p.credentials << CredentialRef{text.trimmed().isEmpty() ? QStringLiteral("cred") : text, text, text};
    Workflow &wf = p.workflows[0];
    wf.key = text.trimmed().isEmpty() ? QStringLiteral("wf ") + text : text;
    wf.name = text;
    wf.uuid = text;
    Job &job = wf.jobs[0];
    job.key = text.trimmed().isEmpty() ? QStringLiteral("job") : text;
    job.name = text;
    job.uuid = text;
    job.credential = p.credentials[0].key;
    Trigger hook;
    hook.key = text.trimmed().isEmpty() ? QStringLiteral("hook") : QStringLiteral("hook ") + text;
    hook.customPath = text;
    hook.uuid = text;
    hook.webhookResponseConfig = QString::fromStdString(
        nlohmann::ordered_json{{text.toStdString(), text.toStdString()}, {"n", 1}}.dump());
    Trigger cron;
    cron.key = QStringLiteral("cron");
    cron.type = TriggerType::Cron;
    cron.cronExpression = QStringLiteral("0 6 * * *"); // validated on read, so never an arbitrary string
    wf.triggers << hook << cron;
    Edge e;
    e.key = text.trimmed().isEmpty() ? QStringLiteral("edge") : text;
    e.sourceTrigger = hook.key;
    e.targetJob = job.key;
    e.conditionLabel = text;
    e.uuid = text;
    wf.edges << e;

    const QByteArray yaml = writeSpec(p);
    const Result<Project> back = read(yaml);
    QVERIFY2(back.ok(), qPrintable(back.error().toString() + QStringLiteral("\n") + QString::fromUtf8(yaml)));
    const QString difference = firstDifference(back.value(), p);
    QVERIFY2(difference.isEmpty(), qPrintable(difference + QStringLiteral("\n") + QString::fromUtf8(yaml)));
    QVERIFY(back.value() == p);
    QCOMPARE(writeSpec(back.value()), yaml);
}

void TstSpec::roundTripsResponseConfigs_data()
{
    QTest::addColumn<QString>("json");
    QTest::newRow("status only") << QStringLiteral(R"({"status":202})");
    QTest::newRow("key order kept") << QStringLiteral(R"({"z":1,"a":2,"m":{"y":true,"b":false}})");
    QTest::newRow("numbers") << QStringLiteral(R"({"int":-7,"big":12345678901234567890,"float":1.5,"tiny":1e-07,"zero":0})");
    QTest::newRow("strings that look typed") << QStringLiteral(R"({"a":"true","b":"1","c":"","d":"null","e":"~","f":"1.5","g":"-3"})");
    QTest::newRow("nested lists") << QStringLiteral(R"({"l":[[1,2],[],[[3]],{"a":[{"b":"c"},{}]}]})");
    QTest::newRow("objects in lists") << QStringLiteral(R"({"items":[{"id":1,"tags":["x","y"]},{"id":2,"note":"two\nlines\n"}]})");
    QTest::newRow("awkward keys") << QStringLiteral(R"({"":1,"a: b":2,"#":3,"- x":4,"é":5,"multi\nline":6,"true":7})");
    QTest::newRow("template and unicode") << QStringLiteral(R"({"body":"{{ work_order_id }} → reçu","ct":"application/json; charset=utf-8"})");
    QTest::newRow("null and empties") << QStringLiteral(R"({"n":null,"o":{},"l":[]})");
}

void TstSpec::roundTripsResponseConfigs()
{
    QFETCH(QString, json);
    Project p = oneJobProject(QStringLiteral("fn()"));
    Trigger t;
    t.key = QStringLiteral("webhook");
    t.webhookResponseConfig = json;
    p.workflows[0].triggers << t;
    const QByteArray yaml = writeSpec(p);
    QVERIFY2(!yaml.contains("webhook_response_config: '"), yaml.constData()); // block YAML, not a JSON string
    const Result<Project> back = read(yaml);
    QVERIFY2(back.ok(), qPrintable(back.error().toString() + QStringLiteral("\n") + QString::fromUtf8(yaml)));
    QCOMPARE(back->workflows[0].triggers[0].webhookResponseConfig, json);
    QCOMPARE(writeSpec(back.value()), yaml);
}

void TstSpec::writeSpecFileWritesBodyFiles()
{
    TempDir dir;
    Project p = oneJobProject(QStringLiteral("fn(state => state);\r\n// CRLF kept byte for byte\r\n"));
    p.workflows[0].jobs[0].bodyPath = QStringLiteral("./jobs/nested/register.js");
    Job shared = makeJob(QStringLiteral("shared"), p.workflows[0].jobs[0].body);
    shared.bodyPath = QStringLiteral("jobs/nested/register.js"); // the same file, the same body: written once
    p.workflows[0].jobs << shared;
    const QString spec = dir.file(QStringLiteral("out/openfn-spec.yaml"));
    const Status s = writeSpecFile(p, spec);
    QVERIFY2(s.ok(), qPrintable(s.error().toString()));
    QCOMPARE(sb::test::readFile(dir.file(QStringLiteral("out/jobs/nested/register.js"))),
             QByteArray("fn(state => state);\r\n// CRLF kept byte for byte\r\n"));
    const QByteArray yaml = sb::test::readFile(spec);
    QVERIFY(yaml.contains("        body:\n          path: ./jobs/nested/register.js\n"));
    QVERIFY(!yaml.contains("CRLF kept"));
    const Result<Project> back = readSpecFile(spec);
    QVERIFY2(back.ok(), qPrintable(back.error().toString()));
    COMPARE_PROJECTS(back.value(), p);
}

void TstSpec::writeSpecFileRefusesPathsOutsideItsFolder()
{
    TempDir dir;
    for (const QString &path : {QStringLiteral("../outside.js"), QStringLiteral("jobs/../../outside.js"),
                                QStringLiteral("/tmp/absolute.js")}) {
        Project p = oneJobProject(QStringLiteral("fn()"));
        p.workflows[0].jobs[0].bodyPath = path;
        const QString spec = dir.file(QStringLiteral("export/spec.yaml"));
        const Status s = writeSpecFile(p, spec);
        QVERIFY2(!s.ok(), qPrintable(path));
        QVERIFY2(s.error().message.contains(QLatin1String("points outside the spec's folder")), qPrintable(s.error().message));
        QVERIFY(!QFile::exists(spec)); // nothing half-written
    }
    QVERIFY(!QFile::exists(dir.file(QStringLiteral("outside.js"))));
}

void TstSpec::writeSpecFileRefusesConflictingBodyFiles()
{
    TempDir dir;
    Project p = oneJobProject(QStringLiteral("fn(1)"));
    p.workflows[0].jobs[0].bodyPath = QStringLiteral("jobs/a.js");
    Job other = makeJob(QStringLiteral("other"), QStringLiteral("fn(2)"));
    other.bodyPath = QStringLiteral("./jobs/a.js");
    p.workflows[0].jobs << other;
    const Status s = writeSpecFile(p, dir.file(QStringLiteral("spec.yaml")));
    QVERIFY(!s.ok());
    QVERIFY2(s.error().message.contains(QLatin1String("both keep their body in ./jobs/a.js but the bodies differ")),
             qPrintable(s.error().message));
}

void TstSpec::fastBlocksAgreeWithYamlCpp_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<bool>("fast"); // the pre-pass is expected to take this document

    auto row = [](const char *name, const char *yaml, bool fast) { QTest::newRow(name) << QByteArray(yaml) << fast; };
    row("clip", "a:\n  body: |\n    x\n    y\n", true);
    row("strip", "a:\n  body: |-\n    x\n", true);
    row("keep before a key", "a:\n  body: |+\n    x\n\n\n  n: 1\n", true);
    row("keep at the end", "a:\n  body: |+\n    x\n\n\n", true);
    row("explicit indentation", "a:\n  body: |2\n      lead\n    x\n", true);
    row("indicators either way", "a:\n  b: |2-\n      l\n    x\n  c: |-2\n      l\n    x\n", true);
    row("tab content", "a:\n  body: |\n    \tx\n", true);
    row("leading blank lines", "a:\n  body: |\n\n\n    x\n", true);
    row("short leading whitespace line", "a:\n  body: |\n   \n    x\n", true);
    row("long leading whitespace line", "a:\n  body: |\n      \n    x\n", false);
    row("more-indented blank line inside", "a:\n  body: |\n    x\n      \n    y\n", true);
    row("more-indented blank line at the end", "a:\n  body: |\n    x\n      \n  n: 1\n", true);
    row("exactly indented blank line at the end", "a:\n  body: |\n    x\n    \n  n: 1\n", true);
    row("keep with blank lines of all widths", "a:\n  body: |+\n    x\n      \n    \n  \n\n  n: 1\n", true);
    row("trailing spaces", "a:\n  body: |\n    x  \n    y\t\n", true);
    row("empty block", "a:\n  body: |\n  n: 1\n", false);
    row("sequence item", "- |\n  x\n- |\n y\n", true);
    row("key in a sequence item", "a:\n- b: |\n    x\n  c: 1\n", true);
    row("comment after the header", "a: | # the job\n  x\n", true);
    row("comment line ends the block", "a: |\n  x\n# done\nb: 1\n", true);
    row("less-indented comment then text", "a: |\n  x\n # comment\n  y\n", true);
    row("document end inside", "a: |\n  x\n...\n", true);
    row("crlf line ends", "a:\r\n  body: |\r\n    x\r\n    y\r\n  n: 1\r\n", true);
    row("stray cr", "a: |\n  x\ry\n", false);
    row("anchored block", "a: &x |\n  b: |\n    y\nc: *x\n", false);
    row("header inside a quoted string", "a: \"x\n  b: |\n  y\"\n", false);
    row("header inside a flow mapping", "a: {\n  b: |\n  y\n  }\n", false);
    row("header inside a folded block", "a: >\n  b: |\n    y\n", false);
    row("token text in the file", "a: __sb_literal_block_0\nb: |\n  x\n", false);
    row("tab in indentation ends nothing", "a: |\n  x\n\ty\n", false);
    row("unicode", "a: |\n  \xc3\xa9t\xc3\xa9 \xe2\x86\x92\n", true);
    row("error after a block", "a: |\n  x\n  y\nb: [\n", true);
    row("duplicate after a block", "a: |\n  x\n  y\na: 2\n", true);
    row("last line without newline", "a: |\n  x\n  y", true);
}

void TstSpec::fastBlocksAgreeWithYamlCpp()
{
    QFETCH(QByteArray, yaml);
    QFETCH(bool, fast);
    const auto slow = spec::YamlDocument::parse(yaml, QStringLiteral("x.yaml"), spec::FastBlocks::Off);
    const auto quick = spec::YamlDocument::parse(yaml, QStringLiteral("x.yaml"), spec::FastBlocks::On);
    QCOMPARE(quick.ok(), slow.ok());
    if (!slow.ok()) {
        QCOMPARE(quick.error().toString(), slow.error().toString());
        return;
    }
    QCOMPARE(quick->usedFastBlocks(), fast);
    QCOMPARE(quick->nodeCount(), slow->nodeCount());
    for (int i = 0; i < slow->nodeCount(); ++i) {
        const spec::YamlNode &a = quick->node(i);
        const spec::YamlNode &b = slow->node(i);
        QCOMPARE(a.text, b.text);
        QCOMPARE(int(a.kind), int(b.kind));
        QCOMPARE(a.plain, b.plain);
        QCOMPARE(a.line, b.line);
        QCOMPARE(a.column, b.column);
        QCOMPARE(a.items, b.items);
    }
}

void TstSpec::fastBlocksAgreeOnRandomDocuments()
{
    // Random documents around literal blocks, valid or not: the pre-pass must give the
    // same tree (or the same error) as yaml-cpp alone.
    QRandomGenerator rng(77);
    static const char *const pieces[] = {"x", "y z", "# c", "a: b", "- i", "k: |", "k: |-", "k: |+", "- |", "|",
                                         "\t", "  ", "é", "'q'", "\"d\"", "{f: 1}", "...", "---", "k: >", "&a x"};
    static const char *const headers[] = {"|", "|-", "|+", "|1", "|2", "|3-", "|+2", "| # c", "|  ", "|x", "|-+"};
    int fastUsed = 0;
    int agreedErrors = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray y = "top:\n";
        const int blocks = 1 + int(rng.bounded(3));
        const bool sequence = rng.bounded(4) == 0;
        const int indent = 2 + 2 * int(rng.bounded(2));
        const QByteArray pad(indent, ' ');
        for (int b = 0; b < blocks; ++b) {
            const QByteArray header = rng.bounded(8) == 0 ? headers[rng.bounded(int(std::size(headers)))]
                                                           : headers[rng.bounded(3)];
            y += pad + (sequence ? "- key" : "key") + QByteArray::number(b) + ": " + header + "\n";
            const int lines = int(rng.bounded(6));
            for (int l = 0; l < lines; ++l) {
                const int content = indent + (sequence ? 4 : 2);
                QByteArray line(rng.bounded(5) == 0 ? int(rng.bounded(9)) : content + int(rng.bounded(3)), ' ');
                if (rng.bounded(5) != 0)
                    line += pieces[rng.bounded(int(std::size(pieces)))];
                if (rng.bounded(6) == 0)
                    line += "  ";
                y += line + (rng.bounded(10) == 0 ? "\r\n" : "\n");
            }
        }
        if (rng.bounded(2))
            y += pad + (sequence ? "- tail: end\n" : "tail: end\n");

        const auto slow = spec::YamlDocument::parse(y, QStringLiteral("r.yaml"), spec::FastBlocks::Off);
        const auto quick = spec::YamlDocument::parse(y, QStringLiteral("r.yaml"), spec::FastBlocks::On);
        const QByteArray context = "document:\n" + y;
        QVERIFY2(quick.ok() == slow.ok(), context.constData());
        if (!slow.ok()) {
            QVERIFY2(quick.error().toString() == slow.error().toString(), context.constData());
            ++agreedErrors;
            continue;
        }
        fastUsed += quick->usedFastBlocks() ? 1 : 0;
        QVERIFY2(quick->nodeCount() == slow->nodeCount(), context.constData());
        for (int i = 0; i < slow->nodeCount(); ++i) {
            const spec::YamlNode &a = quick->node(i);
            const spec::YamlNode &b = slow->node(i);
            QVERIFY2(a.text == b.text && a.kind == b.kind && a.plain == b.plain && a.line == b.line
                         && a.column == b.column && a.items == b.items,
                     qPrintable(QString::fromUtf8(context) + QStringLiteral("\nnode %1: [%2] vs [%3]").arg(i).arg(a.text, b.text)));
        }
    }
    // The generator must exercise both outcomes, or this test proves little.
    qInfo("%d documents took the fast path, %d had the same error both ways", fastUsed, agreedErrors);
    QVERIFY2(fastUsed > 500, qPrintable(QString::number(fastUsed)));
    QVERIFY2(agreedErrors > 300, qPrintable(QString::number(agreedErrors)));
}

void TstSpec::readsLargeSpecInMilliseconds()
{
    // 10 workflows, 3 jobs each (30 jobs), ~300-line bodies: what a big real project is.
    auto generate = [](int workflows, int jobsPerWorkflow) {
        QByteArray y = "name: Large project\ncredentials:\n  ops@example.org-SF:\n    name: SF\n    owner: ops@example.org\n"
                       "workflows:\n";
        for (int w = 0; w < workflows; ++w) {
            y += "  workflow-" + QByteArray::number(w) + ":\n    name: Workflow " + QByteArray::number(w) + "\n    jobs:\n";
            for (int j = 0; j < jobsPerWorkflow; ++j) {
                y += "      job-" + QByteArray::number(j) + ":\n        name: Job " + QByteArray::number(j)
                     + "\n        adaptor: '@openfn/language-salesforce@4.0.5'\n        credential: ops@example.org-SF\n"
                       "        body: |\n          // Map form " + QByteArray::number(j) + " to Salesforce\n"
                       "          upsert('Contact', 'CommCare_Case_ID__c', fields(\n";
                for (int i = 0; i < 297; ++i)
                    y += "            field('Field_" + QByteArray::number(i) + "__c', dataValue('form.group_"
                         + QByteArray::number(i % 17) + ".question_" + QByteArray::number(i) + "')),\n";
                y += "          ));\n\n";
            }
            y += "    triggers:\n      webhook:\n        type: webhook\n        enabled: true\n";
            y += "    edges:\n      webhook->job-0:\n        source_trigger: webhook\n        target_job: job-0\n"
                 "        condition_type: always\n        enabled: true\n";
            for (int j = 1; j < jobsPerWorkflow; ++j)
                y += "      job-0->job-" + QByteArray::number(j) + ":\n        source_job: job-0\n        target_job: job-"
                     + QByteArray::number(j) + "\n        condition_type: on_job_success\n        enabled: true\n";
        }
        return y;
    };
    auto measure = [](const QByteArray &yaml, int runs) {
        std::vector<double> ms;
        for (int r = 0; r < runs; ++r) {
            QElapsedTimer t;
            t.start();
            const Result<Project> p = readSpec(yaml, QStringLiteral("large.yaml"), QString());
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!p.ok())
                qWarning("%s", qPrintable(p.error().toString()));
        }
        std::sort(ms.begin(), ms.end());
        return ms[ms.size() / 2];
    };

    const QByteArray small = generate(10, 3);
    const Result<Project> p = readSpec(small, QStringLiteral("large.yaml"), QString());
    QVERIFY2(p.ok(), qPrintable(p.error().toString()));
    QCOMPARE(p->workflows.size(), 10);
    QCOMPARE(p->workflows[9].jobs[2].body.count(QLatin1Char('\n')), 300);
    const auto doc = spec::YamlDocument::parse(small, QStringLiteral("large.yaml"));
    QVERIFY(doc.ok() && doc->usedFastBlocks());

    const double median = measure(small, 15);
    const QByteArray big = generate(10, 30);
    const double bigMedian = measure(big, 5);
    qInfo("read a %.0f KB spec (10 workflows, 30 jobs, 300-line bodies) in %.2f ms (median of 15); "
          "a %.1f MB one with 300 jobs in %.2f ms",
          double(small.size()) / 1024.0, median, double(big.size()) / (1024.0 * 1024.0), bigMedian);
    // Generous bounds (debug builds, busy machines); yaml-cpp alone takes ~30 ms on the small one.
    QVERIFY2(median < 25.0, qPrintable(QString::number(median)));
    QVERIFY2(bigMedian < 250.0, qPrintable(QString::number(bigMedian)));
}

QTEST_GUILESS_MAIN(TstSpec)
#include "tst_spec.moc"
