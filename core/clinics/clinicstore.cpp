#include "clinics/clinicstore.h"

#include "common/sysinfo.h"
#include "sms/smsscheduler.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::clinics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Clinics)
};

Error readFailed()
{
    return makeError(Tr::tr("The clinics could not be read from the store."));
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Clinic clinicFrom(const QSqlQuery &q)
{
    Clinic c;
    c.salesforceId = q.value(0).toString();
    c.name = q.value(1).toString();
    c.status = q.value(2).toString();
    c.country = q.value(3).toString();
    c.locationId = q.value(4).toString();
    c.patients = q.value(5).toInt();
    c.syncedAt = fromMs(q.value(6));
    return c;
}

const char *kClinicColumns = "salesforce_id, name, status, country, location_id, patients, synced_at";

Status insertChange(QSqlDatabase &db, const StatusChange &c, qint64 *id)
{
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("INSERT INTO clinic_status_changes (clinic_id, clinic, at, actor, from_status, to_status, "
                                    "source, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {c.clinicId, c.clinic, c.at.toMSecsSinceEpoch(), c.actor, c.from, c.to, c.source, c.detail}))
        return makeError(Tr::tr("The status change could not be recorded: %1").arg(q.lastError().text()));
    if (id)
        *id = q.lastInsertId().toLongLong();
    // The audit trail too (Settings → audit): who changed what, from where.
    QSqlQuery audit(db);
    const QJsonObject detail{{QStringLiteral("from"), c.from}, {QStringLiteral("to"), c.to}, {QStringLiteral("source"), c.source}};
    if (!runQuery(audit, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, project_id, detail) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                  {c.at.toMSecsSinceEpoch(), c.actor, QStringLiteral("status-changed"), QStringLiteral("clinic"), c.clinic,
                   QVariant(), QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))}))
        return makeError(Tr::tr("The status change could not be recorded: %1").arg(audit.lastError().text()));
    return Ok{};
}

} // namespace

QStringList knownStatuses()
{
    return {QLatin1String(kActive), QLatin1String(kSuspended), QLatin1String(kPrevious), QLatin1String(kGuest)};
}

QString statusEffect(const QString &status)
{
    if (status == QLatin1String(kActive))
        return Tr::tr("every SMS");
    if (status == QLatin1String(kSuspended))
        return Tr::tr("educational SMS only, no visit reminders");
    if (status == QLatin1String(kPrevious) || status == QLatin1String(kGuest))
        return Tr::tr("no SMS");
    return Tr::tr("no SMS (a status the scheduler does not know)");
}

QString canonicalStatus(const QString &typed)
{
    for (const QString &s : knownStatuses())
        if (s.compare(typed.trimmed(), Qt::CaseInsensitive) == 0)
            return s;
    return {};
}

QString sourceName(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Salesforce:
        return QStringLiteral("salesforce");
    case ChangeSource::Console:
        return QStringLiteral("console");
    case ChangeSource::CommandLine:
        return QStringLiteral("cli");
    }
    return {};
}

ChangeSource sourceFromName(const QString &name)
{
    for (ChangeSource s : {ChangeSource::Salesforce, ChangeSource::Console, ChangeSource::CommandLine})
        if (sourceName(s) == name)
            return s;
    return ChangeSource::Console;
}

QString sourceTitle(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Salesforce:
        return Tr::tr("Salesforce (found by a sync)");
    case ChangeSource::Console:
        return Tr::tr("Console");
    case ChangeSource::CommandLine:
        return Tr::tr("Command line");
    }
    return {};
}

ClinicStore::ClinicStore(Store &store) : m_store(store) {}

Result<QList<Clinic>> ClinicStore::list(const QString &filter) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    QString sql = QStringLiteral("SELECT %1 FROM clinics").arg(QLatin1String(kClinicColumns));
    QVariantList binds;
    if (!filter.trimmed().isEmpty()) {
        sql += QStringLiteral(" WHERE LOWER(name) LIKE ? OR LOWER(country) LIKE ? OR LOWER(status) LIKE ?");
        const QString like = QLatin1Char('%') + filter.trimmed().toLower() + QLatin1Char('%');
        binds = {like, like, like};
    }
    sql += QStringLiteral(" ORDER BY name");
    if (!runQuery(q, sql, binds))
        return readFailed();
    QList<Clinic> out;
    while (q.next())
        out << clinicFrom(q);
    return out;
}

Result<Clinic> ClinicStore::find(const QString &name) const
{
    const Result<QList<Clinic>> all = list();
    if (!all)
        return all.error();
    QList<Clinic> loose;
    for (const Clinic &c : all.value()) {
        if (c.name == name)
            return c;
        if (c.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            loose << c;
    }
    if (loose.size() == 1)
        return loose.first();
    if (loose.size() > 1)
        return makeError(Tr::tr("More than one clinic is called “%1”.").arg(name));
    if (all->isEmpty())
        return makeError(Tr::tr("No clinic is known yet: run `switchboard clinics sync` (or Sync now on the Clinics page) "
                                "to fetch them from Salesforce."));
    return makeError(Tr::tr("No clinic is called “%1”; `switchboard clinics` lists them.").arg(name));
}

Result<QList<StatusChange>> ClinicStore::applySync(const QList<Clinic> &accounts)
{
    QList<StatusChange> changes;
    const Status s = m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const Clinic &a : accounts) {
            QSqlQuery q(db);
            if (!runQuery(q, QStringLiteral("SELECT status FROM clinics WHERE salesforce_id = ?"), {a.salesforceId}))
                return makeError(Tr::tr("The clinics could not be saved: %1").arg(q.lastError().text()));
            const bool known = q.next();
            const QString before = known ? q.value(0).toString() : QString();
            QSqlQuery w(db);
            const QString sql = known ? QStringLiteral("UPDATE clinics SET name = ?, status = ?, country = ?, location_id = ?, "
                                                       "patients = ?, synced_at = ? WHERE salesforce_id = ?")
                                      : QStringLiteral("INSERT INTO clinics (name, status, country, location_id, patients, "
                                                       "synced_at, salesforce_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
            if (!runQuery(w, sql, {a.name, a.status, a.country, a.locationId, a.patients, now.toMSecsSinceEpoch(), a.salesforceId}))
                return makeError(Tr::tr("The clinics could not be saved: %1").arg(w.lastError().text()));
            if (known && before != a.status) {
                StatusChange c;
                c.clinicId = a.salesforceId;
                c.clinic = a.name;
                c.at = now;
                c.actor = QStringLiteral("Salesforce");
                c.from = before;
                c.to = a.status;
                c.source = sourceName(ChangeSource::Salesforce);
                if (Status ins = insertChange(db, c, &c.id); !ins)
                    return ins;
                changes << c;
            }
        }
        return Ok{};
    });
    if (!s)
        return s.error();
    return changes;
}

Result<StatusChange> ClinicStore::recordChange(const Clinic &clinic, const QString &to, ChangeSource source, const QString &detail)
{
    StatusChange c;
    c.clinicId = clinic.salesforceId;
    c.clinic = clinic.name;
    c.at = QDateTime::currentDateTimeUtc();
    c.actor = accountName();
    c.from = clinic.status;
    c.to = to;
    c.source = sourceName(source);
    c.detail = detail;
    const Status s = m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("UPDATE clinics SET status = ? WHERE salesforce_id = ?"), {to, clinic.salesforceId}))
            return makeError(Tr::tr("The clinic's status could not be saved: %1").arg(q.lastError().text()));
        return insertChange(db, c, &c.id);
    });
    if (!s)
        return s.error();
    return c;
}

Status ClinicStore::setChangeDetail(qint64 changeId, const QString &detail)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("UPDATE clinic_status_changes SET detail = ? WHERE id = ?"), {detail, changeId}))
            return makeError(Tr::tr("The status change could not be recorded: %1").arg(q.lastError().text()));
        return Ok{};
    });
}

Result<QList<StatusChange>> ClinicStore::history(const QString &clinicId, int limit) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    QString sql = QStringLiteral("SELECT id, clinic_id, clinic, at, actor, from_status, to_status, source, detail "
                                 "FROM clinic_status_changes");
    QVariantList binds;
    if (!clinicId.isEmpty()) {
        sql += QStringLiteral(" WHERE clinic_id = ?");
        binds << clinicId;
    }
    sql += QStringLiteral(" ORDER BY at DESC, id DESC LIMIT %1").arg(limit);
    if (!runQuery(q, sql, binds))
        return readFailed();
    QList<StatusChange> out;
    while (q.next()) {
        StatusChange c;
        c.id = q.value(0).toLongLong();
        c.clinicId = q.value(1).toString();
        c.clinic = q.value(2).toString();
        c.at = fromMs(q.value(3));
        c.actor = q.value(4).toString();
        c.from = q.value(5).toString();
        c.to = q.value(6).toString();
        c.source = q.value(7).toString();
        c.detail = q.value(8).toString();
        out << c;
    }
    return out;
}

Result<QHash<QString, PendingSms>> ClinicStore::pendingSms() const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT clinic, grp, COUNT(*) FROM sms_plan_messages WHERE state = 'scheduled' "
                                    "GROUP BY clinic, grp")))
        return readFailed();
    QHash<QString, PendingSms> out;
    while (q.next()) {
        PendingSms &p = out[q.value(0).toString()];
        (sms::isReminderGroup(q.value(1).toString()) ? p.reminders : p.educational) += q.value(2).toInt();
    }
    return out;
}

Status ClinicStore::setPendingReplans(const QString &clinicId, const QList<PendingReplan> &failed, const QStringList &done)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        for (const QString &contact : done) {
            QSqlQuery q(db);
            if (!runQuery(q, QStringLiteral("DELETE FROM clinic_replan_pending WHERE clinic_id = ? AND contact_id = ?"),
                          {clinicId, contact}))
                return makeError(Tr::tr("The pending re-plans could not be saved: %1").arg(q.lastError().text()));
        }
        for (const PendingReplan &p : failed) {
            QSqlQuery q(db);
            if (!runQuery(q, QStringLiteral("DELETE FROM clinic_replan_pending WHERE clinic_id = ? AND contact_id = ?"),
                          {clinicId, p.contactId})
                || !runQuery(q, QStringLiteral("INSERT INTO clinic_replan_pending (clinic_id, contact_id, error, at) "
                                               "VALUES (?, ?, ?, ?)"),
                             {clinicId, p.contactId, p.error, QDateTime::currentMSecsSinceEpoch()}))
                return makeError(Tr::tr("The pending re-plans could not be saved: %1").arg(q.lastError().text()));
        }
        return Ok{};
    });
}

Result<QList<PendingReplan>> ClinicStore::pendingReplans(const QString &clinicId) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT contact_id, error, at FROM clinic_replan_pending WHERE clinic_id = ? "
                                    "ORDER BY contact_id"),
                  {clinicId}))
        return readFailed();
    QList<PendingReplan> out;
    while (q.next())
        out << PendingReplan{q.value(0).toString(), q.value(1).toString(), fromMs(q.value(2))};
    return out;
}

Result<QHash<QString, int>> ClinicStore::pendingReplanCounts() const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT clinic_id, COUNT(*) FROM clinic_replan_pending GROUP BY clinic_id")))
        return readFailed();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace sb::clinics
