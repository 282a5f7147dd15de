#include "storewatcher.h"

#include "store.h"

#include <QSqlQuery>

namespace sb {

StoreWatcher::StoreWatcher(Store &store, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::poll);
    poll(); // the baseline: changes from now on are reported
    m_timer.start();
}

void StoreWatcher::poll()
{
    // data_version changes when another connection (our writer thread included) commits.
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    qint64 version = m_lastVersion;
    if (q.exec(QStringLiteral("PRAGMA data_version")) && q.next())
        version = q.value(0).toLongLong();
    // Our own writer's commits are counted too, in case the read connection has not
    // started a read since (data_version is per connection).
    const quint64 writes = m_store.committedWrites();
    const bool first = m_lastVersion < 0;
    const bool moved = version != m_lastVersion || writes != m_lastWrites;
    m_lastVersion = version;
    m_lastWrites = writes;
    if (!first && moved)
        Q_EMIT changed();
}

} // namespace sb
