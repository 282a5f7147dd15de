#include "overviewcontroller.h"

#include "store/store.h"
#include "store/storewatcher.h"

#include <QDateTime>
#include <QPointer>

#include <limits>

namespace sb {

OverviewController::OverviewController(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_worker(new QObject)
    , m_watcher(new StoreWatcher(store, 500, this))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_thread.setObjectName(QStringLiteral("overview-loader"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();

    m_throttle.setSingleShot(true);
    connect(&m_throttle, &QTimer::timeout, this, &OverviewController::schedule);
    // The windows slide and "3 min ago" ages even when nothing is written.
    m_tick.setInterval(30000);
    connect(&m_tick, &QTimer::timeout, this, &OverviewController::requestReload);
    m_tick.start();
    connect(m_watcher, &StoreWatcher::changed, this, &OverviewController::requestReload);
    m_watcher->poll(); // the baseline: what is committed now is in the first load
}

OverviewController::~OverviewController()
{
    // A load in flight finishes first (well under a second); its reply to us is dropped.
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void OverviewController::setScope(const OverviewScope &scope)
{
    m_scope = scope;
    reload();
}

void OverviewController::setActive(bool active)
{
    m_active = active;
    if (active)
        schedule();
}

void OverviewController::reload()
{
    m_dirty = true;
    m_forced = true;
    schedule();
}

void OverviewController::requestReload()
{
    m_dirty = true;
    schedule();
}

void OverviewController::schedule()
{
    if (!m_active || m_inFlight || !m_dirty)
        return;
    const qint64 since = m_sinceStart.isValid() ? m_sinceStart.elapsed() : std::numeric_limits<qint64>::max();
    if (m_forced || since >= m_minimumIntervalMs) {
        m_throttle.stop();
        start();
    } else if (!m_throttle.isActive()) {
        m_throttle.start(int(m_minimumIntervalMs - since));
    }
}

void OverviewController::start()
{
    m_dirty = false;
    m_forced = false;
    m_inFlight = true;
    m_sinceStart.start();
    const quint64 generation = ++m_generation;
    const OverviewScope scope = m_scope;
    const qint64 now = m_clock();
    Store *store = &m_store;
    QPointer<OverviewController> self(this);
    QMetaObject::invokeMethod(m_worker, [self, store, scope, now, generation] {
        QElapsedTimer took;
        took.start();
        Result<QList<WorkflowOverview>> result = loadOverview(*store, scope, now);
        const qint64 tookMs = took.elapsed();
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(), [self, generation, result, now, tookMs] {
            if (self)
                self->finished(generation, result, now, tookMs);
        });
    });
}

void OverviewController::finished(quint64 generation, const Result<QList<WorkflowOverview>> &result, qint64 nowMs,
                                  qint64 tookMs)
{
    m_inFlight = false;
    if (generation == m_generation) {
        m_lastLoadMs = tookMs;
        ++m_loadCount;
        if (result) {
            m_rows = result.value();
            m_rowsNowMs = nowMs;
            emit loaded();
        } else {
            emit loadFailed(result.error().message);
        }
    }
    schedule();
}

} // namespace sb
