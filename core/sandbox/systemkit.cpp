#include "sandbox/systemkit.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

namespace sb::sandbox::kit {

Query::Query(const QUrlQuery &query)
{
    const QString encoded = query.query(QUrl::FullyEncoded);
    for (const QString &part : encoded.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        QString key = eq < 0 ? part : part.left(eq);
        QString value = eq < 0 ? QString() : part.mid(eq + 1);
        key.replace(QLatin1Char('+'), QLatin1Char(' '));
        value.replace(QLatin1Char('+'), QLatin1Char(' '));
        m_items.append({QUrl::fromPercentEncoding(key.toUtf8()), QUrl::fromPercentEncoding(value.toUtf8())});
    }
}

bool Query::has(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return true;
    }
    return false;
}

QString Query::value(const QString &key) const
{
    for (const auto &item : m_items) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

QStringList Query::values(const QString &key) const
{
    QStringList out;
    for (const auto &item : m_items) {
        if (item.first == key)
            out.append(item.second);
    }
    return out;
}

std::optional<int> Query::integer(const QString &key, int fallback) const
{
    if (!has(key))
        return fallback;
    bool ok = false;
    const int n = value(key).trimmed().toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

std::optional<QJsonValue> jsonValue(const QByteArray &body)
{
    QJsonParseError error;
    // QJsonDocument refuses bare scalars; wrap to accept any JSON value.
    const QJsonDocument doc = QJsonDocument::fromJson("[" + body + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().first();
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool basicCredentials(const Request &request, QString *user, QString *password)
{
    const QString token = authorizationToken(request, "Basic");
    if (token.isEmpty())
        return false;
    const QByteArray decoded = QByteArray::fromBase64(token.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const int colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    *user = QString::fromUtf8(decoded.left(colon));
    *password = QString::fromUtf8(decoded.mid(colon + 1));
    return true;
}

QString authorizationToken(const Request &request, const QByteArray &scheme)
{
    const QByteArray value = request.header("authorization").trimmed();
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme.toLower() || value.at(scheme.size()) != ' ')
        return {};
    return QString::fromUtf8(value.mid(scheme.size() + 1).trimmed());
}

QStringList segments(const QString &path)
{
    return path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomString(int length, const char *alphabet)
{
    const QByteArray chars(alphabet);
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(chars.at(QRandomGenerator::global()->bounded(chars.size()))));
    return out;
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QString nowIso()
{
    return isoUtc(QDateTime::currentDateTimeUtc());
}

QDateTime parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), QTimeZone::utc());
    return at.toUTC();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

} // namespace sb::sandbox::kit
