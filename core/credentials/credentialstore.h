#pragma once

// Credentials: metadata in the store, secrets in the keychain.
//
// A credential belongs to a project, is bound by jobs through its key, and has one body per
// environment. A body's non-secret fields (addresses, user names, switches) are kept in
// `credential_environments.settings`; its secret fields only in the OS keychain under
// `keychain_ref` ("switchboard/<store id>/<project id>/<credential key>/<environment>"), or,
// on a headless server, in the secrets file or environment variables (headlesssecrets.h).
// Nothing secret ever reaches the database, a log line, a dataclip or an export.
//
// Every change writes an audit event: created, updated, deleted, tested, revealed,
// environment switched.

#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace sb {
class Store;
}

namespace sb::credentials {

// Where the secret of one body comes from.
enum class SecretSource {
    Missing,             // nothing: runs that need it fail with "secret missing"
    Keychain,            // the OS keychain
    File,                // the headless secrets file
    EnvironmentVariable, // SWITCHBOARD_CREDENTIAL__<KEY>__<ENV>
    Sandbox,             // the built-in sandbox's own login (sandbox environment, nothing stored)
};
QString toString(SecretSource source); // "missing", "keychain", "file", "env", "sandbox"
QString describe(SecretSource source); // translated, for the console

struct EnvironmentBody
{
    QString environment;
    QJsonObject settings;     // non-secret fields, as stored
    QStringList secretFields; // names of the fields kept in the keychain
    QString keychainRef;
    qint64 changedAt = 0;
    qint64 lastUsedAt = 0;
    qint64 lastTestedAt = 0;
    QString lastTestResult; // the sentence of the last "Test connection"
    bool lastTestOk = false;
};

struct CredentialRecord
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString projectName;
    QString projectEnvironment; // the project's active environment
    QString key;
    QString name;
    QString owner;
    QString type;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    QStringList jobs; // "Workflow › Job" for every job that binds it
    QList<EnvironmentBody> bodies;

    const EnvironmentBody *body(const QString &environment) const;
    // Where the body for `environment` would come from now (headless sources first).
    SecretSource source(const QString &environment) const;
    // Required fields missing from the stored body of `environment` (names); empty when
    // complete or when the body comes from a headless source or the sandbox.
    QStringList missingFields(const QString &environment) const;
};

struct AuditEntry
{
    qint64 at = 0;
    QString actor;
    QString action;      // created, updated, deleted, tested, revealed, environment-switched
    QString objectType;  // credential | project
    QString objectKey;
    QString projectName;
    QJsonObject detail;  // never a secret: field names, environment, test result
    QString summary() const; // one translated line
};

// What `setBody` writes.
struct BodyUpdate
{
    qint64 projectId = 0;
    QString key;         // the credential's key; a new credential when the project lacks it
    QString name;        // new credentials: display name (defaults to the key)
    QString type;        // empty: keep the credential's type (new credentials: required)
    QString owner;       // empty: keep (new: the current user)
    QString environment;
    QJsonObject body;    // the fields to set
    bool merge = true;   // true: fields not named keep their value; false: replace the body
};

class CredentialStore
{
public:
    explicit CredentialStore(Store &store);

    // Every credential of `projectId` (0: of every project), by project then position.
    Result<QList<CredentialRecord>> list(qint64 projectId = 0) const;
    // By key or display name; when projectId is 0 the name must be unique across projects.
    Result<CredentialRecord> find(qint64 projectId, const QString &keyOrName) const;

    // production, staging, sandbox, then every other environment a body or the project uses.
    QStringList environments(qint64 projectId) const;

    // Validates, writes the secret fields to the keychain (blocking; the keychain's own
    // thread does the work), then the metadata and an audit event in one transaction.
    // When the keychain fails, nothing is written.
    Status setBody(const BodyUpdate &update);
    // The whole body (settings + secrets) of one environment, from wherever it comes
    // (headless sources, keychain, sandbox). `reveal` audits the read as "revealed".
    Result<QJsonObject> loadBody(qint64 projectId, const QString &key, const QString &environment, bool reveal = false);
    // Removes a credential: every body from the keychain, then the metadata. Jobs keep the
    // binding (and fail with "not defined" until a credential with that key exists again).
    Status remove(qint64 projectId, const QString &key);
    // Removes one environment's body only.
    Status removeEnvironment(qint64 projectId, const QString &key, const QString &environment);
    // Renames / changes owner or type (metadata only).
    Status setMetadata(qint64 projectId, const QString &key, const QString &name, const QString &owner,
                       const QString &type);

    // Records a "Test connection" result on the body and in the audit.
    Status recordTest(qint64 projectId, const QString &key, const QString &environment, bool ok,
                      const QString &result);
    // Sets the project's active environment (every job's secrets switch at once) and audits it.
    Status switchEnvironment(qint64 projectId, const QString &environment);

    // The newest credential-related audit events of a project (0: all projects).
    Result<QList<AuditEntry>> auditEvents(qint64 projectId, int limit = 200) const;

    // Asynchronous forms for the console: `work` runs on a pool thread, `done` on the
    // context's thread, dropped when the context is gone.
    static void runAsync(QObject *context, std::function<QVariant()> work, std::function<void(const QVariant &)> done);

private:
    Store &m_store;
};

// The configuration a step gets for (project, credential key) in the project's active
// environment, as compact JSON; fails with a sentence saying what to do (secret missing,
// keychain locked, …). `sandboxConfiguration` gives the built-in sandbox's login for a
// type (empty when the sandbox is not running or does not emulate it). Marks the body used.
Result<QByteArray> resolveConfiguration(Store &store, qint64 projectId, const QString &key,
                                        const std::function<Result<QJsonObject>(const QString &type)> &sandboxConfiguration);

// The store's identity in keychain references (created on first use, kept in `settings`).
QString storeIdentity(Store &store);

} // namespace sb::credentials
