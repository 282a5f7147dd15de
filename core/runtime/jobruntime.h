#pragma once

// The job runtime: runs one OpenFn job (a step) on SpiderMonkey.
//
// One JobRuntime per worker thread: it owns that thread's JSContext and must be created,
// used and destroyed on the same thread. Runtime, adaptor and npm scripts are compiled once
// per JobRuntime into stencils and live, warm, in one frozen library realm. Each job runs in
// its own realm (per isolation key, name and source) with fresh bindings, console, timers,
// state and adaptor instance every run; the realm is kept for the job's next run only while
// it stays pristine (see docs/architecture.md), so nothing leaks between runs or projects.
//
// This header does not expose SpiderMonkey; callers need only Qt.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace sb {

// Step exit reasons, as the job-language spec's table names them.
enum class ExitReason { Success, Fail, Crash, Kill, Cancel, Exception, Lost };
QString exitReasonName(ExitReason reason);             // "success", "fail", …
std::optional<ExitReason> exitReasonFromName(const QString &name);

struct StepLimits
{
    qint64 timeoutMs = 60 * 1000;                  // wall clock, from step start
    qint64 heapBytes = qint64(512) * 1024 * 1024;  // JS heap of the worker's context
    qint64 maxStateBytes = qint64(10) * 1024 * 1024; // final state as UTF-8 JSON
};

struct JobLogLine
{
    qint64 timeMs = 0;   // ms since the epoch, UTC
    QString level;       // "info", "warn", "error", "debug"
    QString message;     // credential values already masked as ****
};

struct StepError
{
    QString type;        // JobError, RuntimeError, RuntimeCrash, AdaptorError, TimeoutError, …
    QString message;     // credential values masked
    int line = 0;        // the job's own line, 1-based; 0 when unknown
    int column = 0;      // 1-based; 0 when unknown
    QString toString() const;
};

struct StepRequest
{
    QString jobName = QStringLiteral("job.js");  // file name in stack traces
    QString stepId = QStringLiteral("job");      // key in state.errors
    QString isolationKey;                        // e.g. the project id: runs of the same job with the same
                                                 // key may reuse its (cleaned, checked) realm
    QString source;                              // the job as the administrator wrote it
    QString adaptor;                             // "@openfn/language-common@3.3.4"; empty = newest common
    QByteArray inputState;                       // JSON object; empty = {}
    QByteArray configuration;                    // JSON object or empty; never stored or logged
    QString configurationError;                  // non-empty: the credential could not be had; the step
                                                 // fails at once (crash, CredentialError) with this message
    StepLimits limits;
    std::function<void(const JobLogLine &)> onLog; // called on the worker thread
    const std::atomic<bool> *cancel = nullptr;   // set from any thread to cancel
};

struct StepResult
{
    ExitReason reason = ExitReason::Exception;
    QByteArray finalState;           // JSON; "null" when the last operation returned nothing
    std::optional<StepError> error;
    QList<JobLogLine> logs;
    qint64 durationMs = 0;
    bool ok() const { return reason == ExitReason::Success; }
};

// Which adaptors this build can run, and whether a pinned version is one of them.
struct AdaptorSpec
{
    QString package;   // "@openfn/language-common"
    QString name;      // "common"
    QString version;   // "3.3.4"
};
Result<AdaptorSpec> resolveAdaptor(const QString &adaptor);
QString newestCommonAdaptor();

struct RuntimeStats
{
    qint64 gcHeapBytes = 0;      // bytes in the context's GC heap now
    qint64 stepsRun = 0;
    qint64 cachedJobs = 0;
};

class JobRuntime
{
public:
    JobRuntime();
    ~JobRuntime();
    JobRuntime(const JobRuntime &) = delete;
    JobRuntime &operator=(const JobRuntime &) = delete;

    // Empty when the context came up; otherwise why not (the runtime cannot be used).
    Status status() const;

    StepResult run(const StepRequest &request);

    // Syntax check with SpiderMonkey's parser; error carries the job's line and column.
    Status checkSyntax(const QString &source, const QString &jobName = QStringLiteral("job.js"));

    RuntimeStats stats() const;

    // A full garbage collection now (for idle time between steps, and for measuring).
    void collectGarbage();

    // For asynchronous native calls (HTTP and later): run `fn` on this runtime's thread
    // inside the step's event loop. Safe to call from any thread while a step runs.
    void post(std::function<void()> fn);

    struct Impl; // SpiderMonkey side, in jobruntime.cpp

private:
    std::unique_ptr<Impl> d;
};

} // namespace sb
