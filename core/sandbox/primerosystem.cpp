// Primero (UNICEF case management), API v2 with the v1.1 cookie API beside it.
// Cases live in the "cases" collection (key: id), referrals in "referrals" (key: id).

#include "sandbox/systemkit.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace sb::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::Primero)
};

const QString kSystem = u"primero"_s;
const QString kCases = u"cases"_s;
const QString kReferrals = u"referrals"_s;
const QString kUser = u"primero_admin"_s;
const QString kPassword = u"sandbox-pass-1"_s;
const QString kSessionCookie = u"_primero_session"_s;
constexpr int kMaxPer = 1000;

const char kAlnum[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// Seed cases (Primero v2 shape). The first is the fixture primeroV2_getCases.json, the second
// the fixture post/patch bodies in v2 form, the third the case the HIS sync fixture names.
const char kSeedCases[] = R"json([
{"id":"ee03c7e4-46bd-40ed-9312-01ce08515f1a","enabled":true,"age":9,"sex":"female","status":"open",
 "case_id":"5f6130b0-bfa7-4544-a3c8-897f54d3b877","owned_by":"openfn_cp_user","short_id":"4d3b877",
 "workflow":"referral_to_oscar","module_id":"primeromodule-cp","name_last":"Diallo","created_at":"2021-11-09T10:20:12.384Z",
 "created_by":"openfn_cp_user","name_first":"Aicha","mosvy_number":"9808827","record_state":true,"date_of_birth":"2012-01-01",
 "reopened_logs":[],"case_id_display":"4d3b877","last_updated_at":"2021-11-09T10:38:34.074Z","owned_by_groups":["usergroup-training"],
 "services_section":[{"unique_id":"020d0e8a-c948-451e-948e-3c5462a7cb56","service_type":"social_work_case_work",
   "service_subtype":["social_work_case_work_community"],"service_implemented":"not_implemented",
   "service_response_type":"referral_to_oscar","service_response_day_time":"2021-11-09T10:20:42.000Z",
   "service_implementing_agency":"agency-demo"}],
 "interview_subject":"individual","registration_date":"2021-11-09","owned_by_agency_id":"agency-unicef",
 "case_status_reopened":false,"consent_for_services":true,"created_organization":"agency-unicef",
 "associated_user_names":["openfn_cp_user"],"disclosure_other_orgs":true,"record_in_scope":true,"alert_count":0,
 "location_current":"01070101","has_referral":true},
{"id":"9a3e1c52-7d0b-4f51-8f0c-2f3b7a1d6e11","enabled":true,"age":18,"sex":"male","status":"open",
 "case_id":"51f2adb5-dcdb-4310-9b69-c4e28c063aeb","short_id":"c063aeb","case_id_display":"c063aeb",
 "owned_by":"primero","created_by":"primero","owned_by_agency_id":"agency-unicef","created_at":"2020-02-18T00:00:00.000Z",
 "last_updated_at":"2021-06-01T08:00:00.000Z","name_first":"updating","name_last":"name","date_of_birth":"2005-06-13",
 "oscar_number":"88986571w","mosvy_number":"30588986571","location_current":"12110417","protection_status":"migrant_child_13820",
 "module_id":"primeromodule-cp","record_state":true,"registration_date":"2016-06-17","child_status":"Open",
 "consent_for_services":true,"disclosure_other_orgs":true,"has_referral":true,
 "services_section":[{"unique_id":"81544ee2-f17e-4970-9b8f-3ad20618cd7c","service_response_type":"referral_from_oscar",
   "service_type":"counselling","service_type_text":"Counselling","service_type_details_text":"Family counselling / mediation",
   "oscar_case_worker_name":"Another Name OSCaR case worker","oscar_referring_organization":"OSCaR Organization",
   "oscar_case_worker_telephone":"0123456789"}],
 "transitions":[{"unique_id":"b92bbac8-aecc-4a83-9c2a-ed0f65699958","type":"referral","notes":"this is a new referal TEST",
   "transitioned_by":"primero","service":"counselling","created_at":"2020-02-18",
   "service_section_unique_id":"81544ee2-f17e-4970-9b8f-3ad20618cd7c"}]},
{"id":"e41c03f8-07f9-4394-80f6-6874681c4626","enabled":true,"age":11,"sex":"female","status":"open",
 "case_id":"0b7a5d3e-2c41-4e8f-9a6d-1f17c2d9e4aa","short_id":"2d9e4aa","case_id_display":"2d9e4aa",
 "owned_by":"primero_th_cp","created_by":"primero_th_cp","owned_by_agency_id":"agency-th-dcy","module_id":"primeromodule-cp",
 "created_at":"2022-03-10T03:15:00.000Z","last_updated_at":"2022-03-12T04:00:00.000Z","name_first":"Malee","name_last":"Sukjai",
 "date_of_birth":"2011-04-02","national_id_no":"1417500060321","record_state":true,"registration_date":"2022-03-10",
 "consent_for_services":true,"disclosure_other_orgs":true,"services_section":[]},
{"id":"3c8f0b6a-1e2d-4c5b-9a7f-6d5e4c3b2a10","enabled":true,"age":7,"sex":"male","status":"open",
 "case_id":"c2b8f4e1-5a6d-4b7c-8e9f-0a1b2c3d4e5f","short_id":"3d4e5f0","case_id_display":"3d4e5f0",
 "owned_by":"openfn_cp_user","created_by":"openfn_cp_user","owned_by_agency_id":"agency-unicef","module_id":"primeromodule-cp",
 "created_at":"2023-01-15T09:00:00.000Z","last_updated_at":"2023-01-16T11:30:00.000Z","name_first":"Sokha","name_last":"Chan",
 "date_of_birth":"2015-08-20","record_state":true,"registration_date":"2023-01-15","location_current":"01070101",
 "consent_for_services":true,"disclosure_other_orgs":true,"has_referral":true,"workflow":"referral_to_oscar",
 "services_section":[{"unique_id":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6","service_type":"family_based_care",
   "service_subtype":["long_term_foster_care"],"service_implemented":"not_implemented","service_response_type":"referral_to_oscar",
   "service_response_day_time":"2023-01-16T11:00:00.000Z","service_implementing_agency":"agency-cif"}]}
])json";

const char kSeedReferrals[] = R"json([
{"id":"7f3d2a10-8b4c-4e5d-9f60-71829a3b4c5d","type":"Referral","status":"in_progress","record_type":"case",
 "record_id":"ee03c7e4-46bd-40ed-9312-01ce08515f1a","transitioned_by":"openfn_cp_user","transitioned_to":"oscar_referrals",
 "transitioned_to_agency":"agency-demo","service":"social_work_case_work","service_record_id":"020d0e8a-c948-451e-948e-3c5462a7cb56",
 "notes":"Referral to OSCaR","remote":true,"consent_overridden":false,"consent_individual_transfer":true,
 "created_at":"2021-11-09T10:20:42.000Z"},
{"id":"a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d","type":"Referral","status":"in_progress","record_type":"case",
 "record_id":"3c8f0b6a-1e2d-4c5b-9a7f-6d5e4c3b2a10","transitioned_by":"openfn_cp_user","transitioned_to":"oscar_referrals",
 "transitioned_to_agency":"agency-cif","service":"family_based_care","service_record_id":"5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6",
 "notes":"Long term foster care","remote":true,"consent_overridden":false,"consent_individual_transfer":true,
 "created_at":"2023-01-16T11:00:00.000Z"}
])json";

const char kForms[] = R"json([
{"id":1,"unique_id":"basic_identity","name":{"en":"Basic Identity"},"parent_form":"case","module_ids":["primeromodule-cp"],
 "visible":true,"is_nested":false,"fields":[
  {"name":"name_first","type":"text_field","display_name":{"en":"First Name"}},
  {"name":"name_last","type":"text_field","display_name":{"en":"Surname"}},
  {"name":"sex","type":"select_box","display_name":{"en":"Sex"},"option_strings_source":"lookup lookup-gender"},
  {"name":"date_of_birth","type":"date_field","display_name":{"en":"Date of Birth"}},
  {"name":"national_id_no","type":"text_field","display_name":{"en":"National ID Number"}},
  {"name":"oscar_number","type":"text_field","display_name":{"en":"OSCaR Number"}},
  {"name":"location_current","type":"select_box","display_name":{"en":"Current Location"},"option_strings_source":"Location"}]},
{"id":2,"unique_id":"services","name":{"en":"Services"},"parent_form":"case","module_ids":["primeromodule-cp"],
 "visible":true,"is_nested":false,"fields":[
  {"name":"services_section","type":"subform","display_name":{"en":"Services"},"subform_section_unique_id":"services_section"}]},
{"id":3,"unique_id":"services_section","name":{"en":"Nested Services"},"parent_form":"case","module_ids":["primeromodule-cp"],
 "visible":false,"is_nested":true,"fields":[
  {"name":"service_type","type":"select_box","display_name":{"en":"Type of Service"},"option_strings_source":"lookup lookup-service-type"},
  {"name":"service_response_type","type":"select_box","display_name":{"en":"Type of Response"},"option_strings_source":"lookup lookup-service-response-type"},
  {"name":"service_implemented","type":"select_box","display_name":{"en":"Service Implemented"},"option_strings_source":"lookup lookup-service-implemented"},
  {"name":"service_implementing_agency","type":"select_box","display_name":{"en":"Implementing Agency"},"option_strings_source":"Agency"}]},
{"id":18,"unique_id":"case_conference","name":{"en":"Case Conference","th":"การประชุมเคส"},"parent_form":"case",
 "module_ids":["primeromodule-cp"],"visible":true,"is_nested":false,"fields":[
  {"name":"conference_case_transfer_reason","type":"select_box","multi_select":false,
   "display_name":{"en":"If the case will be transferred, please provide reason","th":"กรณีเคสจะถูกส่งมอบ กรุณาระบุสาเหตุ"},
   "option_strings_source":"lookup lookup-case-transfer-reason"}]}
])json";

// lookup-case-transfer-reason carries the option strings of the HIS fixture option_strings_text.json.
const char kLookups[] = R"json([
{"id":1,"unique_id":"lookup-gender","name":{"en":"Sex"},"values":[
  {"id":"male","display_text":{"en":"Male","th":"ชาย"}},{"id":"female","display_text":{"en":"Female","th":"หญิง"}},
  {"id":"other","display_text":{"en":"Other","th":"อื่น ๆ"}}]},
{"id":2,"unique_id":"lookup-service-type","name":{"en":"Service Type"},"values":[
  {"id":"social_work_case_work","display_text":{"en":"Social work / case work"}},
  {"id":"counselling","display_text":{"en":"Counselling"}},
  {"id":"family_based_care","display_text":{"en":"Family based care"}},
  {"id":"health_medical_service","display_text":{"en":"Health / medical service"}}]},
{"id":3,"unique_id":"lookup-service-response-type","name":{"en":"Service Response Type"},"values":[
  {"id":"care_plan","display_text":{"en":"Care plan"}},{"id":"referral_to_oscar","display_text":{"en":"Referral to OSCaR"}},
  {"id":"referral_from_oscar","display_text":{"en":"Referral from OSCaR"}}]},
{"id":4,"unique_id":"lookup-service-implemented","name":{"en":"Service Implemented"},"values":[
  {"id":"implemented","display_text":{"en":"Implemented"}},{"id":"not_implemented","display_text":{"en":"Not implemented"}}]},
{"id":5,"unique_id":"lookup-case-transfer-reason","name":{"en":"Case Transfer Reason","th":"สาเหตุการส่งมอบเคส"},"values":[
  {"id":"specialized_service","display_text":{"en":"Specialized services required","th":"ต้องการการบริการพิเศษ"}},
  {"id":"new_location","display_text":{"en":"Moving to new location","th":"ย้ายสถานที่อยู่ใหม่"}},
  {"id":"organisational_reasons","display_text":{"en":"Organisational reasons","th":"เหตุผลของหน่วยงาน"}},
  {"id":"protection_concerns","display_text":{"en":"Relocation due to protection concerns","th":"ย้ายที่อยู่อาศัยเนื่องจากประเด็นด้านการคุ้มครอง"}},
  {"id":"child_turned_18","display_text":{"en":"Child turned 18 and requires ongoing protection","th":"เด็กอายุครบ 118 ปีและยังต้องการการคุ้มครองต่อเนื่อง"}},
  {"id":"other","display_text":{"en":"Other","th":"อื่น ๆ"}}]},
{"id":6,"unique_id":"lookup-protection-status","name":{"en":"Protection Status"},"values":[
  {"id":"migrant_child_13820","display_text":{"en":"Migrant child"}},{"id":"separated","display_text":{"en":"Separated"}},
  {"id":"unaccompanied","display_text":{"en":"Unaccompanied"}}]}
])json";

const char kLocations[] = R"json([
{"id":1,"code":"KH","type":"country","admin_level":0,"name":{"en":"Cambodia"}},
{"id":2,"code":"01","type":"province","admin_level":1,"name":{"en":"Banteay Meanchey"},"parent_code":"KH"},
{"id":3,"code":"0107","type":"district","admin_level":2,"name":{"en":"Serei Saophoan"},"parent_code":"01"},
{"id":4,"code":"010701","type":"commune","admin_level":3,"name":{"en":"Kampong Svay"},"parent_code":"0107"},
{"id":5,"code":"01070101","type":"village","admin_level":4,"name":{"en":"Phum Muoy"},"parent_code":"010701"},
{"id":6,"code":"12","type":"province","admin_level":1,"name":{"en":"Phnom Penh"},"parent_code":"KH"},
{"id":7,"code":"1211","type":"district","admin_level":2,"name":{"en":"Chbar Ampov"},"parent_code":"12"},
{"id":8,"code":"121104","type":"commune","admin_level":3,"name":{"en":"Nirouth"},"parent_code":"1211"},
{"id":9,"code":"12110417","type":"village","admin_level":4,"name":{"en":"Prek Ta Kov"},"parent_code":"121104"}
])json";

QJsonArray seedArray(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).array();
}

Response badLogin()
{
    return Response::json(401, QJsonObject{{u"error"_s, u"Invalid User name or password."_s}});
}

Response v2Error(int status, const QString &resource, const QString &message, const QString &detail = {})
{
    QJsonObject error{{u"code"_s, status}, {u"resource"_s, resource}, {u"message"_s, message}};
    if (!detail.isEmpty())
        error.insert(u"detail"_s, detail);
    return Response::json(status, QJsonObject{{u"errors"_s, QJsonArray{error}}});
}

// Compares a record value with a filter bound: numbers as numbers, dates as dates, else text.
int compareValues(const QJsonValue &field, const QString &bound)
{
    bool boundIsNumber = false;
    const double b = bound.toDouble(&boundIsNumber);
    if (field.isDouble() && boundIsNumber)
        return field.toDouble() < b ? -1 : (field.toDouble() > b ? 1 : 0);
    const QString text = kit::scalarText(field);
    const QDateTime fd = kit::parseDateTime(text);
    const QDateTime bd = kit::parseDateTime(bound);
    if (fd.isValid() && bd.isValid())
        return fd < bd ? -1 : (fd > bd ? 1 : 0);
    return QString::compare(text, bound);
}

bool valueEquals(const QJsonValue &field, const QString &wanted)
{
    if (field.isArray()) {
        const QJsonArray items = field.toArray();
        return std::any_of(items.begin(), items.end(), [&](const QJsonValue &v) { return kit::scalarText(v) == wanted; });
    }
    if (field.isString() && wanted.size() == 10) {
        // A date-only filter matches a date-time on that day.
        const QDateTime fd = kit::parseDateTime(field.toString());
        const QDateTime wd = kit::parseDateTime(wanted);
        if (fd.isValid() && wd.isValid())
            return fd.date() == wd.date();
    }
    return kit::scalarText(field).compare(wanted, Qt::CaseInsensitive) == 0;
}

// A record value by field name; when the case has no such field, the values of that field
// (or its singular) inside subforms, so `service_response_types` finds subform entries.
QJsonValue fieldValue(const QJsonObject &record, const QString &name)
{
    if (record.contains(name))
        return record.value(name);
    QString singular = name;
    if (singular.endsWith(QLatin1Char('s')))
        singular.chop(1);
    QJsonArray found;
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (!it->isArray())
            continue;
        for (const QJsonValue &entry : it->toArray()) {
            const QJsonObject o = entry.toObject();
            if (o.contains(name))
                found.append(o.value(name));
            else if (o.contains(singular))
                found.append(o.value(singular));
        }
    }
    return found.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(found);
}

// Primero v2 filter syntax: a..b, a.., ..b, a,b,c, or a value.
bool matchesFilter(const QJsonObject &record, const QString &name, const QString &filter)
{
    const QJsonValue field = fieldValue(record, name);
    if (field.isUndefined() || field.isNull())
        return false;
    const int dots = filter.indexOf(u".."_s);
    if (dots >= 0) {
        const QString from = filter.left(dots);
        QString to = filter.mid(dots + 2);
        const auto inRange = [&](const QJsonValue &v) {
            if (!from.isEmpty() && compareValues(v, from) < 0)
                return false;
            if (!to.isEmpty()) {
                // A date-only upper bound includes that whole day.
                if (to.size() == 10 && kit::parseDateTime(to).isValid() && v.isString()) {
                    const QDateTime at = kit::parseDateTime(v.toString());
                    if (at.isValid())
                        return at.date() <= kit::parseDateTime(to).date();
                }
                if (compareValues(v, to) > 0)
                    return false;
            }
            return true;
        };
        if (field.isArray()) {
            const QJsonArray items = field.toArray();
            return std::any_of(items.begin(), items.end(), inRange);
        }
        return inRange(field);
    }
    const QStringList options = filter.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(options.begin(), options.end(), [&](const QString &o) { return valueEquals(field, o.trimmed()); });
}

bool matchesQuery(const QJsonObject &record, const QString &phrase)
{
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it->isString() && it->toString().contains(phrase, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// v1.1 scope values: list||a||b, date_range||dd-MMM-yyyy.dd-MMM-yyyy, range||a-b, or a value.
bool matchesScope(const QJsonObject &record, const QString &name, const QString &scope)
{
    const QStringList parts = scope.split(u"||"_s);
    if (parts.size() >= 2 && parts.first() == u"list"_s)
        return matchesFilter(record, name, parts.mid(1).join(QLatin1Char(',')));
    if (parts.size() == 2 && parts.first() == u"date_range"_s) {
        const QStringList ends = parts.at(1).split(QLatin1Char('.'));
        if (ends.size() != 2)
            return false;
        const auto toIso = [](const QString &d) {
            const QDate date = QDate::fromString(d, u"dd-MMM-yyyy"_s);
            return date.isValid() ? date.toString(Qt::ISODate) : d;
        };
        return matchesFilter(record, name, toIso(ends.at(0)) + u".."_s + toIso(ends.at(1)));
    }
    if (parts.size() == 2 && parts.first() == u"range"_s) {
        const QStringList ends = parts.at(1).split(QLatin1Char('-'));
        return ends.size() == 2 && matchesFilter(record, name, ends.at(0) + u".."_s + ends.at(1));
    }
    return matchesFilter(record, name, scope);
}

// Checks the fields Primero validates on save; the offending field name, or empty.
QString invalidField(const QJsonObject &data, QString *message)
{
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QString key = it.key();
        if ((key.endsWith(u"_date"_s) || key.startsWith(u"date_"_s)) && it->isString() && !it->toString().isEmpty()) {
            if (!kit::parseDateTime(it->toString()).isValid()) {
                *message = u"is not a valid date"_s;
                return key;
            }
        }
        if (key == u"age"_s && !it->isNull() && (!it->isDouble() || it->toDouble() < 0 || it->toDouble() > 130)) {
            *message = u"must be a number between 0 and 130"_s;
            return key;
        }
        if (it->isArray()) {
            const QJsonArray items = it->toArray();
            const bool objects = std::all_of(items.begin(), items.end(), [](const QJsonValue &v) { return v.isObject(); });
            const bool scalars = std::none_of(items.begin(), items.end(), [](const QJsonValue &v) { return v.isObject(); });
            if (!objects && !scalars) {
                *message = u"mixes subform entries and values"_s;
                return key;
            }
        }
    }
    return {};
}

bool isSubform(const QJsonValue &value)
{
    if (!value.isArray())
        return false;
    const QJsonArray items = value.toArray();
    return !items.isEmpty() && std::all_of(items.begin(), items.end(), [](const QJsonValue &v) { return v.isObject(); });
}

QJsonArray withUniqueIds(const QJsonArray &entries)
{
    QJsonArray out;
    for (const QJsonValue &e : entries) {
        QJsonObject o = e.toObject();
        if (o.value(u"_delete"_s).toBool())
            continue;
        o.remove(u"_delete"_s);
        if (o.value(u"unique_id"_s).toString().isEmpty())
            o.insert(u"unique_id"_s, kit::newUuid());
        out.append(o);
    }
    return out;
}

// Subform arrays merge entry by entry on unique_id; `_delete: true` removes the entry.
QJsonArray mergeSubform(const QJsonArray &current, const QJsonArray &changes)
{
    QJsonArray out = current;
    for (const QJsonValue &change : changes) {
        QJsonObject c = change.toObject();
        const QString uid = c.value(u"unique_id"_s).toString();
        const bool remove = c.value(u"_delete"_s).toBool();
        c.remove(u"_delete"_s);
        int at = -1;
        for (int i = 0; !uid.isEmpty() && i < out.size(); ++i) {
            if (out.at(i).toObject().value(u"unique_id"_s).toString() == uid) {
                at = i;
                break;
            }
        }
        if (remove) {
            if (at >= 0)
                out.removeAt(at);
            continue;
        }
        if (at >= 0) {
            QJsonObject merged = out.at(at).toObject();
            for (auto it = c.begin(); it != c.end(); ++it)
                merged.insert(it.key(), it.value());
            out.replace(at, merged);
        } else {
            if (uid.isEmpty())
                c.insert(u"unique_id"_s, kit::newUuid());
            out.append(c);
        }
    }
    return out;
}

QJsonObject pageMetadata(int total, int per, int page)
{
    return QJsonObject{{u"total"_s, total}, {u"per"_s, per}, {u"page"_s, page}};
}

class Primero final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"Primero"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        return QJsonObject{{u"url"_s, baseUrl}, {u"user"_s, kUser}, {u"password"_s, kPassword}};
    }
    QString loginHint() const override
    {
        return Tr::tr("user %1, password %2 (token from POST /api/v2/tokens, or HTTP Basic)").arg(kUser, kPassword);
    }

    void seed() override
    {
        for (const QJsonValue &c : seedArray(kSeedCases))
            data().put(kSystem, kCases, c.toObject().value(u"id"_s).toString(), c.toObject());
        for (const QJsonValue &r : seedArray(kSeedReferrals))
            data().put(kSystem, kReferrals, r.toObject().value(u"id"_s).toString(), r.toObject());
    }

    Response handle(const Request &request) override
    {
        const QStringList seg = kit::segments(request.path);
        if (seg.size() >= 2 && seg.at(0) == u"api"_s && seg.at(1) == u"v2"_s)
            return handleV2(request, seg.mid(2));
        if (!seg.isEmpty() && seg.at(0) == u"api"_s)
            return handleV1(request, seg.mid(1));
        return v2Error(404, request.path, u"Not Found"_s);
    }

private:
    bool validBasic(const Request &request) const
    {
        QString user, password;
        return kit::basicCredentials(request, &user, &password) && user == kUser && password == kPassword;
    }

    bool authorizedV2(const Request &request) const
    {
        const QString bearer = kit::authorizationToken(request, "Bearer");
        if (!bearer.isEmpty())
            return m_tokens.contains(bearer);
        return validBasic(request);
    }

    bool authorizedV1(const Request &request) const
    {
        const QString cookies = QString::fromUtf8(request.header("cookie"));
        for (const QString &part : cookies.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString c = part.trimmed();
            if (c.startsWith(kSessionCookie + QLatin1Char('=')) && m_sessions.contains(c.mid(kSessionCookie.size() + 1)))
                return true;
        }
        return false;
    }

    QString makeToken()
    {
        const auto b64 = [](const QByteArray &b) {
            return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray header = R"({"alg":"HS256","typ":"JWT"})";
        const QByteArray payload = QJsonDocument(QJsonObject{{u"sub"_s, 1},
                                                             {u"scp"_s, u"user"_s},
                                                             {u"aud"_s, QJsonValue::Null},
                                                             {u"iat"_s, now},
                                                             {u"exp"_s, now + 3600},
                                                             {u"jti"_s, kit::newUuid()}})
                                       .toJson(QJsonDocument::Compact);
        const QString token = b64(header) + QLatin1Char('.') + b64(payload) + QLatin1Char('.') + kit::randomString(43, kAlnum);
        m_tokens.insert(token);
        return token;
    }

    Response handleV2(const Request &request, const QStringList &seg)
    {
        const QByteArray &method = request.method;
        if (seg == QStringList{u"tokens"_s}) {
            if (method == "POST")
                return login(request);
            if (method == "DELETE") {
                m_tokens.remove(kit::authorizationToken(request, "Bearer"));
                return Response::json(200, QJsonObject{});
            }
        }
        if (!authorizedV2(request))
            return badLogin();
        if (seg.isEmpty())
            return v2Error(404, request.path, u"Not Found"_s);
        const QString resource = u"/api/v2/"_s + seg.join(QLatin1Char('/'));
        if (seg.at(0) == u"cases"_s) {
            if (seg.size() == 1 && method == "GET")
                return listCases(request);
            if (seg.size() == 1 && method == "POST")
                return createCase(request, resource);
            if (seg.size() == 2 && seg.at(1) == u"referrals"_s && method == "POST")
                return createReferrals(request, resource);
            if (seg.size() >= 2 && !data().contains(kSystem, kCases, seg.at(1)))
                return v2Error(404, resource, u"Not Found"_s);
            if (seg.size() == 2 && method == "GET")
                return Response::json(200, QJsonObject{{u"data"_s, data().get(kSystem, kCases, seg.at(1))}});
            if (seg.size() == 2 && (method == "PATCH" || method == "PUT"))
                return updateCase(request, seg.at(1), resource, true);
            if (seg.size() >= 3 && seg.at(2) == u"referrals"_s) {
                if (seg.size() == 3 && method == "GET")
                    return listReferrals(seg.at(1));
                if (seg.size() == 3 && method == "POST")
                    return createReferral(request, seg.at(1), resource);
                if (seg.size() == 4 && method == "PATCH")
                    return updateReferral(request, seg.at(1), seg.at(3), resource);
            }
        }
        if (seg.size() == 1 && method == "GET") {
            if (seg.at(0) == u"forms"_s)
                return staticList(seedArray(kForms));
            if (seg.at(0) == u"lookups"_s)
                return staticList(seedArray(kLookups));
            if (seg.at(0) == u"locations"_s)
                return staticList(seedArray(kLocations));
        }
        return v2Error(404, resource, u"Not Found"_s);
    }

    Response login(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        const QJsonObject user = body ? body->value(u"user"_s).toObject() : QJsonObject();
        if (user.value(u"user_name"_s).toString() != kUser || user.value(u"password"_s).toString() != kPassword)
            return badLogin();
        return Response::json(200, QJsonObject{{u"id"_s, 1}, {u"user_name"_s, kUser}, {u"token"_s, makeToken()}});
    }

    static Response staticList(const QJsonArray &items)
    {
        return Response::json(200, QJsonObject{{u"data"_s, items}, {u"metadata"_s, pageMetadata(items.size(), items.size(), 1)}});
    }

    QList<QJsonObject> filteredCases(const kit::Query &query, bool v1, QString *badParameter) const
    {
        static const QSet<QString> reserved{u"page"_s, u"per"_s, u"fields"_s, u"order"_s, u"order_by"_s, u"remote"_s,
                                            u"query"_s, u"id_search"_s, u"mobile"_s, u"locale"_s};
        QList<QJsonObject> out;
        const auto records = data().all(kSystem, kCases);
        for (const auto &entry : records) {
            const QJsonObject &c = entry.second;
            bool keep = true;
            for (const auto &item : query.items()) {
                QString name = item.first;
                if (reserved.contains(name))
                    continue;
                if (name == u"query"_s)
                    continue;
                if (v1 && name.startsWith(u"scope["_s) && name.endsWith(QLatin1Char(']'))) {
                    keep = matchesScope(c, name.mid(6, name.size() - 7), item.second);
                } else {
                    if (name.contains(QLatin1Char('[')) || name.isEmpty()) {
                        *badParameter = name;
                        return {};
                    }
                    if (name == u"record_id"_s)
                        name = u"id"_s;
                    keep = matchesFilter(c, name, item.second);
                }
                if (!keep)
                    break;
            }
            if (keep && query.has(u"query"_s))
                keep = matchesQuery(c, query.value(u"query"_s));
            if (keep)
                out.append(c);
        }
        const QString orderBy = query.value(u"order_by"_s);
        if (!orderBy.isEmpty()) {
            const bool desc = query.value(u"order"_s).compare(u"desc"_s, Qt::CaseInsensitive) == 0;
            std::stable_sort(out.begin(), out.end(), [&](const QJsonObject &a, const QJsonObject &b) {
                const int c = compareValues(a.value(orderBy), kit::scalarText(b.value(orderBy)));
                return desc ? c > 0 : c < 0;
            });
        }
        return out;
    }

    Response listCases(const Request &request) const
    {
        const kit::Query query(request.query);
        const auto page = query.integer(u"page"_s, 1);
        const auto perAsked = query.integer(u"per"_s, 20);
        if (!page || *page < 1 || !perAsked)
            return v2Error(422, u"/api/v2/cases"_s, u"page and per must be positive numbers"_s, !page || *page < 1 ? u"page"_s : u"per"_s);
        const int per = std::clamp(*perAsked, 1, kMaxPer);
        QString bad;
        const QList<QJsonObject> all = filteredCases(query, false, &bad);
        if (!bad.isEmpty())
            return v2Error(422, u"/api/v2/cases"_s, u"Unknown filter"_s, bad);
        QJsonArray pageItems;
        const qsizetype from = qsizetype(*page - 1) * per;
        for (qsizetype i = from; i < all.size() && i < from + per; ++i)
            pageItems.append(all.at(i));
        return Response::json(200, QJsonObject{{u"data"_s, pageItems}, {u"metadata"_s, pageMetadata(int(all.size()), per, *page)}});
    }

    std::optional<QJsonObject> caseData(const Request &request, const QString &resource, const QString &wrapper, Response *error) const
    {
        const auto body = kit::jsonObject(request.body);
        if (!body || !body->value(wrapper).isObject()) {
            *error = v2Error(422, resource, u"The request body must be a JSON object with a \"%1\" object"_s.arg(wrapper), wrapper);
            return std::nullopt;
        }
        QJsonObject fields = body->value(wrapper).toObject();
        QString message;
        const QString bad = invalidField(fields, &message);
        if (!bad.isEmpty()) {
            *error = v2Error(422, resource, bad + QLatin1Char(' ') + message, bad);
            return std::nullopt;
        }
        return fields;
    }

    QJsonObject insertCase(QJsonObject fields)
    {
        const QString now = kit::nowIso();
        const QString id = kit::newUuid();
        fields.insert(u"id"_s, id);
        QString caseId = fields.value(u"case_id"_s).toString();
        if (caseId.isEmpty()) {
            caseId = kit::newUuid();
            fields.insert(u"case_id"_s, caseId);
        }
        const QString shortId = caseId.right(7);
        fields.insert(u"short_id"_s, shortId);
        fields.insert(u"case_id_display"_s, shortId);
        fields.insert(u"created_at"_s, now);
        fields.insert(u"last_updated_at"_s, now);
        if (!fields.contains(u"status"_s))
            fields.insert(u"status"_s, u"open"_s);
        if (!fields.contains(u"record_state"_s))
            fields.insert(u"record_state"_s, true);
        if (!fields.contains(u"owned_by"_s))
            fields.insert(u"owned_by"_s, kUser);
        fields.insert(u"created_by"_s, kUser);
        fields.insert(u"enabled"_s, true);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (isSubform(*it))
                *it = withUniqueIds(it->toArray());
        }
        data().put(kSystem, kCases, id, fields);
        return fields;
    }

    Response createCase(const Request &request, const QString &resource)
    {
        Response error;
        auto fields = caseData(request, resource, u"data"_s, &error);
        if (!fields)
            return error;
        if (fields->contains(u"id"_s) && data().contains(kSystem, kCases, fields->value(u"id"_s).toString()))
            return v2Error(409, resource, u"Conflict: a record with this id already exists"_s, u"id"_s);
        fields->remove(u"id"_s);
        return Response::json(200, QJsonObject{{u"data"_s, insertCase(*fields)}});
    }

    QJsonObject applyUpdate(const QString &id, const QJsonObject &changes)
    {
        QJsonObject record = data().get(kSystem, kCases, id);
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QString key = it.key();
            if (key == u"id"_s || key == u"created_at"_s)
                continue;
            const QJsonValue current = record.value(key);
            const bool changeIsSubform = it->isArray() && !it->toArray().isEmpty() && it->toArray().first().isObject();
            if (changeIsSubform && (current.isArray() || current.isUndefined()))
                record.insert(key, mergeSubform(current.toArray(), it->toArray()));
            else
                record.insert(key, it.value());
        }
        record.insert(u"last_updated_at"_s, kit::nowIso());
        data().put(kSystem, kCases, id, record);
        return record;
    }

    Response updateCase(const Request &request, const QString &id, const QString &resource, bool v2)
    {
        Response error;
        const auto fields = caseData(request, resource, v2 ? u"data"_s : u"child"_s, &error);
        if (!fields)
            return error;
        const QJsonObject record = applyUpdate(id, *fields);
        if (v2)
            return Response::json(200, QJsonObject{{u"data"_s, record}});
        return Response::json(200, v1Record(record));
    }

    Response listReferrals(const QString &caseId) const
    {
        QJsonArray out;
        for (const auto &entry : data().all(kSystem, kReferrals)) {
            if (entry.second.value(u"record_id"_s).toString() == caseId)
                out.append(entry.second);
        }
        return Response::json(200, QJsonObject{{u"data"_s, out}});
    }

    Response createReferral(const Request &request, const QString &caseId, const QString &resource)
    {
        const auto body = kit::jsonObject(request.body);
        QJsonObject fields = body ? body->value(u"data"_s).toObject() : QJsonObject();
        if (fields.value(u"transitioned_to"_s).toString().isEmpty())
            return v2Error(422, resource, u"transitioned_to can't be blank"_s, u"transitioned_to"_s);
        return Response::json(200, QJsonObject{{u"data"_s, insertReferral(fields, caseId)}});
    }

    QJsonObject insertReferral(QJsonObject fields, const QString &caseId)
    {
        fields.insert(u"id"_s, kit::newUuid());
        fields.insert(u"type"_s, u"Referral"_s);
        fields.insert(u"status"_s, u"in_progress"_s);
        fields.insert(u"record_type"_s, u"case"_s);
        fields.insert(u"record_id"_s, caseId);
        fields.insert(u"transitioned_by"_s, kUser);
        fields.insert(u"created_at"_s, kit::nowIso());
        data().put(kSystem, kReferrals, fields.value(u"id"_s).toString(), fields);
        return fields;
    }

    // Bulk referral: POST /api/v2/cases/referrals {data: {ids: [case ids], transitioned_to, …}}
    // refers every case; the answer lists the new referrals.
    Response createReferrals(const Request &request, const QString &resource)
    {
        const auto body = kit::jsonObject(request.body);
        const QJsonObject fields = body ? body->value(u"data"_s).toObject() : QJsonObject();
        const QJsonArray ids = fields.value(u"ids"_s).toArray();
        if (ids.isEmpty())
            return v2Error(422, resource, u"ids can't be blank"_s, u"ids"_s);
        if (fields.value(u"transitioned_to"_s).toString().isEmpty())
            return v2Error(422, resource, u"transitioned_to can't be blank"_s, u"transitioned_to"_s);
        for (const QJsonValue &id : ids) {
            if (!data().contains(kSystem, kCases, id.toString()))
                return v2Error(404, resource, u"Not Found"_s, id.toString());
        }
        QJsonArray created;
        for (const QJsonValue &id : ids) {
            QJsonObject referral = fields;
            referral.remove(u"ids"_s);
            created.append(insertReferral(referral, id.toString()));
        }
        return Response::json(200, QJsonObject{{u"data"_s, created}});
    }

    Response updateReferral(const Request &request, const QString &caseId, const QString &referralId, const QString &resource)
    {
        QJsonObject referral = data().get(kSystem, kReferrals, referralId);
        if (referral.isEmpty() || referral.value(u"record_id"_s).toString() != caseId)
            return v2Error(404, resource, u"Not Found"_s);
        const auto body = kit::jsonObject(request.body);
        if (!body || !body->value(u"data"_s).isObject())
            return v2Error(422, resource, u"The request body must be a JSON object with a \"data\" object"_s, u"data"_s);
        const QJsonObject changes = body->value(u"data"_s).toObject();
        static const QStringList statuses{u"in_progress"_s, u"accepted"_s, u"rejected"_s, u"done"_s};
        if (changes.contains(u"status"_s) && !statuses.contains(changes.value(u"status"_s).toString()))
            return v2Error(422, resource, u"status must be one of in_progress, accepted, rejected, done"_s, u"status"_s);
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            if (it.key() != u"id"_s && it.key() != u"record_id"_s)
                referral.insert(it.key(), it.value());
        }
        referral.insert(u"responded_at"_s, kit::nowIso());
        data().put(kSystem, kReferrals, referralId, referral);
        return Response::json(200, QJsonObject{{u"data"_s, referral}});
    }

    // ---- v1.1 ----

    static QJsonObject v1Record(QJsonObject record)
    {
        record.insert(u"_id"_s, record.value(u"id"_s));
        return record;
    }

    Response handleV1(const Request &request, const QStringList &seg)
    {
        if (seg == QStringList{u"login"_s} && request.method == "POST")
            return loginV1(request);
        if (seg.isEmpty() || seg.at(0) != u"cases"_s)
            return Response::json(404, QJsonObject{{u"error"_s, u"Not Found"_s}});
        if (!authorizedV1(request) && !validBasic(request))
            return Response::json(401, QJsonObject{{u"error"_s, u"You need to sign in before continuing."_s}});
        const QString resource = u"/api/"_s + seg.join(QLatin1Char('/'));
        if (seg.size() == 1 && request.method == "GET") {
            QString bad;
            const QList<QJsonObject> cases = filteredCases(kit::Query(request.query), true, &bad);
            if (!bad.isEmpty())
                return Response::json(422, QJsonObject{{u"error"_s, QString(u"Unknown filter: "_s + bad)}});
            QJsonArray out;
            for (const QJsonObject &c : cases)
                out.append(v1Record(c));
            return Response::json(200, out);
        }
        if (seg.size() == 1 && request.method == "POST") {
            Response error;
            auto fields = caseData(request, resource, u"child"_s, &error);
            if (!fields)
                return error;
            fields->remove(u"id"_s);
            fields->remove(u"_id"_s);
            return Response::json(200, v1Record(insertCase(*fields)));
        }
        if (seg.size() == 2) {
            if (!data().contains(kSystem, kCases, seg.at(1)))
                return Response::json(404, QJsonObject{{u"error"_s, u"Not Found"_s}});
            if (request.method == "GET")
                return Response::json(200, v1Record(data().get(kSystem, kCases, seg.at(1))));
            if (request.method == "PATCH" || request.method == "PUT")
                return updateCase(request, seg.at(1), resource, false);
        }
        return Response::json(404, QJsonObject{{u"error"_s, u"Not Found"_s}});
    }

    Response loginV1(const Request &request)
    {
        QString user, password;
        if (const auto body = kit::jsonObject(request.body)) {
            const QJsonObject o = body->value(u"user"_s).isObject() ? body->value(u"user"_s).toObject() : *body;
            user = o.value(u"user_name"_s).toString();
            password = o.value(u"password"_s).toString();
        } else {
            const kit::Query form{QUrlQuery(QString::fromUtf8(request.body))};
            user = form.value(u"user_name"_s);
            password = form.value(u"password"_s);
        }
        if (user != kUser || password != kPassword)
            return badLogin();
        const QString session = kit::randomString(32, kAlnum);
        m_sessions.insert(session);
        Response response = Response::json(200, QJsonObject{{u"user_name"_s, kUser}, {u"success"_s, true}});
        response.headers.append({QByteArrayLiteral("Set-Cookie"), (kSessionCookie + QLatin1Char('=') + session + u"; path=/; HttpOnly"_s).toUtf8()});
        return response;
    }

    QSet<QString> m_tokens;
    QSet<QString> m_sessions;
};

} // namespace

std::unique_ptr<System> makePrimero(SandboxData &data)
{
    return std::make_unique<Primero>(data);
}

} // namespace sb::sandbox
