#include "retention.h"

#include "history/searchindex.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

constexpr int kPurgeBatch = 200;

} // namespace

QString toString(RetentionPolicy policy)
{
    switch (policy) {
    case RetentionPolicy::KeepAll:
        return QStringLiteral("keep_all");
    case RetentionPolicy::FailuresOnly:
        return QStringLiteral("failures_only");
    case RetentionPolicy::EraseAfter:
        return QStringLiteral("erase_after");
    }
    return QStringLiteral("keep_all");
}

bool parseRetentionPolicy(const QString &text, RetentionPolicy *out)
{
    for (RetentionPolicy p : {RetentionPolicy::KeepAll, RetentionPolicy::FailuresOnly, RetentionPolicy::EraseAfter}) {
        if (toString(p) == text) {
            *out = p;
            return true;
        }
    }
    return false;
}

QString describe(const Retention &retention)
{
    switch (retention.policy) {
    case RetentionPolicy::KeepAll:
        return Tr::tr("keep everything");
    case RetentionPolicy::FailuresOnly:
        return Tr::tr("keep data only for failures");
    case RetentionPolicy::EraseAfter:
        return Tr::tr("erase data after %n day(s)", nullptr, retention.days);
    }
    return {};
}

Result<Retention> projectRetention(QSqlDatabase &db, qint64 projectId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT retention_policy, retention_days FROM projects WHERE id = ?"));
    q.addBindValue(projectId);
    if (!q.exec())
        return makeError(q.lastError().text());
    Retention r;
    if (q.next()) {
        parseRetentionPolicy(q.value(0).toString(), &r.policy);
        r.days = q.value(1).toInt();
    }
    return r;
}

Status setProjectRetention(Store &store, qint64 projectId, const Retention &retention)
{
    if (retention.policy == RetentionPolicy::EraseAfter && (retention.days < 1 || retention.days > 3650))
        return makeError(Tr::tr("Choose between 1 and 3650 days for erasing data."));
    return store.writeAndWait([&](QSqlDatabase &db) -> Status {
        Status s = exec(db, QStringLiteral("UPDATE projects SET retention_policy = ?, retention_days = ?, updated_at = ? "
                                           "WHERE id = ?"),
                        {toString(retention.policy), retention.days, QDateTime::currentMSecsSinceEpoch(), projectId});
        if (!s)
            return s;
        return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, project_id, "
                                       "detail) VALUES (?, ?, 'retention_changed', 'project', '', ?, ?)"),
                    {QDateTime::currentMSecsSinceEpoch(), qEnvironmentVariable("USER"), projectId,
                     QStringLiteral("{\"policy\":\"%1\",\"days\":%2}").arg(toString(retention.policy)).arg(retention.days)});
    });
}

Status wipeWorkOrderData(QSqlDatabase &db, qint64 workOrderId, qint64 nowMs)
{
    // Every dataclip the work order's runs read or wrote (ids are ours: inlined).
    const QString wo = QString::number(workOrderId);
    Status s = exec(db,
                    QStringLiteral("UPDATE dataclips SET body = NULL, wiped_at = %1 WHERE wiped_at IS NULL AND id IN ("
                                   "SELECT dataclip_id FROM work_orders WHERE id = %2 "
                                   "UNION SELECT starting_dataclip_id FROM runs WHERE work_order_id = %2 "
                                   "UNION SELECT final_dataclip_id FROM runs WHERE work_order_id = %2 "
                                   "UNION SELECT s.input_dataclip_id FROM steps s JOIN runs r ON r.id = s.run_id "
                                   "WHERE r.work_order_id = %2 "
                                   "UNION SELECT s.output_dataclip_id FROM steps s JOIN runs r ON r.id = s.run_id "
                                   "WHERE r.work_order_id = %2)")
                        .arg(nowMs)
                        .arg(wo));
    if (!s)
        return s;
    return exec(db, QStringLiteral("UPDATE work_orders SET wiped_at = ? WHERE id = ?"), {nowMs, workOrderId});
}

Status applyRetentionAfterSuccess(QSqlDatabase &db, qint64 workOrderId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT p.retention_policy FROM work_orders wo JOIN workflows w ON w.id = wo.workflow_id "
                             "JOIN projects p ON p.id = w.project_id WHERE wo.id = ?"));
    q.addBindValue(workOrderId);
    if (!q.exec() || !q.next())
        return Ok{};
    if (q.value(0).toString() != QLatin1String("failures_only"))
        return Ok{};
    return wipeWorkOrderData(db, workOrderId, QDateTime::currentMSecsSinceEpoch());
}

Result<PurgeReport> purgeExpiredData(Store &store, qint64 nowMs, const std::atomic<bool> *stop)
{
    PurgeReport report;
    QSqlDatabase rdb = store.readConnection();
    QList<std::pair<qint64, Retention>> projects;
    {
        QSqlQuery q(rdb);
        if (!q.exec(QStringLiteral("SELECT id, retention_policy, retention_days FROM projects "
                                   "WHERE retention_policy <> 'keep_all'")))
            return makeError(q.lastError().text());
        while (q.next()) {
            Retention r;
            parseRetentionPolicy(q.value(1).toString(), &r.policy);
            r.days = q.value(2).toInt();
            projects.append({q.value(0).toLongLong(), r});
        }
    }
    for (const auto &[projectId, retention] : projects) {
        // Failures only: every finished success still holding data. Erase after N days:
        // everything finished and older than the cut-off.
        const QString select =
            retention.policy == RetentionPolicy::FailuresOnly
                ? QStringLiteral("SELECT wo.id FROM work_orders wo JOIN workflows w ON w.id = wo.workflow_id "
                                 "WHERE w.project_id = ? AND wo.wiped_at IS NULL AND wo.state = 'success' "
                                 "AND wo.id > ? ORDER BY wo.id LIMIT %1")
                      .arg(kPurgeBatch)
                : QStringLiteral("SELECT wo.id FROM work_orders wo JOIN workflows w ON w.id = wo.workflow_id "
                                 "WHERE w.project_id = ? AND wo.wiped_at IS NULL AND wo.created_at < %2 "
                                 "AND wo.state NOT IN ('available', 'claimed', 'started') AND wo.id > ? "
                                 "ORDER BY wo.id LIMIT %1")
                      .arg(kPurgeBatch)
                      .arg(nowMs - qint64(retention.days) * 24 * 3600 * 1000);
        qint64 after = 0;
        for (;;) {
            if (stop && stop->load())
                return report;
            QList<qint64> ids;
            {
                QSqlQuery q(rdb);
                q.prepare(select);
                q.addBindValue(projectId);
                q.addBindValue(after);
                if (!q.exec())
                    return makeError(q.lastError().text());
                while (q.next())
                    ids << q.value(0).toLongLong();
            }
            if (ids.isEmpty())
                break;
            after = ids.constLast();
            const Status s = store.writeAndWait([&](QSqlDatabase &db) -> Status {
                for (qint64 id : ids) {
                    if (Status w = wipeWorkOrderData(db, id, nowMs); !w)
                        return w;
                    if (Status r = reindexWorkOrder(db, id); !r)
                        return r;
                }
                return Ok{};
            });
            if (!s)
                return s.error();
            report.workOrdersWiped += ids.size();
        }
    }
    return report;
}

} // namespace sb
