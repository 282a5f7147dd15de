#include "engine.h"

#include "crontrigger.h"
#include "retention.h"
#include "runexecutor.h"
#include "workorders.h"

#include "inbox/inboxserver.h"
#include "runtime/jobruntime.h"
#include "sms/smsjob.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QLockFile>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QUuid>

#include <atomic>
#include <vector>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString lockPath(const Store &store)
{
    return store.path() + QStringLiteral(".engine.lock");
}

// Lives on a worker thread; owns that thread's JavaScript runtime.
class Worker final : public QObject
{
public:
    Worker(Store &store, const EngineOptions &options, QString engineId, const std::atomic<bool> *stopping)
        : m_store(store), m_options(options), m_engineId(std::move(engineId)), m_stopping(stopping)
    {
    }

    RunOutcome execute(qint64 runId)
    {
        if (!m_runtime)
            m_runtime = std::make_unique<JobRuntime>();
        RunExecutor executor(m_store, *m_runtime, m_options, m_engineId);
        return executor.execute(runId, m_stopping);
    }
    void shutdown() { m_runtime.reset(); }

private:
    Store &m_store;
    EngineOptions m_options;
    QString m_engineId;
    const std::atomic<bool> *m_stopping;
    std::unique_ptr<JobRuntime> m_runtime;
};

struct WorkerSlot
{
    QThread *thread = nullptr;
    Worker *worker = nullptr;
    qint64 runId = 0;
};

} // namespace

class Engine::Private
{
public:
    Engine *q = nullptr;
    Store *store = nullptr;
    EngineOptions options;
    QString id;
    std::unique_ptr<QLockFile> lock;
    std::vector<WorkerSlot> workers;
    std::atomic<bool> stopping{false};
    bool accepting = true;
    bool stopped = false;
    bool claiming = false;
    bool claimAgain = false;
    QTimer claimTimer;
    QTimer heartbeatTimer;
    QTimer watchdogTimer;
    QTimer retentionTimer;
    QTimer drainTimer;
    std::unique_ptr<CronFirer> cron;
    std::shared_ptr<std::atomic<bool>> purgeStop = std::make_shared<std::atomic<bool>>(false);
    std::atomic<bool> purging{false};
    InboxServer *inbox = nullptr;

    int idleWorkers() const
    {
        int idle = 0;
        for (const WorkerSlot &w : workers)
            idle += w.runId == 0 ? 1 : 0;
        return idle;
    }

    void log(const QString &line) { Q_EMIT q->logLine(line); }

    Status markOrphansLost();
    void claim();
    void dispatch(const QList<qint64> &runIds);
    void runDone(int slot, const RunOutcome &outcome);
    void watchdog();
    void purge();
    void finishStop();
};

Status Engine::Private::markOrphansLost()
{
    // We hold the engine lock: every run still claimed or started belongs to an engine
    // that is gone. Say which one, and when it was last seen.
    return store->writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT r.id, r.work_order_id, r.state, e.pid, e.host, e.mode, e.started_at, "
                                   "e.heartbeat_at, e.stopped_at FROM runs r LEFT JOIN engines e ON e.id = r.engine_id "
                                   "WHERE r.state IN ('claimed', 'started')")))
            return makeError(q.lastError().text());
        struct Orphan
        {
            qint64 run, workOrder;
            QString why;
        };
        QList<Orphan> orphans;
        while (q.next()) {
            QString why;
            if (q.value(3).isNull())
                why = Tr::tr("Lost: the engine that took this run is unknown and no longer running.");
            else
                why = Tr::tr("Lost: the %1 engine running it (pid %2 on %3, started %4) stopped without finishing "
                             "it; it was last seen at %5. Retry to run it again.")
                          .arg(q.value(5).toString(), q.value(3).toString(), q.value(4).toString(),
                               utc(q.value(6).toLongLong()), utc(q.value(7).toLongLong()));
            orphans.append({q.value(0).toLongLong(), q.value(1).toLongLong(), why});
        }
        q.finish();
        const qint64 at = now();
        for (const Orphan &o : orphans) {
            Status s = exec(db, QStringLiteral("UPDATE runs SET state = 'lost', finished_at = ?, error_type = 'LostError', "
                                               "error_message = ? WHERE id = ?"),
                            {at, o.why, o.run});
            if (s)
                s = exec(db, QStringLiteral("UPDATE steps SET exit_reason = 'lost', error_type = 'LostError', "
                                            "error_message = ?, finished_at = ? WHERE run_id = ? AND exit_reason IS NULL"),
                         {o.why, at, o.run});
            if (s)
                s = exec(db, QStringLiteral("UPDATE work_orders SET state = 'lost', last_activity_at = ? WHERE id = ? "
                                            "AND NOT EXISTS (SELECT 1 FROM runs WHERE work_order_id = ? AND id > ?)"),
                         {at, o.workOrder, o.workOrder, o.run});
            if (!s)
                return s;
        }
        if (!orphans.isEmpty())
            log(Tr::tr("%n run(s) left unfinished by a previous engine marked lost.", nullptr, int(orphans.size())));
        return Ok{};
    });
}

void Engine::Private::claim()
{
    if (!accepting || stopping.load())
        return;
    if (claiming) {
        claimAgain = true;
        return;
    }
    const int idle = idleWorkers();
    if (idle == 0)
        return;
    claiming = true;
    auto claimed = std::make_shared<QList<qint64>>();
    const QString engineId = id;
    store->write(
        [idle, claimed, engineId](QSqlDatabase &db) -> Status {
            // Runs of each workflow already claimed or started, against its limit.
            QHash<qint64, int> running;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT workflow_id, COUNT(*) FROM runs WHERE state IN ('claimed', 'started') "
                                       "GROUP BY workflow_id")))
                return makeError(q.lastError().text());
            while (q.next())
                running[q.value(0).toLongLong()] = q.value(1).toInt();
            QHash<qint64, int> limits;
            if (!q.exec(QStringLiteral("SELECT id, concurrency FROM workflows WHERE concurrency > 0")))
                return makeError(q.lastError().text());
            while (q.next())
                limits[q.value(0).toLongLong()] = q.value(1).toInt();
            if (!q.exec(QStringLiteral("SELECT id, workflow_id, work_order_id FROM runs WHERE state = 'available' "
                                       "ORDER BY priority, id LIMIT %1").arg(qMax(idle * 8, 32))))
                return makeError(q.lastError().text());
            struct Candidate
            {
                qint64 run, workflow, workOrder;
            };
            QList<Candidate> candidates;
            while (q.next())
                candidates.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
            q.finish();
            const qint64 at = now();
            QSqlQuery u(db);
            u.prepare(QStringLiteral("UPDATE runs SET state = 'claimed', engine_id = ?, claimed_at = ? "
                                     "WHERE id = ? AND state = 'available'"));
            QSqlQuery w(db);
            w.prepare(QStringLiteral("UPDATE work_orders SET state = 'claimed', last_activity_at = ? WHERE id = ?"));
            for (const Candidate &c : candidates) {
                if (claimed->size() >= idle)
                    break;
                const int limit = limits.value(c.workflow, 0);
                if (limit > 0 && running.value(c.workflow) >= limit)
                    continue;
                u.bindValue(0, engineId);
                u.bindValue(1, at);
                u.bindValue(2, c.run);
                if (!u.exec())
                    return makeError(u.lastError().text());
                if (u.numRowsAffected() != 1)
                    continue;
                w.bindValue(0, at);
                w.bindValue(1, c.workOrder);
                w.exec();
                running[c.workflow] += 1;
                claimed->append(c.run);
            }
            return Ok{};
        },
        q,
        [this, claimed](const Status &status) {
            claiming = false;
            if (!status)
                log(Tr::tr("Could not claim runs: %1").arg(status.error().message));
            else
                dispatch(*claimed);
            if (claimAgain || claimed->size() > 0) {
                claimAgain = false;
                QTimer::singleShot(0, q, [this] { claim(); });
            }
        });
}

void Engine::Private::dispatch(const QList<qint64> &runIds)
{
    int next = 0;
    for (int i = 0; i < int(workers.size()) && next < runIds.size(); ++i) {
        WorkerSlot &slot = workers[i];
        if (slot.runId != 0)
            continue;
        const qint64 runId = runIds[next++];
        slot.runId = runId;
        Worker *worker = slot.worker;
        QPointer<Engine> engine(q);
        QMetaObject::invokeMethod(worker, [this, engine, worker, runId, i] {
            const RunOutcome outcome = worker->execute(runId);
            if (engine)
                QMetaObject::invokeMethod(engine, [this, i, outcome] { runDone(i, outcome); }, Qt::QueuedConnection);
        });
        Q_EMIT q->runStarted(runId, 0);
    }
    // Claimed more than there were idle workers (cannot happen: claims are capped); put
    // any leftovers back.
    if (next < runIds.size()) {
        const QList<qint64> rest = runIds.mid(next);
        store->write([rest](QSqlDatabase &db) -> Status {
            for (qint64 run : rest)
                exec(db, QStringLiteral("UPDATE runs SET state = 'available', engine_id = '', claimed_at = NULL "
                                        "WHERE id = ? AND state = 'claimed'"),
                     {run});
            return Ok{};
        }, nullptr, {});
    }
}

void Engine::Private::runDone(int slot, const RunOutcome &outcome)
{
    workers[slot].runId = 0;
    if (!outcome.state.isEmpty()) {
        // A failure says why on the same line, so a server log answers "why" without the console.
        const QString error = outcome.state == QLatin1String("success") ? QString() : outcome.error.simplified().left(300);
        log(error.isEmpty()
                ? Tr::tr("Run %1 (work order %2): %3").arg(outcome.runId).arg(outcome.workOrderId).arg(outcome.state)
                : Tr::tr("Run %1 (work order %2): %3 (%4)")
                      .arg(outcome.runId)
                      .arg(outcome.workOrderId)
                      .arg(outcome.state, error));
        Q_EMIT q->runFinished(outcome.runId, outcome.workOrderId, outcome.state);
        Q_EMIT q->runCompleted(outcome.workOrderId, outcome.state, outcome.finalState);
    }
    if (stopping.load() || !accepting) {
        if (idleWorkers() == int(workers.size()))
            finishStop();
        return;
    }
    claim();
}

void Engine::Private::watchdog()
{
    const qint64 at = now();
    const qint64 grace = options.lostGraceMs;
    const QString engineId = id;
    const int timeoutS = options.runTimeoutMs / 1000;
    store->write(
        [at, grace, engineId, timeoutS](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id, work_order_id FROM runs WHERE state IN ('claimed', 'started') "
                                     "AND engine_id = ? AND deadline_at IS NOT NULL AND deadline_at + ? < ?"));
            q.addBindValue(engineId);
            q.addBindValue(grace);
            q.addBindValue(at);
            if (!q.exec())
                return makeError(q.lastError().text());
            QList<std::pair<qint64, qint64>> overdue;
            while (q.next())
                overdue.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
            q.finish();
            const QString why = Tr::tr("Lost: no result %1 s after it started (run time limit %2 s plus %3 s grace); "
                                       "the worker running it did not report back. Retry to run it again.")
                                    .arg(timeoutS + grace / 1000)
                                    .arg(timeoutS)
                                    .arg(grace / 1000);
            for (const auto &[run, workOrder] : overdue) {
                Status s = exec(db, QStringLiteral("UPDATE runs SET state = 'lost', finished_at = ?, error_type = "
                                                   "'LostError', error_message = ? WHERE id = ?"),
                                {at, why, run});
                if (s)
                    s = exec(db, QStringLiteral("UPDATE steps SET exit_reason = 'lost', error_type = 'LostError', "
                                                "error_message = ?, finished_at = ? WHERE run_id = ? AND exit_reason IS NULL"),
                             {why, at, run});
                if (s)
                    s = exec(db, QStringLiteral("UPDATE work_orders SET state = 'lost', last_activity_at = ? WHERE id = ?"),
                             {at, workOrder});
                if (!s)
                    return s;
            }
            return Ok{};
        },
        nullptr, {});
    store->write([engineId, at](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE engines SET heartbeat_at = ? WHERE id = ?"), {at, engineId});
    }, nullptr, {});
}

void Engine::Private::purge()
{
    if (purging.exchange(true))
        return;
    Store *s = store;
    auto stop = purgeStop;
    QPointer<Engine> engine(q);
    QThreadPool::globalInstance()->start([this, s, stop, engine] {
        const Result<PurgeReport> r = purgeExpiredData(*s, now(), stop.get());
        if (engine) {
            const QString line = !r ? Tr::tr("Retention purge failed: %1").arg(r.error().message)
                                    : (r->workOrdersWiped > 0
                                           ? Tr::tr("Retention purge erased the data of %n work order(s).", nullptr,
                                                    int(r->workOrdersWiped))
                                           : QString());
            QMetaObject::invokeMethod(engine, [this, line] {
                purging = false;
                if (!line.isEmpty())
                    log(line);
            }, Qt::QueuedConnection);
        }
    });
}

void Engine::Private::finishStop()
{
    if (stopped)
        return;
    stopped = true;
    if (sms::jobStore() == store)
        sms::setJobStore(nullptr);
    claimTimer.stop();
    watchdogTimer.stop();
    retentionTimer.stop();
    drainTimer.stop();
    purgeStop->store(true);
    if (inbox) {
        delete inbox; // replies still waiting for a run get a 503; their work orders are saved
        inbox = nullptr;
    }
    for (WorkerSlot &slot : workers) {
        QMetaObject::invokeMethod(slot.worker, [w = slot.worker] { w->shutdown(); }, Qt::BlockingQueuedConnection);
        slot.thread->quit();
        slot.thread->wait();
        delete slot.worker;
        delete slot.thread;
    }
    workers.clear();
    store->writeAndWait([this](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE engines SET stopped_at = ?, heartbeat_at = ? WHERE id = ?"),
                    {now(), now(), id});
    });
    // The purge thread may still hold the store for a moment.
    QThreadPool::globalInstance()->waitForDone(5000);
    lock->unlock();
    log(Tr::tr("Engine stopped."));
    Q_EMIT q->stopped();
}

Engine::Engine()
    : d(std::make_unique<Private>())
{
    d->q = this;
}

Engine::~Engine()
{
    if (!d->stopped) {
        d->accepting = false;
        d->stopping.store(true);
        // Running steps see the cancel flag at once; wait for their runs to be requeued.
        for (WorkerSlot &slot : d->workers)
            while (slot.runId != 0 && slot.thread->isRunning()) {
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
                QThread::msleep(5);
            }
        d->finishStop();
    }
}

Result<std::unique_ptr<Engine>> Engine::start(Store &store, const EngineOptions &options)
{
    auto lock = std::make_unique<QLockFile>(lockPath(store));
    lock->setStaleLockTime(0); // stale only when its process is gone
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        if (lock->error() == QLockFile::LockFailedError)
            return makeError(Tr::tr("Another Switchboard engine (pid %1 on %2) already runs on %3; only one may. "
                                    "Stop it first, or open the console to watch it.")
                                 .arg(pid)
                                 .arg(host, store.path()));
        return makeError(Tr::tr("Cannot create the engine lock file %1; check the folder's permissions.")
                             .arg(lockPath(store)));
    }

    std::unique_ptr<Engine> engine(new Engine);
    Private *d = engine->d.get();
    d->store = &store;
    sms::setJobStore(&store); // the sms adaptor's table and plans
    d->options = options;
    if (d->options.workers <= 0)
        d->options.workers = qMax(1, QThread::idealThreadCount());
    d->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d->lock = std::move(lock);

    QString inboxProblem;
    if (options.inbox) {
        InboxOptions io;
        io.host = options.listenHost;
        io.port = options.listenPort;
        io.maxBodyBytes = options.maxBodyBytes;
        auto *inbox = new InboxServer(store, io, engine.get());
        const Status listening = inbox->listen();
        if (!listening) {
            delete inbox;
            if (!options.inboxOptional) {
                d->lock->unlock();
                d->stopped = true;
                return listening.error();
            }
            inboxProblem = listening.error().message;
        } else {
            d->inbox = inbox;
        }
    }
    const qint64 startedAt = now();
    const QString listen = d->inbox ? QStringLiteral("%1:%2").arg(options.listenHost).arg(d->inbox->port()) : QString();
    Status s = store.writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("INSERT INTO engines (id, host, pid, mode, listen, started_at, heartbeat_at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {d->id, QHostInfo::localHostName(), QCoreApplication::applicationPid(), options.mode, listen,
                     startedAt, startedAt});
    });
    if (s)
        s = d->markOrphansLost();
    if (!s) {
        d->lock->unlock();
        d->stopped = true;
        return s.error();
    }

    for (int i = 0; i < d->options.workers; ++i) {
        WorkerSlot slot;
        slot.thread = new QThread;
        slot.thread->setObjectName(QStringLiteral("sb-worker-%1").arg(i));
        slot.worker = new Worker(store, d->options, d->id, &d->stopping);
        slot.worker->moveToThread(slot.thread);
        slot.thread->start();
        d->workers.push_back(slot);
    }

    Engine *e = engine.get();
    d->claimTimer.setInterval(500);
    QObject::connect(&d->claimTimer, &QTimer::timeout, e, [d] { d->claim(); });
    d->claimTimer.start();
    d->watchdogTimer.setInterval(5000);
    QObject::connect(&d->watchdogTimer, &QTimer::timeout, e, [d] { d->watchdog(); });
    d->watchdogTimer.start();
    d->retentionTimer.setInterval(options.retentionIntervalMs);
    QObject::connect(&d->retentionTimer, &QTimer::timeout, e, [d] { d->purge(); });
    d->retentionTimer.start();
    QTimer::singleShot(2000, e, [d] { d->purge(); });
    d->drainTimer.setSingleShot(true);
    QObject::connect(&d->drainTimer, &QTimer::timeout, e, [d] {
        // Drain time is up: cancel running steps; their runs are requeued from that step.
        d->stopping.store(true);
    });

    if (d->inbox) {
        QObject::connect(d->inbox, &InboxServer::workOrderCreated, e, [e] { e->wake(); });
        QObject::connect(e, &Engine::runCompleted, d->inbox, &InboxServer::workOrderFinished);
        QTimer::singleShot(0, e, [d] {
            d->log(Tr::tr("Receiving webhooks on %1/i/…").arg(d->inbox->baseUrl()));
        });
    } else if (!inboxProblem.isEmpty()) {
        QTimer::singleShot(0, e, [e, d, inboxProblem] {
            d->log(inboxProblem);
            Q_EMIT e->inboxUnavailable(inboxProblem);
        });
    }
    if (options.cron) {
        d->cron = std::make_unique<CronFirer>(store, e);
        QObject::connect(d->cron.get(), &CronFirer::fired, e, [e] { e->wake(); });
        QObject::connect(d->cron.get(), &CronFirer::logLine, e, &Engine::logLine);
        d->cron->start();
    }
    QTimer::singleShot(0, e, [d] {
        d->log(Tr::tr("Engine %1 started: %n worker(s).", nullptr, d->options.workers).arg(d->id.left(8)));
        d->claim();
    });
    return engine;
}

Result<EngineHolder> Engine::holder(Store &store)
{
    QLockFile lock(lockPath(store));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0)) {
        lock.unlock();
        return makeError(Tr::tr("No engine is running on this database."));
    }
    EngineHolder h;
    QString app;
    lock.getLockInfo(&h.pid, &h.host, &app);
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT mode, listen FROM engines WHERE pid = ? AND stopped_at IS NULL "
                             "ORDER BY started_at DESC LIMIT 1"));
    q.addBindValue(h.pid);
    if (q.exec() && q.next()) {
        h.mode = q.value(0).toString();
        h.listen = q.value(1).toString();
    }
    return h;
}

QString Engine::id() const
{
    return d->id;
}

const EngineOptions &Engine::options() const
{
    return d->options;
}

InboxServer *Engine::inbox() const
{
    return d->inbox;
}

int Engine::workerCount() const
{
    return int(d->workers.size());
}

int Engine::busyWorkers() const
{
    return int(d->workers.size()) - d->idleWorkers();
}

void Engine::wake()
{
    d->claim();
}

void Engine::stop(int drainMs)
{
    if (d->stopped || !d->accepting)
        return;
    d->accepting = false;
    d->log(Tr::tr("Stopping: no new runs; waiting up to %1 s for running steps.").arg(drainMs / 1000.0));
    if (d->cron)
        d->cron->stop();
    if (d->inbox)
        d->inbox->stopListening();
    d->claimTimer.stop();
    d->purgeStop->store(true);
    if (d->idleWorkers() == int(d->workers.size())) {
        QTimer::singleShot(0, this, [this] { d->finishStop(); });
        return;
    }
    d->drainTimer.start(qMax(0, drainMs));
}

bool Engine::isStopped() const
{
    return d->stopped;
}

} // namespace sb
