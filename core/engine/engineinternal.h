#pragma once

// Shared between the engine's parts; not for views.

#include "common/result.h"
#include "runtime/jobruntime.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>
#include <vector>

namespace sb {

// Inserts log lines (level, time, message; `source` "job" or "engine") of a run's step
// (`stepId` 0 = the run itself). Inside a write function.
Status insertLogLines(QSqlDatabase &db, qint64 runId, qint64 stepId,
                      const std::vector<std::pair<JobLogLine, QString>> &lines);

// The retry rule, inside a write function: a new available run on the work order, from
// the start or from job `fromJobKey` with that step's stored input. Errors are sentences
// for the person who asked.
Result<qint64> queueRetryInDb(QSqlDatabase &db, qint64 workOrderId, const QString &fromJobKey,
                              qint64 retryOfRunId = 0);

// Cancels the work order's available runs; returns how many. Inside a write function.
Result<int> cancelQueuedInDb(QSqlDatabase &db, qint64 workOrderId);

} // namespace sb
