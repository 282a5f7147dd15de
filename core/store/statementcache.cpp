#include "statementcache.h"

#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

namespace sb {

namespace {

using Statements = QHash<QString, std::shared_ptr<QSqlQuery>>;

// Connections are used by one thread each, so the cache is per thread and per connection.
QHash<QString, Statements> &cache()
{
    thread_local QHash<QString, Statements> perConnection;
    return perConnection;
}

} // namespace

QSqlQuery *cachedStatement(QSqlDatabase &db, const QString &sql, QString *error)
{
    Statements &statements = cache()[db.connectionName()];
    auto found = statements.constFind(sql);
    if (found != statements.constEnd()) {
        QSqlQuery *q = found.value().get();
        q->finish();
        return q;
    }
    auto q = std::make_shared<QSqlQuery>(db);
    if (!q->prepare(sql)) {
        if (error)
            *error = q->lastError().text();
        return nullptr;
    }
    statements.insert(sql, q);
    return q.get();
}

Status execCached(QSqlDatabase &db, const QString &sql, const QVariantList &binds, qint64 *lastInsertId)
{
    QString error;
    QSqlQuery *q = cachedStatement(db, sql, &error);
    if (!q)
        return makeError(error + QStringLiteral(" [") + sql.left(80) + QStringLiteral("]"));
    for (const QVariant &v : binds)
        bindValue(*q, v);
    if (!q->exec())
        return makeError(q->lastError().text());
    if (lastInsertId)
        *lastInsertId = q->lastInsertId().toLongLong();
    return Ok{};
}

void releaseCachedStatements(const QString &connectionName)
{
    cache().remove(connectionName);
}

} // namespace sb
