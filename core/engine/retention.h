#pragma once

// Retention per project: keep everything, keep data only for failures, or erase data
// after N days. "Data" is dataclips (inputs and outputs); runs, steps, errors and log
// lines stay, so history still explains what happened. The search index is rewritten
// without the erased text.

#include "common/result.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>

namespace sb {

class Store;

enum class RetentionPolicy { KeepAll, FailuresOnly, EraseAfter };
QString toString(RetentionPolicy policy); // keep_all | failures_only | erase_after
bool parseRetentionPolicy(const QString &text, RetentionPolicy *out);

struct Retention
{
    RetentionPolicy policy = RetentionPolicy::KeepAll;
    int days = 30; // EraseAfter only
};

// A sentence describing the policy ("erase data after 30 days").
QString describe(const Retention &retention);

Result<Retention> projectRetention(QSqlDatabase &db, qint64 projectId);
Status setProjectRetention(Store &store, qint64 projectId, const Retention &retention);

// Erases a work order's dataclips (inside a write function); marks it wiped.
Status wipeWorkOrderData(QSqlDatabase &db, qint64 workOrderId, qint64 nowMs);

// At the end of a successful run: erases its data at once when the project keeps data
// only for failures. Inside a write function.
Status applyRetentionAfterSuccess(QSqlDatabase &db, qint64 workOrderId);

struct PurgeReport
{
    qint64 workOrdersWiped = 0;
};

// One purge pass over every project (blocking; run it off the GUI thread). Works in
// small batches so runs and webhooks keep flowing. Stops early when `stop` is set.
Result<PurgeReport> purgeExpiredData(Store &store, qint64 nowMs, const std::atomic<bool> *stop = nullptr);

} // namespace sb
