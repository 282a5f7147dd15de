// DHIS2 Web API: the tracker importer and exporter (/api/tracker), aggregate data value sets
// (/api/dataValueSets) and the metadata they refer to. Tracked entities, enrollments and
// events are collections keyed by uid; data values by dataElement|period|orgUnit|coc|aoc.

#include "sandbox/systemkit.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sb::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::Dhis2)
};

const QString kSystem = u"dhis2"_s;
const QString kUser = u"admin"_s;
const QString kPassword = u"sandbox-pass-1"_s;
const QString kApiToken = u"d2pat_sandboxToken000000000000000000000000001"_s;
const QString kTrackedEntities = u"trackedEntities"_s;
const QString kEnrollments = u"enrollments"_s;
const QString kEvents = u"events"_s;
const QString kRelationships = u"relationships"_s;
const QString kDataValues = u"dataValues"_s;
const QString kDefaultCoc = u"HllvX50cXC0"_s;
const char kUidFirst[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const char kUidRest[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
constexpr int kDefaultPageSize = 50;

// Metadata from DHIS2's Sierra Leone demo database (uids as there).
const char kSeedMetadata[] = R"json({
"organisationUnits":[
 {"id":"ImspTQPwCqd","displayName":"Sierra Leone","level":1,"path":"/ImspTQPwCqd"},
 {"id":"O6uvpzGd5pu","displayName":"Bo","level":2,"path":"/ImspTQPwCqd/O6uvpzGd5pu","parent":{"id":"ImspTQPwCqd"}},
 {"id":"DiszpKrYNg8","displayName":"Ngelehun CHC","level":4,"path":"/ImspTQPwCqd/O6uvpzGd5pu/YuQRtpLP10I/DiszpKrYNg8","parent":{"id":"YuQRtpLP10I"}},
 {"id":"g8upMTyEZGZ","displayName":"Njandama MCHP","level":4,"path":"/ImspTQPwCqd/O6uvpzGd5pu/YuQRtpLP10I/g8upMTyEZGZ","parent":{"id":"YuQRtpLP10I"}}],
"trackedEntityTypes":[{"id":"nEenWmSyUEp","displayName":"Person"}],
"trackedEntityAttributes":[
 {"id":"w75KJ2mc4zz","displayName":"First name","valueType":"TEXT"},
 {"id":"zDhUuAYrxNC","displayName":"Last name","valueType":"TEXT"},
 {"id":"cejWyOfXge6","displayName":"Gender","valueType":"TEXT"},
 {"id":"lZGmxYbs97q","displayName":"Unique ID","valueType":"TEXT"},
 {"id":"iESIqZ0R0R0","displayName":"Date of birth","valueType":"DATE"}],
"programs":[
 {"id":"IpHINAT79UW","displayName":"Child Programme","programType":"WITH_REGISTRATION","trackedEntityType":{"id":"nEenWmSyUEp"},
  "programStages":[{"id":"A03MvHHogjR"},{"id":"ZzYYXq4fJie"}]},
 {"id":"eBAyeGv0exc","displayName":"Inpatient morbidity and mortality","programType":"WITHOUT_REGISTRATION","programStages":[{"id":"Zj7UnCAulEk"}]}],
"programStages":[
 {"id":"A03MvHHogjR","displayName":"Birth","program":{"id":"IpHINAT79UW"}},
 {"id":"ZzYYXq4fJie","displayName":"Baby Postnatal","program":{"id":"IpHINAT79UW"}},
 {"id":"Zj7UnCAulEk","displayName":"Single-Event Inpatient morbidity and mortality","program":{"id":"eBAyeGv0exc"}}],
"dataElements":[
 {"id":"UXz7xuGCEhU","displayName":"MCH Weight (g)","valueType":"NUMBER","domainType":"TRACKER"},
 {"id":"a3kGcGDCuk6","displayName":"MCH Apgar Score","valueType":"NUMBER","domainType":"TRACKER"},
 {"id":"qrur9Dvnyt5","displayName":"Age in years","valueType":"INTEGER","domainType":"TRACKER"},
 {"id":"oZg33kd9taw","displayName":"Gender","valueType":"TEXT","domainType":"TRACKER"},
 {"id":"s46m5MS0hxu","displayName":"BCG doses given","valueType":"NUMBER","domainType":"AGGREGATE"},
 {"id":"fbfJHSPpUQD","displayName":"ANC 1st visit","valueType":"NUMBER","domainType":"AGGREGATE"},
 {"id":"cYeuwXTCPkU","displayName":"ANC 2nd visit","valueType":"NUMBER","domainType":"AGGREGATE"},
 {"id":"pikOziyCXbM","displayName":"OPV0 doses given","valueType":"INTEGER_ZERO_OR_POSITIVE","domainType":"AGGREGATE"}],
"dataSets":[
 {"id":"BfMAe6Itzgt","displayName":"Child Health","periodType":"Monthly","dataSetElements":[{"dataElement":{"id":"s46m5MS0hxu"}},{"dataElement":{"id":"pikOziyCXbM"}}]},
 {"id":"QX4ZTUbOt3a","displayName":"Reproductive Health","periodType":"Monthly","dataSetElements":[{"dataElement":{"id":"fbfJHSPpUQD"}},{"dataElement":{"id":"cYeuwXTCPkU"}}]}],
"categoryOptionCombos":[{"id":"HllvX50cXC0","displayName":"default"}]
})json";

const char kSeedTracker[] = R"json({
"trackedEntities":[{"trackedEntity":"PQfMcpmXeFE","trackedEntityType":"nEenWmSyUEp","orgUnit":"DiszpKrYNg8",
 "attributes":[{"attribute":"w75KJ2mc4zz","value":"Fatmata"},{"attribute":"zDhUuAYrxNC","value":"Kamara"},
               {"attribute":"cejWyOfXge6","value":"Female"},{"attribute":"lZGmxYbs97q","value":"SL-000101"}],
 "enrollments":[{"enrollment":"JMgRZyeLWOo","program":"IpHINAT79UW","orgUnit":"DiszpKrYNg8","status":"ACTIVE",
   "enrolledAt":"2024-01-10T00:00:00.000","occurredAt":"2024-01-10T00:00:00.000",
   "events":[{"event":"ZwwuwNp6gVd","programStage":"A03MvHHogjR","orgUnit":"DiszpKrYNg8","status":"COMPLETED",
     "occurredAt":"2024-01-10T00:00:00.000","dataValues":[{"dataElement":"UXz7xuGCEhU","value":"3200"},{"dataElement":"a3kGcGDCuk6","value":"9"}]}]}]}],
"events":[{"event":"V1CerIi3sdL","program":"eBAyeGv0exc","programStage":"Zj7UnCAulEk","orgUnit":"DiszpKrYNg8","status":"COMPLETED",
  "occurredAt":"2024-02-03T00:00:00.000","dataValues":[{"dataElement":"qrur9Dvnyt5","value":"34"},{"dataElement":"oZg33kd9taw","value":"Male"}]}]
})json";

const char kSeedDataValues[] = R"json([
{"dataElement":"s46m5MS0hxu","period":"202401","orgUnit":"DiszpKrYNg8","value":"12"},
{"dataElement":"pikOziyCXbM","period":"202401","orgUnit":"DiszpKrYNg8","value":"10"},
{"dataElement":"fbfJHSPpUQD","period":"202401","orgUnit":"DiszpKrYNg8","value":"24"}
])json";

Response webMessage(int status, const QString &httpStatus, const QString &message)
{
    return Response::json(status, QJsonObject{{u"httpStatus"_s, httpStatus},
                                              {u"httpStatusCode"_s, status},
                                              {u"status"_s, u"ERROR"_s},
                                              {u"message"_s, message}});
}

bool validUid(const QString &uid)
{
    static const QRegularExpression re(u"^[A-Za-z][A-Za-z0-9]{10}$"_s);
    return re.match(uid).hasMatch();
}

QString newUid()
{
    return kit::randomString(1, kUidFirst) + kit::randomString(10, kUidRest);
}

QString dhisTime(const QString &text)
{
    const QDateTime at = kit::parseDateTime(text);
    return at.isValid() ? at.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz"_s) : QString();
}

QString nowDhis()
{
    return dhisTime(kit::nowIso());
}

bool validPeriod(const QString &period)
{
    static const QRegularExpression re(u"^(\\d{4}|\\d{6}|\\d{8}|\\d{4}Q[1-4]|\\d{4}W([1-9]|[1-4]\\d|5[0-3])|\\d{4}S[12]|\\d{4}(April|July|Oct|Nov)|\\d{6}B)$"_s);
    if (!re.match(period).hasMatch())
        return false;
    if (period.size() == 6 && period.at(4).isDigit()) {
        const int month = period.mid(4, 2).toInt();
        return month >= 1 && month <= 12;
    }
    if (period.size() == 8 && period.at(4).isDigit())
        return QDate::fromString(period, u"yyyyMMdd"_s).isValid();
    return true;
}

// Whether `value` fits a DHIS2 value type; the reason when not.
QString valueTypeProblem(const QString &valueType, const QString &value)
{
    bool ok = false;
    if (valueType == u"NUMBER"_s || valueType == u"PERCENTAGE"_s) {
        value.toDouble(&ok);
        return ok ? QString() : u"Value must be a number"_s;
    }
    if (valueType.startsWith(u"INTEGER"_s)) {
        const qlonglong n = value.toLongLong(&ok);
        if (!ok)
            return u"Value must be an integer"_s;
        if (valueType == u"INTEGER_POSITIVE"_s && n <= 0)
            return u"Value must be a positive integer"_s;
        if (valueType == u"INTEGER_ZERO_OR_POSITIVE"_s && n < 0)
            return u"Value must be a zero or positive integer"_s;
        if (valueType == u"INTEGER_NEGATIVE"_s && n >= 0)
            return u"Value must be a negative integer"_s;
        return {};
    }
    if (valueType == u"BOOLEAN"_s)
        return QStringList{u"true"_s, u"false"_s}.contains(value) ? QString() : u"Value must be true or false"_s;
    if (valueType == u"TRUE_ONLY"_s)
        return value == u"true"_s ? QString() : u"Value must be true"_s;
    if (valueType == u"DATE"_s)
        return QDate::fromString(value, Qt::ISODate).isValid() ? QString() : u"Value must be a date (yyyy-MM-dd)"_s;
    return {};
}

// The pieces of the tracker model the importer treats alike.
struct TrackerType
{
    QString report;     // TRACKED_ENTITY
    QString key;        // trackedEntity
    QString collection; // trackedEntities
    QString label;      // TrackedEntity
};

const TrackerType kTypes[] = {
    {u"TRACKED_ENTITY"_s, u"trackedEntity"_s, kTrackedEntities, u"TrackedEntity"_s},
    {u"ENROLLMENT"_s, u"enrollment"_s, kEnrollments, u"Enrollment"_s},
    {u"EVENT"_s, u"event"_s, kEvents, u"Event"_s},
    {u"RELATIONSHIP"_s, u"relationship"_s, kRelationships, u"Relationship"_s},
};

struct Stats
{
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int ignored = 0;
    QJsonObject json() const
    {
        return QJsonObject{{u"created"_s, created}, {u"updated"_s, updated}, {u"deleted"_s, deleted},
                           {u"ignored"_s, ignored}, {u"total"_s, created + updated + deleted + ignored}};
    }
    void add(const Stats &o)
    {
        created += o.created;
        updated += o.updated;
        deleted += o.deleted;
        ignored += o.ignored;
    }
};

// Merges a list of {key, value} entries: entries with a new value replace, an empty value removes.
QJsonArray mergeValues(const QJsonArray &current, const QJsonArray &changes, const QString &key, const QString &now)
{
    QJsonArray out = current;
    for (const QJsonValue &v : changes) {
        QJsonObject change = v.toObject();
        const QString id = change.value(key).toString();
        int at = -1;
        for (int i = 0; i < out.size(); ++i) {
            if (out.at(i).toObject().value(key).toString() == id) {
                at = i;
                break;
            }
        }
        const QJsonValue value = change.value(u"value"_s);
        if (value.isNull() || value.isUndefined() || kit::scalarText(value).isEmpty()) {
            if (at >= 0)
                out.removeAt(at);
            continue;
        }
        change.insert(u"value"_s, kit::scalarText(value));
        change.insert(u"updatedAt"_s, now);
        if (at >= 0) {
            QJsonObject merged = out.at(at).toObject();
            for (auto it = change.begin(); it != change.end(); ++it)
                merged.insert(it.key(), it.value());
            out.replace(at, merged);
        } else {
            change.insert(u"createdAt"_s, now);
            out.append(change);
        }
    }
    return out;
}

class Dhis2 final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"DHIS2"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        return QJsonObject{{u"hostUrl"_s, baseUrl}, {u"username"_s, kUser}, {u"password"_s, kPassword}};
    }
    QString loginHint() const override
    {
        return Tr::tr("user %1, password %2 (HTTP Basic), or Authorization: ApiToken %3").arg(kUser, kPassword, kApiToken);
    }

    void seed() override
    {
        const QJsonObject meta = QJsonDocument::fromJson(QByteArray(kSeedMetadata)).object();
        for (auto it = meta.begin(); it != meta.end(); ++it) {
            for (const QJsonValue &v : it->toArray())
                data().put(kSystem, it.key(), v.toObject().value(u"id"_s).toString(), v.toObject());
        }
        const QJsonObject tracker = QJsonDocument::fromJson(QByteArray(kSeedTracker)).object();
        importTracker(tracker, u"CREATE_AND_UPDATE"_s, true);
        for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(kSeedDataValues)).array()) {
            QJsonObject dv = v.toObject();
            dv.insert(u"categoryOptionCombo"_s, kDefaultCoc);
            dv.insert(u"attributeOptionCombo"_s, kDefaultCoc);
            dv.insert(u"storedBy"_s, kUser);
            dv.insert(u"created"_s, nowDhis());
            dv.insert(u"lastUpdated"_s, nowDhis());
            dv.insert(u"followup"_s, false);
            data().put(kSystem, kDataValues, dataValueKey(dv), dv);
        }
    }

    Response handle(const Request &request) override
    {
        if (!authorized(request))
            return webMessage(401, u"Unauthorized"_s, u"Unauthorized"_s);
        QStringList seg = kit::segments(request.path);
        if (seg.isEmpty() || seg.at(0) != u"api"_s)
            return webMessage(404, u"Not Found"_s, u"Not Found"_s);
        seg.removeFirst();
        int version = 0;
        if (!seg.isEmpty()) {
            bool isNumber = false;
            const int v = seg.first().toInt(&isNumber);
            if (isNumber) {
                version = v;
                seg.removeFirst();
            }
        }
        if (seg.isEmpty())
            return webMessage(404, u"Not Found"_s, u"Not Found"_s);
        const QByteArray &method = request.method;
        const kit::Query query(request.query);
        if (seg.at(0) == u"tracker"_s) {
            if (seg.size() == 1 && method == "POST")
                return trackerImport(request, query);
            if (seg.size() == 4 && seg.at(1) == u"jobs"_s && seg.at(3) == u"report"_s && method == "GET") {
                if (!m_jobs.contains(seg.at(2)))
                    return webMessage(404, u"Not Found"_s, u"Job with id %1 could not be found."_s.arg(seg.at(2)));
                return Response::json(200, m_jobs.value(seg.at(2)));
            }
            if (seg.size() >= 2 && method == "GET") {
                for (const TrackerType &t : kTypes) {
                    if (seg.at(1) != t.collection || t.collection == kRelationships)
                        continue;
                    if (seg.size() == 2)
                        return exportList(t, query);
                    if (seg.size() == 3) {
                        const QJsonObject record = data().get(kSystem, t.collection, seg.at(2));
                        if (record.isEmpty())
                            return webMessage(404, u"Not Found"_s, u"%1 with id %2 could not be found."_s.arg(t.label, seg.at(2)));
                        return Response::json(200, exported(t, record, query.value(u"fields"_s)));
                    }
                }
            }
            return webMessage(404, u"Not Found"_s, u"Not Found"_s);
        }
        if (seg == QStringList{u"dataValueSets"_s}) {
            if (method == "POST")
                return importDataValues(request, query, version);
            if (method == "GET")
                return exportDataValues(query);
        }
        if (seg == QStringList{u"system"_s, u"info"_s} && method == "GET") {
            return Response::json(200, QJsonObject{{u"version"_s, u"2.40.3"_s}, {u"revision"_s, u"sandbox"_s},
                                                   {u"serverTime"_s, nowDhis()}, {u"contextPath"_s, request.baseUrl},
                                                   {u"systemName"_s, u"Switchboard sandbox DHIS2"_s}});
        }
        if (seg == QStringList{u"me"_s} && method == "GET") {
            return Response::json(200, QJsonObject{{u"id"_s, u"xE7jOejl9FI"_s}, {u"username"_s, kUser},
                                                   {u"displayName"_s, u"Sandbox Admin"_s},
                                                   {u"organisationUnits"_s, QJsonArray{QJsonObject{{u"id"_s, u"ImspTQPwCqd"_s}}}}});
        }
        if (method == "GET" && (seg.size() == 1 || seg.size() == 2) && data().collections(kSystem).contains(seg.at(0))
            && !QStringList{kTrackedEntities, kEnrollments, kEvents, kRelationships, kDataValues}.contains(seg.at(0)))
            return metadata(seg, query);
        if ((method == "PATCH" || method == "DELETE") && seg.size() == 2 && data().collections(kSystem).contains(seg.at(0))
            && !QStringList{kTrackedEntities, kEnrollments, kEvents, kRelationships, kDataValues}.contains(seg.at(0)))
            return changeMetadata(request, seg.at(0), seg.at(1));
        return webMessage(404, u"Not Found"_s, u"Not Found"_s);
    }

private:
    bool authorized(const Request &request) const
    {
        const QString token = kit::authorizationToken(request, "ApiToken");
        if (!token.isEmpty())
            return token == kApiToken;
        QString user, password;
        return kit::basicCredentials(request, &user, &password) && user == kUser && password == kPassword;
    }

    bool exists(const QString &collection, const QString &id) const { return !id.isEmpty() && data().contains(kSystem, collection, id); }

    // ---- tracker import ----

    struct Item
    {
        const TrackerType *type;
        QJsonObject object;
        int index;
    };

    // Flattens nested enrollments and events into their own lists, filling in the parent uids.
    static QList<Item> flatten(const QJsonObject &body)
    {
        QList<Item> items;
        QHash<QString, int> indexes;
        const auto push = [&](const TrackerType &t, const QJsonObject &o) { items.append({&t, o, indexes[t.report]++}); };
        const auto withUid = [](QJsonObject o, const QString &key) {
            if (o.value(key).toString().isEmpty())
                o.insert(key, newUid());
            return o;
        };
        const auto pushEvents = [&](const QJsonArray &events, const QJsonObject &enrollment) {
            for (const QJsonValue &ev : events) {
                QJsonObject e = withUid(ev.toObject(), u"event"_s);
                e.insert(u"enrollment"_s, enrollment.value(u"enrollment"_s));
                e.insert(u"trackedEntity"_s, enrollment.value(u"trackedEntity"_s));
                if (!e.contains(u"program"_s))
                    e.insert(u"program"_s, enrollment.value(u"program"_s));
                push(kTypes[2], e);
            }
        };
        const auto pushEnrollments = [&](const QJsonArray &enrollments, const QString &te) {
            for (const QJsonValue &en : enrollments) {
                QJsonObject e = withUid(en.toObject(), u"enrollment"_s);
                if (!te.isEmpty())
                    e.insert(u"trackedEntity"_s, te);
                const QJsonArray events = e.take(u"events"_s).toArray();
                push(kTypes[1], e);
                pushEvents(events, e);
            }
        };
        for (const QJsonValue &v : body.value(kTrackedEntities).toArray()) {
            QJsonObject te = withUid(v.toObject(), u"trackedEntity"_s);
            const QJsonArray enrollments = te.take(u"enrollments"_s).toArray();
            push(kTypes[0], te);
            pushEnrollments(enrollments, te.value(u"trackedEntity"_s).toString());
        }
        pushEnrollments(body.value(kEnrollments).toArray(), QString());
        for (const QJsonValue &v : body.value(kEvents).toArray()) {
            QJsonObject e = withUid(v.toObject(), u"event"_s);
            push(kTypes[2], e);
        }
        for (const QJsonValue &v : body.value(kRelationships).toArray())
            push(kTypes[3], withUid(v.toObject(), u"relationship"_s));
        return items;
    }

    static QJsonObject errorReport(const Item &item, const QString &code, const QString &message)
    {
        return QJsonObject{{u"message"_s, message},
                           {u"errorCode"_s, code},
                           {u"trackerType"_s, item.type->report},
                           {u"uid"_s, item.object.value(item.type->key).toString()}};
    }

    // The errors of one object (empty when it can be imported).
    QJsonArray validate(const Item &item, const QString &strategy, const QSet<QString> &inPayload) const
    {
        QJsonArray errors;
        const QJsonObject &o = item.object;
        const TrackerType &t = *item.type;
        const QString uid = o.value(t.key).toString();
        const auto fail = [&](const QString &code, const QString &message) { errors.append(errorReport(item, code, message)); };
        if (!validUid(uid)) {
            fail(u"E1048"_s, u"Object: `%1`, uid: `%2`, has an invalid uid format."_s.arg(t.label, uid));
            return errors;
        }
        const bool present = exists(t.collection, uid);
        if (strategy == u"CREATE"_s && present) {
            fail(t.report == u"EVENT"_s ? u"E1030"_s : (t.report == u"ENROLLMENT"_s ? u"E1080"_s : u"E1002"_s),
                 u"%1: `%2`, already exists."_s.arg(t.label, uid));
            return errors;
        }
        if ((strategy == u"UPDATE"_s || strategy == u"DELETE"_s) && !present) {
            fail(t.report == u"EVENT"_s ? u"E1032"_s : (t.report == u"ENROLLMENT"_s ? u"E1081"_s : u"E1063"_s),
                 u"%1: `%2`, does not exist."_s.arg(t.label, uid));
            return errors;
        }
        if (strategy == u"DELETE"_s || t.report == u"RELATIONSHIP"_s)
            return errors;
        const QJsonObject current = data().get(kSystem, t.collection, uid);
        const auto field = [&](const QString &name) { return o.contains(name) ? o.value(name).toString() : current.value(name).toString(); };
        const QString orgUnit = field(u"orgUnit"_s);
        if (orgUnit.isEmpty())
            fail(u"E1122"_s, u"Missing required %1 property: `orgUnit`."_s.arg(t.label.toLower()));
        else if (!exists(u"organisationUnits"_s, orgUnit))
            fail(u"E1049"_s, u"Could not find OrganisationUnit: `%1`, linked to %2."_s.arg(orgUnit, t.label));
        if (t.report == u"TRACKED_ENTITY"_s) {
            const QString type = field(u"trackedEntityType"_s);
            if (type.isEmpty())
                fail(u"E1121"_s, u"Missing required tracked entity property: `trackedEntityType`."_s);
            else if (!exists(u"trackedEntityTypes"_s, type))
                fail(u"E1005"_s, u"Could not find TrackedEntityType: `%1`."_s.arg(type));
            for (const QJsonValue &a : o.value(u"attributes"_s).toArray()) {
                const QString attribute = a.toObject().value(u"attribute"_s).toString();
                if (!exists(u"trackedEntityAttributes"_s, attribute))
                    fail(u"E1006"_s, u"Attribute: `%1`, does not exist."_s.arg(attribute));
            }
        } else if (t.report == u"ENROLLMENT"_s) {
            const QString program = field(u"program"_s);
            if (program.isEmpty() || !exists(u"programs"_s, program))
                fail(u"E1069"_s, u"Could not find Program: `%1`, linked to Enrollment."_s.arg(program));
            const QString te = field(u"trackedEntity"_s);
            if (te.isEmpty() || (!exists(kTrackedEntities, te) && !inPayload.contains(te)))
                fail(u"E1068"_s, u"Could not find TrackedEntity: `%1`, linked to Enrollment."_s.arg(te));
            if (field(u"enrolledAt"_s).isEmpty())
                fail(u"E1025"_s, u"Property enrolledAt is null."_s);
            else if (dhisTime(field(u"enrolledAt"_s)).isEmpty())
                fail(u"E1025"_s, u"Property enrolledAt is not a valid date: `%1`."_s.arg(field(u"enrolledAt"_s)));
        } else if (t.report == u"EVENT"_s) {
            const QString stage = field(u"programStage"_s);
            const QJsonObject stageObject = data().get(kSystem, u"programStages"_s, stage);
            if (stage.isEmpty() || stageObject.isEmpty()) {
                fail(u"E1013"_s, u"Could not find ProgramStage: `%1`, linked to Event."_s.arg(stage));
            } else {
                const QString program = stageObject.value(u"program"_s).toObject().value(u"id"_s).toString();
                const bool tracker = data().get(kSystem, u"programs"_s, program).value(u"programType"_s).toString() == u"WITH_REGISTRATION"_s;
                const QString enrollment = field(u"enrollment"_s);
                if (tracker && enrollment.isEmpty())
                    fail(u"E1033"_s, u"Event: `%1`, Enrollment value is NULL."_s.arg(uid));
                else if (tracker && !exists(kEnrollments, enrollment) && !inPayload.contains(enrollment))
                    fail(u"E1033"_s, u"Event: `%1`, Enrollment value is not an existing enrollment: `%2`."_s.arg(uid, enrollment));
            }
            const QString status = field(u"status"_s);
            if (field(u"occurredAt"_s).isEmpty() && status != u"SCHEDULE"_s && status != u"SKIPPED"_s)
                fail(u"E1031"_s, u"Event OccurredAt date is missing."_s);
            for (const QJsonValue &dv : o.value(u"dataValues"_s).toArray()) {
                const QJsonObject value = dv.toObject();
                const QString de = value.value(u"dataElement"_s).toString();
                const QJsonObject element = data().get(kSystem, u"dataElements"_s, de);
                if (element.isEmpty()) {
                    fail(u"E1304"_s, u"Data element: `%1` is not a valid data element."_s.arg(de));
                    continue;
                }
                const QString text = kit::scalarText(value.value(u"value"_s));
                const QString problem = text.isEmpty() ? QString() : valueTypeProblem(element.value(u"valueType"_s).toString(), text);
                if (!problem.isEmpty())
                    fail(u"E1302"_s, u"Data element: `%1`, value is not valid: %2."_s.arg(de, problem));
            }
        }
        return errors;
    }

    // Writes one validated object; returns true when it was created (false: updated).
    bool commit(const Item &item)
    {
        const TrackerType &t = *item.type;
        const QString uid = item.object.value(t.key).toString();
        const QString now = nowDhis();
        QJsonObject record = data().get(kSystem, t.collection, uid);
        const bool created = record.isEmpty();
        for (auto it = item.object.begin(); it != item.object.end(); ++it) {
            if (it.key() == u"attributes"_s || it.key() == u"dataValues"_s)
                continue;
            record.insert(it.key(), it.value());
        }
        if (created) {
            record.insert(u"createdAt"_s, now);
            record.insert(u"deleted"_s, false);
        }
        record.insert(u"updatedAt"_s, now);
        for (const QString &f : {u"enrolledAt"_s, u"occurredAt"_s, u"scheduledAt"_s, u"completedAt"_s}) {
            if (record.contains(f) && !dhisTime(record.value(f).toString()).isEmpty())
                record.insert(f, dhisTime(record.value(f).toString()));
        }
        if (t.report == u"TRACKED_ENTITY"_s) {
            QJsonArray attributes = mergeValues(record.value(u"attributes"_s).toArray(), item.object.value(u"attributes"_s).toArray(), u"attribute"_s, now);
            for (int i = 0; i < attributes.size(); ++i) {
                QJsonObject a = attributes.at(i).toObject();
                const QJsonObject meta = data().get(kSystem, u"trackedEntityAttributes"_s, a.value(u"attribute"_s).toString());
                a.insert(u"displayName"_s, meta.value(u"displayName"_s));
                a.insert(u"valueType"_s, meta.value(u"valueType"_s));
                attributes.replace(i, a);
            }
            record.insert(u"attributes"_s, attributes);
            for (const QString &f : {u"inactive"_s, u"potentialDuplicate"_s}) {
                if (!record.contains(f))
                    record.insert(f, false);
            }
        } else if (t.report == u"ENROLLMENT"_s) {
            if (!record.contains(u"status"_s))
                record.insert(u"status"_s, u"ACTIVE"_s);
            if (!record.contains(u"occurredAt"_s))
                record.insert(u"occurredAt"_s, record.value(u"enrolledAt"_s));
            if (!record.contains(u"followUp"_s))
                record.insert(u"followUp"_s, false);
            if (!record.contains(u"notes"_s))
                record.insert(u"notes"_s, QJsonArray{});
        } else if (t.report == u"EVENT"_s) {
            const QJsonObject stage = data().get(kSystem, u"programStages"_s, record.value(u"programStage"_s).toString());
            record.insert(u"program"_s, stage.value(u"program"_s).toObject().value(u"id"_s));
            if (!record.contains(u"status"_s))
                record.insert(u"status"_s, u"ACTIVE"_s);
            if (!record.contains(u"followUp"_s))
                record.insert(u"followUp"_s, false);
            if (!record.contains(u"notes"_s))
                record.insert(u"notes"_s, QJsonArray{});
            QJsonArray values = mergeValues(record.value(u"dataValues"_s).toArray(), item.object.value(u"dataValues"_s).toArray(), u"dataElement"_s, now);
            for (int i = 0; i < values.size(); ++i) {
                QJsonObject v = values.at(i).toObject();
                if (!v.contains(u"providedElsewhere"_s))
                    v.insert(u"providedElsewhere"_s, false);
                values.replace(i, v);
            }
            record.insert(u"dataValues"_s, values);
            if (record.value(u"trackedEntity"_s).toString().isEmpty() && !record.value(u"enrollment"_s).toString().isEmpty()) {
                record.insert(u"trackedEntity"_s, data().get(kSystem, kEnrollments, record.value(u"enrollment"_s).toString()).value(u"trackedEntity"_s));
            }
        }
        data().put(kSystem, t.collection, uid, record);
        return created;
    }

    // Deleting a tracked entity or enrollment removes what hangs off it, as DHIS2's cascade does.
    void removeCascade(const TrackerType &t, const QString &uid)
    {
        data().remove(kSystem, t.collection, uid);
        const auto removeWhere = [&](const QString &collection, const QString &field, const TrackerType *child) {
            for (const auto &entry : data().all(kSystem, collection)) {
                if (entry.second.value(field).toString() == uid) {
                    if (child)
                        removeCascade(*child, entry.first);
                    else
                        data().remove(kSystem, collection, entry.first);
                }
            }
        };
        if (t.report == u"TRACKED_ENTITY"_s)
            removeWhere(kEnrollments, u"trackedEntity"_s, &kTypes[1]);
        if (t.report == u"ENROLLMENT"_s)
            removeWhere(kEvents, u"enrollment"_s, nullptr);
    }

    QJsonObject importTracker(const QJsonObject &body, const QString &strategy, bool atomicAll)
    {
        const QList<Item> items = flatten(body);
        QSet<QString> inPayload;
        for (const Item &item : items)
            inPayload.insert(item.object.value(item.type->key).toString());
        QJsonArray allErrors;
        QList<QJsonArray> errorsOf;
        QSet<QString> failed; // uids that will not be imported: their children cannot be either
        for (const Item &item : items) {
            QJsonArray errors = validate(item, strategy, inPayload);
            const QString parentKey = item.type->report == u"ENROLLMENT"_s ? u"trackedEntity"_s
                                      : item.type->report == u"EVENT"_s  ? u"enrollment"_s
                                                                          : QString();
            const QString parent = parentKey.isEmpty() ? QString() : item.object.value(parentKey).toString();
            if (errors.isEmpty() && !parent.isEmpty() && failed.contains(parent)) {
                errors.append(errorReport(item, u"E5000"_s, u"\"%1\" `%2` cannot be persisted because \"%3\" `%4` referenced by it cannot be persisted."_s
                                                                 .arg(item.type->label, item.object.value(item.type->key).toString(),
                                                                      parentKey == u"trackedEntity"_s ? u"TrackedEntity"_s : u"Enrollment"_s, parent)));
            }
            if (!errors.isEmpty())
                failed.insert(item.object.value(item.type->key).toString());
            errorsOf.append(errors);
            for (const QJsonValue &e : errors)
                allErrors.append(e);
        }
        QHash<QString, Stats> stats;
        QHash<QString, QJsonArray> objectReports;
        const bool rejectAll = atomicAll && !allErrors.isEmpty();
        for (int i = 0; i < items.size(); ++i) {
            const Item &item = items.at(i);
            Stats &s = stats[item.type->report];
            const QString uid = item.object.value(item.type->key).toString();
            if (rejectAll || !errorsOf.at(i).isEmpty()) {
                ++s.ignored;
                continue;
            }
            if (strategy == u"DELETE"_s) {
                removeCascade(*item.type, uid);
                ++s.deleted;
            } else if (commit(item)) {
                ++s.created;
            } else {
                ++s.updated;
            }
            objectReports[item.type->report].append(QJsonObject{{u"trackerType"_s, item.type->report}, {u"uid"_s, uid},
                                                                 {u"index"_s, item.index}, {u"errorReports"_s, QJsonArray{}}});
        }
        Stats total;
        QJsonObject typeReportMap;
        for (const TrackerType &t : kTypes) {
            const Stats s = stats.value(t.report);
            total.add(s);
            typeReportMap.insert(t.report, QJsonObject{{u"trackerType"_s, t.report}, {u"stats"_s, s.json()},
                                                       {u"objectReports"_s, objectReports.value(t.report)}});
        }
        const QString status = allErrors.isEmpty() ? u"OK"_s : (rejectAll ? u"ERROR"_s : u"WARNING"_s);
        QJsonObject report{{u"status"_s, status},
                           {u"validationReport"_s, QJsonObject{{u"errorReports"_s, allErrors}, {u"warningReports"_s, QJsonArray{}}}},
                           {u"stats"_s, total.json()}};
        if (!rejectAll) {
            report.insert(u"bundleReport"_s, QJsonObject{{u"status"_s, u"OK"_s}, {u"typeReportMap"_s, typeReportMap}, {u"stats"_s, total.json()}});
        }
        return report;
    }

    Response trackerImport(const Request &request, const kit::Query &query)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body)
            return webMessage(400, u"Bad Request"_s, u"The request body must be a JSON object with trackedEntities, enrollments or events"_s);
        const QString strategy = query.has(u"importStrategy"_s) ? query.value(u"importStrategy"_s).toUpper() : u"CREATE_AND_UPDATE"_s;
        if (!QStringList{u"CREATE"_s, u"UPDATE"_s, u"CREATE_AND_UPDATE"_s, u"DELETE"_s}.contains(strategy))
            return webMessage(400, u"Bad Request"_s, u"Value '%1' is not valid for parameter importStrategy"_s.arg(query.value(u"importStrategy"_s)));
        const bool atomicAll = query.value(u"atomicMode"_s).toUpper() != u"OBJECT"_s;
        const QJsonObject report = importTracker(*body, strategy, atomicAll);
        // DHIS2 runs imports asynchronously unless async=false.
        if (query.value(u"async"_s).toLower() != u"false"_s) {
            const QString job = newUid();
            m_jobs.insert(job, report);
            return Response::json(200, QJsonObject{{u"httpStatus"_s, u"OK"_s}, {u"httpStatusCode"_s, 200}, {u"status"_s, u"OK"_s},
                                                   {u"message"_s, u"Tracker job added"_s},
                                                   {u"response"_s, QJsonObject{{u"id"_s, job},
                                                                               {u"location"_s, QString(request.baseUrl + u"/api/tracker/jobs/"_s + job)}}}});
        }
        return Response::json(report.value(u"status"_s).toString() == u"ERROR"_s ? 409 : 200, report);
    }

    // ---- tracker export ----

    static QStringList idList(const kit::Query &query, const QStringList &names)
    {
        QStringList out;
        for (const QString &name : names) {
            for (const QString &v : query.values(name))
                out += v.split(QRegularExpression(u"[;,]"_s), Qt::SkipEmptyParts);
        }
        return out;
    }

    QJsonObject exported(const TrackerType &t, const QJsonObject &record, const QString &fields) const
    {
        QJsonObject out = record;
        const bool deep = fields.contains(QLatin1Char('*')) || fields.contains(u"enrollments"_s) || fields.contains(u"events"_s);
        if (t.report == u"TRACKED_ENTITY"_s && deep) {
            QJsonArray enrollments;
            for (const auto &e : data().all(kSystem, kEnrollments)) {
                if (e.second.value(u"trackedEntity"_s) == record.value(u"trackedEntity"_s))
                    enrollments.append(exported(kTypes[1], e.second, fields));
            }
            out.insert(u"enrollments"_s, enrollments);
        } else if (t.report == u"ENROLLMENT"_s && deep) {
            QJsonArray events;
            for (const auto &e : data().all(kSystem, kEvents)) {
                if (e.second.value(u"enrollment"_s) == record.value(u"enrollment"_s))
                    events.append(e.second);
            }
            out.insert(u"events"_s, events);
        }
        return out;
    }

    bool attributeFilterMatches(const QJsonObject &te, const QString &filter) const
    {
        const QStringList parts = filter.split(QLatin1Char(':'));
        if (parts.size() < 3)
            return false;
        const QString attribute = parts.at(0);
        const QString op = parts.at(1).toLower();
        const QString wanted = parts.mid(2).join(QLatin1Char(':'));
        QString value;
        bool found = false;
        for (const QJsonValue &a : te.value(u"attributes"_s).toArray()) {
            if (a.toObject().value(u"attribute"_s).toString() == attribute) {
                value = a.toObject().value(u"value"_s).toString();
                found = true;
            }
        }
        if (!found)
            return op == u"null"_s;
        if (op == u"eq"_s)
            return value.compare(wanted, Qt::CaseInsensitive) == 0;
        if (op == u"neq"_s || op == u"ne"_s)
            return value.compare(wanted, Qt::CaseInsensitive) != 0;
        if (op == u"like"_s || op == u"ilike"_s)
            return value.contains(wanted, Qt::CaseInsensitive);
        if (op == u"sw"_s)
            return value.startsWith(wanted, Qt::CaseInsensitive);
        if (op == u"ew"_s)
            return value.endsWith(wanted, Qt::CaseInsensitive);
        if (op == u"in"_s)
            return wanted.split(QLatin1Char(';')).contains(value, Qt::CaseInsensitive);
        if (op == u"gt"_s || op == u"ge"_s || op == u"lt"_s || op == u"le"_s) {
            const int c = QString::compare(value, wanted);
            return op == u"gt"_s ? c > 0 : op == u"ge"_s ? c >= 0 : op == u"lt"_s ? c < 0 : c <= 0;
        }
        if (op == u"!null"_s)
            return true;
        return false;
    }

    bool exportMatches(const TrackerType &t, const QJsonObject &r, const kit::Query &query, QString *problem) const
    {
        const QStringList ids = idList(query, {t.collection, t.key});
        if (!ids.isEmpty() && !ids.contains(r.value(t.key).toString()))
            return false;
        const QStringList orgUnits = idList(query, {u"orgUnit"_s, u"orgUnits"_s});
        if (!orgUnits.isEmpty() && !orgUnits.contains(r.value(u"orgUnit"_s).toString())) {
            // ouMode=DESCENDANTS: an ancestor's uid in the org unit's path matches too.
            const QString path = data().get(kSystem, u"organisationUnits"_s, r.value(u"orgUnit"_s).toString()).value(u"path"_s).toString();
            const bool descendants = query.value(u"ouMode"_s).toUpper() == u"DESCENDANTS"_s;
            if (!descendants || std::none_of(orgUnits.begin(), orgUnits.end(), [&](const QString &ou) { return path.contains(ou); }))
                return false;
        }
        const QDateTime updated = kit::parseDateTime(r.value(u"updatedAt"_s).toString());
        if (query.has(u"updatedAfter"_s) && updated < kit::parseDateTime(query.value(u"updatedAfter"_s)))
            return false;
        if (query.has(u"updatedBefore"_s) && updated > kit::parseDateTime(query.value(u"updatedBefore"_s)))
            return false;
        if (t.report == u"TRACKED_ENTITY"_s) {
            if (query.has(u"trackedEntityType"_s) && r.value(u"trackedEntityType"_s).toString() != query.value(u"trackedEntityType"_s))
                return false;
            if (query.has(u"program"_s) || query.has(u"enrollmentStatus"_s) || query.has(u"programStatus"_s)) {
                const QString status = query.has(u"enrollmentStatus"_s) ? query.value(u"enrollmentStatus"_s) : query.value(u"programStatus"_s);
                bool enrolled = false;
                for (const auto &e : data().all(kSystem, kEnrollments)) {
                    if (e.second.value(u"trackedEntity"_s) != r.value(u"trackedEntity"_s))
                        continue;
                    if (query.has(u"program"_s) && e.second.value(u"program"_s).toString() != query.value(u"program"_s))
                        continue;
                    if (!status.isEmpty() && e.second.value(u"status"_s).toString() != status.toUpper())
                        continue;
                    enrolled = true;
                }
                if (!enrolled)
                    return false;
            }
            for (const QString &f : query.values(u"filter"_s) + query.values(u"attribute"_s)) {
                for (const QString &one : f.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (one.count(QLatin1Char(':')) < 2) {
                        *problem = u"Query item or filter is invalid: %1"_s.arg(one);
                        return false;
                    }
                    if (!attributeFilterMatches(r, one))
                        return false;
                }
            }
            return true;
        }
        for (const QString &field : {u"program"_s, u"programStage"_s, u"trackedEntity"_s, u"status"_s}) {
            if (query.has(field) && r.value(field).toString() != query.value(field))
                return false;
        }
        if (t.report == u"EVENT"_s) {
            const QStringList enrollments = idList(query, {u"enrollments"_s, u"enrollment"_s});
            if (!enrollments.isEmpty() && !enrollments.contains(r.value(u"enrollment"_s).toString()))
                return false;
            const QDateTime occurred = kit::parseDateTime(r.value(u"occurredAt"_s).toString());
            if (query.has(u"occurredAfter"_s) && occurred < kit::parseDateTime(query.value(u"occurredAfter"_s)))
                return false;
            if (query.has(u"occurredBefore"_s) && occurred > kit::parseDateTime(query.value(u"occurredBefore"_s)))
                return false;
        }
        return true;
    }

    Response exportList(const TrackerType &t, const kit::Query &query) const
    {
        if (t.report == u"TRACKED_ENTITY"_s && !query.has(u"program"_s) && !query.has(u"trackedEntityType"_s)
            && idList(query, {t.collection, t.key}).isEmpty())
            return webMessage(400, u"Bad Request"_s, u"Either `program`, `trackedEntityType` or `trackedEntities` should be specified"_s);
        const auto page = query.integer(u"page"_s, 1);
        const auto pageSize = query.integer(u"pageSize"_s, kDefaultPageSize);
        if (!page || !pageSize || *page < 1 || *pageSize < 1)
            return webMessage(400, u"Bad Request"_s, u"page and pageSize must be positive numbers"_s);
        const bool paging = query.value(u"paging"_s).toLower() != u"false"_s && query.value(u"skipPaging"_s).toLower() != u"true"_s;
        QJsonArray hits;
        QString problem;
        for (const auto &entry : data().all(kSystem, t.collection)) {
            if (exportMatches(t, entry.second, query, &problem))
                hits.append(exported(t, entry.second, query.value(u"fields"_s)));
            if (!problem.isEmpty())
                return webMessage(400, u"Bad Request"_s, problem);
        }
        QJsonArray pageItems;
        const qsizetype from = paging ? qsizetype(*page - 1) * *pageSize : 0;
        const qsizetype count = paging ? *pageSize : hits.size();
        for (qsizetype i = from; i < hits.size() && i < from + count; ++i)
            pageItems.append(hits.at(i));
        // 2.40 names the list "instances", 2.41 names it after the type: both are sent.
        QJsonObject out{{u"instances"_s, pageItems}, {t.collection, pageItems}};
        if (paging) {
            out.insert(u"page"_s, *page);
            out.insert(u"pageSize"_s, *pageSize);
            if (query.value(u"totalPages"_s).toLower() == u"true"_s) {
                const int total = int(hits.size());
                const int pageCount = (total + *pageSize - 1) / *pageSize;
                out.insert(u"total"_s, total);
                out.insert(u"pageCount"_s, pageCount);
                out.insert(u"pager"_s, QJsonObject{{u"page"_s, *page}, {u"pageSize"_s, *pageSize}, {u"total"_s, total}, {u"pageCount"_s, pageCount}});
            }
        }
        return Response::json(200, out);
    }

    // ---- aggregate data ----

    static QString dataValueKey(const QJsonObject &dv)
    {
        return QStringList{dv.value(u"dataElement"_s).toString(), dv.value(u"period"_s).toString(), dv.value(u"orgUnit"_s).toString(),
                           dv.value(u"categoryOptionCombo"_s).toString(kDefaultCoc), dv.value(u"attributeOptionCombo"_s).toString(kDefaultCoc)}
            .join(QLatin1Char('|'));
    }

    Response importDataValues(const Request &request, const kit::Query &query, int version)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body || !body->value(u"dataValues"_s).isArray())
            return webMessage(400, u"Bad Request"_s, u"The request body must be a JSON data value set with a dataValues list"_s);
        const bool dryRun = query.value(u"dryRun"_s).toLower() == u"true"_s;
        const QString strategy = query.has(u"importStrategy"_s) ? query.value(u"importStrategy"_s).toUpper() : u"CREATE_AND_UPDATE"_s;
        const QString dataSet = body->value(u"dataSet"_s).toString();
        int imported = 0, updated = 0, ignored = 0, deleted = 0;
        QJsonArray conflicts;
        QJsonArray rejected;
        const auto conflict = [&](int index, const QString &object, const QString &message, const QString &code) {
            conflicts.append(QJsonObject{{u"object"_s, object}, {u"objects"_s, QJsonObject{{u"dataElement"_s, object}}},
                                         {u"value"_s, message}, {u"errorCode"_s, code}, {u"indexes"_s, QJsonArray{index}}});
            rejected.append(index);
            ++ignored;
        };
        if (!dataSet.isEmpty() && !exists(u"dataSets"_s, dataSet)) {
            const QJsonArray values = body->value(u"dataValues"_s).toArray();
            for (int i = 0; i < values.size(); ++i)
                conflict(i, dataSet, u"Data set not found or not accessible"_s, u"E7600"_s);
        } else {
            const QJsonArray values = body->value(u"dataValues"_s).toArray();
            for (int i = 0; i < values.size(); ++i) {
                QJsonObject dv = values.at(i).toObject();
                for (const QString &f : {u"period"_s, u"orgUnit"_s, u"attributeOptionCombo"_s}) {
                    if (!dv.contains(f) && body->contains(f))
                        dv.insert(f, body->value(f));
                }
                const QString de = dv.value(u"dataElement"_s).toString();
                const QJsonObject element = data().get(kSystem, u"dataElements"_s, de);
                if (element.isEmpty()) {
                    conflict(i, de, u"Data element not found or not accessible"_s, u"E7610"_s);
                    continue;
                }
                if (!validPeriod(dv.value(u"period"_s).toString())) {
                    conflict(i, dv.value(u"period"_s).toString(), u"Period not valid"_s, u"E7611"_s);
                    continue;
                }
                if (!exists(u"organisationUnits"_s, dv.value(u"orgUnit"_s).toString())) {
                    conflict(i, dv.value(u"orgUnit"_s).toString(), u"Organisation unit not found or not accessible"_s, u"E7612"_s);
                    continue;
                }
                const QString coc = dv.value(u"categoryOptionCombo"_s).toString(kDefaultCoc);
                if (!exists(u"categoryOptionCombos"_s, coc)) {
                    conflict(i, coc, u"Category option combo not found or not accessible"_s, u"E7613"_s);
                    continue;
                }
                dv.insert(u"categoryOptionCombo"_s, coc);
                dv.insert(u"attributeOptionCombo"_s, dv.value(u"attributeOptionCombo"_s).toString(kDefaultCoc));
                const QString key = dataValueKey(dv);
                const QJsonObject current = data().get(kSystem, kDataValues, key);
                const QString value = kit::scalarText(dv.value(u"value"_s));
                if (strategy == u"DELETE"_s || value.isEmpty()) {
                    if (current.isEmpty()) {
                        ++ignored;
                    } else {
                        ++deleted;
                        if (!dryRun)
                            data().remove(kSystem, kDataValues, key);
                    }
                    continue;
                }
                const QString problem = valueTypeProblem(element.value(u"valueType"_s).toString(), value);
                if (!problem.isEmpty()) {
                    conflict(i, value, u"%1 (data element %2 is %3)"_s.arg(problem, de, element.value(u"valueType"_s).toString()), u"E7619"_s);
                    continue;
                }
                if (strategy == u"CREATE"_s && !current.isEmpty()) {
                    ++ignored;
                    continue;
                }
                if (strategy == u"UPDATE"_s && current.isEmpty()) {
                    ++ignored;
                    continue;
                }
                const QString now = nowDhis();
                QJsonObject stored = current.isEmpty() ? QJsonObject{{u"created"_s, now}, {u"followup"_s, false}} : current;
                for (const QString &f : {u"dataElement"_s, u"period"_s, u"orgUnit"_s, u"categoryOptionCombo"_s, u"attributeOptionCombo"_s, u"comment"_s}) {
                    if (dv.contains(f))
                        stored.insert(f, dv.value(f));
                }
                stored.insert(u"value"_s, value);
                stored.insert(u"storedBy"_s, kUser);
                stored.insert(u"lastUpdated"_s, now);
                current.isEmpty() ? ++imported : ++updated;
                if (!dryRun)
                    data().put(kSystem, kDataValues, key, stored);
            }
        }
        const bool clean = conflicts.isEmpty();
        const bool nothing = !clean && imported + updated + deleted == 0;
        QJsonObject summary{{u"responseType"_s, u"ImportSummary"_s},
                            {u"status"_s, clean ? u"SUCCESS"_s : (nothing ? u"ERROR"_s : u"WARNING"_s)},
                            {u"importOptions"_s, QJsonObject{{u"importStrategy"_s, strategy}, {u"dryRun"_s, dryRun}, {u"async"_s, false}}},
                            {u"description"_s, clean ? u"Import process completed successfully"_s : u"Import process completed with conflicts"_s},
                            {u"importCount"_s, QJsonObject{{u"imported"_s, imported}, {u"updated"_s, updated}, {u"ignored"_s, ignored}, {u"deleted"_s, deleted}}},
                            {u"conflicts"_s, conflicts},
                            {u"rejectedIndexes"_s, rejected},
                            {u"dataSetComplete"_s, u"false"_s}};
        // Before 2.38 the summary itself was the body; since then it comes wrapped in a web message.
        if (version > 0 && version < 38)
            return Response::json(200, summary);
        return Response::json(clean ? 200 : 409, QJsonObject{{u"httpStatus"_s, clean ? u"OK"_s : u"Conflict"_s},
                                                             {u"httpStatusCode"_s, clean ? 200 : 409},
                                                             {u"status"_s, clean ? u"OK"_s : (nothing ? u"ERROR"_s : u"WARNING"_s)},
                                                             {u"message"_s, clean ? u"Import was successful."_s : u"One more conflicts encountered, please check import summary."_s},
                                                             {u"response"_s, summary}});
    }

    Response exportDataValues(const kit::Query &query) const
    {
        const QStringList dataSets = idList(query, {u"dataSet"_s});
        const QStringList elements = idList(query, {u"dataElement"_s});
        if (dataSets.isEmpty() && elements.isEmpty())
            return webMessage(409, u"Conflict"_s, u"At least one data set or data element group must be specified"_s);
        const QStringList periods = idList(query, {u"period"_s});
        const QDate start = QDate::fromString(query.value(u"startDate"_s), Qt::ISODate);
        const QDate end = QDate::fromString(query.value(u"endDate"_s), Qt::ISODate);
        if (periods.isEmpty() && !(start.isValid() && end.isValid()))
            return webMessage(409, u"Conflict"_s, u"At least one valid period, start/end dates, last updated or last updated duration must be specified"_s);
        const QStringList orgUnits = idList(query, {u"orgUnit"_s});
        if (orgUnits.isEmpty())
            return webMessage(409, u"Conflict"_s, u"At least one valid organisation unit must be specified"_s);
        QSet<QString> wanted(elements.begin(), elements.end());
        for (const QString &ds : dataSets) {
            const QJsonObject set = data().get(kSystem, u"dataSets"_s, ds);
            if (set.isEmpty())
                return webMessage(409, u"Conflict"_s, u"Data set does not exist: %1"_s.arg(ds));
            for (const QJsonValue &e : set.value(u"dataSetElements"_s).toArray())
                wanted.insert(e.toObject().value(u"dataElement"_s).toObject().value(u"id"_s).toString());
        }
        const bool children = query.value(u"children"_s).toLower() == u"true"_s;
        QJsonArray values;
        for (const auto &entry : data().all(kSystem, kDataValues)) {
            const QJsonObject &dv = entry.second;
            if (!wanted.contains(dv.value(u"dataElement"_s).toString()))
                continue;
            const QString period = dv.value(u"period"_s).toString();
            if (!periods.isEmpty() && !periods.contains(period))
                continue;
            if (periods.isEmpty()) {
                const QDate first = QDate::fromString(period.left(6) + u"01"_s, u"yyyyMMdd"_s);
                if (!first.isValid() || first < QDate(start.year(), start.month(), 1) || first > end)
                    continue;
            }
            const QString ou = dv.value(u"orgUnit"_s).toString();
            if (!orgUnits.contains(ou)) {
                const QString path = data().get(kSystem, u"organisationUnits"_s, ou).value(u"path"_s).toString();
                if (!children || std::none_of(orgUnits.begin(), orgUnits.end(), [&](const QString &o) { return path.contains(o); }))
                    continue;
            }
            values.append(dv);
        }
        QJsonObject out{{u"dataValues"_s, values}};
        if (dataSets.size() == 1)
            out.insert(u"dataSet"_s, dataSets.first());
        if (periods.size() == 1)
            out.insert(u"period"_s, periods.first());
        if (orgUnits.size() == 1)
            out.insert(u"orgUnit"_s, orgUnits.first());
        return Response::json(200, out);
    }

    // ---- metadata ----

    Response metadata(const QStringList &seg, const kit::Query &query) const
    {
        const QString type = seg.at(0);
        if (seg.size() == 2) {
            const QJsonObject item = data().get(kSystem, type, seg.at(1));
            if (item.isEmpty())
                return webMessage(404, u"Not Found"_s, u"%1 with id %2 could not be found."_s.arg(type, seg.at(1)));
            return Response::json(200, item);
        }
        QJsonArray items;
        for (const auto &entry : data().all(kSystem, type)) {
            bool keep = true;
            for (const QString &f : query.values(u"filter"_s)) {
                const QStringList parts = f.split(QLatin1Char(':'));
                if (parts.size() < 3)
                    continue;
                const QString value = kit::scalarText(entry.second.value(parts.at(0) == u"name"_s ? u"displayName"_s : parts.at(0)));
                const QString wanted = parts.mid(2).join(QLatin1Char(':'));
                if (parts.at(1) == u"eq"_s)
                    keep = keep && value == wanted;
                else if (parts.at(1) == u"ilike"_s || parts.at(1) == u"like"_s)
                    keep = keep && value.contains(wanted, Qt::CaseInsensitive);
                else if (parts.at(1) == u"in"_s)
                    keep = keep && wanted.mid(1, wanted.size() - 2).split(QLatin1Char(',')).contains(value);
            }
            if (keep)
                items.append(entry.second);
        }
        return Response::json(200, QJsonObject{{u"pager"_s, QJsonObject{{u"page"_s, 1}, {u"pageCount"_s, 1}, {u"total"_s, items.size()}, {u"pageSize"_s, 50}}},
                                               {type, items}});
    }

    // PATCH /api/{type}/{id}: a JSON Patch array (add/replace/remove of top-level fields, as
    // DHIS2 2.37+ takes) or, as older servers did, an object of fields to merge.
    // DELETE /api/{type}/{id} removes the object. Both answer with an ObjectReport.
    Response changeMetadata(const Request &request, const QString &type, const QString &id)
    {
        QJsonObject item = data().get(kSystem, type, id);
        if (item.isEmpty())
            return webMessage(404, u"Not Found"_s, u"%1 with id %2 could not be found."_s.arg(type, id));
        if (request.method == "DELETE") {
            data().remove(kSystem, type, id);
        } else {
            const auto body = kit::jsonValue(request.body);
            if (!body || (!body->isArray() && !body->isObject()))
                return webMessage(400, u"Bad Request"_s, u"The request body must be a JSON Patch array or a JSON object."_s);
            if (body->isObject()) {
                const QJsonObject changes = body->toObject();
                for (auto it = changes.begin(); it != changes.end(); ++it) {
                    if (it.key() != u"id"_s)
                        item.insert(it.key(), it.value());
                }
            } else {
                for (const QJsonValue &v : body->toArray()) {
                    const QJsonObject op = v.toObject();
                    const QString name = op.value(u"path"_s).toString().mid(1);
                    const QString kind = op.value(u"op"_s).toString();
                    if (!op.value(u"path"_s).toString().startsWith(QLatin1Char('/')) || name.isEmpty() || name.contains(QLatin1Char('/'))
                        || name == u"id"_s)
                        return webMessage(400, u"Bad Request"_s, u"Unsupported JSON Patch path: %1"_s.arg(op.value(u"path"_s).toString()));
                    if (kind == u"add"_s || kind == u"replace"_s)
                        item.insert(name, op.value(u"value"_s));
                    else if (kind == u"remove"_s)
                        item.remove(name);
                    else
                        return webMessage(400, u"Bad Request"_s, u"Unsupported JSON Patch operation: %1"_s.arg(kind));
                }
            }
            item.insert(u"lastUpdated"_s, nowDhis());
            data().put(kSystem, type, id, item);
        }
        return Response::json(200, QJsonObject{{u"httpStatus"_s, u"OK"_s},
                                               {u"httpStatusCode"_s, 200},
                                               {u"status"_s, u"OK"_s},
                                               {u"response"_s, QJsonObject{{u"responseType"_s, u"ObjectReport"_s},
                                                                           {u"uid"_s, id},
                                                                           {u"errorReports"_s, QJsonArray()}}}});
    }

    QHash<QString, QJsonObject> m_jobs;
};

} // namespace

std::unique_ptr<System> makeDhis2(SandboxData &data)
{
    return std::make_unique<Dhis2>(data);
}

} // namespace sb::sandbox
