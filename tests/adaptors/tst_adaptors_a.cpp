// Adaptors http, salesforce and commcare (resources/adaptors/*.js): each function's request
// as the server received it, and the state the job ends with.
//
// language-http talks to a small recording server of this test (cookies, a text body, an
// error with headers); salesforce and commcare talk to the built-in sandbox.

#include "runtime/jobruntime.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace sb;
using sb::sandbox::RecordedRequest;

namespace {

// ---- a recording HTTP server on its own thread (the job blocks the test's thread) ----
struct Seen
{
    QByteArray method;
    QString path;
    QString query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

class RecordingServer final : public QAbstractHttpServer
{
public:
    QList<Seen> seen() const
    {
        QMutexLocker lock(&m_mutex);
        return m_seen;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        Seen s;
        s.method = request.method() == QHttpServerRequest::Method::Get     ? "GET"
                   : request.method() == QHttpServerRequest::Method::Post  ? "POST"
                   : request.method() == QHttpServerRequest::Method::Put   ? "PUT"
                   : request.method() == QHttpServerRequest::Method::Patch ? "PATCH"
                   : request.method() == QHttpServerRequest::Method::Delete ? "DELETE"
                                                                            : "OTHER";
        s.path = request.url().path();
        s.query = request.url().query(QUrl::FullyEncoded);
        for (const auto &h : request.headers())
            s.headers.insert(h.first.toLower(), h.second);
        s.body = request.body();
        {
            QMutexLocker lock(&m_mutex);
            m_seen.append(s);
        }
        QHttpServerResponder responder = makeResponder(request, socket);
        auto send = [&](int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body) {
            responder.writeStatusLine(QHttpServerResponder::StatusCode(status));
            for (const auto &[k, v] : headers)
                responder.writeHeader(k, v);
            responder.writeHeader("Content-Length", QByteArray::number(body.size()));
            responder.writeBody(body);
        };
        const QByteArray json = "application/json";
        if (s.path.endsWith(QLatin1String("/login"))) {
            send(200, {{"Content-Type", json}, {"Set-Cookie", "session=abc; Path=/"}, {"Set-Cookie", "theme=dark; Path=/"},
                       {"X-Token", "t-123"}},
                 "{\"ok\":true}");
        } else if (s.path.endsWith(QLatin1String("/me"))) {
            send(200, {{"Content-Type", json}},
                 QJsonDocument(QJsonObject{{QStringLiteral("cookie"), QString::fromUtf8(s.headers.value("cookie"))}})
                     .toJson(QJsonDocument::Compact));
        } else if (s.path.endsWith(QLatin1String("/text"))) {
            send(200, {{"Content-Type", "text/plain"}}, "hello, world");
        } else if (s.path.endsWith(QLatin1String("/fail"))) {
            send(422, {{"Content-Type", json}, {"X-Reason", "nope"}}, "{\"error\":\"bad input\"}");
        } else {
            QJsonObject echo{{QStringLiteral("method"), QString::fromLatin1(s.method)},
                             {QStringLiteral("path"), s.path},
                             {QStringLiteral("query"), s.query},
                             {QStringLiteral("body"), QString::fromUtf8(s.body)}};
            send(200, {{"Content-Type", json}}, QJsonDocument(echo).toJson(QJsonDocument::Compact));
        }
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    mutable QMutex m_mutex;
    QList<Seen> m_seen;
};

QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString dump(const StepResult &r)
{
    QString out = exitReasonName(r.reason) + QLatin1Char(' ');
    if (r.error)
        out += r.error->toString() + QLatin1Char(' ');
    for (const auto &l : r.logs)
        out += QLatin1Char('\n') + l.level + QLatin1String(": ") + l.message;
    return out;
}

QJsonObject bodyJson(const RecordedRequest &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QByteArray header(const RecordedRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

class TestAdaptorsA : public QObject
{
    Q_OBJECT

private:
    JobRuntime *m_runtime = nullptr;
    QThread m_serverThread;
    RecordingServer *m_server = nullptr;
    QString m_base;
    sb::sandbox::Sandbox *m_sandbox = nullptr;

    StepResult run(const QString &source, const QString &adaptor, const QJsonObject &config,
                   const QByteArray &input = QByteArrayLiteral("{\"data\":{\"in\":1}}"))
    {
        StepRequest req;
        req.source = source;
        req.adaptor = adaptor;
        req.inputState = input;
        req.configuration = compact(config);
        req.limits.timeoutMs = 120 * 1000;
        return m_runtime->run(req);
    }

    QList<Seen> seenSince(int before) const { return m_server->seen().mid(before); }

    QJsonObject httpConfig() const
    {
        return {{QStringLiteral("baseUrl"), QString(m_base + QLatin1String("/api"))},
                {QStringLiteral("username"), QStringLiteral("ann")},
                {QStringLiteral("password"), QStringLiteral("s3cret")}};
    }

    QList<RecordedRequest> sandboxRequests(const QString &system)
    {
        return m_sandbox->requests(system);
    }

private slots:
    void initTestCase()
    {
        m_runtime = new JobRuntime;
        QVERIFY2(m_runtime->status().ok(), qPrintable(m_runtime->status().error().message));

        m_serverThread.start();
        m_server = new RecordingServer;
        m_server->moveToThread(&m_serverThread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            m_server, [&] { port = m_server->listen(QHostAddress::LocalHost, 0); }, Qt::BlockingQueuedConnection);
        QVERIFY(port != 0);
        m_base = QStringLiteral("http://127.0.0.1:%1").arg(port);

        m_sandbox = new sb::sandbox::Sandbox;
        const Status started = m_sandbox->start(QStringLiteral("127.0.0.1"), 0);
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    }

    void cleanupTestCase()
    {
        delete m_sandbox;
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_serverThread.quit();
        m_serverThread.wait();
        delete m_runtime;
    }

    // ================================ language-http =====================================

    void http3_get_urlAuthQueryHeaders()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral("get('/echo', { query: { a: 1, b: 'x y' }, headers: { 'X-Clinic': 'c1' } });"),
                                 QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].method, QByteArray("GET"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/echo"));
        QCOMPARE(seen[0].query, QStringLiteral("a=1&b=x%20y"));
        QCOMPARE(seen[0].headers.value("authorization"), QByteArray("Basic ") + QByteArray("ann:s3cret").toBase64());
        QCOMPARE(seen[0].headers.value("x-clinic"), QByteArray("c1"));
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/api/echo"));
        QCOMPARE(state.value(QStringLiteral("references")).toArray(), (QJsonArray{QJsonObject{{QStringLiteral("in"), 1}}}));
        QVERIFY(!state.contains(QStringLiteral("response")));
        QVERIFY(!state.contains(QStringLiteral("configuration")));
    }

    void http3_post_nonJsonBody_callback()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral("post('text', { body: { x: 1 } }, s => { s.called = s.response.status; return s; });"),
                                 QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].method, QByteArray("POST"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/text"));
        QCOMPARE(seen[0].body, QByteArray("{\"x\":1}"));
        QVERIFY(seen[0].headers.value("content-type").startsWith("application/json"));
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("data")).toObject(), (QJsonObject{{QStringLiteral("body"), QStringLiteral("hello, world")}}));
        QCOMPARE(state.value(QStringLiteral("called")).toInt(), 200);
    }

    void http3_cookieJar_keepCookie()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral("post('/login', { body: { u: 'ann' }, keepCookie: true });\n"
                                                "fn(s => { s.login = s.data; return s; });\n"
                                                "get('/me');\n"),
                                 QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[1].headers.value("cookie"), QByteArray("session=abc; theme=dark"));
        const QJsonObject state = obj(r.finalState);
        const QJsonObject login = state.value(QStringLiteral("login")).toObject();
        QCOMPARE(login.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(login.value(QStringLiteral("__cookie")).toArray(),
                 (QJsonArray{QStringLiteral("session=abc"), QStringLiteral("theme=dark")}));
        QCOMPARE(login.value(QStringLiteral("__headers")).toObject().value(QStringLiteral("x-token")).toString(), QStringLiteral("t-123"));
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("cookie")).toString(),
                 QStringLiteral("session=abc; theme=dark"));

        // Without keepCookie the 3.x jar keeps nothing (a fresh run: a fresh jar).
        const int before2 = int(m_server->seen().size());
        const StepResult r2 = run(QStringLiteral("post('/login', { body: {} });\nget('/me');\n"),
                                  QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QVERIFY2(r2.ok(), qPrintable(dump(r2)));
        const auto seen2 = seenSince(before2);
        QCOMPARE(seen2.size(), 2);
        QVERIFY(!seen2[1].headers.contains("cookie"));
        QVERIFY(!obj(r2.finalState).value(QStringLiteral("references")).toArray().at(1).toObject().contains(QStringLiteral("__cookie")));
    }

    void http3_errorStatusFails()
    {
        const StepResult r = run(QStringLiteral("get('/fail');"), QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QCOMPARE(r.reason, ExitReason::Fail);
        QVERIFY(r.error);
        QVERIFY2(r.error->message.contains(QLatin1String("422")), qPrintable(r.error->message));
        QVERIFY2(r.error->message.contains(QLatin1String("bad input")), qPrintable(r.error->message));
    }

    void http6_errorCarriesStatusBodyHeaders()
    {
        const QString adaptor = QStringLiteral("@openfn/language-http@6.5.1");
        const StepResult failed = run(QStringLiteral("get('/fail');"), adaptor, httpConfig());
        QCOMPARE(failed.reason, ExitReason::Fail);
        QVERIFY2(failed.error && failed.error->message.contains(QLatin1String("422")), qPrintable(dump(failed)));

        const StepResult r = run(QStringLiteral(
                                     "fn(async s => {\n"
                                     "  try { await get('/fail')(s); } catch (e) {\n"
                                     "    s.caught = { name: e.name, statusCode: e.statusCode, body: e.body, reason: e.headers['x-reason'] };\n"
                                     "  }\n"
                                     "  return s;\n"
                                     "});\n"),
                                 adaptor, httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const QJsonObject caught = obj(r.finalState).value(QStringLiteral("caught")).toObject();
        QCOMPARE(caught.value(QStringLiteral("name")).toString(), QStringLiteral("HttpError"));
        QCOMPARE(caught.value(QStringLiteral("statusCode")).toInt(), 422);
        QCOMPARE(caught.value(QStringLiteral("body")).toObject().value(QStringLiteral("error")).toString(), QStringLiteral("bad input"));
        QCOMPARE(caught.value(QStringLiteral("reason")).toString(), QStringLiteral("nope"));

        // errors: {422: false} turns the error off; the body becomes data.
        const StepResult allowed = run(QStringLiteral("get('/fail', { errors: { 422: false } });"), adaptor, httpConfig());
        QVERIFY2(allowed.ok(), qPrintable(dump(allowed)));
        QCOMPARE(obj(allowed.finalState).value(QStringLiteral("data")).toObject().value(QStringLiteral("error")).toString(),
                 QStringLiteral("bad input"));
    }

    void http6_requestAndResponseMetadata()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral("request('PATCH', '/echo', { body: { a: 1 }, query: { q: 'z' } }, s => {\n"
                                                "  s.meta = { code: s.response.statusCode, hasBody: 'body' in s.response };\n"
                                                "  return s;\n"
                                                "});\n"),
                                 QStringLiteral("@openfn/language-http@6.5.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].method, QByteArray("PATCH"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/echo"));
        QCOMPARE(seen[0].query, QStringLiteral("q=z"));
        QCOMPARE(seen[0].body, QByteArray("{\"a\":1}"));
        QCOMPARE(seen[0].headers.value("authorization"), QByteArray("Basic ") + QByteArray("ann:s3cret").toBase64());
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("meta")).toObject(),
                 (QJsonObject{{QStringLiteral("code"), 200}, {QStringLiteral("hasBody"), true}}));
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
    }

    void http7_postDataOptions()
    {
        const int before = int(m_server->seen().size());
        // (The newer OpenFn compiler's `op(...).then(...)` at top level is not supported:
        // the check runs as its own operation.)
        const StepResult r = run(QStringLiteral("post('/echo', { a: 1 }, { query: { q: 1 }, headers: { 'X-K': 'v' } });\n"
                                                "fn(s => { s.hasBody = 'body' in s.response; return s; });\n"
                                                "put('/echo', $.data, { contentType: 'text' });\n"),
                                 QStringLiteral("@openfn/language-http@7.0.6"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].method, QByteArray("POST"));
        QCOMPARE(seen[0].query, QStringLiteral("q=1"));
        QCOMPARE(seen[0].body, QByteArray("{\"a\":1}"));
        QCOMPARE(seen[0].headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(seen[0].headers.value("x-k"), QByteArray("v"));
        QCOMPARE(seen[1].method, QByteArray("PUT"));
        QCOMPARE(seen[1].headers.value("content-type"), QByteArray("text/plain"));
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("hasBody")).toBool(), false);
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("PUT"));
    }

    // =============================== language-salesforce ================================

    void salesforce_soapLogin_upsertCreateThenUpdate_v2()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult r = run(QStringLiteral(
                                     "upsert('Contact', 'CommCare_Case_ID__c', { CommCare_Case_ID__c: 'adA-1', LastName: 'First' });\n"
                                     "upsert('Contact', 'CommCare_Case_ID__c', fields(field('CommCare_Case_ID__c', 'adA-1'), field('LastName', 'Second')));\n"),
                                 QStringLiteral("@openfn/language-salesforce@2.7.4"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 3);
        // SOAP login
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/services/Soap/u/42.0"));
        QVERIFY(header(reqs[0], "content-type").startsWith("text/xml"));
        QCOMPARE(header(reqs[0], "soapaction"), QByteArray("\"\""));
        const QString user = config.value(QStringLiteral("username")).toString();
        const QString secret = config.value(QStringLiteral("password")).toString() + config.value(QStringLiteral("securityToken")).toString();
        QCOMPARE(QString::fromUtf8(reqs[0].body),
                 QStringLiteral("<se:Envelope xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Header/><se:Body>"
                                "<login xmlns=\"urn:partner.soap.sforce.com\"><username>%1</username><password>%2</password>"
                                "</login></se:Body></se:Envelope>")
                     .arg(user, secret));
        // upserts by external id; the body leaves the external id out
        QCOMPARE(reqs[1].method, QByteArray("PATCH"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v42.0/sobjects/Contact/CommCare_Case_ID__c/adA-1"));
        QVERIFY(header(reqs[1], "authorization").startsWith("Bearer "));
        QCOMPARE(bodyJson(reqs[1]), (QJsonObject{{QStringLiteral("LastName"), QStringLiteral("First")}}));
        QCOMPARE(reqs[1].status, 201);
        QCOMPARE(reqs[2].status, 204);
        // one record in the sandbox, updated
        int matches = 0;
        QString lastName;
        for (const auto &[id, rec] : m_sandbox->data().all(QStringLiteral("salesforce"), QStringLiteral("Contact"))) {
            if (rec.value(QStringLiteral("CommCare_Case_ID__c")).toString() == QLatin1String("adA-1")) {
                ++matches;
                lastName = rec.value(QStringLiteral("LastName")).toString();
            }
        }
        QCOMPARE(matches, 1);
        QCOMPARE(lastName, QStringLiteral("Second"));
        // ≤ 4: results prepended to references, data untouched, connection removed
        const QJsonObject state = obj(r.finalState);
        const QJsonArray refs = state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs.size(), 2);
        QCOMPARE(refs[0].toObject(), (QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("errors"), QJsonArray()}}));
        QCOMPARE(refs[1].toObject().value(QStringLiteral("success")).toBool(), true);
        QVERIFY(refs[1].toObject().value(QStringLiteral("id")).toString().startsWith(QLatin1String("003")));
        QCOMPARE(state.value(QStringLiteral("data")).toObject(), (QJsonObject{{QStringLiteral("in"), 1}}));
        QVERIFY(!state.contains(QStringLiteral("connection")));
    }

    void salesforce_relationship_create_update_v4()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult r = run(QStringLiteral(
                                     "create('Contact', fields(field('LastName', 'Rel'), relationship('Account', 'CAST_Location_ID__c', '866476001e17498bae203dcf7bab4e0d')));\n"
                                     "update('Contact', state => ({ Id: state.references[0].id, FirstName: 'Upd' }));\n"),
                                 QStringLiteral("@openfn/language-salesforce@4.8.6"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[0].path, QStringLiteral("/services/Soap/u/47.0"));
        QCOMPARE(reqs[1].method, QByteArray("POST"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v47.0/sobjects/Contact"));
        QCOMPARE(bodyJson(reqs[1]),
                 (QJsonObject{{QStringLiteral("LastName"), QStringLiteral("Rel")},
                              {QStringLiteral("Account"), QJsonObject{{QStringLiteral("CAST_Location_ID__c"), QStringLiteral("866476001e17498bae203dcf7bab4e0d")}}}}));
        const QJsonObject state = obj(r.finalState);
        const QJsonArray refs = state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs.size(), 2);
        const QString id = refs[1].toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(refs[0].toObject(), (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("success"), true}, {QStringLiteral("errors"), QJsonArray()}}));
        QCOMPARE(reqs[2].method, QByteArray("PATCH"));
        QCOMPARE(reqs[2].path, QStringLiteral("/services/data/v47.0/sobjects/Contact/%1").arg(id));
        QCOMPARE(bodyJson(reqs[2]), (QJsonObject{{QStringLiteral("FirstName"), QStringLiteral("Upd")}}));
        // the relationship resolved to the clinic's account
        const QJsonObject contact = m_sandbox->data().get(QStringLiteral("salesforce"), QStringLiteral("Contact"), id);
        QString accountId;
        for (const auto &[aid, rec] : m_sandbox->data().all(QStringLiteral("salesforce"), QStringLiteral("Account"))) {
            if (rec.value(QStringLiteral("CAST_Location_ID__c")).toString() == QLatin1String("866476001e17498bae203dcf7bab4e0d"))
                accountId = aid;
        }
        QCOMPARE(contact.value(QStringLiteral("AccountId")).toString(), accountId);
        QCOMPARE(contact.value(QStringLiteral("FirstName")).toString(), QStringLiteral("Upd"));
    }

    void salesforce_upsertIf_and_nestedExecute_v2()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const QByteArray input = R"({"data":{"rows":[{"c":"adA-n1","n":"N1"},{"c":"adA-n2","n":"N2"}]}})";
        const StepResult r = run(QStringLiteral(
                                     "upsertIf(false, 'Contact', 'CommCare_Case_ID__c', { CommCare_Case_ID__c: 'never', LastName: 'X' });\n"
                                     "each('$.data.rows[*]', execute(\n"
                                     "  upsert('Contact', 'CommCare_Case_ID__c', fields(field('CommCare_Case_ID__c', dataValue('c')), field('LastName', dataValue('n'))))\n"
                                     "));\n"),
                                 QStringLiteral("@openfn/language-salesforce@2.7.4"), config, input);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 3); // one login, two upserts (no upsert for `false`)
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v42.0/sobjects/Contact/CommCare_Case_ID__c/adA-n1"));
        QCOMPARE(reqs[2].path, QStringLiteral("/services/data/v42.0/sobjects/Contact/CommCare_Case_ID__c/adA-n2"));
        QCOMPARE(obj(r.finalState).value(QStringLiteral("references")).toArray().size(), 2);
    }

    void salesforce_queryPaging_v4()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const QString job = QStringLiteral(
            "query('SELECT Id, Name FROM Account ORDER BY Name', { autoFetch: %1, headers: { 'Sforce-Query-Options': 'batchSize=2' } });\n");
        // first page only
        StepResult r = run(job.arg(QLatin1String("false")), QStringLiteral("@openfn/language-salesforce@4.8.6"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v47.0/query"));
        QCOMPARE(QUrlQuery(reqs[1].query).queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded),
                 QStringLiteral("SELECT Id, Name FROM Account ORDER BY Name"));
        QJsonObject first = obj(r.finalState).value(QStringLiteral("references")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("records")).toArray().size(), 2);
        QCOMPARE(first.value(QStringLiteral("done")).toBool(), false);
        QVERIFY(first.contains(QStringLiteral("nextRecordsUrl")));
        const int total = first.value(QStringLiteral("totalSize")).toInt();
        QVERIFY(total >= 3);

        // every page, merged into references[0]
        m_sandbox->clearRequests();
        r = run(job.arg(QLatin1String("true")), QStringLiteral("@openfn/language-salesforce@4.8.6"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(int(reqs.size()), 1 + (total + 1) / 2);
        QVERIFY(reqs[2].path.startsWith(QLatin1String("/services/data/v47.0/query/")));
        first = obj(r.finalState).value(QStringLiteral("references")).toArray().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("records")).toArray().size(), total);
        QCOMPARE(first.value(QStringLiteral("done")).toBool(), true);
    }

    void salesforce_queryRecordsInData_v9()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult r = run(QStringLiteral("query('SELECT Id, Name FROM Account', { headers: { 'Sforce-Query-Options': 'batchSize=1' } });\n"),
                                 QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const QJsonObject state = obj(r.finalState);
        const QJsonArray records = state.value(QStringLiteral("data")).toArray();
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QVERIFY(records.size() >= 3);
        QCOMPARE(int(reqs.size()), 1 + int(records.size())); // login + one page per record
        QVERIFY(records[0].toObject().contains(QStringLiteral("Name")));
        QCOMPARE(state.value(QStringLiteral("references")).toArray(), (QJsonArray{QJsonObject{{QStringLiteral("in"), 1}}}));
    }

    void salesforce_compositeUpsert_resultShapes_v9()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult r = run(QStringLiteral(
                                     "upsert('Contact', 'CommCare_Case_ID__c', [1, 2, 3, 4, 5].map(i => ({ CommCare_Case_ID__c: 'adA-c' + i, LastName: 'C' + i })));\n"
                                     "fn(s => { s.upserted = s.data; return s; });\n"
                                     "create('Contact', { LastName: 'Single' });\n"),
                                 QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[1].method, QByteArray("PATCH"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v47.0/composite/sobjects/Contact/CommCare_Case_ID__c"));
        const QJsonObject body = bodyJson(reqs[1]);
        QCOMPARE(body.value(QStringLiteral("allOrNone")).toBool(), false);
        const QJsonArray sent = body.value(QStringLiteral("records")).toArray();
        QCOMPARE(sent.size(), 5);
        QCOMPARE(sent[0].toObject(), (QJsonObject{{QStringLiteral("attributes"), QJsonObject{{QStringLiteral("type"), QStringLiteral("Contact")}}},
                                                  {QStringLiteral("CommCare_Case_ID__c"), QStringLiteral("adA-c1")},
                                                  {QStringLiteral("LastName"), QStringLiteral("C1")}}));
        const QJsonObject state = obj(r.finalState);
        const QJsonArray upserted = state.value(QStringLiteral("upserted")).toArray();
        QCOMPARE(upserted.size(), 5);
        QCOMPARE(upserted[0].toObject().value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(upserted[0].toObject().value(QStringLiteral("created")).toBool(), true);
        // ≥ 5: create's result is {success, completed, errors} in data
        const QJsonObject created = state.value(QStringLiteral("data")).toObject();
        QCOMPARE(created.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(created.value(QStringLiteral("completed")).toArray().size(), 1);
        QCOMPARE(created.value(QStringLiteral("errors")).toArray(), QJsonArray());
        QCOMPARE(state.value(QStringLiteral("references")).toArray().size(), 2);
        QCOMPARE(reqs[2].path, QStringLiteral("/services/data/v47.0/sobjects/Contact"));
    }

    void salesforce_badLoginFails()
    {
        QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        config.insert(QStringLiteral("password"), QStringLiteral("wrong"));
        const StepResult r = run(QStringLiteral("create('Contact', { LastName: 'X' });"),
                                 QStringLiteral("@openfn/language-salesforce@4.8.6"), config);
        QCOMPARE(r.reason, ExitReason::Fail);
        QVERIFY2(r.error && r.error->message.contains(QLatin1String("login failed")), qPrintable(dump(r)));
        QVERIFY(!r.error->message.contains(QLatin1String("wrong")));
    }

    // ================================ language-commcare =================================

    void commcare_getPaginates()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        QVERIFY2(!config.isEmpty(), "the sandbox has no commcare configuration");
        const StepResult r = run(QStringLiteral("get('form/', { limit: 1 });"), QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("commcare"));
        QVERIFY2(reqs.size() >= 2, "expected several pages");
        const QString domain = config.value(QStringLiteral("domain")).toString();
        for (int i = 0; i < reqs.size(); ++i) {
            QCOMPARE(reqs[i].method, QByteArray("GET"));
            QCOMPARE(reqs[i].path, QStringLiteral("/a/%1/api/v0.5/form/").arg(domain));
            const QUrlQuery q(reqs[i].query);
            QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
            if (i > 0)
                QCOMPARE(q.queryItemValue(QStringLiteral("offset")), QString::number(i));
            QVERIFY(header(reqs[i], "authorization").startsWith("ApiKey ") || header(reqs[i], "authorization").startsWith("Basic "));
        }
        const QJsonArray data = obj(r.finalState).value(QStringLiteral("data")).toArray();
        QCOMPARE(int(data.size()), int(reqs.size()));
    }

    void commcare_429ThenSuccess()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        m_sandbox->setFault(QStringLiteral("commcare"), {sb::sandbox::FaultKind::TooManyRequests, 1});
        const StepResult r = run(QStringLiteral("get('case/', { limit: 100, offset: 0 });"), QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("commcare"));
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].status, 429);
        QCOMPARE(reqs[1].status, 200);
        QCOMPARE(reqs[0].path, reqs[1].path);
        QVERIFY(obj(r.finalState).value(QStringLiteral("data")).isArray());
    }

    void commcare_post()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        const StepResult r = run(QStringLiteral("post('user/', { username: 'adA', password: 'pw-123' });"),
                                 QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        const auto reqs = sandboxRequests(QStringLiteral("commcare"));
        QVERIFY(reqs.size() >= 1);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/a/%1/api/v0.5/user/").arg(config.value(QStringLiteral("domain")).toString()));
        QCOMPARE(bodyJson(reqs[0]), (QJsonObject{{QStringLiteral("username"), QStringLiteral("adA")}, {QStringLiteral("password"), QStringLiteral("pw-123")}}));
        QVERIFY(header(reqs[0], "content-type").startsWith("application/json"));
        // the sandbox may or may not emulate the user API; either way the outcome is exact
        if (reqs[0].status < 400)
            QVERIFY2(r.ok(), qPrintable(dump(r)));
        else
            QVERIFY2(r.reason == ExitReason::Fail && r.error->message.contains(QString::number(reqs[0].status)), qPrintable(dump(r)));
    }

    void commcare_submitXForm()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        const StepResult r = run(QStringLiteral(
                                     "submit(fields(\n"
                                     "  field('@', { xmlns: 'http://openrosa.org/formdesigner/adA', 'xmlns:jrm': 'http://dev.commcarehq.org/jr/xforms' }),\n"
                                     "  field('question1', 'A & B'),\n"
                                     "  field('group', { inner: 'x', list: ['1', '2'] }),\n"
                                     "  field('meta', { instanceID: 'uuid:adA-0001', empty: '' })\n"
                                     "));\n"),
                                 QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        const auto reqs = sandboxRequests(QStringLiteral("commcare"));
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/a/%1/receiver/%2/").arg(config.value(QStringLiteral("domain")).toString(),
                                                                        config.value(QStringLiteral("appId")).toString()));
        QVERIFY(header(reqs[0], "content-type").startsWith("text/xml"));
        QCOMPARE(QString::fromUtf8(reqs[0].body),
                 QStringLiteral("<?xml version='1.0'?>\n"
                                "<data xmlns='http://openrosa.org/formdesigner/adA' xmlns:jrm='http://dev.commcarehq.org/jr/xforms'>\n"
                                "    <question1>A &amp; B</question1>\n"
                                "    <group>\n"
                                "        <inner>x</inner>\n"
                                "        <list>1</list>\n"
                                "        <list>2</list>\n"
                                "    </group>\n"
                                "    <meta>\n"
                                "        <instanceID>uuid:adA-0001</instanceID>\n"
                                "        <empty/>\n"
                                "    </meta>\n"
                                "</data>"));
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(reqs[0].status, 201);
        QVERIFY(obj(r.finalState).value(QStringLiteral("data")).isString());
    }

    void commcare_submitXlsMultipart()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        const StepResult r = run(QStringLiteral("submitXls([{ name: 'Mamadou', phone: '000' }], { case_type: 'student', search_field: 'external_id', create_new_cases: 'on' });"),
                                 QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        const auto reqs = sandboxRequests(QStringLiteral("commcare"));
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/a/%1/importer/excel/bulk_upload_api/").arg(config.value(QStringLiteral("domain")).toString()));
        QVERIFY(header(reqs[0], "content-type").startsWith("multipart/form-data"));
        QVERIFY(reqs[0].body.contains("name=\"case_type\"\r\n\r\nstudent"));
        QVERIFY(reqs[0].body.contains("filename=\"output.csv\""));
        QVERIFY(reqs[0].body.contains("name,phone\r\nMamadou,000\r\n"));
        if (reqs[0].status < 400)
            QVERIFY2(r.ok(), qPrintable(dump(r)));
        else
            QVERIFY2(r.reason == ExitReason::Fail, qPrintable(dump(r)));
    }

    void commcare_missingCredentialIsClear()
    {
        QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        config.remove(QStringLiteral("apiKey"));
        config.remove(QStringLiteral("password"));
        const StepResult r = run(QStringLiteral("get('case/');"), QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        QCOMPARE(r.reason, ExitReason::Fail);
        QVERIFY2(r.error && r.error->message.contains(QLatin1String("apiKey or password")), qPrintable(dump(r)));
    }
};

QTEST_GUILESS_MAIN(TestAdaptorsA)
#include "tst_adaptors_a.moc"
