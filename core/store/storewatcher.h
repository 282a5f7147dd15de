#pragma once

#include <QObject>
#include <QTimer>

namespace sb {

class Store;

// Tells views when anything in the store changed, whoever wrote it: this process's
// writer thread or another process on the same file (a headless engine). Polls SQLite's
// `PRAGMA data_version` on the calling thread's read connection, which costs
// microseconds, and emits changed() at most once per interval.
class StoreWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit StoreWatcher(Store &store, int intervalMs = 300, QObject *parent = nullptr);

    void setInterval(int intervalMs) { m_timer.setInterval(intervalMs); }
    // Checks now (tests, or after the view itself wrote).
    void poll();

Q_SIGNALS:
    void changed();

private:
    Store &m_store;
    QTimer m_timer;
    qint64 m_lastVersion = -1;
    quint64 m_lastWrites = 0;
};

} // namespace sb
