#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sb {

class Store;
class InboxServer;

struct EngineOptions
{
    QString mode = QStringLiteral("console"); // "console" | "headless" (shown to other processes)
    int workers = 0;                          // 0 = number of cores
    bool inbox = true;                        // listen for webhooks
    bool inboxOptional = false;               // start without the inbox when the port is taken (console)
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 4000;
    bool cron = true;
    int stepTimeoutMs = 60000;                // per step (the runtime's limit)
    int runTimeoutMs = 300000;                // whole run; past it + grace the watchdog calls it lost
    int lostGraceMs = 30000;
    int retentionIntervalMs = 3600000;        // how often the purge runs
    // The configuration (credential body) a job's step gets: (project id, credential key)
    // → JSON object text, or an error the step fails with. Called on worker threads.
    // Unset: steps run without configuration.
    std::function<Result<QByteArray>(qint64 projectId, const QString &credentialKey)> credentials;
};

// Who holds the engine lock of a store file, when another process does.
struct EngineHolder
{
    qint64 pid = 0;
    QString host;
    QString mode;
    QString listen;
};

// The engine: inbox, cron, worker pool, lost-run watchdog and retention purge over one
// store. Only one process per store file runs an engine (a lock file next to the
// database); another process (a console opened while a headless engine runs) reads and
// writes the store and the engine picks its new runs up.
class Engine final : public QObject
{
    Q_OBJECT

public:
    ~Engine() override;

    // Takes the engine lock, marks runs left by a dead engine `lost`, and starts.
    static Result<std::unique_ptr<Engine>> start(Store &store, const EngineOptions &options);

    // The process holding the engine lock of `store`'s file, if another one does (an
    // error when none does).
    static Result<EngineHolder> holder(Store &store);

    QString id() const;
    const EngineOptions &options() const;
    InboxServer *inbox() const; // null when not listening
    int workerCount() const;
    int busyWorkers() const;

    // New available runs exist (retry, manual run): claim without waiting for the poll.
    void wake();

    // Graceful stop: stop accepting, let running steps finish within `drainMs`, requeue
    // what is still running (marked lost, retried from the step that was interrupted).
    // Emits stopped() when done.
    void stop(int drainMs);
    bool isStopped() const;

Q_SIGNALS:
    void runStarted(qint64 runId, qint64 workOrderId);
    void runFinished(qint64 runId, qint64 workOrderId, const QString &state);
    // The same, with the last step's output state (for webhook after_completion replies).
    void runCompleted(qint64 workOrderId, const QString &state, const QByteArray &finalState);
    void logLine(const QString &line); // for --headless stdout
    // The inbox could not listen (inboxOptional): why, for the console to show.
    void inboxUnavailable(const QString &reason);
    void stopped();

private:
    Engine();
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace sb
