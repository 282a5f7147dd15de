#include "clinics/salesforceclient.h"

#include "runtime/jobhttp.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <future>
#include <memory>

namespace sb::clinics {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SalesforceClient)
};

QString text(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toVariant().toString().trimmed();
}

// The text of the first element named `name` in an XML answer.
QString xmlElement(const QByteArray &xml, const QString &name)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == name)
            return reader.readElementText().trimmed();
    }
    return {};
}

QString joinUrl(QString base, const QString &path)
{
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base + path;
}

} // namespace

SalesforceClient::SalesforceClient(QJsonObject configuration, int timeoutMs)
    : m_configuration(std::move(configuration)), m_timeoutMs(timeoutMs)
{
    const QString version = text(m_configuration, "apiVersion");
    if (!version.isEmpty())
        m_version = version;
}

QString SalesforceClient::literal(const QString &value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

SalesforceClient::Answer SalesforceClient::call(const QByteArray &method, const QString &url, const QByteArray &body,
                                                const QByteArray &contentType) const
{
    HttpCall c;
    c.method = method;
    c.url = QUrl(url);
    c.headers = {qMakePair(QByteArray("Accept"), QByteArray("application/json"))};
    if (!m_token.isEmpty())
        c.headers.append(qMakePair(QByteArray("Authorization"), QByteArray("Bearer ") + m_token.toUtf8()));
    if (!body.isEmpty() || method == "POST" || method == "PATCH") {
        c.body = body;
        c.headers.append(qMakePair(QByteArray("Content-Type"), contentType));
    }
    if (contentType.startsWith("text/xml"))
        c.headers.append(qMakePair(QByteArray("SOAPAction"), QByteArray("\"\"")));
    c.timeoutMs = m_timeoutMs;
    const HttpOutcome o = HttpClient::run(std::move(c));
    Answer a;
    a.status = o.status;
    a.body = o.body;
    if (o.status == 0)
        a.error = Tr::tr("Salesforce at %1 did not answer (%2).").arg(QUrl(url).host(), o.errorMessage);
    return a;
}

QString SalesforceClient::errorText(const Answer &a, const QString &what) const
{
    if (!a.error.isEmpty())
        return a.error;
    // [{message, errorCode, fields}]
    const QJsonDocument doc = QJsonDocument::fromJson(a.body);
    QString message;
    if (doc.isArray() && !doc.array().isEmpty()) {
        const QJsonObject first = doc.array().first().toObject();
        message = QStringLiteral("%1: %2").arg(first.value(QLatin1String("errorCode")).toString(),
                                               first.value(QLatin1String("message")).toString());
    } else {
        message = QString::fromUtf8(a.body.left(200)).simplified();
    }
    if (a.status == 401)
        return Tr::tr("Salesforce refused the session while %1 (HTTP 401, %2); check the Salesforce credential.").arg(what, message);
    return Tr::tr("Salesforce answered HTTP %1 while %2: %3").arg(a.status).arg(what, message);
}

Status SalesforceClient::login()
{
    const QString token = text(m_configuration, "access_token");
    if (!token.isEmpty()) {
        const QString instance = text(m_configuration, "instance_url");
        if (instance.isEmpty())
            return makeError(Tr::tr("The Salesforce credential has an access token but no instance_url."));
        m_token = token;
        m_instance = instance;
        return Ok{};
    }
    const QString user = text(m_configuration, "username");
    if (user.isEmpty())
        return makeError(Tr::tr("The Salesforce credential has neither a user name nor an access token."));
    const QString loginUrl = text(m_configuration, "loginUrl").isEmpty() ? QStringLiteral("https://login.salesforce.com")
                                                                         : text(m_configuration, "loginUrl");
    const QString password = m_configuration.value(QLatin1String("password")).toString()
        + m_configuration.value(QLatin1String("securityToken")).toString();
    const QString envelope =
        QLatin1String("<se:Envelope xmlns:se=\"http://schemas.xmlsoap.org/soap/envelope/\"><se:Header/><se:Body>"
                      "<login xmlns=\"urn:partner.soap.sforce.com\"><username>")
        + user.toHtmlEscaped() + QLatin1String("</username><password>") + password.toHtmlEscaped()
        + QLatin1String("</password></login></se:Body></se:Envelope>");
    const Answer a = call("POST", joinUrl(loginUrl, QStringLiteral("/services/Soap/u/") + m_version), envelope.toUtf8(),
                          "text/xml; charset=UTF-8");
    if (!a.error.isEmpty())
        return makeError(a.error);
    const QString session = xmlElement(a.body, QStringLiteral("sessionId"));
    const QString serverUrl = xmlElement(a.body, QStringLiteral("serverUrl"));
    if (a.status != 200 || session.isEmpty() || serverUrl.isEmpty()) {
        const QString code = xmlElement(a.body, QStringLiteral("exceptionCode"));
        if (code == QLatin1String("INVALID_LOGIN"))
            return makeError(Tr::tr("Salesforce refused the login: wrong user name, password or security token."));
        const QString fault = xmlElement(a.body, QStringLiteral("faultstring"));
        return makeError(Tr::tr("Salesforce did not accept the login (HTTP %1): %2")
                             .arg(a.status)
                             .arg(fault.isEmpty() ? QString::fromUtf8(a.body.left(200)).simplified() : fault));
    }
    const QUrl server(serverUrl);
    m_instance = server.scheme() + QStringLiteral("://") + server.authority();
    m_token = session;
    return Ok{};
}

Result<QList<QJsonObject>> SalesforceClient::query(const QString &soql)
{
    if (!loggedIn())
        if (Status s = login(); !s)
            return s.error();
    QUrl url(joinUrl(m_instance, QStringLiteral("/services/data/v%1/query").arg(m_version)));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(soql)));
    url.setQuery(q);
    QString next = url.toString(QUrl::FullyEncoded);
    QList<QJsonObject> out;
    while (!next.isEmpty()) {
        const Answer a = call("GET", next);
        if (a.status != 200)
            return makeError(errorText(a, Tr::tr("querying")));
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(a.body, &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            return makeError(Tr::tr("Salesforce answered a query with something that is not JSON."));
        const QJsonObject page = doc.object();
        for (const QJsonValue &r : page.value(QLatin1String("records")).toArray())
            out << r.toObject();
        const QString more = page.value(QLatin1String("nextRecordsUrl")).toString();
        next = page.value(QLatin1String("done")).toBool(true) || more.isEmpty() ? QString() : joinUrl(m_instance, more);
    }
    return out;
}

Status SalesforceClient::update(const QString &type, const QString &id, const QJsonObject &fields)
{
    if (!loggedIn())
        if (Status s = login(); !s)
            return s;
    const QString url = joinUrl(m_instance, QStringLiteral("/services/data/v%1/sobjects/%2/%3")
                                                .arg(m_version, type, QString::fromLatin1(QUrl::toPercentEncoding(id))));
    const Answer a = call("PATCH", url, QJsonDocument(fields).toJson(QJsonDocument::Compact));
    if (a.status == 204 || a.status == 200)
        return Ok{};
    return makeError(errorText(a, Tr::tr("updating %1 %2").arg(type, id)));
}

} // namespace sb::clinics
