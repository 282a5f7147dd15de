#pragma once

// The `sms` adaptor's way into the scheduler (@switchboard/language-sms, resources/
// adaptors/sms.js): a job hands its contacts and Infobip credential; the run uses the
// published Master Mapping Table and the countries table of the store the engine works on,
// and records the plan per contact there.

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>

namespace sb {
class Store;
}

namespace sb::sms {

// The store jobs schedule from (the engine's, or run-job's --db); nullptr clears it. The
// store must outlive its registration.
void setJobStore(Store *store);
Store *jobStore();

class SmsPlanner;

// A planner on the published version of `tableName` (an error the user can act on when
// none is published) and the store's countries table; `version` gets the version used.
Result<std::shared_ptr<const SmsPlanner>> publishedPlanner(Store &store, const QString &tableName, int *version = nullptr);

// Request (JSON): {"contacts": [...], "configuration": {"baseUrl", "apiKey"}, "dryRun",
// "now" (ISO, for tests), "table" (name), "concurrency"}. Answer (JSON): {"ok": true,
// "counts": {...}, "errors": [...], "warnings": [...], "table", "version"} — with "plan"
// (schedule / cancel / skipped) for a dry run — or {"ok": false, "error": "…"}.
// Blocking; run it off the job's thread.
QByteArray runForJob(const QByteArray &request, const std::atomic<bool> &cancel);

} // namespace sb::sms
