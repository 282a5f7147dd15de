#include "runexecutor.h"

#include "engineinternal.h"
#include "retention.h"
#include "workflowplan.h"

#include "history/searchindex.h"
#include "runtime/jobruntime.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

#include <deque>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Higher = worse; a run's state is its worst leaf step's.
int severity(const QString &reason)
{
    static const QStringList order = {QStringLiteral("success"), QStringLiteral("cancel"), QStringLiteral("fail"),
                                      QStringLiteral("crash"),   QStringLiteral("lost"),   QStringLiteral("kill"),
                                      QStringLiteral("exception")};
    return int(order.indexOf(reason));
}

constexpr int kMaxStepsPerRun = 500;
constexpr qint64 kLogFlushMs = 300;

struct Activation
{
    QString jobKey;
    qint64 inputDataclipId = 0;
    QByteArray inputBody;
};

struct StepDone
{
    qint64 stepId = 0;
    QString jobKey;
    QString reason;
    QString errorType;
    QString errorMessage;
    qint64 outputDataclipId = 0;
    QByteArray outputBody;
    qint64 inputDataclipId = 0;
};

// Log lines of the running step, flushed to the store in the background while it runs
// so the console shows them live.
class LogBuffer
{
public:
    LogBuffer(Store &store, qint64 runId) : m_store(store), m_runId(runId) {}

    void setStep(qint64 stepId) { m_stepId = stepId; }
    void add(const JobLogLine &line, const QString &source = QStringLiteral("job"))
    {
        QMutexLocker lock(&m_mutex);
        m_pending.push_back({line, source});
        if (!m_sinceFlush.isValid())
            m_sinceFlush.start();
        if (m_sinceFlush.elapsed() >= kLogFlushMs) {
            flushLocked(false);
            m_sinceFlush.restart();
        }
    }
    // Appends the pending lines' inserts to a write running now (on the writer thread).
    Status writePending(QSqlDatabase &db, std::vector<std::pair<JobLogLine, QString>> lines, qint64 stepId)
    {
        return insertLogLines(db, m_runId, stepId, lines);
    }
    std::vector<std::pair<JobLogLine, QString>> take()
    {
        QMutexLocker lock(&m_mutex);
        std::vector<std::pair<JobLogLine, QString>> lines;
        lines.swap(m_pending);
        return lines;
    }

private:
    void flushLocked(bool)
    {
        if (m_pending.empty())
            return;
        std::vector<std::pair<JobLogLine, QString>> lines;
        lines.swap(m_pending);
        const qint64 runId = m_runId;
        const qint64 stepId = m_stepId;
        m_store.write([runId, stepId, lines = std::move(lines)](QSqlDatabase &db) {
            return insertLogLines(db, runId, stepId, lines);
        }, nullptr, {});
    }

    Store &m_store;
    qint64 m_runId;
    qint64 m_stepId = 0;
    QMutex m_mutex;
    QElapsedTimer m_sinceFlush;
    std::vector<std::pair<JobLogLine, QString>> m_pending;
};

Result<qint64> insertId(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return makeError(q.lastError().text());
    for (const QVariant &v : binds)
        bindValue(q, v);
    if (!q.exec())
        return makeError(Tr::tr("The database refused to save: %1").arg(q.lastError().text()));
    return q.lastInsertId().toLongLong();
}

// Whether the run is still ours to write (the watchdog may have declared it lost).
bool stillOurs(QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    return q.exec() && q.next() && q.value(0).toString() == QLatin1String("started");
}

} // namespace

Status insertLogLines(QSqlDatabase &db, qint64 runId, qint64 stepId,
                      const std::vector<std::pair<JobLogLine, QString>> &lines)
{
    if (lines.empty())
        return Ok{};
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("INSERT INTO log_lines (run_id, step_id, level, source, at, message) "
                                  "VALUES (?, ?, ?, ?, ?, ?)")))
        return makeError(q.lastError().text());
    for (const auto &[line, source] : lines) {
        q.bindValue(0, runId);
        q.bindValue(1, stepId > 0 ? QVariant(stepId) : QVariant());
        const QString level = QStringList{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"),
                                          QStringLiteral("error")}
                                      .contains(line.level)
                                  ? line.level
                                  : QStringLiteral("info");
        q.bindValue(2, level);
        q.bindValue(3, source);
        q.bindValue(4, line.timeMs > 0 ? line.timeMs : now());
        q.bindValue(5, line.message);
        if (!q.exec())
            return makeError(Tr::tr("The database refused to save log lines: %1").arg(q.lastError().text()));
    }
    return Ok{};
}

QString runStateForExitReason(const QString &exitReason)
{
    if (exitReason == QLatin1String("success"))
        return QStringLiteral("success");
    if (exitReason == QLatin1String("fail"))
        return QStringLiteral("failed");
    if (exitReason == QLatin1String("crash"))
        return QStringLiteral("crashed");
    if (exitReason == QLatin1String("kill"))
        return QStringLiteral("killed");
    if (exitReason == QLatin1String("cancel"))
        return QStringLiteral("cancelled");
    if (exitReason == QLatin1String("lost"))
        return QStringLiteral("lost");
    return QStringLiteral("exception");
}

RunExecutor::RunExecutor(Store &store, JobRuntime &runtime, const EngineOptions &options, QString engineId)
    : m_store(store)
    , m_runtime(runtime)
    , m_options(options)
    , m_engineId(std::move(engineId))
{
}

RunOutcome RunExecutor::execute(qint64 runId, const std::atomic<bool> *stopping)
{
    RunOutcome outcome;
    outcome.runId = runId;

    // What to run.
    QSqlDatabase rdb = m_store.readConnection();
    QSqlQuery q(rdb);
    q.prepare(QStringLiteral(
        "SELECT r.work_order_id, r.state, r.starting_job_key, r.starting_dataclip_id, r.snapshot_id, "
        "wo.workflow_id, COALESCE(t.key, ''), w.project_id "
        "FROM runs r JOIN work_orders wo ON wo.id = r.work_order_id JOIN workflows w ON w.id = wo.workflow_id "
        "LEFT JOIN triggers t ON t.id = wo.trigger_id WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return outcome;
    outcome.workOrderId = q.value(0).toLongLong();
    if (q.value(1).toString() != QLatin1String("claimed"))
        return outcome;
    const QString startingJob = q.value(2).toString();
    const qint64 startingDataclip = q.value(3).toLongLong();
    qint64 snapshotId = q.value(4).toLongLong();
    const qint64 workflowId = q.value(5).toLongLong();
    const QString triggerKey = q.value(6).toString();
    const qint64 projectId = q.value(7).toLongLong();
    q.finish();

    QSqlQuery s(rdb);
    if (snapshotId > 0) {
        s.prepare(QStringLiteral("SELECT id, definition FROM workflow_snapshots WHERE id = ?"));
        s.addBindValue(snapshotId);
    } else {
        s.prepare(QStringLiteral("SELECT id, definition FROM workflow_snapshots WHERE workflow_id = ? "
                                 "ORDER BY version DESC LIMIT 1"));
        s.addBindValue(workflowId);
    }
    QByteArray definition;
    if (s.exec() && s.next()) {
        snapshotId = s.value(0).toLongLong();
        definition = s.value(1).toString().toUtf8();
    }
    s.finish();
    QByteArray startBody;
    QString startProblem;
    {
        QSqlQuery d(rdb);
        d.prepare(QStringLiteral("SELECT body, wiped_at FROM dataclips WHERE id = ?"));
        d.addBindValue(startingDataclip);
        if (d.exec() && d.next()) {
            if (d.value(1).isNull())
                startBody = d.value(0).toString().toUtf8();
            else
                startProblem = Tr::tr("The input of this run was erased on %1 by the project's retention policy.")
                                   .arg(QDateTime::fromMSecsSinceEpoch(d.value(1).toLongLong(), Qt::UTC)
                                            .toString(Qt::ISODate));
        } else {
            startProblem = Tr::tr("The input of this run is missing from the store.");
        }
    }

    const Result<WorkflowPlan> plan = definition.isEmpty()
                                          ? Result<WorkflowPlan>(makeError(Tr::tr("The workflow has no stored version to run.")))
                                          : parseWorkflowPlan(definition);

    // Claimed → started, recording the version it runs.
    const qint64 startedAt = now();
    bool ours = false;
    m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery u(db);
        u.prepare(QStringLiteral("UPDATE runs SET state = 'started', started_at = ?, snapshot_id = ?, deadline_at = ? "
                                 "WHERE id = ? AND state = 'claimed' AND engine_id = ?"));
        u.addBindValue(startedAt);
        u.addBindValue(snapshotId > 0 ? QVariant(snapshotId) : QVariant());
        u.addBindValue(startedAt + m_options.runTimeoutMs);
        u.addBindValue(runId);
        u.addBindValue(m_engineId);
        if (!u.exec())
            return makeError(u.lastError().text());
        ours = u.numRowsAffected() == 1;
        if (ours)
            return exec(db, QStringLiteral("UPDATE work_orders SET state = 'started', last_activity_at = ? WHERE id = ?"),
                        {startedAt, outcome.workOrderId});
        return Ok{};
    });
    if (!ours)
        return outcome;

    LogBuffer logs(m_store, runId);
    auto engineLog = [&](const QString &level, const QString &message) {
        logs.add(JobLogLine{now(), level, message}, QStringLiteral("engine"));
    };

    // Finishes the run with `state`; returns false when it was not ours any more.
    auto finish = [&](const QString &state, const QString &errorType, const QString &errorMessage,
                      qint64 finalDataclip) {
        const qint64 finishedAt = now();
        auto pendingLogs = logs.take();
        const qint64 workOrderId = outcome.workOrderId;
        m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
            if (!stillOurs(db, runId))
                return Ok{};
            if (Status st = insertLogLines(db, runId, 0, pendingLogs); !st)
                return st;
            Status st = exec(db, QStringLiteral("UPDATE runs SET state = ?, finished_at = ?, error_type = ?, "
                                                "error_message = ?, final_dataclip_id = ? WHERE id = ?"),
                             {state, finishedAt, errorType, errorMessage,
                              finalDataclip > 0 ? QVariant(finalDataclip) : QVariant(), runId});
            if (st)
                st = exec(db, QStringLiteral("UPDATE work_orders SET state = ?, last_activity_at = ?, duration_ms = ? "
                                             "WHERE id = ?"),
                          {state, finishedAt, finishedAt - startedAt, workOrderId});
            if (st && state == QLatin1String("success"))
                st = applyRetentionAfterSuccess(db, workOrderId);
            if (st)
                st = reindexWorkOrder(db, workOrderId);
            return st;
        });
        outcome.state = state;
        if (!errorType.isEmpty() || !errorMessage.isEmpty())
            outcome.error = errorType.isEmpty() ? errorMessage : errorType + QStringLiteral(": ") + errorMessage;
    };

    if (!plan) {
        finish(QStringLiteral("exception"), QStringLiteral("EngineError"), plan.error().message, 0);
        return outcome;
    }
    if (!startProblem.isEmpty()) {
        finish(QStringLiteral("exception"), QStringLiteral("InputErased"), startProblem, 0);
        return outcome;
    }

    // Evaluates a js_expression edge condition on `stateBody`; errors say why in the log.
    auto conditionHolds = [&](const PlanEdge &edge, const QByteArray &stateBody) -> bool {
        if (edge.condition == QLatin1String("always") || edge.condition.isEmpty())
            return true;
        if (edge.condition != QLatin1String("js_expression"))
            return false;
        static const QRegularExpression returnWord(QStringLiteral("\\breturn\\b"));
        const QString body = edge.expression.contains(returnWord) ? edge.expression
                                                                  : QStringLiteral("return (%1\n);").arg(edge.expression);
        StepRequest req;
        req.jobName = QStringLiteral("condition.js");
        req.stepId = QStringLiteral("condition");
        req.isolationKey = QStringLiteral("condition:%1").arg(projectId);
        req.source = QStringLiteral("fn(state => ({ data: { edge: !!(function (state) {\n%1\n}).call(undefined, state) } }));")
                         .arg(body);
        req.inputState = stateBody;
        req.limits.timeoutMs = 5000;
        req.cancel = stopping;
        const StepResult r = m_runtime.run(req);
        if (!r.ok()) {
            engineLog(QStringLiteral("warn"),
                      Tr::tr("The condition of the edge to \"%1\" (%2) could not be evaluated, so the edge was "
                             "not followed: %3")
                          .arg(edge.targetJob, edge.label.isEmpty() ? edge.expression : edge.label,
                               r.error ? r.error->toString() : exitReasonName(r.reason)));
            return false;
        }
        const nlohmann::json out = nlohmann::json::parse(r.finalState.constBegin(), r.finalState.constEnd(), nullptr, false);
        return !out.is_discarded() && out.value("/data/edge"_json_pointer, false);
    };

    std::deque<Activation> queue;
    if (!startingJob.isEmpty()) {
        queue.push_back({startingJob, startingDataclip, startBody});
    } else {
        QList<PlanEdge> edges = plan->edgesFromTrigger(plan->triggerKeys.contains(triggerKey) ? triggerKey : QString());
        if (edges.isEmpty() && plan->edges.isEmpty())
            for (const QString &root : plan->rootJobs())
                queue.push_back({root, startingDataclip, startBody});
        for (const PlanEdge &e : edges)
            if (e.condition != QLatin1String("on_job_failure") && conditionHolds(e, startBody))
                queue.push_back({e.targetJob, startingDataclip, startBody});
    }

    QList<StepDone> leaves;
    StepDone last;
    QString haltReason;
    int position = 0;
    while (!queue.empty()) {
        const Activation act = queue.front();
        queue.pop_front();
        if (++position > kMaxStepsPerRun) {
            engineLog(QStringLiteral("error"), Tr::tr("Stopped after %1 steps: the workflow's edges keep "
                                                      "activating jobs.").arg(kMaxStepsPerRun));
            haltReason = QStringLiteral("exception");
            break;
        }
        const PlanJob *job = plan->job(act.jobKey);
        if (!job) {
            engineLog(QStringLiteral("error"),
                      Tr::tr("Job \"%1\" is not in the version of the workflow this run uses.").arg(act.jobKey));
            haltReason = QStringLiteral("exception");
            break;
        }

        // The step row first, so the console shows what is running.
        const qint64 stepStarted = now();
        qint64 stepId = 0;
        const Status inserted = m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
            if (!stillOurs(db, runId))
                return makeError(QStringLiteral("not ours"));
            Result<qint64> id = insertId(
                db,
                QStringLiteral("INSERT INTO steps (run_id, job_id, job_key, job_name, input_dataclip_id, started_at, position) "
                               "VALUES (?, (SELECT id FROM jobs WHERE workflow_id = ? AND key = ?), ?, ?, ?, ?, ?)"),
                {runId, workflowId, job->key, job->key, job->name, act.inputDataclipId, stepStarted, position});
            if (!id)
                return id.error();
            stepId = id.value();
            return exec(db, QStringLiteral("UPDATE work_orders SET last_activity_at = ? WHERE id = ?"),
                        {stepStarted, outcome.workOrderId});
        });
        if (!inserted)
            return outcome; // declared lost meanwhile, or the store refused: nothing more to write
        logs.setStep(stepId);

        StepRequest req;
        req.jobName = job->name.isEmpty() ? job->key : job->name;
        req.stepId = job->key;
        req.isolationKey = QString::number(projectId);
        req.source = job->body;
        req.adaptor = job->adaptor;
        req.inputState = act.inputBody;
        if (!job->credential.isEmpty() && m_options.credentials) {
            if (auto configuration = m_options.credentials(projectId, job->credential))
                req.configuration = configuration.value();
            else
                req.configurationError = configuration.error().message;
        }
        req.limits.timeoutMs = m_options.stepTimeoutMs;
        req.cancel = stopping;
        req.onLog = [&logs](const JobLogLine &line) { logs.add(line); };
        const StepResult result = m_runtime.run(req);

        const bool interrupted = stopping && stopping->load() && result.reason == ExitReason::Cancel;
        StepDone done;
        done.stepId = stepId;
        done.jobKey = job->key;
        done.inputDataclipId = act.inputDataclipId;
        done.reason = interrupted ? QStringLiteral("lost") : exitReasonName(result.reason);
        done.errorType = result.error ? result.error->type : QString();
        done.errorMessage = result.error ? result.error->message : QString();
        if (interrupted) {
            done.errorType = QStringLiteral("LostError");
            done.errorMessage = Tr::tr("The engine was stopped while this step ran.");
        }
        done.outputBody = result.finalState;
        const qint64 finishedAt = now();
        auto pendingLogs = logs.take();
        const bool keepOutput = !interrupted && !result.finalState.isEmpty();
        const Status saved = m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
            if (!stillOurs(db, runId))
                return makeError(QStringLiteral("not ours"));
            if (Status st = insertLogLines(db, runId, stepId, pendingLogs); !st)
                return st;
            if (keepOutput) {
                Result<qint64> clip = insertId(db,
                                               QStringLiteral("INSERT INTO dataclips (project_id, type, body, size, created_at) "
                                                              "VALUES (?, 'step_result', ?, ?, ?)"),
                                               {projectId, QString::fromUtf8(result.finalState),
                                                qint64(result.finalState.size()), finishedAt});
                if (!clip)
                    return clip.error();
                done.outputDataclipId = clip.value();
            }
            return exec(db,
                        QStringLiteral("UPDATE steps SET output_dataclip_id = ?, exit_reason = ?, error_type = ?, "
                                       "error_message = ?, error_line = ?, error_column = ?, finished_at = ?, "
                                       "duration_ms = ? WHERE id = ?"),
                        {done.outputDataclipId > 0 ? QVariant(done.outputDataclipId) : QVariant(), done.reason,
                         done.errorType, done.errorMessage,
                         result.error && result.error->line > 0 ? QVariant(result.error->line) : QVariant(),
                         result.error && result.error->column > 0 ? QVariant(result.error->column) : QVariant(),
                         finishedAt, result.durationMs, stepId});
        });
        if (!saved)
            return outcome;
        last = done;

        if (interrupted) {
            // Lost now, queued again from this step for the next engine.
            m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
                if (!stillOurs(db, runId))
                    return Ok{};
                const QString why = Tr::tr("The engine was stopped while step \"%1\" ran; it was queued again "
                                           "from that step.")
                                        .arg(job->name);
                Status st = exec(db, QStringLiteral("UPDATE runs SET state = 'lost', finished_at = ?, error_type = "
                                                    "'LostError', error_message = ? WHERE id = ?"),
                                 {now(), why, runId});
                if (!st)
                    return st;
                Result<qint64> again = queueRetryInDb(db, outcome.workOrderId, job->key, runId);
                if (!again)
                    return again.error();
                outcome.requeued = true;
                return reindexWorkOrder(db, outcome.workOrderId);
            });
            outcome.state = QStringLiteral("lost");
            return outcome;
        }

        if (result.reason == ExitReason::Kill || result.reason == ExitReason::Exception
            || result.reason == ExitReason::Cancel) {
            haltReason = done.reason;
            leaves << done;
            break;
        }
        bool followed = false;
        for (const PlanEdge &e : plan->edgesFromJob(job->key)) {
            bool take = false;
            if (e.condition == QLatin1String("on_job_success"))
                take = result.reason == ExitReason::Success;
            else if (e.condition == QLatin1String("on_job_failure"))
                take = result.reason == ExitReason::Fail || result.reason == ExitReason::Crash;
            else
                take = conditionHolds(e, result.finalState);
            if (take) {
                followed = true;
                queue.push_back({e.targetJob, done.outputDataclipId, result.finalState});
            }
        }
        if (!followed)
            leaves << done;
    }

    // The run's state: its worst leaf (a failure handled by an edge is not a leaf).
    QString worst = QStringLiteral("success");
    StepDone worstStep;
    for (const StepDone &leaf : leaves) {
        if (severity(leaf.reason) > severity(worst)) {
            worst = leaf.reason;
            worstStep = leaf;
        }
    }
    if (!haltReason.isEmpty() && severity(haltReason) > severity(worst))
        worst = haltReason;
    outcome.finalState = last.outputBody;
    QString errorType = worstStep.errorType;
    QString errorMessage = worstStep.errorMessage;
    if (haltReason == QLatin1String("exception") && errorType.isEmpty()) {
        errorType = QStringLiteral("EngineError");
        errorMessage = Tr::tr("The engine stopped this run; see its log.");
    }
    finish(runStateForExitReason(worst), errorType, errorMessage, last.outputDataclipId);
    return outcome;
}

} // namespace sb
