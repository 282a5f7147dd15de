#include "sms/smsplan.h"

#include "common/sysinfo.h"
#include "sms/smsscheduler.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsPlan)
};

constexpr const char *kStateNames[] = {"planned", "scheduled", "sent", "cancelled", "skipped"};
const QString kCountriesKey = QStringLiteral("countries");

Error readFailed()
{
    return makeError(Tr::tr("The SMS plans could not be read from the store."));
}

} // namespace

QString stateName(MessageState state)
{
    return QLatin1String(kStateNames[int(state)]);
}

QString stateTitle(MessageState state)
{
    switch (state) {
    case MessageState::Planned:
        return Tr::tr("Planned");
    case MessageState::Scheduled:
        return Tr::tr("Scheduled");
    case MessageState::Sent:
        return Tr::tr("Sent");
    case MessageState::Cancelled:
        return Tr::tr("Cancelled");
    case MessageState::Skipped:
        return Tr::tr("Skipped");
    }
    return {};
}

std::optional<MessageState> stateFromName(const QString &name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kStateNames[i]))
            return MessageState(i);
    return std::nullopt;
}

SmsPlanStore::SmsPlanStore(Store &store) : m_store(store) {}

Status SmsPlanStore::save(const QList<ContactPlan> &plans)
{
    if (plans.isEmpty())
        return Ok{};
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        QSqlQuery del(db);
        QSqlQuery ins(db);
        if (!del.prepare(QStringLiteral("DELETE FROM sms_plan_messages WHERE contact_id = ?"))
            || !ins.prepare(QStringLiteral(
                "INSERT OR REPLACE INTO sms_plan_messages (contact_id, bulk_id, contact_name, clinic, grp, row_no, language, "
                "recipient, sender, state, reason, send_at_utc, send_at_local, time_zone, text, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return makeError(Tr::tr("The SMS plans could not be saved: %1").arg(del.lastError().text()));
        for (const ContactPlan &plan : plans) {
            bindValue(del, plan.contactId);
            if (!del.exec())
                return makeError(Tr::tr("The SMS plans could not be saved: %1").arg(del.lastError().text()));
            for (const PlannedMessage &m : plan.messages) {
                const QVariantList binds{plan.contactId,
                                         m.bulkId,
                                         plan.contactName,
                                         plan.clinic,
                                         m.group,
                                         m.row,
                                         m.language,
                                         m.to,
                                         m.from,
                                         stateName(m.state),
                                         m.reason,
                                         m.sendAtUtc.isValid() ? QVariant(m.sendAtUtc.toMSecsSinceEpoch()) : QVariant(),
                                         m.sendAtLocal.isValid() ? m.sendAtLocal.toString(Qt::ISODate) : QString(),
                                         m.timeZone,
                                         m.text,
                                         t};
                for (const QVariant &b : binds)
                    bindValue(ins, b);
                if (!ins.exec())
                    return makeError(Tr::tr("The SMS plans could not be saved: %1").arg(ins.lastError().text()));
            }
        }
        return Ok{};
    });
}

Result<ContactPlan> SmsPlanStore::load(const QString &contactId) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT bulk_id, contact_name, clinic, grp, row_no, language, recipient, sender, state, "
                                    "reason, send_at_utc, send_at_local, time_zone, text FROM sms_plan_messages "
                                    "WHERE contact_id = ? ORDER BY row_no, bulk_id"),
                  {contactId}))
        return readFailed();
    ContactPlan plan;
    plan.contactId = contactId;
    while (q.next()) {
        PlannedMessage m;
        m.bulkId = q.value(0).toString();
        plan.contactName = q.value(1).toString();
        plan.clinic = q.value(2).toString();
        m.group = q.value(3).toString();
        m.educational = !isReminderGroup(m.group);
        m.row = q.value(4).toInt();
        m.language = q.value(5).toString();
        m.to = q.value(6).toString();
        m.from = q.value(7).toString();
        m.state = stateFromName(q.value(8).toString()).value_or(MessageState::Planned);
        m.reason = q.value(9).toString();
        if (!q.value(10).isNull())
            m.sendAtUtc = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
        m.sendAtLocal = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
        m.timeZone = q.value(12).toString();
        m.text = q.value(13).toString();
        plan.messages << m;
    }
    return plan;
}

Result<QList<ContactPlanSummary>> SmsPlanStore::contacts(const QString &filter, int limit) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    const QString like = QLatin1Char('%') + filter.trimmed() + QLatin1Char('%');
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!runQuery(q, QStringLiteral(
                         "SELECT contact_id, MAX(contact_name), MAX(clinic), "
                         "SUM(state = 'planned'), SUM(state = 'scheduled'), SUM(state = 'sent'), SUM(state = 'cancelled'), "
                         "SUM(state = 'skipped'), MIN(CASE WHEN state = 'scheduled' AND send_at_utc >= ? THEN send_at_utc END), "
                         "MAX(updated_at) FROM sms_plan_messages "
                         "WHERE (? = '%%' OR contact_id LIKE ? OR contact_name LIKE ? OR clinic LIKE ?) "
                         "GROUP BY contact_id ORDER BY MAX(contact_name), contact_id LIMIT ?"),
                  {now, like, like, like, like, limit}))
        return readFailed();
    QList<ContactPlanSummary> out;
    while (q.next()) {
        ContactPlanSummary s;
        s.contactId = q.value(0).toString();
        s.contactName = q.value(1).toString();
        s.clinic = q.value(2).toString();
        for (int i = 0; i < 5; ++i)
            s.counts[size_t(i)] = q.value(3 + i).toInt();
        if (!q.value(8).isNull())
            s.nextSendUtc = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
        s.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
        out << s;
    }
    return out;
}

Result<QHash<QString, int>> SmsPlanStore::pendingByClinic() const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT clinic, COUNT(*) FROM sms_plan_messages WHERE state = 'scheduled' GROUP BY clinic")))
        return readFailed();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

SmsSettingsStore::SmsSettingsStore(Store &store) : m_store(store) {}

Result<QList<Country>> SmsSettingsStore::countries() const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT value FROM sms_settings WHERE key = ?"), {kCountriesKey}))
        return makeError(Tr::tr("The SMS countries could not be read from the store."));
    if (!q.next())
        return defaultCountries();
    const Result<QList<Country>> saved = readCountriesCsv(q.value(0).toString().toUtf8(), Tr::tr("the stored countries table"));
    if (!saved)
        return makeError(Tr::tr("The stored countries table is damaged (%1); save it again from the SMS page.")
                             .arg(saved.error().message));
    return saved.value();
}

bool SmsSettingsStore::countriesAreDefault() const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    return runQuery(q, QStringLiteral("SELECT 1 FROM sms_settings WHERE key = ?"), {kCountriesKey}) && !q.next();
}

Status SmsSettingsStore::saveCountries(const QList<Country> &countries)
{
    // The CSV round trip is the validation: what cannot be read back is not saved.
    const QByteArray csv = writeCountriesCsv(countries);
    const Result<QList<Country>> check = readCountriesCsv(csv, Tr::tr("the countries table"));
    if (!check)
        return check.error();
    const Result<QList<Country>> before = this->countries();
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        if (Status s = exec(db, QStringLiteral("INSERT OR REPLACE INTO sms_settings (key, value, updated_at) VALUES (?, ?, ?)"),
                            {kCountriesKey, QString::fromUtf8(csv), t});
            !s)
            return s;
        QStringList changed;
        const QList<Country> old = before ? before.value() : QList<Country>();
        for (const Country &c : countries) {
            const Country *o = countryFor(old, c.name);
            if (!o || !(*o == c))
                changed << c.name;
        }
        for (const Country &o : old)
            if (!countryFor(countries, o.name))
                changed << o.name;
        const QJsonObject detail{{QStringLiteral("countries"), int(countries.size())},
                                 {QStringLiteral("changed"), changed.join(QStringLiteral(", "))}};
        return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, project_id, "
                                       "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {t, accountName(), QStringLiteral("updated"), QStringLiteral("sms-countries"), kCountriesKey, QVariant(),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    });
}

} // namespace sb::sms
