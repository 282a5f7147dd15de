#pragma once

// One scheduling run: plan every contact (SmsPlanner), then make Infobip match the plan,
// idempotently (../shared/docs/sms-scheduling.md, "Talking to Infobip"):
//  * a due message: look its bulkId up — not found → schedule; PENDING or PAUSED with a
//    different sendAt → reschedule; FINISHED, CANCELED or the same sendAt → nothing;
//  * a bulkId the rules cancel: look it up — PENDING or PAUSED → cancel; else nothing.
// Which cancellations are looked up: for a contact the store already has a plan for, the
// bulkIds that plan holds as scheduled (and scheduled ones the new plan no longer has); for
// a contact seen for the first time, every bulkId the rules name (an earlier scheduler may
// have scheduled them) unless RunOptions::adoptExisting is off. Messages the stored plan holds as sent are final.
// Infobip uses a bulkId once: a message cancelled earlier (its clinic was suspended, the
// contact opted out for a while) that the plan wants again is scheduled under a new bulkId,
// the template's id with "-r2", "-r3", … (resendBulkId), so no one re-enrols anybody.
//
// Requests go through the process-wide HTTP client (runtime/jobhttp.h), `concurrency` at a
// time; a request that fails leaves its message as it was (planned, with the error as
// reason) and the next run tries again. Nothing here runs on the GUI thread.

#include "common/result.h"
#include "sms/smsplan.h"
#include "sms/smsscheduler.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace sb::sms {

struct InfobipAccount
{
    QString baseUrl;  // "https://xxxxx.api.infobip.com" (scheme optional)
    QString apiKey;   // never logged
    bool verifyTls = true;
    int timeoutMs = 30000;
};

struct RunOptions
{
    bool dryRun = false;         // plan only: no request, nothing saved (cancel bulkIds are
                                 // not built: see planJson() and materializeCancellations())
    int concurrency = 8;         // requests in flight
    // A contact the store has no plan for: look up every bulkId the rules cancel (what an
    // earlier scheduler may have left pending). False for a programme that starts on
    // Switchboard: only bulkIds Switchboard scheduled are ever looked up for cancelling.
    bool adoptExisting = true;
    // Work out every request against the store's plans (RunReport::writes lists what would
    // be scheduled and cancelled) but send none and save nothing: what a change would do.
    bool preview = false;
    const std::atomic<bool> *cancel = nullptr;
};

// One write to Infobip a run made (or, in a preview, would make).
struct RunWrite
{
    enum Kind { Schedule, Reschedule, Cancel };
    Kind kind = Schedule;
    QString contactId;
    QString bulkId;
    int row = 0;
    bool educational = true; // false: a visit reminder
    bool adopted = false;    // a cancellation looked up for a contact the store had no plan for:
                             // made only if Infobip has the bulkId pending
    bool failed = false;     // the request failed (`error` says why); the next run retries
    QString error;
};

struct RunCounts
{
    int contacts = 0;
    int due = 0;          // messages within the horizon
    int later = 0;        // beyond the horizon, kept in the plan
    int skipped = 0;
    int cancelCandidates = 0;
    int lookups = 0;      // GET requests
    int scheduled = 0;    // new bulks
    int rescheduled = 0;
    int cancelled = 0;
    int unchanged = 0;    // looked up, nothing to do
    int failed = 0;       // requests that failed (the message stays as it was)
    int writes() const { return scheduled + rescheduled + cancelled; }
};

struct RunReport
{
    RunCounts counts;
    QList<ContactDecision> decisions; // per contact, states after the run
    QStringList errors;               // one line per failed request (first 50)
    QStringList warnings;             // translation fallbacks
    QList<RunWrite> writes;           // schedules and cancellations, in task order
    qint64 planMs = 0;
    qint64 infobipMs = 0;
    qint64 saveMs = 0;
};

// The bulkId of the `generation`-th sending of a message (1: the template's id itself).
QString resendBulkId(const QString &bulkId, int generation);

// Progress while the Infobip part runs: done, total.
using RunProgress = std::function<void(int, int)>;

RunReport runScheduler(const SmsPlanner &planner, const QList<QJsonObject> &contacts, const QDateTime &now,
                       const InfobipAccount &account, SmsPlanStore *store, const RunOptions &options,
                       const RunProgress &progress = {});

// The contacts of a file or a job's data: a JSON array of Contact objects, or an object
// with "records" (a Salesforce query result) or "contacts".
Result<QList<QJsonObject>> contactsFromJson(const QByteArray &json, const QString &fileName = {});

// `sms plan --json` (../shared/docs/cli.md): {"schedule": [...], "cancel": [...], "skipped": [...]}.
// The decisions' cancellations must be built (SmsPlanner::plan(…, true), or
// materializeCancellations()).
QJsonObject planJson(const QList<ContactDecision> &decisions);
// The same for a run's decisions (rule cancellations kept as rows, RunReport::decisions):
// each contact's cancel bulkIds are built, written, and dropped again.
QJsonObject planJson(const SmsPlanner &planner, const QList<QJsonObject> &contacts, QList<ContactDecision> &decisions);

} // namespace sb::sms
