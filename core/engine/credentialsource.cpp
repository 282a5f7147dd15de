#include "engine/credentialsource.h"

#include "credentials/credentialstore.h"
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
    // The sandbox environment with nothing stored: the running sandbox's own login.
    auto sandboxConfiguration = [sandbox, inboxUrl](const QString &type) -> Result<QJsonObject> {
        if (!sandbox || !sandbox->isRunning())
            return makeError(Tr::tr("The project is in the sandbox environment, but the built-in sandbox is not running. "
                                    "Start it from the Sandbox view, or run `switchboard sandbox`."));
        QJsonObject configuration = sandbox->configuration(type);
        if (configuration.isEmpty())
            return makeError(Tr::tr("A credential of type “%1” has no login in the sandbox; give it the type of the system "
                                    "it logs in to (salesforce, commcare, infobip, primero, oscar, his, rapidpro, cht, "
                                    "openmrs or dhis2), or store a secret for the sandbox environment.").arg(type));
        if (type == QLatin1String("commcare") && inboxUrl) {
            if (const QString inbox = inboxUrl(); !inbox.isEmpty())
                configuration.insert(QStringLiteral("inboxUrl"), inbox);
        }
        return configuration;
    };
    return [&store, sandboxConfiguration](qint64 projectId, const QString &key) -> Result<QByteArray> {
        return credentials::resolveConfiguration(store, projectId, key, sandboxConfiguration);
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
    return credentials::CredentialStore(store).switchEnvironment(projectId, environment);
}

} // namespace sb
