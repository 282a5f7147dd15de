#include "credentials/connectiontest.h"

#include "credentials/credentialtypes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamReader>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>
#include <memory>
#include <optional>

namespace sb::credentials {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::ConnectionTest)
};

using Outcome = ConnectionResult::Outcome;

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

// One HTTP answer as the interpreters see it.
struct Answer
{
    QUrl url;
    int status = 0;
    QString reason;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
    bool success() const { return status >= 200 && status < 300; }
};

struct Plan;

// What an answer means: a result, or one more request to make (RapidPro's older endpoint).
struct Verdict
{
    ConnectionResult result;
    std::shared_ptr<Plan> next;
};

struct Plan
{
    QByteArray method = "GET";
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::function<Verdict(const Answer &)> interpret;
};

// What one test knows about its credential.
struct Context
{
    QString type;
    QJsonObject body;
    QStringList secrets;      // secret values, longest first
    bool ignoreTlsErrors = false; // HIS with verifyTls false
    int timeoutMs = 20000;

    // Hides every secret value inside a text the server sent (an echo of the login, a URL).
    QString mask(QString text) const
    {
        for (const QString &s : secrets)
            text.replace(s, QStringLiteral("****"));
        return text;
    }

    // A field as sent (secrets go out exactly as typed; numbers as their text).
    QString value(const char *name) const
    {
        const QJsonValue v = body.value(QLatin1String(name));
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        return v.toString();
    }
    QString text(const char *name) const { return value(name).trimmed(); }
    bool has(const char *name) const { return !text(name).isEmpty(); }
};

QStringList secretValues(const QString &type, const QJsonObject &body)
{
    QStringList out;
    const auto add = [&out](const QJsonValue &v) {
        const QString s = v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
        if (!s.isEmpty())
            out << s;
    };
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!isSecretField(type, it.key()))
            continue;
        if (it.value().isObject()) {
            const QJsonObject o = it.value().toObject();
            for (auto h = o.begin(); h != o.end(); ++h)
                add(h.value());
        } else {
            add(it.value());
        }
    }
    // Salesforce sends the password and the token as one; mask the pair whole first.
    if (type == QLatin1String("salesforce"))
        out << body.value(QLatin1String("password")).toString() + body.value(QLatin1String("securityToken")).toString();
    out.removeAll(QString());
    out.removeDuplicates();
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return out;
}

// "host:port" the way an administrator would check it (the scheme's port when none is given).
QString hostPort(const QUrl &url)
{
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    return url.host() + QLatin1Char(':') + QString::number(port);
}

// "host" or "host:port" when the address names a port.
QString hostOf(const QUrl &url)
{
    return url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
}

QUrl urlOf(const QString &base, const QString &path)
{
    QString b = base.trimmed();
    while (b.endsWith(QLatin1Char('/')))
        b.chop(1);
    return QUrl(b + path);
}

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

std::optional<QJsonObject> jsonObject(const Answer &a)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(a.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

QString xmlElement(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    return {};
}

// The human part of an error answer ("Invalid login details", a SOAP fault), shortened.
QString serverText(const Answer &a)
{
    QString text;
    if (const auto o = jsonObject(a)) {
        for (const char *name : {"message", "error_description", "detail", "reason", "error"}) {
            const QJsonValue v = o->value(QLatin1String(name));
            if (v.isString() && !v.toString().trimmed().isEmpty()) {
                text = v.toString();
                break;
            }
            if (v.isObject() && v.toObject().value(key("message")).isString()) {
                text = v.toObject().value(key("message")).toString();
                break;
            }
        }
        const QJsonValue errors = o->value(key("errors"));
        if (text.isEmpty() && errors.isArray() && !errors.toArray().isEmpty()) {
            const QJsonValue first = errors.toArray().first();
            text = first.isString() ? first.toString() : first.toObject().value(key("message")).toString();
        }
        if (text.isEmpty()) {
            const QJsonObject service = o->value(key("requestError")).toObject().value(key("serviceException")).toObject();
            text = service.value(key("text")).toString();
        }
    } else if (const QJsonArray list = QJsonDocument::fromJson(a.body).array(); !list.isEmpty()) {
        text = list.first().toObject().value(key("message")).toString(); // Salesforce REST errors
    } else if (a.body.trimmed().startsWith('<')) {
        text = xmlElement(a.body, key("faultstring"));
    } else if (a.header("content-type").startsWith("text/plain")) {
        text = QString::fromUtf8(a.body);
    }
    text = text.simplified();
    if (text.size() > 200)
        text = text.left(197) + QStringLiteral("…");
    return text;
}

QString statusText(const Answer &a)
{
    return a.reason.isEmpty() ? QString::number(a.status) : QString::number(a.status) + QLatin1Char(' ') + a.reason;
}

ConnectionResult result(Outcome outcome, const QString &message)
{
    ConnectionResult r;
    r.outcome = outcome;
    r.message = message;
    return r;
}

Verdict verdict(Outcome outcome, const QString &message)
{
    return {result(outcome, message), nullptr};
}

// An answer that is neither success nor a refused login.
Verdict unexpected(const Context &c, const Answer &a)
{
    const QString said = c.mask(serverText(a));
    if (said.isEmpty())
        return verdict(Outcome::Unexpected, Tr::tr("%1 answered HTTP %2.").arg(hostPort(a.url), statusText(a)));
    return verdict(Outcome::Unexpected, Tr::tr("%1 answered HTTP %2: %3").arg(hostPort(a.url), statusText(a), said));
}

Verdict notJson(const Answer &a)
{
    const QString type = QString::fromLatin1(a.header("content-type")).section(QLatin1Char(';'), 0, 0).trimmed();
    return verdict(Outcome::Unexpected,
                   Tr::tr("%1 answered HTTP %2 with %3 instead of JSON; check the URL.")
                       .arg(hostPort(a.url), statusText(a), type.isEmpty() ? Tr::tr("an untyped body") : type));
}

bool refusedLogin(const Answer &a)
{
    return a.status == 401 || a.status == 403;
}

Plan makePlan(QByteArray method, const QUrl &url, std::function<Verdict(const Answer &)> interpret)
{
    Plan p;
    p.method = std::move(method);
    p.url = url;
    p.headers.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
    p.interpret = std::move(interpret);
    return p;
}

void setJsonBody(Plan *p, const QJsonObject &body)
{
    p->headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    p->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// ---- one plan per type ----------------------------------------------------------------

Plan salesforcePlan(const Context &c)
{
    const QString token = c.text("access_token");
    if (!token.isEmpty()) {
        const QUrl instance = QUrl(c.text("instance_url"));
        Plan p = makePlan("GET", urlOf(c.text("instance_url"), QStringLiteral("/services/oauth2/userinfo")), [c, instance](const Answer &a) {
            if (refusedLogin(a))
                return verdict(Outcome::WrongLogin, Tr::tr("Salesforce refused the access token (expired or revoked)."));
            if (!a.success())
                return unexpected(c, a);
            const auto o = jsonObject(a);
            if (!o)
                return notJson(a);
            QString who = o->value(key("preferred_username")).toString();
            if (who.isEmpty())
                who = o->value(key("name")).toString();
            return verdict(Outcome::Ok, Tr::tr("Signed in to Salesforce as %1 (%2).").arg(c.mask(who), hostOf(instance)));
        });
        p.headers.append({"Authorization", "Bearer " + token.toUtf8()});
        return p;
    }

    const QString loginUrl = c.has("loginUrl") ? c.text("loginUrl") : QStringLiteral("https://login.salesforce.com");
    const QString version = c.has("apiVersion") ? c.text("apiVersion") : QStringLiteral("47.0");
    // The same SOAP login the adaptor sends (resources/adaptors/salesforce.js, soapLogin).
    const QString password = c.value("password") + c.value("securityToken");
    const QString envelope =
        QLatin1String("<se:Envelope xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Header/><se:Body>"
                      "<login xmlns=\"urn:partner.soap.sforce.com\"><username>")
        + c.text("username").toHtmlEscaped() + QLatin1String("</username><password>") + password.toHtmlEscaped()
        + QLatin1String("</password></login></se:Body></se:Envelope>");
    Plan p = makePlan("POST", urlOf(loginUrl, QStringLiteral("/services/Soap/u/") + version), [c](const Answer &a) {
        if (!a.body.trimmed().startsWith('<')) {
            if (!a.success())
                return unexpected(c, a);
            return verdict(Outcome::Unexpected, Tr::tr("%1 answered HTTP %2 but not with a Salesforce login; check the login URL.")
                                                    .arg(hostPort(a.url), statusText(a)));
        }
        const QString session = xmlElement(a.body, key("sessionId"));
        const QString serverUrl = xmlElement(a.body, key("serverUrl"));
        if (a.success() && !session.isEmpty() && !serverUrl.isEmpty()) {
            QString who = xmlElement(a.body, key("userName"));
            if (who.isEmpty())
                who = c.text("username");
            return verdict(Outcome::Ok, Tr::tr("Signed in to Salesforce as %1 (%2).").arg(c.mask(who), hostOf(QUrl(serverUrl))));
        }
        QString code = xmlElement(a.body, key("exceptionCode"));
        if (code.isEmpty())
            code = xmlElement(a.body, key("faultcode")).section(QLatin1Char(':'), -1);
        if (code == QLatin1String("INVALID_LOGIN"))
            return verdict(Outcome::WrongLogin, Tr::tr("Salesforce refused the login: wrong user name, password or security token."));
        const QString fault = c.mask(xmlElement(a.body, key("faultstring")).simplified());
        if (code.startsWith(QLatin1String("LOGIN_")) || code.startsWith(QLatin1String("PASSWORD_")) || code.startsWith(QLatin1String("INVALID_")))
            return verdict(Outcome::WrongLogin, Tr::tr("Salesforce refused the login: %1").arg(fault));
        if (!fault.isEmpty())
            return verdict(Outcome::Unexpected, Tr::tr("Salesforce answered the login with an error: %1").arg(fault));
        return unexpected(c, a);
    });
    p.headers = {{"Content-Type", "text/xml; charset=UTF-8"}, {"SOAPAction", "\"\""}};
    p.body = envelope.toUtf8();
    return p;
}

Plan commcarePlan(const Context &c)
{
    const QString domain = c.text("domain");
    const QString user = c.text("username");
    const bool apiKey = c.has("apiKey");
    const QUrl url = urlOf(c.text("hostUrl"), QStringLiteral("/a/") + QString::fromLatin1(QUrl::toPercentEncoding(domain))
                                                  + QStringLiteral("/api/v0.5/case/?limit=1"));
    Plan p = makePlan("GET", url, [c, domain, user, apiKey](const Answer &a) {
        if (a.status == 401)
            return verdict(Outcome::WrongLogin, apiKey ? Tr::tr("CommCare refused the login of %1: wrong user name or API key.").arg(user)
                                                       : Tr::tr("CommCare refused the login of %1: wrong user name or password.").arg(user));
        if (a.status == 403)
            return verdict(Outcome::WrongLogin, Tr::tr("CommCare refused %1 access to project %2.").arg(user, domain));
        if (a.status == 404)
            return verdict(Outcome::Unexpected, Tr::tr("CommCare has no project space %1.").arg(domain));
        if (!a.success())
            return unexpected(c, a);
        if (!jsonObject(a))
            return notJson(a);
        return verdict(Outcome::Ok, Tr::tr("Signed in to CommCare project %1 as %2.").arg(domain, user));
    });
    p.headers.append({"Authorization", apiKey ? QByteArray("ApiKey ").append((user + QLatin1Char(':') + c.value("apiKey")).toUtf8())
                                              : basic(user, c.value("password"))});
    return p;
}

Plan infobipPlan(const Context &c)
{
    Plan p = makePlan("GET", urlOf(c.text("baseUrl"), QStringLiteral("/account/1/balance")), [c](const Answer &a) {
        if (refusedLogin(a))
            return verdict(Outcome::WrongLogin, Tr::tr("Infobip refused the API key."));
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        if (!o->value(key("balance")).isDouble())
            return verdict(Outcome::Ok, Tr::tr("Infobip API key accepted."));
        return verdict(Outcome::Ok, Tr::tr("Infobip API key accepted; balance %1 %2.")
                                        .arg(QString::number(o->value(key("balance")).toDouble(), 'f', 2),
                                             c.mask(o->value(key("currency")).toString())));
    });
    p.headers.append({"Authorization", "App " + c.value("apiKey").toUtf8()});
    return p;
}

Plan primeroPlan(const Context &c)
{
    const QString user = c.text("user");
    const QString password = c.value("password");
    const auto refused = [user] {
        return verdict(Outcome::WrongLogin, Tr::tr("Primero refused the login of %1: wrong user name or password.").arg(user));
    };
    if (c.body.value(key("basicAuth")).toBool()) {
        Plan p = makePlan("GET", urlOf(c.text("url"), QStringLiteral("/api/v2/cases?per=1")), [c, user, refused](const Answer &a) {
            if (refusedLogin(a))
                return refused();
            if (!a.success())
                return unexpected(c, a);
            if (!jsonObject(a))
                return notJson(a);
            return verdict(Outcome::Ok, Tr::tr("Signed in to Primero as %1.").arg(user));
        });
        p.headers.append({"Authorization", basic(user, password)});
        return p;
    }
    Plan p = makePlan("POST", urlOf(c.text("url"), QStringLiteral("/api/v2/tokens")), [c, user, refused](const Answer &a) {
        if (refusedLogin(a))
            return refused();
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        if (o->value(key("token")).toString().isEmpty())
            return verdict(Outcome::Unexpected, Tr::tr("Primero accepted the login of %1 but sent no token.").arg(user));
        return verdict(Outcome::Ok, Tr::tr("Signed in to Primero as %1.").arg(user));
    });
    setJsonBody(&p, QJsonObject{{key("user"), QJsonObject{{key("user_name"), user}, {key("password"), password}}}});
    return p;
}

Plan oscarPlan(const Context &c)
{
    const QString email = c.text("email");
    // The adaptor's sign-in (resources/adaptors/oscar.js): devise_token_auth headers come back.
    Plan p = makePlan("POST", urlOf(c.text("baseUrl"), QStringLiteral("/api/v1/admin_auth/sign_in")), [c, email](const Answer &a) {
        if (refusedLogin(a))
            return verdict(Outcome::WrongLogin, Tr::tr("OSCaR refused the sign-in of %1: wrong email or password.").arg(email));
        if (!a.success())
            return unexpected(c, a);
        if (a.header("access-token").isEmpty())
            return verdict(Outcome::Unexpected, Tr::tr("%1 answered the sign-in without an access-token header; check the URL.").arg(hostPort(a.url)));
        return verdict(Outcome::Ok, Tr::tr("Signed in to OSCaR as %1.").arg(email));
    });
    setJsonBody(&p, QJsonObject{{key("email"), email}, {key("password"), c.value("password")}});
    return p;
}

Plan hisPlan(const Context &c)
{
    const QString email = c.text("email");
    const QString base = c.text("baseUrl");
    // The adaptor's login (resources/adaptors/his.js): the URL is the API root.
    Plan p = makePlan("POST", urlOf(base, QStringLiteral("/Users/login")), [c, email, base](const Answer &a) {
        if (refusedLogin(a))
            return verdict(Outcome::WrongLogin, Tr::tr("HIS refused the login of %1: wrong email or password.").arg(email));
        if (a.status == 404)
            return verdict(Outcome::Unexpected, Tr::tr("%1 has no Users/login; the URL must be the API root, such as https://his.example.org/api.").arg(base));
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        if (o->value(key("id")).toString().isEmpty())
            return verdict(Outcome::Unexpected, Tr::tr("HIS accepted the login of %1 but sent no token.").arg(email));
        return verdict(Outcome::Ok, Tr::tr("Signed in to HIS as %1.").arg(email));
    });
    setJsonBody(&p, QJsonObject{{key("email"), email}, {key("password"), c.value("password")}});
    return p;
}

Plan httpPlan(const Context &c)
{
    Plan p = makePlan("GET", QUrl(c.text("baseUrl")), [c](const Answer &a) {
        if (refusedLogin(a))
            return verdict(Outcome::WrongLogin, Tr::tr("The server refused the login (HTTP %1).").arg(statusText(a)));
        if (a.status >= 400)
            return unexpected(c, a);
        return verdict(Outcome::Ok, Tr::tr("The server answered %1.").arg(statusText(a)));
    });
    p.headers.clear(); // no Accept: the address may serve anything
    // As the adaptor: Bearer wins over Basic; extra headers come last and may replace either.
    if (c.has("access_token"))
        p.headers.append({"Authorization", "Bearer " + c.value("access_token").toUtf8()});
    else if (c.has("username") && !c.value("password").isEmpty())
        p.headers.append({"Authorization", basic(c.text("username"), c.value("password"))});
    const QJsonObject extra = c.body.value(key("headers")).toObject();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        const QString value = it.value().isString() ? it.value().toString()
                              : it.value().isDouble() ? QString::number(it.value().toDouble(), 'g', 17)
                                                      : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        const QByteArray name = it.key().toUtf8();
        p.headers.erase(std::remove_if(p.headers.begin(), p.headers.end(),
                                       [&name](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; }),
                        p.headers.end());
        p.headers.append({name, value.toUtf8()});
    }
    return p;
}

Plan dhis2Plan(const Context &c)
{
    const bool pat = c.has("pat");
    const QString user = c.text("username");
    const QString version = c.text("apiVersion");
    const QString path = version.isEmpty() ? QStringLiteral("/api/me") : QStringLiteral("/api/") + version + QStringLiteral("/me");
    Plan p = makePlan("GET", urlOf(c.text("hostUrl"), path), [c, pat, user](const Answer &a) {
        if (refusedLogin(a))
            return verdict(Outcome::WrongLogin, pat ? Tr::tr("DHIS2 refused the personal access token.")
                                                    : Tr::tr("DHIS2 refused the login of %1: wrong user name or password.").arg(user));
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        QString who = o->value(key("username")).toString();
        if (who.isEmpty())
            who = o->value(key("userCredentials")).toObject().value(key("username")).toString();
        if (who.isEmpty())
            who = o->value(key("displayName")).toString();
        return verdict(Outcome::Ok, Tr::tr("Signed in to DHIS2 as %1.").arg(c.mask(who)));
    });
    p.headers.append({"Authorization", pat ? QByteArray("ApiToken ").append(c.value("pat").toUtf8())
                                           : basic(user, c.value("password"))});
    return p;
}

Plan openmrsPlan(const Context &c)
{
    const QString user = c.text("username");
    Plan p = makePlan("GET", urlOf(c.text("instanceUrl"), QStringLiteral("/ws/rest/v1/session")), [c, user](const Answer &a) {
        const auto refused = [&user] {
            return verdict(Outcome::WrongLogin, Tr::tr("OpenMRS refused the login of %1: wrong user name or password.").arg(user));
        };
        if (refusedLogin(a))
            return refused();
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        if (!o->value(key("authenticated")).toBool())
            return refused();
        QString who = o->value(key("user")).toObject().value(key("display")).toString();
        if (who.isEmpty())
            who = user;
        return verdict(Outcome::Ok, Tr::tr("Signed in to OpenMRS as %1.").arg(c.mask(who)));
    });
    p.headers.append({"Authorization", basic(user, c.value("password"))});
    return p;
}

Plan rapidproPlan(const Context &c, bool olderEndpoint = false)
{
    const QString version = c.has("apiVersion") ? c.text("apiVersion") : QStringLiteral("v2");
    const QString path = QStringLiteral("/api/") + version + (olderEndpoint ? QStringLiteral("/org.json") : QStringLiteral("/workspace.json"));
    Plan p = makePlan("GET", urlOf(c.text("host"), path), [c, olderEndpoint](const Answer &a) {
        if (refusedLogin(a))
            return verdict(Outcome::WrongLogin, Tr::tr("RapidPro refused the API token."));
        if (a.status == 404 && !olderEndpoint) {
            // RapidPro before 7.4 calls the workspace "org".
            Verdict v;
            v.next = std::make_shared<Plan>(rapidproPlan(c, true));
            return v;
        }
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        return verdict(Outcome::Ok, Tr::tr("RapidPro token accepted for workspace %1.").arg(c.mask(o->value(key("name")).toString())));
    });
    p.headers.append({"Authorization", "Token " + c.value("token").toUtf8()});
    return p;
}

Plan chtPlan(const Context &c)
{
    const QString user = c.text("username");
    // CouchDB's session behind the CHT API: it names the user the Basic credentials belong to.
    Plan p = makePlan("GET", urlOf(c.text("url"), QStringLiteral("/_session")), [c, user](const Answer &a) {
        const auto refused = [&user] {
            return verdict(Outcome::WrongLogin, Tr::tr("CHT refused the login of %1: wrong user name or password.").arg(user));
        };
        if (refusedLogin(a))
            return refused();
        if (!a.success())
            return unexpected(c, a);
        const auto o = jsonObject(a);
        if (!o)
            return notJson(a);
        const QString who = o->value(key("userCtx")).toObject().value(key("name")).toString();
        if (who.isEmpty())
            return refused();
        return verdict(Outcome::Ok, Tr::tr("Signed in to CHT as %1.").arg(c.mask(who)));
    });
    p.headers.append({"Authorization", basic(user, c.value("password"))});
    return p;
}

// The first request of a test, or the reason there is none.
std::optional<Plan> planFor(const Context &c, ConnectionResult *instead)
{
    const QString &t = c.type;
    const CredentialType *type = credentialType(t);
    if (type && type->isRaw()) {
        *instead = result(Outcome::NotTestable, Tr::tr("A raw JSON credential has no system to test against."));
        return std::nullopt;
    }
    const QList<FieldProblem> problems = validate(t, c.body);
    if (!problems.isEmpty()) {
        // validate() names fields and quotes only addresses, never a secret value.
        *instead = result(Outcome::Incomplete, problems.first().message);
        return std::nullopt;
    }
    if (t == QLatin1String("salesforce")) {
        if (c.has("access_token") && !c.has("instance_url")) {
            *instead = result(Outcome::Incomplete, Tr::tr("Instance URL is required with an access token."));
            return std::nullopt;
        }
        return salesforcePlan(c);
    }
    if (t == QLatin1String("commcare"))
        return commcarePlan(c);
    if (t == QLatin1String("infobip"))
        return infobipPlan(c);
    if (t == QLatin1String("primero"))
        return primeroPlan(c);
    if (t == QLatin1String("oscar"))
        return oscarPlan(c);
    if (t == QLatin1String("his"))
        return hisPlan(c);
    if (t == QLatin1String("http")) {
        if (!c.has("baseUrl")) {
            *instead = result(Outcome::Incomplete, Tr::tr("Base URL is required to test an HTTP credential."));
            return std::nullopt;
        }
        return httpPlan(c);
    }
    if (t == QLatin1String("dhis2"))
        return dhis2Plan(c);
    if (t == QLatin1String("openmrs"))
        return openmrsPlan(c);
    if (t == QLatin1String("rapidpro"))
        return rapidproPlan(c);
    if (t == QLatin1String("cht"))
        return chtPlan(c);
    *instead = result(Outcome::NotTestable, Tr::tr("Switchboard has no connection test for %1 credentials.").arg(t));
    return std::nullopt;
}

// ---- the run ---------------------------------------------------------------------------

// One test in flight: owns its network access manager, the reply and the overall timer;
// deletes itself once the result is delivered (or its context is gone).
class Probe final : public QObject
{
public:
    Probe(Context context, QObject *owner, std::function<void(const ConnectionResult &)> done)
        : m_context(std::move(context)), m_owner(owner), m_hasOwner(owner != nullptr), m_done(std::move(done)),
          m_net(new QNetworkAccessManager(this))
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            if (m_reply)
                m_reply->abort(); // finished() follows, with the timeout noted
        });
        if (owner)
            connect(owner, &QObject::destroyed, this, [this] { cancel(); });
    }

    void start(const Plan &plan)
    {
        m_timer.start(m_context.timeoutMs);
        send(plan);
    }

    // Delivers a result found without a request, still asynchronously.
    void finishLater(const ConnectionResult &r)
    {
        QTimer::singleShot(0, this, [this, r] { finish(r); });
    }

private:
    void send(const Plan &plan)
    {
        m_plan = plan;
        m_sslErrors.clear();
        m_encrypted = false;
        QNetworkRequest request(plan.url);
        for (const auto &[name, value] : plan.headers)
            request.setRawHeader(name, value);
        m_reply = m_net->sendCustomRequest(request, plan.method, plan.body);
#if QT_CONFIG(ssl)
        connect(m_reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = true; });
        connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
            if (m_context.ignoreTlsErrors)
                m_reply->ignoreSslErrors();
            else
                for (const QSslError &e : errors)
                    m_sslErrors << e.errorString();
        });
#endif
        connect(m_reply, &QNetworkReply::finished, this, [this] { onFinished(); });
    }

    void onFinished()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        if (m_finished)
            return;
        const QUrl url = m_plan.url;
        if (m_timedOut) {
            finish(result(Outcome::Timeout, Tr::tr("No answer from %1 within %2 s.")
                                                .arg(hostPort(url), QString::number(m_context.timeoutMs / 1000.0, 'g', 4))));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status <= 0) {
            finish(networkFailure(reply, url));
            return;
        }
        m_lastStatus = status;
        Answer a;
        a.url = url;
        a.status = status;
        a.reason = QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
        a.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            a.headers.insert(name.toLower(), value);
        Verdict v = m_plan.interpret(a);
        if (v.next) {
            send(*v.next);
            return;
        }
        finish(v.result);
    }

    ConnectionResult networkFailure(QNetworkReply *reply, const QUrl &url) const
    {
        const QString where = hostPort(url);
        const QString said = m_context.mask(reply->errorString());
        const CredentialType *his = credentialType(QStringLiteral("his"));
        const bool hint = m_context.type == QLatin1String("his") && !m_context.ignoreTlsErrors && his && his->field(key("verifyTls"));
        const QString checkLabel = hint ? his->field(key("verifyTls"))->translatedLabel() : QString();
        switch (reply->error()) {
        case QNetworkReply::ConnectionRefusedError:
            return result(Outcome::Unreachable, Tr::tr("Host unreachable: %1 refused the connection.").arg(where));
        case QNetworkReply::HostNotFoundError:
            return result(Outcome::Unreachable, Tr::tr("Host unreachable: unknown host %1.").arg(url.host()));
        case QNetworkReply::TimeoutError:
            return result(Outcome::Timeout, Tr::tr("No answer from %1 within %2 s.")
                                                .arg(where, QString::number(m_context.timeoutMs / 1000.0, 'g', 4)));
        case QNetworkReply::RemoteHostClosedError:
            // Closed during the handshake: most often a plain-HTTP port behind an https address.
            if (url.scheme() == QLatin1String("https") && !m_encrypted)
                return tlsFailure(where, said, hint, checkLabel);
            return result(Outcome::Unexpected, Tr::tr("%1 closed the connection without answering; check the address and whether it needs https.").arg(where));
        case QNetworkReply::SslHandshakeFailedError:
            return tlsFailure(where, said, hint, checkLabel);
        case QNetworkReply::ProtocolUnknownError:
            return result(Outcome::Unexpected, Tr::tr("%1 is not an http or https address.").arg(m_context.mask(url.toDisplayString())));
        default:
            break;
        }
        if (!m_sslErrors.isEmpty())
            return tlsFailure(where, said, hint, checkLabel);
        if (reply->error() < QNetworkReply::ProxyConnectionRefusedError)
            return result(Outcome::Unreachable, Tr::tr("Host unreachable: %1 (%2).").arg(where, said));
        return result(Outcome::Unexpected, Tr::tr("The request to %1 failed: %2").arg(where, said));
    }

    ConnectionResult tlsFailure(const QString &where, const QString &said, bool hint, const QString &checkLabel) const
    {
        if (!m_sslErrors.isEmpty()) {
            const QString why = m_context.mask(m_sslErrors.first());
            if (hint)
                return result(Outcome::Tls, Tr::tr("The certificate of %1 was not accepted (%2); if you trust this server, turn off “%3”.")
                                                .arg(where, why, checkLabel));
            return result(Outcome::Tls, Tr::tr("The certificate of %1 was not accepted (%2).").arg(where, why));
        }
        if (hint)
            return result(Outcome::Tls, Tr::tr("The secure connection (TLS) to %1 failed (%2); if the certificate is the problem and you trust this server, turn off “%3”.")
                                            .arg(where, said, checkLabel));
        return result(Outcome::Tls, Tr::tr("The secure connection (TLS) to %1 failed (%2); check that the server speaks https there.")
                                        .arg(where, said));
    }

    void finish(ConnectionResult r)
    {
        if (m_finished)
            return;
        m_finished = true;
        m_timer.stop();
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
        }
        if (r.httpStatus == 0)
            r.httpStatus = m_lastStatus;
        r.durationMs = m_clock.elapsed();
        // Last line of defence: no secret of any useful length leaves in a message.
        for (const QString &s : m_context.secrets)
            if (s.size() >= 4)
                r.message.replace(s, QStringLiteral("****"));
        deleteLater();
        if (!m_hasOwner || m_owner)
            m_done(r);
    }

    void cancel()
    {
        m_finished = true;
        m_timer.stop();
        if (m_reply) {
            disconnect(m_reply, nullptr, this, nullptr);
            m_reply->abort();
        }
        deleteLater();
    }

    Context m_context;
    QPointer<QObject> m_owner;
    bool m_hasOwner = false;
    std::function<void(const ConnectionResult &)> m_done;
    QNetworkAccessManager *m_net;
    QPointer<QNetworkReply> m_reply;
    Plan m_plan;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QStringList m_sslErrors; // certificate problems of the current request
    int m_lastStatus = 0;
    bool m_encrypted = false; // the TLS handshake of the current request completed
    bool m_timedOut = false;
    bool m_finished = false;
};

} // namespace

QString toString(ConnectionResult::Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return QStringLiteral("ok");
    case Outcome::WrongLogin:
        return QStringLiteral("wrong-login");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    case Outcome::Tls:
        return QStringLiteral("tls");
    case Outcome::Timeout:
        return QStringLiteral("timeout");
    case Outcome::Unexpected:
        return QStringLiteral("unexpected");
    case Outcome::Incomplete:
        return QStringLiteral("incomplete");
    case Outcome::NotTestable:
        return QStringLiteral("not-testable");
    }
    return QStringLiteral("unexpected");
}

void testConnection(const QString &type, const QJsonObject &body, QObject *context,
                    std::function<void(const ConnectionResult &)> done, int timeoutMs)
{
    Context c;
    c.type = type;
    c.body = body;
    c.secrets = secretValues(type, body);
    c.ignoreTlsErrors = type == QLatin1String("his") && body.value(key("verifyTls")).isBool()
                        && !body.value(key("verifyTls")).toBool();
    c.timeoutMs = timeoutMs > 0 ? timeoutMs : 20000;

    auto *probe = new Probe(c, context, std::move(done));
    ConnectionResult instead;
    if (const std::optional<Plan> plan = planFor(c, &instead))
        probe->start(*plan);
    else
        probe->finishLater(instead);
}

ConnectionResult testConnectionNow(const QString &type, const QJsonObject &body, int timeoutMs)
{
    ConnectionResult out;
    bool done = false;
    QEventLoop loop;
    testConnection(type, body, &loop, [&](const ConnectionResult &r) {
        out = r;
        done = true;
        loop.quit();
    }, timeoutMs);
    if (!done)
        loop.exec();
    return out;
}

} // namespace sb::credentials
