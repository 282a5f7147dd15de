#include "retry.h"

#include "engineinternal.h"
#include "retention.h"
#include "workorders.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

constexpr int kBulkChunk = 250;

QString day(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

Result<qint64> queueRetryInDb(QSqlDatabase &db, qint64 workOrderId, const QString &fromJobKey, qint64 retryOfRunId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT wo.workflow_id, wo.dataclip_id, w.name, w.project_id, w.deleted_at "
                             "FROM work_orders wo JOIN workflows w ON w.id = wo.workflow_id WHERE wo.id = ?"));
    q.addBindValue(workOrderId);
    if (!q.exec() || !q.next())
        return makeError(Tr::tr("Work order %1 does not exist.").arg(workOrderId));
    const qint64 workflowId = q.value(0).toLongLong();
    qint64 dataclipId = q.value(1).toLongLong();
    const QString workflowName = q.value(2).toString();
    const qint64 projectId = q.value(3).toLongLong();
    if (!q.value(4).isNull())
        return makeError(Tr::tr("Work order %1 belongs to workflow \"%2\", which was removed from the project.")
                             .arg(workOrderId)
                             .arg(workflowName));

    q.prepare(QStringLiteral("SELECT id, state FROM runs WHERE work_order_id = ? AND state IN "
                             "('available', 'claimed', 'started') ORDER BY id DESC LIMIT 1"));
    q.addBindValue(workOrderId);
    if (q.exec() && q.next())
        return makeError(Tr::tr("Work order %1 already has run %2 %3; wait for it to finish or cancel it.")
                             .arg(workOrderId)
                             .arg(q.value(0).toLongLong())
                             .arg(q.value(1).toString() == QLatin1String("available") ? Tr::tr("queued")
                                                                                       : Tr::tr("running")));
    if (retryOfRunId == 0) {
        q.prepare(QStringLiteral("SELECT id FROM runs WHERE work_order_id = ? ORDER BY id DESC LIMIT 1"));
        q.addBindValue(workOrderId);
        if (q.exec() && q.next())
            retryOfRunId = q.value(0).toLongLong();
    }

    QString jobName;
    if (!fromJobKey.isEmpty()) {
        q.prepare(QStringLiteral("SELECT name FROM jobs WHERE workflow_id = ? AND key = ?"));
        q.addBindValue(workflowId);
        q.addBindValue(fromJobKey);
        if (!q.exec() || !q.next())
            return makeError(Tr::tr("Job \"%1\" is not in workflow \"%2\" any more; retry from the start or from "
                                    "another step.")
                                 .arg(fromJobKey, workflowName));
        jobName = q.value(0).toString();
        // The input that step had in the latest run that reached it.
        q.prepare(QStringLiteral("SELECT s.input_dataclip_id FROM steps s JOIN runs r ON r.id = s.run_id "
                                 "WHERE r.work_order_id = ? AND s.job_key = ? ORDER BY s.id DESC LIMIT 1"));
        q.addBindValue(workOrderId);
        q.addBindValue(fromJobKey);
        if (!q.exec() || !q.next() || q.value(0).isNull())
            return makeError(Tr::tr("Step \"%1\" never ran in work order %2, so there is no input to retry it "
                                    "from. Retry from the start instead.")
                                 .arg(jobName)
                                 .arg(workOrderId));
        dataclipId = q.value(0).toLongLong();
    }

    q.prepare(QStringLiteral("SELECT wiped_at FROM dataclips WHERE id = ?"));
    q.addBindValue(dataclipId);
    if (!q.exec() || !q.next())
        return makeError(Tr::tr("The input of work order %1 is no longer in the store, so it cannot be retried.")
                             .arg(workOrderId));
    if (!q.value(0).isNull()) {
        const Result<Retention> retention = projectRetention(db, projectId);
        const QString policy = retention ? describe(retention.value()) : QString();
        const QString what = fromJobKey.isEmpty() ? Tr::tr("its input") : Tr::tr("the input of step \"%1\"").arg(jobName);
        return makeError(Tr::tr("Work order %1 cannot be retried: %2 was erased on %3 by the project's retention "
                                "policy (%4).")
                             .arg(workOrderId)
                             .arg(what, day(q.value(0).toLongLong()), policy));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery ins(db);
    ins.prepare(QStringLiteral("INSERT INTO runs (work_order_id, state, starting_job_key, starting_dataclip_id, "
                               "retry_of_run_id, priority, created_at, workflow_id, trigger_kind) "
                               "VALUES (?, 'available', ?, ?, ?, ?, ?, ?, 'retry')"));
    for (const QVariant &v : QVariantList{workOrderId, fromJobKey, dataclipId,
                                          retryOfRunId > 0 ? QVariant(retryOfRunId) : QVariant(), kPriorityManual,
                                          now, workflowId})
        bindValue(ins, v);
    if (!ins.exec())
        return makeError(Tr::tr("The database refused to save the retry: %1").arg(ins.lastError().text()));
    const qint64 runId = ins.lastInsertId().toLongLong();
    if (Status s = exec(db, QStringLiteral("UPDATE work_orders SET state = 'available', last_activity_at = ?, "
                                           "run_count = run_count + 1 WHERE id = ?"),
                        {now, workOrderId});
        !s)
        return s.error();
    return runId;
}

Result<int> cancelQueuedInDb(QSqlDatabase &db, qint64 workOrderId)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runs SET state = 'cancelled', finished_at = ?, error_type = 'Cancelled', "
                             "error_message = ? WHERE work_order_id = ? AND state = 'available'"));
    q.addBindValue(now);
    q.addBindValue(Tr::tr("Cancelled before it started."));
    q.addBindValue(workOrderId);
    if (!q.exec())
        return makeError(q.lastError().text());
    const int cancelled = q.numRowsAffected();
    if (cancelled > 0) {
        if (Status s = exec(db, QStringLiteral("UPDATE work_orders SET state = 'cancelled', last_activity_at = ? "
                                               "WHERE id = ?"),
                            {now, workOrderId});
            !s)
            return s.error();
    }
    return cancelled;
}

Result<qint64> retryWorkOrder(Store &store, qint64 workOrderId, const QString &fromJobKey)
{
    return writeAndWaitFor<qint64>(store, [&](QSqlDatabase &db) { return queueRetryInDb(db, workOrderId, fromJobKey); });
}

Result<qint64> retryRun(Store &store, qint64 runId, const QString &fromJobKey)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT work_order_id FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return makeError(Tr::tr("Run %1 does not exist.").arg(runId));
    const qint64 workOrderId = q.value(0).toLongLong();
    q.finish();
    return writeAndWaitFor<qint64>(store, [&](QSqlDatabase &wdb) {
        return queueRetryInDb(wdb, workOrderId, fromJobKey, runId);
    });
}

Result<int> cancelQueued(Store &store, qint64 workOrderId)
{
    return writeAndWaitFor<int>(store, [&](QSqlDatabase &db) { return cancelQueuedInDb(db, workOrderId); });
}

BulkAction::BulkAction(Store &store, Kind kind, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_kind(kind)
    , m_stop(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<sb::BulkOutcome>();
}

BulkAction::~BulkAction()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void BulkAction::start(const HistoryFilter &filter, const QString &fromJobKey)
{
    launch([this, filter, fromJobKey] { run(&filter, {}, fromJobKey); });
}

void BulkAction::start(const QList<qint64> &workOrderIds, const QString &fromJobKey)
{
    launch([this, workOrderIds, fromJobKey] { run(nullptr, workOrderIds, fromJobKey); });
}

// Runs `work` on a new thread unless an action is already running.
void BulkAction::launch(std::function<void()> work)
{
    if (m_running.exchange(true))
        return;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_stop->store(false);
    m_thread = QThread::create(std::move(work));
    m_thread->start();
}

void BulkAction::cancel()
{
    m_stop->store(true);
}

bool BulkAction::isRunning() const
{
    return m_running.load();
}

void BulkAction::run(const HistoryFilter *filter, QList<qint64> ids, QString fromJobKey)
{
    BulkOutcome outcome;
    auto report = [this](BulkOutcome result) {
        m_running.store(false);
        QMetaObject::invokeMethod(this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
    };
    if (filter) {
        // Everything matching, not just a page: collect the ids first so the count is exact.
        QSqlDatabase db = m_store.readConnection();
        const Status listed = forEachMatchingWorkOrder(db, *filter, 5000, [&](const QList<qint64> &batch) {
            ids += batch;
            return !m_stop->load();
        });
        if (!listed) {
            outcome.interrupted = true;
            outcome.skipped.append({0, listed.error().message});
            report(outcome);
            return;
        }
    }
    outcome.asked = ids.size();
    QMetaObject::invokeMethod(this, [this, total = outcome.asked] { Q_EMIT progress(0, total); }, Qt::QueuedConnection);
    for (qsizetype at = 0; at < ids.size(); at += kBulkChunk) {
        if (m_stop->load()) {
            outcome.interrupted = true;
            break;
        }
        const QList<qint64> chunk = ids.mid(at, kBulkChunk);
        qint64 done = 0;
        QList<QPair<qint64, QString>> skipped;
        const Status s = m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
            done = 0;
            skipped.clear();
            for (qint64 id : chunk) {
                if (m_kind == Kind::Retry) {
                    const Result<qint64> r = queueRetryInDb(db, id, fromJobKey);
                    if (r)
                        ++done;
                    else
                        skipped.append({id, r.error().message});
                } else {
                    const Result<int> r = cancelQueuedInDb(db, id);
                    if (r && r.value() > 0)
                        ++done;
                    else
                        skipped.append({id, r ? Tr::tr("Work order %1 had no queued run.").arg(id) : r.error().message});
                }
            }
            return Ok{};
        });
        if (!s) {
            for (qint64 id : chunk)
                outcome.skipped.append({id, s.error().message});
        } else {
            outcome.done += done;
            outcome.skipped += skipped;
        }
        const qint64 processed = qMin<qint64>(at + kBulkChunk, ids.size());
        QMetaObject::invokeMethod(this, [this, processed, total = outcome.asked] { Q_EMIT progress(processed, total); },
                                  Qt::QueuedConnection);
    }
    report(outcome);
}

} // namespace sb
