#include "overviewstats.h"

#include "scheduler/cronexpression.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::OverviewStats)
};

const char *const kStateNames[kRunStateCount] = {"success", "failed",    "crashed", "killed",  "exception",
                                                 "lost",    "cancelled", "available", "claimed", "started"};

Error queryError(const QSqlQuery &q)
{
    return makeError(Tr::tr("Cannot read the run overview: %1").arg(q.lastError().text()));
}

// Ends the read transaction whatever happens, so the connection never pins an old snapshot.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~ReadSnapshot()
    {
        if (m_open)
            m_db.commit();
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace

QString runStateName(RunState state)
{
    return QString::fromLatin1(kStateNames[int(state)]);
}

int runStateIndex(const QString &name)
{
    for (int i = 0; i < kRunStateCount; ++i)
        if (name == QLatin1String(kStateNames[i]))
            return i;
    return -1;
}

bool isFailureState(RunState state)
{
    switch (state) {
    case RunState::Failed:
    case RunState::Crashed:
    case RunState::Killed:
    case RunState::Exception:
    case RunState::Lost:
        return true;
    default:
        return false;
    }
}

bool isActiveState(RunState state)
{
    return state == RunState::Available || state == RunState::Claimed || state == RunState::Started;
}

qint64 OverviewWindow::total() const
{
    qint64 sum = 0;
    for (qint64 c : counts)
        sum += c;
    return sum;
}

qint64 OverviewWindow::failures() const
{
    qint64 sum = 0;
    for (int i = 0; i < kRunStateCount; ++i)
        if (isFailureState(RunState(i)))
            sum += counts[size_t(i)];
    return sum;
}

qint64 OverviewWindow::finished() const
{
    return count(RunState::Success) + failures();
}

double OverviewWindow::failureRate() const
{
    const qint64 done = finished();
    return done > 0 ? double(failures()) / double(done) : -1.0;
}

Result<QList<WorkflowOverview>> loadOverview(QSqlDatabase &db, const OverviewScope &scope, qint64 nowMs)
{
    ReadSnapshot snapshot(db);
    QList<WorkflowOverview> rows;
    QHash<qint64, int> rowOf;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT w.id, w.project_id, p.name, w.key, w.name, w.enabled FROM workflows w "
                                     "JOIN projects p ON p.id = w.project_id WHERE w.deleted_at IS NULL");
        if (scope.projectId > 0)
            sql += QStringLiteral(" AND w.project_id = ?");
        else if (!scope.projectName.isEmpty())
            sql += QStringLiteral(" AND p.name = ?");
        sql += QStringLiteral(" ORDER BY p.name, p.id, w.position, w.id");
        q.prepare(sql);
        if (scope.projectId > 0)
            q.addBindValue(scope.projectId);
        else if (!scope.projectName.isEmpty())
            q.addBindValue(scope.projectName);
        if (!q.exec())
            return queryError(q);
        while (q.next()) {
            WorkflowOverview w;
            w.workflowId = q.value(0).toLongLong();
            w.projectId = q.value(1).toLongLong();
            w.projectName = q.value(2).toString();
            w.key = q.value(3).toString();
            w.name = q.value(4).toString();
            w.enabled = q.value(5).toBool();
            w.day.fromMs = nowMs - kOverviewDayMs;
            w.week.fromMs = nowMs - kOverviewWeekMs;
            rowOf.insert(w.workflowId, int(rows.size()));
            rows << w;
        }
    }
    if (rows.isEmpty())
        return rows;

    // Each is an index range scan on runs_final (workflow_id, state, finished_at), covering:
    // the 7-day scan reads one index entry per run of the week and never touches the table.
    QSqlQuery finished(db);
    finished.setForwardOnly(true);
    finished.prepare(QStringLiteral(
        "SELECT state, COUNT(*), SUM(finished_at >= ?) FROM runs WHERE workflow_id = ? AND state IN "
        "('success', 'failed', 'crashed', 'killed', 'exception', 'lost', 'cancelled') "
        "AND finished_at >= ? AND finished_at <= ? GROUP BY state"));
    QSqlQuery active(db);
    active.setForwardOnly(true);
    active.prepare(QStringLiteral("SELECT state, COUNT(*) FROM runs WHERE workflow_id = ? "
                                  "AND state IN ('available', 'claimed', 'started') GROUP BY state"));
    QSqlQuery lastSuccess(db);
    lastSuccess.setForwardOnly(true);
    lastSuccess.prepare(QStringLiteral("SELECT finished_at FROM runs WHERE workflow_id = ? AND state = 'success' "
                                       "AND finished_at <= ? ORDER BY finished_at DESC LIMIT 1"));

    for (WorkflowOverview &w : rows) {
        finished.addBindValue(w.day.fromMs);
        finished.addBindValue(w.workflowId);
        finished.addBindValue(w.week.fromMs);
        finished.addBindValue(nowMs);
        if (!finished.exec())
            return queryError(finished);
        while (finished.next()) {
            const int state = runStateIndex(finished.value(0).toString());
            if (state < 0)
                continue;
            w.week.counts[size_t(state)] = finished.value(1).toLongLong();
            w.day.counts[size_t(state)] = finished.value(2).toLongLong();
        }
        finished.finish();

        active.addBindValue(w.workflowId);
        if (!active.exec())
            return queryError(active);
        while (active.next()) {
            const int state = runStateIndex(active.value(0).toString());
            if (state < 0)
                continue;
            const qint64 n = active.value(1).toLongLong();
            w.week.counts[size_t(state)] = n;
            w.day.counts[size_t(state)] = n;
            (RunState(state) == RunState::Available ? w.queued : w.running) += n;
        }
        active.finish();

        lastSuccess.addBindValue(w.workflowId);
        lastSuccess.addBindValue(nowMs);
        if (!lastSuccess.exec())
            return queryError(lastSuccess);
        if (lastSuccess.next())
            w.lastSuccessMs = lastSuccess.value(0).toLongLong();
        lastSuccess.finish();
    }

    // Triggers: webhooks present, and the next fire of enabled cron triggers of enabled
    // workflows (a disabled workflow does not fire).
    QSqlQuery triggers(db);
    triggers.setForwardOnly(true);
    if (!triggers.exec(QStringLiteral("SELECT t.workflow_id, t.type, t.cron_expression FROM triggers t "
                                      "JOIN workflows w ON w.id = t.workflow_id "
                                      "WHERE t.enabled = 1 AND w.deleted_at IS NULL ORDER BY t.position, t.id")))
        return queryError(triggers);
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC);
    while (triggers.next()) {
        const auto it = rowOf.constFind(triggers.value(0).toLongLong());
        if (it == rowOf.constEnd())
            continue;
        WorkflowOverview &w = rows[*it];
        if (triggers.value(1).toString() == QLatin1String("webhook")) {
            w.hasWebhook = true;
            continue;
        }
        w.hasCron = true;
        if (!w.enabled)
            continue;
        const QString expression = triggers.value(2).toString();
        const Result<CronExpression> cron = CronExpression::parse(expression);
        if (!cron) {
            w.cronError = cron.error().message;
            continue;
        }
        const QDateTime next = cron->nextFire(now);
        if (!next.isValid())
            continue;
        const qint64 nextMs = next.toMSecsSinceEpoch();
        if (w.nextFireMs == 0 || nextMs < w.nextFireMs) {
            w.nextFireMs = nextMs;
            w.nextFireCron = expression;
        }
    }
    return rows;
}

Result<QList<WorkflowOverview>> loadOverview(const Store &store, const OverviewScope &scope, qint64 nowMs)
{
    QSqlDatabase db = store.readConnection();
    return loadOverview(db, scope, nowMs);
}

} // namespace sb
