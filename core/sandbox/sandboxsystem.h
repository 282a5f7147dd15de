#pragma once

// One emulated external system of the built-in sandbox (Salesforce, CommCare, …).
//
// The sandbox (sandbox.h) serves every system from one Qt HttpServer on 127.0.0.1, each
// under its own path prefix: http://127.0.0.1:PORT/<id>/… . A system sees the request with
// the prefix removed and answers it from its records, which live in the shared
// SandboxData (thread-safe; the Sandbox view reads snapshots of it from the GUI thread).
//
// All handle() calls of all systems run on the sandbox's own thread, one at a time, so a
// system needs no locking of its own beyond what SandboxData does.

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <map>

namespace sb::sandbox {

struct Request
{
    QByteArray method;                   // "GET", "POST", …
    QString path;                        // after the system's prefix, starts with '/', percent-decoded
    QUrlQuery query;                     // the query string as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString baseUrl;                     // http://127.0.0.1:PORT/<id> (for links such as meta.next)

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct Response
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type is set from here (default JSON when body starts with { or [)
    bool hang = false;                            // the timeout fault: never answer

    static Response json(int status, const QJsonValue &value);
    static Response text(int status, const QByteArray &body, const QByteArray &contentType);
    static Response empty(int status);
};

// Records of every system, by system id and collection ("salesforce", "Contact").
// Each record is a JSON object with a string key unique in its collection.
class SandboxData
{
public:
    QJsonObject get(const QString &system, const QString &collection, const QString &key) const;
    bool contains(const QString &system, const QString &collection, const QString &key) const;
    void put(const QString &system, const QString &collection, const QString &key, const QJsonObject &record);
    bool remove(const QString &system, const QString &collection, const QString &key);
    // In insertion order (a put of an existing key keeps its place).
    QList<QPair<QString, QJsonObject>> all(const QString &system, const QString &collection) const;
    QStringList collections(const QString &system) const;
    void clear(const QString &system);
    quint64 revision() const; // grows with every change (the view polls it)

private:
    struct Collection
    {
        QStringList order;
        QHash<QString, QJsonObject> records;
    };
    mutable QMutex m_mutex;
    std::map<QString, std::map<QString, Collection>> m_systems;
    quint64 m_revision = 0;
};

class System
{
public:
    explicit System(SandboxData &data) : m_data(data) {}
    virtual ~System() = default;
    System(const System &) = delete;
    System &operator=(const System &) = delete;

    virtual QString id() const = 0;       // "salesforce": the path prefix and the JSON key of `switchboard sandbox --json`
    virtual QString title() const = 0;    // "Salesforce" (translated by the caller's tr() where shown)
    // What `run-job --config` needs for this system's adaptor, given the system's base URL.
    virtual QJsonObject configuration(const QString &baseUrl) const = 0;
    // The login the sandbox accepts, in words ("user admin@sandbox, password …").
    virtual QString loginHint() const = 0;
    // Seeds the records a fresh sandbox starts with (fixtures); called by the sandbox.
    virtual void seed() {}
    virtual Response handle(const Request &request) = 0;

protected:
    SandboxData &data() const { return m_data; }

private:
    SandboxData &m_data;
};

} // namespace sb::sandbox
