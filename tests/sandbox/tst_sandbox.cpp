// The built-in sandbox over real HTTP: routing, fault knob, request log, and the
// Salesforce, CommCare and Infobip emulators as their clients see them.
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace sb::sandbox;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QJsonValue json() const
    {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    QJsonObject object() const { return json().toObject(); }
    QJsonArray array() const { return json().toArray(); }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    QNetworkAccessManager m_net;

    Reply call(const QByteArray &method, const QString &url, const Headers &headers = {}, const QByteArray &body = {},
               int transferTimeoutMs = 60000, QHttpMultiPart *multipart = nullptr)
    {
        QNetworkRequest request{QUrl(url)};
        request.setTransferTimeout(transferTimeoutMs);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = multipart ? m_net.post(request, multipart) : m_net.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(90000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->isOpen() ? reply->readAll() : QByteArray();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    QString url(const QString &system, const QString &path) const { return m_sandbox.systemUrl(system) + path; }

    // Salesforce: an OAuth session and the REST calls with it.
    QByteArray m_bearer;
    Headers sf() const { return {{"Authorization", "Bearer " + m_bearer}}; }
    QString sfData(const QString &path) const { return url(QStringLiteral("salesforce"), QStringLiteral("/services/data/v58.0") + path); }
    Reply soql(const QString &query, const Headers &extra = {})
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
        return call("GET", sfData(QStringLiteral("/query?")) + q.toString(QUrl::FullyEncoded), sf() + extra);
    }

    Headers commcare() const
    {
        const QJsonObject c = m_sandbox.configuration(QStringLiteral("commcare"));
        return {{"Authorization", "ApiKey " + c.value(QStringLiteral("username")).toString().toUtf8() + ':'
                                      + c.value(QStringLiteral("apiKey")).toString().toUtf8()}};
    }
    QString ccList(const QString &what, const QString &query = {}) const
    {
        const QString domain = m_sandbox.configuration(QStringLiteral("commcare")).value(QStringLiteral("domain")).toString();
        return url(QStringLiteral("commcare"), QStringLiteral("/a/%1/api/v0.5/%2/").arg(domain, what)) + query;
    }

    Headers infobip() const
    {
        return {{"Authorization",
                 "App " + m_sandbox.configuration(QStringLiteral("infobip")).value(QStringLiteral("apiKey")).toString().toUtf8()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const sb::Status started = m_sandbox.start();
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        QVERIFY(m_sandbox.isRunning());
        QVERIFY(m_sandbox.port() > 0);
    }

    void init()
    {
        m_sandbox.reset();
        m_sandbox.clearRequests();
        const QJsonObject c = m_sandbox.configuration(QStringLiteral("salesforce"));
        QVERIFY(!c.isEmpty());
        // Tests use the OAuth flow for REST calls; SOAP has its own test.
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-client-id"));
        form.addQueryItem(QStringLiteral("client_secret"), QStringLiteral("sandbox-client-secret"));
        form.addQueryItem(QStringLiteral("username"), c.value(QStringLiteral("username")).toString());
        form.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                          c.value(QStringLiteral("password")).toString()
                                                          + c.value(QStringLiteral("securityToken")).toString())));
        const Reply r = call("POST", url(QStringLiteral("salesforce"), QStringLiteral("/services/oauth2/token")),
                             {{"Content-Type", "application/x-www-form-urlencoded"}}, form.toString(QUrl::FullyEncoded).toUtf8());
        QCOMPARE(r.status, 200);
        m_bearer = r.object().value(QStringLiteral("access_token")).toString().toUtf8();
        QVERIFY(!m_bearer.isEmpty());
        QCOMPARE(r.object().value(QStringLiteral("instance_url")).toString(), m_sandbox.systemUrl(QStringLiteral("salesforce")));
        QCOMPARE(r.object().value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    }

    // --- the server -------------------------------------------------------------------

    void systemsInStableOrder()
    {
        const QList<SystemInfo> systems = m_sandbox.systems();
        QVERIFY(systems.size() >= 3);
        QCOMPARE(systems.at(0).id, QStringLiteral("salesforce"));
        QCOMPARE(systems.at(1).id, QStringLiteral("commcare"));
        QCOMPARE(systems.at(2).id, QStringLiteral("infobip"));
        const QStringList order = {QStringLiteral("salesforce"), QStringLiteral("commcare"), QStringLiteral("infobip"),
                                   QStringLiteral("primero"), QStringLiteral("oscar"), QStringLiteral("his"),
                                   QStringLiteral("rapidpro"), QStringLiteral("cht"), QStringLiteral("openmrs"),
                                   QStringLiteral("dhis2")};
        int last = -1;
        for (const SystemInfo &s : systems) {
            const int at = int(order.indexOf(s.id));
            QVERIFY2(at > last, qPrintable(s.id));
            last = at;
            QCOMPARE(s.url, m_sandbox.baseUrl() + QLatin1Char('/') + s.id);
            QVERIFY(!s.configuration.isEmpty());
            QVERIFY(!s.loginHint.isEmpty());
        }
        const QJsonObject sfc = m_sandbox.configuration(QStringLiteral("salesforce"));
        for (const char *k : {"loginUrl", "username", "password", "securityToken"})
            QVERIFY2(sfc.contains(QLatin1String(k)), k);
        const QJsonObject cc = m_sandbox.configuration(QStringLiteral("commcare"));
        for (const char *k : {"hostUrl", "domain", "username", "apiKey", "appId"})
            QVERIFY2(cc.contains(QLatin1String(k)), k);
        QCOMPARE(m_sandbox.configuration(QStringLiteral("infobip")).value(QStringLiteral("baseUrl")).toString(),
                 m_sandbox.systemUrl(QStringLiteral("infobip")));
    }

    void unknownPrefixIs404WithTheSystems()
    {
        const Reply r = call("GET", m_sandbox.baseUrl() + QStringLiteral("/nope/x"));
        QCOMPARE(r.status, 404);
        const QString error = r.object().value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("/nope")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("salesforce, commcare, infobip")), qPrintable(error));
    }

    void takenPortNamesAddressAndRemedy()
    {
        Sandbox second;
        const sb::Status started = second.start(QStringLiteral("127.0.0.1"), m_sandbox.port());
        QVERIFY(!started.ok());
        const QString message = started.error().message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(m_sandbox.port())), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("--listen HOST:PORT")), qPrintable(message));
        QVERIFY(!second.isRunning());
    }

    void requestLogRecordsWhatWasSent()
    {
        QSignalSpy handled(&m_sandbox, &Sandbox::requestHandled);
        const Reply r = call("POST", url(QStringLiteral("infobip"), QStringLiteral("/sms/2/text/advanced?trace=1")),
                             infobip() + Headers{{"X-Test", "yes"}},
                             R"({"messages":[{"from":"SB","destinations":[{"to":"2348031234567"}],"text":"hi"}]})");
        QCOMPARE(r.status, 200);
        const QList<RecordedRequest> log = m_sandbox.requests(QStringLiteral("infobip"));
        QCOMPARE(log.size(), 1);
        const RecordedRequest &rec = log.first();
        QCOMPARE(rec.system, QStringLiteral("infobip"));
        QCOMPARE(rec.method, QByteArray("POST"));
        QCOMPARE(rec.path, QStringLiteral("/sms/2/text/advanced"));
        QCOMPARE(rec.query, QStringLiteral("trace=1"));
        QCOMPARE(rec.status, 200);
        QVERIFY(rec.body.contains("2348031234567"));
        bool sawHeader = false;
        for (const auto &[name, value] : rec.headers)
            sawHeader = sawHeader || (name.toLower() == "x-test" && value == "yes");
        QVERIFY(sawHeader);
        QVERIFY(rec.at.isValid());
        QVERIFY(m_sandbox.requests(QStringLiteral("commcare")).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(handled.size() >= 1, 30000);
        QCOMPARE(handled.last().at(0).toString(), QStringLiteral("infobip"));
        QCOMPARE(handled.last().at(1).toInt(), 200);
    }

    void percentDecodedPath()
    {
        // An external id with a space and a slash, percent-encoded in the URL.
        const Reply created = call("PATCH", sfData(QStringLiteral("/sobjects/Contact/CommCare_Case_ID__c/a%20b%2Fc")), sf(),
                                   R"({"LastName":"Space"})");
        QCOMPARE(created.status, 201);
        const Reply found = soql(QStringLiteral("SELECT Id FROM Contact WHERE CommCare_Case_ID__c = 'a b/c'"));
        QCOMPARE(found.object().value(QStringLiteral("totalSize")).toInt(), 1);
    }

    void faultTooManyRequests()
    {
        m_sandbox.setFault(QStringLiteral("commcare"), {FaultKind::TooManyRequests, 2});
        QCOMPARE(m_sandbox.fault(QStringLiteral("commcare")).remaining, 2);
        for (int i = 0; i < 2; ++i) {
            const Reply r = call("GET", ccList(QStringLiteral("form")), commcare());
            QCOMPARE(r.status, 429);
            QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
            QVERIFY(r.body.isEmpty()); // CommCare sends no body with a 429
        }
        QCOMPARE(m_sandbox.fault(QStringLiteral("commcare")).kind, FaultKind::None);
        QCOMPARE(call("GET", ccList(QStringLiteral("form")), commcare()).status, 200);
        // Other systems were not affected; Salesforce's 429 is its error array.
        m_sandbox.setFault(QStringLiteral("salesforce"), {FaultKind::TooManyRequests, 1});
        const Reply sfr = soql(QStringLiteral("SELECT Id FROM Account"));
        QCOMPARE(sfr.status, 429);
        QCOMPARE(sfr.array().first().toObject().value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("REQUEST_LIMIT_EXCEEDED"));
    }

    void faultServerError()
    {
        m_sandbox.setFault(QStringLiteral("infobip"), {FaultKind::ServerError, 1});
        const Reply r = call("GET", url(QStringLiteral("infobip"), QStringLiteral("/account/1/balance")), infobip());
        QCOMPARE(r.status, 500);
        QVERIFY(r.object().contains(QStringLiteral("requestError")));
        QCOMPARE(call("GET", url(QStringLiteral("infobip"), QStringLiteral("/account/1/balance")), infobip()).status, 200);
        const QList<RecordedRequest> log = m_sandbox.requests(QStringLiteral("infobip"));
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).status, 500);
        QCOMPARE(log.at(1).status, 200);
    }

    void faultTimeoutNeverAnswers()
    {
        m_sandbox.setFault(QStringLiteral("infobip"), {FaultKind::Timeout, 1});
        const Reply r = call("GET", url(QStringLiteral("infobip"), QStringLiteral("/account/1/balance")), infobip(), {}, 1000);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError,
                 qPrintable(QString::number(r.error)));
        QCOMPARE(m_sandbox.requests(QStringLiteral("infobip")).last().status, 0);
        // The next call is answered again.
        QCOMPARE(call("GET", url(QStringLiteral("infobip"), QStringLiteral("/account/1/balance")), infobip()).status, 200);
    }

    void stopWithAHangingClient()
    {
        Sandbox box;
        QVERIFY(box.start().ok());
        box.setFault(QStringLiteral("commcare"), {FaultKind::Timeout, 1});
        QNetworkRequest request{QUrl(box.systemUrl(QStringLiteral("commcare")) + QStringLiteral("/a/x/api/v0.5/form/"))};
        QNetworkReply *reply = m_net.get(request);
        QTRY_VERIFY_WITH_TIMEOUT(box.requests().size() == 1, 30000);
        box.stop(); // must return although the request was never answered
        QVERIFY(!box.isRunning());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(30000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 0);
        reply->deleteLater();
    }

    void tooLargeBody()
    {
        const QByteArray big(21 * 1024 * 1024, 'x');
        const Reply r = call("POST", url(QStringLiteral("infobip"), QStringLiteral("/sms/2/text/advanced")), infobip(), big);
        QCOMPARE(r.status, 413);
    }

    void resetRestoresTheSeeds()
    {
        QCOMPARE(call("POST", sfData(QStringLiteral("/sobjects/Account")), sf(), R"({"Name":"Extra"})").status, 201);
        QCOMPARE(soql(QStringLiteral("SELECT COUNT() FROM Account")).object().value(QStringLiteral("totalSize")).toInt(), 9);
        const quint64 before = m_sandbox.data().revision();
        m_sandbox.reset();
        QVERIFY(m_sandbox.data().revision() > before);
        QCOMPARE(soql(QStringLiteral("SELECT COUNT() FROM Account")).object().value(QStringLiteral("totalSize")).toInt(), 8);
    }

    // --- Salesforce -----------------------------------------------------------------

    void salesforceSoapLogin()
    {
        const QJsonObject c = m_sandbox.configuration(QStringLiteral("salesforce"));
        const auto envelope = [](const QString &user, const QString &password) {
            return QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\" ?><se:Envelope "
                                  "xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Header/><se:Body>"
                                  "<login xmlns=\"urn:partner.soap.sforce.com\"><username>%1</username>"
                                  "<password>%2</password></login></se:Body></se:Envelope>")
                .arg(user.toHtmlEscaped(), password.toHtmlEscaped())
                .toUtf8();
        };
        const QString loginUrl = c.value(QStringLiteral("loginUrl")).toString() + QStringLiteral("/services/Soap/u/42.0");
        const Headers soap = {{"Content-Type", "text/xml"}, {"SOAPAction", "\"\""}};
        const Reply ok = call("POST", loginUrl, soap,
                              envelope(c.value(QStringLiteral("username")).toString(),
                                       c.value(QStringLiteral("password")).toString()
                                           + c.value(QStringLiteral("securityToken")).toString()));
        QCOMPARE(ok.status, 200);
        const QString text = QString::fromUtf8(ok.body);
        QVERIFY2(text.contains(QStringLiteral("<serverUrl>") + m_sandbox.systemUrl(QStringLiteral("salesforce"))
                               + QStringLiteral("/services/Soap/u/42.0/00D")),
                 qPrintable(text));
        const int s = text.indexOf(QStringLiteral("<sessionId>")) + 11;
        const QString session = text.mid(s, text.indexOf(QStringLiteral("</sessionId>")) - s);
        QVERIFY(!session.isEmpty());
        // The session works on REST, also through /services/… without the prefix (jsforce
        // keeps only scheme and host of serverUrl).
        QCOMPARE(call("GET", sfData(QStringLiteral("/sobjects/Account")), {{"Authorization", "Bearer " + session.toUtf8()}}).status, 200);
        QCOMPARE(call("GET", m_sandbox.baseUrl() + QStringLiteral("/services/data/v42.0/query?q=SELECT+Id+FROM+Account"),
                      {{"Authorization", "Bearer " + session.toUtf8()}})
                     .object()
                     .value(QStringLiteral("totalSize"))
                     .toInt(),
                 8);

        const Reply bad = call("POST", loginUrl, soap, envelope(c.value(QStringLiteral("username")).toString(), QStringLiteral("nope")));
        QCOMPARE(bad.status, 500);
        QVERIFY(bad.body.contains("<faultcode>sf:INVALID_LOGIN</faultcode>"));
        QVERIFY(!bad.body.contains("<sessionId>"));
    }

    void salesforceOAuthRefused()
    {
        const Reply r = call("POST", url(QStringLiteral("salesforce"), QStringLiteral("/services/oauth2/token")),
                             {{"Content-Type", "application/x-www-form-urlencoded"}},
                             "grant_type=password&client_id=sandbox-client-id&client_secret=sandbox-client-secret"
                             "&username=admin%40switchboard.sandbox&password=wrong");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
        QCOMPARE(r.object().value(QStringLiteral("error_description")).toString(), QStringLiteral("authentication failure"));
    }

    void salesforceRestNeedsASession()
    {
        for (const Headers &h : {Headers{}, Headers{{"Authorization", "Bearer forged"}}}) {
            const Reply r = call("GET", sfData(QStringLiteral("/query?q=SELECT+Id+FROM+Account")), h);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.array().first().toObject().value(QStringLiteral("errorCode")).toString(),
                     QStringLiteral("INVALID_SESSION_ID"));
        }
    }

    void salesforceCreateGetUpdate()
    {
        const Reply created = call("POST", sfData(QStringLiteral("/sobjects/Contact")), sf(), R"({"LastName":"Okoro","FirstName":"Ada"})");
        QCOMPARE(created.status, 201);
        const QString id = created.object().value(QStringLiteral("id")).toString();
        QVERIFY(id.startsWith(QStringLiteral("003")));
        QCOMPARE(created.object().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(call("PATCH", sfData(QStringLiteral("/sobjects/Contact/") + id), sf(), R"({"FirstName":"Adaeze"})").status, 204);
        const Reply got = call("GET", sfData(QStringLiteral("/sobjects/Contact/") + id), sf());
        QCOMPARE(got.status, 200);
        QCOMPARE(got.object().value(QStringLiteral("FirstName")).toString(), QStringLiteral("Adaeze"));
        QCOMPARE(got.object().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Contact"));
        const Reply missing = call("POST", sfData(QStringLiteral("/sobjects/Contact")), sf(), R"({"FirstName":"NoLast"})");
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.array().first().toObject().value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("REQUIRED_FIELD_MISSING"));
        QCOMPARE(call("GET", sfData(QStringLiteral("/sobjects/Contact/003nope")), sf()).status, 404);
    }

    void salesforceUpsertCreatesThenUpdates()
    {
        const QByteArray body = R"({"LastName":"SMS","FirstName":"Fancy",
            "Account":{"CAST_Location_ID__c":"866476001e17498bae203dcf7bab4e0d"}})";
        const QString path = QStringLiteral("/sobjects/Contact/CommCare_Case_ID__c/606562d6-c972-4f17-ad9c-7451ca920a1c");
        const Reply first = call("PATCH", sfData(path), sf(), body);
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object().value(QStringLiteral("created")).toBool(), true);
        const QString id = first.object().value(QStringLiteral("id")).toString();
        const Reply second = call("PATCH", sfData(path), sf(), R"({"LastName":"SMS","FirstName":"Fancier"})");
        QCOMPARE(second.status, 200);
        QCOMPARE(second.object().value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(second.object().value(QStringLiteral("id")).toString(), id);
        // API versions before 46 answer an update with 204.
        QCOMPARE(call("PATCH", url(QStringLiteral("salesforce"), QStringLiteral("/services/data/v42.0") + path), sf(),
                      R"({"LastName":"SMS"})")
                     .status,
                 204);

        const Reply q = soql(QStringLiteral("SELECT Id, FirstName, Account.Name, Account.Status__c FROM Contact "
                                            "WHERE CommCare_Case_ID__c = '606562d6-c972-4f17-ad9c-7451ca920a1c'"));
        QCOMPARE(q.status, 200);
        QCOMPARE(q.object().value(QStringLiteral("totalSize")).toInt(), 1); // no duplicate
        const QJsonObject rec = q.object().value(QStringLiteral("records")).toArray().first().toObject();
        QCOMPARE(rec.value(QStringLiteral("Id")).toString(), id);
        QCOMPARE(rec.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Fancier"));
        const QJsonObject account = rec.value(QStringLiteral("Account")).toObject();
        QCOMPARE(account.value(QStringLiteral("Name")).toString(), QStringLiteral("Nigeria Test (nigeria_test)"));
        QCOMPARE(account.value(QStringLiteral("Status__c")).toString(), QStringLiteral("Actively Supported"));
        QCOMPARE(account.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Account"));

        // A custom relationship (Clinic__r) finds the Account too.
        const Reply device = call("PATCH", sfData(QStringLiteral("/sobjects/Devices__c/Device_ID__c/dev-1")), sf(),
                                  R"({"Clinic__r":{"CAST_Location_ID__c":"844f4359f82383ee7d6938227fa4c3a3"}})");
        QCOMPARE(device.status, 201);
        const Reply dq = soql(QStringLiteral("SELECT Clinic__r.Name FROM Devices__c"));
        QCOMPARE(dq.object().value(QStringLiteral("records")).toArray().first().toObject()
                     .value(QStringLiteral("Clinic__r")).toObject().value(QStringLiteral("Name")).toString(),
                 QStringLiteral("Coronation Hospital, Dehradun"));

        // An unknown location is Salesforce's INVALID_FIELD error.
        const Reply bad = call("PATCH", sfData(QStringLiteral("/sobjects/Contact/CommCare_Case_ID__c/other")), sf(),
                               R"({"LastName":"X","Account":{"CAST_Location_ID__c":"no-such-location"}})");
        QCOMPARE(bad.status, 400);
        const QJsonObject error = bad.array().first().toObject();
        QCOMPARE(error.value(QStringLiteral("errorCode")).toString(), QStringLiteral("INVALID_FIELD"));
        QVERIFY(error.value(QStringLiteral("message")).toString().contains(QStringLiteral("no-such-location")));
        QVERIFY(error.contains(QStringLiteral("fields")));
    }

    void salesforceUpsertSeveralMatchesIs300()
    {
        for (int i = 0; i < 2; ++i)
            QCOMPARE(call("POST", sfData(QStringLiteral("/sobjects/Contact")), sf(), R"({"LastName":"Twin","Twin_Key__c":"t"})").status, 201);
        const Reply r = call("PATCH", sfData(QStringLiteral("/sobjects/Contact/Twin_Key__c/t")), sf(), R"({"LastName":"Twin"})");
        QCOMPARE(r.status, 300);
        QCOMPARE(r.array().size(), 2);
    }

    void salesforceQuerySubset()
    {
        // Seeds: 4 Contacts; visits in 2, -5, 3 and 1 days; the 4th has Send_SMS__c false;
        // The first four patients (clinics Actively Supported (2), Temporarily Suspended,
        // Previously Supported) and six phase patients in each of four clinics, one per status.
        const auto total = [this](const QString &q) {
            const Reply r = soql(q);
            if (r.status != 200)
                qWarning("%s -> %d %s", qPrintable(q), r.status, r.body.constData());
            return r.object().value(QStringLiteral("totalSize")).toInt(-1);
        };
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact")), 28);
        QCOMPARE(total(QStringLiteral("select id from contact where send_sms__c = true")), 27);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Send_SMS__c = false")), 1);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE SMS_Error__c = null AND Cancel_SMS_Sending__c != true")), 28);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Account.Status__c = 'Actively Supported'")), 8);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Account.Country__c IN ('Nigeria', 'Madagascar')")), 9);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Account.Country__c NOT IN ('Nigeria')")), 20);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE FirstName LIKE 'a%'")), 1);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Next_Visit_Date_New__c = NEXT_N_DAYS:2")), 2);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Next_Visit_Date_New__c = LAST_N_DAYS:7")), 1);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Next_Visit_Date_New__c > TODAY")), 27);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Next_Visit_Date_New__c = TOMORROW OR "
                                      "(Next_Visit_Date_New__c < YESTERDAY AND Send_SMS__c = true)")),
                 2);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE Next_Visit_Date_New__c >= %1")
                           .arg(QDateTime::currentDateTimeUtc().date().addDays(2).toString(Qt::ISODate))),
                 26);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact WHERE NOT Send_SMS__c = true")), 1);
        QCOMPARE(total(QStringLiteral("SELECT Id FROM Contact LIMIT 2")), 2);

        // The Daily SMS schedule's query, as the demo project sends it.
        QCOMPARE(total(QStringLiteral(
                     "SELECT Id, CommCare_Case_ID__c, Account.Name, Account.Status__c, Account.Country__c FROM Contact "
                     "WHERE Send_SMS__c = true AND SMS_Opt_In__c = true AND SMS_Error__c = null "
                     "AND Cancel_SMS_Sending__c != true AND Guardian_1_Phone_Landline__c != true "
                     "AND Guardian_1_Phone_Number_1__c != null AND Account.Status__c = 'Actively Supported' "
                     "AND Account.Country__c != null "
                     "AND (Next_Visit_Date_New__c = NEXT_N_DAYS:7 OR Next_Visit_Date_New__c = LAST_N_DAYS:7) "
                     "ORDER BY Account.Country__c, Next_Visit_Date_New__c")),
                 2);

        const Reply ordered = soql(QStringLiteral("SELECT FirstName, Account.Country__c FROM Contact "
                                                  "ORDER BY Next_Visit_Date_New__c DESC"));
        const QJsonArray records = ordered.object().value(QStringLiteral("records")).toArray();
        QCOMPARE(records.size(), 28);
        // The phase patients' visits are two weeks out; the latest is the sixth phase's.
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("FirstName")).toString(), QStringLiteral("Gbenga"));
        QCOMPARE(records.at(27).toObject().value(QStringLiteral("FirstName")).toString(), QStringLiteral("Chidi"));
        QCOMPARE(records.at(0).toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Contact"));
        QVERIFY(records.at(0).toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("url"))
                    .toString().startsWith(QStringLiteral("/services/data/v58.0/sobjects/Contact/003")));

        for (const char *broken : {"SELECT FROM Contact", "SELECT Id FROM Contact WHERE", "SELECT Id FROM Contact WHERE Name = 'x",
                                   "SELECT Id, (SELECT Id FROM Cases) FROM Contact", "SELECT Id FROM Contact LIMIT x",
                                   "SELECT Id FROM Contact WHERE CreatedDate = LAST_N_WEEKS:2", "DELETE FROM Contact"}) {
            const Reply r = soql(QLatin1String(broken));
            QCOMPARE(r.status, 400);
            QCOMPARE(r.array().first().toObject().value(QStringLiteral("errorCode")).toString(), QStringLiteral("MALFORMED_QUERY"));
            QVERIFY(!r.array().first().toObject().value(QStringLiteral("message")).toString().isEmpty());
        }
        QCOMPARE(soql(QStringLiteral("SELECT Id FROM Nonsense")).status, 400);
    }

    void salesforceQueryPaging()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(call("POST", sfData(QStringLiteral("/sobjects/Contact")), sf(),
                          QStringLiteral(R"({"LastName":"Page%1"})").arg(i).toUtf8()).status,
                     201);
        Reply r = soql(QStringLiteral("SELECT Id, LastName FROM Contact ORDER BY LastName"), {{"Sforce-Query-Options", "batchSize=2"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("totalSize")).toInt(), 33); // 28 seeded, 5 new
        QStringList ids;
        int pages = 0;
        while (true) {
            ++pages;
            const QJsonObject page = r.object();
            for (const QJsonValue &v : page.value(QStringLiteral("records")).toArray())
                ids << v.toObject().value(QStringLiteral("Id")).toString();
            if (page.value(QStringLiteral("done")).toBool())
                break;
            const QString next = page.value(QStringLiteral("nextRecordsUrl")).toString();
            QVERIFY2(next.startsWith(QStringLiteral("/services/data/v58.0/query/01g")), qPrintable(next));
            QVERIFY(pages < 20);
            r = call("GET", m_sandbox.systemUrl(QStringLiteral("salesforce")) + next, sf());
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(pages, 17);
        QCOMPARE(ids.size(), 33);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 33);
        QCOMPARE(call("GET", sfData(QStringLiteral("/query/01gNOPE-2")), sf()).status, 400);
    }

    void salesforceComposite()
    {
        const QString path = QStringLiteral("/composite/sobjects/Contact/CommCare_Case_ID__c");
        const QByteArray body = R"({"allOrNone":false,"records":[
            {"attributes":{"type":"Contact"},"CommCare_Case_ID__c":"c-1","LastName":"One"},
            {"attributes":{"type":"Contact"},"CommCare_Case_ID__c":"c-2","LastName":"Two",
             "Account":{"CAST_Location_ID__c":"missing"}},
            {"attributes":{"type":"Contact"},"CommCare_Case_ID__c":"sandbox-case-0001","LastName":"Bello"}]})";
        const Reply r = call("PATCH", sfData(path), sf(), body);
        QCOMPARE(r.status, 200);
        const QJsonArray results = r.array();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("created")).toBool(), true);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("errors")).toArray().first().toObject()
                     .value(QStringLiteral("statusCode")).toString(),
                 QStringLiteral("INVALID_FIELD"));
        QCOMPARE(results.at(2).toObject().value(QStringLiteral("created")).toBool(), false);
        QCOMPARE(soql(QStringLiteral("SELECT Id FROM Contact WHERE CommCare_Case_ID__c IN ('c-1','c-2')"))
                     .object().value(QStringLiteral("totalSize")).toInt(),
                 1);

        // allOrNone: one bad record rolls every change back.
        QByteArray all = body;
        all.replace("\"allOrNone\":false", "\"allOrNone\":true");
        all.replace("c-1", "c-3");
        const Reply rolled = call("PATCH", sfData(path), sf(), all);
        QCOMPARE(rolled.status, 200);
        for (const QJsonValue &v : rolled.array())
            QCOMPARE(v.toObject().value(QStringLiteral("success")).toBool(), false);
        QCOMPARE(soql(QStringLiteral("SELECT Id FROM Contact WHERE CommCare_Case_ID__c = 'c-3'"))
                     .object().value(QStringLiteral("totalSize")).toInt(),
                 0);
        QCOMPARE(soql(QStringLiteral("SELECT LastName FROM Contact WHERE CommCare_Case_ID__c = 'sandbox-case-0001'"))
                     .object().value(QStringLiteral("records")).toArray().first().toObject()
                     .value(QStringLiteral("LastName")).toString(),
                 QStringLiteral("Bello"));
    }

    // --- CommCare -------------------------------------------------------------------

    void commcareAuth()
    {
        QCOMPARE(call("GET", ccList(QStringLiteral("form"))).status, 401);
        QCOMPARE(call("GET", ccList(QStringLiteral("form")), {{"Authorization", "ApiKey admin@switchboard.sandbox:wrong"}}).status, 401);
        QVERIFY(call("GET", ccList(QStringLiteral("form"))).object().contains(QStringLiteral("error")));
        QCOMPARE(call("GET", ccList(QStringLiteral("form")), commcare()).status, 200);
        const QJsonObject c = m_sandbox.configuration(QStringLiteral("commcare"));
        const QByteArray basic = (c.value(QStringLiteral("username")).toString() + QLatin1Char(':')
                                  + c.value(QStringLiteral("password")).toString()).toUtf8().toBase64();
        QCOMPARE(call("GET", ccList(QStringLiteral("case")), {{"Authorization", "Basic " + basic}}).status, 200);
        QCOMPARE(call("GET", url(QStringLiteral("commcare"), QStringLiteral("/a/otherdomain/api/v0.5/form/")), commcare()).status, 403);
    }

    void commcareFormPagination()
    {
        Reply r = call("GET", ccList(QStringLiteral("form"), QStringLiteral("?limit=1")), commcare());
        QCOMPARE(r.status, 200);
        QJsonObject meta = r.object().value(QStringLiteral("meta")).toObject();
        QCOMPARE(meta.value(QStringLiteral("total_count")).toInt(), 3);
        QCOMPARE(meta.value(QStringLiteral("limit")).toInt(), 1);
        QVERIFY(meta.value(QStringLiteral("previous")).isNull());
        QStringList ids;
        int pages = 0;
        while (true) {
            ++pages;
            for (const QJsonValue &v : r.object().value(QStringLiteral("objects")).toArray())
                ids << v.toObject().value(QStringLiteral("id")).toString();
            meta = r.object().value(QStringLiteral("meta")).toObject();
            if (meta.value(QStringLiteral("next")).isNull())
                break;
            const QString next = meta.value(QStringLiteral("next")).toString();
            QVERIFY2(next.startsWith(QLatin1Char('?')) && next.contains(QStringLiteral("offset=")), qPrintable(next));
            QVERIFY(pages < 20);
            r = call("GET", QUrl(ccList(QStringLiteral("form"))).resolved(QUrl(next)).toString(), commcare());
            QCOMPARE(r.status, 200);
            QVERIFY(!r.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("previous")).isNull());
        }
        QCOMPARE(pages, 3);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 3);
        QVERIFY(ids.contains(QStringLiteral("2da753ae-4eb7-44d9-aa52-a21b2c66e2e7")));

        // Limits are clamped.
        QCOMPARE(call("GET", ccList(QStringLiteral("form"), QStringLiteral("?limit=5000")), commcare())
                     .object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("limit")).toInt(),
                 1000);
        QCOMPARE(call("GET", ccList(QStringLiteral("case"), QStringLiteral("?limit=9000")), commcare())
                     .object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("limit")).toInt(),
                 5000);
    }

    void commcareFilters()
    {
        const auto count = [this](const QString &what, const QString &query) {
            const Reply r = call("GET", ccList(what, query), commcare());
            return r.status == 200 ? r.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total_count")).toInt() : -r.status;
        };
        QCOMPARE(count(QStringLiteral("form"), QStringLiteral("?xmlns=") + QString::fromLatin1(QUrl::toPercentEncoding(
                     QStringLiteral("http://openrosa.org/formdesigner/34532e2a938003aae150198e2613ed2b54c410fb")))),
                 1);
        QCOMPARE(count(QStringLiteral("form"), QStringLiteral("?received_on_start=2020-12-04&received_on_end=2020-12-31")), 2);
        QCOMPARE(count(QStringLiteral("form"), QStringLiteral("?received_on_start=2021-01-01T00:00:00")), 1);
        QCOMPARE(count(QStringLiteral("case"), QStringLiteral("?type=patient")), 1);
        QCOMPARE(count(QStringLiteral("case"), QStringLiteral("?type=appointment")), 1);

        for (const char *bad : {"?received_on_start=2021-01-01T00:00:00Z", "?received_on_start=2021-01-01T00:00:00%2B02:00",
                                "?received_on_end=yesterday"}) {
            const Reply r = call("GET", ccList(QStringLiteral("form"), QLatin1String(bad)), commcare());
            QCOMPARE(r.status, 400);
            QVERIFY(!r.object().value(QStringLiteral("error")).toString().isEmpty());
        }
        const Reply r = call("GET", ccList(QStringLiteral("case"), QStringLiteral("?indexed_on_start=2021-01-01T00:00:00-05:00")), commcare());
        QCOMPARE(r.status, 400);
    }

    void commcareSubmitReplacesByInstanceId()
    {
        const QString domain = m_sandbox.configuration(QStringLiteral("commcare")).value(QStringLiteral("domain")).toString();
        const QString receiver = url(QStringLiteral("commcare"), QStringLiteral("/a/%1/receiver/app123/").arg(domain));
        const auto xform = [](const QString &name) {
            return QStringLiteral(
                       "<?xml version='1.0' ?><data xmlns=\"http://openrosa.org/formdesigner/sandbox-test\" name=\"Test\">"
                       "<patient_name>%1</patient_name>"
                       "<case xmlns=\"http://commcarehq.org/case/transaction/v2\" case_id=\"case-xyz\" "
                       "date_modified=\"2024-05-01T10:00:00Z\" user_id=\"u1\"><create><case_type>patient</case_type>"
                       "<case_name>%1</case_name><owner_id>o1</owner_id></create><update><dob>2024-01-01</dob></update></case>"
                       "<meta xmlns=\"http://openrosa.org/jr/xforms\"><instanceID>uuid:inst-1</instanceID>"
                       "<userID>u1</userID><username>chw</username></meta></data>")
                .arg(name)
                .toUtf8();
        };
        const Headers headers = commcare() + Headers{{"Content-Type", "text/xml"}};
        const Reply first = call("POST", receiver, headers, xform(QStringLiteral("Ada")));
        QCOMPARE(first.status, 201);
        QVERIFY(first.body.contains("submit_success"));
        QCOMPARE(call("POST", receiver, headers, xform(QStringLiteral("Adaeze"))).status, 201);

        const Reply forms = call("GET", ccList(QStringLiteral("form"), QStringLiteral("?xmlns=http%3A%2F%2Fopenrosa.org%2Fformdesigner%2Fsandbox-test")), commcare());
        QCOMPARE(forms.object().value(QStringLiteral("meta")).toObject().value(QStringLiteral("total_count")).toInt(), 1);
        const QJsonObject form = forms.object().value(QStringLiteral("objects")).toArray().first().toObject();
        QCOMPARE(form.value(QStringLiteral("id")).toString(), QStringLiteral("inst-1"));
        QCOMPARE(form.value(QStringLiteral("app_id")).toString(), QStringLiteral("app123"));
        QCOMPARE(form.value(QStringLiteral("form")).toObject().value(QStringLiteral("patient_name")).toString(), QStringLiteral("Adaeze"));
        QCOMPARE(form.value(QStringLiteral("form")).toObject().value(QStringLiteral("@xmlns")).toString(),
                 QStringLiteral("http://openrosa.org/formdesigner/sandbox-test"));

        const Reply kase = call("GET", ccList(QStringLiteral("case"), QStringLiteral("case-xyz/")), commcare());
        QCOMPARE(kase.status, 200);
        QCOMPARE(kase.object().value(QStringLiteral("properties")).toObject().value(QStringLiteral("case_name")).toString(),
                 QStringLiteral("Adaeze"));
        QCOMPARE(kase.object().value(QStringLiteral("properties")).toObject().value(QStringLiteral("dob")).toString(),
                 QStringLiteral("2024-01-01"));

        const Reply broken = call("POST", receiver, headers, "<data><unclosed></data>");
        QCOMPARE(broken.status, 422);
        QCOMPARE(call("POST", receiver, headers, "<data><x>1</x></data>").status, 422); // no instanceID
    }

    void commcareBulkUpload()
    {
        const QString domain = m_sandbox.configuration(QStringLiteral("commcare")).value(QStringLiteral("domain")).toString();
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart file;
        file.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"file\"; filename=\"cases.csv\""));
        file.setBody("case_id,name\nabc,Ada\n");
        QHttpPart type;
        type.setHeader(QNetworkRequest::ContentDispositionHeader, QStringLiteral("form-data; name=\"case_type\""));
        type.setBody("patient");
        multipart->append(file);
        multipart->append(type);
        const Reply r = call("POST", url(QStringLiteral("commcare"), QStringLiteral("/a/%1/importer/excel/bulk_upload_api/").arg(domain)),
                             commcare(), {}, 60000, multipart);
        delete multipart;
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("code")).toInt(), 200);
        const auto uploads = m_sandbox.data().all(QStringLiteral("commcare"), QStringLiteral("uploads"));
        QCOMPARE(uploads.size(), 1);
        QCOMPARE(uploads.first().second.value(QStringLiteral("fileName")).toString(), QStringLiteral("cases.csv"));
        QCOMPARE(uploads.first().second.value(QStringLiteral("fields")).toObject().value(QStringLiteral("case_type")).toString(),
                 QStringLiteral("patient"));
    }

    // --- Infobip --------------------------------------------------------------------

    void infobipAuth()
    {
        const QString balance = url(QStringLiteral("infobip"), QStringLiteral("/account/1/balance"));
        QCOMPARE(call("GET", balance).status, 401);
        QCOMPARE(call("GET", balance, {{"Authorization", "App wrong"}}).status, 401);
        const Reply ok = call("GET", balance, infobip());
        QCOMPARE(ok.status, 200);
        QVERIFY(ok.object().contains(QStringLiteral("balance")));
        QCOMPARE(ok.object().value(QStringLiteral("currency")).toString(), QStringLiteral("EUR"));
    }

    void infobipSendAndReports()
    {
        const Reply r = call("POST", url(QStringLiteral("infobip"), QStringLiteral("/sms/2/text/advanced")), infobip(),
                             R"({"bulkId":"now-1","messages":[{"from":"TSCFFOOT","destinations":[{"to":"2348031234567","messageId":"m-1"},
                                 {"to":"+2348030000000"},{"to":"0803123"},{"to":"234-803"}],"text":"Hello","callbackData":"cb"}]})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("bulkId")).toString(), QStringLiteral("now-1"));
        const QJsonArray messages = r.object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 4);
        const auto statusName = [&messages](int i) {
            return messages.at(i).toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("name")).toString();
        };
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("messageId")).toString(), QStringLiteral("m-1"));
        QCOMPARE(statusName(0), QStringLiteral("PENDING_ACCEPTED"));
        QCOMPARE(messages.at(0).toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("groupName")).toString(),
                 QStringLiteral("PENDING"));
        QCOMPARE(statusName(2), QStringLiteral("REJECTED_PREFIX_MISSING"));
        QCOMPARE(statusName(3), QStringLiteral("REJECTED_DESTINATION"));

        QCOMPARE(call("GET", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/bulks/status?bulkId=now-1")), infobip())
                     .object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("FINISHED"));

        const Reply reports = call("GET", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/reports?bulkId=now-1")), infobip());
        QCOMPARE(reports.status, 200);
        const QJsonArray results = reports.object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).toObject().value(QStringLiteral("status")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("DELIVERED_TO_HANDSET"));
        QCOMPARE(results.at(1).toObject().value(QStringLiteral("error")).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("EC_UNKNOWN_SUBSCRIBER"));
        // A report is handed out once; logs keep everything.
        QCOMPARE(call("GET", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/reports?bulkId=now-1")), infobip())
                     .object().value(QStringLiteral("results")).toArray().size(),
                 0);
        const Reply logs = call("GET", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/logs?messageId=m-1")), infobip());
        QCOMPARE(logs.object().value(QStringLiteral("results")).toArray().size(), 1);
        QCOMPARE(logs.object().value(QStringLiteral("results")).toArray().first().toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Hello"));
        QCOMPARE(call("GET", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/logs?limit=2")), infobip())
                     .object().value(QStringLiteral("results")).toArray().size(),
                 2);

        // A bulkId is used once.
        const Reply again = call("POST", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/text/advanced")), infobip(),
                                 R"({"bulkId":"now-1","messages":[{"destinations":[{"to":"2348031234567"}],"text":"x"}]})");
        QCOMPARE(again.status, 400);
        QVERIFY(again.object().value(QStringLiteral("requestError")).toObject().contains(QStringLiteral("serviceException")));
    }

    void infobipScheduleCancelReschedule()
    {
        const QString sendAt = QDateTime::currentDateTimeUtc().addDays(3).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
        const QString body = QStringLiteral(R"({"bulkId":"visitBefore-case-1","messages":[{"from":"TSCFFOOT",
            "destinations":[{"to":"2348031234567"}],"text":"Reminder","sendAt":"%1"}]})").arg(sendAt);
        const Reply r = call("POST", url(QStringLiteral("infobip"), QStringLiteral("/sms/2/text/advanced")), infobip(), body.toUtf8());
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("status"))
                     .toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("PENDING_WAITING_DELIVERY"));

        const QString statusUrl = url(QStringLiteral("infobip"), QStringLiteral("/sms/1/bulks/status?bulkId=visitBefore-case-1"));
        const QString bulkUrl = url(QStringLiteral("infobip"), QStringLiteral("/sms/1/bulks?bulkId=visitBefore-case-1"));
        QCOMPARE(call("GET", statusUrl, infobip()).object().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(call("GET", bulkUrl, infobip()).object().value(QStringLiteral("sendAt")).toString(), sendAt);

        const QString later = QDateTime::currentDateTimeUtc().addDays(5).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
        const Reply moved = call("PUT", bulkUrl, infobip(), QStringLiteral(R"({"sendAt":"%1"})").arg(later).toUtf8());
        QCOMPARE(moved.status, 200);
        QCOMPARE(call("GET", bulkUrl, infobip()).object().value(QStringLiteral("sendAt")).toString(), later);

        QCOMPARE(call("PUT", statusUrl, infobip(), R"({"status":"PAUSED"})").object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("PAUSED"));
        QCOMPARE(call("PUT", statusUrl, infobip(), R"({"status":"PROCESSING"})").object().value(QStringLiteral("status")).toString(),
                 QStringLiteral("PENDING"));
        const Reply canceled = call("PUT", statusUrl, infobip(), R"({"status":"CANCELED"})");
        QCOMPARE(canceled.status, 200);
        QCOMPARE(canceled.object().value(QStringLiteral("status")).toString(), QStringLiteral("CANCELED"));
        QCOMPARE(call("GET", statusUrl, infobip()).object().value(QStringLiteral("status")).toString(), QStringLiteral("CANCELED"));
        // A canceled bulk cannot be resumed or rescheduled.
        QCOMPARE(call("PUT", statusUrl, infobip(), R"({"status":"PROCESSING"})").status, 400);
        QCOMPARE(call("PUT", bulkUrl, infobip(), QStringLiteral(R"({"sendAt":"%1"})").arg(later).toUtf8()).status, 400);
        QCOMPARE(call("PUT", statusUrl, infobip(), R"({"status":"BOGUS"})").status, 400);
    }

    void infobipUnknownBulkAndFarFuture()
    {
        for (const QString &path : {QStringLiteral("/sms/1/bulks/status?bulkId=nope"), QStringLiteral("/sms/1/bulks?bulkId=nope")}) {
            const Reply r = call("GET", url(QStringLiteral("infobip"), path), infobip());
            QCOMPARE(r.status, 404);
            QCOMPARE(r.object().value(QStringLiteral("requestError")).toObject().value(QStringLiteral("serviceException"))
                         .toObject().value(QStringLiteral("messageId")).toString(),
                     QStringLiteral("NOT_FOUND"));
        }
        const QString tooFar = QDateTime::currentDateTimeUtc().addDays(181).toString(Qt::ISODate);
        const Reply r = call("POST", url(QStringLiteral("infobip"), QStringLiteral("/sms/2/text/advanced")), infobip(),
                             QStringLiteral(R"({"bulkId":"far","messages":[{"destinations":[{"to":"2348031234567"}],"text":"x","sendAt":"%1"}]})")
                                 .arg(tooFar).toUtf8());
        QCOMPARE(r.status, 400);
        QVERIFY(!r.object().value(QStringLiteral("requestError")).toObject().value(QStringLiteral("serviceException"))
                     .toObject().value(QStringLiteral("text")).toString().isEmpty());
        // Nothing was stored: the bulkId is still free.
        QCOMPARE(call("GET", url(QStringLiteral("infobip"), QStringLiteral("/sms/1/bulks/status?bulkId=far")), infobip()).status, 404);
    }

    void cleanupTestCase()
    {
        m_sandbox.stop();
        QVERIFY(!m_sandbox.isRunning());
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
