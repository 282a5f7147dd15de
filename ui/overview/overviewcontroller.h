#pragma once

#include "overview/overviewstats.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>

namespace sb {

class Store;
class StoreWatcher;

// Loads the Overview's figures on its own thread (with that thread's read connection) and
// reloads when the store changes, at most once per minimum interval (2 s), and every 30 s
// so the windows and "3 min ago" move on. Loads only while active (the view is shown); a
// change seen while inactive loads when it becomes active again.
class OverviewController final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // UTC ms

    explicit OverviewController(Store &store, QObject *parent = nullptr);
    ~OverviewController() override;

    void setScope(const OverviewScope &scope);
    OverviewScope scope() const { return m_scope; }
    void setActive(bool active);
    bool isActive() const { return m_active; }

    // For tests: the time windows end at (default: now), the throttle, the watcher's poll.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setMinimumInterval(int ms) { m_minimumIntervalMs = ms; }
    StoreWatcher *watcher() const { return m_watcher; }

    const QList<WorkflowOverview> &rows() const { return m_rows; }
    qint64 nowMs() const { return m_rowsNowMs; } // the "now" the rows were computed at
    qint64 lastLoadMs() const { return m_lastLoadMs; }
    bool isLoading() const { return m_inFlight; }
    int loadCount() const { return m_loadCount; }

public slots:
    // Load now (View → Refresh, scope change); after the load in flight if there is one.
    void reload();
    // Something changed: load soon, at most once per minimum interval.
    void requestReload();

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    void schedule();
    void start();
    void finished(quint64 generation, const Result<QList<WorkflowOverview>> &result, qint64 nowMs, qint64 tookMs);

    Store &m_store;
    QThread m_thread;
    QObject *m_worker = nullptr;
    StoreWatcher *m_watcher = nullptr;
    QTimer m_throttle;
    QTimer m_tick;
    QElapsedTimer m_sinceStart;
    Clock m_clock;
    OverviewScope m_scope;
    QList<WorkflowOverview> m_rows;
    qint64 m_rowsNowMs = 0;
    qint64 m_lastLoadMs = 0;
    quint64 m_generation = 0;
    int m_minimumIntervalMs = 2000;
    int m_loadCount = 0;
    bool m_active = false;
    bool m_dirty = true;
    bool m_inFlight = false;
    bool m_forced = false;
};

} // namespace sb
