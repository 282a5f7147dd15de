#include "historyquery.h"

#include "historysql.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::History)
};

Error queryError(const QSqlQuery &q)
{
    return makeError(Tr::tr("Cannot read the run history: %1").arg(q.lastError().text()));
}

qint64 toId(const QVariant &v)
{
    return v.isNull() ? 0 : v.toLongLong();
}

const QString kRowColumns = QStringLiteral(
    "SELECT wo.id, wo.created_at, wo.workflow_id, COALESCE(wf.name, ''), wo.input_summary, wo.state, "
    "wo.duration_ms, wo.last_activity_at, wo.run_count FROM work_orders wo "
    "LEFT JOIN workflows wf ON wf.id = wo.workflow_id ");

WorkOrderRow readRow(const QSqlQuery &q)
{
    WorkOrderRow r;
    r.id = q.value(0).toLongLong();
    r.createdAt = q.value(1).toLongLong();
    r.workflowId = q.value(2).toLongLong();
    r.workflowName = q.value(3).toString();
    r.inputSummary = q.value(4).toString();
    r.state = q.value(5).toString();
    r.durationMs = q.value(6).isNull() ? -1 : q.value(6).toLongLong();
    r.lastActivityAt = q.value(7).toLongLong();
    r.runCount = q.value(8).toInt();
    return r;
}

} // namespace

const QStringList &workOrderStates()
{
    static const QStringList states = {
        QStringLiteral("available"), QStringLiteral("claimed"),   QStringLiteral("started"),
        QStringLiteral("success"),   QStringLiteral("failed"),    QStringLiteral("crashed"),
        QStringLiteral("killed"),    QStringLiteral("exception"), QStringLiteral("lost"),
        QStringLiteral("cancelled")};
    return states;
}

Result<QList<WorkOrderRow>> loadWorkOrderRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<WorkOrderRow> rows;
    QSqlQuery q(db);
    if (!readRowsInOrder(q, kRowColumns, QStringLiteral("wo.id"), ids, readRow, &rows))
        return queryError(q);
    return rows;
}

Result<HistoryPage> loadHistoryPage(QSqlDatabase &db, const HistoryFilter &filter, HistoryOrder order, qint64 after,
                                    int limit)
{
    if (limit <= 0)
        limit = 200;
    const bool newestFirst = order == HistoryOrder::NewestFirst;
    // One more than asked tells whether anything follows.
    const Result<QList<qint64>> ids = historysql::matchingIds(db, filter, newestFirst, after, limit + 1);
    if (!ids)
        return ids.error();
    HistoryPage page;
    QList<qint64> wanted = ids.value();
    page.atEnd = wanted.size() <= limit;
    if (!page.atEnd)
        wanted.resize(limit);
    Result<QList<WorkOrderRow>> rows = loadWorkOrderRows(db, wanted);
    if (!rows)
        return rows.error();
    page.rows = std::move(rows.value());
    page.continueAfter = wanted.isEmpty() ? after : wanted.constLast();
    return page;
}

Result<QList<WorkOrderRow>> loadNewerWorkOrders(QSqlDatabase &db, const HistoryFilter &filter, qint64 newerThan,
                                                int limit)
{
    // Oldest-first after `newerThan`, then reversed: the newest `limit` would skip the gap.
    const Result<QList<qint64>> ids = historysql::matchingIds(db, filter, false, newerThan, limit);
    if (!ids)
        return ids.error();
    QList<qint64> wanted = ids.value();
    std::reverse(wanted.begin(), wanted.end());
    return loadWorkOrderRows(db, wanted);
}

Result<QList<WorkflowChoice>> listHistoryWorkflows(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    QString sql = QStringLiteral("SELECT wf.id, wf.project_id, wf.key, wf.name, p.name, wf.deleted_at IS NOT NULL "
                                 "FROM workflows wf JOIN projects p ON p.id = wf.project_id ");
    QVariantList binds;
    if (projectId > 0) {
        sql += QStringLiteral("WHERE wf.project_id = ? ");
        binds << projectId;
    }
    sql += QStringLiteral("ORDER BY p.name, wf.deleted_at IS NOT NULL, wf.position, wf.name");
    if (!runQuery(q, sql, binds))
        return queryError(q);
    QList<WorkflowChoice> all;
    while (q.next())
        all << WorkflowChoice{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString(),   q.value(4).toString(),   q.value(5).toBool()};
    return all;
}

Result<QList<JobChoice>> listWorkflowJobs(QSqlDatabase &db, qint64 workflowId)
{
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT key, name FROM jobs WHERE workflow_id = ? ORDER BY position, id"), {workflowId}))
        return queryError(q);
    QList<JobChoice> jobs;
    while (q.next())
        jobs << JobChoice{q.value(0).toString(), q.value(1).toString()};
    return jobs;
}

Result<WorkOrderDetail> loadWorkOrderDetail(QSqlDatabase &db, qint64 workOrderId)
{
    WorkOrderDetail d;
    {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT wo.id, wo.workflow_id, COALESCE(wf.key, ''), COALESCE(wf.name, ''), wo.state, "
                                   "wo.input_summary, wo.created_at, wo.last_activity_at, wo.dataclip_id, wo.wiped_at "
                                   "FROM work_orders wo LEFT JOIN workflows wf ON wf.id = wo.workflow_id WHERE wo.id = ?"),
                 {workOrderId}))
            return queryError(q);
        if (!q.next())
            return makeError(Tr::tr("Work order %1 does not exist.").arg(workOrderId));
        d.id = q.value(0).toLongLong();
        d.workflowId = q.value(1).toLongLong();
        d.workflowKey = q.value(2).toString();
        d.workflowName = q.value(3).toString();
        d.state = q.value(4).toString();
        d.inputSummary = q.value(5).toString();
        d.createdAt = q.value(6).toLongLong();
        d.lastActivityAt = q.value(7).toLongLong();
        d.inputDataclipId = toId(q.value(8));
        d.wipedAt = toId(q.value(9));
    }
    QHash<qint64, qsizetype> runIndex;
    {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT id, state, starting_job_key, retry_of_run_id, trigger_kind, error_type, "
                                   "error_message, created_at, started_at, finished_at, starting_dataclip_id, "
                                   "final_dataclip_id FROM runs WHERE work_order_id = ? ORDER BY id DESC"),
                 {workOrderId}))
            return queryError(q);
        while (q.next()) {
            RunDetail r;
            r.id = q.value(0).toLongLong();
            r.state = q.value(1).toString();
            r.startingJobKey = q.value(2).toString();
            r.retryOfRunId = toId(q.value(3));
            r.triggerKind = q.value(4).toString();
            r.errorType = q.value(5).toString();
            r.errorMessage = q.value(6).toString();
            r.createdAt = q.value(7).toLongLong();
            r.startedAt = toId(q.value(8));
            r.finishedAt = toId(q.value(9));
            r.startingDataclipId = toId(q.value(10));
            r.finalDataclipId = toId(q.value(11));
            runIndex.insert(r.id, d.runs.size());
            d.runs << std::move(r);
        }
    }
    {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT s.run_id, s.id, s.position, s.job_key, s.job_name, s.exit_reason, s.started_at, "
                                   "s.finished_at, s.duration_ms, s.error_type, s.error_message, s.error_line, "
                                   "s.error_column, s.input_dataclip_id, s.output_dataclip_id "
                                   "FROM runs r JOIN steps s ON s.run_id = r.id WHERE r.work_order_id = ? "
                                   "ORDER BY s.run_id, s.started_at, s.position, s.id"),
                 {workOrderId}))
            return queryError(q);
        while (q.next()) {
            StepDetail s;
            s.id = q.value(1).toLongLong();
            s.position = q.value(2).toInt();
            s.jobKey = q.value(3).toString();
            s.jobName = q.value(4).toString();
            s.exitReason = q.value(5).toString();
            s.startedAt = q.value(6).toLongLong();
            s.finishedAt = toId(q.value(7));
            s.durationMs = q.value(8).isNull() ? -1 : q.value(8).toLongLong();
            s.errorType = q.value(9).toString();
            s.errorMessage = q.value(10).toString();
            s.errorLine = q.value(11).toInt();
            s.errorColumn = q.value(12).toInt();
            s.inputDataclipId = toId(q.value(13));
            s.outputDataclipId = toId(q.value(14));
            const auto it = runIndex.constFind(q.value(0).toLongLong());
            if (it != runIndex.constEnd())
                d.runs[*it].steps << std::move(s);
        }
    }
    return d;
}

Result<DataclipContent> loadDataclip(QSqlDatabase &db, qint64 dataclipId)
{
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT id, type, size, created_at, wiped_at, body FROM dataclips WHERE id = ?"),
             {dataclipId}))
        return queryError(q);
    if (!q.next())
        return makeError(Tr::tr("Dataclip %1 does not exist.").arg(dataclipId));
    DataclipContent c;
    c.id = q.value(0).toLongLong();
    c.type = q.value(1).toString();
    c.size = q.value(2).toLongLong();
    c.createdAt = q.value(3).toLongLong();
    c.wipedAt = toId(q.value(4));
    if (c.wipedAt > 0 || q.value(5).isNull()) {
        if (c.wipedAt == 0)
            c.wipedAt = c.createdAt; // a NULL body is only ever left by an erase
        return c;
    }
    c.body = q.value(5).toString().toUtf8();
    // Secrets never reach the console: the engine strips them before storing, and this is
    // the second lock on that door.
    if (c.body.contains("\"configuration\"")) {
        nlohmann::json j = nlohmann::json::parse(c.body.constBegin(), c.body.constEnd(), nullptr, false);
        if (j.is_object() && j.contains("configuration")) {
            j.erase("configuration");
            const std::string dumped = j.dump();
            c.body = QByteArray(dumped.data(), qsizetype(dumped.size()));
        }
    }
    return c;
}

QString erasedSentence(qint64 wipedAt)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(wipedAt, Qt::UTC).toLocalTime();
    return Tr::tr("Erased on %1 by the retention policy.").arg(QLocale().toString(at.date(), QLocale::LongFormat));
}

Result<QList<LogLineRow>> loadLogLines(QSqlDatabase &db, const LogQuery &query)
{
    QString sql = QStringLiteral("SELECT id, step_id, level, source, at, message FROM log_lines WHERE run_id = ? AND id > ?");
    QVariantList binds{query.runId, query.after};
    if (query.stepId > 0) {
        sql += QStringLiteral(" AND step_id = ?");
        binds << query.stepId;
    }
    if (!query.levels.isEmpty()) {
        QString in;
        for (const QString &l : query.levels) {
            in += in.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            binds << l;
        }
        sql += QStringLiteral(" AND level IN (") + in + QStringLiteral(")");
    }
    if (!query.text.isEmpty()) {
        QString pattern = query.text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        sql += QStringLiteral(" AND message LIKE ? ESCAPE '\\'");
        binds << QString(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ?");
    binds << (query.limit > 0 ? query.limit : 500);
    QSqlQuery q(db);
    if (!runQuery(q, sql, binds))
        return queryError(q);
    QList<LogLineRow> lines;
    while (q.next())
        lines << LogLineRow{q.value(0).toLongLong(), toId(q.value(1)), q.value(2).toString(),
                            q.value(3).toString(),  q.value(4).toLongLong(), q.value(5).toString()};
    return lines;
}

} // namespace sb
