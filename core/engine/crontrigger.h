#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace sb {

class Store;

// What a cron trigger should do now, given the last fire it handled: nothing, fire, or
// deal with fires missed while no engine ran (its policy: run once now, or skip).
struct CronDue
{
    int dueFires = 0;      // scheduled fires in (lastFired, now]
    QDateTime latestFire;  // the newest of them
    bool missed = false;   // more than one, or the only one is over a minute old
};
CronDue cronDue(const QString &expression, const QDateTime &lastFired, const QDateTime &now);

// Fires cron triggers in UTC: one work order per fire. Fires missed while no engine ran
// follow the trigger's choice (run once now, or skip), and a trigger may start each run
// from the previous successful run's final state.
class CronFirer final : public QObject
{
    Q_OBJECT

public:
    CronFirer(Store &store, QObject *parent = nullptr);

    void start();
    void stop();
    // One check now (the timer calls this every second; tests call it with a clock).
    void check(const QDateTime &now);

Q_SIGNALS:
    void fired(qint64 workOrderId);
    void logLine(const QString &line);

private:
    Store &m_store;
    QTimer m_timer;
    bool m_busy = false;
};

} // namespace sb
