#include "credentials/credentialtypes.h"

#include "common/sysinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace sb::credentials {

namespace {

constexpr const char *kContext = "sb::credentials";

QString tr(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

FieldSpec url(const char *name, const char *label, bool required, const char *defaultValue = "",
              const char *help = "", const char *group = "")
{
    return {QLatin1String(name), label, FieldKind::Url, required, QLatin1String(defaultValue), help, {},
            QLatin1String(group)};
}

FieldSpec text(const char *name, const char *label, bool required, const char *help = "", const char *group = "",
               const char *defaultValue = "")
{
    return {QLatin1String(name), label, FieldKind::Text, required, QLatin1String(defaultValue), help, {},
            QLatin1String(group)};
}

FieldSpec secret(const char *name, const char *label, bool required, const char *help = "", const char *group = "")
{
    return {QLatin1String(name), label, FieldKind::Secret, required, QString(), help, {}, QLatin1String(group)};
}

FieldSpec flag(const char *name, const char *label, bool defaultValue, const char *help = "")
{
    return {QLatin1String(name), label, FieldKind::Bool, false,
            defaultValue ? QStringLiteral("true") : QStringLiteral("false"), help, {}, QString()};
}

QList<CredentialType> makeTypes()
{
    QList<CredentialType> all;
    all.append({QStringLiteral("salesforce"), QT_TRANSLATE_NOOP("sb::credentials", "Salesforce"),
                {url("loginUrl", QT_TRANSLATE_NOOP("sb::credentials", "Login URL"), false, "https://login.salesforce.com",
                     QT_TRANSLATE_NOOP("sb::credentials", "https://login.salesforce.com, or https://test.salesforce.com for a sandbox org."),
                     "password"),
                 text("username", QT_TRANSLATE_NOOP("sb::credentials", "User name"), false, "", "password"),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), false, "", "password"),
                 secret("securityToken", QT_TRANSLATE_NOOP("sb::credentials", "Security token"), false,
                        QT_TRANSLATE_NOOP("sb::credentials", "Sent by Salesforce when the password was last reset; empty when the server's address is trusted."),
                        "password"),
                 text("apiVersion", QT_TRANSLATE_NOOP("sb::credentials", "API version"), false,
                      QT_TRANSLATE_NOOP("sb::credentials", "Such as 47.0; empty for the adaptor's default.")),
                 secret("access_token", QT_TRANSLATE_NOOP("sb::credentials", "Access token"), false, "", "token"),
                 url("instance_url", QT_TRANSLATE_NOOP("sb::credentials", "Instance URL"), false, "",
                     QT_TRANSLATE_NOOP("sb::credentials", "The org's own address, such as https://example.my.salesforce.com."),
                     "token")},
                {QStringLiteral("password"), QStringLiteral("token")},
                QT_TRANSLATE_NOOP("sb::credentials", "Either a user name, password and login URL, or an access token with its instance URL.")});
    all.append({QStringLiteral("commcare"), QT_TRANSLATE_NOOP("sb::credentials", "CommCare"),
                {url("hostUrl", QT_TRANSLATE_NOOP("sb::credentials", "Server URL"), true, "https://www.commcarehq.org"),
                 text("domain", QT_TRANSLATE_NOOP("sb::credentials", "Project space"), true,
                      QT_TRANSLATE_NOOP("sb::credentials", "The project's domain, as in /a/<domain>/ in CommCare's addresses.")),
                 text("username", QT_TRANSLATE_NOOP("sb::credentials", "User name"), true),
                 secret("apiKey", QT_TRANSLATE_NOOP("sb::credentials", "API key"), false, "", "apikey"),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), false, "", "password"),
                 text("appId", QT_TRANSLATE_NOOP("sb::credentials", "Application id"), false)},
                {QStringLiteral("apikey"), QStringLiteral("password")},
                QT_TRANSLATE_NOOP("sb::credentials", "An API key (preferred) or the user's password.")});
    all.append({QStringLiteral("infobip"), QT_TRANSLATE_NOOP("sb::credentials", "Infobip"),
                {url("baseUrl", QT_TRANSLATE_NOOP("sb::credentials", "Base URL"), true, "",
                     QT_TRANSLATE_NOOP("sb::credentials", "Your account's own address, such as https://xxxxx.api.infobip.com.")),
                 secret("apiKey", QT_TRANSLATE_NOOP("sb::credentials", "API key"), true)},
                {},
                ""});
    all.append({QStringLiteral("primero"), QT_TRANSLATE_NOOP("sb::credentials", "Primero"),
                {url("url", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true),
                 text("user", QT_TRANSLATE_NOOP("sb::credentials", "User name"), true),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), true),
                 flag("basicAuth", QT_TRANSLATE_NOOP("sb::credentials", "HTTP Basic instead of a token"), false,
                      QT_TRANSLATE_NOOP("sb::credentials", "Send the user and password with every request instead of signing in for a token."))},
                {},
                ""});
    all.append({QStringLiteral("oscar"), QT_TRANSLATE_NOOP("sb::credentials", "OSCaR"),
                {url("baseUrl", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true),
                 text("email", QT_TRANSLATE_NOOP("sb::credentials", "Email"), true),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), true)},
                {},
                ""});
    all.append({QStringLiteral("his"), QT_TRANSLATE_NOOP("sb::credentials", "Hospital information system (HIS)"),
                {url("baseUrl", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true),
                 text("email", QT_TRANSLATE_NOOP("sb::credentials", "Email"), true),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), true),
                 flag("verifyTls", QT_TRANSLATE_NOOP("sb::credentials", "Check the server's certificate"), true,
                      QT_TRANSLATE_NOOP("sb::credentials", "Turn off only for a server with a self-signed certificate you trust."))},
                {},
                ""});
    all.append({QStringLiteral("http"), QT_TRANSLATE_NOOP("sb::credentials", "HTTP"),
                {url("baseUrl", QT_TRANSLATE_NOOP("sb::credentials", "Base URL"), false),
                 text("username", QT_TRANSLATE_NOOP("sb::credentials", "User name (Basic)"), false, "", "basic"),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password (Basic)"), false, "", "basic"),
                 secret("access_token", QT_TRANSLATE_NOOP("sb::credentials", "Bearer token"), false, "", "bearer"),
                 {QStringLiteral("headers"), QT_TRANSLATE_NOOP("sb::credentials", "Extra headers"), FieldKind::Json, false,
                  QString(),
                  QT_TRANSLATE_NOOP("sb::credentials", "A JSON object of headers sent with every request, such as {\"X-API-Key\": \"…\"}. Kept with the secrets."),
                  {}, QString()}},
                {},
                QT_TRANSLATE_NOOP("sb::credentials", "Basic (user name and password), a bearer token, or neither.")});
    all.append({QStringLiteral("dhis2"), QT_TRANSLATE_NOOP("sb::credentials", "DHIS2"),
                {url("hostUrl", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true),
                 text("username", QT_TRANSLATE_NOOP("sb::credentials", "User name"), false, "", "basic"),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), false, "", "basic"),
                 secret("pat", QT_TRANSLATE_NOOP("sb::credentials", "Personal access token"), false, "", "pat"),
                 text("apiVersion", QT_TRANSLATE_NOOP("sb::credentials", "API version"), false)},
                {QStringLiteral("basic"), QStringLiteral("pat")},
                QT_TRANSLATE_NOOP("sb::credentials", "A user name and password, or a personal access token.")});
    all.append({QStringLiteral("openmrs"), QT_TRANSLATE_NOOP("sb::credentials", "OpenMRS"),
                {url("instanceUrl", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true),
                 text("username", QT_TRANSLATE_NOOP("sb::credentials", "User name"), true),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), true)},
                {},
                ""});
    all.append({QStringLiteral("rapidpro"), QT_TRANSLATE_NOOP("sb::credentials", "RapidPro"),
                {url("host", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true, "https://app.rapidpro.io"),
                 secret("token", QT_TRANSLATE_NOOP("sb::credentials", "API token"), true),
                 text("apiVersion", QT_TRANSLATE_NOOP("sb::credentials", "API version"), false, "", "", "v2")},
                {},
                ""});
    all.append({QStringLiteral("cht"), QT_TRANSLATE_NOOP("sb::credentials", "Community Health Toolkit (CHT)"),
                {url("url", QT_TRANSLATE_NOOP("sb::credentials", "URL"), true),
                 text("username", QT_TRANSLATE_NOOP("sb::credentials", "User name"), true),
                 secret("password", QT_TRANSLATE_NOOP("sb::credentials", "Password"), true)},
                {},
                ""});
    all.append({QStringLiteral("raw"), QT_TRANSLATE_NOOP("sb::credentials", "Raw JSON"), {}, {},
                QT_TRANSLATE_NOOP("sb::credentials", "Any JSON object; all of it is kept in the keychain.")});
    return all;
}

bool fieldIsSet(const QJsonObject &body, const QString &name)
{
    const QJsonValue v = body.value(name);
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    return true;
}

} // namespace

QString FieldSpec::translatedLabel() const
{
    return tr(label);
}

QString FieldSpec::translatedHelp() const
{
    return help && *help ? tr(help) : QString();
}

const FieldSpec *CredentialType::field(const QString &name) const
{
    for (const FieldSpec &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QString CredentialType::translatedLabel() const
{
    return tr(label);
}

const QList<CredentialType> &credentialTypes()
{
    static const QList<CredentialType> all = makeTypes();
    return all;
}

const CredentialType *credentialType(const QString &id)
{
    for (const CredentialType &t : credentialTypes())
        if (t.id == id)
            return &t;
    return nullptr;
}

bool isSecretField(const QString &type, const QString &field)
{
    const CredentialType *t = credentialType(type);
    if (!t || t->isRaw())
        return true;
    const FieldSpec *f = t->field(field);
    // Extra headers often carry API keys: they go with the secrets.
    return !f || f->isSecret() || f->kind == FieldKind::Json;
}

void splitBody(const QString &type, const QJsonObject &body, QJsonObject *settings, QJsonObject *secrets)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (isSecretField(type, it.key()))
            secrets->insert(it.key(), it.value());
        else
            settings->insert(it.key(), it.value());
    }
}

QList<FieldProblem> validate(const QString &type, const QJsonObject &body)
{
    QList<FieldProblem> problems;
    const CredentialType *t = credentialType(type);
    if (!t) {
        QStringList ids;
        for (const CredentialType &c : credentialTypes())
            ids << c.id;
        problems.append({QString(), tr("“%1” is not a credential type; use one of %2.").arg(type, ids.join(QStringLiteral(", ")))});
        return problems;
    }
    if (t->isRaw()) {
        if (body.isEmpty())
            problems.append({QString(), tr("A raw JSON credential needs at least one field.")});
        return problems;
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        const FieldSpec *f = t->field(it.key());
        if (!f) {
            // Extra fields are allowed (field projects keep webhook URLs and such in a
            // credential; jobs read them from state.configuration) and kept with the
            // secrets. One that looks like a misspelt field is refused.
            for (const FieldSpec &fs : t->fields)
                if (editDistance(fs.name.toLower(), it.key().toLower()) <= 2 && !fieldIsSet(body, fs.name)) {
                    problems.append({it.key(), tr("A %1 credential has no field “%2”; did you mean “%3”?")
                                                   .arg(t->translatedLabel(), it.key(), fs.name)});
                    break;
                }
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isNull())
            continue;
        switch (f->kind) {
        case FieldKind::Url: {
            if (!v.isString()) {
                problems.append({f->name, tr("%1 must be text, an address such as https://example.org.").arg(f->translatedLabel())});
                break;
            }
            const QString s = v.toString().trimmed();
            if (s.isEmpty())
                break;
            const QUrl u(s, QUrl::StrictMode);
            if (!u.isValid() || (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")) || u.host().isEmpty())
                problems.append({f->name, tr("%1 “%2” is not a web address; write it in full, such as https://example.org.")
                                              .arg(f->translatedLabel(), s)});
            break;
        }
        case FieldKind::Bool:
            if (!v.isBool())
                problems.append({f->name, tr("%1 must be true or false.").arg(f->translatedLabel())});
            break;
        case FieldKind::Integer:
            if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())))
                problems.append({f->name, tr("%1 must be a whole number.").arg(f->translatedLabel())});
            break;
        case FieldKind::Json:
            if (!v.isObject())
                problems.append({f->name, tr("%1 must be a JSON object, such as {\"X-API-Key\": \"…\"}.").arg(f->translatedLabel())});
            break;
        case FieldKind::Choice:
            if (!f->choices.contains(v.toString()))
                problems.append({f->name, tr("%1 must be one of %2.").arg(f->translatedLabel(), f->choices.join(QStringLiteral(", ")))});
            break;
        case FieldKind::Text:
        case FieldKind::Secret:
            if (!v.isString() && !v.isDouble())
                problems.append({f->name, tr("%1 must be text.").arg(f->translatedLabel())});
            break;
        }
    }
    for (const FieldSpec &f : t->fields)
        if (f.required && !fieldIsSet(body, f.name))
            problems.append({f.name, tr("%1 is required.").arg(f.translatedLabel())});

    if (!t->groups.isEmpty()) {
        // At least one sign-in way complete: all of its fields set, except optional ones
        // with a default (the login URL).
        bool anyComplete = false;
        for (const QString &g : t->groups) {
            bool complete = true;
            for (const FieldSpec &f : t->fields)
                if (f.group == g && f.defaultValue.isEmpty() && !fieldIsSet(body, f.name)
                    && !(f.kind == FieldKind::Secret && f.name == QLatin1String("securityToken")))
                    complete = false;
            anyComplete = anyComplete || complete;
        }
        if (!anyComplete)
            problems.append({QString(), tr(t->groupHelp)});
    } else if (t->id == QLatin1String("http")) {
        if (fieldIsSet(body, QStringLiteral("password")) && !fieldIsSet(body, QStringLiteral("username")))
            problems.append({QStringLiteral("username"), tr("A Basic password needs its user name.")});
    }
    return problems;
}

bool parseFieldValue(const QString &type, const QString &field, const QString &text, QJsonObject *body, QString *problem)
{
    const CredentialType *t = credentialType(type);
    const FieldSpec *f = t ? t->field(field) : nullptr;
    if (!f || t->isRaw()) {
        // Raw JSON: a value that parses as JSON (number, object, true) is kept as such.
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &e);
        if (t && t->isRaw() && e.error == QJsonParseError::NoError && d.array().size() == 1 && !d.array().at(0).isString())
            body->insert(field, d.array().at(0));
        else
            body->insert(field, text);
        return true;
    }
    switch (f->kind) {
    case FieldKind::Bool: {
        const QString s = text.trimmed().toLower();
        if (s == QLatin1String("true") || s == QLatin1String("yes") || s == QLatin1String("1") || s == QLatin1String("on"))
            body->insert(field, true);
        else if (s == QLatin1String("false") || s == QLatin1String("no") || s == QLatin1String("0") || s == QLatin1String("off"))
            body->insert(field, false);
        else {
            *problem = tr("%1 must be true or false, not “%2”.").arg(field, text);
            return false;
        }
        return true;
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 n = text.trimmed().toLongLong(&ok);
        if (!ok) {
            *problem = tr("%1 must be a whole number, not “%2”.").arg(field, text);
            return false;
        }
        body->insert(field, n);
        return true;
    }
    case FieldKind::Json: {
        QJsonParseError e{};
        const QJsonDocument d = QJsonDocument::fromJson(text.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !d.isObject()) {
            *problem = tr("%1 must be a JSON object, such as {\"X-API-Key\": \"…\"}.").arg(field);
            return false;
        }
        body->insert(field, d.object());
        return true;
    }
    default:
        body->insert(field, text);
        return true;
    }
}

QString typeForAdaptor(const QString &adaptor)
{
    static const QRegularExpression re(QStringLiteral("^@(?:openfn|switchboard)/language-([a-z0-9]+)"));
    const QString name = re.match(adaptor).captured(1);
    if (!name.isEmpty() && credentialType(name) && name != QLatin1String("raw"))
        return name;
    return QStringLiteral("raw");
}

} // namespace sb::credentials
