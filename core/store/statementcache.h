#pragma once
// Prepared statements kept per connection, for the few statements the writer runs
// thousands of times a second (the inbox's inserts, savepoints). Preparing a statement
// costs about as much as running a small insert; a cached one is only re-bound.
//
// Statements belong to the thread that owns the connection. The cache of a connection is
// dropped with releaseCachedStatements() before the connection closes.

#include "common/result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

class QSqlDatabase;

namespace sb {

// The statement `sql` prepared on `db`, reused on later calls with the same text. Bind
// values with bindValue()/addBindValue() and exec(); bound values are reset first.
// Returns nullptr (with the driver's message in *error) when the statement does not prepare.
QSqlQuery *cachedStatement(QSqlDatabase &db, const QString &sql, QString *error = nullptr);

// Runs a cached statement with `binds` (null strings bound as empty text, as exec() does).
// `lastInsertId`, when given, receives the new row's id.
Status execCached(QSqlDatabase &db, const QString &sql, const QVariantList &binds, qint64 *lastInsertId = nullptr);

// Finalizes every cached statement of the connection named `connectionName` (in the
// calling thread).
void releaseCachedStatements(const QString &connectionName);

} // namespace sb
