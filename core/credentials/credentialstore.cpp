#include "credentials/credentialstore.h"

#include "common/async.h"

#include "common/sysinfo.h"

#include "credentials/credentialtypes.h"
#include "credentials/headlesssecrets.h"
#include "credentials/keychain.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThreadPool>
#include <QUuid>
#include <QVariant>

namespace sb::credentials {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Credentials)
};

constexpr const char *kSandbox = "sandbox";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString actor()
{
    return accountName();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QStringList parseList(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

Status audit(QSqlDatabase &db, qint64 projectId, const QString &action, const QString &objectType, const QString &key,
             QJsonObject detail)
{
    // The display name as it was, so the audit reads well after a rename or a delete.
    if (objectType == QLatin1String("credential") && !detail.contains(QStringLiteral("name"))) {
        QSqlQuery q(db);
        if (runQuery(q, QStringLiteral("SELECT name FROM credentials WHERE project_id = ? AND key = ?"), {projectId, key}) && q.next())
            detail.insert(QStringLiteral("name"), q.value(0).toString());
    }
    return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, project_id, "
                                   "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {now(), actor(), action, objectType, key, projectId, compact(detail)});
}

QString keychainRef(const QString &storeId, qint64 projectId, const QString &key, const QString &environment)
{
    return QStringLiteral("switchboard/%1/%2/%3/%4").arg(storeId).arg(projectId).arg(key, environment);
}

// Secrets read from the keychain, by reference and change time: a step does not wait on
// D-Bus when nothing changed. Process memory only.
struct SecretCache
{
    QMutex mutex;
    QHash<QString, QPair<qint64, QJsonObject>> entries;

    std::optional<QJsonObject> get(const QString &ref, qint64 changedAt)
    {
        QMutexLocker lock(&mutex);
        auto it = entries.constFind(ref);
        if (it == entries.constEnd() || it->first != changedAt)
            return std::nullopt;
        return it->second;
    }
    void put(const QString &ref, qint64 changedAt, const QJsonObject &secrets)
    {
        QMutexLocker lock(&mutex);
        entries.insert(ref, {changedAt, secrets});
    }
    void drop(const QString &ref)
    {
        QMutexLocker lock(&mutex);
        entries.remove(ref);
    }
};

SecretCache &secretCache()
{
    static SecretCache cache;
    return cache;
}

Error keychainError(const KeychainReply &reply, const QString &name, const QString &environment)
{
    if (reply.error == KeychainError::NotFound)
        return makeError(Tr::tr("The keychain has no secret for the credential “%1” in the “%2” environment any more "
                                "(it was removed outside Switchboard, or this is another user or machine). Set it again "
                                "under Credentials, or with `switchboard credentials set`.").arg(name, environment));
    return makeError(Tr::tr("The secret of the credential “%1” (%2) could not be read: %3").arg(name, environment, reply.message));
}

Result<QJsonObject> readSecrets(const QString &ref, qint64 changedAt, const QString &name, const QString &environment)
{
    if (auto cached = secretCache().get(ref, changedAt))
        return *cached;
    const KeychainReply reply = Keychain::instance().readNow(ref);
    if (!reply.ok())
        return keychainError(reply, name, environment);
    QJsonParseError e{};
    const QJsonDocument d = QJsonDocument::fromJson(reply.data, &e);
    if (!d.isObject())
        return makeError(Tr::tr("The keychain entry of the credential “%1” (%2) is not what Switchboard wrote; set the "
                                "credential again.").arg(name, environment));
    secretCache().put(ref, changedAt, d.object());
    return d.object();
}

QJsonObject merged(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

EnvironmentBody bodyFromQuery(const QSqlQuery &q, int first)
{
    EnvironmentBody b;
    b.environment = q.value(first).toString();
    b.settings = parseObject(q.value(first + 1).toString());
    b.secretFields = parseList(q.value(first + 2).toString());
    b.keychainRef = q.value(first + 3).toString();
    b.changedAt = q.value(first + 4).toLongLong();
    b.lastUsedAt = q.value(first + 5).toLongLong();
    b.lastTestedAt = q.value(first + 6).toLongLong();
    b.lastTestResult = q.value(first + 7).toString();
    b.lastTestOk = q.value(first + 8).toBool();
    return b;
}

const char *kBodyColumns = "e.environment, e.settings, e.fields, e.keychain_ref, e.changed_at, e.last_used_at, "
                           "e.last_tested_at, e.last_test_result, e.last_test_ok";

bool hasContent(const EnvironmentBody *b)
{
    return b && (!b->secretFields.isEmpty() || !b->settings.isEmpty());
}

Result<qint64> projectIdByCredential(Store &store, qint64 projectId, const QString &keyOrName, QString *key)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT project_id, key FROM credentials WHERE (key = ? OR name = ?) AND (? = 0 OR project_id = ?) "
                                    "ORDER BY (key = ?) DESC"),
                  {keyOrName, keyOrName, projectId, projectId, keyOrName}))
        return makeError(Tr::tr("The store could not be read."));
    if (!q.next())
        return makeError(Tr::tr("There is no credential “%1”.").arg(keyOrName));
    const qint64 pid = q.value(0).toLongLong();
    *key = q.value(1).toString();
    if (projectId == 0 && q.next() && q.value(0).toLongLong() != pid)
        return makeError(Tr::tr("Several projects have a credential “%1”; name the project with --project.").arg(keyOrName));
    return pid;
}

} // namespace

QString toString(SecretSource source)
{
    switch (source) {
    case SecretSource::Missing: return QStringLiteral("missing");
    case SecretSource::Keychain: return QStringLiteral("keychain");
    case SecretSource::File: return QStringLiteral("file");
    case SecretSource::EnvironmentVariable: return QStringLiteral("env");
    case SecretSource::Sandbox: return QStringLiteral("sandbox");
    }
    return QString();
}

QString describe(SecretSource source)
{
    switch (source) {
    case SecretSource::Missing: return Tr::tr("secret missing");
    case SecretSource::Keychain: return Tr::tr("in the keychain");
    case SecretSource::File: return Tr::tr("from the secrets file");
    case SecretSource::EnvironmentVariable: return Tr::tr("from an environment variable");
    case SecretSource::Sandbox: return Tr::tr("built-in sandbox login");
    }
    return QString();
}

const EnvironmentBody *CredentialRecord::body(const QString &environment) const
{
    for (const EnvironmentBody &b : bodies)
        if (b.environment == environment)
            return &b;
    return nullptr;
}

SecretSource CredentialRecord::source(const QString &environment) const
{
    if (auto headless = headlessBody(projectName, key, environment)) {
        if (!headless->ok())
            return SecretSource::Missing;
        return headless->value().origin == HeadlessOrigin::File ? SecretSource::File : SecretSource::EnvironmentVariable;
    }
    if (hasContent(body(environment)))
        return SecretSource::Keychain;
    if (environment == QLatin1String(kSandbox))
        return SecretSource::Sandbox;
    return SecretSource::Missing;
}

QStringList CredentialRecord::missingFields(const QString &environment) const
{
    const EnvironmentBody *b = body(environment);
    const CredentialType *t = credentialType(type);
    if (!hasContent(b) || !t || t->isRaw())
        return {};
    QJsonObject shape = b->settings;
    for (const QString &f : b->secretFields)
        shape.insert(f, QStringLiteral("set"));
    QStringList out;
    for (const FieldProblem &p : validate(type, shape))
        out << (p.field.isEmpty() ? p.message : p.field);
    return out;
}

QString AuditEntry::summary() const
{
    const QString env = detail.value(QStringLiteral("environment")).toString();
    const QString objectKey = detail.value(QStringLiteral("name")).toString().isEmpty()
        ? this->objectKey
        : detail.value(QStringLiteral("name")).toString();
    const QStringList fields = [this] {
        QStringList l;
        for (const QJsonValue &v : detail.value(QStringLiteral("fields")).toArray())
            l << v.toString();
        return l;
    }();
    if (action == QLatin1String("created"))
        return Tr::tr("Created “%1” (%2) for %3").arg(objectKey, detail.value(QStringLiteral("type")).toString(), env);
    if (action == QLatin1String("updated") && detail.value(QStringLiteral("newEnvironment")).toBool())
        return Tr::tr("Added a %2 secret to “%1”: %3").arg(objectKey, env, fields.join(QStringLiteral(", ")));
    if (action == QLatin1String("updated"))
        return fields.isEmpty() ? Tr::tr("Updated “%1” for %2").arg(objectKey, env)
                                : Tr::tr("Updated “%1” for %2: %3").arg(objectKey, env, fields.join(QStringLiteral(", ")));
    if (action == QLatin1String("deleted"))
        return env.isEmpty() ? Tr::tr("Deleted “%1”").arg(objectKey) : Tr::tr("Deleted the %2 secret of “%1”").arg(objectKey, env);
    if (action == QLatin1String("tested"))
        return Tr::tr("Tested “%1” on %2: %3").arg(objectKey, env, detail.value(QStringLiteral("result")).toString());
    if (action == QLatin1String("revealed"))
        return Tr::tr("Revealed the %2 secret of “%1”").arg(objectKey, env);
    if (action == QLatin1String("environment-switched"))
        return Tr::tr("Switched project “%1” from %2 to %3")
            .arg(projectName, detail.value(QStringLiteral("from")).toString(), detail.value(QStringLiteral("to")).toString());
    if (action == QLatin1String("metadata"))
        return Tr::tr("Changed the name, owner or type of “%1”").arg(objectKey);
    return action + QLatin1Char(' ') + objectKey;
}

CredentialStore::CredentialStore(Store &store) : m_store(store) {}

Result<QList<CredentialRecord>> CredentialStore::list(qint64 projectId) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    QList<CredentialRecord> out;
    QHash<qint64, int> byId;
    if (!runQuery(q, QStringLiteral("SELECT c.id, c.project_id, p.name, p.environment, c.key, c.name, c.owner, c.type, "
                                    "c.created_at, c.updated_at FROM credentials c JOIN projects p ON p.id = c.project_id "
                                    "WHERE ? = 0 OR c.project_id = ? ORDER BY p.name, c.position, c.id"),
                  {projectId, projectId}))
        return makeError(Tr::tr("The store could not be read."));
    while (q.next()) {
        CredentialRecord r;
        r.id = q.value(0).toLongLong();
        r.projectId = q.value(1).toLongLong();
        r.projectName = q.value(2).toString();
        r.projectEnvironment = q.value(3).toString();
        r.key = q.value(4).toString();
        r.name = q.value(5).toString();
        r.owner = q.value(6).toString();
        r.type = q.value(7).toString();
        r.createdAt = q.value(8).toLongLong();
        r.updatedAt = q.value(9).toLongLong();
        byId.insert(r.id, int(out.size()));
        out.append(r);
    }
    q.finish();
    if (!runQuery(q, QStringLiteral("SELECT e.credential_id, %1 FROM credential_environments e JOIN credentials c ON "
                                    "c.id = e.credential_id WHERE ? = 0 OR c.project_id = ? ORDER BY e.environment")
                         .arg(QLatin1String(kBodyColumns)),
                  {projectId, projectId}))
        return makeError(Tr::tr("The store could not be read."));
    while (q.next())
        if (auto it = byId.constFind(q.value(0).toLongLong()); it != byId.constEnd())
            out[*it].bodies.append(bodyFromQuery(q, 1));
    q.finish();
    if (!runQuery(q, QStringLiteral("SELECT w.project_id, j.credential_key, w.name, j.name FROM jobs j JOIN workflows w ON "
                                    "w.id = j.workflow_id WHERE w.deleted_at IS NULL AND j.credential_key <> '' AND "
                                    "(? = 0 OR w.project_id = ?) ORDER BY w.position, j.position"),
                  {projectId, projectId}))
        return makeError(Tr::tr("The store could not be read."));
    while (q.next())
        for (CredentialRecord &r : out)
            if (r.projectId == q.value(0).toLongLong() && r.key == q.value(1).toString())
                r.jobs << q.value(2).toString() + QStringLiteral(" › ") + q.value(3).toString();
    return out;
}

Result<CredentialRecord> CredentialStore::find(qint64 projectId, const QString &keyOrName) const
{
    QString key;
    const Result<qint64> pid = projectIdByCredential(m_store, projectId, keyOrName, &key);
    if (!pid)
        return pid.error();
    auto all = list(pid.value());
    if (!all)
        return all.error();
    for (const CredentialRecord &r : all.value())
        if (r.key == key)
            return r;
    return makeError(Tr::tr("There is no credential “%1”.").arg(keyOrName));
}

QStringList CredentialStore::environments(qint64 projectId) const
{
    QStringList out = {QStringLiteral("production"), QStringLiteral("staging"), QString::fromLatin1(kSandbox)};
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (runQuery(q, QStringLiteral("SELECT environment FROM projects WHERE ? = 0 OR id = ? UNION SELECT e.environment FROM "
                                   "credential_environments e JOIN credentials c ON c.id = e.credential_id WHERE ? = 0 OR "
                                   "c.project_id = ? ORDER BY 1"),
                 {projectId, projectId, projectId, projectId}))
        while (q.next())
            if (const QString env = q.value(0).toString(); !env.isEmpty() && !out.contains(env))
                out << env;
    return out;
}

Status CredentialStore::setBody(const BodyUpdate &u)
{
    const QString environment = u.environment.trimmed();
    if (environment.isEmpty())
        return makeError(Tr::tr("Name the environment the secret is for, such as production, staging or sandbox."));
    if (u.key.trimmed().isEmpty())
        return makeError(Tr::tr("A credential needs a key (the name jobs bind it by)."));

    // What exists now.
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT name FROM projects WHERE id = ?"), {u.projectId}) || !q.next())
        return makeError(Tr::tr("That project does not exist."));
    q.finish();
    std::optional<CredentialRecord> existing;
    if (auto all = list(u.projectId)) {
        for (const CredentialRecord &r : all.value())
            if (r.key == u.key)
                existing = r;
    } else {
        return all.error();
    }
    const QString type = !u.type.isEmpty() ? u.type : existing ? existing->type : QString();
    if (type.isEmpty())
        return makeError(Tr::tr("A new credential needs a type (%1).").arg([] {
            QStringList ids;
            for (const CredentialType &t : credentialTypes())
                ids << t.id;
            return ids.join(QStringLiteral(", "));
        }()));
    if (!credentialType(type))
        return makeError(validate(type, {}).value(0).message);
    const QString name = existing ? existing->name : (u.name.trimmed().isEmpty() ? u.key : u.name.trimmed());
    const EnvironmentBody *old = existing ? existing->body(environment) : nullptr;

    // The whole new body: the old one (secrets from the keychain) under the update.
    QJsonObject previous;
    if (old && u.merge) {
        previous = old->settings;
        if (!old->secretFields.isEmpty()) {
            const Result<QJsonObject> secrets = readSecrets(old->keychainRef, old->changedAt, name, environment);
            if (!secrets)
                return makeError(Tr::tr("“%1” was not saved, and nothing was written elsewhere: %2")
                                     .arg(name, secrets.error().message));
            previous = merged(previous, secrets.value());
        }
    }
    QJsonObject body = u.merge ? previous : QJsonObject();
    for (auto it = u.body.begin(); it != u.body.end(); ++it) {
        if (it.value().isNull() || (it.value().isString() && it.value().toString().isEmpty()))
            body.remove(it.key());
        else
            body.insert(it.key(), it.value());
    }
    const QList<FieldProblem> problems = validate(type, body);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FieldProblem &p : problems)
            lines << p.message;
        return makeError(Tr::tr("The %1 credential “%2” was not saved: %3")
                             .arg(credentialType(type)->translatedLabel(), name, lines.join(QLatin1Char(' '))));
    }
    QJsonObject settings, secrets;
    splitBody(type, body, &settings, &secrets);

    // Which fields changed (names only: the audit never holds a value).
    QJsonArray changedFields;
    {
        QStringList names = body.keys() + previous.keys();
        names.removeDuplicates();
        names.sort();
        for (const QString &n : names)
            if (body.value(n) != previous.value(n))
                changedFields.append(n);
    }

    const QString ref = keychainRef(storeIdentity(m_store), u.projectId, u.key, environment);
    // The keychain first: when it fails, nothing is written anywhere.
    if (!secrets.isEmpty()) {
        const KeychainReply reply = Keychain::instance().writeNow(ref, QJsonDocument(secrets).toJson(QJsonDocument::Compact));
        if (!reply.ok())
            return makeError(Tr::tr("The secret of “%1” was not saved, and nothing was written elsewhere: %2").arg(name, reply.message));
    } else if (old && !old->secretFields.isEmpty()) {
        const KeychainReply reply = Keychain::instance().removeNow(old->keychainRef);
        if (!reply.ok())
            return makeError(Tr::tr("The old secret of “%1” could not be removed from the keychain: %2").arg(name, reply.message));
    }
    secretCache().drop(ref);

    const qint64 t = now();
    const bool created = !existing;
    const QString owner = !u.owner.isEmpty() ? u.owner : existing ? existing->owner : actor();
    const QString secretNames = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(secrets.keys())).toJson(QJsonDocument::Compact));
    return m_store.writeAndWait([&](QSqlDatabase &wdb) -> Status {
        if (created) {
            if (Status s = exec(wdb, QStringLiteral("INSERT INTO credentials (project_id, key, name, owner, type, position, "
                                                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 "
                                                    "FROM credentials WHERE project_id = ?), ?, ?)"),
                                {u.projectId, u.key, name, owner, type, u.projectId, t, t});
                !s)
                return s;
        } else if (Status s = exec(wdb, QStringLiteral("UPDATE credentials SET type = ?, owner = ?, updated_at = ? WHERE project_id = ? AND key = ?"),
                                   {type, owner, t, u.projectId, u.key});
                   !s) {
            return s;
        }
        if (Status s = exec(wdb, QStringLiteral(
                                "INSERT INTO credential_environments (credential_id, environment, keychain_ref, fields, settings, changed_at) "
                                "VALUES ((SELECT id FROM credentials WHERE project_id = ? AND key = ?), ?, ?, ?, ?, ?) "
                                "ON CONFLICT (credential_id, environment) DO UPDATE SET keychain_ref = excluded.keychain_ref, "
                                "fields = excluded.fields, settings = excluded.settings, changed_at = excluded.changed_at"),
                            {u.projectId, u.key, environment, secrets.isEmpty() ? QString() : ref, secretNames,
                             compact(settings), t});
            !s)
            return s;
        QJsonObject detail{{QStringLiteral("environment"), environment}, {QStringLiteral("type"), type},
                           {QStringLiteral("fields"), changedFields}};
        if (old == nullptr && !created)
            detail.insert(QStringLiteral("newEnvironment"), true);
        return audit(wdb, u.projectId, created ? QStringLiteral("created") : QStringLiteral("updated"),
                     QStringLiteral("credential"), u.key, detail);
    });
}

Result<QJsonObject> CredentialStore::loadBody(qint64 projectId, const QString &keyOrName, const QString &environment, bool reveal)
{
    auto record = find(projectId, keyOrName);
    if (!record)
        return record.error();
    const CredentialRecord &r = record.value();
    QJsonObject body;
    if (auto headless = headlessBody(r.projectName, r.key, environment)) {
        if (!headless->ok())
            return headless->error();
        const EnvironmentBody *b = r.body(environment);
        body = merged(b ? b->settings : QJsonObject(), headless->value().body);
    } else if (const EnvironmentBody *b = r.body(environment); hasContent(b)) {
        body = b->settings;
        if (!b->secretFields.isEmpty()) {
            const Result<QJsonObject> secrets = readSecrets(b->keychainRef, b->changedAt, r.name, environment);
            if (!secrets)
                return secrets.error();
            body = merged(body, secrets.value());
        }
    } else {
        return makeError(Tr::tr("The credential “%1” has no secret for the “%2” environment (secret missing).").arg(r.name, environment));
    }
    if (reveal) {
        const Status s = m_store.writeAndWait([&](QSqlDatabase &db) {
            return audit(db, r.projectId, QStringLiteral("revealed"), QStringLiteral("credential"), r.key,
                         {{QStringLiteral("environment"), environment}});
        });
        if (!s)
            return s.error();
    }
    return body;
}

Status CredentialStore::remove(qint64 projectId, const QString &keyOrName)
{
    auto record = find(projectId, keyOrName);
    if (!record)
        return record.error();
    const CredentialRecord r = record.value();
    for (const EnvironmentBody &b : r.bodies) {
        if (b.keychainRef.isEmpty())
            continue;
        const KeychainReply reply = Keychain::instance().removeNow(b.keychainRef);
        if (!reply.ok())
            return makeError(Tr::tr("“%1” was not deleted: its %2 secret could not be removed from the keychain: %3")
                                 .arg(r.name, b.environment, reply.message));
        secretCache().drop(b.keychainRef);
    }
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        if (Status s = exec(db, QStringLiteral("DELETE FROM credentials WHERE id = ?"), {r.id}); !s)
            return s;
        return audit(db, r.projectId, QStringLiteral("deleted"), QStringLiteral("credential"), r.key,
                     {{QStringLiteral("type"), r.type}, {QStringLiteral("name"), r.name},
                      {QStringLiteral("jobs"), QJsonArray::fromStringList(r.jobs)}});
    });
}

Status CredentialStore::removeEnvironment(qint64 projectId, const QString &keyOrName, const QString &environment)
{
    auto record = find(projectId, keyOrName);
    if (!record)
        return record.error();
    const CredentialRecord r = record.value();
    const EnvironmentBody *b = r.body(environment);
    if (!b)
        return makeError(Tr::tr("The credential “%1” has nothing stored for the “%2” environment.").arg(r.name, environment));
    if (!b->keychainRef.isEmpty()) {
        const KeychainReply reply = Keychain::instance().removeNow(b->keychainRef);
        if (!reply.ok())
            return makeError(Tr::tr("The %2 secret of “%1” could not be removed from the keychain: %3").arg(r.name, environment, reply.message));
        secretCache().drop(b->keychainRef);
    }
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        if (Status s = exec(db, QStringLiteral("DELETE FROM credential_environments WHERE credential_id = ? AND environment = ?"),
                            {r.id, environment});
            !s)
            return s;
        return audit(db, r.projectId, QStringLiteral("deleted"), QStringLiteral("credential"), r.key,
                     {{QStringLiteral("environment"), environment}});
    });
}

Status CredentialStore::setMetadata(qint64 projectId, const QString &key, const QString &name, const QString &owner,
                                    const QString &type)
{
    if (!type.isEmpty() && !credentialType(type))
        return makeError(validate(type, {}).value(0).message);
    if (name.trimmed().isEmpty())
        return makeError(Tr::tr("A credential needs a name."));
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT name, owner, type FROM credentials WHERE project_id = ? AND key = ?"), {projectId, key})
            || !q.next())
            return makeError(Tr::tr("There is no credential “%1”.").arg(key));
        QJsonArray changed;
        if (q.value(0).toString() != name.trimmed())
            changed.append(QStringLiteral("name"));
        if (q.value(1).toString() != owner)
            changed.append(QStringLiteral("owner"));
        if (!type.isEmpty() && q.value(2).toString() != type)
            changed.append(QStringLiteral("type"));
        q.finish();
        if (changed.isEmpty())
            return Ok{};
        if (Status s = exec(db, QStringLiteral("UPDATE credentials SET name = ?, owner = ?, type = COALESCE(NULLIF(?, ''), type), "
                                               "updated_at = ? WHERE project_id = ? AND key = ?"),
                            {name.trimmed(), owner, type, now(), projectId, key});
            !s)
            return s;
        return audit(db, projectId, QStringLiteral("metadata"), QStringLiteral("credential"), key, {{QStringLiteral("fields"), changed}});
    });
}

Status CredentialStore::recordTest(qint64 projectId, const QString &key, const QString &environment, bool ok, const QString &result)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const qint64 t = now();
        if (Status s = exec(db, QStringLiteral(
                                "INSERT INTO credential_environments (credential_id, environment, keychain_ref, last_tested_at, "
                                "last_test_result, last_test_ok) VALUES ((SELECT id FROM credentials WHERE project_id = ? AND key = ?), "
                                "?, '', ?, ?, ?) ON CONFLICT (credential_id, environment) DO UPDATE SET last_tested_at = excluded.last_tested_at, "
                                "last_test_result = excluded.last_test_result, last_test_ok = excluded.last_test_ok"),
                            {projectId, key, environment, t, result, ok ? 1 : 0});
            !s)
            return s;
        return audit(db, projectId, QStringLiteral("tested"), QStringLiteral("credential"), key,
                     {{QStringLiteral("environment"), environment}, {QStringLiteral("ok"), ok}, {QStringLiteral("result"), result}});
    });
}

Status CredentialStore::switchEnvironment(qint64 projectId, const QString &environment)
{
    const QString env = environment.trimmed();
    if (env.isEmpty())
        return makeError(Tr::tr("An environment needs a name, such as production, staging or sandbox."));
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT environment, name FROM projects WHERE id = ?"), {projectId}) || !q.next())
            return makeError(Tr::tr("That project does not exist."));
        const QString from = q.value(0).toString();
        const QString projectName = q.value(1).toString();
        q.finish();
        if (from == env)
            return Ok{};
        if (Status s = exec(db, QStringLiteral("UPDATE projects SET environment = ?, updated_at = ? WHERE id = ?"), {env, now(), projectId}); !s)
            return s;
        return audit(db, projectId, QStringLiteral("environment-switched"), QStringLiteral("project"), projectName,
                     {{QStringLiteral("from"), from}, {QStringLiteral("to"), env}});
    });
}

Result<QList<AuditEntry>> CredentialStore::auditEvents(qint64 projectId, int limit) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT a.at, a.actor, a.action, a.object_type, a.object_key, COALESCE(p.name, ''), a.detail "
                                    "FROM audit_events a LEFT JOIN projects p ON p.id = a.project_id WHERE (a.object_type = "
                                    "'credential' OR a.action = 'environment-switched') AND (? = 0 OR a.project_id = ?) "
                                    "ORDER BY a.at DESC, a.id DESC LIMIT ?"),
                  {projectId, projectId, limit}))
        return makeError(Tr::tr("The store could not be read."));
    QList<AuditEntry> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), parseObject(q.value(6).toString())});
    return out;
}

void CredentialStore::runAsync(QObject *context, std::function<QVariant()> work, std::function<void(const QVariant &)> done)
{
    sb::runAsync(context, std::move(work), std::move(done));
}

QString storeIdentity(Store &store)
{
    static QMutex mutex;
    static QHash<QString, QString> known; // store path → id
    QMutexLocker lock(&mutex);
    if (auto it = known.constFind(store.path()); it != known.constEnd())
        return *it;
    auto read = [&store]() -> QString {
        QSqlDatabase db = store.readConnection();
        QSqlQuery q(db);
        if (runQuery(q, QStringLiteral("SELECT value FROM settings WHERE key = 'store.id'")) && q.next())
            return q.value(0).toString();
        return QString();
    };
    QString id = read();
    if (id.isEmpty()) {
        const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
        store.writeAndWait([&fresh](QSqlDatabase &db) {
            return exec(db, QStringLiteral("INSERT OR IGNORE INTO settings (key, value) VALUES ('store.id', ?)"), {fresh});
        });
        id = read();
    }
    if (!id.isEmpty())
        known.insert(store.path(), id);
    return id;
}

Result<QByteArray> resolveConfiguration(Store &store, qint64 projectId, const QString &key,
                                        const std::function<Result<QJsonObject>(const QString &type)> &sandboxConfiguration)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT p.name, p.environment, c.id, c.name, c.type FROM projects p LEFT JOIN credentials c "
                                    "ON c.project_id = p.id AND c.key = ? WHERE p.id = ?"),
                  {key, projectId})
        || !q.next())
        return makeError(Tr::tr("The project of this job is gone."));
    const QString projectName = q.value(0).toString();
    const QString environment = q.value(1).toString();
    const qint64 credentialId = q.value(2).toLongLong();
    const QString name = q.value(3).toString();
    const QString type = q.value(4).toString();
    q.finish();
    if (credentialId == 0)
        return makeError(Tr::tr("The job names the credential “%1”, which its project does not have.").arg(key));

    std::optional<EnvironmentBody> body;
    if (runQuery(q, QStringLiteral("SELECT %1 FROM credential_environments e WHERE e.credential_id = ? AND e.environment = ?")
                        .arg(QLatin1String(kBodyColumns)),
                 {credentialId, environment})
        && q.next())
        body = bodyFromQuery(q, 0);
    q.finish();

    auto markUsed = [&store, credentialId, environment, body]() {
        const qint64 t = now();
        if (body && t - body->lastUsedAt < 60000)
            return; // once a minute is enough for "last used"
        store.write([credentialId, environment, t](QSqlDatabase &wdb) {
            return exec(wdb, QStringLiteral("UPDATE credential_environments SET last_used_at = ? WHERE credential_id = ? AND environment = ?"),
                        {t, credentialId, environment});
        }, &store, [](const Status &) {});
    };
    auto toBytes = [](const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); };

    if (auto headless = headlessBody(projectName, key, environment)) {
        if (!headless->ok())
            return makeError(Tr::tr("The credential “%1” (%2) could not be read: %3").arg(name, environment, headless->error().message));
        markUsed();
        return toBytes(merged(body ? body->settings : QJsonObject(), headless->value().body));
    }
    if (body && hasContent(&*body)) {
        QJsonObject configuration = body->settings;
        if (!body->secretFields.isEmpty()) {
            const Result<QJsonObject> secrets = readSecrets(body->keychainRef, body->changedAt, name, environment);
            if (!secrets)
                return secrets.error();
            configuration = merged(configuration, secrets.value());
        }
        markUsed();
        return toBytes(configuration);
    }
    if (environment == QLatin1String(kSandbox) && sandboxConfiguration) {
        const Result<QJsonObject> configuration = sandboxConfiguration(type);
        if (!configuration)
            return configuration.error();
        return toBytes(configuration.value());
    }
    return makeError(Tr::tr("The credential “%1” has no secret for the “%2” environment (secret missing). Fill it in under "
                            "Credentials, or run `switchboard credentials set %3 --env %2 FIELD=VALUE…`.")
                         .arg(name, environment, key));
}

} // namespace sb::credentials
