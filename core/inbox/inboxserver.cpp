#include "inboxserver.h"

#include "store/statementcache.h"

#include "jsonbody.h"
#include "webhookauth.h"

#include "engine/workorders.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <algorithm>

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

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray errorBody(const QString &message, qint64 messageId = 0)
{
    nlohmann::json j = {{"error", message.toStdString()}};
    if (messageId > 0)
        j["message_id"] = messageId;
    return QByteArray::fromStdString(j.dump());
}

void send(QHttpServerResponder &responder, int status, const QList<QPair<QByteArray, QByteArray>> &headers,
          const QByteArray &body)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
    bool hasType = false;
    for (const auto &[k, v] : headers) {
        hasType = hasType || k.toLower() == "content-type";
        responder.writeHeader(k, v);
    }
    if (!hasType)
        responder.writeHeader("Content-Type", "application/json");
    responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    responder.writeBody(body);
}

QString methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put: return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post: return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head: return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

bool isSecretHeader(const QByteArray &lowerName)
{
    return lowerName == "authorization" || lowerName == "proxy-authorization" || lowerName == "cookie"
           || lowerName.contains("token") || lowerName.contains("secret") || lowerName.contains("api-key")
           || lowerName.contains("apikey") || lowerName.contains("password") || lowerName.endsWith("-key")
           || lowerName.endsWith("_key") || lowerName.contains("signature");
}

// Refuses oversized requests while they arrive, before Qt HttpServer buffers their
// body: it sees each connection's bytes first (it connects to readyRead first), reads
// Content-Length from the head, and answers 413 itself, consuming what was sent so the
// HTTP server never parses that request.
class GuardedTcpServer final : public QTcpServer
{
public:
    using Refuse = std::function<void(QTcpSocket *, const QByteArray &requestLine, qint64 contentLength)>;

    GuardedTcpServer(qint64 limit, Refuse refuse, QObject *parent)
        : QTcpServer(parent), m_limit(limit), m_refuse(std::move(refuse))
    {
    }

    qint64 limit() const { return m_limit; }
    void setLimit(qint64 limit) { m_limit = limit; }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        auto state = std::make_shared<State>();
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, state] { inspect(socket, *state); });
        addPendingConnection(socket);
    }

private:
    struct State
    {
        QByteArray head;
        qint64 bodyLeft = 0;
        bool chunked = false;
        qint64 chunkedBytes = 0;
        bool refused = false;
        qint64 discardLeft = 0;
    };

    void inspect(QTcpSocket *socket, State &st)
    {
        if (st.refused) {
            // Discard what the sender still sends (the HTTP server must not see it), then
            // close once it sent everything it announced, so it can read our 413.
            st.discardLeft -= socket->readAll().size();
            if (st.discardLeft <= 0)
                socket->disconnectFromHost();
            return;
        }
        QByteArray data = socket->peek(socket->bytesAvailable());
        qsizetype at = 0;
        while (at < data.size()) {
            if (st.bodyLeft > 0) {
                const qint64 take = qMin<qint64>(st.bodyLeft, data.size() - at);
                st.bodyLeft -= take;
                at += take;
                continue;
            }
            if (st.chunked) {
                st.chunkedBytes += data.size() - at;
                if (data.indexOf("\r\n0\r\n\r\n", at) >= 0 || data.mid(at).startsWith("0\r\n\r\n")) {
                    st.chunked = false;
                    st.chunkedBytes = 0;
                } else if (st.chunkedBytes > m_limit) {
                    refuse(socket, st, QByteArray(), st.chunkedBytes);
                }
                return;
            }
            const qsizetype end = data.indexOf("\r\n\r\n", at);
            if (end < 0) {
                st.head += data.mid(at);
                if (st.head.size() > kMaxHeaderBytes)
                    refuse(socket, st, QByteArray(), -1);
                return;
            }
            st.head += data.mid(at, end + 4 - at);
            at = end + 4;
            // A whole header block that came in one read is checked too.
            if (st.head.size() > kMaxHeaderBytes) {
                refuse(socket, st, QByteArray(), -1);
                return;
            }
            qint64 length = 0;
            bool chunked = false;
            const QList<QByteArray> lines = st.head.split('\n');
            for (const QByteArray &raw : lines) {
                const QByteArray line = raw.trimmed().toLower();
                if (line.startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
                else if (line.startsWith("transfer-encoding:") && line.contains("chunked"))
                    chunked = true;
            }
            const QByteArray requestLine = lines.isEmpty() ? QByteArray() : lines.first().trimmed();
            st.head.clear();
            if (length > m_limit) {
                refuse(socket, st, requestLine, length, at);
                return;
            }
            st.bodyLeft = length;
            st.chunked = chunked;
        }
    }

    void refuse(QTcpSocket *socket, State &st, const QByteArray &requestLine, qint64 length, qint64 bodyStart = 0)
    {
        st.refused = true;
        const qint64 available = socket->readAll().size();
        // What of the announced body is still to come (chunked or headers: nothing known).
        st.discardLeft = length > 0 ? length - (available - bodyStart) : 0;
        m_refuse(socket, requestLine, length);
        if (st.discardLeft <= 0) {
            socket->disconnectFromHost();
        } else {
            // A sender that stops short is not waited for long.
            QTimer::singleShot(30000, socket, [socket] { socket->abort(); });
        }
    }

    qint64 m_limit;
    Refuse m_refuse;
};

} // namespace

struct InboxServer::Route
{
    qint64 triggerId = 0;
    qint64 workflowId = 0;
    qint64 projectId = 0;
    QString workflowName;
    bool triggerEnabled = true;
    bool workflowEnabled = true;
    bool afterCompletion = false;
    nlohmann::json responseConfig; // null = none
    qint64 maxBytes = 0;
    QList<WebhookAuthMethod> auth;
    QSet<QByteArray> apiKeyHeaders; // lower-case names of the API-key methods' headers
};

namespace {

// The request's headers by lower-case name, secrets (Authorization, cookies, key- or
// token-like names, the trigger's API-key headers) shown as "[redacted]" or left out.
nlohmann::json safeHeaders(const QHttpServerRequest &request, const QSet<QByteArray> &apiKeyHeaders, bool showRedacted)
{
    nlohmann::json headers = nlohmann::json::object();
    for (const auto &[name, value] : request.headers()) {
        const QByteArray lower = name.toLower();
        if (isSecretHeader(lower) || apiKeyHeaders.contains(lower)) {
            if (showRedacted)
                headers[lower.toStdString()] = "[redacted]";
            continue;
        }
        headers[lower.toStdString()] = value.toStdString();
    }
    return headers;
}

} // namespace

struct InboxServer::Pending
{
    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    qint64 workOrderId = 0;
    qint64 runId = 0;
    qint64 messageId = 0;
    std::shared_ptr<Route> route;
    QTimer *timeout = nullptr;
};

InboxServer::InboxServer(Store &store, const InboxOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_jsonChecker(std::make_unique<JsonBodyChecker>())
    , m_options(options)
{
    m_watcher = new StoreWatcher(store, 1000, this);
    connect(m_watcher, &StoreWatcher::changed, this, &InboxServer::maybeReload);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(1000);
    connect(&m_reloadTimer, &QTimer::timeout, this, &InboxServer::reloadRoutes);
    reloadRoutes();
}

InboxServer::~InboxServer()
{
    // Replies still waiting get a 503: the engine is going away.
    for (auto &[key, pending] : m_pending) {
        if (pending->socket)
            send(pending->responder, 503, {},
                 errorBody(Tr::tr("Switchboard is stopping; the work order was saved and will run.")));
    }
}

Status InboxServer::listen()
{
    QHostAddress address;
    if (m_options.host == QLatin1String("localhost"))
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m_options.host))
        return makeError(Tr::tr("\"%1\" is not an IP address to listen on; use for example 127.0.0.1 or 0.0.0.0.")
                             .arg(m_options.host));
    auto *tcp = new GuardedTcpServer(
        std::max(m_guardLimit, m_options.maxBodyBytes),
        [this](QTcpSocket *socket, const QByteArray &requestLine, qint64 length) {
            const qint64 limit = static_cast<GuardedTcpServer *>(m_tcp)->limit();
            const QString reason = length < 0
                                       ? Tr::tr("The request headers are larger than %1 KB.").arg(kMaxHeaderBytes / 1024)
                                       : Tr::tr("The body (%1 bytes) is larger than the limit of %2 bytes.")
                                             .arg(length)
                                             .arg(limit);
            const int status = length < 0 ? 431 : 413;
            const QByteArray body = errorBody(reason);
            socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText(status)
                          + "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            const QList<QByteArray> parts = requestLine.split(' ');
            const QString method = parts.size() > 0 ? QString::fromLatin1(parts[0]) : QString();
            const QString path = parts.size() > 1 ? QString::fromUtf8(parts[1]).section(QLatin1Char('?'), 0, 0) : QString();
            const std::shared_ptr<Route> route = m_routes.value(path);
            const qint64 triggerId = route ? route->triggerId : 0;
            const QString remote = socket->peerAddress().toString();
            ++m_refused;
            m_store.write([=](QSqlDatabase &db) {
                return exec(db, QStringLiteral("INSERT INTO messages (trigger_id, received_at, method, path, remote_address, "
                                               "headers, body_size, outcome, reply_status, reply_body, reason) "
                                               "VALUES (?, ?, ?, ?, ?, '{}', ?, 'too_large', ?, ?, ?)"),
                            {triggerId > 0 ? QVariant(triggerId) : QVariant(), now(), method, path, remote,
                             qMax<qint64>(length, 0), status, QString::fromUtf8(body), reason});
            }, nullptr, {});
        },
        this);
    if (!tcp->listen(address, m_options.port)) {
        const QString why = tcp->errorString();
        delete tcp;
        return makeError(Tr::tr("Cannot receive webhooks on %1:%2 (%3). Another program (or another Switchboard) may "
                                "use that port; choose another with --listen HOST:PORT.")
                             .arg(m_options.host)
                             .arg(m_options.port)
                             .arg(why));
    }
    m_tcp = tcp;
    m_port = tcp->serverPort();
    bind(tcp);
    return Ok{};
}

void InboxServer::stopListening()
{
    if (m_tcp)
        m_tcp->close();
}

QString InboxServer::baseUrl() const
{
    const QString host = m_options.host == QLatin1String("0.0.0.0") ? QStringLiteral("127.0.0.1") : m_options.host;
    return QStringLiteral("http://%1:%2").arg(host).arg(m_port);
}

void InboxServer::maybeReload()
{
    if (!m_reloadTimer.isActive())
        m_reloadTimer.start();
}

void InboxServer::reloadRoutes()
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT t.id, t.workflow_id, w.project_id, w.name, t.enabled, w.enabled, t.webhook_reply, "
                               "t.webhook_response_config, t.webhook_max_bytes, t.webhook_id, t.custom_path "
                               "FROM triggers t JOIN workflows w ON w.id = t.workflow_id "
                               "WHERE t.type = 'webhook' AND w.deleted_at IS NULL")))
        return;
    QHash<QString, std::shared_ptr<Route>> routes;
    QHash<qint64, std::shared_ptr<Route>> byTrigger;
    while (q.next()) {
        auto route = std::make_shared<Route>();
        route->triggerId = q.value(0).toLongLong();
        route->workflowId = q.value(1).toLongLong();
        route->projectId = q.value(2).toLongLong();
        route->workflowName = q.value(3).toString();
        route->triggerEnabled = q.value(4).toBool();
        route->workflowEnabled = q.value(5).toBool();
        route->afterCompletion = q.value(6).toString() == QLatin1String("after_completion");
        const QByteArray config = q.value(7).toString().toUtf8();
        if (!config.isEmpty()) {
            route->responseConfig = nlohmann::json::parse(config.constBegin(), config.constEnd(), nullptr, false);
            if (route->responseConfig.is_discarded() || !route->responseConfig.is_object())
                route->responseConfig = nullptr;
        }
        route->maxBytes = q.value(8).toLongLong() > 0 ? q.value(8).toLongLong() : m_options.maxBodyBytes;
        routes.insert(QStringLiteral("/i/%1").arg(q.value(9).toString()), route);
        QString custom = q.value(10).toString().trimmed();
        if (!custom.isEmpty()) {
            if (!custom.startsWith(QLatin1Char('/')))
                custom.prepend(QLatin1Char('/'));
            routes.insert(custom, route);
            if (!custom.startsWith(QLatin1String("/i/")))
                routes.insert(QStringLiteral("/i") + custom, route);
        }
        byTrigger.insert(route->triggerId, route);
    }
    q.finish();
    if (q.exec(QStringLiteral("SELECT id, trigger_id, kind, name, username, header_name, secret_hash FROM "
                              "trigger_auth_methods ORDER BY id"))) {
        while (q.next()) {
            const auto route = byTrigger.value(q.value(1).toLongLong());
            if (!route)
                continue;
            WebhookAuthMethod m;
            m.id = q.value(0).toLongLong();
            m.triggerId = q.value(1).toLongLong();
            m.kind = q.value(2).toString();
            m.name = q.value(3).toString();
            m.username = q.value(4).toString();
            m.headerName = q.value(5).toString().toLower();
            m.secretHash = q.value(6).toString();
            route->auth.append(m);
            if (m.kind == QLatin1String("api_key"))
                route->apiKeyHeaders.insert(m.headerName.toLatin1());
        }
    }
    m_routes = routes;
    m_guardLimit = m_options.maxBodyBytes;
    for (const auto &route : std::as_const(byTrigger))
        m_guardLimit = std::max(m_guardLimit, route->maxBytes);
    if (m_tcp)
        static_cast<GuardedTcpServer *>(m_tcp)->setLimit(m_guardLimit);
}

void InboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    refuse(request, socket, nullptr, 404, QStringLiteral("unknown_path"),
           Tr::tr("No webhook trigger has the path %1.").arg(request.url().path()));
}

bool InboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    std::shared_ptr<Route> route = m_routes.value(path);
    if (!route) {
        refuse(request, socket, nullptr, 404, QStringLiteral("unknown_path"),
               Tr::tr("No webhook trigger has the path %1.").arg(path));
        return true;
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        refuse(request, socket, route.get(), 405, QStringLiteral("error"),
               Tr::tr("Webhooks take POST; this request used another method."), "Allow", "POST");
        return true;
    }
    if (!route->triggerEnabled || !route->workflowEnabled) {
        refuse(request, socket, route.get(), 403, QStringLiteral("trigger_disabled"),
               route->triggerEnabled ? Tr::tr("Workflow \"%1\" is disabled.").arg(route->workflowName)
                                     : Tr::tr("The webhook trigger of \"%1\" is disabled.").arg(route->workflowName));
        return true;
    }
    if (!route->auth.isEmpty()) {
        bool ok = false;
        bool hasBasic = false;
        const QByteArray authorization = request.value("Authorization");
        QByteArray basicUser, basicPassword;
        if (authorization.size() > 6 && authorization.left(6).toLower() == "basic ") {
            const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
            const qsizetype colon = decoded.indexOf(':');
            if (colon > 0) {
                basicUser = decoded.left(colon);
                basicPassword = decoded.mid(colon + 1);
            }
        }
        for (const WebhookAuthMethod &m : std::as_const(route->auth)) {
            if (m.kind == QLatin1String("basic")) {
                hasBasic = true;
                // Evaluate both parts always, so timing does not tell which was wrong.
                const bool userOk = constantTimeEquals(basicUser, m.username.toUtf8());
                const bool passwordOk = verifyWebhookSecret(m.secretHash, basicPassword);
                ok = ok || (userOk && passwordOk && !basicUser.isEmpty());
            } else {
                const QByteArray presented = request.value(m.headerName.toLatin1());
                ok = ok || (!presented.isEmpty() && verifyWebhookSecret(m.secretHash, presented));
            }
        }
        if (!ok) {
            const QString reason = authorization.isEmpty() && !hasBasic
                                       ? Tr::tr("No valid API key header was sent.")
                                   : authorization.isEmpty() ? Tr::tr("No credentials were sent; this trigger needs basic "
                                                                      "auth or an API key.")
                                                             : Tr::tr("The credentials sent match none of this trigger's "
                                                                      "auth methods.");
            refuse(request, socket, route.get(), 401, QStringLiteral("auth_failed"), reason,
                   hasBasic ? QByteArray("WWW-Authenticate") : QByteArray(),
                   hasBasic ? QByteArray("Basic realm=\"Switchboard webhook\"") : QByteArray());
            return true;
        }
    }
    const QByteArray body = request.body();
    if (body.size() > route->maxBytes) {
        refuse(request, socket, route.get(), 413, QStringLiteral("too_large"),
               Tr::tr("The body (%1 bytes) is larger than this trigger's limit of %2 bytes.")
                   .arg(body.size())
                   .arg(route->maxBytes));
        return true;
    }
    accept(request, socket, *route);
    return true;
}

void InboxServer::refuse(const QHttpServerRequest &request, QTcpSocket *socket, const Route *route, int status,
                         const QString &outcome, const QString &reason, const QByteArray &extraHeaderName,
                         const QByteArray &extraHeaderValue)
{
    ++m_refused;
    const QByteArray body = errorBody(reason);
    QHttpServerResponder responder = makeResponder(request, socket);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!extraHeaderName.isEmpty())
        headers.append({extraHeaderName, extraHeaderValue});
    send(responder, status, headers, body);

    // A refused request may still carry a valid secret (a good API key on a body that is
    // not JSON): the trigger's API-key headers are redacted like Authorization.
    const nlohmann::json headerJson = safeHeaders(request, route ? route->apiKeyHeaders : QSet<QByteArray>(), true);
    const qint64 triggerId = route ? route->triggerId : 0;
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    const QString remote = request.remoteAddress().toString();
    const qint64 size = request.body().size();
    const QString headersText = QString::fromStdString(headerJson.dump());
    m_store.write([=](QSqlDatabase &db) {
        return exec(db, QStringLiteral("INSERT INTO messages (trigger_id, received_at, method, path, remote_address, headers, "
                                       "body_size, outcome, reply_status, reply_body, reason) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    {triggerId > 0 ? QVariant(triggerId) : QVariant(), now(), method, path, remote, headersText, size,
                     outcome, status, QString::fromUtf8(body), reason});
    }, nullptr, {});
}

void InboxServer::accept(const QHttpServerRequest &request, QTcpSocket *socket, const Route &route)
{
    const QByteArray body = request.body();
    // Validate once; the raw text then goes into the state as is.
    const JsonBodyVerdict verdict = m_jsonChecker->check(body);
    if (!verdict.ok) {
        refuse(request, socket, &route, 400, QStringLiteral("not_json"),
               body.trimmed().isEmpty() ? Tr::tr("The body is empty; send a JSON document.")
                                        : Tr::tr("The body is not JSON: error at line %1, column %2 (byte %3).")
                                              .arg(verdict.line)
                                              .arg(verdict.column)
                                              .arg(verdict.byte));
        return;
    }
    const QString summary = verdict.summary;

    // Secrets are left out: these headers also go to the job as state.request.headers.
    const nlohmann::json headerJson = safeHeaders(request, route.apiKeyHeaders, false);
    nlohmann::json query = nlohmann::json::object();
    for (const auto &[k, v] : request.query().queryItems(QUrl::FullyDecoded))
        query[k.toStdString()] = v.toStdString();
    const QString path = request.url().path();
    const nlohmann::json requestInfo = {{"method", "POST"}, {"path", path.toStdString()}, {"query", query},
                                        {"headers", headerJson}};
    QByteArray input;
    input.reserve(body.size() + 512);
    input += "{\"data\":";
    input += body.trimmed();
    input += ",\"request\":";
    input += QByteArray::fromStdString(requestInfo.dump());
    input += '}';

    const quint64 key = m_nextKey++;
    auto pending = std::make_unique<Pending>(Pending{makeResponder(request, socket), QPointer<QTcpSocket>(socket), 0, 0, 0,
                                                     nullptr, nullptr});
    pending->route = m_routes.value(path);
    m_pending.emplace(key, std::move(pending));

    const qint64 triggerId = route.triggerId;
    const qint64 workflowId = route.workflowId;
    const qint64 projectId = route.projectId;
    const QString remote = request.remoteAddress().toString();
    const QString headersText = QString::fromStdString(headerJson.dump());
    const bool waitForRun = route.afterCompletion;
    const qint64 receivedAt = now();
    auto made = std::make_shared<CreatedWorkOrder>();
    auto messageId = std::make_shared<qint64>(0);
    m_store.write(
        [=](QSqlDatabase &db) -> Status {
            NewWorkOrder order;
            order.workflowId = workflowId;
            order.triggerId = triggerId;
            order.projectId = projectId;
            order.input = input;
            order.triggerKind = QStringLiteral("webhook");
            order.receivedAtMs = receivedAt;
            order.inputSummary = summary.isEmpty() ? QStringLiteral("{}") : summary;
            const Result<CreatedWorkOrder> r = insertWorkOrder(db, order);
            if (!r)
                return r.error();
            *made = r.value();
            const QString replyBody = QStringLiteral("{\"work_order_id\":%1,\"run_id\":%2}").arg(made->workOrderId).arg(made->runId);
            const Status saved = execCached(
                db,
                QStringLiteral("INSERT INTO messages (trigger_id, received_at, method, path, remote_address, headers, "
                               "body_size, dataclip_id, outcome, reply_status, reply_body, reason, work_order_id) "
                               "VALUES (?, ?, 'POST', ?, ?, ?, ?, ?, 'accepted', ?, ?, '', ?)"),
                {triggerId, receivedAt, path, remote, headersText, qint64(body.size()), made->dataclipId,
                 waitForRun ? 0 : 202, waitForRun ? QString() : replyBody, made->workOrderId},
                messageId.get());
            if (!saved)
                return saved;
            return execCached(db, QStringLiteral("UPDATE work_orders SET message_id = ? WHERE id = ?"),
                              {*messageId, made->workOrderId});
        },
        this,
        [this, key, made, messageId, waitForRun](const Status &status) {
            auto it = m_pending.find(key);
            if (it == m_pending.end())
                return;
            if (!status) {
                // Nothing was committed: say so, so the sender retries.
                reply(key, 503, errorBody(Tr::tr("Switchboard could not save this request (%1); nothing was "
                                                 "accepted, send it again.")
                                              .arg(status.error().message)));
                return;
            }
            ++m_accepted;
            Pending &p = *it->second;
            p.workOrderId = made->workOrderId;
            p.runId = made->runId;
            p.messageId = *messageId;
            Q_EMIT workOrderCreated(made->workOrderId, made->runId);
            if (waitForRun) {
                m_waitingForRun.insert(made->workOrderId, key);
                p.timeout = new QTimer(this);
                p.timeout->setSingleShot(true);
                connect(p.timeout, &QTimer::timeout, this, [this, key] {
                    auto found = m_pending.find(key);
                    if (found == m_pending.end())
                        return;
                    const Pending &late = *found->second;
                    m_waitingForRun.remove(late.workOrderId);
                    reply(key, 202,
                          QStringLiteral("{\"work_order_id\":%1,\"run_id\":%2,\"note\":\"%3\"}")
                              .arg(late.workOrderId)
                              .arg(late.runId)
                              .arg(Tr::tr("accepted; the run did not finish in time for this reply"))
                              .toUtf8());
                });
                p.timeout->start(m_options.afterCompletionTimeoutMs);
                return;
            }
            reply(key, 202,
                  QStringLiteral("{\"work_order_id\":%1,\"run_id\":%2}").arg(made->workOrderId).arg(made->runId).toUtf8());
        });
}

void InboxServer::workOrderFinished(qint64 workOrderId, const QString &runState, const QByteArray &finalStateJson)
{
    const auto it = m_waitingForRun.find(workOrderId);
    if (it == m_waitingForRun.end())
        return;
    const quint64 key = it.value();
    m_waitingForRun.erase(it);
    auto found = m_pending.find(key);
    if (found == m_pending.end())
        return;
    Pending &p = *found->second;
    const nlohmann::json state = nlohmann::json::parse(finalStateJson.constBegin(), finalStateJson.constEnd(), nullptr, false);
    const nlohmann::json &config = p.route ? p.route->responseConfig : nlohmann::json();
    QList<QPair<QByteArray, QByteArray>> headers;
    int status = runState == QLatin1String("success") ? 200 : 500;
    QByteArray body;
    if (runState == QLatin1String("success") && config.is_object() && !config.empty()) {
        status = config.value("status", 200);
        // {{ work_order_id }}, {{ run_id }} and {{ state }} in string values.
        std::function<nlohmann::json(const nlohmann::json &)> fill = [&](const nlohmann::json &v) -> nlohmann::json {
            if (v.is_string()) {
                QString s = QString::fromStdString(v.get<std::string>());
                s.replace(QStringLiteral("{{ work_order_id }}"), QString::number(p.workOrderId));
                s.replace(QStringLiteral("{{ run_id }}"), QString::number(p.runId));
                s.replace(QStringLiteral("{{ state }}"), runState);
                return s.toStdString();
            }
            if (v.is_object()) {
                nlohmann::json out = nlohmann::json::object();
                for (auto &[k, child] : v.items())
                    out[k] = fill(child);
                return out;
            }
            if (v.is_array()) {
                nlohmann::json out = nlohmann::json::array();
                for (const auto &child : v)
                    out.push_back(fill(child));
                return out;
            }
            return v;
        };
        body = QByteArray::fromStdString(config.contains("body") ? fill(config["body"]).dump()
                                                                 : (state.is_object() && state.contains("data") ? state["data"].dump()
                                                                                                                : std::string("null")));
        if (config.contains("headers")) {
            auto addHeader = [&](const std::string &k, const nlohmann::json &v) {
                if (v.is_string())
                    headers.append({QByteArray::fromStdString(k), QByteArray::fromStdString(v.get<std::string>())});
            };
            const nlohmann::json &h = config["headers"];
            if (h.is_object())
                for (auto &[k, v] : h.items())
                    addHeader(k, v);
            else if (h.is_array())
                for (const auto &item : h)
                    if (item.is_object())
                        for (auto &[k, v] : item.items())
                            addHeader(k, v);
        }
    } else if (runState == QLatin1String("success")) {
        body = QByteArray::fromStdString(state.is_object() && state.contains("data") ? state["data"].dump() : std::string("null"));
    } else {
        body = QByteArray::fromStdString(nlohmann::json({{"error", Tr::tr("The run ended %1.").arg(runState).toStdString()},
                                                         {"state", runState.toStdString()},
                                                         {"work_order_id", p.workOrderId},
                                                         {"run_id", p.runId}})
                                             .dump());
    }
    const qint64 messageId = p.messageId;
    m_store.write([messageId, status, body](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE messages SET reply_status = ?, reply_body = ? WHERE id = ?"),
                    {status, QString::fromUtf8(body.left(65536)), messageId});
    }, nullptr, {});
    reply(key, status, body, headers);
}

void InboxServer::reply(quint64 key, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    std::unique_ptr<Pending> p = std::move(it->second);
    m_pending.erase(it);
    if (p->timeout)
        p->timeout->deleteLater();
    if (!p->socket)
        return; // the sender hung up; the work order is saved all the same
    send(p->responder, status, headers, body);
}

} // namespace sb
