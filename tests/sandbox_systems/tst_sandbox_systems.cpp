// The emulated Primero, OSCaR, HIS, RapidPro, CHT, OpenMRS and DHIS2 systems, called
// directly (no HTTP server): auth refused and accepted, create then update without
// duplicates, filters and paging, error shapes, and what ends up in SandboxData.

#include "sandbox/sandboxsystem.h"
#include "sandbox/systems.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace sb::sandbox;
using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

Request makeRequest(const QByteArray &method, const QString &target, const QByteArray &body = {}, const Headers &headers = {})
{
    Request r;
    r.method = method;
    const int q = target.indexOf(QLatin1Char('?'));
    r.path = q < 0 ? target : target.left(q);
    if (q >= 0)
        r.query = QUrlQuery(target.mid(q + 1));
    r.body = body;
    for (const auto &h : headers)
        r.headers.insert(h.first.toLower(), h.second);
    r.baseUrl = u"http://127.0.0.1:1234/test"_s;
    return r;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject obj(const Response &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonArray arr(const Response &r)
{
    return QJsonDocument::fromJson(r.body).array();
}

QByteArray header(const Response &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.toLower() == name.toLower())
            return h.second;
    }
    return {};
}

QPair<QByteArray, QByteArray> basic(const QString &user, const QString &password)
{
    return {"Authorization", "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64()};
}

// The query string with the value percent-encoded (JSON filters, '+' in phone numbers).
QString enc(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

} // namespace

class TestSandboxSystems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void configurationAndHints();
    void primeroAuth();
    void primeroFiltersAndPaging();
    void primeroCreateUpdateSubforms();
    void primeroErrorsReferralsMetadata();
    void primeroV1Cookie();
    void oscarHeaderAuth();
    void oscarUpsertAndStatuses();
    void hisLoginAndPerson();
    void hisInterventions();
    void rapidProContacts();
    void rapidProPagingStartsBroadcasts();
    void chtRecordsAndPhones();
    void openMrsPatients();
    void openMrsPagingEncounters();
    void dhis2TrackerUpsert();
    void dhis2TrackerErrorsAndExport();
    void dhis2DataValueSets();
};

void TestSandboxSystems::configurationAndHints()
{
    SandboxData data;
    std::vector<std::unique_ptr<System>> systems;
    systems.push_back(makePrimero(data));
    systems.push_back(makeOscar(data));
    systems.push_back(makeHis(data));
    systems.push_back(makeRapidPro(data));
    systems.push_back(makeCht(data));
    systems.push_back(makeOpenMrs(data));
    systems.push_back(makeDhis2(data));
    const QStringList ids{u"primero"_s, u"oscar"_s, u"his"_s, u"rapidpro"_s, u"cht"_s, u"openmrs"_s, u"dhis2"_s};
    const QList<QStringList> keys{{u"url"_s, u"user"_s, u"password"_s},
                                  {u"baseUrl"_s, u"email"_s, u"password"_s},
                                  {u"baseUrl"_s, u"email"_s, u"password"_s},
                                  {u"host"_s, u"token"_s},
                                  {u"url"_s, u"username"_s, u"password"_s},
                                  {u"instanceUrl"_s, u"username"_s, u"password"_s},
                                  {u"hostUrl"_s, u"username"_s, u"password"_s}};
    for (int i = 0; i < int(systems.size()); ++i) {
        const System &s = *systems.at(size_t(i));
        QCOMPARE(s.id(), ids.at(i));
        QVERIFY(!s.title().isEmpty());
        QVERIFY2(s.loginHint().contains(u"sandbox"_s), qPrintable(s.loginHint()));
        const QJsonObject config = s.configuration(u"http://127.0.0.1:9/"_s + s.id());
        for (const QString &key : keys.at(i))
            QVERIFY2(!config.value(key).toString().isEmpty(), qPrintable(s.id() + u": "_s + key));
        systems.at(size_t(i))->seed();
        QVERIFY2(!data.collections(s.id()).isEmpty(), qPrintable(s.id()));
    }
}

// ---- Primero ----

namespace {

QString primeroToken(System &primero)
{
    const Response r = primero.handle(makeRequest("POST", u"/api/v2/tokens"_s,
                                                  json({{u"user"_s, QJsonObject{{u"user_name"_s, u"primero_admin"_s}, {u"password"_s, u"sandbox-pass-1"_s}}}})));
    return obj(r).value(u"token"_s).toString();
}

Headers bearer(const QString &token)
{
    return {{"Authorization", "Bearer " + token.toUtf8()}};
}

} // namespace

void TestSandboxSystems::primeroAuth()
{
    SandboxData data;
    auto primero = makePrimero(data);
    primero->seed();
    Response r = primero->handle(makeRequest("POST", u"/api/v2/tokens"_s,
                                             json({{u"user"_s, QJsonObject{{u"user_name"_s, u"primero_admin"_s}, {u"password"_s, u"wrong"_s}}}})));
    QCOMPARE(r.status, 401);
    QCOMPARE(obj(r).value(u"error"_s).toString(), u"Invalid User name or password."_s);

    r = primero->handle(makeRequest("POST", u"/api/v2/tokens"_s,
                                    json({{u"user"_s, QJsonObject{{u"user_name"_s, u"primero_admin"_s}, {u"password"_s, u"sandbox-pass-1"_s}}}})));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"user_name"_s).toString(), u"primero_admin"_s);
    const QString token = obj(r).value(u"token"_s).toString();
    QCOMPARE(token.split(QLatin1Char('.')).size(), 3);

    QCOMPARE(primero->handle(makeRequest("GET", u"/api/v2/cases"_s)).status, 401);
    QCOMPARE(primero->handle(makeRequest("GET", u"/api/v2/cases"_s, {}, bearer(u"forged.token.x"_s))).status, 401);
    QCOMPARE(primero->handle(makeRequest("GET", u"/api/v2/cases"_s, {}, {basic(u"primero_admin"_s, u"nope"_s)})).status, 401);
    r = primero->handle(makeRequest("GET", u"/api/v2/cases"_s, {}, bearer(token)));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"metadata"_s).toObject().value(u"total"_s).toInt(), 4);
    r = primero->handle(makeRequest("GET", u"/api/v2/cases"_s, {}, {basic(u"primero_admin"_s, u"sandbox-pass-1"_s)}));
    QCOMPARE(r.status, 200);
}

void TestSandboxSystems::primeroFiltersAndPaging()
{
    SandboxData data;
    auto primero = makePrimero(data);
    primero->seed();
    const Headers auth = bearer(primeroToken(*primero));
    const auto total = [&](const QString &query) {
        const Response r = primero->handle(makeRequest("GET", u"/api/v2/cases?"_s + query, {}, auth));
        return r.status == 200 ? obj(r).value(u"metadata"_s).toObject().value(u"total"_s).toInt() : -r.status;
    };
    QCOMPARE(total(u"sex=female"_s), 2);
    QCOMPARE(total(u"sex=male,female"_s), 4);
    QCOMPARE(total(u"age=5..10"_s), 2);
    QCOMPARE(total(u"age=10.."_s), 2);
    QCOMPARE(total(u"last_updated_at=2022-01-01T00:00:00.000Z.."_s), 2);
    QCOMPARE(total(u"last_updated_at=2021-11-09..2021-11-09"_s), 1);
    QCOMPARE(total(u"remote=true&oscar_number=88986571w"_s), 1);
    QCOMPARE(total(u"case_id=5f6130b0-bfa7-4544-a3c8-897f54d3b877"_s), 1);
    QCOMPARE(total(u"service_response_types=referral_to_oscar"_s), 2);
    QCOMPARE(total(u"query=diallo"_s), 1);
    QCOMPARE(total(u"sex=female&age=10.."_s), 1);

    Response r = primero->handle(makeRequest("GET", u"/api/v2/cases?per=5000"_s, {}, auth));
    QCOMPARE(obj(r).value(u"metadata"_s).toObject().value(u"per"_s).toInt(), 1000);
    r = primero->handle(makeRequest("GET", u"/api/v2/cases?page=2&per=3"_s, {}, auth));
    QCOMPARE(obj(r).value(u"data"_s).toArray().size(), 1);
    QCOMPARE(obj(r).value(u"metadata"_s).toObject().value(u"page"_s).toInt(), 2);
    QCOMPARE(obj(r).value(u"metadata"_s).toObject().value(u"total"_s).toInt(), 4);
    QCOMPARE(primero->handle(makeRequest("GET", u"/api/v2/cases?page=0"_s, {}, auth)).status, 422);
}

void TestSandboxSystems::primeroCreateUpdateSubforms()
{
    SandboxData data;
    auto primero = makePrimero(data);
    primero->seed();
    const Headers auth = bearer(primeroToken(*primero));
    const QJsonObject create{{u"data"_s, QJsonObject{{u"name_first"_s, u"Lina"_s}, {u"sex"_s, u"female"_s},
                                                     {u"oscar_number"_s, u"OSC-1"_s},
                                                     {u"services_section"_s, QJsonArray{QJsonObject{{u"service_type"_s, u"counselling"_s}},
                                                                                        QJsonObject{{u"unique_id"_s, u"keep-me"_s}, {u"service_type"_s, u"family_based_care"_s}}}}}}};
    Response r = primero->handle(makeRequest("POST", u"/api/v2/cases"_s, json(create), auth));
    QCOMPARE(r.status, 200);
    const QJsonObject created = obj(r).value(u"data"_s).toObject();
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QVERIFY(!created.value(u"case_id"_s).toString().isEmpty());
    QCOMPARE(created.value(u"case_id_display"_s).toString().size(), 7);
    QVERIFY(!created.value(u"created_at"_s).toString().isEmpty());
    const QJsonArray services = created.value(u"services_section"_s).toArray();
    QCOMPARE(services.size(), 2);
    const QString firstUid = services.at(0).toObject().value(u"unique_id"_s).toString();
    QVERIFY(!firstUid.isEmpty());
    QCOMPARE(data.all(u"primero"_s, u"cases"_s).size(), 5);

    // Update: change one subform entry, delete another, add a third; scalar fields replace.
    const QJsonObject patch{{u"data"_s, QJsonObject{{u"name_first"_s, u"Lina Updated"_s},
                                                    {u"services_section"_s, QJsonArray{QJsonObject{{u"unique_id"_s, firstUid}, {u"service_implemented"_s, u"implemented"_s}},
                                                                                       QJsonObject{{u"unique_id"_s, u"keep-me"_s}, {u"_delete"_s, true}},
                                                                                       QJsonObject{{u"service_type"_s, u"health_medical_service"_s}}}}}}};
    r = primero->handle(makeRequest("PATCH", u"/api/v2/cases/"_s + id, json(patch), auth));
    QCOMPARE(r.status, 200);
    const QJsonObject stored = data.get(u"primero"_s, u"cases"_s, id);
    QCOMPARE(stored.value(u"name_first"_s).toString(), u"Lina Updated"_s);
    QCOMPARE(stored.value(u"oscar_number"_s).toString(), u"OSC-1"_s);
    const QJsonArray merged = stored.value(u"services_section"_s).toArray();
    QCOMPARE(merged.size(), 2);
    QCOMPARE(merged.at(0).toObject().value(u"unique_id"_s).toString(), firstUid);
    QCOMPARE(merged.at(0).toObject().value(u"service_type"_s).toString(), u"counselling"_s);
    QCOMPARE(merged.at(0).toObject().value(u"service_implemented"_s).toString(), u"implemented"_s);
    QCOMPARE(merged.at(1).toObject().value(u"service_type"_s).toString(), u"health_medical_service"_s);
    QVERIFY(!merged.at(1).toObject().value(u"unique_id"_s).toString().isEmpty());
    QCOMPARE(data.all(u"primero"_s, u"cases"_s).size(), 5); // updated, not duplicated

    // The adaptor's upsert finds the case by its external id afterwards.
    r = primero->handle(makeRequest("GET", u"/api/v2/cases?oscar_number=OSC-1"_s, {}, auth));
    QCOMPARE(obj(r).value(u"data"_s).toArray().first().toObject().value(u"id"_s).toString(), id);
}

void TestSandboxSystems::primeroErrorsReferralsMetadata()
{
    SandboxData data;
    auto primero = makePrimero(data);
    primero->seed();
    const Headers auth = bearer(primeroToken(*primero));
    Response r = primero->handle(makeRequest("PATCH", u"/api/v2/cases/no-such-case"_s, json({{u"data"_s, QJsonObject{}}}), auth));
    QCOMPARE(r.status, 404);
    QCOMPARE(obj(r).value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toInt(), 404);

    r = primero->handle(makeRequest("POST", u"/api/v2/cases"_s, json({{u"data"_s, QJsonObject{{u"date_of_birth"_s, u"13/13/2020"_s}}}}), auth));
    QCOMPARE(r.status, 422);
    const QJsonObject error = obj(r).value(u"errors"_s).toArray().first().toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), 422);
    QCOMPARE(error.value(u"detail"_s).toString(), u"date_of_birth"_s);
    QCOMPARE(error.value(u"resource"_s).toString(), u"/api/v2/cases"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QCOMPARE(primero->handle(makeRequest("POST", u"/api/v2/cases"_s, "not json", auth)).status, 422);

    const QString caseId = u"ee03c7e4-46bd-40ed-9312-01ce08515f1a"_s;
    r = primero->handle(makeRequest("GET", u"/api/v2/cases/"_s + caseId + u"/referrals"_s, {}, auth));
    QCOMPARE(r.status, 200);
    const QJsonArray referrals = obj(r).value(u"data"_s).toArray();
    QCOMPARE(referrals.size(), 1);
    const QString referralId = referrals.first().toObject().value(u"id"_s).toString();
    r = primero->handle(makeRequest("PATCH", u"/api/v2/cases/"_s + caseId + u"/referrals/"_s + referralId,
                                    json({{u"data"_s, QJsonObject{{u"status"_s, u"accepted"_s}}}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(data.get(u"primero"_s, u"referrals"_s, referralId).value(u"status"_s).toString(), u"accepted"_s);
    r = primero->handle(makeRequest("PATCH", u"/api/v2/cases/"_s + caseId + u"/referrals/"_s + referralId,
                                    json({{u"data"_s, QJsonObject{{u"status"_s, u"maybe"_s}}}}), auth));
    QCOMPARE(r.status, 422);
    QCOMPARE(primero->handle(makeRequest("PATCH", u"/api/v2/cases/"_s + caseId + u"/referrals/nope"_s,
                                         json({{u"data"_s, QJsonObject{{u"status"_s, u"done"_s}}}}), auth)).status, 404);

    r = primero->handle(makeRequest("GET", u"/api/v2/lookups"_s, {}, auth));
    QCOMPARE(r.status, 200);
    bool found = false;
    for (const QJsonValue &l : obj(r).value(u"data"_s).toArray()) {
        if (l.toObject().value(u"unique_id"_s).toString() == u"lookup-case-transfer-reason"_s) {
            found = true;
            QCOMPARE(l.toObject().value(u"values"_s).toArray().size(), 6);
        }
    }
    QVERIFY(found);
    QVERIFY(!obj(primero->handle(makeRequest("GET", u"/api/v2/forms"_s, {}, auth))).value(u"data"_s).toArray().isEmpty());
    QVERIFY(!obj(primero->handle(makeRequest("GET", u"/api/v2/locations"_s, {}, auth))).value(u"data"_s).toArray().isEmpty());
}

void TestSandboxSystems::primeroV1Cookie()
{
    SandboxData data;
    auto primero = makePrimero(data);
    primero->seed();
    QCOMPARE(primero->handle(makeRequest("GET", u"/api/cases"_s)).status, 401);
    QCOMPARE(primero->handle(makeRequest("POST", u"/api/login"_s, json({{u"user_name"_s, u"primero_admin"_s}, {u"password"_s, u"x"_s}}))).status, 401);
    Response r = primero->handle(makeRequest("POST", u"/api/login"_s, json({{u"user_name"_s, u"primero_admin"_s}, {u"password"_s, u"sandbox-pass-1"_s}})));
    QCOMPARE(r.status, 200);
    const QByteArray cookie = header(r, "set-cookie").split(';').first();
    QVERIFY(cookie.startsWith("_primero_session="));
    r = primero->handle(makeRequest("GET", u"/api/cases?"_s + enc(u"scope[sex]"_s) + u"="_s + enc(u"list||female"_s), {}, {{"Cookie", cookie}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(arr(r).size(), 2);
    r = primero->handle(makeRequest("GET", u"/api/cases?"_s + enc(u"scope[last_updated_at]"_s) + u"="_s + enc(u"date_range||01-Jan-2022.31-Dec-2022"_s), {},
                                    {{"Cookie", cookie}}));
    QCOMPARE(arr(r).size(), 1);
    QCOMPARE(arr(r).first().toObject().value(u"_id"_s).toString(), u"e41c03f8-07f9-4394-80f6-6874681c4626"_s);
}

// ---- OSCaR ----

namespace {

Headers oscarLogin(System &oscar)
{
    const Response r = oscar.handle(makeRequest("POST", u"/api/v1/admin_auth/sign_in"_s,
                                                json({{u"email"_s, u"admin@oscar.sandbox"_s}, {u"password"_s, u"sandbox-pass-1"_s}})));
    return {{"access-token", header(r, "access-token")}, {"client", header(r, "client")}, {"uid", header(r, "uid")}};
}

} // namespace

void TestSandboxSystems::oscarHeaderAuth()
{
    SandboxData data;
    auto oscar = makeOscar(data);
    oscar->seed();
    Response r = oscar->handle(makeRequest("POST", u"/api/v1/admin_auth/sign_in"_s, json({{u"email"_s, u"admin@oscar.sandbox"_s}, {u"password"_s, u"bad"_s}})));
    QCOMPARE(r.status, 401);
    QVERIFY(header(r, "access-token").isEmpty());
    const Headers auth = oscarLogin(*oscar);
    for (const auto &h : auth)
        QVERIFY2(!h.second.isEmpty(), h.first.constData());
    QCOMPARE(auth.at(2).second, QByteArray("admin@oscar.sandbox"));

    QCOMPARE(oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients"_s)).status, 401);
    QCOMPARE(oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients"_s, {}, auth.mid(0, 2))).status, 401);
    Headers wrong = auth;
    wrong[1].second = "other-client";
    QCOMPARE(oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients"_s, {}, wrong)).status, 401);
    r = oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients"_s, {}, auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"data"_s).toArray().size(), 3);
    r = oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients?since_date=2023-01-01%2000:00:00"_s, {}, auth));
    QCOMPARE(obj(r).value(u"data"_s).toArray().size(), 2);
    r = oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients?since_date=2023-06-01+00:00:00"_s, {}, auth));
    QCOMPARE(obj(r).value(u"data"_s).toArray().size(), 1);
    QCOMPARE(oscar->handle(makeRequest("GET", u"/api/v1/organizations/clients?since_date=yesterday"_s, {}, auth)).status, 422);
}

void TestSandboxSystems::oscarUpsertAndStatuses()
{
    SandboxData data;
    auto oscar = makeOscar(data);
    oscar->seed();
    const Headers auth = oscarLogin(*oscar);
    Response r = oscar->handle(makeRequest("POST", u"/api/v1/organizations/clients/upsert"_s,
                                           json({{u"organization"_s, QJsonObject{{u"external_id"_s, u"case-77"_s}, {u"gender"_s, u"female"_s}}}}), auth));
    QCOMPARE(r.status, 422);
    QCOMPARE(obj(r).value(u"external_id"_s).toString(), u"case-77"_s);
    QVERIFY(obj(r).value(u"errors"_s).toObject().contains(u"given_name"_s));
    QVERIFY(!obj(r).value(u"message"_s).toString().isEmpty());

    QJsonObject client{{u"external_id"_s, u"case-77"_s}, {u"given_name"_s, u"Srey"_s}, {u"family_name"_s, u"Pov"_s},
                       {u"gender"_s, u"female"_s}, {u"date_of_birth"_s, u"2014-02-02"_s}, {u"organization_name"_s, u"demo"_s},
                       {u"services"_s, QJsonArray{QJsonObject{{u"uuid"_s, u"svc-1"_s}, {u"name"_s, u"Counselling"_s}}}}};
    r = oscar->handle(makeRequest("POST", u"/api/v1/organizations/clients/upsert"_s, json({{u"organization"_s, client}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"message"_s).toString(), u"Record saved."_s);
    QCOMPARE(obj(r).value(u"external_id"_s).toString(), u"case-77"_s);
    const QString globalId = obj(r).value(u"global_id"_s).toString();
    QCOMPARE(globalId.size(), 26);
    QCOMPARE(data.all(u"oscar"_s, u"clients"_s).size(), 4);

    client.insert(u"given_name"_s, u"Sreyneang"_s);
    r = oscar->handle(makeRequest("POST", u"/api/v1/organizations/clients/upsert"_s, json({{u"organization"_s, client}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(data.all(u"oscar"_s, u"clients"_s).size(), 4);
    QCOMPARE(data.get(u"oscar"_s, u"clients"_s, globalId).value(u"given_name"_s).toString(), u"Sreyneang"_s);

    r = oscar->handle(makeRequest("PUT", u"/api/v1/organizations/referrals/update_statuses"_s,
                                  json({{u"data"_s, QJsonArray{QJsonObject{{u"global_id"_s, globalId},
                                                                           {u"services"_s, QJsonArray{QJsonObject{{u"uuid"_s, u"svc-1"_s}, {u"referral_status"_s, u"Accepted"_s}}}}},
                                                               QJsonObject{{u"global_id"_s, u"01NOPE"_s}}}}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"data"_s).toArray().at(1).toObject().value(u"message"_s).toString(), u"Record not found."_s);
    const QJsonArray services = data.get(u"oscar"_s, u"clients"_s, globalId).value(u"services"_s).toArray();
    QCOMPARE(services.size(), 1);
    QCOMPARE(services.first().toObject().value(u"referral_status"_s).toString(), u"Accepted"_s);
    QCOMPARE(services.first().toObject().value(u"name"_s).toString(), u"Counselling"_s);

    r = oscar->handle(makeRequest("PUT", u"/api/v1/organizations/clients/update_links"_s,
                                  json({{u"data"_s, QJsonArray{QJsonObject{{u"global_id"_s, u"01FKZ3QW7C9M2V4R8T6Y0HBXNE"_s}, {u"external_id"_s, u"primero-case-9"_s}}}}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(data.get(u"oscar"_s, u"clients"_s, u"01FKZ3QW7C9M2V4R8T6Y0HBXNE"_s).value(u"external_id"_s).toString(), u"primero-case-9"_s);
    QCOMPARE(oscar->handle(makeRequest("PUT", u"/api/v1/organizations/clients/update_links"_s, json({{u"data"_s, u"x"_s}}), auth)).status, 422);
}

// ---- HIS ----

namespace {

QString hisToken(System &his)
{
    const Response r = his.handle(makeRequest("POST", u"/Users/login"_s, json({{u"email"_s, u"his_user@sandbox.local"_s}, {u"password"_s, u"sandbox-pass-1"_s}})));
    return obj(r).value(u"id"_s).toString();
}

} // namespace

void TestSandboxSystems::hisLoginAndPerson()
{
    SandboxData data;
    auto his = makeHis(data);
    his->seed();
    Response r = his->handle(makeRequest("POST", u"/Users/login"_s, json({{u"email"_s, u"his_user@sandbox.local"_s}, {u"password"_s, u"x"_s}})));
    QCOMPARE(r.status, 401);
    QCOMPARE(obj(r).value(u"error"_s).toObject().value(u"code"_s).toString(), u"LOGIN_FAILED"_s);
    r = his->handle(makeRequest("POST", u"/Users/login"_s, json({{u"email"_s, u"his_user@sandbox.local"_s}, {u"password"_s, u"sandbox-pass-1"_s}})));
    QCOMPARE(r.status, 200);
    const QString token = obj(r).value(u"id"_s).toString();
    QCOMPARE(token.size(), 64);
    QCOMPARE(obj(r).value(u"ttl"_s).toInt(), 1209600);
    QVERIFY(!obj(r).value(u"userId"_s).toString().isEmpty());
    QVERIFY(!obj(r).value(u"created"_s).toString().isEmpty());

    const QString filter = enc(uR"({"where":{"cid":"1417500060321"},"include":["interventions","riskmodel"]})"_s);
    r = his->handle(makeRequest("GET", u"/people/findOne?filter="_s + filter));
    QCOMPARE(r.status, 401);
    r = his->handle(makeRequest("GET", u"/people/findOne?filter="_s + filter + u"&access_token="_s + token));
    QCOMPARE(r.status, 200);
    QJsonObject person = obj(r);
    QCOMPARE(person.value(u"cid"_s).toString(), u"1417500060321"_s);
    QCOMPARE(person.value(u"interventions"_s).toArray().size(), 1);
    QCOMPARE(person.value(u"riskmodel"_s).toObject().value(u"risk_level"_s).toString(), u"high"_s);

    // Token in the Authorization header; without include no relations.
    r = his->handle(makeRequest("GET", u"/people/findOne?filter="_s + enc(uR"({"where":{"cid":"3411100424351"}})"_s), {}, {{"Authorization", token.toUtf8()}}));
    QCOMPARE(r.status, 200);
    person = obj(r);
    QCOMPARE(person.value(u"fname"_s).toString(), u"บุญผัน"_s);
    QVERIFY(!person.contains(u"interventions"_s));
    QVERIFY(!person.contains(u"riskmodel"_s));

    r = his->handle(makeRequest("GET", u"/people/findOne?filter="_s + enc(uR"({"where":{"cid":"0000000000000"}})"_s) + u"&access_token="_s + token));
    QCOMPARE(r.status, 404);
    const QJsonObject error = obj(r).value(u"error"_s).toObject();
    QCOMPARE(error.value(u"statusCode"_s).toInt(), 404);
    QCOMPARE(error.value(u"code"_s).toString(), u"MODEL_NOT_FOUND"_s);
    QCOMPARE(error.value(u"name"_s).toString(), u"Error"_s);
    QCOMPARE(his->handle(makeRequest("GET", u"/people/findOne?filter={bad&access_token="_s + token)).status, 400);
}

void TestSandboxSystems::hisInterventions()
{
    SandboxData data;
    auto his = makeHis(data);
    his->seed();
    const QString q = u"?access_token="_s + hisToken(*his);
    Response r = his->handle(makeRequest("POST", u"/interventions"_s + q, json({{u"vn"_s, u"670101000001"_s}, {u"vstdate"_s, u"2024-01-01"_s}})));
    QCOMPARE(r.status, 422);
    QCOMPARE(obj(r).value(u"error"_s).toObject().value(u"name"_s).toString(), u"ValidationError"_s);
    r = his->handle(makeRequest("POST", u"/interventions"_s + q, json({{u"cid"_s, u"1417500060321"_s}, {u"vn"_s, u"670101000001"_s}, {u"vstdate"_s, u"2024-01-01"_s}})));
    QCOMPARE(r.status, 200);
    const QString id = obj(r).value(u"id"_s).toString();
    QCOMPARE(id.size(), 24);
    r = his->handle(makeRequest("GET", u"/interventions"_s + q + u"&filter="_s + enc(uR"({"where":{"cid":"1417500060321"}})"_s)));
    QCOMPARE(arr(r).size(), 2);
    r = his->handle(makeRequest("PATCH", u"/interventions/"_s + id + q, json({{u"vsttime"_s, u"9:30:00"_s}})));
    QCOMPARE(r.status, 200);
    QCOMPARE(data.get(u"his"_s, u"interventions"_s, id).value(u"vsttime"_s).toString(), u"9:30:00"_s);
    QCOMPARE(data.get(u"his"_s, u"interventions"_s, id).value(u"vn"_s).toString(), u"670101000001"_s);
    QCOMPARE(data.all(u"his"_s, u"interventions"_s).size(), 3);
    QCOMPARE(his->handle(makeRequest("PATCH", u"/interventions/ffffffffffffffffffffffff"_s + q, json({{u"a"_s, 1}}))).status, 404);
    r = his->handle(makeRequest("GET", u"/people/findOne"_s + q + u"&filter="_s + enc(uR"({"where":{"cid":"1417500060321"},"include":"interventions"})"_s)));
    QCOMPARE(obj(r).value(u"interventions"_s).toArray().size(), 2);
}

// ---- RapidPro ----

void TestSandboxSystems::rapidProContacts()
{
    SandboxData data;
    auto rp = makeRapidPro(data);
    rp->seed();
    const Headers auth{{"Authorization", "Token sandbox-rapidpro-token-1"}};
    QCOMPARE(rp->handle(makeRequest("GET", u"/api/v2/contacts.json"_s)).status, 401);
    QCOMPARE(rp->handle(makeRequest("GET", u"/api/v2/contacts.json"_s, {}, {{"Authorization", "Token wrong"}})).status, 401);
    Response r = rp->handle(makeRequest("GET", u"/api/v2/contacts.json"_s, {}, auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 2);
    QVERIFY(obj(r).value(u"next"_s).isNull());

    r = rp->handle(makeRequest("POST", u"/api/v2/contacts.json"_s, json({{u"name"_s, u"Eric"_s}, {u"urns"_s, QJsonArray{u"tel:+250 788 000 001"_s}}}), auth));
    QCOMPARE(r.status, 201);
    const QString uuid = obj(r).value(u"uuid"_s).toString();
    QCOMPARE(obj(r).value(u"urns"_s).toArray().first().toString(), u"tel:+250788000001"_s);
    r = rp->handle(makeRequest("POST", u"/api/v2/contacts.json"_s, json({{u"urns"_s, QJsonArray{u"tel:+250788000001"_s}}}), auth));
    QCOMPARE(r.status, 400);
    QVERIFY(obj(r).contains(u"urns"_s));
    r = rp->handle(makeRequest("POST", u"/api/v2/contacts.json?urn="_s + enc(u"tel:+250788000001"_s), json({{u"name"_s, u"Eric N."_s}, {u"fields"_s, QJsonObject{{u"district"_s, u"Huye"_s}}}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"uuid"_s).toString(), uuid);
    QCOMPARE(data.all(u"rapidpro"_s, u"contacts"_s).size(), 3);
    QCOMPARE(data.get(u"rapidpro"_s, u"contacts"_s, uuid).value(u"name"_s).toString(), u"Eric N."_s);
    r = rp->handle(makeRequest("GET", u"/api/v2/contacts.json?urn="_s + enc(u"tel:+250788000001"_s), {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 1);
    QCOMPARE(obj(r).value(u"results"_s).toArray().first().toObject().value(u"fields"_s).toObject().value(u"district"_s).toString(), u"Huye"_s);
    r = rp->handle(makeRequest("GET", u"/api/v2/contacts.json?uuid=09d23a05-47fe-11e4-bfe9-b8f6b119e9ab"_s, {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 1);
    QCOMPARE(rp->handle(makeRequest("POST", u"/api/v2/contacts.json"_s, json({{u"urns"_s, QJsonArray{u"tel:0788"_s}}}), auth)).status, 400);
    QCOMPARE(rp->handle(makeRequest("POST", u"/api/v2/contacts.json?uuid=nope"_s, json({{u"name"_s, u"x"_s}}), auth)).status, 404);
    QCOMPARE(rp->handle(makeRequest("POST", u"/api/v2/contacts.json"_s, json({{u"groups"_s, QJsonArray{u"No such group"_s}}}), auth)).status, 400);
}

void TestSandboxSystems::rapidProPagingStartsBroadcasts()
{
    SandboxData data;
    auto rp = makeRapidPro(data);
    rp->seed();
    const Headers auth{{"Authorization", "Token sandbox-rapidpro-token-1"}};
    for (int i = 0; i < 251; ++i) {
        const Response r = rp->handle(makeRequest("POST", u"/api/v2/contacts.json"_s, json({{u"urns"_s, QJsonArray{u"tel:+25072%1"_s.arg(1000000 + i)}}}), auth));
        QCOMPARE(r.status, 201);
    }
    Response r = rp->handle(makeRequest("GET", u"/api/v2/contacts.json"_s, {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 250);
    const QString next = obj(r).value(u"next"_s).toString();
    QVERIFY(next.startsWith(u"http://127.0.0.1:1234/test/api/v2/contacts.json?cursor="_s));
    r = rp->handle(makeRequest("GET", next.mid(QStringLiteral("http://127.0.0.1:1234/test").size()), {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 3);
    QVERIFY(obj(r).value(u"next"_s).isNull());
    QVERIFY(!obj(r).value(u"previous"_s).toString().isEmpty());

    r = rp->handle(makeRequest("POST", u"/api/v2/flow_starts.json"_s, json({{u"flow"_s, u"nope"_s}, {u"urns"_s, QJsonArray{u"tel:+250788123123"_s}}}), auth));
    QCOMPARE(r.status, 400);
    QVERIFY(obj(r).contains(u"flow"_s));
    r = rp->handle(makeRequest("POST", u"/api/v2/flow_starts.json"_s, json({{u"flow"_s, u"f5901b62-ba76-4003-9c62-72fdacc1b7b7"_s}}), auth));
    QCOMPARE(r.status, 400);
    const int before = int(data.all(u"rapidpro"_s, u"contacts"_s).size());
    r = rp->handle(makeRequest("POST", u"/api/v2/flow_starts.json"_s,
                               json({{u"flow"_s, u"f5901b62-ba76-4003-9c62-72fdacc1b7b7"_s},
                                     {u"urns"_s, QJsonArray{u"tel:+250788999999"_s}},
                                     {u"contacts"_s, QJsonArray{u"09d23a05-47fe-11e4-bfe9-b8f6b119e9ab"_s}},
                                     {u"params"_s, QJsonObject{{u"visit_date"_s, u"2024-05-01"_s}}}}),
                               auth));
    QCOMPARE(r.status, 201);
    QCOMPARE(obj(r).value(u"status"_s).toString(), u"pending"_s);
    QCOMPARE(obj(r).value(u"contacts"_s).toArray().size(), 2);
    QCOMPARE(obj(r).value(u"flow"_s).toObject().value(u"name"_s).toString(), u"Registration"_s);
    QCOMPARE(obj(r).value(u"params"_s).toObject().value(u"visit_date"_s).toString(), u"2024-05-01"_s);
    QCOMPARE(int(data.all(u"rapidpro"_s, u"contacts"_s).size()), before + 1);
    QCOMPARE(data.all(u"rapidpro"_s, u"flow_starts"_s).size(), 1);

    QCOMPARE(rp->handle(makeRequest("POST", u"/api/v2/broadcasts.json"_s, json({{u"urns"_s, QJsonArray{u"tel:+250788123123"_s}}}), auth)).status, 400);
    r = rp->handle(makeRequest("POST", u"/api/v2/broadcasts.json"_s, json({{u"text"_s, u"Reminder: clinic tomorrow"_s}, {u"urns"_s, QJsonArray{u"tel:+250788123123"_s}}}), auth));
    QCOMPARE(r.status, 201);
    QCOMPARE(obj(r).value(u"status"_s).toString(), u"queued"_s);
    QCOMPARE(data.all(u"rapidpro"_s, u"broadcasts"_s).size(), 1);
}

// ---- CHT ----

void TestSandboxSystems::chtRecordsAndPhones()
{
    SandboxData data;
    auto cht = makeCht(data);
    cht->seed();
    const Headers auth{basic(u"medic"_s, u"sandbox-pass-1"_s)};
    QCOMPARE(cht->handle(makeRequest("POST", u"/api/v2/records"_s, json({}))).status, 401);
    QCOMPARE(cht->handle(makeRequest("POST", u"/api/v2/records"_s, json({}), {basic(u"medic"_s, u"x"_s)})).status, 401);

    Response r = cht->handle(makeRequest("POST", u"/api/v2/records"_s,
                                         json({{u"patient_name"_s, u"Mary"_s}, {u"lmp"_s, 10},
                                               {u"_meta"_s, QJsonObject{{u"form"_s, u"P"_s}, {u"from"_s, u"+254722000111"_s}, {u"reported_date"_s, 1700000000000.0}}}}),
                                         auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"success"_s).toBool(), true);
    const QString id = obj(r).value(u"id"_s).toString();
    const QJsonObject record = data.get(u"cht"_s, u"reports"_s, id);
    QCOMPARE(record.value(u"form"_s).toString(), u"P"_s);
    QCOMPARE(record.value(u"fields"_s).toObject().value(u"patient_name"_s).toString(), u"Mary"_s);
    QCOMPARE(qint64(record.value(u"reported_date"_s).toDouble()), Q_INT64_C(1700000000000));
    QVERIFY(!record.value(u"contact"_s).toObject().value(u"_id"_s).toString().isEmpty());
    r = cht->handle(makeRequest("POST", u"/api/v2/records"_s, json({{u"patient_name"_s, u"Mary"_s}}), auth));
    QCOMPARE(r.status, 400);

    r = cht->handle(makeRequest("GET", u"/api/v1/contacts-by-phone"_s, {}, auth));
    QCOMPARE(r.status, 400);
    QCOMPARE(obj(r).value(u"ok"_s).toBool(true), false);
    QCOMPARE(cht->handle(makeRequest("GET", u"/api/v1/contacts-by-phone?phone=abc"_s, {}, auth)).status, 400);
    r = cht->handle(makeRequest("GET", u"/api/v1/contacts-by-phone?phone="_s + enc(u"+254700000000"_s), {}, auth));
    QCOMPARE(r.status, 404);
    QCOMPARE(obj(r).value(u"ok"_s).toBool(true), false);
    QVERIFY(!obj(r).value(u"error"_s).toString().isEmpty());
    r = cht->handle(makeRequest("GET", u"/api/v1/contacts-by-phone?phone="_s + enc(u"+254 722 000 111"_s), {}, auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"ok"_s).toBool(), true);
    const QJsonArray docs = obj(r).value(u"docs"_s).toArray();
    QCOMPARE(docs.size(), 2);
    QCOMPARE(docs.first().toObject().value(u"parent"_s).toObject().value(u"name"_s).toString(), u"Achieng's Household"_s);
}

// ---- OpenMRS ----

void TestSandboxSystems::openMrsPatients()
{
    SandboxData data;
    auto omrs = makeOpenMrs(data);
    omrs->seed();
    const Headers auth{basic(u"admin"_s, u"sandbox-pass-1"_s)};
    QCOMPARE(omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient?q=Grace"_s)).status, 401);
    QCOMPARE(omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient?q=Grace"_s, {}, {basic(u"admin"_s, u"Admin123"_s)})).status, 401);
    Response r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient?q=Grace"_s, {}, auth));
    QCOMPARE(r.status, 200);
    QJsonArray results = obj(r).value(u"results"_s).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(u"display"_s).toString(), u"10001YX - Grace Njeri"_s);
    QVERIFY(!results.first().toObject().contains(u"person"_s)); // ref representation
    const QString uuid = results.first().toObject().value(u"uuid"_s).toString();

    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient/"_s + uuid, {}, auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"person"_s).toObject().value(u"gender"_s).toString(), u"F"_s);
    QVERIFY(!obj(r).contains(u"auditInfo"_s));
    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient/"_s + uuid + u"?v=full"_s, {}, auth));
    QVERIFY(obj(r).contains(u"auditInfo"_s));
    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient/"_s + uuid + u"?v=custom:(uuid,identifiers)"_s, {}, auth));
    QCOMPARE(obj(r).keys(), (QStringList{u"identifiers"_s, u"uuid"_s}));
    QCOMPARE(omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient/00000000-0000-0000-0000-000000000000"_s, {}, auth)).status, 404);

    const QJsonObject newPatient{{u"person"_s, QJsonObject{{u"gender"_s, u"M"_s}, {u"birthdate"_s, u"2019-04-10"_s},
                                                           {u"names"_s, QJsonArray{QJsonObject{{u"givenName"_s, u"Peter"_s}, {u"familyName"_s, u"Kamau"_s}}}}}},
                                 {u"identifiers"_s, QJsonArray{QJsonObject{{u"identifier"_s, u"10003BY"_s},
                                                                           {u"identifierType"_s, u"05a29f94-c0ed-11e2-94be-8c13d1b2e3f1"_s},
                                                                           {u"location"_s, u"44c3efb0-2583-4c80-a79e-1f756a03c0a1"_s}}}}};
    r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/patient"_s, json(newPatient), auth));
    QCOMPARE(r.status, 201);
    const QString created = obj(r).value(u"uuid"_s).toString();
    QCOMPARE(obj(r).value(u"display"_s).toString(), u"10003BY - Peter Kamau"_s);
    QVERIFY(data.contains(u"openmrs"_s, u"person"_s, created));
    r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/patient"_s, json(newPatient), auth));
    QCOMPARE(r.status, 400);
    QVERIFY(obj(r).value(u"error"_s).toObject().value(u"fieldErrors"_s).toObject().contains(u"identifiers"_s));
    r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/person"_s, json({{u"names"_s, QJsonArray{QJsonObject{{u"givenName"_s, u"X"_s}}}}}), auth));
    QCOMPARE(r.status, 400);
    QVERIFY(obj(r).value(u"error"_s).toObject().value(u"fieldErrors"_s).toObject().contains(u"gender"_s));

    // Update through POST /person/{uuid}: the patient's embedded person follows.
    r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/person/"_s + created,
                                 json({{u"names"_s, QJsonArray{QJsonObject{{u"givenName"_s, u"Peter"_s}, {u"familyName"_s, u"Kamau-Njoroge"_s}}}}}), auth));
    QCOMPARE(r.status, 200);
    QCOMPARE(data.get(u"openmrs"_s, u"patient"_s, created).value(u"display"_s).toString(), u"10003BY - Peter Kamau-Njoroge"_s);
    QCOMPARE(data.all(u"openmrs"_s, u"patient"_s).size(), 3);

    QCOMPARE(omrs->handle(makeRequest("DELETE", u"/ws/rest/v1/patient/"_s + created, {}, auth)).status, 204);
    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/patient?q=Peter"_s, {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 0);
}

void TestSandboxSystems::openMrsPagingEncounters()
{
    SandboxData data;
    auto omrs = makeOpenMrs(data);
    omrs->seed();
    const Headers auth{basic(u"admin"_s, u"sandbox-pass-1"_s)};
    for (int i = 0; i < 3; ++i) {
        const Response r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/person"_s,
                                                    json({{u"gender"_s, u"F"_s}, {u"names"_s, QJsonArray{QJsonObject{{u"givenName"_s, u"Extra%1"_s.arg(i)}, {u"familyName"_s, u"Person"_s}}}}}), auth));
        QCOMPARE(r.status, 201);
    }
    Response r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/person?limit=4&totalCount=true"_s, {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 4);
    QCOMPARE(obj(r).value(u"totalCount"_s).toInt(), 6);
    QJsonArray links = obj(r).value(u"links"_s).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(u"rel"_s).toString(), u"next"_s);
    QVERIFY(links.first().toObject().value(u"uri"_s).toString().contains(u"startIndex=4"_s));
    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/person?limit=4&startIndex=4"_s, {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 2);
    links = obj(r).value(u"links"_s).toArray();
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().toObject().value(u"rel"_s).toString(), u"prev"_s);

    const QString patient = u"e3a2b3c4-9d5f-4c70-b182-3c4d5e6f7a83"_s;
    r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/encounter"_s,
                                 json({{u"patient"_s, patient}, {u"encounterType"_s, u"67a71486-1a54-468f-ac3e-7091a9a79584"_s},
                                       {u"encounterDatetime"_s, u"2024-03-01T10:00:00.000+0000"_s},
                                       {u"obs"_s, QJsonArray{QJsonObject{{u"concept"_s, u"5088AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"_s}, {u"value"_s, 38.2}}}}}),
                                 auth));
    QCOMPARE(r.status, 201);
    QCOMPARE(obj(r).value(u"obs"_s).toArray().size(), 1);
    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/obs?patient="_s + patient + u"&v=default"_s, {}, auth));
    {
        const QJsonArray obs = obj(r).value(u"results"_s).toArray();
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs.first().toObject().value(u"value"_s).toDouble(), 38.2);
        QCOMPARE(obs.first().toObject().value(u"display"_s).toString(), u"Temperature (C): 38.2"_s);
    }
    r = omrs->handle(makeRequest("GET", u"/ws/rest/v1/encounter?patient="_s + patient, {}, auth));
    QCOMPARE(obj(r).value(u"results"_s).toArray().size(), 1);
    QCOMPARE(omrs->handle(makeRequest("POST", u"/ws/rest/v1/encounter"_s, json({{u"patient"_s, patient}}), auth)).status, 400);
    QCOMPARE(omrs->handle(makeRequest("POST", u"/ws/rest/v1/visit"_s, json({{u"patient"_s, u"nope"_s}, {u"visitType"_s, u"7b0f5697-27e3-40c4-8bae-f4049abfb4ed"_s}}), auth)).status, 400);
    r = omrs->handle(makeRequest("POST", u"/ws/rest/v1/visit"_s, json({{u"patient"_s, patient}, {u"visitType"_s, u"7b0f5697-27e3-40c4-8bae-f4049abfb4ed"_s}}), auth));
    QCOMPARE(r.status, 201);
}

// ---- DHIS2 ----

namespace {

const Headers kDhisAuth{{"Authorization", "Basic " + QByteArray("admin:sandbox-pass-1").toBase64()}};

QJsonObject personPayload(const QString &firstName)
{
    const QJsonObject event{{u"programStage"_s, u"A03MvHHogjR"_s}, {u"orgUnit"_s, u"DiszpKrYNg8"_s}, {u"status"_s, u"ACTIVE"_s},
                            {u"occurredAt"_s, u"2024-04-02"_s},
                            {u"dataValues"_s, QJsonArray{QJsonObject{{u"dataElement"_s, u"UXz7xuGCEhU"_s}, {u"value"_s, u"3100"_s}}}}};
    const QJsonObject enrollment{{u"program"_s, u"IpHINAT79UW"_s}, {u"orgUnit"_s, u"DiszpKrYNg8"_s}, {u"enrolledAt"_s, u"2024-04-01"_s},
                                 {u"events"_s, QJsonArray{event}}};
    const QJsonObject te{{u"trackedEntityType"_s, u"nEenWmSyUEp"_s}, {u"orgUnit"_s, u"DiszpKrYNg8"_s},
                         {u"attributes"_s, QJsonArray{QJsonObject{{u"attribute"_s, u"w75KJ2mc4zz"_s}, {u"value"_s, firstName}},
                                                      QJsonObject{{u"attribute"_s, u"zDhUuAYrxNC"_s}, {u"value"_s, u"Sesay"_s}}}},
                         {u"enrollments"_s, QJsonArray{enrollment}}};
    return QJsonObject{{u"trackedEntities"_s, QJsonArray{te}}};
}

QString objectUid(const QJsonObject &report, const QString &type)
{
    return report.value(u"bundleReport"_s).toObject().value(u"typeReportMap"_s).toObject().value(type).toObject()
        .value(u"objectReports"_s).toArray().first().toObject().value(u"uid"_s).toString();
}

const QString kSyncImport = u"/api/tracker?async=false&importStrategy=CREATE_AND_UPDATE"_s;

} // namespace

void TestSandboxSystems::dhis2TrackerUpsert()
{
    SandboxData data;
    auto dhis = makeDhis2(data);
    dhis->seed();
    QCOMPARE(dhis->handle(makeRequest("POST", kSyncImport, json(personPayload(u"Aminata"_s)))).status, 401);
    QCOMPARE(dhis->handle(makeRequest("GET", u"/api/me"_s, {}, {{"Authorization", "ApiToken d2pat_wrong"}})).status, 401);
    QCOMPARE(dhis->handle(makeRequest("GET", u"/api/me"_s, {}, {{"Authorization", "ApiToken d2pat_sandboxToken000000000000000000000000001"}})).status, 200);

    Response r = dhis->handle(makeRequest("POST", kSyncImport, json(personPayload(u"Aminata"_s)), kDhisAuth));
    QCOMPARE(r.status, 200);
    QJsonObject report = obj(r);
    QCOMPARE(report.value(u"status"_s).toString(), u"OK"_s);
    QCOMPARE(report.value(u"stats"_s).toObject().value(u"created"_s).toInt(), 3);
    QCOMPARE(report.value(u"stats"_s).toObject().value(u"total"_s).toInt(), 3);
    const QString te = objectUid(report, u"TRACKED_ENTITY"_s);
    const QString enrollment = objectUid(report, u"ENROLLMENT"_s);
    const QString event = objectUid(report, u"EVENT"_s);
    QVERIFY(QRegularExpression(u"^[A-Za-z][A-Za-z0-9]{10}$"_s).match(te).hasMatch());
    QCOMPARE(data.get(u"dhis2"_s, u"enrollments"_s, enrollment).value(u"trackedEntity"_s).toString(), te);
    QCOMPARE(data.get(u"dhis2"_s, u"events"_s, event).value(u"enrollment"_s).toString(), enrollment);
    QCOMPARE(data.all(u"dhis2"_s, u"trackedEntities"_s).size(), 2);

    // The same uids again: updates, no duplicates; attributes merge by attribute.
    QJsonObject payload = personPayload(u"Aminata"_s);
    QJsonArray tes = payload.value(u"trackedEntities"_s).toArray();
    QJsonObject t = tes.first().toObject();
    t.insert(u"trackedEntity"_s, te);
    t.insert(u"attributes"_s, QJsonArray{QJsonObject{{u"attribute"_s, u"w75KJ2mc4zz"_s}, {u"value"_s, u"Aminata B."_s}}});
    QJsonArray ens = t.value(u"enrollments"_s).toArray();
    QJsonObject en = ens.first().toObject();
    en.insert(u"enrollment"_s, enrollment);
    QJsonArray evs = en.value(u"events"_s).toArray();
    QJsonObject ev = evs.first().toObject();
    ev.insert(u"event"_s, event);
    ev.insert(u"dataValues"_s, QJsonArray{QJsonObject{{u"dataElement"_s, u"a3kGcGDCuk6"_s}, {u"value"_s, u"8"_s}}});
    en.insert(u"events"_s, QJsonArray{ev});
    t.insert(u"enrollments"_s, QJsonArray{en});
    payload.insert(u"trackedEntities"_s, QJsonArray{t});
    r = dhis->handle(makeRequest("POST", kSyncImport, json(payload), kDhisAuth));
    QCOMPARE(r.status, 200);
    report = obj(r);
    QCOMPARE(report.value(u"stats"_s).toObject().value(u"updated"_s).toInt(), 3);
    QCOMPARE(report.value(u"stats"_s).toObject().value(u"created"_s).toInt(), 0);
    QCOMPARE(data.all(u"dhis2"_s, u"trackedEntities"_s).size(), 2);
    QCOMPARE(data.all(u"dhis2"_s, u"events"_s).size(), 3);
    const QJsonArray attributes = data.get(u"dhis2"_s, u"trackedEntities"_s, te).value(u"attributes"_s).toArray();
    QCOMPARE(attributes.size(), 2);
    QCOMPARE(attributes.at(0).toObject().value(u"value"_s).toString(), u"Aminata B."_s);
    QCOMPARE(attributes.at(1).toObject().value(u"value"_s).toString(), u"Sesay"_s);
    QCOMPARE(data.get(u"dhis2"_s, u"events"_s, event).value(u"dataValues"_s).toArray().size(), 2);

    // Flat events referencing an existing enrollment, and DELETE.
    r = dhis->handle(makeRequest("POST", kSyncImport,
                                 json({{u"events"_s, QJsonArray{QJsonObject{{u"enrollment"_s, enrollment}, {u"programStage"_s, u"ZzYYXq4fJie"_s},
                                                                            {u"orgUnit"_s, u"DiszpKrYNg8"_s}, {u"occurredAt"_s, u"2024-04-20"_s}}}}}),
                                 kDhisAuth));
    QCOMPARE(r.status, 200);
    const QString second = objectUid(obj(r), u"EVENT"_s);
    QCOMPARE(data.get(u"dhis2"_s, u"events"_s, second).value(u"trackedEntity"_s).toString(), te);
    r = dhis->handle(makeRequest("POST", u"/api/tracker?async=false&importStrategy=DELETE"_s,
                                 json({{u"trackedEntities"_s, QJsonArray{QJsonObject{{u"trackedEntity"_s, te}}}}}), kDhisAuth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"stats"_s).toObject().value(u"deleted"_s).toInt(), 1);
    QVERIFY(!data.contains(u"dhis2"_s, u"trackedEntities"_s, te));
    QVERIFY(!data.contains(u"dhis2"_s, u"events"_s, second));

    // Asynchronous by default: a job whose report can be fetched.
    r = dhis->handle(makeRequest("POST", u"/api/tracker"_s, json(personPayload(u"Hawa"_s)), kDhisAuth));
    QCOMPARE(r.status, 200);
    const QString job = obj(r).value(u"response"_s).toObject().value(u"id"_s).toString();
    QVERIFY(!job.isEmpty());
    r = dhis->handle(makeRequest("GET", u"/api/tracker/jobs/"_s + job + u"/report"_s, {}, kDhisAuth));
    QCOMPARE(obj(r).value(u"stats"_s).toObject().value(u"created"_s).toInt(), 3);
}

void TestSandboxSystems::dhis2TrackerErrorsAndExport()
{
    SandboxData data;
    auto dhis = makeDhis2(data);
    dhis->seed();
    QJsonObject payload = personPayload(u"Mariama"_s);
    QJsonArray tes = payload.value(u"trackedEntities"_s).toArray();
    QJsonObject bad = tes.first().toObject();
    bad.insert(u"orgUnit"_s, u"NoSuchOrgUn"_s);
    QJsonObject good = personPayload(u"Isatu"_s).value(u"trackedEntities"_s).toArray().first().toObject();
    payload.insert(u"trackedEntities"_s, QJsonArray{bad, good});
    Response r = dhis->handle(makeRequest("POST", kSyncImport, json(payload), kDhisAuth));
    QCOMPARE(r.status, 409);
    QCOMPARE(obj(r).value(u"status"_s).toString(), u"ERROR"_s);
    const QJsonArray errors = obj(r).value(u"validationReport"_s).toObject().value(u"errorReports"_s).toArray();
    QCOMPARE(errors.first().toObject().value(u"errorCode"_s).toString(), u"E1049"_s);
    QCOMPARE(obj(r).value(u"stats"_s).toObject().value(u"ignored"_s).toInt(), 6);
    QCOMPARE(data.all(u"dhis2"_s, u"trackedEntities"_s).size(), 1); // atomic: nothing imported

    r = dhis->handle(makeRequest("POST", kSyncImport + u"&atomicMode=OBJECT"_s, json(payload), kDhisAuth));
    QCOMPARE(obj(r).value(u"stats"_s).toObject().value(u"created"_s).toInt(), 3);
    QCOMPARE(data.all(u"dhis2"_s, u"trackedEntities"_s).size(), 2);

    r = dhis->handle(makeRequest("POST", u"/api/tracker?async=false&importStrategy=CREATE"_s,
                                 json({{u"trackedEntities"_s, QJsonArray{QJsonObject{{u"trackedEntity"_s, u"PQfMcpmXeFE"_s}, {u"trackedEntityType"_s, u"nEenWmSyUEp"_s},
                                                                                     {u"orgUnit"_s, u"DiszpKrYNg8"_s}}}}}),
                                 kDhisAuth));
    QCOMPARE(r.status, 409);
    QCOMPARE(obj(r).value(u"validationReport"_s).toObject().value(u"errorReports"_s).toArray().first().toObject().value(u"errorCode"_s).toString(), u"E1002"_s);
    r = dhis->handle(makeRequest("POST", kSyncImport, json({{u"trackedEntities"_s, QJsonArray{QJsonObject{{u"trackedEntity"_s, u"bad uid"_s}}}}}), kDhisAuth));
    QCOMPARE(obj(r).value(u"validationReport"_s).toObject().value(u"errorReports"_s).toArray().first().toObject().value(u"errorCode"_s).toString(), u"E1048"_s);

    QCOMPARE(dhis->handle(makeRequest("GET", u"/api/tracker/trackedEntities?orgUnit=DiszpKrYNg8"_s, {}, kDhisAuth)).status, 400);
    r = dhis->handle(makeRequest("GET", u"/api/tracker/trackedEntities?program=IpHINAT79UW&orgUnit=DiszpKrYNg8&totalPages=true&pageSize=1&page=2"_s, {}, kDhisAuth));
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"instances"_s).toArray().size(), 1);
    QCOMPARE(obj(r).value(u"trackedEntities"_s).toArray().size(), 1);
    QCOMPARE(obj(r).value(u"page"_s).toInt(), 2);
    QCOMPARE(obj(r).value(u"pageSize"_s).toInt(), 1);
    QCOMPARE(obj(r).value(u"total"_s).toInt(), 2);
    r = dhis->handle(makeRequest("GET", u"/api/tracker/trackedEntities?trackedEntityType=nEenWmSyUEp&filter=w75KJ2mc4zz:eq:Fatmata&fields=*"_s, {}, kDhisAuth));
    const QJsonArray found = obj(r).value(u"instances"_s).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().toObject().value(u"enrollments"_s).toArray().first().toObject().value(u"events"_s).toArray().size(), 1);
    r = dhis->handle(makeRequest("GET", u"/api/tracker/events?program=eBAyeGv0exc"_s, {}, kDhisAuth));
    QCOMPARE(obj(r).value(u"events"_s).toArray().size(), 1);
    r = dhis->handle(makeRequest("GET", u"/api/tracker/events?orgUnit=O6uvpzGd5pu&ouMode=DESCENDANTS&occurredAfter=2024-02-01"_s, {}, kDhisAuth));
    QCOMPARE(obj(r).value(u"instances"_s).toArray().size(), 2); // the seeded one and the new Isatu event
    QCOMPARE(dhis->handle(makeRequest("GET", u"/api/tracker/trackedEntities/NoSuchTEiii"_s, {}, kDhisAuth)).status, 404);
    QCOMPARE(dhis->handle(makeRequest("GET", u"/api/tracker/trackedEntities/PQfMcpmXeFE"_s, {}, kDhisAuth)).status, 200);
}

void TestSandboxSystems::dhis2DataValueSets()
{
    SandboxData data;
    auto dhis = makeDhis2(data);
    dhis->seed();
    const QJsonObject set{{u"dataSet"_s, u"BfMAe6Itzgt"_s}, {u"period"_s, u"202402"_s}, {u"orgUnit"_s, u"DiszpKrYNg8"_s},
                          {u"dataValues"_s, QJsonArray{QJsonObject{{u"dataElement"_s, u"s46m5MS0hxu"_s}, {u"value"_s, u"7"_s}},
                                                       QJsonObject{{u"dataElement"_s, u"pikOziyCXbM"_s}, {u"value"_s, 5}}}}};
    Response r = dhis->handle(makeRequest("POST", u"/api/dataValueSets"_s, json(set), kDhisAuth));
    QCOMPARE(r.status, 200);
    QJsonObject summary = obj(r).value(u"response"_s).toObject();
    QCOMPARE(summary.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(summary.value(u"importCount"_s).toObject().value(u"imported"_s).toInt(), 2);
    r = dhis->handle(makeRequest("POST", u"/api/dataValueSets"_s, json(set), kDhisAuth));
    summary = obj(r).value(u"response"_s).toObject();
    QCOMPARE(summary.value(u"importCount"_s).toObject().value(u"updated"_s).toInt(), 2);
    QCOMPARE(summary.value(u"importCount"_s).toObject().value(u"imported"_s).toInt(), 0);
    QCOMPARE(data.all(u"dhis2"_s, u"dataValues"_s).size(), 5);

    // Older API versions answer with the bare import summary.
    r = dhis->handle(makeRequest("POST", u"/api/37/dataValueSets"_s, json(set), kDhisAuth));
    QCOMPARE(obj(r).value(u"importCount"_s).toObject().value(u"updated"_s).toInt(), 2);

    QJsonObject wrong = set;
    wrong.insert(u"dataValues"_s, QJsonArray{QJsonObject{{u"dataElement"_s, u"NoSuchDE123"_s}, {u"value"_s, u"1"_s}},
                                             QJsonObject{{u"dataElement"_s, u"pikOziyCXbM"_s}, {u"value"_s, u"-3"_s}},
                                             QJsonObject{{u"dataElement"_s, u"s46m5MS0hxu"_s}, {u"value"_s, u"9"_s}}});
    r = dhis->handle(makeRequest("POST", u"/api/dataValueSets"_s, json(wrong), kDhisAuth));
    QCOMPARE(r.status, 409);
    summary = obj(r).value(u"response"_s).toObject();
    QCOMPARE(summary.value(u"status"_s).toString(), u"WARNING"_s);
    QCOMPARE(summary.value(u"importCount"_s).toObject().value(u"ignored"_s).toInt(), 2);
    QCOMPARE(summary.value(u"importCount"_s).toObject().value(u"updated"_s).toInt(), 1);
    QCOMPARE(summary.value(u"conflicts"_s).toArray().size(), 2);

    r = dhis->handle(makeRequest("GET", u"/api/dataValueSets?dataSet=BfMAe6Itzgt&period=202402&orgUnit=DiszpKrYNg8"_s, {}, kDhisAuth));
    QCOMPARE(r.status, 200);
    const QJsonArray values = obj(r).value(u"dataValues"_s).toArray();
    QCOMPARE(values.size(), 2);
    for (const QJsonValue &v : values) {
        if (v.toObject().value(u"dataElement"_s).toString() == u"s46m5MS0hxu"_s)
            QCOMPARE(v.toObject().value(u"value"_s).toString(), u"9"_s);
    }
    QCOMPARE(dhis->handle(makeRequest("GET", u"/api/dataValueSets?period=202402&orgUnit=DiszpKrYNg8"_s, {}, kDhisAuth)).status, 409);
    r = dhis->handle(makeRequest("GET", u"/api/dataValueSets?dataSet=QX4ZTUbOt3a&period=202401&orgUnit=DiszpKrYNg8"_s, {}, kDhisAuth));
    QCOMPARE(obj(r).value(u"dataValues"_s).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxSystems)
#include "tst_sandbox_systems.moc"
