// OSCaR (Open Source Case-management and Record-keeping), the organizations API used by the
// Primero ↔ OSCaR referral integration. Devise-token-auth sign-in: the tokens come back as
// response headers and must be sent on every call. Clients live in "clients" (key: global_id).

#include "sandbox/systemkit.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace sb::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::Oscar)
};

const QString kSystem = u"oscar"_s;
const QString kClients = u"clients"_s;
const QString kEmail = u"admin@oscar.sandbox"_s;
const QString kPassword = u"sandbox-pass-1"_s;
const QString kUpdatedAt = u"updated_at"_s; // kept on the record for since_date, not sent
const char kTokenChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
const char kUlidChars[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// The first client is the fixture oscarRequest_upsert_referral_status.json; the others follow
// the client list fixture's shape with realistic values.
const char kSeedClients[] = R"json([
{"global_id":"01GA9PSXKEMHVWH7HQZ7XXCRJC","external_id":"cf579546-49fc-4352-afc6-6c2636392077","external_id_display":"6392077",
 "level_of_risk":"medium","mosvy_number":"","given_name":"Aicha","family_name":"Diallo","gender":"female","date_of_birth":"2016-01-01",
 "location_current_village_code":"01070101","address_current_village_code":"01070101","reason_for_referral":"",
 "external_case_worker_name":"","external_case_worker_id":"","external_case_worker_mobile":"000000000","is_referred":true,
 "organization_name":"cif","organization_id":"cif","status":"Accepted","case_worker_name":"Sophea Keo","case_worker_mobile":"012345678",
 "services":[{"uuid":"0f0a3165-baf3-4b2d-b931-e002cb447df6","name":"Long term foster care","referral_status":"Accepted","referral_id":1193}],
 "date_of_referral":"2022-05-01","updated_at":"2022-05-02T09:00:00.000Z"},
{"global_id":"01FKZ3QW7C9M2V4R8T6Y0HBXNE","external_id":"","external_id_display":"","mosvy_number":"30588986571",
 "given_name":"Dara","family_name":"Sok","gender":"male","date_of_birth":"2010-03-14","location_current_village_code":"12110417",
 "address_current_village_code":"12110417","reason_for_referral":"Needs family counselling after reunification",
 "reason_for_exiting":"","organization_id":"demo","organization_name":"demo","external_case_worker_name":"",
 "external_case_worker_id":"","protection_status":"migrant_child_13820","status":"Referred","case_worker_name":"Vanna Chea",
 "case_worker_mobile":"098765432","is_referred":true,
 "services":[{"uuid":"7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918","name":"Family counselling / mediation","referral_status":"Referred"}],
 "updated_at":"2023-02-01T08:15:00.000Z"},
{"global_id":"01H2M8K4T7P3Q9W5E1R6Y0UZXC","external_id":"5f6130b0-bfa7-4544-a3c8-897f54d3b877","external_id_display":"4d3b877",
 "mosvy_number":"9808827","given_name":"Aicha","family_name":"Diallo","gender":"female","date_of_birth":"2012-01-01",
 "location_current_village_code":"01070101","address_current_village_code":"01070101","reason_for_referral":"Referral from Primero",
 "organization_id":"demo","organization_name":"demo","status":"Active","case_worker_name":"Sophea Keo","case_worker_mobile":"012345678",
 "is_referred":false,
 "services":[{"uuid":"020d0e8a-c948-451e-948e-3c5462a7cb56","name":"Social work / case work","referral_status":"Accepted"}],
 "updated_at":"2023-06-10T10:00:00.000Z"}
])json";

Response unauthorized()
{
    return Response::json(401, QJsonObject{{u"errors"_s, QJsonArray{u"You need to sign in or sign up before continuing."_s}}});
}

Response notFound()
{
    return Response::json(404, QJsonObject{{u"error"_s, u"Not Found"_s}});
}

QJsonObject publicClient(QJsonObject client)
{
    client.remove(kUpdatedAt);
    return client;
}

struct Session
{
    QString accessToken;
    QString client;
};

class Oscar final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"OSCaR"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        return QJsonObject{{u"baseUrl"_s, baseUrl}, {u"email"_s, kEmail}, {u"password"_s, kPassword}};
    }
    QString loginHint() const override
    {
        return Tr::tr("email %1, password %2 (POST /api/v1/admin_auth/sign_in, then send the access-token, client and uid headers)")
            .arg(kEmail, kPassword);
    }

    void seed() override
    {
        for (const QJsonValue &c : QJsonDocument::fromJson(QByteArray(kSeedClients)).array())
            data().put(kSystem, kClients, c.toObject().value(u"global_id"_s).toString(), c.toObject());
    }

    Response handle(const Request &request) override
    {
        const QStringList seg = kit::segments(request.path);
        if (seg.size() < 2 || seg.at(0) != u"api"_s || seg.at(1) != u"v1"_s)
            return notFound();
        const QStringList rest = seg.mid(2);
        if (rest == QStringList{u"admin_auth"_s, u"sign_in"_s} && request.method == "POST")
            return signIn(request);
        if (!authorized(request))
            return unauthorized();
        if (rest.size() < 2 || rest.at(0) != u"organizations"_s)
            return notFound();
        const QStringList path = rest.mid(1);
        if (path == QStringList{u"clients"_s} && request.method == "GET")
            return listClients(request);
        if (path == QStringList{u"clients"_s, u"upsert"_s} && request.method == "POST")
            return upsert(request);
        if (path == QStringList{u"clients"_s, u"update_links"_s} && request.method == "PUT")
            return updateLinks(request);
        if ((path == QStringList{u"referrals"_s, u"update_statuses"_s} || path == QStringList{u"clients"_s, u"referrals"_s, u"update_statuses"_s})
            && request.method == "PUT")
            return updateStatuses(request);
        if (path.size() == 2 && path.at(0) == u"clients"_s && request.method == "GET") {
            const QJsonObject client = data().get(kSystem, kClients, path.at(1));
            if (client.isEmpty())
                return notFound();
            return Response::json(200, QJsonObject{{u"data"_s, publicClient(client)}});
        }
        return notFound();
    }

private:
    bool authorized(const Request &request) const
    {
        const QString uid = QString::fromUtf8(request.header("uid"));
        const auto it = m_sessions.constFind(uid);
        if (it == m_sessions.cend())
            return false;
        const QString token = QString::fromUtf8(request.header("access-token"));
        const QString client = QString::fromUtf8(request.header("client"));
        return !token.isEmpty() && token == it->accessToken && client == it->client;
    }

    Response signIn(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        QString email = body ? body->value(u"email"_s).toString() : QString();
        QString password = body ? body->value(u"password"_s).toString() : QString();
        if (!body) {
            const kit::Query form{QUrlQuery(QString::fromUtf8(request.body))};
            email = form.value(u"email"_s);
            password = form.value(u"password"_s);
        }
        if (email != kEmail || password != kPassword) {
            return Response::json(401, QJsonObject{{u"success"_s, false},
                                                   {u"errors"_s, QJsonArray{u"Invalid login credentials. Please try again."_s}}});
        }
        const Session session{kit::randomString(22, kTokenChars), kit::randomString(22, kTokenChars)};
        m_sessions.insert(email, session);
        const qint64 expiry = QDateTime::currentSecsSinceEpoch() + 7 * 24 * 3600;
        Response response = Response::json(200, QJsonObject{{u"data"_s, QJsonObject{{u"id"_s, 1},
                                                                                   {u"email"_s, email},
                                                                                   {u"provider"_s, u"email"_s},
                                                                                   {u"uid"_s, email},
                                                                                   {u"first_name"_s, u"Sandbox"_s},
                                                                                   {u"last_name"_s, u"Admin"_s},
                                                                                   {u"type"_s, u"AdminUser"_s}}}});
        response.headers.append({QByteArrayLiteral("access-token"), session.accessToken.toUtf8()});
        response.headers.append({QByteArrayLiteral("token-type"), QByteArrayLiteral("Bearer")});
        response.headers.append({QByteArrayLiteral("client"), session.client.toUtf8()});
        response.headers.append({QByteArrayLiteral("expiry"), QByteArray::number(expiry)});
        response.headers.append({QByteArrayLiteral("uid"), email.toUtf8()});
        return response;
    }

    Response listClients(const Request &request) const
    {
        const kit::Query query(request.query);
        QDateTime since;
        if (query.has(u"since_date"_s)) {
            since = kit::parseDateTime(query.value(u"since_date"_s));
            if (!since.isValid()) {
                return Response::json(422, QJsonObject{{u"message"_s, u"since_date must be a date such as 2024-01-31 00:00:00"_s}});
            }
        }
        QJsonArray out;
        for (const auto &entry : data().all(kSystem, kClients)) {
            if (since.isValid() && kit::parseDateTime(entry.second.value(kUpdatedAt).toString()) < since)
                continue;
            out.append(publicClient(entry.second));
        }
        return Response::json(200, QJsonObject{{u"data"_s, out}});
    }

    QString findByExternalId(const QString &externalId) const
    {
        if (externalId.isEmpty())
            return {};
        for (const auto &entry : data().all(kSystem, kClients)) {
            if (entry.second.value(u"external_id"_s).toString() == externalId)
                return entry.first;
        }
        return {};
    }

    static QJsonArray mergeServices(const QJsonArray &current, const QJsonArray &changes)
    {
        QJsonArray out = current;
        for (const QJsonValue &change : changes) {
            const QJsonObject c = change.toObject();
            const QString uuid = c.value(u"uuid"_s).toString();
            const QString name = c.value(u"name"_s).toString();
            int at = -1;
            for (int i = 0; i < out.size(); ++i) {
                const QJsonObject o = out.at(i).toObject();
                if ((!uuid.isEmpty() && o.value(u"uuid"_s).toString() == uuid) || (uuid.isEmpty() && !name.isEmpty() && o.value(u"name"_s).toString() == name)) {
                    at = i;
                    break;
                }
            }
            if (at < 0) {
                out.append(c);
                continue;
            }
            QJsonObject merged = out.at(at).toObject();
            for (auto it = c.begin(); it != c.end(); ++it)
                merged.insert(it.key(), it.value());
            out.replace(at, merged);
        }
        return out;
    }

    Response upsert(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body || !body->value(u"organization"_s).isObject()) {
            return Response::json(422, QJsonObject{{u"external_id"_s, QJsonValue::Null},
                                                   {u"message"_s, u"Record error!"_s},
                                                   {u"errors"_s, QJsonObject{{u"organization"_s, QJsonArray{u"must be an object"_s}}}}});
        }
        const QJsonObject org = body->value(u"organization"_s).toObject();
        const QString externalId = org.value(u"external_id"_s).toString();
        QJsonObject errors;
        for (const QString &field : {u"external_id"_s, u"given_name"_s, u"family_name"_s, u"gender"_s, u"date_of_birth"_s}) {
            if (kit::scalarText(org.value(field)).trimmed().isEmpty())
                errors.insert(field, QJsonArray{u"can't be blank"_s});
        }
        const QString dob = org.value(u"date_of_birth"_s).toString();
        if (!dob.isEmpty() && !kit::parseDateTime(dob).isValid())
            errors.insert(u"date_of_birth"_s, QJsonArray{u"is not a valid date"_s});
        if (org.contains(u"services"_s) && !org.value(u"services"_s).isArray())
            errors.insert(u"services"_s, QJsonArray{u"must be a list"_s});
        if (!errors.isEmpty()) {
            return Response::json(422, QJsonObject{{u"external_id"_s, externalId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(externalId)},
                                                   {u"message"_s, u"Record error!"_s},
                                                   {u"errors"_s, errors}});
        }
        QString globalId = org.value(u"global_id"_s).toString();
        if (globalId.isEmpty() || !data().contains(kSystem, kClients, globalId)) {
            const QString byExternal = findByExternalId(externalId);
            if (!byExternal.isEmpty())
                globalId = byExternal;
        }
        // A global id OSCaR has not seen is still a valid global id (they are shared across
        // instances), so the record is created under it.
        if (globalId.isEmpty())
            globalId = kit::randomString(26, kUlidChars);
        QJsonObject client = data().get(kSystem, kClients, globalId);
        const QJsonArray services = client.value(u"services"_s).toArray();
        for (auto it = org.begin(); it != org.end(); ++it) {
            if (it.key() != u"services"_s)
                client.insert(it.key(), it.value());
        }
        client.insert(u"services"_s, mergeServices(services, org.value(u"services"_s).toArray()));
        client.insert(u"global_id"_s, globalId);
        client.insert(kUpdatedAt, kit::nowIso());
        data().put(kSystem, kClients, globalId, client);
        return Response::json(200, QJsonObject{{u"external_id"_s, externalId}, {u"global_id"_s, globalId}, {u"message"_s, u"Record saved."_s}});
    }

    static std::optional<QJsonArray> dataArray(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        if (!body || !body->value(u"data"_s).isArray())
            return std::nullopt;
        return body->value(u"data"_s).toArray();
    }

    static Response badList()
    {
        return Response::json(422, QJsonObject{{u"message"_s, u"Record error!"_s},
                                               {u"errors"_s, QJsonObject{{u"data"_s, QJsonArray{u"must be a list of records"_s}}}}});
    }

    QString locate(const QJsonObject &item) const
    {
        const QString globalId = item.value(u"global_id"_s).toString();
        if (!globalId.isEmpty() && data().contains(kSystem, kClients, globalId))
            return globalId;
        return findByExternalId(item.value(u"external_id"_s).toString());
    }

    // Links OSCaR clients to Primero cases: sets external_id (and its display form) by global_id.
    Response updateLinks(const Request &request)
    {
        const auto items = dataArray(request);
        if (!items)
            return badList();
        QJsonArray results;
        for (const QJsonValue &v : *items) {
            const QJsonObject item = v.toObject();
            const QString globalId = item.value(u"global_id"_s).toString();
            QJsonObject client = globalId.isEmpty() ? QJsonObject() : data().get(kSystem, kClients, globalId);
            if (client.isEmpty()) {
                results.append(QJsonObject{{u"global_id"_s, globalId}, {u"message"_s, u"Record not found."_s}});
                continue;
            }
            for (const QString &field : {u"external_id"_s, u"external_id_display"_s, u"mosvy_number"_s, u"external_case_worker_name"_s,
                                         u"external_case_worker_id"_s}) {
                if (item.contains(field))
                    client.insert(field, item.value(field));
            }
            client.insert(kUpdatedAt, kit::nowIso());
            data().put(kSystem, kClients, globalId, client);
            results.append(QJsonObject{{u"global_id"_s, globalId}, {u"external_id"_s, client.value(u"external_id"_s)}, {u"message"_s, u"Record saved."_s}});
        }
        return Response::json(200, QJsonObject{{u"data"_s, results}});
    }

    // Referral statuses from Primero: per client (global_id or external_id) a services list
    // with uuid and referral_status; or a bare {referral_id, referral_status}.
    Response updateStatuses(const Request &request)
    {
        const auto items = dataArray(request);
        if (!items)
            return badList();
        QJsonArray results;
        for (const QJsonValue &v : *items) {
            const QJsonObject item = v.toObject();
            QString key = locate(item);
            QJsonArray changes = item.value(u"services"_s).toArray();
            if (key.isEmpty() && item.contains(u"referral_id"_s)) {
                const QString referral = kit::scalarText(item.value(u"referral_id"_s));
                for (const auto &entry : data().all(kSystem, kClients)) {
                    for (const QJsonValue &s : entry.second.value(u"services"_s).toArray()) {
                        if (kit::scalarText(s.toObject().value(u"referral_id"_s)) == referral) {
                            key = entry.first;
                            QJsonObject change = s.toObject();
                            change.insert(u"referral_status"_s, item.value(u"referral_status"_s));
                            changes = QJsonArray{change};
                        }
                    }
                }
            }
            if (key.isEmpty()) {
                results.append(QJsonObject{{u"global_id"_s, item.value(u"global_id"_s)},
                                           {u"external_id"_s, item.value(u"external_id"_s)},
                                           {u"message"_s, u"Record not found."_s}});
                continue;
            }
            QJsonObject client = data().get(kSystem, kClients, key);
            client.insert(u"services"_s, mergeServices(client.value(u"services"_s).toArray(), changes));
            if (item.contains(u"status"_s))
                client.insert(u"status"_s, item.value(u"status"_s));
            client.insert(kUpdatedAt, kit::nowIso());
            data().put(kSystem, kClients, key, client);
            results.append(QJsonObject{{u"global_id"_s, key}, {u"external_id"_s, client.value(u"external_id"_s)}, {u"message"_s, u"Record saved."_s}});
        }
        return Response::json(200, QJsonObject{{u"data"_s, results}});
    }

    QHash<QString, Session> m_sessions; // by uid
};

} // namespace

std::unique_ptr<System> makeOscar(SandboxData &data)
{
    return std::make_unique<Oscar>(data);
}

} // namespace sb::sandbox
