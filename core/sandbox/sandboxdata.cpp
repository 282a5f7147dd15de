#include "sandbox/sandboxsystem.h"
#include "sandbox/systems.h"

#include <QFile>
#include <QJsonDocument>
#include <QMutexLocker>

namespace sb::sandbox {

Response Response::json(int status, const QJsonValue &value)
{
    Response r;
    r.status = status;
    if (value.isArray())
        r.body = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isObject())
        r.body = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else
        r.body = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8")});
    return r;
}

Response Response::text(int status, const QByteArray &body, const QByteArray &contentType)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers.append({QByteArrayLiteral("Content-Type"), contentType});
    return r;
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    return r;
}

QJsonObject SandboxData::get(const QString &system, const QString &collection, const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto s = m_systems.find(system);
    if (s == m_systems.end())
        return {};
    const auto c = s->second.find(collection);
    if (c == s->second.end())
        return {};
    return c->second.records.value(key);
}

bool SandboxData::contains(const QString &system, const QString &collection, const QString &key) const
{
    QMutexLocker lock(&m_mutex);
    const auto s = m_systems.find(system);
    if (s == m_systems.end())
        return false;
    const auto c = s->second.find(collection);
    return c != s->second.end() && c->second.records.contains(key);
}

void SandboxData::put(const QString &system, const QString &collection, const QString &key, const QJsonObject &record)
{
    QMutexLocker lock(&m_mutex);
    Collection &c = m_systems[system][collection];
    if (!c.records.contains(key))
        c.order.append(key);
    c.records.insert(key, record);
    ++m_revision;
}

bool SandboxData::remove(const QString &system, const QString &collection, const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto s = m_systems.find(system);
    if (s == m_systems.end())
        return false;
    const auto c = s->second.find(collection);
    if (c == s->second.end() || !c->second.records.remove(key))
        return false;
    c->second.order.removeOne(key);
    ++m_revision;
    return true;
}

QList<QPair<QString, QJsonObject>> SandboxData::all(const QString &system, const QString &collection) const
{
    QMutexLocker lock(&m_mutex);
    QList<QPair<QString, QJsonObject>> result;
    const auto s = m_systems.find(system);
    if (s == m_systems.end())
        return result;
    const auto c = s->second.find(collection);
    if (c == s->second.end())
        return result;
    result.reserve(c->second.order.size());
    for (const QString &key : c->second.order)
        result.append({key, c->second.records.value(key)});
    return result;
}

QStringList SandboxData::collections(const QString &system) const
{
    QMutexLocker lock(&m_mutex);
    QStringList names;
    const auto s = m_systems.find(system);
    if (s == m_systems.end())
        return names;
    for (const auto &[name, collection] : s->second)
        names.append(name);
    return names;
}

void SandboxData::clear(const QString &system)
{
    QMutexLocker lock(&m_mutex);
    if (m_systems.erase(system) > 0)
        ++m_revision;
}

quint64 SandboxData::revision() const
{
    QMutexLocker lock(&m_mutex);
    return m_revision;
}

QByteArray seedFile(const QString &name)
{
    QFile file(QStringLiteral(":/sandbox/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Sandbox seed file %s is missing from the resources.", qPrintable(name));
        return {};
    }
    return file.readAll();
}

} // namespace sb::sandbox
