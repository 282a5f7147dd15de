#include "clinics/clinicservice.h"

#include "clinics/salesforceclient.h"
#include "engine/credentialsource.h"
#include "sms/smsjob.h"
#include "sms/smsplan.h"
#include "sms/smsscheduler.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace sb::clinics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::ClinicService)
};

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toVariant().toString().trimmed();
}

Clinic clinicFromAccount(const QJsonObject &a)
{
    Clinic c;
    c.salesforceId = text(a, "Id");
    c.name = text(a, "Name");
    c.status = text(a, "Status__c");
    c.country = text(a, "Country__c");
    c.locationId = text(a, "CAST_Location_ID__c");
    return c;
}

const char *kAccountFields = "Id, Name, Status__c, Country__c, CAST_Location_ID__c";

QList<QJsonObject> withStatus(const QList<QJsonObject> &contacts, const QString &status)
{
    QList<QJsonObject> out;
    out.reserve(contacts.size());
    for (QJsonObject c : contacts) {
        QJsonObject account = c.value(QLatin1String("Account")).toObject();
        account.insert(QStringLiteral("Status__c"), status);
        c.insert(QStringLiteral("Account"), account);
        out << c;
    }
    return out;
}

QString detailOf(const ChangeOutcome &o)
{
    QString d = Tr::tr("%1 SMS cancelled, %2 scheduled again, for %3 of %4 patients")
                    .arg(o.effect.cancel.total())
                    .arg(o.effect.schedule.total())
                    .arg(o.effect.patientsAffected)
                    .arg(o.effect.patients);
    if (!o.pending.isEmpty())
        d += Tr::tr("; %n contact(s) still to re-plan", nullptr, int(o.pending.size()));
    return d;
}

// The contacts a re-planning left pending (their requests failed) replace the clinic's
// earlier ones; the others are done.
void keepPending(ClinicStore &clinics, const QString &clinicId, const QList<QJsonObject> &contacts, const ChangeOutcome &done)
{
    QStringList ok;
    for (const QJsonObject &c : contacts)
        ok << text(c, "CommCare_Case_ID__c");
    for (const PendingReplan &p : done.pending)
        ok.removeAll(p.contactId);
    clinics.setPendingReplans(clinicId, done.pending, ok);
}

} // namespace

QString smsContactFields()
{
    return QStringLiteral(
        "Id, AccountId, CommCare_Case_ID__c, Patient_Name__c, Guardian_1_First_Name__c, Pronoun_he_she__c, "
        "Pronoun_him_her__c, Pronoun_his_her__c, Account.Name, Account.Status__c, Account.Country__c, "
        "Guardian_1_Phone_Number_1__c, Guardian_1_Phone_Landline__c, SMS_Language__c, SMS_Timezone__c, SMS_Treatment__c, "
        "SMS_Original_Treatment__c, SMS_Treatment_Start_Date__c, Treatment_Completed__c, Date_Completed_Treatment__c, "
        "Reason_Stopped_Treatment__c, Brace_Problems_Type__c, Next_Visit_Date_New__c, Last_Visit_Date__c, "
        "Original_Next_Visit_Date__c, Registration_Date__c, Date_of_SMS_Registration__c, Send_SMS__c, SMS_Opt_In__c, "
        "SMS_Opt_In_II__c, SMS_Error__c, Cancel_SMS_Sending__c");
}

Result<Connections> resolveConnections(Store &store, sandbox::Sandbox *sandbox)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    const QString jobs = QStringLiteral(
        "SELECT p.id, p.name, p.environment, j.credential_key FROM jobs j JOIN workflows w ON j.workflow_id = w.id "
        "JOIN projects p ON w.project_id = p.id WHERE w.deleted_at IS NULL AND j.adaptor LIKE ? AND j.credential_key <> '' ");
    if (!runQuery(q, jobs + QStringLiteral("ORDER BY p.id, w.position, j.position LIMIT 1"),
                  {QStringLiteral("@switchboard/language-sms%")}))
        return makeError(Tr::tr("The projects could not be read from the store."));
    if (!q.next())
        return makeError(Tr::tr("No project schedules SMS: clinics need a project with a job on @switchboard/language-sms "
                                "(its Infobip credential) and one on @openfn/language-salesforce (`switchboard demo` adds "
                                "one)."));
    Connections c;
    const qint64 projectId = q.value(0).toLongLong();
    c.project = q.value(1).toString();
    c.environment = q.value(2).toString();
    const QString infobipKey = q.value(3).toString();
    QSqlQuery s(db);
    if (!runQuery(s, jobs + QStringLiteral("AND p.id = ? ORDER BY w.position, j.position LIMIT 1"),
                  {QStringLiteral("@openfn/language-salesforce%"), projectId}))
        return makeError(Tr::tr("The projects could not be read from the store."));
    if (!s.next())
        return makeError(Tr::tr("The project “%1” has no job on @openfn/language-salesforce with a credential: "
                                "Switchboard reads the clinics with that credential.")
                             .arg(c.project));
    const QString salesforceKey = s.value(3).toString();
    const auto source = credentialSource(store, sandbox);
    auto config = [&](const QString &key, const QString &what) -> Result<QJsonObject> {
        const Result<QByteArray> body = source(projectId, key);
        if (!body)
            return makeError(Tr::tr("The %1 credential “%2” of project “%3” (%4 environment): %5")
                                 .arg(what, key, c.project, c.environment, body.error().message));
        return QJsonDocument::fromJson(body.value()).object();
    };
    const Result<QJsonObject> salesforce = config(salesforceKey, QStringLiteral("Salesforce"));
    if (!salesforce)
        return salesforce.error();
    const Result<QJsonObject> infobip = config(infobipKey, QStringLiteral("Infobip"));
    if (!infobip)
        return infobip.error();
    c.salesforce = salesforce.value();
    c.infobip = infobip.value();
    return c;
}

ClinicService::ClinicService(Store &store, Connections connections)
    : m_store(store), m_connections(std::move(connections)),
      m_salesforce(std::make_unique<SalesforceClient>(m_connections.salesforce))
{
}

ClinicService::~ClinicService() = default;

Result<std::shared_ptr<const sms::SmsPlanner>> ClinicService::planner()
{
    return sms::publishedPlanner(m_store, QString::fromLatin1(sms::kDefaultTableName));
}

Result<QList<QJsonObject>> ClinicService::contactsOf(const QString &accountId)
{
    return m_salesforce->query(QStringLiteral("SELECT %1 FROM Contact WHERE AccountId = %2 AND CommCare_Case_ID__c != null")
                                   .arg(smsContactFields(), SalesforceClient::literal(accountId)));
}

ChangeOutcome ClinicService::replan(const Clinic &clinic, const QList<QJsonObject> &contacts, const QString &status, bool preview)
{
    ChangeOutcome out;
    out.effect.clinic = clinic.name;
    out.effect.from = clinic.status;
    out.effect.to = status;
    out.effect.patients = int(contacts.size());
    const Result<std::shared_ptr<const sms::SmsPlanner>> p = planner();
    if (!p) {
        out.errors << p.error().message;
        for (const QJsonObject &c : contacts)
            out.pending << PendingReplan{text(c, "CommCare_Case_ID__c"), p.error().message, QDateTime::currentDateTimeUtc()};
        return out;
    }
    sms::RunOptions options;
    options.preview = preview;
    options.adoptExisting = true;
    sms::InfobipAccount account;
    account.baseUrl = text(m_connections.infobip, "baseUrl");
    account.apiKey = m_connections.infobip.value(QLatin1String("apiKey")).toString();
    account.verifyTls = m_connections.infobip.value(QLatin1String("verifyTls")).toBool(true);
    sms::SmsPlanStore plans(m_store);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const sms::RunReport report = sms::runScheduler(*p.value(), withStatus(contacts, status), now, account, &plans, options);
    out.counts = report.counts;
    out.errors = report.errors;
    QSet<QString> affected;
    QSet<QString> unplanned;
    QHash<QString, QString> failed;
    for (const sms::RunWrite &w : report.writes) {
        if (w.failed) {
            if (!failed.contains(w.contactId))
                failed.insert(w.contactId, w.error);
            continue;
        }
        if (preview && w.adopted) {
            unplanned.insert(w.contactId);
            continue;
        }
        if (w.kind == sms::RunWrite::Reschedule) {
            out.effect.writes << w;
            continue;
        }
        PendingSms &counts = w.kind == sms::RunWrite::Cancel ? out.effect.cancel : out.effect.schedule;
        (w.educational ? counts.educational : counts.reminders) += 1;
        affected.insert(w.contactId);
        out.effect.writes << w;
    }
    out.effect.patientsAffected = int(affected.size());
    out.effect.unplannedPatients = int(unplanned.size());
    for (auto it = failed.constBegin(); it != failed.constEnd(); ++it)
        out.pending << PendingReplan{it.key(), it.value(), QDateTime::currentDateTimeUtc()};
    return out;
}

Result<Effect> ClinicService::preview(const QString &clinicName, const QString &status)
{
    const Result<ChangeOutcome> o = setStatus(clinicName, status, ChangeSource::Console, true);
    if (!o)
        return o.error();
    return o->effect;
}

Result<ChangeOutcome> ClinicService::setStatus(const QString &clinicName, const QString &typedStatus, ChangeSource source,
                                               bool dryRun)
{
    const QString status = canonicalStatus(typedStatus);
    if (status.isEmpty())
        return makeError(Tr::tr("“%1” is not a clinic status; use one of: %2.")
                             .arg(typedStatus, knownStatuses().join(QStringLiteral(", "))));
    // The clinic as Salesforce has it now (the store may be a sync behind).
    const Result<QList<QJsonObject>> found = m_salesforce->query(
        QStringLiteral("SELECT %1 FROM Account WHERE Name = %2").arg(QLatin1String(kAccountFields), SalesforceClient::literal(clinicName)));
    if (!found)
        return makeError(Tr::tr("The clinic could not be read from Salesforce: %1").arg(found.error().message));
    if (found->isEmpty())
        return makeError(Tr::tr("Salesforce has no clinic (Account) called “%1”.").arg(clinicName));
    if (found->size() > 1)
        return makeError(Tr::tr("Salesforce has %1 Accounts called “%2”; change the status in Salesforce.").arg(found->size()).arg(clinicName));
    const Clinic clinic = clinicFromAccount(found->first());
    const Result<QList<QJsonObject>> contacts = contactsOf(clinic.salesforceId);
    if (!contacts)
        return makeError(Tr::tr("The clinic's contacts could not be read from Salesforce: %1").arg(contacts.error().message));
    if (clinic.status == status) {
        ChangeOutcome same;
        same.effect.clinic = clinic.name;
        same.effect.from = same.effect.to = status;
        same.effect.patients = int(contacts->size());
        return same;
    }
    if (dryRun)
        return replan(clinic, contacts.value(), status, true);

    // Salesforce first: if it refuses, nothing changes here.
    if (m_beforeWrite)
        m_beforeWrite();
    if (Status s = m_salesforce->update(QStringLiteral("Account"), clinic.salesforceId,
                                        QJsonObject{{QStringLiteral("Status__c"), status}});
        !s)
        return makeError(Tr::tr("Salesforce did not take the new status, so nothing was changed: %1").arg(s.error().message));

    ClinicStore clinics(m_store);
    Clinic stored = clinic;
    stored.patients = int(contacts->size());
    // The clinic as Salesforce had it before this change (a change made in Salesforce since
    // the last sync goes into the history first, as a sync would record it).
    if (const Result<QList<StatusChange>> synced = clinics.applySync({stored}); !synced)
        return synced.error();
    const Result<StatusChange> change = clinics.recordChange(stored, status, source, QString());
    if (!change)
        return makeError(Tr::tr("Salesforce has the new status, but Switchboard could not record it: %1").arg(change.error().message));
    ChangeOutcome done = replan(clinic, contacts.value(), status, false);
    done.change = change.value();
    keepPending(clinics, clinic.salesforceId, contacts.value(), done);
    const QString detail = detailOf(done);
    clinics.setChangeDetail(done.change.id, detail);
    done.change.detail = detail;
    return done;
}

Result<ChangeOutcome> ClinicService::retry(const QString &clinicName)
{
    ClinicStore clinics(m_store);
    const Result<Clinic> clinic = clinics.find(clinicName);
    if (!clinic)
        return clinic.error();
    const Result<QList<QJsonObject>> contacts = contactsOf(clinic->salesforceId);
    if (!contacts)
        return makeError(Tr::tr("The clinic's contacts could not be read from Salesforce: %1").arg(contacts.error().message));
    ChangeOutcome done = replan(clinic.value(), contacts.value(), clinic->status, false);
    keepPending(clinics, clinic->salesforceId, contacts.value(), done);
    return done;
}

Result<SyncOutcome> ClinicService::applyAccounts(const QList<QJsonObject> &accounts, const QHash<QString, int> &patients,
                                                 const ContactsOf &contactsOf)
{
    QList<Clinic> read;
    for (const QJsonObject &a : accounts) {
        Clinic c = clinicFromAccount(a);
        if (c.salesforceId.isEmpty() || c.name.isEmpty())
            continue;
        c.patients = patients.value(c.salesforceId);
        read << c;
    }
    ClinicStore clinics(m_store);
    const Result<QList<StatusChange>> changes = clinics.applySync(read);
    if (!changes)
        return changes.error();
    SyncOutcome out;
    out.clinics = int(read.size());
    for (const Clinic &c : std::as_const(read))
        out.patients += c.patients;
    out.changes = changes.value();
    // A status changed in Salesforce does what the same change made here does.
    for (const StatusChange &change : std::as_const(out.changes)) {
        Clinic clinic;
        for (const Clinic &c : std::as_const(read))
            if (c.salesforceId == change.clinicId)
                clinic = c;
        clinic.status = change.from;
        const Result<QList<QJsonObject>> contacts = contactsOf(clinic);
        ChangeOutcome done;
        if (!contacts) {
            done.effect.clinic = clinic.name;
            done.errors << contacts.error().message;
            done.pending << PendingReplan{QStringLiteral("*"), contacts.error().message, QDateTime::currentDateTimeUtc()};
        } else {
            done = replan(clinic, contacts.value(), change.to, false);
            keepPending(clinics, clinic.salesforceId, contacts.value(), done);
        }
        done.change = change;
        done.change.detail = detailOf(done);
        clinics.setChangeDetail(change.id, done.change.detail);
        out.replans << done;
    }
    return out;
}

Result<SyncOutcome> ClinicService::sync()
{
    const Result<QList<QJsonObject>> accounts = m_salesforce->query(QStringLiteral("SELECT %1 FROM Account").arg(QLatin1String(kAccountFields)));
    if (!accounts)
        return makeError(Tr::tr("The clinics could not be read from Salesforce: %1").arg(accounts.error().message));
    const Result<QList<QJsonObject>> members =
        m_salesforce->query(QStringLiteral("SELECT AccountId FROM Contact WHERE CommCare_Case_ID__c != null"));
    if (!members)
        return makeError(Tr::tr("The clinics' patients could not be counted in Salesforce: %1").arg(members.error().message));
    QHash<QString, int> patients;
    for (const QJsonObject &m : members.value())
        ++patients[text(m, "AccountId")];
    return applyAccounts(accounts.value(), patients, [this](const Clinic &c) { return contactsOf(c.salesforceId); });
}

QByteArray syncForJob(Store &store, const QByteArray &requestBytes)
{
    auto failure = [](const QString &message) {
        return QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact);
    };
    const QJsonObject request = QJsonDocument::fromJson(requestBytes).object();
    auto records = [&](const char *name) {
        const QJsonValue v = request.value(QLatin1String(name));
        const QJsonArray a = v.isArray() ? v.toArray() : v.toObject().value(QLatin1String("records")).toArray();
        QList<QJsonObject> out;
        for (const QJsonValue &r : a)
            out << r.toObject();
        return out;
    };
    const QList<QJsonObject> accounts = records("accounts");
    if (accounts.isEmpty())
        return failure(Tr::tr("syncClinics needs the Accounts (an array, or a query result with records)."));
    const QList<QJsonObject> contacts = records("contacts");
    Connections c;
    c.infobip = request.value(QStringLiteral("configuration")).toObject();
    if (text(c.infobip, "baseUrl").isEmpty() || c.infobip.value(QLatin1String("apiKey")).toString().isEmpty())
        return failure(Tr::tr("state.configuration needs the Infobip credential's baseUrl and apiKey (clinics whose status "
                              "changed are re-planned)."));
    QHash<QString, int> patients;
    for (const QJsonObject &contact : contacts)
        ++patients[text(contact, "AccountId")];
    ClinicService service(store, c);
    const Result<SyncOutcome> o = service.applyAccounts(accounts, patients, [&](const Clinic &clinic) -> Result<QList<QJsonObject>> {
        QList<QJsonObject> mine;
        for (const QJsonObject &contact : contacts)
            if (text(contact, "AccountId") == clinic.salesforceId
                || contact.value(QLatin1String("Account")).toObject().value(QLatin1String("Name")).toString() == clinic.name)
                mine << contact;
        return mine;
    });
    if (!o)
        return failure(o.error().message);
    QJsonArray changes;
    for (const ChangeOutcome &r : o->replans)
        changes.append(QJsonObject{{QStringLiteral("clinic"), r.change.clinic},
                                   {QStringLiteral("from"), r.change.from},
                                   {QStringLiteral("to"), r.change.to},
                                   {QStringLiteral("cancelled"), r.effect.cancel.total()},
                                   {QStringLiteral("scheduled"), r.effect.schedule.total()},
                                   {QStringLiteral("pending"), int(r.pending.size())}});
    return QJsonDocument(QJsonObject{{QStringLiteral("ok"), true},
                                     {QStringLiteral("clinics"), o->clinics},
                                     {QStringLiteral("patients"), o->patients},
                                     {QStringLiteral("changes"), changes}})
        .toJson(QJsonDocument::Compact);
}

} // namespace sb::clinics
