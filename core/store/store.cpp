#include "store.h"

#include "migrations.h"
#include "storewriter.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

#include <unordered_map>

namespace sb {

namespace {

QAtomicInt g_storeCounter;

// Read connections are per thread (QSqlDatabase must not cross threads). The holder
// removes the thread's connections when the thread ends.
struct ThreadReaders
{
    std::unordered_map<std::string, bool> names;
    ~ThreadReaders()
    {
        for (const auto &entry : names) {
            const QString name = QString::fromStdString(entry.first);
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

QThreadStorage<ThreadReaders *> g_readers;

} // namespace

Store::Store(QString path) : m_path(std::move(path))
{
    const int n = g_storeCounter.fetchAndAddRelaxed(1);
    m_readPrefix = QStringLiteral("sb-read-%1-").arg(n);
    m_writer = std::make_unique<StoreWriter>(m_path, QStringLiteral("sb-write-%1").arg(n));
}

Store::~Store()
{
    m_writer.reset();
    // The calling thread's reader for this store is closed now; other threads close
    // theirs when they end.
    if (g_readers.hasLocalData()) {
        ThreadReaders *readers = g_readers.localData();
        const QString name = m_readPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
        if (readers->names.erase(name.toStdString()) > 0) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    if (path.isEmpty())
        return makeError(tr("No database path given."));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(tr("Cannot create the folder %1 for the database; check its permissions "
                            "or choose another path with --db.")
                             .arg(info.absolutePath()));
    if (info.exists() && info.isDir())
        return makeError(tr("%1 is a folder; --db needs a file path.").arg(path));
    std::unique_ptr<Store> store(new Store(info.absoluteFilePath()));
    const Status started = store->m_writer->start();
    if (!started)
        return started.error();
    return store;
}

int Store::schemaVersion() const
{
    QSqlDatabase db = readConnection();
    const Result<int> v = currentSchemaVersion(db);
    return v ? v.value() : -1;
}

QSqlDatabase Store::readConnection() const
{
    if (!g_readers.hasLocalData())
        g_readers.setLocalData(new ThreadReaders);
    ThreadReaders *readers = g_readers.localData();
    const QString name = m_readPrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()));
    const std::string key = name.toStdString();
    if (readers->names.count(key))
        return QSqlDatabase::database(name, false);

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        exec(db, QStringLiteral("PRAGMA foreign_keys=ON"));
        exec(db, QStringLiteral("PRAGMA query_only=ON"));
    } else {
        qWarning("sb::Store: cannot open a read connection to %s: %s", qPrintable(m_path),
                 qPrintable(db.lastError().text()));
    }
    readers->names.emplace(key, true);
    return db;
}

void Store::write(WriteFn fn, QObject *context, DoneFn done)
{
    m_writer->enqueue(std::move(fn), context, std::move(done));
}

Status Store::writeAndWait(WriteFn fn)
{
    return m_writer->enqueueAndWait(std::move(fn));
}

quint64 Store::committedWrites() const
{
    return m_writer->committedWrites();
}

quint64 Store::committedBatches() const
{
    return m_writer->committedBatches();
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return makeError(q.lastError().text() + QStringLiteral(" [") + sql.left(80) + QStringLiteral("]"));
    for (const QVariant &v : binds)
        bindValue(q, v);
    if (!q.exec())
        return makeError(q.lastError().text());
    return Ok{};
}

bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &binds)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        bindValue(query, v);
    return query.exec();
}

void bindValue(QSqlQuery &query, const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        query.addBindValue(QString(QLatin1String("")));
    else
        query.addBindValue(value);
}

} // namespace sb
