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


    void http3_patchDel_parseCSV()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral("patch('/echo', { body: { a: 2 }, query: { p: 1 } });\n"
                                                "fn(s => { s.patched = s.data; return s; });\n"
                                                "del('/echo/7', { headers: { 'X-Del': 'y' } });\n"
                                                "fn(s => { s.deleted = s.data; return s; });\n"
                                                "parseCSV('a,b\\n1,2\\n3,4', { columns: true });\n"),
                                 QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].method, QByteArray("PATCH"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/echo"));
        QCOMPARE(seen[0].query, QStringLiteral("p=1"));
        QCOMPARE(seen[0].body, QByteArray("{\"a\":2}"));
        QVERIFY(seen[0].headers.value("content-type").startsWith("application/json"));
        QCOMPARE(seen[0].headers.value("authorization"), QByteArray("Basic ") + QByteArray("ann:s3cret").toBase64());
        QCOMPARE(seen[1].method, QByteArray("DELETE"));
        QCOMPARE(seen[1].path, QStringLiteral("/api/echo/7"));
        QCOMPARE(seen[1].query, QString());
        QCOMPARE(seen[1].body, QByteArray());
        QCOMPARE(seen[1].headers.value("x-del"), QByteArray("y"));
        QCOMPARE(seen[1].headers.value("authorization"), QByteArray("Basic ") + QByteArray("ann:s3cret").toBase64());
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("patched")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(state.value(QStringLiteral("patched")).toObject().value(QStringLiteral("body")).toString(), QStringLiteral("{\"a\":2}"));
        QCOMPARE(state.value(QStringLiteral("deleted")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
        QCOMPARE(state.value(QStringLiteral("deleted")).toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/api/echo/7"));
        // parseCSV: the rows in data, the DELETE's body appended to references
        QCOMPARE(state.value(QStringLiteral("data")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("a"), QStringLiteral("1")}, {QStringLiteral("b"), QStringLiteral("2")}},
                             QJsonObject{{QStringLiteral("a"), QStringLiteral("3")}, {QStringLiteral("b"), QStringLiteral("4")}}}));
        const QJsonArray refs = state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs[0].toObject(), (QJsonObject{{QStringLiteral("in"), 1}}));
        QCOMPARE(refs[2].toObject().value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));

        // parseCSV of anything but text is a clear error
        const StepResult bad = run(QStringLiteral("parseCSV({ not: 'csv' });"), QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QCOMPARE(bad.reason, ExitReason::Fail);
        QVERIFY2(bad.error && bad.error->message.contains(QLatin1String("only CSV text")), qPrintable(dump(bad)));
    }

    void http_parseXML_notAvailable()
    {
        for (const char *version : {"3.1.1", "6.5.1"}) {
            const int before = int(m_server->seen().size());
            const StepResult r = run(QStringLiteral("parseXML('<a><b>1</b></a>', doc => doc('b').text());"),
                                     QStringLiteral("@openfn/language-http@") + QLatin1String(version), httpConfig());
            QCOMPARE(r.reason, ExitReason::Fail);
            QVERIFY2(r.error && r.error->message.contains(QLatin1String("parseXML is not available in Switchboard's language-http")),
                     qPrintable(dump(r)));
            QVERIFY2(r.error->message.contains(QLatin1String("cheerio")), qPrintable(dump(r)));
            QCOMPARE(int(m_server->seen().size()), before);
        }
    }

    void http3_commonHttpHelpers()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral(
                                     "fn(async s => {\n"
                                     "  const posted = await http.post({ url: 'echo', baseURL: '%1/api', data: { a: 1 }, params: { q: 2 },\n"
                                     "    auth: { username: 'ann', password: 's3cret' }, headers: { 'X-H': 'h' } })(s);\n"
                                     "  const text = await http.get({ url: '%1/api/text' })(s);\n"
                                     "  const put = await http.request({ method: 'put', url: '/echo/5', baseURL: '%1/api', data: 'raw' })(s);\n"
                                     "  s.got = { status: posted.status, method: posted.data.method, path: posted.data.path,\n"
                                     "            text: text.data, putMethod: put.data.method, putBody: put.data.body };\n"
                                     "  return s;\n"
                                     "});\n").arg(m_base),
                                 QStringLiteral("@openfn/language-http@3.1.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0].method, QByteArray("POST"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/echo"));
        QCOMPARE(seen[0].query, QStringLiteral("q=2"));
        QCOMPARE(seen[0].body, QByteArray("{\"a\":1}"));
        QCOMPARE(seen[0].headers.value("x-h"), QByteArray("h"));
        QCOMPARE(seen[0].headers.value("authorization"), QByteArray("Basic ") + QByteArray("ann:s3cret").toBase64());
        QCOMPARE(seen[1].method, QByteArray("GET"));
        QCOMPARE(seen[1].path, QStringLiteral("/api/text"));
        QVERIFY(!seen[1].headers.contains("authorization")); // the helpers take no credential from the configuration
        QCOMPARE(seen[2].method, QByteArray("PUT"));
        QCOMPARE(seen[2].path, QStringLiteral("/api/echo/5"));
        QCOMPARE(seen[2].body, QByteArray("raw"));
        const QJsonObject got = obj(r.finalState).value(QStringLiteral("got")).toObject();
        QCOMPARE(got, (QJsonObject{{QStringLiteral("status"), 200},
                                   {QStringLiteral("method"), QStringLiteral("POST")},
                                   {QStringLiteral("path"), QStringLiteral("/api/echo")},
                                   {QStringLiteral("text"), QStringLiteral("hello, world")},
                                   {QStringLiteral("putMethod"), QStringLiteral("PUT")},
                                   {QStringLiteral("putBody"), QStringLiteral("raw")}}));
    }

    void http6_patchDel()
    {
        const int before = int(m_server->seen().size());
        const StepResult r = run(QStringLiteral("patch('/echo', { body: { b: 1 }, headers: { 'X-P': '1' } }, s => { s.code = s.response.statusCode; return s; });\n"
                                                "fn(s => { s.patched = s.data; return s; });\n"
                                                "del('/echo/9', { query: { hard: true } });\n"
                                                "fn(s => { s.resp = { ...s.response, headers: undefined, body: undefined }; return s; });\n"),
                                 QStringLiteral("@openfn/language-http@6.5.1"), httpConfig());
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].method, QByteArray("PATCH"));
        QCOMPARE(seen[0].path, QStringLiteral("/api/echo"));
        QCOMPARE(seen[0].body, QByteArray("{\"b\":1}"));
        QCOMPARE(seen[0].headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(seen[0].headers.value("x-p"), QByteArray("1"));
        QCOMPARE(seen[0].headers.value("authorization"), QByteArray("Basic ") + QByteArray("ann:s3cret").toBase64());
        QCOMPARE(seen[1].method, QByteArray("DELETE"));
        QCOMPARE(seen[1].path, QStringLiteral("/api/echo/9"));
        QCOMPARE(seen[1].query, QStringLiteral("hard=true"));
        QCOMPARE(seen[1].body, QByteArray());
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("code")).toInt(), 200);
        QCOMPARE(state.value(QStringLiteral("patched")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("PATCH"));
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
        QVERIFY(!state.contains(QStringLiteral("response"))); // the runtime leaves it out of the final state
        const QJsonObject response = state.value(QStringLiteral("resp")).toObject();
        QCOMPARE(response.value(QStringLiteral("method")).toString(), QStringLiteral("DELETE"));
        QCOMPARE(response.value(QStringLiteral("statusCode")).toInt(), 200);
        QVERIFY(response.value(QStringLiteral("url")).toString().endsWith(QLatin1String("/api/echo/9?hard=true"))
                || response.value(QStringLiteral("url")).toString().endsWith(QLatin1String("/api/echo/9")));
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

    void salesforce_createIf_lookup_reference_retrieve_destroy_v4()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const QByteArray input = R"({"data":{"clinic":"866476001e17498bae203dcf7bab4e0d"}})";
        const StepResult r = run(QStringLiteral(
                                     "createIf(false, 'Contact', { LastName: 'Never' });\n"
                                     "createIf(true, 'Contact', fields(field('LastName', 'Lk'), lookup('Account', 'CAST_Location_ID__c', '$.data.clinic')));\n"
                                     "fn(s => { s.refId = reference(0)(s); return s; });\n"
                                     "retrieve('Contact', s => s.refId);\n"
                                     "destroy('Contact', s => s.refId);\n"),
                                 QStringLiteral("@openfn/language-salesforce@4.8.6"), config, input);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 4); // login, create (not the `false` one), retrieve, delete
        QCOMPARE(reqs[1].method, QByteArray("POST"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v47.0/sobjects/Contact"));
        QCOMPARE(bodyJson(reqs[1]),
                 (QJsonObject{{QStringLiteral("LastName"), QStringLiteral("Lk")},
                              {QStringLiteral("Account"), QJsonObject{{QStringLiteral("CAST_Location_ID__c"), QStringLiteral("866476001e17498bae203dcf7bab4e0d")}}}}));
        const QJsonObject state = obj(r.finalState);
        const QString id = state.value(QStringLiteral("refId")).toString();
        QVERIFY(id.startsWith(QLatin1String("003")));
        QCOMPARE(reqs[2].method, QByteArray("GET"));
        QCOMPARE(reqs[2].path, QStringLiteral("/services/data/v47.0/sobjects/Contact/%1").arg(id));
        QVERIFY(header(reqs[2], "authorization").startsWith("Bearer "));
        QCOMPARE(reqs[3].method, QByteArray("DELETE"));
        QCOMPARE(reqs[3].path, QStringLiteral("/services/data/v47.0/sobjects/Contact/%1").arg(id));
        QCOMPARE(reqs[3].status, 204);
        // ≤ 4: each result prepended to references
        const QJsonArray refs = state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs.size(), 3);
        QCOMPARE(refs[0].toObject(), (QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("success"), true}, {QStringLiteral("errors"), QJsonArray()}}));
        const QJsonObject retrieved = refs[1].toObject();
        QCOMPARE(retrieved.value(QStringLiteral("Id")).toString(), id);
        QCOMPARE(retrieved.value(QStringLiteral("LastName")).toString(), QStringLiteral("Lk"));
        QCOMPARE(refs[2].toObject().value(QStringLiteral("id")).toString(), id);
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("clinic")).toString(), QStringLiteral("866476001e17498bae203dcf7bab4e0d"));
        // gone from the sandbox
        QVERIFY(m_sandbox->data().get(QStringLiteral("salesforce"), QStringLiteral("Contact"), id).isEmpty());
    }

    void salesforce_describeAll_v4()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult r = run(QStringLiteral("describeAll();\n"), QStringLiteral("@openfn/language-salesforce@4.8.6"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v47.0/sobjects"));
        QCOMPARE(reqs[1].query, QString());
        const QJsonArray sobjects = obj(r.finalState).value(QStringLiteral("references")).toArray().at(0).toArray();
        QStringList names;
        for (const auto &o : sobjects)
            names << o.toObject().value(QStringLiteral("name")).toString();
        QVERIFY2(names.contains(QStringLiteral("Contact")) && names.contains(QStringLiteral("Account")), qPrintable(names.join(QLatin1Char(','))));
    }

    void salesforce_retrieve_destroy_v9()
    {
        m_sandbox->clearRequests();
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult r = run(QStringLiteral(
                                     "create('Contact', { LastName: 'Del9' });\n"
                                     "fn(s => { s.newId = s.data.completed[0]; return s; });\n"
                                     "retrieve('Contact', s => s.newId);\n"
                                     "fn(s => { s.retrieved = s.data; return s; });\n"
                                     "destroy('Contact', s => [s.newId]);\n"),
                                 QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 4);
        const QJsonObject state = obj(r.finalState);
        const QString id = state.value(QStringLiteral("newId")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(reqs[2].method, QByteArray("GET"));
        QCOMPARE(reqs[2].path, QStringLiteral("/services/data/v47.0/sobjects/Contact/%1").arg(id));
        QCOMPARE(reqs[3].method, QByteArray("DELETE"));
        QCOMPARE(reqs[3].path, QStringLiteral("/services/data/v47.0/sobjects/Contact/%1").arg(id));
        QCOMPARE(reqs[3].body, QByteArray());
        QCOMPARE(state.value(QStringLiteral("retrieved")).toObject().value(QStringLiteral("LastName")).toString(), QStringLiteral("Del9"));
        // ≥ 5: {success, completed, errors} in data
        QCOMPARE(state.value(QStringLiteral("data")).toObject(),
                 (QJsonObject{{QStringLiteral("success"), true}, {QStringLiteral("completed"), QJsonArray{id}}, {QStringLiteral("errors"), QJsonArray()}}));
        QVERIFY(m_sandbox->data().get(QStringLiteral("salesforce"), QStringLiteral("Contact"), id).isEmpty());

        // deleting it again: Salesforce's 404 fails the step with status and body
        m_sandbox->clearRequests();
        const StepResult again = run(QStringLiteral("destroy('Contact', '%1');").arg(id), QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
        QCOMPARE(again.reason, ExitReason::Fail);
        QVERIFY2(again.error && again.error->message.contains(QLatin1String("404")), qPrintable(dump(again)));
        QVERIFY2(again.error->message.contains(QLatin1String("ENTITY_IS_DELETED")), qPrintable(dump(again)));
    }

    // update() of an array goes through the sObject Collections API (PATCH /composite/sobjects,
    // each record with its Id and attributes.type); the sandbox really updates both.
    void salesforce_updateArray_v9()
    {
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        const StepResult made = run(QStringLiteral("create('Contact', [{ LastName: 'Upd1' }, { LastName: 'Upd2' }]);"),
                                    QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
        QVERIFY2(made.ok(), qPrintable(dump(made)));
        const QJsonArray ids = obj(made.finalState).value(QStringLiteral("data")).toObject().value(QStringLiteral("completed")).toArray();
        QCOMPARE(ids.size(), 2);
        m_sandbox->clearRequests();
        const StepResult r = run(QStringLiteral("update('Contact', [{ Id: '%1', Title: 'Nurse' }, { Id: '%2', Title: 'Doctor' }]);")
                                     .arg(ids[0].toString(), ids[1].toString()),
                                 QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("salesforce"));
        QCOMPARE(reqs.size(), 2); // login, one collection call
        QCOMPARE(reqs[1].method, QByteArray("PATCH"));
        QCOMPARE(reqs[1].path, QStringLiteral("/services/data/v47.0/composite/sobjects"));
        const QJsonArray sent = QJsonDocument::fromJson(reqs[1].body).object().value(QStringLiteral("records")).toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].toObject().value(QStringLiteral("attributes")).toObject().value(QStringLiteral("type")).toString(),
                 QStringLiteral("Contact"));
        QCOMPARE(sent[1].toObject().value(QStringLiteral("Title")).toString(), QStringLiteral("Doctor"));
        QCOMPARE(m_sandbox->data().get(QStringLiteral("salesforce"), QStringLiteral("Contact"), ids[0].toString())
                     .value(QStringLiteral("Title")).toString(),
                 QStringLiteral("Nurse"));
        QCOMPARE(m_sandbox->data().get(QStringLiteral("salesforce"), QStringLiteral("Contact"), ids[1].toString())
                     .value(QStringLiteral("Title")).toString(),
                 QStringLiteral("Doctor"));
        const QJsonObject data = obj(r.finalState).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("success")).toBool(), true);
        QCOMPARE(data.value(QStringLiteral("completed")).toArray(), ids);
    }

    void salesforce_bulkNotAvailable()
    {
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("salesforce"));
        for (const QString &job : {QStringLiteral("bulk('Contact', 'insert', {}, [{ LastName: 'B' }]);"),
                                   QStringLiteral("bulkQuery('SELECT Id FROM Contact');")}) {
            const QString name = job.section(QLatin1Char('('), 0, 0);
            m_sandbox->clearRequests();
            const StepResult r = run(job, QStringLiteral("@openfn/language-salesforce@9.0.2"), config);
            QCOMPARE(r.reason, ExitReason::Fail);
            QVERIFY2(r.error && r.error->message.contains(name + QLatin1String(" is not available in Switchboard's language-salesforce")),
                     qPrintable(dump(r)));
            QVERIFY2(r.error->message.contains(QLatin1String("Bulk API")), qPrintable(dump(r)));
            QCOMPARE(sandboxRequests(QStringLiteral("salesforce")).size(), 1); // the login only
        }
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

    void commcare_fetchReportData()
    {
        m_sandbox->clearRequests();
        const int before = int(m_server->seen().size());
        const QJsonObject config = m_sandbox->configuration(QStringLiteral("commcare"));
        const StepResult r = run(QStringLiteral("fetchReportData('sb-report-1', { limit: 1, offset: 0 }, '%1/inbox/report');").arg(m_base),
                                 QStringLiteral("@openfn/language-commcare@3.2.1"), config);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        const auto reqs = sandboxRequests(QStringLiteral("commcare"));
        QCOMPARE(reqs.size(), 1);
        QCOMPARE(reqs[0].method, QByteArray("GET"));
        QCOMPARE(reqs[0].path, QStringLiteral("/a/%1/api/v0.5/configurablereportdata/sb-report-1/").arg(config.value(QStringLiteral("domain")).toString()));
        const QUrlQuery q(reqs[0].query);
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("1"));
        QCOMPARE(q.queryItemValue(QStringLiteral("offset")), QStringLiteral("0"));
        QCOMPARE(header(reqs[0], "authorization"),
                 QByteArray("ApiKey ") + config.value(QStringLiteral("username")).toString().toUtf8() + ':'
                     + config.value(QStringLiteral("apiKey")).toString().toUtf8());
        QCOMPARE(reqs[0].status, 200);
        // the report, as CommCare sent it, POSTed to postUrl
        const auto seen = seenSince(before);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].method, QByteArray("POST"));
        QCOMPARE(seen[0].path, QStringLiteral("/inbox/report"));
        QCOMPARE(seen[0].query, QString());
        // CommCare's login is not sent to the job's own address
        QVERIFY(!seen[0].headers.contains("authorization"));
        QVERIFY(seen[0].headers.value("content-type").startsWith("application/json"));
        const QJsonObject posted = obj(seen[0].body);
        QCOMPARE(posted.value(QStringLiteral("columns")).toArray().size(), 3);
        QCOMPARE(posted.value(QStringLiteral("columns")).toArray().at(0).toObject().value(QStringLiteral("slug")).toString(), QStringLiteral("case_id"));
        QVERIFY(posted.value(QStringLiteral("data")).toArray().at(0).toObject().contains(QStringLiteral("case_id")));
        QCOMPARE(posted.value(QStringLiteral("data")).toArray().size(), 1);
        QVERIFY(posted.value(QStringLiteral("total_records")).toInt() >= 2);
        QVERIFY(!posted.value(QStringLiteral("next_page")).toString().isEmpty());
        // the state goes on unchanged
        const QJsonObject state = obj(r.finalState);
        QCOMPARE(state.value(QStringLiteral("data")).toObject(), (QJsonObject{{QStringLiteral("in"), 1}}));
        QCOMPARE(state.value(QStringLiteral("references")).toArray(), QJsonArray());
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
