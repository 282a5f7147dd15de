#pragma once

#include <QString>
#include <QtGlobal>

namespace sb {

// Resident memory of this whole process in bytes, from /proc/self/statm; 0 when unknown.
qint64 residentMemoryBytes();

// Who makes a change, for audit events: the account Switchboard runs as ($USER, $LOGNAME,
// else the passwd entry of the effective user; "local" when none is known).
QString accountName();

// Levenshtein distance (insertions, deletions, substitutions), for "did you mean …?".
int editDistance(const QString &a, const QString &b);

} // namespace sb
