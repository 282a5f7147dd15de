#pragma once

// The webhook inbox: one route per webhook trigger (/i/<webhook id> and its optional
// custom path) on Qt HttpServer, listening on 127.0.0.1 unless configured otherwise.
// Every request, accepted or refused, becomes a `messages` row with the reason. An
// accepted request's message, input dataclip, work order and first run are committed
// (fsynced, group-committed with concurrent requests by the store's writer) before the
// 2xx reply is sent.

#include "common/result.h"

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>

class QTcpSocket;
class QHttpServerResponder;

namespace sb {

class JsonBodyChecker;

class Store;
class StoreWatcher;

struct InboxOptions
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 4000;                   // 0 = any free port
    qint64 maxBodyBytes = 10 * 1024 * 1024;  // per trigger override: triggers.webhook_max_bytes
    int afterCompletionTimeoutMs = 60000;  // after_completion: reply 202 if the run takes longer
};

class InboxServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    InboxServer(Store &store, const InboxOptions &options, QObject *parent = nullptr);
    ~InboxServer() override;

    // Starts listening; a taken port is reported with the address and the remedy.
    Status listen();
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    // Stops taking new connections; requests in flight still get their replies.
    void stopListening();

    // Re-reads triggers and auth methods (also done when the store changes).
    void reloadRoutes();

    quint64 acceptedCount() const { return m_accepted; }
    quint64 refusedCount() const { return m_refused; }

public Q_SLOTS:
    // The engine reports a finished run: replies waiting for it (after_completion) go out.
    void workOrderFinished(qint64 workOrderId, const QString &runState, const QByteArray &finalStateJson);

Q_SIGNALS:
    void workOrderCreated(qint64 workOrderId, qint64 runId);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route;
    struct Pending;
    struct Refusal;

    void refuse(const QHttpServerRequest &request, QTcpSocket *socket, const Route *route, int status,
                const QString &outcome, const QString &reason, const QByteArray &extraHeaderName = {},
                const QByteArray &extraHeaderValue = {});
    void accept(const QHttpServerRequest &request, QTcpSocket *socket, const Route &route);
    void reply(quint64 key, int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void maybeReload();

    Store &m_store;
    std::unique_ptr<JsonBodyChecker> m_jsonChecker;
    InboxOptions m_options;
    quint16 m_port = 0;
    QHash<QString, std::shared_ptr<Route>> m_routes; // by path
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    QHash<qint64, quint64> m_waitingForRun; // work order id → pending key (after_completion)
    quint64 m_nextKey = 1;
    quint64 m_accepted = 0;
    quint64 m_refused = 0;
    StoreWatcher *m_watcher = nullptr;
    QTimer m_reloadTimer;
    class QTcpServer *m_tcp = nullptr;
    // What the TCP guard refuses before buffering: the largest limit of any trigger (a
    // trigger's own smaller limit is checked once its route is known).
    qint64 m_guardLimit = 0;
};

} // namespace sb
