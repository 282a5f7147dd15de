// The Salesforce emulator: SOAP and OAuth password logins, OAuth user info, REST sObjects (create, read,
// update, upsert by external id with relationships by external id), composite sObject
// collections and a SOQL subset with paging (see docs/sandbox.md).

#include "sandbox/salesforcesoql.h"
#include "sandbox/sandboxsystem.h"
#include "sandbox/systems.h"

#include <vector>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <map>

namespace sb::sandbox {

namespace {

// Texts inside emulated replies stay in English, as the real system sends them; only
// what the console shows (title, login hint) is translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SandboxSalesforce)
};

const QString kSystem = QStringLiteral("salesforce");
const QString kUser = QStringLiteral("admin@switchboard.sandbox");
const QString kPassword = QStringLiteral("sandbox-password");
const QString kToken = QStringLiteral("SANDBOXTOKEN");
const QString kClientId = QStringLiteral("sandbox-client-id");
const QString kClientSecret = QStringLiteral("sandbox-client-secret");
const QString kOrgId = QStringLiteral("00DSB0000000001EAA");
const QString kUserId = QStringLiteral("005SB0000000001AAA");
constexpr int kMaxPage = 2000;
constexpr int kMaxCollection = 200;
constexpr size_t kMaxCursors = 64;

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

Response sfError(int status, const QString &code, const QString &message, const QStringList &fields = {})
{
    return Response::json(status, QJsonArray{QJsonObject{{key("message"), message},
                                                         {key("errorCode"), code},
                                                         {key("fields"), QJsonArray::fromStringList(fields)}}});
}

Response notFound()
{
    return sfError(404, key("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
}

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
}

// Form bodies and query strings encode spaces as '+'.
QString formValue(const QUrlQuery &query, const QString &name)
{
    QString raw = query.queryItemValue(name, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// A field of a record by name, case-insensitively as SOQL reads names; the name as stored.
QString fieldName(const QJsonObject &record, const QString &name)
{
    if (record.contains(name))
        return name;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return {};
}

QJsonValue fieldValue(const QJsonObject &record, const QString &name)
{
    const QString stored = fieldName(record, name);
    return stored.isEmpty() ? QJsonValue(QJsonValue::Undefined) : record.value(stored);
}

// "Account" → "AccountId", "Clinic__r" → "Clinic__c".
QString idFieldOf(const QString &relationship)
{
    if (relationship.endsWith(QLatin1String("__r"), Qt::CaseInsensitive))
        return relationship.chopped(3) + QLatin1String("__c");
    return relationship + QLatin1String("Id");
}

QString xml(const QString &text)
{
    return text.toHtmlEscaped();
}

struct Outcome
{
    bool ok = false;
    QString id;
    bool created = false;
    int status = 400;
    QString code;
    QString message;
    QStringList fields;
    QJsonArray matches; // 300: the URLs of the records an external id matched

    static Outcome failure(int status, QString code, QString message, QStringList fields = {})
    {
        Outcome o;
        o.status = status;
        o.code = std::move(code);
        o.message = std::move(message);
        o.fields = std::move(fields);
        return o;
    }
};

class SalesforceSystem final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return Tr::tr("Salesforce"); }

    QJsonObject configuration(const QString &baseUrl) const override
    {
        // What @openfn/language-salesforce reads (jsforce login with password + token).
        return {{key("loginUrl"), baseUrl},
                {key("username"), kUser},
                {key("password"), kPassword},
                {key("securityToken"), kToken}};
    }

    QString loginHint() const override
    {
        return Tr::tr("user %1, password %2, security token %3 (OAuth client id %4, secret %5)")
            .arg(kUser, kPassword, kToken, kClientId, kClientSecret);
    }

    void seed() override;
    Response handle(const Request &request) override;

private:
    struct Cursor
    {
        QString version;
        QJsonArray records;
        int pageSize = 2000;
    };

    struct Undo
    {
        QString type;
        QString id;
        QJsonObject previous; // empty: the record did not exist
    };

    Response soapLogin(const Request &r, const QString &version);
    Response oauthToken(const Request &r);
    Response userInfo(const Request &r) const;
    Response rest(const Request &r, const QString &version, const QStringList &parts);
    Response sobjects(const Request &r, const QString &version, const QStringList &parts);
    Response compositeSObjects(const Request &r, const QString &version, const QStringList &parts);
    Response query(const Request &r, const QString &version, const QString &soql);
    Response queryMore(const QString &locator);
    Response page(const QString &cursorId, int offset);

    bool knownType(const QString &type) const;
    QString canonicalType(const QString &type) const;
    QString newId(const QString &type);
    QString typeOfId(const QString &id) const;
    QJsonObject parentOf(const QJsonObject &record, const QString &relationship, QString *parentType) const;
    QJsonValue resolve(const QJsonObject &record, const QString &path) const;
    QJsonObject project(const QString &type, const QJsonObject &record, const QStringList &fields,
                        const QString &version) const;
    QJsonObject withAttributes(const QString &type, const QJsonObject &record, const QString &version) const;

    bool applyFields(const QString &type, QJsonObject *record, const QJsonObject &body, Outcome *error) const;
    Outcome create(const QString &type, const QJsonObject &body);
    Outcome update(const QString &type, const QString &id, const QJsonObject &body);
    Outcome upsert(const QString &type, const QString &field, const QString &value, const QJsonObject &body,
                   const QString &version);
    void store(const QString &type, const QString &id, const QJsonObject &record);

    QSet<QString> m_sessions;
    quint64 m_nextId = 1;
    quint64 m_nextCursor = 1;
    std::map<QString, Cursor> m_cursors;
    std::vector<Undo> *m_undo = nullptr;
};

void SalesforceSystem::seed()
{
    m_cursors.clear();
    // Clinics carry the CommCare location id of the forms in shared/fixtures/commcare
    // (form.case.create.owner_id), so registration upserts relate to them.
    struct Clinic
    {
        const char *name, *location, *code, *country, *status;
    };
    const Clinic clinics[] = {
        {"Nigeria Test (nigeria_test)", "866476001e17498bae203dcf7bab4e0d", "nigeria_test", "Nigeria", "Actively Supported"},
        {"Coronation Hospital, Dehradun", "844f4359f82383ee7d6938227fa4c3a3", "chdd", "India", "Temporarily Suspended"},
        {"Jawarharlal Nehru Medical College, Aligarh", "844f4359f82383ee7d6938227fa4ffc2", "UP10", "India",
         "Actively Supported"},
        {"Ambatofinandrahana Clinic", "4493d75f1f36c5423f91220128fbbf71", "TM99", "Madagascar", "Previously Supported"},
        // One clinic in each status, each with a patient in every treatment phase (below):
        // what a status change does to SMS shows on all of them.
        {"Lagos University Teaching Hospital", "5c1a0e7b2f8d4e6a9b3c7d1e2f4a6b8c", "LUTH", "Nigeria", "Actively Supported"},
        {"Mulago National Referral Hospital", "6d2b1f8c3a9e4f7b8c4d8e2f3a5b7c9d", "MNRH", "Uganda", "Temporarily Suspended"},
        {"CCBRT Dar es Salaam", "7e3c2a9d4b8f4a8c9d5e9f3a4b6c8d0e", "CCBRT", "Tanzania", "Previously Supported"},
        {"Philippine General Hospital", "8f4d3b0e5c9a4b9d8e6f0a4b5c7d9e1f", "PGH", "Philippines", "Active - CAST Guest User Only"},
    };
    QStringList accountIds;
    for (const Clinic &c : clinics) {
        const QString id = newId(key("Account"));
        accountIds << id;
        store(key("Account"), id,
              {{key("Id"), id},
               {key("Name"), QString::fromUtf8(c.name)},
               {key("CAST_Location_ID__c"), QString::fromLatin1(c.location)},
               {key("Clinic_Code__c"), QString::fromLatin1(c.code)},
               {key("Country__c"), QString::fromLatin1(c.country)},
               {key("Status__c"), QString::fromLatin1(c.status)},
               {key("Type"), key("Clinic")}});
    }
    // A few patients whose visits fall around today, for the SMS reminder flow.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    // The SMS fields the scheduler reads (docs/sms.md): treatment and its start, brace
    // problems, registration, time zone.
    struct Patient
    {
        const char *caseId, *first, *last, *guardian, *phone;
        int account, visitInDays;
        bool sendSms;
        const char *treatment;
        int treatmentStartedDaysAgo;
        const char *braceProblems;
        const char *timeZone;
    };
    const Patient patients[] = {
        {"sandbox-case-0001", "Amina", "Bello", "Hauwa", "2348031234567", 0, 2, true, "Casting", 10, "", "Africa/Lagos"},
        {"sandbox-case-0002", "Chidi", "Okafor", "Ngozi", "2348039876543", 0, -5, true, "Bracing Night", 200,
         "Not Wearing Enough;Child Not Tolerating", "Africa/Lagos"},
        {"sandbox-case-0003", "Ravi", "Kumar", "Sunita", "919812345678", 1, 3, true, "Bracing Day", 30, "", "Asia/Kolkata"},
        {"sandbox-case-0004", "Tiana", "Rakoto", "Voahangy", "261341234567", 3, 1, false, "Casting", 5, "",
         "Indian/Antananarivo"},
    };
    // The phase patients of the four status clinics (accounts 4 to 7).
    struct Phase
    {
        const char *treatment;
        int startedDaysAgo;
        const char *braceProblems;
    };
    const Phase phases[] = {{"Casting", 10, ""},        {"Tenotomy", 5, ""},           {"Bracing Day", 30, "Not Wearing Enough"},
                            {"Bracing Night", 200, ""}, {"Suspended", 20, ""},         {"Complete", 400, ""}};
    struct Place
    {
        const char *code, *dial, *zone, *language;
    };
    const Place places[] = {{"luth", "234803", "Africa/Lagos", "English"},
                            {"mnrh", "256772", "Africa/Kampala", "English"},
                            {"ccbrt", "255754", "Africa/Dar_es_Salaam", "Swahili"},
                            {"pgh", "639171", "Asia/Manila", "Tagalog"}};
    const char *firstNames[] = {"Bola", "Chinedu", "Dami", "Emeka", "Femi", "Gbenga"};
    std::vector<QJsonObject> phasePatients;
    for (int k = 0; k < 4; ++k) {
        for (int ph = 0; ph < 6; ++ph) {
            const Phase &phase = phases[ph];
            const QString caseId = QStringLiteral("%1-%2").arg(QLatin1String(places[k].code)).arg(ph + 1);
            QJsonObject c{
                {key("FirstName"), QString::fromLatin1(firstNames[ph])},
                {key("LastName"), QStringLiteral("Phase%1").arg(ph + 1)},
                {key("Patient_Name__c"), QStringLiteral("%1 Phase%2").arg(QLatin1String(firstNames[ph])).arg(ph + 1)},
                {key("CommCare_Case_ID__c"), caseId},
                {key("AccountId"), accountIds.at(4 + k)},
                {key("Guardian_1_First_Name__c"), key("Grace")},
                {key("Guardian_1_Phone_Number_1__c"), QStringLiteral("%1%2").arg(QLatin1String(places[k].dial)).arg(100000 + k * 10 + ph)},
                {key("Guardian_1_Phone_Landline__c"), false},
                {key("Send_SMS__c"), true},
                {key("SMS_Opt_In__c"), true},
                {key("SMS_Opt_In_II__c"), true},
                {key("Cancel_SMS_Sending__c"), false},
                {key("SMS_Language__c"), QString::fromLatin1(places[k].language)},
                {key("Pronoun_him_her__c"), key("him")},
                {key("Pronoun_he_she__c"), key("he")},
                {key("Pronoun_his_her__c"), key("his")},
                {key("SMS_Timezone__c"), QString::fromLatin1(places[k].zone)},
                {key("SMS_Treatment__c"), QString::fromLatin1(phase.treatment)},
                {key("SMS_Treatment_Start_Date__c"), today.addDays(-phase.startedDaysAgo).toString(Qt::ISODate)},
                {key("Registration_Date__c"), today.addDays(-phase.startedDaysAgo - 2).toString(Qt::ISODate)},
                {key("Date_of_SMS_Registration__c"), today.addDays(-phase.startedDaysAgo - 2).toString(Qt::ISODate)},
                // Visits two weeks out: visit reminders are pending, outside the Daily SMS
                // schedule flow's 7-day window.
                {key("Next_Visit_Date_New__c"), today.addDays(12 + ph).toString(Qt::ISODate)},
                {key("Last_Visit_Date__c"), today.addDays(-9 + ph).toString(Qt::ISODate)},
                {key("Brace_Problems_Type__c"), QString::fromLatin1(phase.braceProblems)}};
            if (QLatin1String(phase.treatment) == QLatin1String("Complete")) {
                c.insert(key("Treatment_Completed__c"), true);
                c.insert(key("Date_Completed_Treatment__c"), today.addDays(-1).toString(Qt::ISODate));
            }
            phasePatients.push_back(c);
        }
    }
    for (const Patient &p : patients) {
        const QString id = newId(key("Contact"));
        store(key("Contact"), id,
              {{key("Id"), id},
               {key("FirstName"), QString::fromUtf8(p.first)},
               {key("LastName"), QString::fromUtf8(p.last)},
               {key("Patient_Name__c"), QString(QString::fromUtf8(p.first) + QLatin1Char(' ') + QString::fromUtf8(p.last))},
               {key("CommCare_Case_ID__c"), QString::fromLatin1(p.caseId)},
               {key("AccountId"), accountIds.at(p.account)},
               {key("Guardian_1_First_Name__c"), QString::fromUtf8(p.guardian)},
               {key("Guardian_1_Phone_Number_1__c"), QString::fromLatin1(p.phone)},
               {key("Guardian_1_Phone_Landline__c"), false},
               {key("Send_SMS__c"), p.sendSms},
               {key("SMS_Opt_In__c"), true},
               {key("SMS_Opt_In_II__c"), true},
               {key("Cancel_SMS_Sending__c"), false},
               {key("SMS_Language__c"), key("English")},
               {key("Pronoun_him_her__c"), key("her")},
               {key("Next_Visit_Date_New__c"), today.addDays(p.visitInDays).toString(Qt::ISODate)},
               {key("Pronoun_he_she__c"), key("she")},
               {key("Pronoun_his_her__c"), key("her")},
               {key("SMS_Timezone__c"), QString::fromLatin1(p.timeZone)},
               {key("SMS_Treatment__c"), QString::fromLatin1(p.treatment)},
               {key("SMS_Treatment_Start_Date__c"), today.addDays(-p.treatmentStartedDaysAgo).toString(Qt::ISODate)},
               {key("Registration_Date__c"), today.addDays(-p.treatmentStartedDaysAgo - 2).toString(Qt::ISODate)},
               {key("Date_of_SMS_Registration__c"), today.addDays(-p.treatmentStartedDaysAgo - 2).toString(Qt::ISODate)},
               {key("Last_Visit_Date__c"), today.addDays(p.visitInDays < 0 ? p.visitInDays - 14 : -7).toString(Qt::ISODate)},
               {key("Brace_Problems_Type__c"), QString::fromLatin1(p.braceProblems)}});
    }
    // After the first patients, so their ids stay as they were.
    for (QJsonObject c : phasePatients) {
        const QString id = newId(key("Contact"));
        c.insert(key("Id"), id);
        store(key("Contact"), id, c);
    }
}

void SalesforceSystem::store(const QString &type, const QString &id, const QJsonObject &record)
{
    if (m_undo)
        m_undo->push_back({type, id, data().get(kSystem, type, id)});
    QJsonObject r = record;
    const QString now = nowStamp();
    if (!r.contains(key("CreatedDate")))
        r.insert(key("CreatedDate"), now);
    r.insert(key("LastModifiedDate"), now);
    r.insert(key("SystemModstamp"), now);
    data().put(kSystem, type, id, r);
}

QString SalesforceSystem::newId(const QString &type)
{
    static const std::map<QString, QString> prefixes = {
        {key("Account"), key("001")}, {key("Contact"), key("003")}, {key("Lead"), key("00Q")},
        {key("Opportunity"), key("006")}, {key("Case"), key("500")}, {key("User"), key("005")},
        {key("Task"), key("00T")}, {key("Event"), key("00U")}};
    const auto it = prefixes.find(type);
    // Custom objects: a0 + a letter from the name, stable for one type.
    const QString prefix = it != prefixes.end()
                               ? it->second
                               : key("a0") + QChar(QLatin1Char('A' + char(qHash(type) % 26)));
    return prefix + QStringLiteral("SB%1AAA").arg(m_nextId++, 10, 10, QLatin1Char('0'));
}

QString SalesforceSystem::canonicalType(const QString &type) const
{
    // Object names are case-insensitive, as in SOQL.
    static const QStringList standard = {key("Account"), key("Contact"), key("Lead"), key("Opportunity"),
                                         key("Case"), key("User"), key("Task"), key("Event")};
    for (const QString &known : standard + data().collections(kSystem)) {
        if (known.compare(type, Qt::CaseInsensitive) == 0)
            return known;
    }
    return type;
}

bool SalesforceSystem::knownType(const QString &type) const
{
    static const QStringList standard = {key("Account"), key("Contact"), key("Lead"), key("Opportunity"),
                                         key("Case"), key("User"), key("Task"), key("Event")};
    static const QRegularExpression custom(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*__c$"));
    return standard.contains(type) || custom.match(type).hasMatch() || data().collections(kSystem).contains(type);
}

QString SalesforceSystem::typeOfId(const QString &id) const
{
    if (id.isEmpty())
        return {};
    for (const QString &type : data().collections(kSystem)) {
        if (data().contains(kSystem, type, id))
            return type;
    }
    return {};
}

QJsonObject SalesforceSystem::parentOf(const QJsonObject &record, const QString &relationship, QString *parentType) const
{
    const QString id = fieldValue(record, idFieldOf(relationship)).toString();
    const QString type = typeOfId(id);
    if (parentType)
        *parentType = type;
    return type.isEmpty() ? QJsonObject() : data().get(kSystem, type, id);
}

QJsonValue SalesforceSystem::resolve(const QJsonObject &record, const QString &path) const
{
    const int dot = path.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return fieldValue(record, path);
    const QJsonObject parent = parentOf(record, path.left(dot), nullptr);
    if (parent.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    return resolve(parent, path.mid(dot + 1));
}

QJsonObject SalesforceSystem::withAttributes(const QString &type, const QJsonObject &record, const QString &version) const
{
    QJsonObject out{{key("attributes"),
                     QJsonObject{{key("type"), type},
                                 {key("url"), QStringLiteral("/services/data/v%1/sobjects/%2/%3")
                                                  .arg(version, type, record.value(key("Id")).toString())}}}};
    for (auto it = record.begin(); it != record.end(); ++it)
        out.insert(it.key(), it.value());
    return out;
}

QJsonObject SalesforceSystem::project(const QString &type, const QJsonObject &record, const QStringList &fields,
                                      const QString &version) const
{
    QJsonObject out{{key("attributes"),
                     QJsonObject{{key("type"), type},
                                 {key("url"), QStringLiteral("/services/data/v%1/sobjects/%2/%3")
                                                  .arg(version, type, record.value(key("Id")).toString())}}}};
    // Parent fields first grouped by relationship, so "Account.Name, Account.Status__c"
    // become one nested Account object.
    std::map<QString, QStringList> parents;
    QStringList relationshipOrder;
    for (const QString &f : fields) {
        const int dot = f.indexOf(QLatin1Char('.'));
        if (dot < 0) {
            const QString stored = fieldName(record, f);
            out.insert(stored.isEmpty() ? f : stored, stored.isEmpty() ? QJsonValue() : record.value(stored));
            continue;
        }
        const QString rel = f.left(dot);
        if (!parents.count(rel))
            relationshipOrder << rel;
        parents[rel] << f.mid(dot + 1);
    }
    for (const QString &rel : relationshipOrder) {
        QString parentType;
        const QJsonObject parent = parentOf(record, rel, &parentType);
        out.insert(rel, parent.isEmpty() ? QJsonValue() : QJsonValue(project(parentType, parent, parents[rel], version)));
    }
    return out;
}

bool SalesforceSystem::applyFields(const QString &type, QJsonObject *record, const QJsonObject &body, Outcome *error) const
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("attributes") || name.compare(QLatin1String("Id"), Qt::CaseInsensitive) == 0)
            continue;
        if (!it.value().isObject()) {
            record->insert(name, it.value());
            continue;
        }
        // A relationship by external id: {"Account": {"CAST_Location_ID__c": "…"}}.
        QJsonObject ref = it.value().toObject();
        QString parentType = ref.value(key("attributes")).toObject().value(key("type")).toString();
        ref.remove(key("attributes"));
        if (ref.size() != 1) {
            *error = Outcome::failure(400, key("INVALID_FIELD"),
                                      QStringLiteral("The relationship %1 must name exactly one external id field.").arg(name),
                                      {name});
            return false;
        }
        const QString extField = ref.begin().key();
        const QString value = ref.begin().value().toVariant().toString();
        if (parentType.isEmpty() && !name.endsWith(QLatin1String("__r"), Qt::CaseInsensitive))
            parentType = name == QLatin1String("Owner") ? key("User") : name;
        QStringList candidates = parentType.isEmpty() ? data().collections(kSystem) : QStringList{parentType};
        QStringList found;
        QString foundType = parentType;
        for (const QString &t : candidates) {
            for (const auto &[id, r] : data().all(kSystem, t)) {
                if (fieldValue(r, extField).toVariant().toString() == value) {
                    found << id;
                    foundType = t;
                }
            }
            if (!found.isEmpty())
                break;
        }
        if (found.isEmpty()) {
            *error = Outcome::failure(
                400, key("INVALID_FIELD"),
                QStringLiteral("Foreign key external ID: %1 not found for field %2 in entity %3")
                    .arg(value, extField, parentType.isEmpty() ? name : parentType),
                {});
            return false;
        }
        if (found.size() > 1) {
            *error = Outcome::failure(
                400, key("INVALID_FIELD"),
                QStringLiteral("Foreign key external ID: %1 matches several records for field %2 in entity %3")
                    .arg(value, extField, foundType),
                {});
            return false;
        }
        record->insert(idFieldOf(name), found.first());
    }
    Q_UNUSED(type)
    return true;
}

Outcome SalesforceSystem::create(const QString &type, const QJsonObject &body)
{
    if (!knownType(type))
        return Outcome::failure(404, key("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
    QJsonObject record;
    Outcome error;
    if (!applyFields(type, &record, body, &error))
        return error;
    // The required fields of the standard objects the flows write.
    const QString required = type == QLatin1String("Contact")   ? key("LastName")
                             : type == QLatin1String("Account") ? key("Name")
                                                                : QString();
    if (!required.isEmpty() && fieldValue(record, required).toString().isEmpty())
        return Outcome::failure(400, key("REQUIRED_FIELD_MISSING"),
                                QStringLiteral("Required fields are missing: [%1]").arg(required), {required});
    Outcome o;
    o.ok = true;
    o.created = true;
    o.status = 201;
    o.id = newId(type);
    record.insert(key("Id"), o.id);
    store(type, o.id, record);
    return o;
}

Outcome SalesforceSystem::update(const QString &type, const QString &id, const QJsonObject &body)
{
    QJsonObject record = data().get(kSystem, type, id);
    if (record.isEmpty())
        return Outcome::failure(404, key("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
    Outcome error;
    if (!applyFields(type, &record, body, &error))
        return error;
    store(type, id, record);
    Outcome o;
    o.ok = true;
    o.status = 204;
    o.id = id;
    return o;
}

Outcome SalesforceSystem::upsert(const QString &type, const QString &field, const QString &value,
                                 const QJsonObject &body, const QString &version)
{
    if (!knownType(type))
        return Outcome::failure(404, key("NOT_FOUND"), QStringLiteral("The requested resource does not exist"));
    if (value.isEmpty())
        return Outcome::failure(400, key("MISSING_ARGUMENT"),
                                QStringLiteral("%1 not specified").arg(field), {field});
    QStringList hits;
    for (const auto &[id, r] : data().all(kSystem, type)) {
        if (fieldValue(r, field).toVariant().toString() == value)
            hits << id;
    }
    if (hits.size() > 1) {
        Outcome o = Outcome::failure(300, key("MULTIPLE_CHOICES"),
                                     QStringLiteral("The external id %1 = %2 matches %3 records.").arg(field, value).arg(hits.size()));
        for (const QString &id : hits)
            o.matches.append(QStringLiteral("/services/data/v%1/sobjects/%2/%3").arg(version, type, id));
        return o;
    }
    QJsonObject withKey = body;
    const QString stored = fieldName(body, field);
    if (!stored.isEmpty())
        withKey.remove(stored);
    withKey.insert(field, value);
    if (hits.isEmpty())
        return create(type, withKey);
    Outcome o = update(type, hits.first(), withKey);
    if (o.ok)
        o.status = version.toDouble() >= 46.0 ? 200 : 204;
    return o;
}

Response SalesforceSystem::handle(const Request &r)
{
    static const QRegularExpression soapPath(QStringLiteral("^/services/Soap/u/([0-9.]+)/?$"));
    static const QRegularExpression dataPath(QStringLiteral("^/services/data/v([0-9]+\\.[0-9]+)(/.*)?$"));
    if (const auto m = soapPath.match(r.path); m.hasMatch()) {
        if (r.method != "POST")
            return Response::empty(405);
        return soapLogin(r, m.captured(1));
    }
    if (r.path == QLatin1String("/services/oauth2/token")) {
        if (r.method != "POST")
            return Response::empty(405);
        return oauthToken(r);
    }
    if (r.path == QLatin1String("/services/oauth2/userinfo")) {
        if (r.method != "GET" && r.method != "POST")
            return Response::empty(405);
        return userInfo(r);
    }
    const auto m = dataPath.match(r.path);
    if (!m.hasMatch())
        return notFound();

    QByteArray auth = r.header("authorization");
    QString token;
    if (auth.startsWith("Bearer ") || auth.startsWith("OAuth "))
        token = QString::fromUtf8(auth.mid(auth.indexOf(' ') + 1).trimmed());
    if (token.isEmpty() || !m_sessions.contains(token))
        return sfError(401, key("INVALID_SESSION_ID"), QStringLiteral("Session expired or invalid"));

    QStringList parts = m.captured(2).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    return rest(r, m.captured(1), parts);
}

Response SalesforceSystem::soapLogin(const Request &r, const QString &version)
{
    QXmlStreamReader reader(r.body);
    QString username, password;
    bool sawUser = false, sawPassword = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("username")) {
            sawUser = true;
            username = reader.readElementText().trimmed();
        } else if (reader.name() == QLatin1String("password")) {
            sawPassword = true;
            password = reader.readElementText();
        }
    }
    const auto fault = [](const QString &code, const QString &message, bool loginFault) {
        QString body = QStringLiteral(
                           "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
                           "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                           "xmlns:sf=\"urn:fault.partner.soap.sforce.com\" "
                           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><soapenv:Fault>"
                           "<faultcode>%1</faultcode><faultstring>%2</faultstring>")
                           .arg(loginFault ? QStringLiteral("sf:") + code : code, xml(loginFault ? code + QStringLiteral(": ") + message : message));
        if (loginFault)
            body += QStringLiteral("<detail><sf:LoginFault xsi:type=\"sf:LoginFault\"><sf:exceptionCode>%1</sf:exceptionCode>"
                                   "<sf:exceptionMessage>%2</sf:exceptionMessage></sf:LoginFault></detail>")
                        .arg(code, xml(message));
        body += QStringLiteral("</soapenv:Fault></soapenv:Body></soapenv:Envelope>");
        return Response::text(500, body.toUtf8(), "text/xml; charset=utf-8");
    };
    if (!sawUser || !sawPassword)
        return fault(key("soapenv:Client"), QStringLiteral("The login request needs a username and a password element."), false);
    if (username.compare(kUser, Qt::CaseInsensitive) != 0 || password != kPassword + kToken)
        return fault(key("INVALID_LOGIN"), QStringLiteral("Invalid username, password, security token; or user locked out."), true);

    const QString session = kOrgId.left(15) + QLatin1Char('!') + QUuid::createUuid().toString(QUuid::Id128);
    m_sessions.insert(session);
    const QString body =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope "
            "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns=\"urn:partner.soap.sforce.com\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body><loginResponse><result>"
            "<metadataServerUrl>%1/services/Soap/m/%2/%3</metadataServerUrl><passwordExpired>false</passwordExpired>"
            "<sandbox>true</sandbox><serverUrl>%1/services/Soap/u/%2/%3</serverUrl><sessionId>%4</sessionId>"
            "<userId>%5</userId><userInfo><organizationId>%3</organizationId><organizationName>Switchboard "
            "Sandbox</organizationName><userEmail>%6</userEmail><userFullName>Sandbox Admin</userFullName>"
            "<userId>%5</userId><userName>%6</userName></userInfo></result></loginResponse></soapenv:Body>"
            "</soapenv:Envelope>")
            .arg(xml(r.baseUrl), version, kOrgId, xml(session), kUserId, xml(kUser));
    return Response::text(200, body.toUtf8(), "text/xml; charset=utf-8");
}

Response SalesforceSystem::oauthToken(const Request &r)
{
    QUrlQuery form(QString::fromUtf8(r.body));
    for (const auto &[name, value] : r.query.queryItems(QUrl::FullyEncoded)) {
        if (!form.hasQueryItem(name))
            form.addQueryItem(name, value);
    }
    const auto oauthError = [](const QString &error, const QString &description) {
        return Response::json(400, QJsonObject{{key("error"), error}, {key("error_description"), description}});
    };
    const QString grant = formValue(form, key("grant_type"));
    if (grant != QLatin1String("password"))
        return oauthError(key("unsupported_grant_type"), QStringLiteral("grant type not supported"));
    if (formValue(form, key("client_id")) != kClientId)
        return oauthError(key("invalid_client_id"), QStringLiteral("client identifier invalid"));
    if (formValue(form, key("client_secret")) != kClientSecret)
        return oauthError(key("invalid_client"), QStringLiteral("invalid client credentials"));
    if (formValue(form, key("username")).compare(kUser, Qt::CaseInsensitive) != 0
        || formValue(form, key("password")) != kPassword + kToken)
        return oauthError(key("invalid_grant"), QStringLiteral("authentication failure"));

    const QString token = kOrgId.left(15) + QLatin1Char('!') + QUuid::createUuid().toString(QUuid::Id128);
    m_sessions.insert(token);
    return Response::json(
        200, QJsonObject{{key("access_token"), token},
                         {key("instance_url"), r.baseUrl},
                         {key("id"), QStringLiteral("%1/id/%2/%3").arg(r.baseUrl, kOrgId, kUserId)},
                         {key("token_type"), key("Bearer")},
                         {key("issued_at"), QString::number(QDateTime::currentMSecsSinceEpoch())},
                         {key("signature"),
                          QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64())}});
}

// The OpenID Connect user info of a session's user; the identity service refuses an
// unknown or expired token with a bare 403 "Bad_OAuth_Token".
Response SalesforceSystem::userInfo(const Request &r) const
{
    const QByteArray auth = r.header("authorization");
    const QString token = auth.startsWith("Bearer ") || auth.startsWith("OAuth ")
                              ? QString::fromUtf8(auth.mid(auth.indexOf(' ') + 1).trimmed())
                              : QString();
    if (token.isEmpty() || !m_sessions.contains(token))
        return Response::text(403, "Bad_OAuth_Token", "text/plain; charset=utf-8");
    return Response::json(200, QJsonObject{{key("sub"), QStringLiteral("%1/id/%2/%3").arg(r.baseUrl, kOrgId, kUserId)},
                                           {key("user_id"), kUserId},
                                           {key("organization_id"), kOrgId},
                                           {key("preferred_username"), kUser},
                                           {key("nickname"), key("admin")},
                                           {key("name"), key("Sandbox Admin")},
                                           {key("email"), kUser},
                                           {key("email_verified"), true},
                                           {key("zoneinfo"), key("Europe/London")},
                                           {key("locale"), key("en_GB")},
                                           {key("user_type"), key("STANDARD")},
                                           {key("active"), true}});
}

Response SalesforceSystem::rest(const Request &r, const QString &version, const QStringList &parts)
{
    if (parts.isEmpty())
        return Response::json(200, QJsonObject{{key("sobjects"), QStringLiteral("/services/data/v%1/sobjects").arg(version)},
                                               {key("query"), QStringLiteral("/services/data/v%1/query").arg(version)},
                                               {key("composite"), QStringLiteral("/services/data/v%1/composite").arg(version)}});
    const QString head = parts.first();
    if (head == QLatin1String("sobjects"))
        return sobjects(r, version, parts.mid(1));
    if (head == QLatin1String("composite") && parts.size() >= 2 && parts.at(1) == QLatin1String("sobjects"))
        return compositeSObjects(r, version, parts.mid(2));
    if (head == QLatin1String("query") || head == QLatin1String("queryAll")) {
        if (r.method != "GET")
            return sfError(405, key("METHOD_NOT_ALLOWED"), QStringLiteral("HTTP Method '%1' not allowed. Allowed are GET")
                                                               .arg(QString::fromLatin1(r.method)));
        if (parts.size() == 2)
            return queryMore(parts.at(1));
        if (parts.size() != 1)
            return notFound();
        const QString soqlText = formValue(r.query, key("q"));
        if (soqlText.trimmed().isEmpty())
            return sfError(400, key("MALFORMED_QUERY"), QStringLiteral("The query parameter q is missing."));
        return query(r, version, soqlText);
    }
    return notFound();
}

Response SalesforceSystem::sobjects(const Request &r, const QString &version, const QStringList &parts)
{
    const auto body = [&r](QJsonObject *object) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return false;
        *object = doc.object();
        return true;
    };
    const auto malformed = [] {
        return sfError(400, key("JSON_PARSER_ERROR"), QStringLiteral("The request body is not a JSON object."));
    };
    const auto outcomeResponse = [&version](const Outcome &o, bool withCreated) {
        if (!o.ok) {
            if (o.status == 300)
                return Response::json(300, o.matches);
            return sfError(o.status, o.code, o.message, o.fields);
        }
        if (o.status == 204)
            return Response::empty(204);
        QJsonObject result{{key("id"), o.id}, {key("success"), true}, {key("errors"), QJsonArray()}};
        if (withCreated)
            result.insert(key("created"), o.created);
        Q_UNUSED(version)
        return Response::json(o.status, result);
    };

    if (parts.isEmpty()) {
        QJsonArray list;
        for (const QString &type : data().collections(kSystem))
            list.append(QJsonObject{{key("name"), type}, {key("custom"), type.endsWith(QLatin1String("__c"))}});
        return Response::json(200, QJsonObject{{key("encoding"), key("UTF-8")}, {key("sobjects"), list}});
    }
    const QString type = canonicalType(parts.at(0));
    if (!knownType(type))
        return notFound();
    if (parts.size() == 1) {
        if (r.method == "POST") {
            QJsonObject object;
            if (!body(&object))
                return malformed();
            return outcomeResponse(create(type, object), false);
        }
        if (r.method == "GET")
            return Response::json(200, QJsonObject{{key("objectDescribe"), QJsonObject{{key("name"), type}}},
                                                   {key("recentItems"), QJsonArray()}});
        return Response::empty(405);
    }
    if (parts.size() == 2 && parts.at(1) == QLatin1String("describe")) {
        QSet<QString> names{key("Id")};
        for (const auto &[id, rec] : data().all(kSystem, type)) {
            for (auto it = rec.begin(); it != rec.end(); ++it)
                names.insert(it.key());
        }
        QStringList sorted(names.begin(), names.end());
        sorted.sort();
        QJsonArray fields;
        for (const QString &n : sorted)
            fields.append(QJsonObject{{key("name"), n}, {key("custom"), n.endsWith(QLatin1String("__c"))}});
        return Response::json(200, QJsonObject{{key("name"), type}, {key("fields"), fields}});
    }
    if (parts.size() == 2) {
        const QString id = parts.at(1);
        if (r.method == "GET") {
            const QJsonObject record = data().get(kSystem, type, id);
            return record.isEmpty() ? notFound() : Response::json(200, withAttributes(type, record, version));
        }
        if (r.method == "PATCH") {
            QJsonObject object;
            if (!body(&object))
                return malformed();
            return outcomeResponse(update(type, id, object), false);
        }
        if (r.method == "DELETE") {
            if (!data().remove(kSystem, type, id))
                return sfError(404, key("ENTITY_IS_DELETED"), QStringLiteral("entity is deleted"));
            return Response::empty(204);
        }
        return Response::empty(405);
    }
    if (parts.size() >= 3) {
        // The path is percent-decoded: an external id may itself contain '/'.
        const QString field = parts.at(1);
        const QString value = parts.mid(2).join(QLatin1Char('/'));
        if (r.method == "GET") {
            QList<QJsonObject> hits;
            for (const auto &[id, rec] : data().all(kSystem, type)) {
                if (fieldValue(rec, field).toVariant().toString() == value)
                    hits << rec;
            }
            if (hits.isEmpty())
                return notFound();
            if (hits.size() > 1) {
                QJsonArray urls;
                for (const QJsonObject &h : hits)
                    urls.append(QStringLiteral("/services/data/v%1/sobjects/%2/%3")
                                    .arg(version, type, h.value(key("Id")).toString()));
                return Response::json(300, urls);
            }
            return Response::json(200, withAttributes(type, hits.first(), version));
        }
        if (r.method == "PATCH") {
            QJsonObject object;
            if (!body(&object))
                return malformed();
            return outcomeResponse(upsert(type, field, value, object, version), true);
        }
        return Response::empty(405);
    }
    return notFound();
}

Response SalesforceSystem::compositeSObjects(const Request &r, const QString &version, const QStringList &parts)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return sfError(400, key("JSON_PARSER_ERROR"), QStringLiteral("The request body is not a JSON object."));
    const QJsonObject request = doc.object();
    const bool allOrNone = request.value(key("allOrNone")).toBool();
    const QJsonArray records = request.value(key("records")).toArray();
    if (records.size() > kMaxCollection)
        return sfError(400, key("EXCEEDED_ID_LIMIT"),
                       QStringLiteral("record limit reached. cannot submit more than %1 records into this call").arg(kMaxCollection));

    const bool upserting = parts.size() == 2 && r.method == "PATCH";
    const bool creating = parts.isEmpty() && r.method == "POST";
    const bool updating = parts.isEmpty() && r.method == "PATCH"; // by Id, each record names its type
    if (!upserting && !creating && !updating)
        return notFound();
    const QString type = upserting ? canonicalType(parts.at(0)) : QString();
    const QString field = upserting ? parts.at(1) : QString();
    if (upserting && !knownType(type))
        return notFound();

    std::vector<Undo> undo;
    m_undo = &undo;
    QList<Outcome> outcomes;
    bool failed = false;
    for (const QJsonValue &v : records) {
        const QJsonObject record = v.toObject();
        const QString recordType = record.value(key("attributes")).toObject().value(key("type")).toString();
        Outcome o;
        if (upserting) {
            o = upsert(type, field, fieldValue(record, field).toVariant().toString(), record, version);
            if (o.status == 300)
                o = Outcome::failure(300, key("DUPLICATE_EXTERNAL_ID"), o.message, {field});
        } else if (recordType.isEmpty()) {
            o = Outcome::failure(400, key("INVALID_FIELD"), QStringLiteral("Each record needs attributes.type."), {});
        } else if (updating) {
            const QString id = record.value(key("Id")).toString();
            if (id.isEmpty()) {
                o = Outcome::failure(400, key("MISSING_ARGUMENT"), QStringLiteral("Id not specified in an update call"), {});
            } else {
                QJsonObject fields = record;
                fields.remove(key("Id"));
                o = update(canonicalType(recordType), id, fields);
            }
        } else {
            o = create(recordType, record);
        }
        failed = failed || !o.ok;
        outcomes << o;
    }
    m_undo = nullptr;
    if (allOrNone && failed) {
        for (auto it = undo.rbegin(); it != undo.rend(); ++it) {
            if (it->previous.isEmpty())
                data().remove(kSystem, it->type, it->id);
            else
                data().put(kSystem, it->type, it->id, it->previous);
        }
    }
    QJsonArray results;
    for (const Outcome &o : outcomes) {
        if (o.ok && !(allOrNone && failed)) {
            QJsonObject result{{key("id"), o.id}, {key("success"), true}, {key("errors"), QJsonArray()}};
            if (upserting)
                result.insert(key("created"), o.created);
            results.append(result);
            continue;
        }
        const QJsonObject error =
            o.ok ? QJsonObject{{key("statusCode"), key("ALL_OR_NONE_OPERATION_ROLLED_BACK")},
                               {key("message"), QStringLiteral("Record rolled back because not all records were valid and the "
                                                       "request was using AllOrNone header")},
                               {key("fields"), QJsonArray()}}
                 : QJsonObject{{key("statusCode"), o.code},
                               {key("message"), o.message},
                               {key("fields"), QJsonArray::fromStringList(o.fields)}};
        results.append(QJsonObject{{key("success"), false}, {key("errors"), QJsonArray{error}}});
    }
    return Response::json(200, results);
}

Response SalesforceSystem::query(const Request &r, const QString &version, const QString &soqlText)
{
    QString error;
    std::optional<soql::Query> q = soql::parse(soqlText, QDateTime::currentDateTimeUtc().date(), &error);
    if (!q)
        return sfError(400, key("MALFORMED_QUERY"), error);
    q->type = canonicalType(q->type);
    if (!knownType(q->type))
        return sfError(400, key("INVALID_TYPE"),
                       QStringLiteral("sObject type '%1' is not supported.").arg(q->type));

    QList<QJsonObject> hits;
    for (const auto &[id, record] : data().all(kSystem, q->type)) {
        const QJsonObject rec = record;
        if (!q->where || soql::matches(*q->where, [&](const QString &path) { return resolve(rec, path); }))
            hits << rec;
    }
    if (!q->orderBy.empty()) {
        std::stable_sort(hits.begin(), hits.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            return soql::lessThan(
                q->orderBy, [&](const QString &p) { return resolve(a, p); }, [&](const QString &p) { return resolve(b, p); });
        });
    }
    hits = hits.mid(std::min<qsizetype>(q->offset, hits.size()));
    if (q->limit >= 0)
        hits = hits.mid(0, q->limit);
    if (q->count)
        return Response::json(200, QJsonObject{{key("totalSize"), int(hits.size())},
                                               {key("done"), true},
                                               {key("records"), QJsonArray()}});

    Cursor cursor;
    cursor.version = version;
    for (const QJsonObject &rec : hits)
        cursor.records.append(project(q->type, rec, q->fields, version));

    // Sforce-Query-Options: batchSize=N (Salesforce allows 200..2000; the sandbox any
    // size from 1 so tests can page through a few records).
    int pageSize = kMaxPage;
    const QString options = QString::fromUtf8(r.header("sforce-query-options"));
    static const QRegularExpression batch(QStringLiteral("batchSize\\s*=\\s*(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    if (const auto m = batch.match(options); m.hasMatch())
        pageSize = std::clamp(m.captured(1).toInt(), 1, kMaxPage);

    cursor.pageSize = pageSize;
    const QString cursorId = QStringLiteral("01gSB%1").arg(m_nextCursor++, 10, 10, QLatin1Char('0'));
    if (m_cursors.size() >= kMaxCursors)
        m_cursors.erase(m_cursors.begin()); // ids grow, so this is the oldest
    m_cursors[cursorId] = cursor;
    return page(cursorId, 0);
}

Response SalesforceSystem::page(const QString &cursorId, int offset)
{
    const Cursor &cursor = m_cursors.at(cursorId);
    const int total = int(cursor.records.size());
    QJsonArray records;
    for (int i = offset; i < std::min(total, offset + cursor.pageSize); ++i)
        records.append(cursor.records.at(i));
    const bool done = offset + cursor.pageSize >= total;
    QJsonObject result{{key("totalSize"), total}, {key("done"), done}, {key("records"), records}};
    if (!done)
        result.insert(key("nextRecordsUrl"), QStringLiteral("/services/data/v%1/query/%2-%3")
                                                 .arg(cursor.version, cursorId)
                                                 .arg(offset + cursor.pageSize));
    return Response::json(200, result);
}

Response SalesforceSystem::queryMore(const QString &locator)
{
    const int dash = locator.lastIndexOf(QLatin1Char('-'));
    bool ok = false;
    const int offset = dash > 0 ? locator.mid(dash + 1).toInt(&ok) : 0;
    const QString cursorId = dash > 0 ? locator.left(dash) : locator;
    if (!ok || offset < 0 || !m_cursors.count(cursorId))
        return sfError(400, key("INVALID_QUERY_LOCATOR"), QStringLiteral("invalid query locator"));
    return page(cursorId, offset);
}

} // namespace

std::unique_ptr<System> makeSalesforce(SandboxData &data)
{
    return std::make_unique<SalesforceSystem>(data);
}

} // namespace sb::sandbox
