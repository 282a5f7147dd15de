#include "storewriter.h"

#include "statementcache.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sb {

namespace {

constexpr std::size_t kMaxBatch = 1024;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Store)
};

} // namespace

StoreWriter::StoreWriter(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{
}

StoreWriter::~StoreWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
        m_checkpointWake.wakeAll();
    }
    if (m_checkpointThread.joinable())
        m_checkpointThread.join();
    if (m_thread.joinable())
        m_thread.join();
}

void StoreWriter::runCheckpoints()
{
    const QString name = m_connectionName + QStringLiteral("-checkpoint");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        if (db.open()) {
            QSqlQuery q(db);
            QMutexLocker lock(&m_mutex);
            while (!m_stopping) {
                m_checkpointWake.wait(&m_mutex, 200);
                if (m_stopping)
                    break;
                lock.unlock();
                // PASSIVE: copies what no reader still needs, never waits, never blocks
                // the writer. The writer restarts the log once everything is copied.
                q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                q.finish();
                lock.relock();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status StoreWriter::start()
{
    std::promise<Status> started;
    std::future<Status> result = started.get_future();
    m_thread = std::thread([this, &started] { run(&started); });
    return result.get();
}

void StoreWriter::enqueue(Store::WriteFn fn, QObject *context, Store::DoneFn done)
{
    QMutexLocker lock(&m_mutex);
    m_queue.push_back(Item{std::move(fn), QPointer<QObject>(context), context != nullptr,
                           std::move(done), nullptr});
    m_wake.wakeOne();
}

Status StoreWriter::enqueueAndWait(Store::WriteFn fn)
{
    std::promise<Status> waiter;
    std::future<Status> result = waiter.get_future();
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping)
            return makeError(Tr::tr("The store is closing; the change was not saved."));
        m_queue.push_back(Item{std::move(fn), {}, false, {}, &waiter});
        m_wake.wakeOne();
    }
    return result.get();
}

Status StoreWriter::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return makeError(Tr::tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text()));
    // journal_mode answers with the mode it ended in; anything but "wal" means the
    // file could not be switched (a read-only folder, a network file system).
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return makeError(Tr::tr("%1 is not a usable SQLite database: %2")
                             .arg(m_path, q.lastError().text()));
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return makeError(Tr::tr("Cannot switch %1 to write-ahead logging (it stayed in %2 mode); "
                            "put the database on a local, writable disk.")
                             .arg(m_path, q.value(0).toString()));
    q.finish();
    // FULL: a commit is on disk when it returns, so an acknowledged message survives a
    // power cut; batching keeps that affordable. temp_store=MEMORY keeps the savepoint
    // of each write (its statement journal) in memory: on a file it cost a temporary
    // file per batch and a pwrite per page per write, and halved webhook ingest.
    for (const char *pragma : {"PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA wal_autocheckpoint=0",
                               "PRAGMA temp_store=MEMORY"}) {
        const Status s = exec(db, QString::fromLatin1(pragma));
        if (!s)
            return s;
    }
    return migrate(db);
}

void StoreWriter::run(std::promise<Status> *started)
{
    const Status opened = openConnection();
    const bool ok = opened.ok();
    if (ok)
        m_checkpointThread = std::thread([this] { runCheckpoints(); });
    started->set_value(opened);
    if (!ok) {
        QSqlDatabase::removeDatabase(m_connectionName);
        return;
    }

    std::deque<Item> batch;
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_queue.empty() && m_stopping)
                break;
            while (!m_queue.empty() && batch.size() < kMaxBatch) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        processBatch(batch);
        batch.clear();
    }
    releaseCachedStatements(m_connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void StoreWriter::processBatch(std::deque<Item> &batch)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    std::vector<Status> results;
    results.reserve(batch.size());

    // IMMEDIATE: take the write lock up front, so a console and a headless engine on the
    // same file wait for each other (busy timeout) instead of failing on lock upgrade.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const Error e = makeError(Tr::tr("Cannot start a transaction: %1").arg(begin.lastError().text()));
        for (Item &item : batch)
            deliver(item, e);
        return;
    }
    for (Item &item : batch) {
        Status s = execCached(db, QStringLiteral("SAVEPOINT w"), {});
        if (s) {
            s = item.fn(db);
            if (!s)
                execCached(db, QStringLiteral("ROLLBACK TO w"), {});
            execCached(db, QStringLiteral("RELEASE w"), {});
        }
        results.push_back(std::move(s));
    }
    if (!db.commit()) {
        const Error e = makeError(Tr::tr("The database refused to save (%1); nothing in this batch "
                                     "was written. Check free disk space and file permissions.")
                                      .arg(db.lastError().text()));
        db.rollback();
        for (Item &item : batch)
            deliver(item, e);
        return;
    }
    m_batches.fetch_add(1);
    m_writes.fetch_add(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i)
        deliver(batch[i], results[i]);
}

void StoreWriter::deliver(Item &item, const Status &status)
{
    if (item.waiter) {
        item.waiter->set_value(status);
        return;
    }
    if (!item.done)
        return;
    if (!item.hasContext) {
        item.done(status);
        return;
    }
    QObject *context = item.context.data();
    if (!context)
        return; // its owner is gone; so is the callback
    QMetaObject::invokeMethod(
        context, [done = std::move(item.done), status] { done(status); }, Qt::QueuedConnection);
}

} // namespace sb
