#pragma once

#include "common/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <array>

namespace sb {

class Store;

// Lightning's run states, in the order the Overview shows them.
enum class RunState {
    Success,
    Failed,
    Crashed,
    Killed,
    Exception,
    Lost,
    Cancelled,
    Available,
    Claimed,
    Started,
};
constexpr int kRunStateCount = 10;

// "success", "failed" … as the store spells them.
QString runStateName(RunState state);
// -1 for an unknown name.
int runStateIndex(const QString &name);
// failed, crashed, killed, exception, lost: a run that ended without doing its work.
bool isFailureState(RunState state);
// available, claimed, started: a run not finished yet.
bool isActiveState(RunState state);

// Runs of one workflow in a window ending now. Finished runs count when they finished in
// the window; runs not finished yet (available, claimed, started) count in every window.
struct OverviewWindow
{
    qint64 fromMs = 0; // start of the window, UTC ms
    std::array<qint64, kRunStateCount> counts{};

    qint64 count(RunState state) const { return counts[size_t(state)]; }
    qint64 total() const;
    // failed + crashed + killed + exception + lost.
    qint64 failures() const;
    // Runs that ran to an end: success + failures. Cancelled runs are left out (most were
    // cancelled before they started, so they say nothing about failing).
    qint64 finished() const;
    // failures / finished; -1 when nothing finished in the window.
    double failureRate() const;
    bool hasLostOrCrashed() const { return count(RunState::Lost) > 0 || count(RunState::Crashed) > 0; }
};

struct WorkflowOverview
{
    qint64 workflowId = 0;
    qint64 projectId = 0;
    QString projectName;
    QString key;
    QString name;
    bool enabled = true;
    bool hasWebhook = false;    // an enabled webhook trigger
    bool hasCron = false;       // an enabled cron trigger (it fires only if the workflow is enabled)
    OverviewWindow day;         // last 24 h
    OverviewWindow week;        // last 7 days
    qint64 queued = 0;          // available now
    qint64 running = 0;         // claimed or started now
    qint64 lastSuccessMs = 0;   // finished_at of the latest successful run; 0 = never
    qint64 nextFireMs = 0;      // next fire of its enabled cron triggers; 0 = none
    QString nextFireCron;       // the expression that fires then
    QString cronError;          // a cron expression that does not parse (shown, not fatal)

    // Lost or crashed runs in the last 7 days (the Overview makes them stand out).
    bool needsAttention() const { return week.hasLostOrCrashed(); }
};

struct OverviewScope
{
    qint64 projectId = 0; // 0 = every project (unless projectName is set)
    QString projectName;  // match by name when projectId is 0; empty = every project
};

constexpr qint64 kOverviewDayMs = 24LL * 3600 * 1000;
constexpr qint64 kOverviewWeekMs = 7 * kOverviewDayMs;

// Per workflow (not deleted) of the scope, in project then workflow order: runs by state
// in the last 24 h and 7 days before `nowMs`, queue depth, last success and next cron fire.
// Reads on `db` (a read connection of the calling thread). A few index range scans per
// workflow over runs_final(workflow_id, state, finished_at): stays fast at millions of runs.
Result<QList<WorkflowOverview>> loadOverview(QSqlDatabase &db, const OverviewScope &scope, qint64 nowMs);

// The same on `store`'s read connection for the calling thread.
Result<QList<WorkflowOverview>> loadOverview(const Store &store, const OverviewScope &scope, qint64 nowMs);

} // namespace sb
