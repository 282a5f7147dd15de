// CHT (Community Health Toolkit) API: records (reports), contacts by phone and the CouchDB session.
// Contacts (places and people) live in "contacts" (key: _id), reports in "reports" (key: _id).

#include "sandbox/systemkit.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace sb::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::Cht)
};

const QString kSystem = u"cht"_s;
const QString kContacts = u"contacts"_s;
const QString kReports = u"reports"_s;
const QString kUser = u"medic"_s;
const QString kPassword = u"sandbox-pass-1"_s;
const char kHex[] = "0123456789abcdef";

const char kSeedContacts[] = R"json([
{"_id":"1a2b3c4d-0001-4c5d-8e9f-000000000001","_rev":"1-2d7f0c1a","type":"district_hospital","name":"Kisumu District Hospital",
 "contact":{"_id":"1a2b3c4d-0004-4c5d-8e9f-000000000004"},"reported_date":1672560000000},
{"_id":"1a2b3c4d-0002-4c5d-8e9f-000000000002","_rev":"1-5e8a9b3c","type":"health_center","name":"Nyalenda Health Center",
 "parent":{"_id":"1a2b3c4d-0001-4c5d-8e9f-000000000001"},"reported_date":1672560000000},
{"_id":"1a2b3c4d-0003-4c5d-8e9f-000000000003","_rev":"1-9c1d2e3f","type":"clinic","name":"Achieng's Household",
 "parent":{"_id":"1a2b3c4d-0002-4c5d-8e9f-000000000002","parent":{"_id":"1a2b3c4d-0001-4c5d-8e9f-000000000001"}},
 "reported_date":1672646400000},
{"_id":"1a2b3c4d-0004-4c5d-8e9f-000000000004","_rev":"1-7a6b5c4d","type":"person","name":"Jane Wanjiru","role":"chw",
 "phone":"+254712345678","sex":"female","date_of_birth":"1990-05-14",
 "parent":{"_id":"1a2b3c4d-0002-4c5d-8e9f-000000000002","parent":{"_id":"1a2b3c4d-0001-4c5d-8e9f-000000000001"}},
 "reported_date":1672560000000},
{"_id":"1a2b3c4d-0005-4c5d-8e9f-000000000005","_rev":"1-3e4f5a6b","type":"person","name":"Mary Achieng","role":"patient",
 "phone":"+254722000111","sex":"female","date_of_birth":"1996-11-02",
 "parent":{"_id":"1a2b3c4d-0003-4c5d-8e9f-000000000003","parent":{"_id":"1a2b3c4d-0002-4c5d-8e9f-000000000002",
 "parent":{"_id":"1a2b3c4d-0001-4c5d-8e9f-000000000001"}}},"reported_date":1672646400000},
{"_id":"1a2b3c4d-0006-4c5d-8e9f-000000000006","_rev":"1-8b9c0d1e","type":"person","name":"Baby Achieng","role":"patient",
 "phone":"+254722000111","sex":"male","date_of_birth":"2023-01-20",
 "parent":{"_id":"1a2b3c4d-0003-4c5d-8e9f-000000000003","parent":{"_id":"1a2b3c4d-0002-4c5d-8e9f-000000000002",
 "parent":{"_id":"1a2b3c4d-0001-4c5d-8e9f-000000000001"}}},"reported_date":1674208800000}
])json";

Response chtError(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{u"code"_s, status}, {u"error"_s, message}});
}

// Digits of a phone number, or empty when it is not one (7 to 15 digits, optional +).
QString phoneDigits(const QString &phone)
{
    QString p = phone.trimmed();
    p.remove(QRegularExpression(u"[\\s\\-().]"_s));
    static const QRegularExpression valid(u"^\\+?\\d{7,15}$"_s);
    if (!valid.match(p).hasMatch())
        return {};
    if (p.startsWith(QLatin1Char('+')))
        p.remove(0, 1);
    return p;
}

QString newDocId()
{
    return kit::newUuid();
}

QString newRev()
{
    return u"1-"_s + kit::randomString(32, kHex);
}

class Cht final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"CHT"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        // language-cht 1.x reads `url`; the newer schema names it `baseUrl`.
        return QJsonObject{{u"url"_s, baseUrl}, {u"baseUrl"_s, baseUrl}, {u"username"_s, kUser}, {u"password"_s, kPassword}};
    }
    QString loginHint() const override { return Tr::tr("user %1, password %2 (HTTP Basic)").arg(kUser, kPassword); }

    void seed() override
    {
        for (const QJsonValue &c : QJsonDocument::fromJson(QByteArray(kSeedContacts)).array())
            data().put(kSystem, kContacts, c.toObject().value(u"_id"_s).toString(), c.toObject());
    }

    Response handle(const Request &request) override
    {
        QString user, password;
        if (!kit::basicCredentials(request, &user, &password) || user != kUser || password != kPassword) {
            Response r = chtError(401, u"unauthorized"_s);
            r.headers.append({QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Basic realm=\"Medic Web Services\"")});
            return r;
        }
        const QStringList seg = kit::segments(request.path);
        const QByteArray &method = request.method;
        if (seg == QStringList{u"api"_s, u"v2"_s, u"records"_s} && method == "POST")
            return createRecord(request);
        if (seg == QStringList{u"api"_s, u"v1"_s, u"records"_s} && method == "POST")
            return createRecord(request);
        if (seg == QStringList{u"api"_s, u"v1"_s, u"contacts-by-phone"_s} && (method == "GET" || method == "POST"))
            return contactsByPhone(request);
        if (seg == QStringList{u"api"_s, u"v1"_s, u"people"_s} && method == "POST")
            return createContact(request, u"person"_s);
        if (seg == QStringList{u"api"_s, u"v1"_s, u"places"_s} && method == "POST")
            return createContact(request, u"clinic"_s);
        if (seg.size() == 2 && seg.at(0) == u"medic"_s && method == "GET")
            return getDoc(seg.at(1));
        // CouchDB's session: who the Basic credentials belong to.
        if (seg == QStringList{u"_session"_s} && method == "GET") {
            return Response::json(200, QJsonObject{{u"ok"_s, true},
                                                   {u"userCtx"_s, QJsonObject{{u"name"_s, kUser}, {u"roles"_s, QJsonArray{u"_admin"_s}}}},
                                                   {u"info"_s, QJsonObject{{u"authentication_handlers"_s, QJsonArray{u"cookie"_s, u"default"_s}},
                                                                           {u"authenticated"_s, u"default"_s}}}});
        }
        return chtError(404, u"not_found"_s);
    }

private:
    // A contact with its parent lineage filled in, as CHT returns it.
    QJsonObject hydrated(const QJsonObject &contact, int depth = 0) const
    {
        QJsonObject out = contact;
        const QString parentId = contact.value(u"parent"_s).toObject().value(u"_id"_s).toString();
        if (!parentId.isEmpty() && depth < 8) {
            const QJsonObject parent = data().get(kSystem, kContacts, parentId);
            if (!parent.isEmpty())
                out.insert(u"parent"_s, hydrated(parent, depth + 1));
        }
        return out;
    }

    QJsonObject requestFields(const Request &request, bool *ok) const
    {
        *ok = true;
        if (const auto json = kit::jsonObject(request.body))
            return *json;
        const QByteArray type = request.header("content-type").toLower();
        if (type.startsWith("application/x-www-form-urlencoded") || request.method == "GET") {
            QJsonObject out;
            const kit::Query form{QUrlQuery(QString::fromUtf8(request.body))};
            for (const auto &item : form.items())
                out.insert(item.first, item.second);
            return out;
        }
        *ok = false;
        return {};
    }

    Response createRecord(const Request &request)
    {
        bool ok = false;
        QJsonObject body = requestFields(request, &ok);
        if (!ok)
            return chtError(400, u"Content-Type must be application/json or application/x-www-form-urlencoded"_s);
        QJsonObject meta = body.value(u"_meta"_s).toObject();
        body.remove(u"_meta"_s);
        // The SMS form of a record: message and from, the form code being the message's first word.
        if (meta.isEmpty() && body.contains(u"message"_s)) {
            const QString message = body.value(u"message"_s).toString().trimmed();
            meta.insert(u"form"_s, message.section(QLatin1Char(' '), 0, 0).toUpper());
            meta.insert(u"from"_s, body.value(u"from"_s));
            body.remove(u"from"_s);
        }
        const QString form = meta.value(u"form"_s).toString();
        if (form.isEmpty())
            return chtError(400, u"Missing required field: form"_s);
        qint64 reported = QDateTime::currentMSecsSinceEpoch();
        const QJsonValue given = meta.value(u"reported_date"_s);
        if (given.isDouble()) {
            reported = static_cast<qint64>(given.toDouble());
        } else if (given.isString()) {
            const QDateTime at = kit::parseDateTime(given.toString());
            if (!at.isValid())
                return chtError(400, u"Invalid reported_date: %1"_s.arg(given.toString()));
            reported = at.toMSecsSinceEpoch();
        }
        const QString from = kit::scalarText(meta.value(u"from"_s));
        const QString id = newDocId();
        QJsonObject doc{{u"_id"_s, id},
                        {u"_rev"_s, newRev()},
                        {u"type"_s, u"data_record"_s},
                        {u"form"_s, form},
                        {u"from"_s, from},
                        {u"reported_date"_s, reported},
                        {u"fields"_s, body},
                        {u"errors"_s, QJsonArray{}},
                        {u"tasks"_s, QJsonArray{}}};
        if (meta.contains(u"locale"_s))
            doc.insert(u"locale"_s, meta.value(u"locale"_s));
        const QJsonArray matches = contactsWithPhone(phoneDigits(from));
        if (!matches.isEmpty()) {
            const QJsonObject contact = matches.first().toObject();
            doc.insert(u"contact"_s, QJsonObject{{u"_id"_s, contact.value(u"_id"_s)}, {u"parent"_s, data().get(kSystem, kContacts, contact.value(u"_id"_s).toString()).value(u"parent"_s)}});
        }
        data().put(kSystem, kReports, id, doc);
        return Response::json(200, QJsonObject{{u"success"_s, true}, {u"id"_s, id}});
    }

    QJsonArray contactsWithPhone(const QString &digits) const
    {
        QJsonArray out;
        if (digits.isEmpty())
            return out;
        for (const auto &entry : data().all(kSystem, kContacts)) {
            if (phoneDigits(entry.second.value(u"phone"_s).toString()) == digits)
                out.append(hydrated(entry.second));
        }
        return out;
    }

    Response contactsByPhone(const Request &request) const
    {
        QString phone = kit::Query(request.query).value(u"phone"_s);
        if (phone.isEmpty() && request.method == "POST") {
            bool ok = false;
            phone = kit::scalarText(requestFields(request, &ok).value(u"phone"_s));
        }
        if (phone.trimmed().isEmpty())
            return Response::json(400, QJsonObject{{u"ok"_s, false}, {u"error"_s, u"'phone' field must be provided"_s}});
        const QString digits = phoneDigits(phone);
        if (digits.isEmpty())
            return Response::json(400, QJsonObject{{u"ok"_s, false}, {u"error"_s, u"'phone' field must be a valid phone number"_s}});
        const QJsonArray docs = contactsWithPhone(digits);
        if (docs.isEmpty())
            return Response::json(404, QJsonObject{{u"ok"_s, false}, {u"error"_s, u"not_found"_s}});
        return Response::json(200, QJsonObject{{u"ok"_s, true}, {u"docs"_s, docs}});
    }

    Response createContact(const Request &request, const QString &defaultType)
    {
        bool ok = false;
        QJsonObject body = requestFields(request, &ok);
        if (!ok || body.isEmpty())
            return chtError(400, u"Content-Type must be application/json"_s);
        if (body.value(u"name"_s).toString().trimmed().isEmpty())
            return chtError(400, u"Missing required field: name"_s);
        const QJsonValue parent = body.value(u"parent"_s);
        if (!parent.isUndefined()) {
            const QString parentId = parent.isObject() ? parent.toObject().value(u"_id"_s).toString() : parent.toString();
            const QJsonObject parentDoc = data().get(kSystem, kContacts, parentId);
            if (parentDoc.isEmpty())
                return chtError(400, u"Failed to find place."_s);
            // CHT stores the lineage as nested ids only.
            QJsonObject lineage{{u"_id"_s, parentId}};
            if (parentDoc.contains(u"parent"_s))
                lineage.insert(u"parent"_s, parentDoc.value(u"parent"_s));
            body.insert(u"parent"_s, lineage);
        }
        if (body.contains(u"phone"_s) && phoneDigits(body.value(u"phone"_s).toString()).isEmpty())
            return chtError(400, u"Invalid phone number"_s);
        if (!body.contains(u"type"_s))
            body.insert(u"type"_s, defaultType);
        const QString id = newDocId();
        const QString rev = newRev();
        body.insert(u"_id"_s, id);
        body.insert(u"_rev"_s, rev);
        body.insert(u"reported_date"_s, QDateTime::currentMSecsSinceEpoch());
        data().put(kSystem, kContacts, id, body);
        return Response::json(200, QJsonObject{{u"id"_s, id}, {u"rev"_s, rev}});
    }

    Response getDoc(const QString &id) const
    {
        QJsonObject doc = data().get(kSystem, kContacts, id);
        if (doc.isEmpty())
            doc = data().get(kSystem, kReports, id);
        if (doc.isEmpty())
            return Response::json(404, QJsonObject{{u"error"_s, u"not_found"_s}, {u"reason"_s, u"missing"_s}});
        return Response::json(200, doc);
    }
};

} // namespace

std::unique_ptr<System> makeCht(SandboxData &data)
{
    return std::make_unique<Cht>(data);
}

} // namespace sb::sandbox
