#include "triggersettings.h"

#include "common/sysinfo.h"

#include "enginesettings.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

QString actor()
{
    return accountName();
}

} // namespace

Result<qint64> findTriggerId(Store &store, const QString &projectName, const QString &workflowKey,
                             const QString &triggerKey)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT t.id FROM triggers t JOIN workflows w ON w.id = t.workflow_id "
                             "JOIN projects p ON p.id = w.project_id "
                             "WHERE p.name = ? AND w.key = ? AND w.deleted_at IS NULL AND t.key = ?"));
    q.addBindValue(projectName);
    q.addBindValue(workflowKey);
    q.addBindValue(triggerKey);
    if (!q.exec())
        return makeError(q.lastError().text());
    if (!q.next())
        return makeError(Tr::tr("Trigger \"%1\" of workflow \"%2\" is not in project \"%3\".")
                             .arg(triggerKey, workflowKey, projectName));
    return q.value(0).toLongLong();
}

Result<TriggerEngineSettings> loadTriggerSettings(Store &store, qint64 triggerId)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT missed_fires, cron_from_last_state, COALESCE(webhook_max_bytes, 0), "
                             "COALESCE(last_fired_at, 0) FROM triggers WHERE id = ?"));
    q.addBindValue(triggerId);
    if (!q.exec())
        return makeError(q.lastError().text());
    if (!q.next())
        return makeError(Tr::tr("Trigger %1 does not exist.").arg(triggerId));
    TriggerEngineSettings s;
    s.triggerId = triggerId;
    s.missedFires = q.value(0).toString();
    s.fromLastState = q.value(1).toInt() != 0;
    s.maxBodyBytes = q.value(2).toLongLong();
    s.lastFiredAt = q.value(3).toLongLong();
    return s;
}

Status validateTriggerSettings(const TriggerEngineSettings &settings)
{
    if (settings.missedFires != QLatin1String("run_once") && settings.missedFires != QLatin1String("skip"))
        return makeError(Tr::tr("Missed fires are either run once now (run_once) or skipped (skip), not \"%1\".")
                             .arg(settings.missedFires));
    if (settings.maxBodyBytes != 0
        && (settings.maxBodyBytes < kMinWebhookMaxBytes || settings.maxBodyBytes > kMaxWebhookMaxBytes))
        return makeError(Tr::tr("The maximum body size must be between %1 and %2 (%3 was asked).")
                             .arg(formatByteSize(kMinWebhookMaxBytes), formatByteSize(kMaxWebhookMaxBytes),
                                  formatByteSize(settings.maxBodyBytes)));
    return Ok{};
}

Status saveTriggerSettings(Store &store, const TriggerEngineSettings &settings)
{
    if (Status valid = validateTriggerSettings(settings); !valid)
        return valid;
    return store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT t.type, t.key, w.key, w.project_id, t.missed_fires, t.cron_from_last_state, "
                                 "COALESCE(t.webhook_max_bytes, 0) FROM triggers t "
                                 "JOIN workflows w ON w.id = t.workflow_id WHERE t.id = ?"));
        q.addBindValue(settings.triggerId);
        if (!q.exec())
            return makeError(q.lastError().text());
        if (!q.next())
            return makeError(Tr::tr("Trigger %1 does not exist.").arg(settings.triggerId));
        const QString objectKey = q.value(2).toString() + QLatin1Char('/') + q.value(1).toString();
        const qint64 projectId = q.value(3).toLongLong();
        const QString oldMissed = q.value(4).toString();
        const bool oldFromLast = q.value(5).toInt() != 0;
        const qint64 oldMax = q.value(6).toLongLong();
        q.finish();

        // Only what changed is written and audited, as "field": {"from", "to"}.
        QJsonObject detail;
        if (oldMissed != settings.missedFires)
            detail.insert(QStringLiteral("missed_fires"),
                          QJsonObject{{QStringLiteral("from"), oldMissed}, {QStringLiteral("to"), settings.missedFires}});
        if (oldFromLast != settings.fromLastState)
            detail.insert(QStringLiteral("cron_from_last_state"),
                          QJsonObject{{QStringLiteral("from"), oldFromLast}, {QStringLiteral("to"), settings.fromLastState}});
        if (oldMax != settings.maxBodyBytes)
            detail.insert(QStringLiteral("webhook_max_bytes"),
                          QJsonObject{{QStringLiteral("from"), oldMax}, {QStringLiteral("to"), settings.maxBodyBytes}});
        if (detail.isEmpty())
            return Ok{};
        if (Status s = exec(db, QStringLiteral("UPDATE triggers SET missed_fires = ?, cron_from_last_state = ?, "
                                               "webhook_max_bytes = ? WHERE id = ?"),
                            {settings.missedFires, settings.fromLastState ? 1 : 0, settings.maxBodyBytes,
                             settings.triggerId});
            !s)
            return s;
        return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, "
                                       "project_id, detail) VALUES (?, ?, 'trigger_settings', 'trigger', ?, ?, ?)"),
                    {QDateTime::currentMSecsSinceEpoch(), actor(), objectKey, projectId,
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    });
}

Result<QString> webhookFullUrl(Store &store, qint64 triggerId)
{
    QString path;
    {
        QSqlDatabase db = store.readConnection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT type, webhook_id, custom_path FROM triggers WHERE id = ?"));
        q.addBindValue(triggerId);
        if (!q.exec())
            return makeError(q.lastError().text());
        if (!q.next())
            return makeError(Tr::tr("Trigger %1 does not exist.").arg(triggerId));
        if (q.value(0).toString() != QLatin1String("webhook"))
            return makeError(Tr::tr("Only webhook triggers have a URL."));
        path = q.value(2).toString().trimmed();
        if (path.isEmpty())
            path = q.value(1).toString();
    }
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    // The inbox serves a custom path as given and also under /i/ (never twice).
    if (!path.startsWith(QLatin1String("i/")))
        path.prepend(QStringLiteral("i/"));
    return QString(QStringLiteral("http://") + listenAddress(store) + QLatin1Char('/') + path);
}

QString formatByteSize(qint64 bytes)
{
    constexpr qint64 kb = 1024;
    constexpr qint64 mb = 1024 * 1024;
    if (bytes >= mb && bytes % mb == 0)
        return Tr::tr("%1 MB").arg(bytes / mb);
    if (bytes >= kb && bytes % kb == 0)
        return Tr::tr("%1 KB").arg(bytes / kb);
    if (bytes >= mb)
        return Tr::tr("%1 MB").arg(double(bytes) / double(mb), 0, 'f', 1);
    if (bytes >= kb)
        return Tr::tr("%1 KB").arg(double(bytes) / double(kb), 0, 'f', 1);
    return Tr::tr("%1 bytes").arg(bytes);
}

} // namespace sb
