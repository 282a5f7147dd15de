#pragma once

#include "store.h"

#include <QMutex>
#include <QPointer>
#include <QWaitCondition>

#include <atomic>
#include <deque>
#include <future>
#include <thread>

namespace sb {

// The one writer connection and its thread. Pending writes are taken in batches and
// committed in one transaction, each inside its own SAVEPOINT. A second thread
// checkpoints the write-ahead log every 200 ms.
class StoreWriter final
{
public:
    StoreWriter(QString path, QString connectionName);
    ~StoreWriter();

    // Starts the thread, opens the connection and migrates; returns the outcome.
    Status start();

    void enqueue(Store::WriteFn fn, QObject *context, Store::DoneFn done);
    Status enqueueAndWait(Store::WriteFn fn);

    quint64 committedWrites() const { return m_writes.load(); }
    quint64 committedBatches() const { return m_batches.load(); }

private:
    struct Item
    {
        Store::WriteFn fn;
        QPointer<QObject> context;
        bool hasContext = false;
        Store::DoneFn done;
        std::promise<Status> *waiter = nullptr;
    };

    void run(std::promise<Status> *started);
    void runCheckpoints();
    Status openConnection();
    void processBatch(std::deque<Item> &batch);
    static void deliver(Item &item, const Status &status);

    QString m_path;
    QString m_connectionName;
    std::thread m_thread;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    std::atomic<quint64> m_writes{0};
    std::atomic<quint64> m_batches{0};
    // WAL checkpoints run on their own thread and connection, so copying pages into the
    // database file never delays a commit (the writer's autocheckpoint is off).
    std::thread m_checkpointThread;
    QWaitCondition m_checkpointWake;
};

} // namespace sb
