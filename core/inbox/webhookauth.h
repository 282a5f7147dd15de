#pragma once

// Auth methods of webhook triggers: HTTP basic and API-key header, several per trigger.
// The secret is generated (or typed, for basic), returned once, and stored only as a
// salted SHA-256; requests are checked by comparing digests in constant time.
// A trigger with no method is open, as on OpenFn.

#include "common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace sb {

class Store;

struct WebhookAuthMethod
{
    qint64 id = 0;
    qint64 triggerId = 0;
    QString kind;       // "basic" | "api_key"
    QString name;       // what the administrator calls it ("CommCare forwarder")
    QString username;   // basic
    QString headerName; // api_key, lower case ("x-api-key")
    QString secretHash; // "sha256:<salt hex>:<digest hex>"
    qint64 createdAt = 0;
    qint64 rotatedAt = 0;
};

// The secret, shown once to the person who made or rotated it.
struct WebhookSecret
{
    qint64 methodId = 0;
    QString secret;
};

Result<QList<WebhookAuthMethod>> listWebhookAuthMethods(Store &store, qint64 triggerId);
// `password` empty = generate one.
Result<WebhookSecret> addBasicAuth(Store &store, qint64 triggerId, const QString &name, const QString &username,
                                   const QString &password = {});
// `headerName` empty = "x-api-key".
Result<WebhookSecret> addApiKeyAuth(Store &store, qint64 triggerId, const QString &name,
                                    const QString &headerName = {});
// A new secret; the old one stops working at once.
Result<WebhookSecret> rotateWebhookAuth(Store &store, qint64 methodId, const QString &newPassword = {});
Status removeWebhookAuth(Store &store, qint64 methodId);

// Helpers, public for the inbox and tests.
QString hashWebhookSecret(const QByteArray &secret);
bool verifyWebhookSecret(const QString &stored, const QByteArray &presented);
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
QString generateWebhookSecret(); // 32 random bytes, base64url

} // namespace sb
