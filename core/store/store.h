#pragma once

#include "common/result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

namespace sb {

class StoreWriter;

// The store: one SQLite file (WAL, foreign keys on), versioned forward migrations,
// one writer thread that batches writes into transactions, and a read connection per
// calling thread.
//
// Writes are functions run on the writer thread. Several pending writes are committed
// in one transaction; each runs inside its own SAVEPOINT so one failing write is
// rolled back alone and reported to its caller, never taking the others with it.
class Store final : public QObject
{
    Q_OBJECT

public:
    using WriteFn = std::function<Status(QSqlDatabase &db)>;
    using DoneFn = std::function<void(const Status &status)>;

    ~Store() override;

    // Opens (creating if needed) the SQLite file at `path` and migrates it to the
    // latest schema. Errors say what to do ("…is not a Switchboard database", "…is
    // newer than this Switchboard (schema 7, this build knows 3)").
    static Result<std::unique_ptr<Store>> open(const QString &path);

    QString path() const { return m_path; }
    int schemaVersion() const;

    // A read connection for the calling thread (opened on first use, read-only).
    QSqlDatabase readConnection() const;

    // Queues `fn` for the writer thread; `done` runs on `context`'s thread once the
    // batch holding it committed (or the write failed). `done` is dropped if `context`
    // is destroyed first.
    void write(WriteFn fn, QObject *context, DoneFn done);

    // Queues `fn` and blocks the calling thread until it committed (a few ms: the batch
    // it joins is fsynced). For the CLI, worker threads, tests and single small edits a
    // person waits on; never for bulk work from the GUI thread (use write()).
    Status writeAndWait(WriteFn fn);

    // Writes committed so far and transactions used for them (for tests and benchmarks).
    quint64 committedWrites() const;
    quint64 committedBatches() const;

private:
    explicit Store(QString path);

    QString m_path;
    QString m_readPrefix;
    std::unique_ptr<StoreWriter> m_writer;
};

// Runs `sql` with `binds` on `db`; on failure an Error carrying the driver's text.
// For code running inside a write function or reading on a read connection.
// A null QString is bound as '' (our text columns are NOT NULL); use QVariant() for NULL.
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Binds `value` on `query` with the same rule as exec().
void bindValue(QSqlQuery &query, const QVariant &value);

// Prepares `sql` on `query` (forward only), binds `binds` as exec() does and runs it, for
// reads that go on to step through the rows. False on failure (see query.lastError()).
bool runQuery(QSqlQuery &query, const QString &sql, const QVariantList &binds = {});

// The rows `ids` read with `select` + " WHERE <idColumn> IN (…)", in the order of `ids`
// (ids with no row are left out). `read` makes a Row (with an `id`) of the query's
// current row. False on a query error (see query.lastError()).
template<typename Row, typename Read>
bool readRowsInOrder(QSqlQuery &query, const QString &select, const QString &idColumn, const QList<qint64> &ids,
                     Read &&read, QList<Row> *rows)
{
    QHash<qint64, qsizetype> position;
    QString in;
    QVariantList binds;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        in += i ? QStringLiteral(",?") : QStringLiteral("?");
        binds << ids[i];
        position.insert(ids[i], i);
    }
    if (ids.isEmpty())
        return true;
    if (!runQuery(query, select + QStringLiteral(" WHERE ") + idColumn + QStringLiteral(" IN (") + in + QLatin1Char(')'),
                  binds))
        return false;
    QList<std::optional<Row>> found(ids.size());
    while (query.next()) {
        Row r = read(query);
        found[position.value(r.id)] = std::move(r);
    }
    rows->reserve(rows->size() + ids.size());
    for (auto &r : found)
        if (r)
            rows->append(std::move(*r));
    return true;
}

// Store::writeAndWait() for a write that computes a value (a new run's id, a count): `fn`
// returns Result<T>; its error fails the write (rolled back) and is returned as is.
template<typename T, typename Fn>
Result<T> writeAndWaitFor(Store &store, Fn &&fn)
{
    std::optional<T> value;
    const Status s = store.writeAndWait([&](QSqlDatabase &db) -> Status {
        Result<T> r = fn(db);
        if (!r)
            return r.error();
        value = std::move(r).value();
        return Ok{};
    });
    if (!s)
        return s.error();
    return std::move(*value);
}

} // namespace sb
