#include "crontrigger.h"

#include "workorders.h"

#include "scheduler/cronexpression.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

constexpr int kMaxCountedFires = 100000;
constexpr qint64 kLateMs = 60 * 1000;

QString utc(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

struct CronRow
{
    qint64 triggerId = 0;
    qint64 workflowId = 0;
    qint64 projectId = 0;
    QString workflowName;
    QString expression;
    QString missedPolicy;
    bool fromLastState = false;
    qint64 lastFiredAt = 0; // 0 = never
};

} // namespace

CronDue cronDue(const QString &expression, const QDateTime &lastFired, const QDateTime &now)
{
    CronDue due;
    const Result<CronExpression> cron = CronExpression::parse(expression);
    if (!cron)
        return due;
    QDateTime next = cron->nextFire(lastFired.toUTC());
    while (next.isValid() && next <= now && due.dueFires < kMaxCountedFires) {
        ++due.dueFires;
        due.latestFire = next;
        next = cron->nextFire(next);
    }
    due.missed = due.dueFires > 1 || (due.dueFires == 1 && due.latestFire.msecsTo(now) > kLateMs);
    return due;
}

CronFirer::CronFirer(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTimeUtc()); });
}

void CronFirer::start()
{
    check(QDateTime::currentDateTimeUtc());
    m_timer.start();
}

void CronFirer::stop()
{
    m_timer.stop();
}

void CronFirer::check(const QDateTime &nowTime)
{
    if (m_busy)
        return;
    QList<CronRow> rows;
    {
        QSqlDatabase db = m_store.readConnection();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral(
                "SELECT t.id, t.workflow_id, w.project_id, w.name, t.cron_expression, t.missed_fires, "
                "t.cron_from_last_state, COALESCE(t.last_fired_at, 0) FROM triggers t "
                "JOIN workflows w ON w.id = t.workflow_id "
                "WHERE t.type = 'cron' AND t.enabled = 1 AND w.enabled = 1 AND w.deleted_at IS NULL"))) {
            Q_EMIT logLine(Tr::tr("Cron: cannot read triggers: %1").arg(q.lastError().text()));
            return;
        }
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toBool(),
                         q.value(7).toLongLong()});
    }
    struct Action
    {
        CronRow row;
        bool fire = false;
        qint64 handledUpTo = 0;
        QString summary;
        QString note;
    };
    QList<Action> actions;
    for (const CronRow &row : rows) {
        Action a;
        a.row = row;
        if (row.lastFiredAt == 0) {
            // A trigger this engine sees for the first time starts counting now: no backfill.
            a.handledUpTo = nowTime.toMSecsSinceEpoch();
            actions << a;
            continue;
        }
        const CronDue due = cronDue(row.expression, QDateTime::fromMSecsSinceEpoch(row.lastFiredAt, Qt::UTC), nowTime);
        if (due.dueFires == 0)
            continue;
        a.handledUpTo = due.latestFire.toMSecsSinceEpoch();
        if (!due.missed) {
            a.fire = true;
            a.summary = Tr::tr("Cron fire %1").arg(utc(due.latestFire));
        } else if (row.missedPolicy == QLatin1String("skip")) {
            a.note = Tr::tr("Cron of \"%1\": skipped %n fire(s) missed while no engine ran (last: %2), as the "
                            "trigger asks.", nullptr, due.dueFires)
                         .arg(row.workflowName, utc(due.latestFire));
        } else {
            a.fire = true;
            a.summary = Tr::tr("Missed cron fire %1 (%n missed), run once now", nullptr, due.dueFires)
                            .arg(utc(due.latestFire));
            a.note = Tr::tr("Cron of \"%1\": %n fire(s) missed while no engine ran; running once now.", nullptr,
                            due.dueFires)
                         .arg(row.workflowName);
        }
        actions << a;
    }
    if (actions.isEmpty())
        return;
    m_busy = true;
    auto created = std::make_shared<QList<qint64>>();
    m_store.write(
        [actions, created](QSqlDatabase &db) -> Status {
            for (const Action &a : actions) {
                if (a.fire) {
                    QByteArray input = QByteArrayLiteral("{}");
                    if (a.row.fromLastState) {
                        QSqlQuery q(db);
                        q.prepare(QStringLiteral("SELECT d.body FROM runs r JOIN dataclips d ON d.id = r.final_dataclip_id "
                                                 "WHERE r.workflow_id = ? AND r.state = 'success' AND d.wiped_at IS NULL "
                                                 "ORDER BY r.finished_at DESC LIMIT 1"));
                        q.addBindValue(a.row.workflowId);
                        if (q.exec() && q.next()) {
                            const QByteArray body = q.value(0).toString().toUtf8();
                            const auto parsed = nlohmann::json::parse(body.constBegin(), body.constEnd(), nullptr, false);
                            if (parsed.is_object())
                                input = body;
                        }
                    }
                    NewWorkOrder order;
                    order.workflowId = a.row.workflowId;
                    order.triggerId = a.row.triggerId;
                    order.projectId = a.row.projectId;
                    order.input = input;
                    order.dataclipType = QStringLiteral("global");
                    order.inputSummary = a.summary;
                    order.triggerKind = QStringLiteral("cron");
                    const Result<CreatedWorkOrder> made = insertWorkOrder(db, order);
                    if (!made)
                        return made.error();
                    created->append(made->workOrderId);
                }
                if (Status s = exec(db, QStringLiteral("UPDATE triggers SET last_fired_at = ? WHERE id = ?"),
                                    {a.handledUpTo, a.row.triggerId});
                    !s)
                    return s;
            }
            return Ok{};
        },
        this,
        [this, actions, created](const Status &status) {
            m_busy = false;
            if (!status) {
                Q_EMIT logLine(Tr::tr("Cron: could not record a fire: %1").arg(status.error().message));
                return;
            }
            for (const Action &a : actions)
                if (!a.note.isEmpty())
                    Q_EMIT logLine(a.note);
            for (qint64 id : *created)
                Q_EMIT fired(id);
        });
}

} // namespace sb
