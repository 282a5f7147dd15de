// OpenMRS REST web services (/ws/rest/v1): patient, person, encounter, obs and visit, plus
// the read-only metadata they refer to. Each resource is a collection keyed by uuid; records
// are stored in their full representation and cut down per `v` when read.

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
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::OpenMrs)
};

const QString kSystem = u"openmrs"_s;
const QString kUser = u"admin"_s;
const QString kPassword = u"sandbox-pass-1"_s;
const QString kUserUuid = u"45ce6c2e-dd5a-11e6-9d9c-0242ac150002"_s;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 100;

const QStringList kWritable{u"patient"_s, u"person"_s, u"encounter"_s, u"obs"_s, u"visit"_s};
const QStringList kMetadata{u"patientidentifiertype"_s, u"location"_s, u"encountertype"_s, u"visittype"_s, u"concept"_s};

const char kSeedMetadata[] = R"json({
"patientidentifiertype":[
 {"uuid":"05a29f94-c0ed-11e2-94be-8c13d1b2e3f1","display":"OpenMRS ID","name":"OpenMRS ID","required":true,"retired":false},
 {"uuid":"a5d38e09-efcb-4d91-a526-50ce1ba5011a","display":"National ID","name":"National ID","required":false,"retired":false}],
"location":[
 {"uuid":"44c3efb0-2583-4c80-a79e-1f756a03c0a1","display":"Outpatient Clinic","name":"Outpatient Clinic","retired":false},
 {"uuid":"aff27d58-a15c-49a6-9beb-d30dcfc0c66e","display":"Amani Hospital","name":"Amani Hospital","retired":false}],
"encountertype":[
 {"uuid":"67a71486-1a54-468f-ac3e-7091a9a79584","display":"Vitals","name":"Vitals","retired":false},
 {"uuid":"d7151f82-c1f3-4152-a605-2f9ea7414a79","display":"Visit Note","name":"Visit Note","retired":false}],
"visittype":[
 {"uuid":"7b0f5697-27e3-40c4-8bae-f4049abfb4ed","display":"Facility Visit","name":"Facility Visit","retired":false}],
"concept":[
 {"uuid":"5089AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","display":"Weight (kg)","datatype":{"display":"Numeric"},"retired":false},
 {"uuid":"5090AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","display":"Height (cm)","datatype":{"display":"Numeric"},"retired":false},
 {"uuid":"5088AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","display":"Temperature (C)","datatype":{"display":"Numeric"},"retired":false}]
})json";

const char kSeedRecords[] = R"json({
"person":[
 {"uuid":"b52ec6f9-0e26-424c-a4a1-c64f9d571eb3","gender":"F","birthdate":"1988-03-12T00:00:00.000+0000","birthdateEstimated":false,
  "names":[{"uuid":"c1e0f1a2-7b3d-4a5e-9f60-1a2b3c4d5e61","givenName":"Grace","familyName":"Njeri"}],
  "addresses":[{"uuid":"d2f1a2b3-8c4e-4b6f-a071-2b3c4d5e6f72","address1":"Moi Avenue 12","cityVillage":"Nairobi","country":"Kenya"}],
  "attributes":[],"dead":false,"deathDate":null,"voided":false},
 {"uuid":"e3a2b3c4-9d5f-4c70-b182-3c4d5e6f7a83","gender":"M","birthdate":"2015-07-01T00:00:00.000+0000","birthdateEstimated":true,
  "names":[{"uuid":"f4b3c4d5-ae60-4d81-c293-4d5e6f7a8b94","givenName":"Daniel","familyName":"Otieno"}],
  "addresses":[],"attributes":[],"dead":false,"deathDate":null,"voided":false},
 {"uuid":"a5c4d5e6-bf71-4e92-d3a4-5e6f7a8b9ca5","gender":"F","birthdate":"1979-01-20T00:00:00.000+0000","birthdateEstimated":false,
  "names":[{"uuid":"b6d5e6f7-c082-4fa3-e4b5-6f7a8b9cadb6","givenName":"Esther","familyName":"Mwangi"}],
  "addresses":[],"attributes":[],"dead":false,"deathDate":null,"voided":false}],
"patient":[
 {"uuid":"b52ec6f9-0e26-424c-a4a1-c64f9d571eb3","person":"b52ec6f9-0e26-424c-a4a1-c64f9d571eb3",
  "identifiers":[{"uuid":"c7e6f7a8-d193-4ab4-f5c6-7a8b9cadbec7","identifier":"10001YX","identifierType":"05a29f94-c0ed-11e2-94be-8c13d1b2e3f1",
   "location":"44c3efb0-2583-4c80-a79e-1f756a03c0a1","preferred":true}]},
 {"uuid":"e3a2b3c4-9d5f-4c70-b182-3c4d5e6f7a83","person":"e3a2b3c4-9d5f-4c70-b182-3c4d5e6f7a83",
  "identifiers":[{"uuid":"d8f7a8b9-e2a4-4bc5-a6d7-8b9cadbecfd8","identifier":"10002AW","identifierType":"05a29f94-c0ed-11e2-94be-8c13d1b2e3f1",
   "location":"44c3efb0-2583-4c80-a79e-1f756a03c0a1","preferred":true}]}],
"visit":[
 {"uuid":"e9a8b9ca-f3b5-4cd6-b7e8-9cadbecfd0e9","patient":"b52ec6f9-0e26-424c-a4a1-c64f9d571eb3","visitType":"7b0f5697-27e3-40c4-8bae-f4049abfb4ed",
  "location":"44c3efb0-2583-4c80-a79e-1f756a03c0a1","startDatetime":"2024-02-05T09:00:00.000+0000","stopDatetime":"2024-02-05T11:30:00.000+0000"}],
"encounter":[
 {"uuid":"fab9cadb-a4c6-4de7-c8f9-adbecfd0e1fa","patient":"b52ec6f9-0e26-424c-a4a1-c64f9d571eb3","encounterType":"67a71486-1a54-468f-ac3e-7091a9a79584",
  "location":"44c3efb0-2583-4c80-a79e-1f756a03c0a1","visit":"e9a8b9ca-f3b5-4cd6-b7e8-9cadbecfd0e9","encounterDatetime":"2024-02-05T09:15:00.000+0000",
  "obs":[{"uuid":"0bcadbec-b5d7-4ef8-d90a-becfd0e1f20b","concept":"5089AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","value":64.5},
         {"uuid":"1cdbecfd-c6e8-4f09-ea1b-cfd0e1f2031c","concept":"5090AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA","value":162}]}]
})json";

Response omrsError(int status, const QString &message, const QString &code = {}, const QJsonObject &fieldErrors = {})
{
    QJsonObject error{{u"message"_s, message}, {u"code"_s, code.isEmpty() ? u"org.openmrs.module.webservices.rest.web.RestUtil"_s : code}, {u"detail"_s, QString()}};
    if (!fieldErrors.isEmpty()) {
        error.insert(u"globalErrors"_s, QJsonArray{});
        error.insert(u"fieldErrors"_s, fieldErrors);
    }
    return Response::json(status, QJsonObject{{u"error"_s, error}});
}

Response invalidSubmission(const QString &field, const QString &message)
{
    return omrsError(400, u"[Invalid Submission : %1]"_s.arg(message), u"webservices.rest.error.invalid.submission"_s,
                     QJsonObject{{field, QJsonArray{QJsonObject{{u"code"_s, u"error.required"_s}, {u"message"_s, message}}}}});
}

Response notFound()
{
    return omrsError(404, u"Object with given uuid doesn't exist"_s, u"org.openmrs.module.webservices.rest.web.resource.impl.BaseDelegatingResource:738"_s);
}

// Any ISO date or date-time, including OpenMRS's +0000 offsets; invalid when none.
QDateTime parseOmrs(const QString &text)
{
    static const QRegularExpression offset(u"([+-]\\d{2})(\\d{2})$"_s);
    QString t = text.trimmed();
    if (t.size() > 10)
        t.replace(offset, u"\\1:\\2"_s);
    return kit::parseDateTime(t);
}

// An OpenMRS datetime (2024-02-05T09:15:00.000+0000); empty when invalid.
QString omrsDateTime(const QString &text)
{
    const QDateTime at = parseOmrs(text);
    return at.isValid() ? at.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'+0000'"_s) : QString();
}

// Top-level field names of a custom representation: custom:(uuid,display,person:(uuid)).
QStringList customFields(const QString &v)
{
    QString spec = v.mid(7);
    if (spec.startsWith(QLatin1Char('(')) && spec.endsWith(QLatin1Char(')')))
        spec = spec.mid(1, spec.size() - 2);
    QStringList out;
    int depth = 0;
    QString current;
    for (const QChar c : spec) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')'))
            --depth;
        if (c == QLatin1Char(',') && depth == 0) {
            out.append(current.section(QLatin1Char(':'), 0, 0).trimmed());
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current.section(QLatin1Char(':'), 0, 0).trimmed());
    return out;
}

class OpenMrs final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"OpenMRS"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        return QJsonObject{{u"instanceUrl"_s, baseUrl}, {u"username"_s, kUser}, {u"password"_s, kPassword}};
    }
    QString loginHint() const override { return Tr::tr("user %1, password %2 (HTTP Basic)").arg(kUser, kPassword); }

    void seed() override
    {
        const QJsonObject meta = QJsonDocument::fromJson(QByteArray(kSeedMetadata)).object();
        for (auto it = meta.begin(); it != meta.end(); ++it) {
            for (const QJsonValue &v : it->toArray()) {
                QJsonObject o = v.toObject();
                o.insert(u"auditInfo"_s, audit());
                data().put(kSystem, it.key(), o.value(u"uuid"_s).toString(), o);
            }
        }
        const QJsonObject records = QJsonDocument::fromJson(QByteArray(kSeedRecords)).object();
        for (const QString &resource : {u"person"_s, u"patient"_s, u"visit"_s, u"encounter"_s}) {
            for (const QJsonValue &v : records.value(resource).toArray()) {
                Response error;
                create(resource, v.toObject(), &error);
            }
        }
    }

    Response handle(const Request &request) override
    {
        const QStringList seg = kit::segments(request.path);
        if (seg.size() < 4 || seg.at(0) != u"ws"_s || seg.at(1) != u"rest"_s || seg.at(2) != u"v1"_s)
            return omrsError(404, u"Not Found"_s);
        const QString resource = seg.at(3).toLower();
        QString user, password;
        const bool hasBasic = kit::basicCredentials(request, &user, &password);
        const bool authenticated = hasBasic && user == kUser && password == kPassword;
        if (resource == u"session"_s && seg.size() == 4) {
            if (hasBasic && !authenticated)
                return omrsError(401, u"User is not logged in [Invalid username or password]"_s);
            if (request.method == "DELETE")
                return Response::empty(204);
            QJsonObject session{{u"sessionId"_s, kit::randomString(32, "0123456789ABCDEF")}, {u"authenticated"_s, authenticated}};
            if (authenticated) {
                session.insert(u"user"_s, QJsonObject{{u"uuid"_s, kUserUuid}, {u"display"_s, kUser}, {u"username"_s, kUser}});
                session.insert(u"locale"_s, u"en"_s);
            }
            return Response::json(200, session);
        }
        if (!authenticated)
            return omrsError(401, u"User is not logged in"_s);
        const bool writable = kWritable.contains(resource);
        if (!writable && !kMetadata.contains(resource))
            return omrsError(404, u"Unknown resource: %1"_s.arg(resource), u"org.openmrs.module.webservices.rest.web.response.UnknownResourceException"_s);
        const QByteArray &method = request.method;
        const kit::Query query(request.query);
        if (seg.size() == 4) {
            if (method == "GET")
                return list(request, resource, query);
            if (method == "POST" && writable)
                return createResponse(request, resource, query);
        } else if (seg.size() == 5) {
            const QString uuid = seg.at(4);
            if (!data().contains(kSystem, resource, uuid))
                return notFound();
            if (method == "GET")
                return Response::json(200, represent(request, resource, data().get(kSystem, resource, uuid), query.has(u"v"_s) ? query.value(u"v"_s) : u"default"_s));
            if (method == "POST" && writable)
                return update(request, resource, uuid, query);
            if (method == "DELETE" && writable) {
                if (query.value(u"purge"_s) == u"true"_s) {
                    data().remove(kSystem, resource, uuid);
                } else {
                    QJsonObject record = data().get(kSystem, resource, uuid);
                    record.insert(u"voided"_s, true);
                    data().put(kSystem, resource, uuid, record);
                }
                return Response::empty(204);
            }
        }
        return omrsError(405, u"Request method '%1' not supported"_s.arg(QString::fromLatin1(method)));
    }

private:
    static QJsonObject audit()
    {
        return QJsonObject{{u"creator"_s, QJsonObject{{u"uuid"_s, kUserUuid}, {u"display"_s, kUser}}},
                           {u"dateCreated"_s, omrsDateTime(kit::nowIso())},
                           {u"changedBy"_s, QJsonValue::Null},
                           {u"dateChanged"_s, QJsonValue::Null}};
    }

    QJsonObject ref(const QString &resource, const QString &uuid) const
    {
        const QJsonObject record = data().get(kSystem, resource, uuid);
        return QJsonObject{{u"uuid"_s, uuid}, {u"display"_s, record.value(u"display"_s)}};
    }

    // A reference field given as a uuid string or {uuid}; resolved against `resource`.
    // Empty when missing; sets *unknown when given but not found.
    QJsonObject resolve(const QJsonValue &value, const QString &resource, bool *unknown) const
    {
        *unknown = false;
        const QString uuid = value.isObject() ? value.toObject().value(u"uuid"_s).toString() : value.toString();
        if (uuid.isEmpty())
            return {};
        if (!data().contains(kSystem, resource, uuid)) {
            *unknown = true;
            return {};
        }
        return ref(resource, uuid);
    }

    QJsonObject represent(const Request &request, const QString &resource, const QJsonObject &record, const QString &v) const
    {
        const QString uuid = record.value(u"uuid"_s).toString();
        const QJsonArray links{QJsonObject{{u"rel"_s, u"self"_s},
                                           {u"uri"_s, QString(request.baseUrl + u"/ws/rest/v1/"_s + resource + QLatin1Char('/') + uuid)},
                                           {u"resourceAlias"_s, resource}}};
        if (v == u"ref"_s)
            return QJsonObject{{u"uuid"_s, uuid}, {u"display"_s, record.value(u"display"_s)}, {u"links"_s, links}};
        QJsonObject out = record;
        if (v.startsWith(u"custom:"_s)) {
            out = {};
            for (const QString &field : customFields(v)) {
                if (field == u"links"_s)
                    out.insert(field, links);
                else if (record.contains(field))
                    out.insert(field, record.value(field));
            }
            return out;
        }
        if (v != u"full"_s)
            out.remove(u"auditInfo"_s);
        out.insert(u"links"_s, links);
        return out;
    }

    static bool contains(const QString &text, const QString &q) { return text.contains(q, Qt::CaseInsensitive); }

    bool matches(const QString &resource, const QJsonObject &record, const kit::Query &query) const
    {
        if (record.value(u"voided"_s).toBool() && query.value(u"includeAll"_s) != u"true"_s)
            return false;
        if (query.has(u"q"_s)) {
            const QString q = query.value(u"q"_s).trimmed();
            bool hit = contains(record.value(u"display"_s).toString(), q);
            const QJsonObject person = resource == u"patient"_s ? record.value(u"person"_s).toObject() : record;
            for (const QJsonValue &n : person.value(u"names"_s).toArray()) {
                const QJsonObject name = n.toObject();
                hit = hit || contains(name.value(u"givenName"_s).toString() + QLatin1Char(' ') + name.value(u"familyName"_s).toString(), q);
            }
            for (const QJsonValue &i : record.value(u"identifiers"_s).toArray())
                hit = hit || i.toObject().value(u"identifier"_s).toString().compare(q, Qt::CaseInsensitive) == 0;
            if (!hit)
                return false;
        }
        if (query.has(u"identifier"_s)) {
            const QJsonArray ids = record.value(u"identifiers"_s).toArray();
            if (std::none_of(ids.begin(), ids.end(), [&](const QJsonValue &i) { return i.toObject().value(u"identifier"_s).toString() == query.value(u"identifier"_s); }))
                return false;
        }
        // Reference filters (?patient=uuid, ?encounterType=uuid, …).
        static const QList<QPair<QString, QString>> refs{{u"patient"_s, u"patient"_s}, {u"encounterType"_s, u"encounterType"_s},
                                                        {u"visitType"_s, u"visitType"_s}, {u"concept"_s, u"concept"_s},
                                                        {u"location"_s, u"location"_s}, {u"encounter"_s, u"encounter"_s},
                                                        {u"visit"_s, u"visit"_s}, {u"person"_s, u"person"_s}};
        for (const auto &r : refs) {
            if (!query.has(r.first))
                continue;
            QString field = r.second;
            if (resource == u"obs"_s && field == u"patient"_s)
                field = u"person"_s;
            if (record.value(field).toObject().value(u"uuid"_s).toString() != query.value(r.first))
                return false;
        }
        const QString dateField = resource == u"visit"_s ? u"startDatetime"_s : (resource == u"obs"_s ? u"obsDatetime"_s : u"encounterDatetime"_s);
        const QDateTime at = parseOmrs(record.value(dateField).toString());
        if (query.has(u"fromdate"_s) && (!at.isValid() || at < kit::parseDateTime(query.value(u"fromdate"_s))))
            return false;
        if (query.has(u"todate"_s) && (!at.isValid() || at > kit::parseDateTime(query.value(u"todate"_s)).addDays(query.value(u"todate"_s).size() == 10 ? 1 : 0)))
            return false;
        return true;
    }

    Response list(const Request &request, const QString &resource, const kit::Query &query) const
    {
        const auto limitAsked = query.integer(u"limit"_s, kDefaultLimit);
        const auto start = query.integer(u"startIndex"_s, 0);
        if (!limitAsked || !start || *limitAsked < 1)
            return omrsError(400, u"limit and startIndex must be positive numbers"_s);
        const int limit = std::min(*limitAsked, kMaxLimit);
        QList<QJsonObject> hits;
        for (const auto &entry : data().all(kSystem, resource)) {
            if (matches(resource, entry.second, query))
                hits.append(entry.second);
        }
        const QString v = query.has(u"v"_s) ? query.value(u"v"_s) : u"ref"_s;
        QJsonArray results;
        for (int i = *start; i < hits.size() && i < *start + limit; ++i)
            results.append(represent(request, resource, hits.at(i), v));
        QJsonObject out{{u"results"_s, results}};
        const auto link = [&](const QString &rel, int at) {
            QUrlQuery q;
            for (const auto &item : query.items()) {
                if (item.first != u"startIndex"_s)
                    q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
            }
            q.addQueryItem(u"startIndex"_s, QString::number(at));
            return QJsonObject{{u"rel"_s, rel}, {u"uri"_s, QString(request.baseUrl + request.path + QLatin1Char('?') + q.query(QUrl::FullyEncoded))}, {u"resourceAlias"_s, QJsonValue::Null}};
        };
        QJsonArray links;
        if (*start + limit < hits.size())
            links.append(link(u"next"_s, *start + limit));
        if (*start > 0)
            links.append(link(u"prev"_s, std::max(0, *start - limit)));
        if (!links.isEmpty())
            out.insert(u"links"_s, links);
        if (query.value(u"totalCount"_s) == u"true"_s)
            out.insert(u"totalCount"_s, int(hits.size()));
        return Response::json(200, out);
    }

    static QString personDisplay(const QJsonObject &person)
    {
        const QJsonObject name = person.value(u"names"_s).toArray().first().toObject();
        return QStringList{name.value(u"givenName"_s).toString(), name.value(u"middleName"_s).toString(), name.value(u"familyName"_s).toString()}
            .filter(QRegularExpression(u"\\S"_s))
            .join(QLatin1Char(' '));
    }

    // Builds a person record from a submission; nullopt (and *error) when invalid.
    std::optional<QJsonObject> buildPerson(QJsonObject body, const QJsonObject &current, Response *error) const
    {
        QJsonObject person = current;
        for (auto it = body.begin(); it != body.end(); ++it)
            person.insert(it.key(), it.value());
        const QString gender = person.value(u"gender"_s).toString().toUpper();
        if (gender.isEmpty()) {
            *error = invalidSubmission(u"gender"_s, u"Gender is required"_s);
            return std::nullopt;
        }
        if (!QStringList{u"M"_s, u"F"_s, u"O"_s, u"U"_s}.contains(gender)) {
            *error = invalidSubmission(u"gender"_s, u"Gender must be M, F, O or U"_s);
            return std::nullopt;
        }
        person.insert(u"gender"_s, gender);
        QJsonArray names;
        for (const QJsonValue &n : person.value(u"names"_s).toArray()) {
            QJsonObject name = n.toObject();
            if (name.value(u"givenName"_s).toString().isEmpty() && name.value(u"familyName"_s).toString().isEmpty())
                continue;
            if (name.value(u"uuid"_s).toString().isEmpty())
                name.insert(u"uuid"_s, kit::newUuid());
            name.insert(u"display"_s, personDisplay(QJsonObject{{u"names"_s, QJsonArray{name}}}));
            names.append(name);
        }
        if (names.isEmpty()) {
            *error = invalidSubmission(u"names"_s, u"Person should have at least one name"_s);
            return std::nullopt;
        }
        person.insert(u"names"_s, names);
        person.insert(u"preferredName"_s, names.first());
        if (person.contains(u"birthdate"_s) && !person.value(u"birthdate"_s).isNull()) {
            const QString birthdate = omrsDateTime(person.value(u"birthdate"_s).toString());
            if (birthdate.isEmpty()) {
                *error = invalidSubmission(u"birthdate"_s, u"Birthdate is not a valid date"_s);
                return std::nullopt;
            }
            person.insert(u"birthdate"_s, birthdate);
            const QDate born = kit::parseDateTime(birthdate.left(10)).date();
            const QDate today = QDate::currentDate();
            int age = today.year() - born.year();
            if (today < born.addYears(age))
                --age;
            person.insert(u"age"_s, age);
        }
        QJsonArray addresses;
        for (const QJsonValue &a : person.value(u"addresses"_s).toArray()) {
            QJsonObject address = a.toObject();
            if (address.value(u"uuid"_s).toString().isEmpty())
                address.insert(u"uuid"_s, kit::newUuid());
            address.insert(u"display"_s, address.value(u"address1"_s).toString());
            addresses.append(address);
        }
        person.insert(u"addresses"_s, addresses);
        person.insert(u"preferredAddress"_s, addresses.isEmpty() ? QJsonValue(QJsonValue::Null) : addresses.first());
        if (!person.contains(u"attributes"_s))
            person.insert(u"attributes"_s, QJsonArray{});
        for (const QString &field : {u"birthdateEstimated"_s, u"dead"_s, u"voided"_s}) {
            if (!person.contains(field))
                person.insert(field, false);
        }
        if (!person.contains(u"deathDate"_s))
            person.insert(u"deathDate"_s, QJsonValue::Null);
        person.insert(u"display"_s, personDisplay(person));
        return person;
    }

    std::optional<QJsonObject> buildPatient(const QJsonObject &body, const QJsonObject &current, Response *error)
    {
        QJsonObject patient = current;
        QString personUuid = current.value(u"uuid"_s).toString();
        QJsonObject newPerson; // stored only once the whole patient is valid
        if (body.contains(u"person"_s)) {
            const QJsonValue given = body.value(u"person"_s);
            if (given.isString()) {
                personUuid = given.toString();
                if (!data().contains(kSystem, u"person"_s, personUuid)) {
                    *error = invalidSubmission(u"person"_s, u"Person %1 does not exist"_s.arg(personUuid));
                    return std::nullopt;
                }
            } else if (given.isObject()) {
                QJsonObject currentPerson = personUuid.isEmpty() ? QJsonObject() : data().get(kSystem, u"person"_s, personUuid);
                const auto person = buildPerson(given.toObject(), currentPerson, error);
                if (!person)
                    return std::nullopt;
                personUuid = person->value(u"uuid"_s).toString();
                if (personUuid.isEmpty())
                    personUuid = kit::newUuid();
                newPerson = *person;
                newPerson.insert(u"uuid"_s, personUuid);
                if (!newPerson.contains(u"auditInfo"_s))
                    newPerson.insert(u"auditInfo"_s, audit());
            }
        }
        if (personUuid.isEmpty()) {
            *error = invalidSubmission(u"person"_s, u"Person is required"_s);
            return std::nullopt;
        }
        if (body.contains(u"identifiers"_s) || current.isEmpty()) {
            QJsonArray identifiers;
            for (const QJsonValue &v : body.value(u"identifiers"_s).toArray()) {
                QJsonObject id = v.toObject();
                const QString value = id.value(u"identifier"_s).toString().trimmed();
                if (value.isEmpty())
                    continue;
                bool unknown = false;
                const QJsonObject type = resolve(id.value(u"identifierType"_s), u"patientidentifiertype"_s, &unknown);
                if (type.isEmpty()) {
                    *error = invalidSubmission(u"identifiers"_s, u"Identifier type is required and must exist"_s);
                    return std::nullopt;
                }
                for (const auto &entry : data().all(kSystem, u"patient"_s)) {
                    if (entry.first == personUuid)
                        continue;
                    for (const QJsonValue &other : entry.second.value(u"identifiers"_s).toArray()) {
                        if (other.toObject().value(u"identifier"_s).toString() == value) {
                            *error = invalidSubmission(u"identifiers"_s, u"Identifier %1 is already in use by another patient"_s.arg(value));
                            return std::nullopt;
                        }
                    }
                }
                bool unknownLocation = false;
                const QJsonObject location = resolve(id.value(u"location"_s), u"location"_s, &unknownLocation);
                if (unknownLocation) {
                    *error = invalidSubmission(u"identifiers"_s, u"Location does not exist"_s);
                    return std::nullopt;
                }
                if (id.value(u"uuid"_s).toString().isEmpty())
                    id.insert(u"uuid"_s, kit::newUuid());
                id.insert(u"identifier"_s, value);
                id.insert(u"identifierType"_s, type);
                id.insert(u"location"_s, location.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(location));
                id.insert(u"display"_s, QString(type.value(u"display"_s).toString() + u" = "_s + value));
                id.insert(u"preferred"_s, id.value(u"preferred"_s).toBool(identifiers.isEmpty()));
                id.insert(u"voided"_s, false);
                identifiers.append(id);
            }
            if (identifiers.isEmpty()) {
                *error = invalidSubmission(u"identifiers"_s, u"Patient must have at least one identifier"_s);
                return std::nullopt;
            }
            patient.insert(u"identifiers"_s, identifiers);
        }
        if (!newPerson.isEmpty())
            data().put(kSystem, u"person"_s, personUuid, newPerson);
        QJsonObject person = data().get(kSystem, u"person"_s, personUuid);
        person.remove(u"auditInfo"_s);
        patient.insert(u"uuid"_s, personUuid);
        patient.insert(u"person"_s, person);
        patient.insert(u"display"_s, QString(patient.value(u"identifiers"_s).toArray().first().toObject().value(u"identifier"_s).toString() + u" - "_s + person.value(u"display"_s).toString()));
        if (!patient.contains(u"voided"_s))
            patient.insert(u"voided"_s, false);
        return patient;
    }

    // Encounter, obs and visit: references resolved, dates normalised, display set.
    std::optional<QJsonObject> buildEvent(const QString &resource, const QJsonObject &body, const QJsonObject &current, Response *error)
    {
        QJsonObject record = current;
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (it.key() != u"obs"_s)
                record.insert(it.key(), it.value());
        }
        struct RefField { QString field; QString resource; bool required; };
        QList<RefField> refs;
        QString dateField;
        if (resource == u"encounter"_s) {
            refs = {{u"patient"_s, u"patient"_s, true}, {u"encounterType"_s, u"encountertype"_s, true},
                    {u"location"_s, u"location"_s, false}, {u"visit"_s, u"visit"_s, false}};
            dateField = u"encounterDatetime"_s;
        } else if (resource == u"visit"_s) {
            refs = {{u"patient"_s, u"patient"_s, true}, {u"visitType"_s, u"visittype"_s, true}, {u"location"_s, u"location"_s, false}};
            dateField = u"startDatetime"_s;
        } else {
            refs = {{u"person"_s, u"person"_s, true}, {u"concept"_s, u"concept"_s, true}, {u"encounter"_s, u"encounter"_s, false},
                    {u"location"_s, u"location"_s, false}};
            dateField = u"obsDatetime"_s;
        }
        for (const RefField &r : refs) {
            bool unknown = false;
            const QJsonObject resolved = resolve(record.value(r.field), r.resource, &unknown);
            if (unknown || (r.required && resolved.isEmpty())) {
                const QString name = r.field.at(0).toUpper() + r.field.mid(1);
                *error = invalidSubmission(r.field, unknown ? u"%1 does not exist"_s.arg(name) : u"%1 is required"_s.arg(name));
                return std::nullopt;
            }
            record.insert(r.field, resolved.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(resolved));
        }
        if (record.value(dateField).toString().isEmpty()) {
            if (resource == u"obs"_s && !record.value(u"encounter"_s).isObject()) {
                *error = invalidSubmission(dateField, u"Obs datetime is required"_s);
                return std::nullopt;
            }
            record.insert(dateField, omrsDateTime(kit::nowIso()));
        }
        const QString date = omrsDateTime(record.value(dateField).toString());
        if (date.isEmpty()) {
            *error = invalidSubmission(dateField, u"%1 is not a valid date"_s.arg(dateField));
            return std::nullopt;
        }
        record.insert(dateField, date);
        const QString shortDate = kit::parseDateTime(date.left(10)).date().toString(u"dd/MM/yyyy"_s);
        if (resource == u"encounter"_s) {
            record.insert(u"display"_s, QString(record.value(u"encounterType"_s).toObject().value(u"display"_s).toString() + QLatin1Char(' ') + shortDate));
            for (const QString &f : {u"orders"_s, u"encounterProviders"_s}) {
                if (!record.contains(f))
                    record.insert(f, QJsonArray{});
            }
        } else if (resource == u"visit"_s) {
            if (record.contains(u"stopDatetime"_s) && !record.value(u"stopDatetime"_s).isNull())
                record.insert(u"stopDatetime"_s, omrsDateTime(record.value(u"stopDatetime"_s).toString()));
            else
                record.insert(u"stopDatetime"_s, QJsonValue::Null);
            record.insert(u"display"_s, QString(record.value(u"visitType"_s).toObject().value(u"display"_s).toString() + u" @ "_s
                                                + record.value(u"location"_s).toObject().value(u"display"_s).toString(u"Unknown Location"_s) + u" - "_s + shortDate));
        } else {
            if (!record.contains(u"value"_s)) {
                *error = invalidSubmission(u"value"_s, u"Obs value is required"_s);
                return std::nullopt;
            }
            record.insert(u"display"_s, QString(record.value(u"concept"_s).toObject().value(u"display"_s).toString() + u": "_s + kit::scalarText(record.value(u"value"_s))));
        }
        if (!record.contains(u"voided"_s))
            record.insert(u"voided"_s, false);
        return record;
    }

    std::optional<QJsonObject> build(const QString &resource, const QJsonObject &body, const QJsonObject &current, Response *error)
    {
        if (resource == u"person"_s)
            return buildPerson(body, current, error);
        if (resource == u"patient"_s)
            return buildPatient(body, current, error);
        return buildEvent(resource, body, current, error);
    }

    std::optional<QJsonObject> create(const QString &resource, QJsonObject body, Response *error)
    {
        const QJsonArray obs = body.value(u"obs"_s).toArray();
        QString uuid = body.value(u"uuid"_s).toString();
        if (!uuid.isEmpty() && data().contains(kSystem, resource, uuid)) {
            *error = invalidSubmission(u"uuid"_s, u"An object with uuid %1 already exists"_s.arg(uuid));
            return std::nullopt;
        }
        auto record = build(resource, body, {}, error);
        if (!record)
            return std::nullopt;
        if (resource == u"patient"_s)
            uuid = record->value(u"uuid"_s).toString(); // a patient shares its person's uuid
        if (uuid.isEmpty())
            uuid = kit::newUuid();
        record->insert(u"uuid"_s, uuid);
        record->insert(u"auditInfo"_s, audit());
        if (resource == u"encounter"_s) {
            // Obs posted with the encounter belong to it and to its patient.
            QJsonArray refs;
            data().put(kSystem, resource, uuid, *record);
            for (const QJsonValue &o : obs) {
                QJsonObject ob = o.toObject();
                ob.insert(u"encounter"_s, uuid);
                ob.insert(u"person"_s, record->value(u"patient"_s).toObject().value(u"uuid"_s));
                if (!ob.contains(u"obsDatetime"_s))
                    ob.insert(u"obsDatetime"_s, record->value(u"encounterDatetime"_s));
                const auto created = create(u"obs"_s, ob, error);
                if (!created) {
                    data().remove(kSystem, resource, uuid);
                    return std::nullopt;
                }
                refs.append(QJsonObject{{u"uuid"_s, created->value(u"uuid"_s)}, {u"display"_s, created->value(u"display"_s)}});
            }
            record->insert(u"obs"_s, refs);
        }
        data().put(kSystem, resource, uuid, *record);
        return record;
    }

    Response createResponse(const Request &request, const QString &resource, const kit::Query &query)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body)
            return omrsError(400, u"The request body is not a JSON object"_s, u"org.openmrs.module.webservices.rest.web.response.ConversionException"_s);
        Response error;
        const auto record = create(resource, *body, &error);
        if (!record)
            return error;
        return Response::json(201, represent(request, resource, *record, query.has(u"v"_s) ? query.value(u"v"_s) : u"default"_s));
    }

    Response update(const Request &request, const QString &resource, const QString &uuid, const kit::Query &query)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body)
            return omrsError(400, u"The request body is not a JSON object"_s, u"org.openmrs.module.webservices.rest.web.response.ConversionException"_s);
        QJsonObject changes = *body;
        changes.remove(u"uuid"_s);
        Response error;
        auto record = build(resource, changes, data().get(kSystem, resource, uuid), &error);
        if (!record)
            return error;
        QJsonObject auditInfo = record->value(u"auditInfo"_s).toObject();
        auditInfo.insert(u"changedBy"_s, QJsonObject{{u"uuid"_s, kUserUuid}, {u"display"_s, kUser}});
        auditInfo.insert(u"dateChanged"_s, omrsDateTime(kit::nowIso()));
        record->insert(u"auditInfo"_s, auditInfo);
        record->insert(u"uuid"_s, uuid);
        data().put(kSystem, resource, uuid, *record);
        if (resource == u"person"_s && data().contains(kSystem, u"patient"_s, uuid)) {
            // The patient carries its person: keep it (and its display) in step.
            Response ignored;
            if (const auto patient = buildPatient({}, data().get(kSystem, u"patient"_s, uuid), &ignored))
                data().put(kSystem, u"patient"_s, uuid, *patient);
        }
        return Response::json(200, represent(request, resource, *record, query.has(u"v"_s) ? query.value(u"v"_s) : u"default"_s));
    }
};

} // namespace

std::unique_ptr<System> makeOpenMrs(SandboxData &data)
{
    return std::make_unique<OpenMrs>(data);
}

} // namespace sb::sandbox
