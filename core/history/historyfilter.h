#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace sb {

// Which work orders a History view, `switchboard runs` or a bulk retry is about.
// Every field narrows; an empty filter matches every work order.
struct HistoryFilter
{
    qint64 projectId = 0;        // 0 = every project
    QStringList states;          // work order states ("failed", "lost" …); empty = all
    QList<qint64> workflowIds;   // empty = all
    QString workflowName;        // name or key of a workflow (CLI); empty = all
    qint64 fromMs = 0;           // created_at >= fromMs (UTC ms); 0 = open
    qint64 toMs = 0;             // created_at < toMs; 0 = open
    QString search;              // free text over input, outputs and logs (FTS5); empty = none

    bool isEmpty() const
    {
        return projectId == 0 && states.isEmpty() && workflowIds.isEmpty() && workflowName.isEmpty()
               && fromMs == 0 && toMs == 0 && search.isEmpty();
    }
};

// Calls `batch` with the ids of every matching work order, newest first, `batchSize` at a
// time, reading on `db` (a read connection); stops early when `batch` returns false.
// Keyset paging: never OFFSET, so the millionth row costs what the first does.
Status forEachMatchingWorkOrder(QSqlDatabase &db, const HistoryFilter &filter, int batchSize,
                                const std::function<bool(const QList<qint64> &ids)> &batch);

// The number of matching work orders.
Result<qint64> countMatchingWorkOrders(QSqlDatabase &db, const HistoryFilter &filter);

} // namespace sb
