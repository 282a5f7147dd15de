#include "engine/credentialsource.h"

#include "sandbox/sandbox.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::CredentialSource)
};

} // namespace

std::function<Result<QByteArray>(qint64, const QString &)> credentialSource(Store &store, sandbox::Sandbox *sandbox,
                                                                          std::function<QString()> inboxUrl)
{
    return [&store, sandbox, inboxUrl](qint64 projectId, const QString &key) -> Result<QByteArray> {
        QSqlDatabase db = store.readConnection();
        QSqlQuery q(db);
        if (!runQuery(q,
                      QStringLiteral("SELECT p.environment, c.name, c.type FROM projects p "
                                     "LEFT JOIN credentials c ON c.project_id = p.id AND c.key = ? WHERE p.id = ?"),
                      {key, projectId})
            || !q.next())
            return makeError(Tr::tr("The project of this job is gone."));
        const QString environment = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString type = q.value(2).toString();
        q.finish();
        if (name.isEmpty())
            return makeError(Tr::tr("The job names the credential “%1”, which its project does not have.").arg(key));
        if (environment != QLatin1String(kSandboxEnvironment))
            return makeError(Tr::tr("The credential “%1” has no secret for the “%2” environment: this version of "
                                    "Switchboard keeps secrets only for the built-in sandbox. Switch the project to the "
                                    "sandbox environment in Project → Settings to run it against the emulated systems.")
                                 .arg(name, environment));
        if (!sandbox || !sandbox->isRunning())
            return makeError(Tr::tr("The credential “%1” points at the built-in sandbox, which is not running. Start it "
                                    "from the Sandbox view, or run `switchboard sandbox`.").arg(name));
        QJsonObject configuration = sandbox->configuration(type);
        if (type == QLatin1String("commcare") && inboxUrl) {
            if (const QString inbox = inboxUrl(); !inbox.isEmpty())
                configuration.insert(QStringLiteral("inboxUrl"), inbox);
        }
        if (configuration.isEmpty())
            return makeError(Tr::tr("The credential “%1” is of type “%2”, which the sandbox does not emulate; give it "
                                    "the type of the system it logs in to (salesforce, commcare, infobip, primero, oscar, "
                                    "his, rapidpro, cht, openmrs or dhis2).").arg(name, type));
        return QJsonDocument(configuration).toJson(QJsonDocument::Compact);
    };
}

bool anyProjectInSandbox(Store &store)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    return runQuery(q, QStringLiteral("SELECT 1 FROM projects WHERE environment = ? LIMIT 1"),
                    {QString::fromLatin1(kSandboxEnvironment)})
        && q.next();
}

Status startLocalSandbox(sandbox::Sandbox &sandbox)
{
    if (sandbox.isRunning())
        return Ok{};
    if (sandbox.start(QStringLiteral("127.0.0.1"), 4100))
        return Ok{};
    return sandbox.start(QStringLiteral("127.0.0.1"), 0);
}

Status setProjectEnvironment(Store &store, qint64 projectId, const QString &environment)
{
    const QString env = environment.trimmed();
    if (env.isEmpty())
        return makeError(Tr::tr("An environment needs a name, such as production, staging or sandbox."));
    return store.writeAndWait([projectId, env](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE projects SET environment = ?, updated_at = ? WHERE id = ?"),
                    {env, QDateTime::currentMSecsSinceEpoch(), projectId});
    });
}

} // namespace sb
