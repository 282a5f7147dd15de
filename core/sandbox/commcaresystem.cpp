// The CommCare HQ emulator: form, case and location lists (v0.5, Tastypie paging), XForm
// submission and the bulk case upload API (see docs/sandbox.md).

#include "sandbox/sandboxsystem.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

namespace sb::sandbox {

namespace {

// Texts inside emulated replies stay in English, as the real system sends them; only
// what the console shows (title, login hint) is translated.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SandboxCommCare)
};

const QString kSystem = QStringLiteral("commcare");
const QString kDomain = QStringLiteral("miraclefeet");
const QString kUser = QStringLiteral("admin@switchboard.sandbox");
const QString kPassword = QStringLiteral("sandbox-password");
const QString kApiKey = QStringLiteral("sandbox-commcare-api-key");
const QString kAppId = QStringLiteral("cedf746aedd34c8fa559da17df52e20d");
const QString kForms = QStringLiteral("forms");
const QString kCases = QStringLiteral("cases");
const QString kLocations = QStringLiteral("locations");
const QString kUploads = QStringLiteral("uploads");

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

Response error(int status, const QString &message)
{
    return Response::json(status, QJsonObject{{key("error"), message}});
}

QString nowNaive()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000"));
}

// CommCare dates as stored ("2020-12-04T18:18:52.396106Z", "2020-12-04"), in UTC.
QDateTime storedTime(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(QLatin1Char('Z')))
        t.chop(1);
    static const QRegularExpression longFraction(QStringLiteral("(\\.\\d{3})\\d+$"));
    t.replace(longFraction, QStringLiteral("\\1"));
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(t.left(10), Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    dt.setTimeSpec(Qt::UTC);
    return dt;
}

// A filter date: naive (no offset) date or date-time; an offset is CommCare's 400.
std::optional<QDateTime> filterTime(const QString &name, const QString &text, QString *problem)
{
    static const QRegularExpression naive(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?)?$"));
    static const QRegularExpression zoned(QStringLiteral("(Z|[+-]\\d{2}:?\\d{2})$"));
    if (text.size() > 10 && zoned.match(text).hasMatch()) {
        *problem = QStringLiteral("%1: \"%2\" has a time zone; CommCare takes naive UTC dates such as 2024-05-01 or "
                          "2024-05-01T00:00:00.")
                       .arg(name, text);
        return std::nullopt;
    }
    if (!naive.match(text).hasMatch() || !storedTime(text).isValid()) {
        *problem = QStringLiteral("%1: \"%2\" is not a date; use for example 2024-05-01 or 2024-05-01T00:00:00.").arg(name, text);
        return std::nullopt;
    }
    QString t = text;
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    return storedTime(t);
}

QString queryValue(const QUrlQuery &query, const QString &name)
{
    QString raw = query.queryItemValue(name, QUrl::FullyEncoded);
    raw.replace(QLatin1Char('+'), QLatin1String("%20"));
    return QUrl::fromPercentEncoding(raw.toUtf8());
}

// An XML element as CommCare's JSON shows forms: attributes as "@name", children by
// name (repeats become arrays), text-only elements as strings.
QJsonValue readElement(QXmlStreamReader &reader)
{
    QJsonObject object;
    for (const QXmlStreamAttribute &a : reader.attributes()) {
        const QString name = a.prefix().isEmpty() ? a.name().toString() : a.qualifiedName().toString();
        object.insert(QLatin1Char('@') + name, a.value().toString());
    }
    if (!reader.namespaceUri().isEmpty() && !object.contains(key("@xmlns")))
        object.insert(key("@xmlns"), reader.namespaceUri().toString());
    QString text;
    bool hasChildren = false;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Characters) {
            text += reader.text();
        } else if (token == QXmlStreamReader::StartElement) {
            hasChildren = true;
            const QString name = reader.name().toString();
            const QJsonValue child = readElement(reader);
            if (object.contains(name)) {
                QJsonValue existing = object.value(name);
                QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray{existing};
                list.append(child);
                object.insert(name, list);
            } else {
                object.insert(name, child);
            }
        } else if (token == QXmlStreamReader::EndElement) {
            break;
        }
    }
    if (!hasChildren) {
        const bool onlyNamespace = object.size() == 1 && object.contains(key("@xmlns"));
        if (object.isEmpty() || (onlyNamespace && !text.trimmed().isEmpty()))
            return text.trimmed();
        if (!text.trimmed().isEmpty())
            object.insert(key("#text"), text.trimmed());
    }
    return object;
}

QString openRosa(const QString &nature, const QString &message)
{
    return QStringLiteral("<OpenRosaResponse xmlns=\"http://openrosa.org/http/response\"><message nature=\"%1\">%2"
                          "</message></OpenRosaResponse>")
        .arg(nature, message.toHtmlEscaped());
}

class CommCareSystem final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return Tr::tr("CommCare"); }

    QJsonObject configuration(const QString &baseUrl) const override
    {
        return {{key("hostUrl"), baseUrl},
                {key("domain"), kDomain},
                {key("username"), kUser},
                {key("apiKey"), kApiKey},
                {key("password"), kPassword},
                {key("appId"), kAppId}};
    }

    QString loginHint() const override
    {
        return Tr::tr("project %1, user %2, API key %3 (or password %4)").arg(kDomain, kUser, kApiKey, kPassword);
    }

    void seed() override;
    Response handle(const Request &request) override;

private:
    bool authorized(const Request &r) const;
    Response list(const Request &r, const QString &collection);
    Response submit(const Request &r, const QString &appId);
    Response bulkUpload(const Request &r);
    Response reportData(const Request &r, const QString &reportId);
};

void CommCareSystem::seed()
{
    const char *forms[] = {"patientRegistration_educationalMessage.json", "newVisit_ReminderMessage.json",
                           "newCommCareUserUpdate.json"};
    for (const char *name : forms) {
        QJsonObject form = QJsonDocument::fromJson(seedFile(QStringLiteral("commcare/") + QLatin1String(name))).object();
        if (form.isEmpty())
            continue;
        form.remove(key("__query_params")); // what the forwarding sent, not part of the form
        data().put(kSystem, kForms, form.value(key("id")).toString(), form);
    }
    for (const char *name : {"patient_case.json", "visit_case.json"}) {
        QJsonObject kase = QJsonDocument::fromJson(seedFile(QStringLiteral("commcare/") + QLatin1String(name))).object();
        if (kase.isEmpty())
            continue;
        if (!kase.contains(key("indexed_on")))
            kase.insert(key("indexed_on"), kase.value(key("server_date_modified")));
        data().put(kSystem, kCases, kase.value(key("case_id")).toString(), kase);
    }
    const QJsonObject clinic = QJsonDocument::fromJson(seedFile(QStringLiteral("commcare/clinic.json"))).object();
    if (!clinic.isEmpty())
        data().put(kSystem, kLocations, clinic.value(key("location_id")).toString(), clinic);
}

bool CommCareSystem::authorized(const Request &r) const
{
    const QByteArray auth = r.header("authorization");
    if (auth.startsWith("ApiKey ")) {
        const QString value = QString::fromUtf8(auth.mid(7).trimmed());
        const int colon = value.lastIndexOf(QLatin1Char(':'));
        return colon > 0 && value.left(colon).compare(kUser, Qt::CaseInsensitive) == 0 && value.mid(colon + 1) == kApiKey;
    }
    if (auth.startsWith("Basic ")) {
        const QString value = QString::fromUtf8(QByteArray::fromBase64(auth.mid(6).trimmed()));
        const int colon = value.indexOf(QLatin1Char(':'));
        const QString secret = value.mid(colon + 1);
        return colon > 0 && value.left(colon).compare(kUser, Qt::CaseInsensitive) == 0
               && (secret == kPassword || secret == kApiKey);
    }
    return false;
}

Response CommCareSystem::handle(const Request &r)
{
    static const QRegularExpression domainPath(QStringLiteral("^/a/([^/]+)(/.*)$"));
    const auto m = domainPath.match(r.path);
    if (!m.hasMatch())
        return Response::empty(404);
    if (!authorized(r))
        return error(401, QStringLiteral("Authentication failed: send \"Authorization: ApiKey user:key\" or HTTP Basic "
                                 "credentials of a web user of the project."));
    if (m.captured(1) != kDomain)
        return Response::empty(403);
    const QString rest = m.captured(2);

    static const QRegularExpression api(QStringLiteral("^/api/v0\\.[45]/(form|case|location)/?([^/]*)/?$"));
    static const QRegularExpression receiver(QStringLiteral("^/receiver(?:/([^/]+))?/?$"));
    if (const auto a = api.match(rest); a.hasMatch()) {
        if (r.method != "GET")
            return Response::empty(405);
        const QString collection = a.captured(1) == QLatin1String("form")   ? kForms
                                   : a.captured(1) == QLatin1String("case") ? kCases
                                                                            : kLocations;
        if (!a.captured(2).isEmpty()) {
            const QJsonObject one = data().get(kSystem, collection, a.captured(2));
            return one.isEmpty() ? Response::empty(404) : Response::json(200, one);
        }
        return list(r, collection);
    }
    static const QRegularExpression report(QStringLiteral("^/api/v0\\.5/configurablereportdata/([^/]+)/?$"));
    if (const auto rep = report.match(rest); rep.hasMatch()) {
        if (r.method != "GET")
            return Response::empty(405);
        return reportData(r, rep.captured(1));
    }
    if (const auto s = receiver.match(rest); s.hasMatch()) {
        if (r.method != "POST")
            return Response::empty(405);
        return submit(r, s.captured(1));
    }
    if (rest == QLatin1String("/importer/excel/bulk_upload_api/") || rest == QLatin1String("/importer/excel/bulk_upload_api")) {
        if (r.method != "POST")
            return Response::empty(405);
        return bulkUpload(r);
    }
    return Response::empty(404);
}

// A user configurable report: every report of the sandbox lists the cases (case_id,
// case_type, closed), paged with limit/offset like the real report data API.
Response CommCareSystem::reportData(const Request &r, const QString &reportId)
{
    bool ok = true;
    int limit = 50;
    if (r.query.hasQueryItem(key("limit"))) {
        limit = queryValue(r.query, key("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return error(400, QStringLiteral("limit must be a positive number."));
    }
    int offset = 0;
    if (r.query.hasQueryItem(key("offset"))) {
        offset = queryValue(r.query, key("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return error(400, QStringLiteral("offset must be a number from 0."));
    }
    const auto cases = data().all(kSystem, kCases);
    QJsonArray rows;
    for (qsizetype i = offset; i < cases.size() && i < qsizetype(offset) + limit; ++i) {
        const QJsonObject &c = cases.at(i).second;
        rows.append(QJsonObject{{key("case_id"), c.value(key("case_id"))},
                                {key("case_type"), c.value(key("properties")).toObject().value(key("case_type"))},
                                {key("closed"), c.value(key("closed"))}});
    }
    const int total = int(cases.size());
    const QString next = offset + limit < total
                             ? QStringLiteral("/a/%1/api/v0.5/configurablereportdata/%2/?offset=%3&limit=%4")
                                   .arg(kDomain, reportId).arg(offset + limit).arg(limit)
                             : QString();
    QJsonArray columns;
    for (const char *slug : {"case_id", "case_type", "closed"})
        columns.append(QJsonObject{{key("header"), QLatin1String(slug)}, {key("slug"), QLatin1String(slug)}});
    return Response::json(200, QJsonObject{{key("columns"), columns},
                                           {key("data"), rows},
                                           {key("next_page"), next},
                                           {key("total_records"), total}});
}

Response CommCareSystem::list(const Request &r, const QString &collection)
{
    const bool forms = collection == kForms;
    const int maxLimit = forms ? 1000 : 5000;
    bool ok = true;
    int limit = 20;
    if (r.query.hasQueryItem(key("limit"))) {
        limit = queryValue(r.query, key("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return error(400, QStringLiteral("limit must be a positive number."));
    }
    limit = std::min(limit, maxLimit);
    int offset = 0;
    if (r.query.hasQueryItem(key("offset"))) {
        offset = queryValue(r.query, key("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return error(400, QStringLiteral("offset must be a number from 0."));
    }

    // Date filters: name → (record field, is the end of a range).
    struct DateFilter
    {
        const char *param, *field;
        bool end;
    };
    const DateFilter dateFilters[] = {
        {"received_on_start", "received_on", false}, {"received_on_end", "received_on", true},
        {"indexed_on_start", "indexed_on", false},   {"indexed_on_end", "indexed_on", true},
        {"server_date_modified_start", "server_date_modified", false},
        {"server_date_modified_end", "server_date_modified", true},
        {"last_modified_start", "last_modified", false}, {"last_modified_end", "last_modified", true},
    };
    struct ActiveDate
    {
        QString field;
        QDateTime at;
        bool end;
    };
    QList<ActiveDate> dates;
    for (const DateFilter &f : dateFilters) {
        const QString param = QLatin1String(f.param);
        if (!r.query.hasQueryItem(param))
            continue;
        QString problem;
        const std::optional<QDateTime> at = filterTime(param, queryValue(r.query, param), &problem);
        if (!at)
            return error(400, problem);
        dates.append({QLatin1String(f.field), *at, f.end});
    }
    const QString xmlns = queryValue(r.query, key("xmlns"));
    const QString appId = queryValue(r.query, key("app_id"));
    const QString type = queryValue(r.query, key("type"));
    const QString owner = queryValue(r.query, key("owner_id"));
    const QString closed = queryValue(r.query, key("closed"));
    const bool includeArchived = queryValue(r.query, key("include_archived")) == QLatin1String("true");

    QList<QJsonObject> hits;
    for (const auto &[id, record] : data().all(kSystem, collection)) {
        if (forms) {
            const QJsonObject form = record.value(key("form")).toObject();
            if (!xmlns.isEmpty() && form.value(key("@xmlns")).toString() != xmlns)
                continue;
            if (!appId.isEmpty() && record.value(key("app_id")).toString() != appId)
                continue;
            if (!includeArchived && record.value(key("archived")).toBool())
                continue;
        } else if (collection == kCases) {
            const QJsonObject props = record.value(key("properties")).toObject();
            if (!type.isEmpty() && props.value(key("case_type")).toString() != type)
                continue;
            if (!owner.isEmpty() && props.value(key("owner_id")).toString() != owner)
                continue;
            if (!closed.isEmpty() && record.value(key("closed")).toBool() != (closed == QLatin1String("true")))
                continue;
        }
        bool inRange = true;
        for (const ActiveDate &d : dates) {
            const QDateTime at = storedTime(record.value(d.field).toString());
            inRange = inRange && at.isValid() && (d.end ? at <= d.at : at >= d.at);
        }
        if (inRange)
            hits << record;
    }
    // Oldest first by the index date, as CommCare pages them.
    const QString order = forms ? key("indexed_on") : (collection == kCases ? key("indexed_on") : key("last_modified"));
    std::stable_sort(hits.begin(), hits.end(), [&order](const QJsonObject &a, const QJsonObject &b) {
        return storedTime(a.value(order).toString()) < storedTime(b.value(order).toString());
    });

    QJsonArray objects;
    for (int i = offset; i < std::min<int>(int(hits.size()), offset + limit); ++i)
        objects.append(hits.at(i));
    // Tastypie-style links: the same filters, the next offset; relative to the list URL.
    const auto link = [&r](int newOffset, int newLimit) -> QString {
        QUrlQuery q;
        for (const auto &[name, value] : r.query.queryItems(QUrl::FullyEncoded)) {
            if (name != QLatin1String("limit") && name != QLatin1String("offset"))
                q.addQueryItem(name, value);
        }
        q.addQueryItem(key("limit"), QString::number(newLimit));
        q.addQueryItem(key("offset"), QString::number(newOffset));
        QString text = q.toString(QUrl::FullyEncoded);
        text.prepend(QLatin1Char('?'));
        return text;
    };
    const int total = int(hits.size());
    const QJsonValue next = offset + limit < total ? QJsonValue(link(offset + limit, limit)) : QJsonValue();
    const QJsonValue previous = offset > 0 ? QJsonValue(link(std::max(0, offset - limit), limit)) : QJsonValue();
    return Response::json(200, QJsonObject{{key("meta"), QJsonObject{{key("limit"), limit},
                                                                     {key("offset"), offset},
                                                                     {key("next"), next},
                                                                     {key("previous"), previous},
                                                                     {key("total_count"), total}}},
                                           {key("objects"), objects}});
}

Response CommCareSystem::submit(const Request &r, const QString &appId)
{
    const auto failure = [](int status, const QString &message) {
        return Response::text(status, openRosa(key("processing_failure"), message).toUtf8(), "text/xml; charset=utf-8");
    };
    QXmlStreamReader reader(r.body);
    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
    }
    if (reader.atEnd() || reader.hasError())
        return failure(422, QStringLiteral("The body is not an XForm instance (XML): %1").arg(reader.errorString()));
    const QString rootName = reader.name().toString();
    QJsonValue root = readElement(reader);
    if (reader.hasError())
        return failure(422, QStringLiteral("The XForm instance is not well-formed XML: %1").arg(reader.errorString()));
    QJsonObject form = root.isObject() ? root.toObject() : QJsonObject();
    form.insert(key("#type"), rootName);
    const QJsonObject meta = form.value(key("meta")).toObject();
    const QString instanceId = meta.value(key("instanceID")).toString().remove(QStringLiteral("uuid:"));
    if (instanceId.isEmpty())
        return failure(422, QStringLiteral("The XForm instance has no meta/instanceID."));

    const QString now = nowNaive();
    const QString receivedOn = now.left(26) + QLatin1Char('Z');
    const QJsonObject previous = data().get(kSystem, kForms, instanceId);
    QJsonObject record{
        {key("id"), instanceId},
        {key("app_id"), appId.isEmpty() ? kAppId : appId},
        {key("domain"), kDomain},
        {key("archived"), false},
        {key("form"), form},
        {key("received_on"), previous.isEmpty() ? receivedOn : previous.value(key("received_on")).toString()},
        {key("server_modified_on"), receivedOn},
        {key("indexed_on"), now},
        {key("type"), key("data")},
        {key("metadata"), QJsonObject{{key("instanceID"), instanceId},
                                      {key("userID"), meta.value(key("userID"))},
                                      {key("username"), meta.value(key("username"))},
                                      {key("deviceID"), meta.value(key("deviceID"))},
                                      {key("timeStart"), meta.value(key("timeStart"))},
                                      {key("timeEnd"), meta.value(key("timeEnd"))}}},
        {key("resource_uri"), QString()}};
    data().put(kSystem, kForms, instanceId, record);

    // The case block, if any, creates or updates its case.
    const QJsonObject block = form.value(key("case")).toObject();
    const QString caseId = block.value(key("@case_id")).toString();
    if (!caseId.isEmpty()) {
        QJsonObject kase = data().get(kSystem, kCases, caseId);
        QJsonObject props = kase.value(key("properties")).toObject();
        for (const char *part : {"create", "update"}) {
            const QJsonObject values = block.value(QLatin1String(part)).toObject();
            for (auto it = values.begin(); it != values.end(); ++it) {
                if (!it.key().startsWith(QLatin1Char('@')))
                    props.insert(it.key(), it.value());
            }
        }
        QJsonArray xforms = kase.value(key("xform_ids")).toArray();
        if (!xforms.contains(instanceId))
            xforms.append(instanceId);
        if (kase.isEmpty())
            kase.insert(key("server_date_opened"), now);
        kase.insert(key("case_id"), caseId);
        kase.insert(key("domain"), kDomain);
        kase.insert(key("properties"), props);
        kase.insert(key("closed"), block.contains(key("close")));
        kase.insert(key("date_modified"), block.value(key("@date_modified")).toString(now));
        kase.insert(key("server_date_modified"), now);
        kase.insert(key("indexed_on"), now);
        kase.insert(key("user_id"), block.value(key("@user_id")));
        kase.insert(key("xform_ids"), xforms);
        data().put(kSystem, kCases, caseId, kase);
    }
    return Response::text(201, openRosa(key("submit_success"), QStringLiteral("Thanks for submitting!")).toUtf8(),
                          "text/xml; charset=utf-8");
}

Response CommCareSystem::bulkUpload(const Request &r)
{
    const auto failure = [](const QString &message) {
        return Response::json(400, QJsonObject{{key("code"), 400}, {key("message"), message}});
    };
    const QByteArray type = r.header("content-type");
    const int b = type.indexOf("boundary=");
    if (!type.startsWith("multipart/form-data") || b < 0)
        return failure(QStringLiteral("Send the cases as multipart/form-data with a \"file\" part."));
    QByteArray boundary = type.mid(b + 9);
    if (const int semi = boundary.indexOf(';'); semi >= 0)
        boundary.truncate(semi);
    boundary = "--" + boundary.trimmed().replace("\"", "");

    QJsonObject fields;
    QString fileName;
    qsizetype fileSize = -1;
    qsizetype pos = r.body.indexOf(boundary);
    while (pos >= 0) {
        pos += boundary.size();
        if (r.body.mid(pos, 2) == "--")
            break;
        const qsizetype headEnd = r.body.indexOf("\r\n\r\n", pos);
        const qsizetype nextBoundary = r.body.indexOf(boundary, pos);
        if (headEnd < 0 || nextBoundary < 0 || headEnd > nextBoundary)
            break;
        const QByteArray head = r.body.mid(pos, headEnd - pos);
        QByteArray value = r.body.mid(headEnd + 4, nextBoundary - headEnd - 4);
        if (value.endsWith("\r\n"))
            value.chop(2);
        static const QRegularExpression nameRx(QStringLiteral("name=\"([^\"]*)\""));
        static const QRegularExpression fileRx(QStringLiteral("filename=\"([^\"]*)\""));
        const QString headText = QString::fromUtf8(head);
        const QString name = nameRx.match(headText).captured(1);
        if (name == QLatin1String("file")) {
            fileName = fileRx.match(headText).captured(1);
            fileSize = value.size();
        } else if (!name.isEmpty()) {
            fields.insert(name, QString::fromUtf8(value));
        }
        pos = nextBoundary;
    }
    if (fileSize < 0)
        return failure(QStringLiteral("The upload has no \"file\" part."));
    if (fields.value(key("case_type")).toString().isEmpty())
        return failure(QStringLiteral("The upload needs a case_type."));
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    data().put(kSystem, kUploads, id,
               QJsonObject{{key("id"), id},
                           {key("fileName"), fileName},
                           {key("bytes"), int(fileSize)},
                           {key("fields"), fields},
                           {key("received_on"), nowNaive()}});
    return Response::json(200, QJsonObject{{key("code"), 200},
                                           {key("message"), key("success")},
                                           {key("status_url"),
                                            QStringLiteral("%1/a/%2/importer/excel/status/%3/").arg(r.baseUrl, kDomain, id)}});
}

} // namespace

std::unique_ptr<System> makeCommCare(SandboxData &data)
{
    return std::make_unique<CommCareSystem>(data);
}

} // namespace sb::sandbox
