#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace sb {

// Rewrites the work order's row in the free-text index (work_order_search, rowid = work
// order id): its input, every step's output and every log line, capped. Inside a write.
Status reindexWorkOrder(QSqlDatabase &db, qint64 workOrderId);

} // namespace sb
