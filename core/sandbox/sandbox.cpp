#include "sandbox/sandbox.h"

#include "sandbox/sandboxsystem.h"
#include "sandbox/systems.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>
#include <QWaitCondition>

#include <algorithm>
#include <optional>
#include <vector>

namespace sb::sandbox {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Sandbox)
};

constexpr int kMaxRecorded = 1000;
constexpr qsizetype kMaxBodyBytes = 20 * 1024 * 1024;

using Factory = std::unique_ptr<System> (*)(SandboxData &);

// The stable order of systems() and of `switchboard sandbox`.
const Factory kFactories[] = {makeSalesforce, makeCommCare, makeInfobip, makePrimero, makeOscar,
                              makeHis,        makeRapidPro, makeCht,     makeOpenMrs, makeDhis2};

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Connect: return QByteArrayLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace: return QByteArrayLiteral("TRACE");
    default: return QByteArrayLiteral("UNKNOWN");
    }
}

// What a rate-limited or failing call looks like on each system: the shape its clients
// parse (CommCare sends no body with a 429, Salesforce an error array, Infobip its
// requestError envelope).
Response faultResponse(const QString &id, FaultKind kind)
{
    const bool limit = kind == FaultKind::TooManyRequests;
    const int status = limit ? 429 : 500;
    const QString message = limit ? Tr::tr("Too many requests (sandbox fault knob).")
                                  : Tr::tr("Internal server error (sandbox fault knob).");
    Response r;
    if (id == QLatin1String("commcare")) {
        r = limit ? Response::empty(status) : Response::json(status, QJsonObject{{QStringLiteral("error"), message}});
    } else if (id == QLatin1String("salesforce")) {
        r = Response::json(status, QJsonArray{QJsonObject{
                                       {QStringLiteral("message"), message},
                                       {QStringLiteral("errorCode"),
                                        limit ? QStringLiteral("REQUEST_LIMIT_EXCEEDED") : QStringLiteral("UNKNOWN_EXCEPTION")}}});
    } else if (id == QLatin1String("infobip")) {
        r = Response::json(status, QJsonObject{{QStringLiteral("requestError"),
                                                QJsonObject{{QStringLiteral("serviceException"),
                                                             QJsonObject{{QStringLiteral("messageId"),
                                                                          limit ? QStringLiteral("TOO_MANY_REQUESTS")
                                                                                : QStringLiteral("GENERAL_ERROR")},
                                                                         {QStringLiteral("text"), message}}}}}});
    } else {
        r = Response::json(status, QJsonObject{{QStringLiteral("error"), message}});
    }
    if (limit)
        r.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    return r;
}

QString urlHost(const QString &host)
{
    if (host == QLatin1String("0.0.0.0") || host.isEmpty())
        return QStringLiteral("127.0.0.1");
    if (host == QLatin1String("::"))
        return QStringLiteral("[::1]");
    if (host.contains(QLatin1Char(':')))
        return QLatin1Char('[') + host + QLatin1Char(']');
    return host;
}

} // namespace

namespace {

struct SandboxState
{
    Sandbox *q = nullptr;
    SandboxData data;
    std::vector<std::unique_ptr<System>> systems; // in kFactories order, without missing ones

    // handle() and reset() never overlap.
    QMutex systemsMutex;

    mutable QMutex mutex; // everything below
    QHash<QString, Fault> faults;
    QList<RecordedRequest> requests;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    bool running = false;

    std::unique_ptr<QThread> thread;

    System *system(const QString &id) const
    {
        for (const auto &s : systems) {
            if (s->id() == id)
                return s.get();
        }
        return nullptr;
    }

    QString baseUrl() const
    {
        QMutexLocker lock(&mutex);
        return QStringLiteral("http://%1:%2").arg(urlHost(host)).arg(port);
    }

    void seed()
    {
        QMutexLocker lock(&systemsMutex);
        for (const auto &s : systems) {
            data.clear(s->id());
            s->seed();
        }
    }

    // Takes one faulted call from the system's knob, if it is on.
    FaultKind takeFault(const QString &id)
    {
        QMutexLocker lock(&mutex);
        auto it = faults.find(id);
        if (it == faults.end() || it->kind == FaultKind::None || it->remaining <= 0)
            return FaultKind::None;
        const FaultKind kind = it->kind;
        if (--it->remaining <= 0)
            faults.erase(it);
        return kind;
    }

    void record(RecordedRequest request)
    {
        QMutexLocker lock(&mutex);
        requests.append(std::move(request));
        while (requests.size() > kMaxRecorded)
            requests.removeFirst();
    }
};

// Lives on the sandbox thread; routes each request to its system.
class SandboxServer final : public QAbstractHttpServer
{
public:
    explicit SandboxServer(SandboxState &impl) : m_impl(impl) {}

    ~SandboxServer() override { m_hanging.clear(); }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        answer(request, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override { answer(request, socket); }

private:
    struct Hanging
    {
        QPointer<QTcpSocket> socket;
        std::unique_ptr<QHttpServerResponder> responder;
    };

    void answer(const QHttpServerRequest &request, QTcpSocket *socket)
    {
        // Route on the encoded path so an encoded '/' inside a segment stays inside it.
        const QString encoded = request.url().path(QUrl::FullyEncoded);
        const int slash = encoded.indexOf(QLatin1Char('/'), 1);
        QString prefix = QUrl::fromPercentEncoding(encoded.mid(1, slash < 0 ? -1 : slash - 1).toUtf8());
        const QString rest = slash < 0 ? QStringLiteral("/") : encoded.mid(slash);
        // jsforce-style clients keep only scheme and host of Salesforce's serverUrl, so
        // /services/… is Salesforce too.
        bool alias = false;
        if (prefix == QLatin1String("services") && m_impl.system(QStringLiteral("salesforce"))) {
            prefix = QStringLiteral("salesforce");
            alias = true;
        }

        RecordedRequest recorded;
        recorded.at = QDateTime::currentDateTimeUtc();
        recorded.system = prefix;
        recorded.method = methodName(request.method());
        recorded.path = alias ? QUrl::fromPercentEncoding(encoded.toUtf8()) : QUrl::fromPercentEncoding(rest.toUtf8());
        recorded.query = request.url().query(QUrl::FullyEncoded);
        recorded.headers = request.headers();
        recorded.body = request.body();

        Response response;
        System *system = m_impl.system(prefix);
        if (!system) {
            QStringList ids;
            for (const auto &s : m_impl.systems)
                ids << s->id();
            response = Response::json(404, QJsonObject{{QStringLiteral("error"),
                                                        Tr::tr("No emulated system at /%1; systems: %2")
                                                            .arg(prefix, ids.join(QStringLiteral(", ")))}});
        } else if (recorded.body.size() > kMaxBodyBytes) {
            response = Response::json(413, QJsonObject{{QStringLiteral("error"),
                                                        Tr::tr("The body (%1 bytes) is larger than the sandbox's limit "
                                                               "of %2 bytes.")
                                                            .arg(recorded.body.size())
                                                            .arg(kMaxBodyBytes)}});
        } else if (const FaultKind fault = m_impl.takeFault(prefix); fault != FaultKind::None) {
            if (fault == FaultKind::Timeout)
                response.hang = true;
            else
                response = faultResponse(prefix, fault);
        } else {
            Request r;
            r.method = recorded.method;
            r.path = alias ? QUrl::fromPercentEncoding(encoded.toUtf8()) : QUrl::fromPercentEncoding(rest.toUtf8());
            r.query = QUrlQuery(recorded.query);
            for (const auto &[name, value] : recorded.headers)
                r.headers.insert(name.toLower(), value);
            r.body = recorded.body;
            r.baseUrl = m_impl.baseUrl() + QLatin1Char('/') + prefix;
            QMutexLocker lock(&m_impl.systemsMutex);
            response = system->handle(r);
        }

        QHttpServerResponder responder = makeResponder(request, socket);
        if (response.hang) {
            recorded.status = 0;
            hold(socket, std::move(responder));
        } else {
            recorded.status = response.status;
            send(responder, response);
        }
        const QString id = recorded.system;
        const int status = recorded.status;
        m_impl.record(std::move(recorded));
        Sandbox *q = m_impl.q;
        QMetaObject::invokeMethod(q, [q, id, status] { Q_EMIT q->requestHandled(id, status); }, Qt::QueuedConnection);
    }

    static void send(QHttpServerResponder &responder, const Response &response)
    {
        responder.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
        bool hasType = false;
        for (const auto &[name, value] : response.headers) {
            hasType = hasType || name.compare("content-type", Qt::CaseInsensitive) == 0;
            responder.writeHeader(name, value);
        }
        if (!hasType && !response.body.isEmpty()) {
            const char first = response.body.trimmed().isEmpty() ? ' ' : response.body.trimmed().at(0);
            responder.writeHeader("Content-Type", first == '{' || first == '[' ? QByteArrayLiteral("application/json")
                                                                              : QByteArrayLiteral("text/plain"));
        }
        responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
        responder.writeBody(response.body);
    }

    // The timeout fault: keep the connection open without an answer until the client
    // gives up or the sandbox stops.
    void hold(QTcpSocket *socket, QHttpServerResponder responder)
    {
        const bool watched = std::any_of(m_hanging.begin(), m_hanging.end(),
                                         [socket](const Hanging &h) { return h.socket == socket; });
        Hanging h;
        h.socket = socket;
        h.responder = std::make_unique<QHttpServerResponder>(std::move(responder));
        m_hanging.push_back(std::move(h));
        if (!watched)
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this] { dropClosed(); });
    }

    void dropClosed()
    {
        m_hanging.erase(std::remove_if(m_hanging.begin(), m_hanging.end(),
                                       [](const Hanging &h) {
                                           return !h.socket || h.socket->state() != QAbstractSocket::ConnectedState;
                                       }),
                        m_hanging.end());
    }

    SandboxState &m_impl;
    std::vector<Hanging> m_hanging;
};

class ServerThread final : public QThread
{
public:
    ServerThread(SandboxState &impl, QHostAddress address, quint16 port)
        : m_impl(impl), m_address(std::move(address)), m_port(port)
    {
        setObjectName(QStringLiteral("sandbox"));
    }

    // Starts the thread and waits until the server listens or failed to.
    std::optional<QString> startAndWait()
    {
        start();
        QMutexLocker lock(&m_startMutex);
        while (!m_started)
            m_startCondition.wait(&m_startMutex);
        return m_error;
    }

    quint16 boundPort() const { return m_bound; }

protected:
    void run() override
    {
        auto server = std::make_unique<SandboxServer>(m_impl);
        auto *tcp = new QTcpServer(server.get());
        const bool listening = tcp->listen(m_address, m_port);
        if (listening)
            server->bind(tcp);
        {
            QMutexLocker lock(&m_startMutex);
            if (listening)
                m_bound = tcp->serverPort();
            else
                m_error = tcp->errorString();
            m_started = true;
            m_startCondition.wakeAll();
        }
        if (!listening)
            return;
        exec();
        server.reset(); // closes every connection, answered or hanging
    }

private:
    SandboxState &m_impl;
    QHostAddress m_address;
    quint16 m_port;
    QMutex m_startMutex;
    QWaitCondition m_startCondition;
    bool m_started = false;
    std::optional<QString> m_error;
    quint16 m_bound = 0;
};

} // namespace

struct Sandbox::Impl : SandboxState
{
};

Sandbox::Sandbox(QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
    d->q = this;
    for (Factory make : kFactories) {
        if (std::unique_ptr<System> s = make(d->data))
            d->systems.push_back(std::move(s));
    }
}

Sandbox::~Sandbox()
{
    stop();
}

Status Sandbox::start(const QString &host, quint16 port)
{
    if (isRunning())
        return makeError(Tr::tr("The sandbox is already running on %1.").arg(baseUrl()));
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return makeError(Tr::tr("\"%1\" is not an IP address to listen on; use for example 127.0.0.1.").arg(host));

    d->seed();
    auto thread = std::make_unique<ServerThread>(*d, address, port);
    if (const std::optional<QString> failed = thread->startAndWait()) {
        thread->wait();
        return makeError(Tr::tr("Cannot start the sandbox on %1:%2 (%3). Another program may use that port; "
                                "choose another port with --listen HOST:PORT.")
                             .arg(host)
                             .arg(port)
                             .arg(*failed));
    }
    {
        QMutexLocker lock(&d->mutex);
        d->host = host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : host;
        d->port = thread->boundPort();
        d->running = true;
    }
    d->thread = std::move(thread);
    return Ok{};
}

void Sandbox::stop()
{
    if (!d->thread)
        return;
    d->thread->quit();
    d->thread->wait();
    d->thread.reset();
    QMutexLocker lock(&d->mutex);
    d->running = false;
}

bool Sandbox::isRunning() const
{
    QMutexLocker lock(&d->mutex);
    return d->running;
}

quint16 Sandbox::port() const
{
    QMutexLocker lock(&d->mutex);
    return d->port;
}

QString Sandbox::baseUrl() const
{
    return d->baseUrl();
}

QString Sandbox::systemUrl(const QString &id) const
{
    return baseUrl() + QLatin1Char('/') + id;
}

QList<SystemInfo> Sandbox::systems() const
{
    QList<SystemInfo> list;
    for (const auto &s : d->systems) {
        SystemInfo info;
        info.id = s->id();
        info.title = s->title();
        info.url = systemUrl(info.id);
        info.configuration = s->configuration(info.url);
        info.loginHint = s->loginHint();
        list.append(info);
    }
    return list;
}

QJsonObject Sandbox::configuration(const QString &id) const
{
    const System *s = d->system(id);
    return s ? s->configuration(systemUrl(id)) : QJsonObject();
}

void Sandbox::setFault(const QString &id, Fault fault)
{
    QMutexLocker lock(&d->mutex);
    if (fault.kind == FaultKind::None || fault.remaining <= 0)
        d->faults.remove(id);
    else
        d->faults.insert(id, fault);
}

Fault Sandbox::fault(const QString &id) const
{
    QMutexLocker lock(&d->mutex);
    return d->faults.value(id);
}

SandboxData &Sandbox::data()
{
    return d->data;
}

void Sandbox::reset()
{
    d->seed();
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

QList<RecordedRequest> Sandbox::requests(const QString &system) const
{
    QMutexLocker lock(&d->mutex);
    if (system.isEmpty())
        return d->requests;
    QList<RecordedRequest> list;
    for (const RecordedRequest &r : d->requests) {
        if (r.system == system)
            list.append(r);
    }
    return list;
}

void Sandbox::clearRequests()
{
    QMutexLocker lock(&d->mutex);
    d->requests.clear();
}

} // namespace sb::sandbox
