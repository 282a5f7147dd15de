// RapidPro / TextIt API v2: contacts, flow starts, broadcasts and the workspace. Contacts live in
// "contacts" (key: uuid); "flows", "groups", "flow_starts" and "broadcasts" beside them.

#include "sandbox/systemkit.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace sb::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::RapidPro)
};

const QString kSystem = u"rapidpro"_s;
const QString kContacts = u"contacts"_s;
const QString kFlows = u"flows"_s;
const QString kGroups = u"groups"_s;
const QString kStarts = u"flow_starts"_s;
const QString kBroadcasts = u"broadcasts"_s;
const QString kToken = u"sandbox-rapidpro-token-1"_s;
constexpr int kPageSize = 250;

const char kSeedFlows[] = R"json([
{"uuid":"f5901b62-ba76-4003-9c62-72fdacc1b7b7","name":"Registration","type":"message","archived":false,"labels":[],
 "expires":10080,"runs":{"active":0,"completed":0,"interrupted":0,"expired":0},"created_on":"2023-01-10T08:00:00.000Z","modified_on":"2023-01-10T08:00:00.000Z"},
{"uuid":"8f3c1f0e-6a2b-4d1c-9e5f-2b7a9c4d1e30","name":"Appointment Reminder","type":"message","archived":false,"labels":[],
 "expires":10080,"runs":{"active":0,"completed":0,"interrupted":0,"expired":0},"created_on":"2023-01-10T08:00:00.000Z","modified_on":"2023-01-10T08:00:00.000Z"}
])json";

const char kSeedGroups[] = R"json([
{"uuid":"5e4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c","name":"Caregivers","query":null,"status":"ready","system":false,"count":2},
{"uuid":"0c9b8a7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d","name":"Pregnant women","query":null,"status":"ready","system":false,"count":1}
])json";

const char kSeedContacts[] = R"json([
{"uuid":"09d23a05-47fe-11e4-bfe9-b8f6b119e9ab","name":"Ben Haggerty","status":"active","language":"eng",
 "urns":["tel:+250788123123"],"groups":[{"uuid":"5e4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c","name":"Caregivers"}],
 "fields":{"district":"Nyarugenge","edd":null},"flow":null,"created_on":"2023-02-01T09:00:00.000Z",
 "modified_on":"2023-02-01T09:00:00.000Z","last_seen_on":"2023-02-02T10:00:00.000Z","blocked":false,"stopped":false},
{"uuid":"6d3b2a1c-0e9f-4a8b-9c7d-5e4f3a2b1c0d","name":"Amina Uwase","status":"active","language":"kin",
 "urns":["tel:+250788555001","whatsapp:250788555001"],"groups":[{"uuid":"5e4a3b2c-1d0e-4f9a-8b7c-6d5e4f3a2b1c","name":"Caregivers"},
 {"uuid":"0c9b8a7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d","name":"Pregnant women"}],"fields":{"district":"Gasabo","edd":"2024-07-01"},
 "flow":null,"created_on":"2023-03-05T12:00:00.000Z","modified_on":"2023-03-05T12:00:00.000Z","last_seen_on":null,"blocked":false,"stopped":false}
])json";

const QSet<QString> kUrnSchemes{u"tel"_s, u"whatsapp"_s, u"telegram"_s, u"mailto"_s, u"twitter"_s, u"facebook"_s,
                                u"ext"_s, u"fcm"_s, u"viber"_s, u"line"_s, u"instagram"_s};

Response fieldError(const QString &field, const QJsonValue &messages)
{
    return Response::json(400, QJsonObject{{field, messages}});
}

// The URN in RapidPro's normal form, or empty when invalid.
QString normalizeUrn(const QString &urn)
{
    const int colon = urn.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString scheme = urn.left(colon).toLower();
    QString path = urn.mid(colon + 1).trimmed();
    if (!kUrnSchemes.contains(scheme) || path.isEmpty())
        return {};
    if (scheme == u"tel"_s) {
        path.remove(QRegularExpression(u"[\\s\\-().]"_s));
        static const QRegularExpression e164(u"^\\+[1-9]\\d{6,14}$"_s);
        if (!e164.match(path).hasMatch())
            return {};
    }
    return scheme + QLatin1Char(':') + path;
}

QString cursorFor(int offset)
{
    return QString::fromLatin1(QByteArray("p=" + QByteArray::number(offset)).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<int> offsetOf(const QString &cursor)
{
    const QByteArray raw = QByteArray::fromBase64(cursor.toLatin1(), QByteArray::Base64UrlEncoding);
    bool ok = false;
    const int n = raw.startsWith("p=") ? raw.mid(2).toInt(&ok) : 0;
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

class RapidPro final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"RapidPro"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        return QJsonObject{{u"host"_s, baseUrl}, {u"token"_s, kToken}};
    }
    QString loginHint() const override { return Tr::tr("API token %1 (header Authorization: Token …)").arg(kToken); }

    void seed() override
    {
        const auto put = [this](const QString &collection, const char *json) {
            for (const QJsonValue &v : QJsonDocument::fromJson(QByteArray(json)).array())
                data().put(kSystem, collection, v.toObject().value(u"uuid"_s).toString(), v.toObject());
        };
        put(kFlows, kSeedFlows);
        put(kGroups, kSeedGroups);
        put(kContacts, kSeedContacts);
    }

    Response handle(const Request &request) override
    {
        const QString token = kit::authorizationToken(request, "Token");
        if (token.isEmpty())
            return Response::json(401, QJsonObject{{u"detail"_s, u"Authentication credentials were not provided."_s}});
        if (token != kToken)
            return Response::json(401, QJsonObject{{u"detail"_s, u"Invalid token."_s}});
        const QStringList seg = kit::segments(request.path);
        if (seg.size() != 3 || seg.at(0) != u"api"_s || seg.at(1) != u"v2"_s)
            return notFound();
        QString endpoint = seg.at(2);
        if (endpoint.endsWith(u".json"_s))
            endpoint.chop(5);
        const QByteArray &method = request.method;
        if (endpoint == u"contacts"_s) {
            if (method == "GET")
                return listContacts(request);
            if (method == "POST")
                return writeContact(request);
            if (method == "DELETE")
                return deleteContact(request);
        }
        if (endpoint == u"flow_starts"_s) {
            if (method == "GET")
                return list(request, kStarts);
            if (method == "POST")
                return startFlow(request);
        }
        if (endpoint == u"broadcasts"_s) {
            if (method == "GET")
                return list(request, kBroadcasts);
            if (method == "POST")
                return broadcast(request);
        }
        if (endpoint == u"flows"_s && method == "GET")
            return list(request, kFlows);
        if (endpoint == u"groups"_s && method == "GET")
            return list(request, kGroups);
        // The token's workspace ("org" before RapidPro 7.4).
        if ((endpoint == u"workspace"_s || endpoint == u"org"_s) && method == "GET") {
            return Response::json(200, QJsonObject{{u"uuid"_s, u"6a44ca78-a4c2-4862-a7d3-2932f9b3a7c3"_s},
                                                   {u"name"_s, u"Switchboard Sandbox"_s},
                                                   {u"country"_s, u"RW"_s},
                                                   {u"languages"_s, QJsonArray{u"eng"_s}},
                                                   {u"primary_language"_s, u"eng"_s},
                                                   {u"timezone"_s, u"Africa/Kigali"_s},
                                                   {u"date_style"_s, u"day_first"_s},
                                                   {u"anon"_s, false}});
        }
        if (method != "GET" && method != "POST" && method != "DELETE")
            return Response::json(405, QJsonObject{{u"detail"_s, u"Method \"%1\" not allowed."_s.arg(QString::fromLatin1(method))}});
        return notFound();
    }

private:
    static Response notFound() { return Response::json(404, QJsonObject{{u"detail"_s, u"Not found."_s}}); }

    // One page of `items`, newest first, with next/previous cursor links.
    static Response page(const Request &request, QList<QJsonObject> items)
    {
        std::reverse(items.begin(), items.end());
        std::stable_sort(items.begin(), items.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"modified_on"_s).toString(a.value(u"created_on"_s).toString())
                   > b.value(u"modified_on"_s).toString(b.value(u"created_on"_s).toString());
        });
        const kit::Query query(request.query);
        const auto offset = query.has(u"cursor"_s) ? offsetOf(query.value(u"cursor"_s)) : std::optional<int>(0);
        if (!offset)
            return notFound(); // RapidPro answers an invalid cursor with 404 "Invalid cursor"
        QJsonArray results;
        for (int i = *offset; i < items.size() && i < *offset + kPageSize; ++i)
            results.append(items.at(i));
        const auto link = [&](int at) {
            QUrlQuery q;
            for (const auto &item : query.items()) {
                if (item.first != u"cursor"_s)
                    q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
            }
            q.addQueryItem(u"cursor"_s, cursorFor(at));
            return QJsonValue(request.baseUrl + request.path + QLatin1Char('?') + q.query(QUrl::FullyEncoded));
        };
        const QJsonValue next = *offset + kPageSize < items.size() ? link(*offset + kPageSize) : QJsonValue(QJsonValue::Null);
        const QJsonValue previous = *offset > 0 ? link(std::max(0, *offset - kPageSize)) : QJsonValue(QJsonValue::Null);
        return Response::json(200, QJsonObject{{u"next"_s, next}, {u"previous"_s, previous}, {u"results"_s, results}});
    }

    Response list(const Request &request, const QString &collection) const
    {
        const kit::Query query(request.query);
        QList<QJsonObject> items;
        for (const auto &entry : data().all(kSystem, collection)) {
            if (query.has(u"uuid"_s) && entry.second.value(u"uuid"_s).toString() != query.value(u"uuid"_s))
                continue;
            if (query.has(u"id"_s) && kit::scalarText(entry.second.value(u"id"_s)) != query.value(u"id"_s))
                continue;
            items.append(entry.second);
        }
        return page(request, items);
    }

    QString contactByUrn(const QString &urn) const
    {
        for (const auto &entry : data().all(kSystem, kContacts)) {
            const QJsonArray urns = entry.second.value(u"urns"_s).toArray();
            if (std::any_of(urns.begin(), urns.end(), [&](const QJsonValue &u) { return u.toString() == urn; }))
                return entry.first;
        }
        return {};
    }

    QJsonObject groupRef(const QString &uuidOrName) const
    {
        for (const auto &entry : data().all(kSystem, kGroups)) {
            if (entry.first == uuidOrName || entry.second.value(u"name"_s).toString() == uuidOrName)
                return QJsonObject{{u"uuid"_s, entry.first}, {u"name"_s, entry.second.value(u"name"_s)}};
        }
        return {};
    }

    Response listContacts(const Request &request) const
    {
        const kit::Query query(request.query);
        QString urn;
        if (query.has(u"urn"_s)) {
            urn = normalizeUrn(query.value(u"urn"_s));
            if (urn.isEmpty())
                return fieldError(u"urn"_s, QJsonArray{u"Invalid URN: %1"_s.arg(query.value(u"urn"_s))});
        }
        const QDateTime before = kit::parseDateTime(query.value(u"before"_s));
        const QDateTime after = kit::parseDateTime(query.value(u"after"_s));
        QList<QJsonObject> items;
        for (const auto &entry : data().all(kSystem, kContacts)) {
            const QJsonObject &c = entry.second;
            if (query.has(u"uuid"_s) && entry.first != query.value(u"uuid"_s))
                continue;
            if (!urn.isEmpty() && !c.value(u"urns"_s).toArray().contains(QJsonValue(urn)))
                continue;
            if (query.has(u"group"_s)) {
                const QJsonArray groups = c.value(u"groups"_s).toArray();
                const QString g = query.value(u"group"_s);
                if (std::none_of(groups.begin(), groups.end(), [&](const QJsonValue &v) {
                        return v.toObject().value(u"uuid"_s).toString() == g || v.toObject().value(u"name"_s).toString() == g;
                    }))
                    continue;
            }
            const QDateTime modified = kit::parseDateTime(c.value(u"modified_on"_s).toString());
            if (before.isValid() && modified > before)
                continue;
            if (after.isValid() && modified < after)
                continue;
            items.append(c);
        }
        return page(request, items);
    }

    // Validates a contact body; the contact fields to write, or an error response.
    std::optional<QJsonObject> contactFields(const QJsonObject &body, const QString &selfUuid, Response *error) const
    {
        QJsonObject out;
        if (body.contains(u"name"_s)) {
            if (!body.value(u"name"_s).isString() && !body.value(u"name"_s).isNull()) {
                *error = fieldError(u"name"_s, QJsonArray{u"Not a valid string."_s});
                return std::nullopt;
            }
            out.insert(u"name"_s, body.value(u"name"_s));
        }
        if (body.contains(u"language"_s)) {
            static const QRegularExpression iso639(u"^[a-z]{3}$"_s);
            const QJsonValue language = body.value(u"language"_s);
            if (!language.isNull() && !iso639.match(language.toString()).hasMatch()) {
                *error = fieldError(u"language"_s, QJsonArray{u"Ensure this field has no more than 3 characters."_s});
                return std::nullopt;
            }
            out.insert(u"language"_s, language);
        }
        if (body.contains(u"urns"_s)) {
            if (!body.value(u"urns"_s).isArray()) {
                *error = fieldError(u"urns"_s, QJsonArray{u"Expected a list of items but got type \"%1\"."_s.arg(kit::scalarText(body.value(u"urns"_s)))});
                return std::nullopt;
            }
            QJsonArray urns;
            const QJsonArray given = body.value(u"urns"_s).toArray();
            for (int i = 0; i < given.size(); ++i) {
                const QString urn = normalizeUrn(given.at(i).toString());
                if (urn.isEmpty()) {
                    *error = fieldError(u"urns"_s, QJsonObject{{QString::number(i), QJsonArray{u"Invalid URN: %1. Ensure phone numbers contain country codes."_s.arg(given.at(i).toString())}}});
                    return std::nullopt;
                }
                const QString owner = contactByUrn(urn);
                if (!owner.isEmpty() && owner != selfUuid) {
                    *error = fieldError(u"urns"_s, QJsonObject{{QString::number(i), QJsonArray{u"URN is in use by another contact."_s}}});
                    return std::nullopt;
                }
                urns.append(urn);
            }
            out.insert(u"urns"_s, urns);
        }
        if (body.contains(u"groups"_s)) {
            QJsonArray groups;
            for (const QJsonValue &g : body.value(u"groups"_s).toArray()) {
                const QString ref = g.isObject() ? g.toObject().value(u"uuid"_s).toString() : g.toString();
                const QJsonObject group = groupRef(ref);
                if (group.isEmpty()) {
                    *error = fieldError(u"groups"_s, QJsonArray{u"No such object: %1"_s.arg(ref)});
                    return std::nullopt;
                }
                groups.append(group);
            }
            out.insert(u"groups"_s, groups);
        }
        if (body.contains(u"fields"_s)) {
            if (!body.value(u"fields"_s).isObject()) {
                *error = fieldError(u"fields"_s, QJsonArray{u"Must be an object of field keys and values."_s});
                return std::nullopt;
            }
            out.insert(u"fields"_s, body.value(u"fields"_s));
        }
        return out;
    }

    Response writeContact(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body)
            return fieldError(u"non_field_errors"_s, QJsonArray{u"Invalid data. Expected a dictionary."_s});
        const kit::Query query(request.query);
        QString uuid;
        QString urnParam;
        if (query.has(u"uuid"_s)) {
            uuid = query.value(u"uuid"_s);
            if (!data().contains(kSystem, kContacts, uuid))
                return notFound();
        } else if (query.has(u"urn"_s)) {
            urnParam = normalizeUrn(query.value(u"urn"_s));
            if (urnParam.isEmpty())
                return fieldError(u"urn"_s, QJsonArray{u"Invalid URN: %1"_s.arg(query.value(u"urn"_s))});
            uuid = contactByUrn(urnParam);
            if (!uuid.isEmpty() && body->contains(u"urns"_s))
                return fieldError(u"urns"_s, QJsonArray{u"Field can't be specified when a contact is selected by URN."_s});
        }
        Response error;
        const auto fields = contactFields(*body, uuid, &error);
        if (!fields)
            return error;
        const QString now = kit::nowIso();
        const bool creating = uuid.isEmpty();
        QJsonObject contact;
        if (creating) {
            uuid = kit::newUuid();
            contact = QJsonObject{{u"uuid"_s, uuid}, {u"name"_s, QJsonValue::Null}, {u"language"_s, QJsonValue::Null},
                                  {u"status"_s, u"active"_s}, {u"urns"_s, QJsonArray{}}, {u"groups"_s, QJsonArray{}},
                                  {u"fields"_s, QJsonObject{}}, {u"flow"_s, QJsonValue::Null}, {u"created_on"_s, now},
                                  {u"last_seen_on"_s, QJsonValue::Null}, {u"blocked"_s, false}, {u"stopped"_s, false}};
            if (!urnParam.isEmpty())
                contact.insert(u"urns"_s, QJsonArray{urnParam});
        } else {
            contact = data().get(kSystem, kContacts, uuid);
        }
        for (auto it = fields->begin(); it != fields->end(); ++it) {
            if (it.key() == u"fields"_s) {
                // Field values merge; the ones not sent stay.
                QJsonObject merged = contact.value(u"fields"_s).toObject();
                const QJsonObject given = it->toObject();
                for (auto f = given.begin(); f != given.end(); ++f)
                    merged.insert(f.key(), f.value());
                contact.insert(u"fields"_s, merged);
            } else {
                contact.insert(it.key(), it.value());
            }
        }
        contact.insert(u"modified_on"_s, now);
        data().put(kSystem, kContacts, uuid, contact);
        return Response::json(creating ? 201 : 200, contact);
    }

    Response deleteContact(const Request &request)
    {
        const kit::Query query(request.query);
        QString uuid = query.value(u"uuid"_s);
        if (uuid.isEmpty() && query.has(u"urn"_s))
            uuid = contactByUrn(normalizeUrn(query.value(u"urn"_s)));
        if (uuid.isEmpty() || !data().remove(kSystem, kContacts, uuid))
            return notFound();
        return Response::empty(204);
    }

    // Resolves contact uuids and URNs (creating contacts for unknown URNs, as RapidPro does).
    std::optional<QJsonArray> recipients(const QJsonObject &body, Response *error)
    {
        QJsonArray out;
        for (const QJsonValue &c : body.value(u"contacts"_s).toArray()) {
            const QJsonObject contact = data().get(kSystem, kContacts, c.toString());
            if (contact.isEmpty()) {
                *error = fieldError(u"contacts"_s, QJsonArray{u"No such object: %1"_s.arg(c.toString())});
                return std::nullopt;
            }
            out.append(QJsonObject{{u"uuid"_s, c.toString()}, {u"name"_s, contact.value(u"name"_s)}});
        }
        for (const QJsonValue &u : body.value(u"urns"_s).toArray()) {
            const QString urn = normalizeUrn(u.toString());
            if (urn.isEmpty()) {
                *error = fieldError(u"urns"_s, QJsonArray{u"Invalid URN: %1. Ensure phone numbers contain country codes."_s.arg(u.toString())});
                return std::nullopt;
            }
        }
        for (const QJsonValue &u : body.value(u"urns"_s).toArray()) {
            const QString urn = normalizeUrn(u.toString());
            QString uuid = contactByUrn(urn);
            if (uuid.isEmpty()) {
                uuid = kit::newUuid();
                const QString now = kit::nowIso();
                data().put(kSystem, kContacts, uuid,
                           QJsonObject{{u"uuid"_s, uuid}, {u"name"_s, QJsonValue::Null}, {u"language"_s, QJsonValue::Null},
                                       {u"status"_s, u"active"_s}, {u"urns"_s, QJsonArray{urn}}, {u"groups"_s, QJsonArray{}},
                                       {u"fields"_s, QJsonObject{}}, {u"flow"_s, QJsonValue::Null}, {u"created_on"_s, now},
                                       {u"modified_on"_s, now}, {u"last_seen_on"_s, QJsonValue::Null}, {u"blocked"_s, false},
                                       {u"stopped"_s, false}});
            }
            out.append(QJsonObject{{u"uuid"_s, uuid}, {u"name"_s, data().get(kSystem, kContacts, uuid).value(u"name"_s)}});
        }
        return out;
    }

    std::optional<QJsonArray> groupRefs(const QJsonObject &body, Response *error) const
    {
        QJsonArray out;
        for (const QJsonValue &g : body.value(u"groups"_s).toArray()) {
            const QJsonObject group = groupRef(g.toString());
            if (group.isEmpty()) {
                *error = fieldError(u"groups"_s, QJsonArray{u"No such object: %1"_s.arg(g.toString())});
                return std::nullopt;
            }
            out.append(group);
        }
        return out;
    }

    static bool hasTargets(const QJsonObject &body)
    {
        return !body.value(u"urns"_s).toArray().isEmpty() || !body.value(u"contacts"_s).toArray().isEmpty()
               || !body.value(u"groups"_s).toArray().isEmpty();
    }

    Response startFlow(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body)
            return fieldError(u"non_field_errors"_s, QJsonArray{u"Invalid data. Expected a dictionary."_s});
        const QString flowUuid = body->value(u"flow"_s).toString();
        if (flowUuid.isEmpty())
            return fieldError(u"flow"_s, QJsonArray{u"This field is required."_s});
        const QJsonObject flow = data().get(kSystem, kFlows, flowUuid);
        if (flow.isEmpty())
            return fieldError(u"flow"_s, QJsonArray{u"No such object: %1"_s.arg(flowUuid)});
        if (!hasTargets(*body))
            return fieldError(u"non_field_errors"_s, QJsonArray{u"Must specify at least one group, contact or URN"_s});
        Response error;
        const auto groups = groupRefs(*body, &error);
        if (!groups)
            return error;
        const auto contacts = recipients(*body, &error);
        if (!contacts)
            return error;
        const QString now = kit::nowIso();
        const QJsonValue params = body->contains(u"params"_s) ? body->value(u"params"_s) : body->value(u"extra"_s);
        const QString uuid = kit::newUuid();
        const QJsonObject start{{u"uuid"_s, uuid},
                                {u"flow"_s, QJsonObject{{u"uuid"_s, flowUuid}, {u"name"_s, flow.value(u"name"_s)}}},
                                {u"status"_s, u"pending"_s},
                                {u"groups"_s, *groups},
                                {u"contacts"_s, *contacts},
                                {u"restart_participants"_s, body->value(u"restart_participants"_s).toBool(true)},
                                {u"exclude_active"_s, body->value(u"exclude_active"_s).toBool(false)},
                                {u"extra"_s, params.isUndefined() ? QJsonValue(QJsonValue::Null) : params},
                                {u"params"_s, params.isUndefined() ? QJsonValue(QJsonValue::Null) : params},
                                {u"created_on"_s, now},
                                {u"modified_on"_s, now}};
        data().put(kSystem, kStarts, uuid, start);
        return Response::json(201, start);
    }

    Response broadcast(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body)
            return fieldError(u"non_field_errors"_s, QJsonArray{u"Invalid data. Expected a dictionary."_s});
        const QJsonValue text = body->value(u"text"_s);
        if ((text.isString() && text.toString().trimmed().isEmpty()) || (!text.isString() && !text.isObject()))
            return fieldError(u"text"_s, QJsonArray{u"This field is required."_s});
        if (!hasTargets(*body))
            return fieldError(u"non_field_errors"_s, QJsonArray{u"Must provide either urns, contacts or groups"_s});
        Response error;
        const auto groups = groupRefs(*body, &error);
        if (!groups)
            return error;
        const auto contacts = recipients(*body, &error);
        if (!contacts)
            return error;
        const int id = m_nextBroadcast++;
        QJsonArray urns;
        for (const QJsonValue &u : body->value(u"urns"_s).toArray())
            urns.append(normalizeUrn(u.toString()));
        const QJsonObject sent{{u"id"_s, id},
                               {u"urns"_s, urns},
                               {u"contacts"_s, *contacts},
                               {u"groups"_s, *groups},
                               {u"text"_s, text},
                               {u"status"_s, u"queued"_s},
                               {u"created_on"_s, kit::nowIso()}};
        data().put(kSystem, kBroadcasts, QString::number(id), sent);
        return Response::json(201, sent);
    }

    int m_nextBroadcast = 1001;
};

} // namespace

std::unique_ptr<System> makeRapidPro(SandboxData &data)
{
    return std::make_unique<RapidPro>(data);
}

} // namespace sb::sandbox
