#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace sb {

// Forward-only schema migrations. Migration N (1-based) takes a database at
// version N-1 to version N; the version is recorded in schema_migrations.
// Never edit a released migration: add a new one.
struct Migration
{
    int version;
    const char *description;
    QStringList statements;
};

const QList<Migration> &migrations();
int latestSchemaVersion();

// The version recorded in `db` (0 for an empty database).
Result<int> currentSchemaVersion(QSqlDatabase &db);

// Applies migrations after the current version up to `target` (default: latest), each
// in its own transaction. Refuses a database whose version is newer than this build.
Status migrate(QSqlDatabase &db, int target = -1);

} // namespace sb
