// "Test connection" against the built-in sandbox: every credential type signs in with the
// right login and is refused with a wrong one, and the network failures an administrator
// meets (refused, silent, not https, incomplete) come back as plain, secret-free sentences.
#include "credentials/connectiontest.h"
#include "credentials/credentialtypes.h"
#include "sandbox/sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#endif

using namespace sb::credentials;
using namespace Qt::StringLiterals;
using Outcome = ConnectionResult::Outcome;

Q_DECLARE_METATYPE(sb::credentials::ConnectionResult::Outcome)

namespace {

// Passwords and keys the sandbox accepts (see each *system.cpp), and the wrong ones used here.
const QString kSalesforceClientId = QStringLiteral("sandbox-client-id");
const QString kSalesforceClientSecret = QStringLiteral("sandbox-client-secret");
const QString kDhis2Pat = QStringLiteral("d2pat_sandboxToken000000000000000000000000001");
const QString kWrong = QStringLiteral("wrong-Secret-4711");
const QString kEchoed = QStringLiteral("echoed-Secret-0815");

// A TCP server that answers every request with `answer`, or never answers when it is empty.
class CannedServer final : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer) : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                m_sockets.append(s);
                if (m_answer.isEmpty())
                    continue;
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_received += s->readAll();
                    if (m_received.contains("\r\n\r\n"))
                        s->write(m_answer);
                });
            }
        });
    }
    QByteArray received() const { return m_received; }

private:
    QByteArray m_answer;
    QByteArray m_received;
    QList<QPointer<QTcpSocket>> m_sockets; // kept open: the silent server holds them
};

QByteArray httpAnswer(int status, const QByteArray &reason, const QByteArray &json)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(json.size()) + "\r\nConnection: close\r\n\r\n" + json;
}

} // namespace

class TestConnectionTest : public QObject
{
    Q_OBJECT

private:
    sb::sandbox::Sandbox m_sandbox;
    QString m_sfToken;
    QStringList m_messages; // every message seen, for the secret check at the end
    QStringList m_secrets;  // every secret sent

    ConnectionResult run(const QString &type, const QJsonObject &body, int timeoutMs = 60000)
    {
        for (auto it = body.begin(); it != body.end(); ++it) {
            if (credentialType(type) && it.value().isString() && isSecretField(type, it.key()))
                m_secrets << it.value().toString();
        }
        const ConnectionResult r = testConnectionNow(type, body, timeoutMs);
        m_messages << r.message;
        qInfo().noquote() << type << toString(r.outcome) << r.httpStatus << r.message;
        return r;
    }

    QString url(const QString &system, const QString &path = {}) const { return m_sandbox.systemUrl(system) + path; }

    // The sandbox's own configuration for a system, cut down to the type's fields.
    QJsonObject config(const QString &system, const QStringList &fields) const
    {
        const QJsonObject all = m_sandbox.configuration(system);
        QJsonObject out;
        for (const QString &f : fields) {
            if (all.contains(f))
                out.insert(f, all.value(f));
        }
        return out;
    }

    static QJsonObject with(QJsonObject o, const QString &name, const QJsonValue &value)
    {
        if (value.isUndefined())
            o.remove(name);
        else
            o.insert(name, value);
        return o;
    }

    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_sandbox.port()); }

private Q_SLOTS:
    void initTestCase()
    {
        const sb::Status started = m_sandbox.start(QStringLiteral("127.0.0.1"), 0);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));

        // An OAuth session for the access-token way of the Salesforce type.
        const QJsonObject sf = m_sandbox.configuration(QStringLiteral("salesforce"));
        QUrlQuery form;
        form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("password"));
        form.addQueryItem(QStringLiteral("client_id"), kSalesforceClientId);
        form.addQueryItem(QStringLiteral("client_secret"), kSalesforceClientSecret);
        form.addQueryItem(QStringLiteral("username"), sf.value(QStringLiteral("username")).toString());
        form.addQueryItem(QStringLiteral("password"),
                          sf.value(QStringLiteral("password")).toString() + sf.value(QStringLiteral("securityToken")).toString());
        QNetworkAccessManager net;
        QNetworkRequest request(QUrl(url(QStringLiteral("salesforce"), QStringLiteral("/services/oauth2/token"))));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *reply = net.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(60000));
        m_sfToken = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
        reply->deleteLater();
        QVERIFY(!m_sfToken.isEmpty());
        m_secrets << m_sfToken << kSalesforceClientSecret;
    }

    void signIn_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QString>("message");

        const QString sfUser = m_sandbox.configuration(QStringLiteral("salesforce")).value(QStringLiteral("username")).toString();
        const QJsonObject sf = config(QStringLiteral("salesforce"), {QStringLiteral("loginUrl"), QStringLiteral("username"),
                                                                     QStringLiteral("password"), QStringLiteral("securityToken")});
        QTest::newRow("salesforce password") << u"salesforce"_s << sf << Outcome::Ok
                                             << QStringLiteral("Signed in to Salesforce as %1 (%2).").arg(sfUser, host());
        QTest::newRow("salesforce password, api version") << u"salesforce"_s << with(sf, u"apiVersion"_s, u"58.0"_s) << Outcome::Ok
                                                          << QStringLiteral("Signed in to Salesforce as %1 (%2).").arg(sfUser, host());
        QTest::newRow("salesforce wrong password") << u"salesforce"_s << with(sf, u"password"_s, kWrong) << Outcome::WrongLogin
                                                   << u"Salesforce refused the login: wrong user name, password or security token."_s;
        QTest::newRow("salesforce no security token") << u"salesforce"_s << with(sf, u"securityToken"_s, QJsonValue::Undefined)
                                                      << Outcome::WrongLogin
                                                      << u"Salesforce refused the login: wrong user name, password or security token."_s;
        const QJsonObject sfToken{{u"access_token"_s, m_sfToken}, {u"instance_url"_s, url(u"salesforce"_s)}};
        QTest::newRow("salesforce token") << u"salesforce"_s << sfToken << Outcome::Ok
                                          << QStringLiteral("Signed in to Salesforce as %1 (%2).").arg(sfUser, host());
        QTest::newRow("salesforce wrong token") << u"salesforce"_s << with(sfToken, u"access_token"_s, kWrong) << Outcome::WrongLogin
                                                << u"Salesforce refused the access token (expired or revoked)."_s;

        const QJsonObject cc = m_sandbox.configuration(u"commcare"_s);
        const QString domain = cc.value(u"domain"_s).toString();
        const QString ccUser = cc.value(u"username"_s).toString();
        const QJsonObject ccKey = config(u"commcare"_s, {u"hostUrl"_s, u"domain"_s, u"username"_s, u"apiKey"_s});
        const QJsonObject ccPassword = config(u"commcare"_s, {u"hostUrl"_s, u"domain"_s, u"username"_s, u"password"_s});
        QTest::newRow("commcare api key") << u"commcare"_s << ccKey << Outcome::Ok
                                          << QStringLiteral("Signed in to CommCare project %1 as %2.").arg(domain, ccUser);
        QTest::newRow("commcare wrong api key") << u"commcare"_s << with(ccKey, u"apiKey"_s, kWrong) << Outcome::WrongLogin
                                                << QStringLiteral("CommCare refused the login of %1: wrong user name or API key.").arg(ccUser);
        QTest::newRow("commcare password") << u"commcare"_s << ccPassword << Outcome::Ok
                                           << QStringLiteral("Signed in to CommCare project %1 as %2.").arg(domain, ccUser);
        QTest::newRow("commcare wrong password") << u"commcare"_s << with(ccPassword, u"password"_s, kWrong) << Outcome::WrongLogin
                                                 << QStringLiteral("CommCare refused the login of %1: wrong user name or password.").arg(ccUser);
        QTest::newRow("commcare other project") << u"commcare"_s << with(ccKey, u"domain"_s, u"not-mine"_s) << Outcome::WrongLogin
                                                << QStringLiteral("CommCare refused %1 access to project not-mine.").arg(ccUser);
        QTest::newRow("commcare no such server path") << u"commcare"_s << with(ccKey, u"hostUrl"_s, url(u"commcare"_s, u"/elsewhere"_s))
                                                      << Outcome::Unexpected << QStringLiteral("CommCare has no project space %1.").arg(domain);

        const QJsonObject ib = config(u"infobip"_s, {u"baseUrl"_s, u"apiKey"_s});
        QTest::newRow("infobip") << u"infobip"_s << ib << Outcome::Ok << u"Infobip API key accepted; balance 100.00 EUR."_s;
        QTest::newRow("infobip wrong key") << u"infobip"_s << with(ib, u"apiKey"_s, kWrong) << Outcome::WrongLogin
                                           << u"Infobip refused the API key."_s;

        const QJsonObject pr = config(u"primero"_s, {u"url"_s, u"user"_s, u"password"_s});
        const QString prUser = pr.value(u"user"_s).toString();
        QTest::newRow("primero token") << u"primero"_s << pr << Outcome::Ok << QStringLiteral("Signed in to Primero as %1.").arg(prUser);
        QTest::newRow("primero wrong password") << u"primero"_s << with(pr, u"password"_s, kWrong) << Outcome::WrongLogin
                                                << QStringLiteral("Primero refused the login of %1: wrong user name or password.").arg(prUser);
        QTest::newRow("primero basic") << u"primero"_s << with(pr, u"basicAuth"_s, true) << Outcome::Ok
                                       << QStringLiteral("Signed in to Primero as %1.").arg(prUser);
        QTest::newRow("primero basic wrong password")
            << u"primero"_s << with(with(pr, u"basicAuth"_s, true), u"password"_s, kWrong) << Outcome::WrongLogin
            << QStringLiteral("Primero refused the login of %1: wrong user name or password.").arg(prUser);

        const QJsonObject os = config(u"oscar"_s, {u"baseUrl"_s, u"email"_s, u"password"_s});
        const QString osEmail = os.value(u"email"_s).toString();
        QTest::newRow("oscar") << u"oscar"_s << os << Outcome::Ok << QStringLiteral("Signed in to OSCaR as %1.").arg(osEmail);
        QTest::newRow("oscar wrong password") << u"oscar"_s << with(os, u"password"_s, kWrong) << Outcome::WrongLogin
                                              << QStringLiteral("OSCaR refused the sign-in of %1: wrong email or password.").arg(osEmail);

        const QJsonObject his = config(u"his"_s, {u"baseUrl"_s, u"email"_s, u"password"_s, u"verifyTls"_s});
        const QString hisEmail = his.value(u"email"_s).toString();
        QTest::newRow("his") << u"his"_s << his << Outcome::Ok << QStringLiteral("Signed in to HIS as %1.").arg(hisEmail);
        QTest::newRow("his api root") << u"his"_s << with(his, u"baseUrl"_s, url(u"his"_s, u"/api"_s)) << Outcome::Ok
                                      << QStringLiteral("Signed in to HIS as %1.").arg(hisEmail);
        QTest::newRow("his wrong password") << u"his"_s << with(his, u"password"_s, kWrong) << Outcome::WrongLogin
                                            << QStringLiteral("HIS refused the login of %1: wrong email or password.").arg(hisEmail);

        // The HTTP type against a CHT endpoint that needs Basic.
        const QJsonObject cht = m_sandbox.configuration(u"cht"_s);
        const QJsonObject http{{u"baseUrl"_s, url(u"cht"_s, u"/_session"_s)},
                               {u"username"_s, cht.value(u"username"_s)},
                               {u"password"_s, cht.value(u"password"_s)}};
        QTest::newRow("http basic") << u"http"_s << http << Outcome::Ok << u"The server answered 200 OK."_s;
        QTest::newRow("http wrong password") << u"http"_s << with(http, u"password"_s, kWrong) << Outcome::WrongLogin
                                             << u"The server refused the login (HTTP 401 Unauthorized)."_s;
        QTest::newRow("http not found") << u"http"_s << with(http, u"baseUrl"_s, url(u"cht"_s, u"/nothing/here/at/all"_s))
                                        << Outcome::Unexpected << QStringLiteral("%1 answered HTTP 404 Not Found: not_found").arg(host());
        const QJsonObject bearer{{u"baseUrl"_s, url(u"salesforce"_s, u"/services/data/v58.0/"_s)}, {u"access_token"_s, m_sfToken}};
        QTest::newRow("http bearer") << u"http"_s << bearer << Outcome::Ok << u"The server answered 200 OK."_s;
        QTest::newRow("http wrong bearer") << u"http"_s << with(bearer, u"access_token"_s, kWrong) << Outcome::WrongLogin
                                           << u"The server refused the login (HTTP 401 Unauthorized)."_s;

        const QJsonObject d2 = config(u"dhis2"_s, {u"hostUrl"_s, u"username"_s, u"password"_s});
        const QString d2User = d2.value(u"username"_s).toString();
        QTest::newRow("dhis2 basic") << u"dhis2"_s << d2 << Outcome::Ok << QStringLiteral("Signed in to DHIS2 as %1.").arg(d2User);
        QTest::newRow("dhis2 wrong password") << u"dhis2"_s << with(d2, u"password"_s, kWrong) << Outcome::WrongLogin
                                              << QStringLiteral("DHIS2 refused the login of %1: wrong user name or password.").arg(d2User);
        const QJsonObject d2Pat{{u"hostUrl"_s, d2.value(u"hostUrl"_s)}, {u"pat"_s, kDhis2Pat}};
        QTest::newRow("dhis2 token") << u"dhis2"_s << d2Pat << Outcome::Ok << QStringLiteral("Signed in to DHIS2 as %1.").arg(d2User);
        QTest::newRow("dhis2 token, api version") << u"dhis2"_s << with(d2Pat, u"apiVersion"_s, u"40"_s) << Outcome::Ok
                                                  << QStringLiteral("Signed in to DHIS2 as %1.").arg(d2User);
        QTest::newRow("dhis2 wrong token") << u"dhis2"_s << with(d2Pat, u"pat"_s, kWrong) << Outcome::WrongLogin
                                           << u"DHIS2 refused the personal access token."_s;

        const QJsonObject om = config(u"openmrs"_s, {u"instanceUrl"_s, u"username"_s, u"password"_s});
        const QString omUser = om.value(u"username"_s).toString();
        QTest::newRow("openmrs") << u"openmrs"_s << om << Outcome::Ok << QStringLiteral("Signed in to OpenMRS as %1.").arg(omUser);
        QTest::newRow("openmrs wrong password") << u"openmrs"_s << with(om, u"password"_s, kWrong) << Outcome::WrongLogin
                                                << QStringLiteral("OpenMRS refused the login of %1: wrong user name or password.").arg(omUser);

        const QJsonObject rp = config(u"rapidpro"_s, {u"host"_s, u"token"_s});
        QTest::newRow("rapidpro") << u"rapidpro"_s << rp << Outcome::Ok << u"RapidPro token accepted for workspace Switchboard Sandbox."_s;
        QTest::newRow("rapidpro wrong token") << u"rapidpro"_s << with(rp, u"token"_s, kWrong) << Outcome::WrongLogin
                                              << u"RapidPro refused the API token."_s;

        const QJsonObject ch = config(u"cht"_s, {u"url"_s, u"username"_s, u"password"_s});
        const QString chUser = ch.value(u"username"_s).toString();
        QTest::newRow("cht") << u"cht"_s << ch << Outcome::Ok << QStringLiteral("Signed in to CHT as %1.").arg(chUser);
        QTest::newRow("cht wrong password") << u"cht"_s << with(ch, u"password"_s, kWrong) << Outcome::WrongLogin
                                            << QStringLiteral("CHT refused the login of %1: wrong user name or password.").arg(chUser);
    }

    void signIn()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(Outcome, outcome);
        QFETCH(QString, message);
        const ConnectionResult r = run(type, body);
        QVERIFY2(r.outcome == outcome, qPrintable(toString(r.outcome) + QStringLiteral(": ") + r.message));
        QCOMPARE(r.message, message);
        QCOMPARE(r.ok(), outcome == Outcome::Ok);
        QVERIFY(r.httpStatus > 0);
        QVERIFY(r.durationMs >= 0);
    }

    // The extra headers of an HTTP credential reach the server (the sandbox's request log).
    void httpExtraHeaders()
    {
        m_sandbox.clearRequests();
        const QJsonObject rp = m_sandbox.configuration(u"rapidpro"_s);
        const QJsonObject body{{u"baseUrl"_s, url(u"rapidpro"_s, u"/api/v2/workspace.json"_s)},
                               {u"headers"_s, QJsonObject{{u"Authorization"_s, QString(u"Token "_s + rp.value(u"token"_s).toString())},
                                                          {u"X-Switchboard-Probe"_s, u"extra-header-value"_s}}}};
        const ConnectionResult r = run(u"http"_s, body);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.message, u"The server answered 200 OK."_s);
        const QList<sb::sandbox::RecordedRequest> seen = m_sandbox.requests(u"rapidpro"_s);
        QCOMPARE(seen.size(), 1);
        bool found = false;
        for (const auto &[name, value] : seen.first().headers)
            found = found || (name.compare("x-switchboard-probe", Qt::CaseInsensitive) == 0 && value == "extra-header-value");
        QVERIFY(found);
    }

    void unreachable()
    {
        // A port that was just free: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const ConnectionResult r = run(u"infobip"_s, {{u"baseUrl"_s, QStringLiteral("http://127.0.0.1:%1").arg(port)},
                                                       {u"apiKey"_s, kWrong}});
        QCOMPARE(toString(r.outcome), u"unreachable"_s);
        QCOMPARE(r.message, QStringLiteral("Host unreachable: 127.0.0.1:%1 refused the connection.").arg(port));
        QCOMPARE(r.httpStatus, 0);
    }

    void unknownHost()
    {
        // .invalid never resolves (RFC 6761); a resolver may still take a while to say so.
        const ConnectionResult r = run(u"openmrs"_s, {{u"instanceUrl"_s, u"http://switchboard-test.invalid"_s},
                                                       {u"username"_s, u"admin"_s},
                                                       {u"password"_s, kWrong}},
                                       20000);
        QVERIFY2(r.outcome == Outcome::Unreachable || r.outcome == Outcome::Timeout, qPrintable(r.message));
        if (r.outcome == Outcome::Unreachable)
            QCOMPARE(r.message, u"Host unreachable: unknown host switchboard-test.invalid."_s);
    }

    void silentServerTimesOut()
    {
        CannedServer silent{QByteArray()};
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        const ConnectionResult r = run(u"cht"_s, {{u"url"_s, QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())},
                                                   {u"username"_s, u"medic"_s},
                                                   {u"password"_s, kWrong}},
                                       500);
        QCOMPARE(toString(r.outcome), u"timeout"_s);
        QCOMPARE(r.message, QStringLiteral("No answer from 127.0.0.1:%1 within 0.5 s.").arg(silent.serverPort()));
    }

#if QT_CONFIG(ssl)
    void httpsToPlainPortIsTls()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend.");
        const QString https = QStringLiteral("https://127.0.0.1:%1/infobip").arg(m_sandbox.port());
        const ConnectionResult r = run(u"infobip"_s, {{u"baseUrl"_s, https}, {u"apiKey"_s, kWrong}});
        QVERIFY2(r.outcome == Outcome::Tls, qPrintable(toString(r.outcome) + QStringLiteral(": ") + r.message));
        QVERIFY2(r.message.contains(host()), qPrintable(r.message));

        // HIS names the switch that turns certificate checks off.
        const QJsonObject his{{u"baseUrl"_s, QStringLiteral("https://127.0.0.1:%1/his").arg(m_sandbox.port())},
                              {u"email"_s, u"someone@example.org"_s},
                              {u"password"_s, kWrong}};
        const ConnectionResult h = run(u"his"_s, his);
        QVERIFY2(h.outcome == Outcome::Tls, qPrintable(h.message));
        QVERIFY2(h.message.contains(u"Check the server's certificate"_s), qPrintable(h.message));
    }

    // A self-signed certificate: refused unless HIS's "Check the server's certificate" is off.
    void selfSignedCertificate()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("This Qt has no TLS backend.");
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("No openssl program to make a throw-away certificate.");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess make;
        make.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                             u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s),
                             u"-out"_s, dir.filePath(u"cert.pem"_s)});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);
        QFile keyFile(dir.filePath(u"key.pem"_s));
        QFile certFile(dir.filePath(u"cert.pem"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly) && certFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);

        QSslServer server;
        server.setSslConfiguration(tls);
        QByteArray received;
        const QByteArray answer = httpAnswer(200, "OK", R"({"id":"his-session-token","ttl":1209600,"userId":1})");
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s, &received, answer] {
                    received += s->readAll();
                    if (received.contains("\r\n\r\n") && received.contains("}"))
                        s->write(answer);
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QJsonObject his{{u"baseUrl"_s, QStringLiteral("https://127.0.0.1:%1/api").arg(server.serverPort())},
                        {u"email"_s, u"someone@example.org"_s},
                        {u"password"_s, u"self-signed-Secret-1"_s}};
        const ConnectionResult refused = run(u"his"_s, his);
        QVERIFY2(refused.outcome == Outcome::Tls, qPrintable(toString(refused.outcome) + QStringLiteral(": ") + refused.message));
        QVERIFY2(refused.message.contains(u"certificate"_s), qPrintable(refused.message));
        QVERIFY2(refused.message.contains(u"Check the server's certificate"_s), qPrintable(refused.message));

        his.insert(u"verifyTls"_s, false);
        const ConnectionResult accepted = run(u"his"_s, his);
        QVERIFY2(accepted.ok(), qPrintable(accepted.message));
        QCOMPARE(accepted.message, u"Signed in to HIS as someone@example.org."_s);
        QVERIFY(received.contains("POST /api/Users/login"));
    }
#endif

    // A server that echoes the password in its error text: the message shows **** instead.
    void echoedSecretIsMasked()
    {
        const QByteArray echo = QJsonDocument(QJsonObject{{u"message"_s, QString(u"Database said: bad password "_s + kEchoed)}})
                                    .toJson(QJsonDocument::Compact);
        CannedServer server{httpAnswer(500, "Internal Server Error", echo)};
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const ConnectionResult r = run(u"http"_s, {{u"baseUrl"_s, QStringLiteral("http://127.0.0.1:%1/x").arg(server.serverPort())},
                                                    {u"username"_s, u"someone"_s},
                                                    {u"password"_s, kEchoed}});
        QCOMPARE(toString(r.outcome), u"unexpected"_s);
        QCOMPARE(r.httpStatus, 500);
        QCOMPARE(r.message, QStringLiteral("127.0.0.1:%1 answered HTTP 500 Internal Server Error: Database said: bad password ****")
                                .arg(server.serverPort()));
    }

    void notJson()
    {
        CannedServer server{"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 15\r\nConnection: close\r\n\r\n<html>hi</html>"};
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const ConnectionResult r = run(u"rapidpro"_s, {{u"host"_s, QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())},
                                                        {u"token"_s, kWrong}});
        QCOMPARE(toString(r.outcome), u"unexpected"_s);
        QVERIFY2(r.message.contains(u"text/html instead of JSON"_s), qPrintable(r.message));
    }

    void rawIsNotTestable()
    {
        const ConnectionResult r = run(u"raw"_s, {{u"anything"_s, kWrong}});
        QCOMPARE(toString(r.outcome), u"not-testable"_s);
        QCOMPARE(r.message, u"A raw JSON credential has no system to test against."_s);
    }

    void incomplete_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("infobip without key") << u"infobip"_s << QJsonObject{{u"baseUrl"_s, url(u"infobip"_s)}}
                                             << u"API key is required."_s;
        QTest::newRow("openmrs without user") << u"openmrs"_s
                                              << QJsonObject{{u"instanceUrl"_s, url(u"openmrs"_s)}, {u"password"_s, kWrong}}
                                              << u"User name is required."_s;
        QTest::newRow("http without address") << u"http"_s << QJsonObject{{u"access_token"_s, kWrong}}
                                              << u"Base URL is required to test an HTTP credential."_s;
        QTest::newRow("salesforce token without instance")
            << u"salesforce"_s << QJsonObject{{u"access_token"_s, kWrong}}
            << u"Either a user name, password and login URL, or an access token with its instance URL."_s;
        QTest::newRow("not a web address") << u"cht"_s
                                           << QJsonObject{{u"url"_s, u"cht.example.org"_s}, {u"username"_s, u"u"_s}, {u"password"_s, kWrong}}
                                           << u"URL “cht.example.org” is not a web address; write it in full, such as https://example.org."_s;
    }

    void incomplete()
    {
        QFETCH(QString, type);
        QFETCH(QJsonObject, body);
        QFETCH(QString, message);
        m_sandbox.clearRequests();
        const ConnectionResult r = run(type, body);
        QCOMPARE(toString(r.outcome), u"incomplete"_s);
        QCOMPARE(r.message, message);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY(m_sandbox.requests().isEmpty()); // nothing was sent
    }

    void unknownType()
    {
        const ConnectionResult r = run(u"nosuchsystem"_s, {{u"x"_s, u"y"_s}});
        QCOMPARE(toString(r.outcome), u"incomplete"_s);
        QVERIFY2(r.message.contains(u"nosuchsystem"_s), qPrintable(r.message));
    }

    // The asynchronous form calls back once on this thread, and never once its context is gone.
    void asynchronous()
    {
        QObject context;
        int calls = 0;
        ConnectionResult got;
        testConnection(u"rapidpro"_s, config(u"rapidpro"_s, {u"host"_s, u"token"_s}), &context, [&](const ConnectionResult &r) {
                           ++calls;
                           got = r;
                           QCOMPARE(QThread::currentThread(), thread());
                       });
        QCOMPARE(calls, 0); // never synchronously
        QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 60000);
        QVERIFY2(got.ok(), qPrintable(got.message));

        bool calledAfterDeath = false;
        auto *gone = new QObject;
        testConnection(u"raw"_s, {{u"a"_s, 1}}, gone, [&](const ConnectionResult &) { calledAfterDeath = true; });
        testConnection(u"cht"_s, config(u"cht"_s, {u"url"_s, u"username"_s, u"password"_s}), gone,
                       [&](const ConnectionResult &) { calledAfterDeath = true; });
        delete gone;
        // A later test on the same loop is answered: the earlier ones had their chance too.
        const ConnectionResult after = run(u"cht"_s, config(u"cht"_s, {u"url"_s, u"username"_s, u"password"_s}));
        QVERIFY2(after.ok(), qPrintable(after.message));
        QVERIFY(!calledAfterDeath);
    }

    // Last: no message of this whole test carried a secret that was sent.
    void noSecretInMessages()
    {
        QVERIFY(m_messages.size() > 40);
        m_secrets.removeAll(QString());
        for (const QString &s : {u"sandbox-password"_s, u"SANDBOXTOKEN"_s, kDhis2Pat, kWrong, kEchoed})
            m_secrets << s;
        for (const QString &message : std::as_const(m_messages)) {
            QVERIFY(!message.isEmpty());
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!message.contains(secret), qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
