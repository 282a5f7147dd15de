#pragma once

#include "engine.h"

#include <QByteArray>
#include <QString>

#include <atomic>

namespace sb {

class JobRuntime;
class Store;

struct RunOutcome
{
    qint64 runId = 0;
    qint64 workOrderId = 0;
    QString state;          // the run's final state, or "" when it was not ours to run any more
    QByteArray finalState;  // the last step's output state (for after_completion replies)
    QString error;          // "TypeError: …" of the step that decided a run that did not succeed
    bool requeued = false;  // interrupted by an engine stop and queued again
};

// Executes one claimed run on the calling worker thread: walks the workflow version the
// run records, one step per activated job, storing each step's input and output
// dataclips, log lines, exit reason and duration, and follows the edges. Every write is
// guarded by the run's state, so a run the watchdog declared lost meanwhile is not
// overwritten by a worker that came back late.
class RunExecutor final
{
public:
    RunExecutor(Store &store, JobRuntime &runtime, const EngineOptions &options, QString engineId);

    // `stopping` set from the engine thread: cancel the running step, mark the run lost
    // and queue it again from the interrupted step.
    RunOutcome execute(qint64 runId, const std::atomic<bool> *stopping);

private:
    Store &m_store;
    JobRuntime &m_runtime;
    EngineOptions m_options;
    QString m_engineId;
};

// The severity order of step exit reasons, and the run state each gives.
QString runStateForExitReason(const QString &exitReason);

} // namespace sb
