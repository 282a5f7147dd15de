#pragma once

// Internal to core/history: the SQL behind a HistoryFilter, shared by the filter's
// iteration and count, the History page query and `switchboard runs`.

#include "common/result.h"
#include "history/historyfilter.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace sb::historysql {

// One page of matching work order ids in id order (descending when `newestFirst`),
// strictly after `afterId` in that order (0 = from the start).
Result<QList<qint64>> matchingIds(QSqlDatabase &db, const HistoryFilter &filter, bool newestFirst, qint64 afterId,
                                  int limit);

} // namespace sb::historysql
