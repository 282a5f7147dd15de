#include "demoproject.h"

#include "engine/enginesettings.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sb {

Result<Project> demoProject()
{
    QFile f(QStringLiteral(":/demo/demo-project.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QCoreApplication::translate("sb::Demo", "The demo project is missing from this build."));
    return readSpec(f.readAll(), QStringLiteral("demo-project.yaml"), QStringLiteral(":/demo"));
}

namespace {

// The system each demo credential logs in to: in the sandbox environment this picks the
// emulated system whose login the step gets (engine/credentialsource.h).
struct DemoCredential
{
    const char *name;
    const char *type;
};
constexpr DemoCredential kDemoCredentials[] = {
    {"Salesforce sandbox", "salesforce"},
    {"Infobip SMS", "infobip"},
    {"CommCare CAST API with inbox URLs", "commcare"},
    {"Primero Cambodia", "primero"},
    {"OSCaR", "oscar"},
    {"Primero Thailand", "primero"},
    {"HIS Child Shield", "his"},
};

} // namespace

Result<ProjectDiff> installDemoProject(ProjectStore &projects)
{
    const Result<Project> demo = demoProject();
    if (!demo)
        return demo.error();
    auto diff = projects.import(demo.value());
    if (!diff)
        return diff;
    // The demo runs against the built-in sandbox: its environment, and each credential's
    // system.
    const QString projectName = demo.value().name;
    const Status typed = projects.store().writeAndWait([projectName](QSqlDatabase &db) -> Status {
        if (Status s = exec(db, QStringLiteral("UPDATE projects SET environment = 'sandbox' WHERE name = ?"), {projectName}); !s)
            return s;
        for (const auto &c : kDemoCredentials) {
            if (Status s = exec(db,
                                QStringLiteral("UPDATE credentials SET type = ? WHERE name = ? AND project_id = "
                                               "(SELECT id FROM projects WHERE name = ?)"),
                                {QString::fromLatin1(c.type), QString::fromUtf8(c.name), projectName});
                !s)
                return s;
        }
        // The hourly referrals run picks up where the last one ended (its cursor and the
        // referrals it re-queued after a failure live in its final state).
        return exec(db,
                    QStringLiteral("UPDATE triggers SET cron_from_last_state = 1 WHERE key = 'cron' AND workflow_id IN "
                                   "(SELECT w.id FROM workflows w JOIN projects p ON p.id = w.project_id "
                                   "WHERE p.name = ? AND w.key = 'Primero-to-OSCaR-referrals')"),
                    {projectName});
    });
    if (!typed)
        return typed.error();
    return diff;
}

Result<int> queueDemoFirstRuns(Store &store)
{
    struct FirstRun
    {
        const char *workflowKey;
        const char *bodyResource; // webhook body; empty: a run started by hand with {"data": {}}
        const char *path;         // the webhook path the body would have come to
    };
    static constexpr FirstRun kRuns[] = {
        {"CommCare-patient-registration-to-Salesforce", ":/sandbox/commcare/patientRegistration_educationalMessage.json",
         "/i/commcare/patient-registration"},
        {"CommCare-patient-registration-to-Salesforce", ":/sandbox/commcare/newVisit_ReminderMessage.json",
         "/i/commcare/patient-registration"},
        {"CommCare-patient-registration-to-Salesforce", ":/demo/first-runs/registration-unknown-clinic.json",
         "/i/commcare/patient-registration"},
        {"HIS-to-Primero-Child-Shield", ":/demo/first-runs/his-sync-request.json", "/i/primero/child-shield-sync"},
        {"Daily-SMS-schedule", "", ""},
        {"Primero-to-OSCaR-referrals", "", ""},
    };
    const Result<Project> demo = demoProject();
    if (!demo)
        return demo.error();
    int queued = 0;
    for (const FirstRun &run : kRuns) {
        QSqlDatabase db = store.readConnection();
        QSqlQuery q(db);
        if (!runQuery(q,
                      QStringLiteral("SELECT w.id FROM workflows w JOIN projects p ON p.id = w.project_id "
                                     "WHERE p.name = ? AND w.key = ?"),
                      {demo.value().name, QString::fromLatin1(run.workflowKey)})
            || !q.next())
            continue; // the workflow was renamed or removed since: nothing to start
        const qint64 workflowId = q.value(0).toLongLong();
        q.finish();
        QByteArray input = QByteArrayLiteral("{\"data\":{}}");
        if (*run.bodyResource) {
            QFile f(QString::fromLatin1(run.bodyResource));
            if (!f.open(QIODevice::ReadOnly))
                return makeError(QCoreApplication::translate("sb::Demo", "The demo input %1 is missing from this build.")
                                     .arg(QString::fromLatin1(run.bodyResource)));
            // As the inbox builds it for a webhook: the body as data, plus the request.
            input = "{\"data\":" + f.readAll().trimmed() + ",\"request\":{\"method\":\"POST\",\"path\":\""
                + QByteArray(run.path) + "\",\"query\":{},\"headers\":{\"content-type\":\"application/json\"}}}";
        }
        const auto made = startManualRun(store, workflowId, input);
        if (!made)
            return made.error();
        ++queued;
    }
    return queued;
}

} // namespace sb
