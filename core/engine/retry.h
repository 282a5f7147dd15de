#pragma once

// Retry and cancel, for one run or in bulk over a filter (History, `switchboard retry`).

#include "common/result.h"
#include "history/historyfilter.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace sb {

class Store;

// A new run (`available`, manual priority) on the work order, from the start (its input
// dataclip) or from the step of job `fromJobKey`, using the input that step had in the
// work order's latest run that reached it. Refuses with a sentence when the input was
// erased by the retention policy, the job is not in the workflow, or a run is queued or
// running already. Returns the new run's id.
Result<qint64> retryWorkOrder(Store &store, qint64 workOrderId, const QString &fromJobKey = {});
// The same, naming a run: its work order is retried (from the step's input in that run).
Result<qint64> retryRun(Store &store, qint64 runId, const QString &fromJobKey = {});
// Cancels the work order's queued (`available`) runs; running ones are left alone.
Result<int> cancelQueued(Store &store, qint64 workOrderId);

struct BulkOutcome
{
    qint64 asked = 0;    // work orders the request covered
    qint64 done = 0;     // queued (retry) or cancelled (cancel)
    QList<QPair<qint64, QString>> skipped; // work order id, why (every asked one not done)
    bool interrupted = false; // cancel() was called; `asked - done - skipped` were not tried
};

// Retry or cancel in bulk, in the background (its own thread and read connection),
// over explicit work orders or everything matching a filter. Progress is reported as it
// goes; the final count is exact: asked = done + skipped (+ untried when interrupted).
class BulkAction final : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Retry, Cancel };

    BulkAction(Store &store, Kind kind, QObject *parent = nullptr);
    ~BulkAction() override;

    void start(const HistoryFilter &filter, const QString &fromJobKey = {});
    void start(const QList<qint64> &workOrderIds, const QString &fromJobKey = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progress(qint64 processed, qint64 total);
    void finished(const sb::BulkOutcome &outcome);

private:
    void run(const HistoryFilter *filter, QList<qint64> ids, QString fromJobKey);
    void launch(std::function<void()> work);

    Store &m_store;
    Kind m_kind;
    std::shared_ptr<std::atomic_bool> m_stop;
    std::atomic_bool m_running{false};
    class QThread *m_thread = nullptr;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::BulkOutcome)
