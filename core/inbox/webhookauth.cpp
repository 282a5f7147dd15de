#include "webhookauth.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Inbox)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + (n / 4) * 4));
    return bytes;
}

QByteArray digest(const QByteArray &salt, const QByteArray &secret)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(salt);
    h.addData(secret);
    return h.result();
}

Status audit(QSqlDatabase &db, qint64 triggerId, const QString &action, const QString &detail)
{
    return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, project_id, "
                                   "detail) SELECT ?, ?, ?, 'trigger', t.key, w.project_id, ? FROM triggers t "
                                   "JOIN workflows w ON w.id = t.workflow_id WHERE t.id = ?"),
                {now(), qEnvironmentVariable("USER"), action, detail, triggerId});
}

Status checkTrigger(QSqlDatabase &db, qint64 triggerId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT type FROM triggers WHERE id = ?"));
    q.addBindValue(triggerId);
    if (!q.exec() || !q.next())
        return makeError(Tr::tr("Trigger %1 does not exist.").arg(triggerId));
    if (q.value(0).toString() != QLatin1String("webhook"))
        return makeError(Tr::tr("Only webhook triggers have auth methods."));
    return Ok{};
}

// The audit detail of a method: its kind and name, plus what identifies it.
QString auditDetail(const QString &kind, const QString &name, const char *extraKey = nullptr, const QString &extra = {})
{
    QJsonObject detail{{QStringLiteral("kind"), kind}, {QStringLiteral("name"), name}};
    if (extraKey)
        detail.insert(QLatin1String(extraKey), extra);
    return QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
}

// Inserts a method (the trigger checked first) with its audit event; the new id.
Result<qint64> insertMethod(Store &store, qint64 triggerId, const QString &kind, const QString &label,
                            const QString &username, const QString &header, const QString &hash)
{
    qint64 id = 0;
    const Status s = store.writeAndWait([&](QSqlDatabase &db) -> Status {
        if (Status t = checkTrigger(db, triggerId); !t)
            return t;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO trigger_auth_methods (trigger_id, kind, name, header_name, keychain_ref, "
                                 "created_at, username, secret_hash) VALUES (?, ?, ?, ?, '', ?, ?, ?)"));
        for (const QVariant &v : QVariantList{triggerId, kind, label, header, now(), username, hash})
            bindValue(q, v); // an empty username or header is '' (NOT NULL)
        if (!q.exec())
            return makeError(q.lastError().text());
        id = q.lastInsertId().toLongLong();
        return audit(db, triggerId, QStringLiteral("webhook_auth_added"),
                     kind == QLatin1String("basic") ? auditDetail(kind, label, "username", username)
                                                    : auditDetail(kind, label, "header", header));
    });
    if (!s)
        return s.error();
    return id;
}

// Applies `change` to an existing method and records `action` with the method's kind and name.
Status changeMethod(Store &store, qint64 methodId, const QString &action,
                    const std::function<Status(QSqlDatabase &)> &change)
{
    return store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT trigger_id, kind, name FROM trigger_auth_methods WHERE id = ?"));
        q.addBindValue(methodId);
        if (!q.exec() || !q.next())
            return makeError(Tr::tr("That auth method no longer exists."));
        const qint64 triggerId = q.value(0).toLongLong();
        const QString detail = auditDetail(q.value(1).toString(), q.value(2).toString());
        q.finish();
        if (Status c = change(db); !c)
            return c;
        return audit(db, triggerId, action, detail);
    });
}


} // namespace

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    // Length is not secret (digests have a fixed size); the contents are compared fully.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i]);
    return diff == 0;
}

QString generateWebhookSecret()
{
    return QString::fromLatin1(randomBytes(32).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashWebhookSecret(const QByteArray &secret)
{
    const QByteArray salt = randomBytes(16);
    return QStringLiteral("sha256:%1:%2")
        .arg(QString::fromLatin1(salt.toHex()), QString::fromLatin1(digest(salt, secret).toHex()));
}

bool verifyWebhookSecret(const QString &stored, const QByteArray &presented)
{
    const QStringList parts = stored.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QLatin1String("sha256"))
        return false;
    const QByteArray salt = QByteArray::fromHex(parts[1].toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts[2].toLatin1());
    return constantTimeEquals(digest(salt, presented), expected);
}

Result<QList<WebhookAuthMethod>> listWebhookAuthMethods(Store &store, qint64 triggerId)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, trigger_id, kind, name, username, header_name, secret_hash, created_at, "
                             "COALESCE(rotated_at, 0) FROM trigger_auth_methods WHERE trigger_id = ? ORDER BY id"));
    q.addBindValue(triggerId);
    if (!q.exec())
        return makeError(q.lastError().text());
    QList<WebhookAuthMethod> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    q.value(8).toLongLong()});
    return out;
}

Result<WebhookSecret> addBasicAuth(Store &store, qint64 triggerId, const QString &name, const QString &username,
                                   const QString &password)
{
    const QString user = username.trimmed();
    if (user.isEmpty() || user.contains(QLatin1Char(':')))
        return makeError(Tr::tr("A basic-auth user name is required and cannot contain \":\"."));
    if (!password.isEmpty() && password.size() < 12)
        return makeError(Tr::tr("Choose a password of at least 12 characters, or leave it empty to generate one."));
    WebhookSecret made;
    made.secret = password.isEmpty() ? generateWebhookSecret() : password;
    const QString hash = hashWebhookSecret(made.secret.toUtf8());
    const QString label = name.trimmed().isEmpty() ? Tr::tr("Basic auth (%1)").arg(user) : name.trimmed();
    const Result<qint64> id = insertMethod(store, triggerId, QStringLiteral("basic"), label, user, QString(), hash);
    if (!id)
        return id.error();
    made.methodId = id.value();
    return made;
}

Result<WebhookSecret> addApiKeyAuth(Store &store, qint64 triggerId, const QString &name, const QString &headerName)
{
    const QString header = headerName.trimmed().isEmpty() ? QStringLiteral("x-api-key") : headerName.trimmed().toLower();
    static const QRegularExpression token(QStringLiteral("^[a-z0-9!#$%&'*+.^_`|~-]+$"));
    if (!token.match(header).hasMatch())
        return makeError(Tr::tr("\"%1\" is not a valid HTTP header name.").arg(header));
    if (header == QLatin1String("authorization") || header == QLatin1String("content-type")
        || header == QLatin1String("content-length") || header == QLatin1String("host"))
        return makeError(Tr::tr("The API key cannot travel in the %1 header; use a header of its own such as x-api-key.")
                             .arg(header));
    WebhookSecret made;
    made.secret = generateWebhookSecret();
    const QString hash = hashWebhookSecret(made.secret.toUtf8());
    const QString label = name.trimmed().isEmpty() ? Tr::tr("API key (%1)").arg(header) : name.trimmed();
    const Result<qint64> id = insertMethod(store, triggerId, QStringLiteral("api_key"), label, QString(), header, hash);
    if (!id)
        return id.error();
    made.methodId = id.value();
    return made;
}

Result<WebhookSecret> rotateWebhookAuth(Store &store, qint64 methodId, const QString &newPassword)
{
    if (!newPassword.isEmpty() && newPassword.size() < 12)
        return makeError(Tr::tr("Choose a password of at least 12 characters, or leave it empty to generate one."));
    WebhookSecret made;
    made.methodId = methodId;
    made.secret = newPassword.isEmpty() ? generateWebhookSecret() : newPassword;
    const QString hash = hashWebhookSecret(made.secret.toUtf8());
    const Status s = changeMethod(store, methodId, QStringLiteral("webhook_auth_rotated"), [&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE trigger_auth_methods SET secret_hash = ?, rotated_at = ? WHERE id = ?"),
                    {hash, now(), methodId});
    });
    if (!s)
        return s.error();
    return made;
}

Status removeWebhookAuth(Store &store, qint64 methodId)
{
    return changeMethod(store, methodId, QStringLiteral("webhook_auth_removed"), [&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("DELETE FROM trigger_auth_methods WHERE id = ?"), {methodId});
    });
}

} // namespace sb
