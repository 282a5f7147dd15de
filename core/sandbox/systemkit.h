#pragma once

// Small helpers the emulated systems share (primero, oscar, his, rapidpro, cht, openmrs,
// dhis2): request parsing, auth headers, ids and timestamps.

#include "sandbox/sandboxsystem.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace sb::sandbox::kit {

// The query string decoded the way web frameworks do ('+' is a space, %XX decoded), in
// the order sent.
class Query final
{
public:
    explicit Query(const QUrlQuery &query);
    bool has(const QString &key) const;
    QString value(const QString &key) const; // the first value, empty when absent
    QStringList values(const QString &key) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    // A positive integer parameter; `fallback` when absent; nullopt when not a number.
    std::optional<int> integer(const QString &key, int fallback) const;

private:
    QList<QPair<QString, QString>> m_items;
};

// The body as a JSON object; nullopt when it is not one.
std::optional<QJsonObject> jsonObject(const QByteArray &body);
// The body as any JSON value; nullopt when it does not parse.
std::optional<QJsonValue> jsonValue(const QByteArray &body);

// "user:password" of an HTTP Basic header; false when there is none or it is malformed.
bool basicCredentials(const Request &request, QString *user, QString *password);
// The token after "<scheme> " in Authorization (scheme compared case-insensitively).
QString authorizationToken(const Request &request, const QByteArray &scheme);

QStringList segments(const QString &path); // "/a/b/" → {"a", "b"}

QString newUuid();                        // lower-case, no braces
QString randomString(int length, const char *alphabet);
QString nowIso();                         // 2024-05-01T10:00:00.000Z
QString isoUtc(const QDateTime &at);
// ISO date or date-time (with or without ms, offset or Z), or "yyyy-MM-dd HH:mm:ss"; UTC.
// Invalid when it is none of those.
QDateTime parseDateTime(const QString &text);

// A JSON value in the form filters compare ("true", "12", "abc").
QString scalarText(const QJsonValue &value);

} // namespace sb::sandbox::kit
