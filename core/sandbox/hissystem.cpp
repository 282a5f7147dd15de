// HIS / Child Shield (Thailand): a LoopBack 3 style REST API over hospital records.
// People live in "people" (key: cid), interventions (hospital visits) in "interventions"
// (key: id, linked by cid). A person's riskmodel is kept on the person record.

#include "sandbox/systemkit.h"
#include "sandbox/systems.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace sb::sandbox {

namespace {

using namespace Qt::StringLiterals;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::sandbox::His)
};

const QString kSystem = u"his"_s;
const QString kPeople = u"people"_s;
const QString kInterventions = u"interventions"_s;
const QString kEmail = u"his_user@sandbox.local"_s;
const QString kPassword = u"sandbox-pass-1"_s;
const QString kUserId = u"5f58385185fb8754866b4d3d"_s;
constexpr int kTtl = 1209600;
const char kHex[] = "0123456789abcdef";
const char kTokenChars[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

// From the fixtures state_HISPersonEndpoint12March.json and getPatientHIS.json, plus the child
// the Primero sync fixture (sampleSyncRequestFromPrimero.json) asks for.
const char kSeedPeople[] = R"json([{"cid":"3411100424351","hn":"000134085","pname":"นาย","fname":"บุญผัน","lname":"เพชรทองหลาง","occupation":"900","occupation_name":"นักเรียน นักศึกษา แม่บ้าน (ไม่ได้ทำงาน)","citizenship_name":"ไทย","nationality":"99","nationality_name":"ไทย","birthday":"1938-09-28","birthtime":"0:00:00","deathday":"","hid":"","addrpart":"11","moopart":"4","tmbpart":"04","amppart":"11","chwpart":"41","hometel":"-","informtel":"","informaddr":"11 หมู่ 04 ต.โพนสูง อ.บ้านดุง จ.อุดรธานี","marrystatus":"2","marrystatus_name":"คู่","pttype":"77","pttype_name":"ผู้สูงอายุ(#ในเขต อ.บ้านดุง#)","religion":"01","religion_name":"พุทธ","sex":"1","sex_name":"ชาย","educate":"4","education_name":"มัธยมศึกษาตอนปลาย หรือ ปวช.","passport_no":"","height":156,"hcode":"11446","hname":"โรงพยาบาลสมเด็จพระยุพระราชบ้านดุง","person_deformed_type_name":"","id":"5f9a6c2e8b1d4a3f7c0e5b21","riskmodel":{"id":"60a1b2c3d4e5f60718293a4b","cid":"3411100424351","risk_level":"low","risk_score":0.12,"risk_factors":[],"model_version":"1.2","assessed_at":"2021-03-12T02:00:00.000Z"}},{"id":"5f8446e102eab13f3ce0f9a0","educate":"3","cid":"1411100282852","sex":"1","religion":"01","pttype":"72","nationality":"99","marrystatus":"1","informaddr":"88 sample.","birthday":"1995-09-19","lname":"zagoni","fname":"rita","ovst":[{"vn":"631013333112","vstdate":"2020-10-11T17:00:00.000Z","vsttime":"13:37:02","hcode":"11444","ovstdiag":[{"icd10":"9599"},{"icd10":"Z017"}]}],"riskmodel":{"id":"60a1b2c3d4e5f60718293a4c","cid":"1411100282852","risk_level":"medium","risk_score":0.47,"risk_factors":["no_regular_checkup"],"model_version":"1.2","assessed_at":"2021-01-12T02:00:00.000Z"}},{"id":"61c2d3e4f5a6b7c8d9e0f1a2","cid":"1417500060321","hn":"000245117","pname":"ด.ญ.","fname":"มาลี","lname":"สุขใจ","sex":"2","sex_name":"หญิง","birthday":"2011-04-02","nationality":"99","nationality_name":"ไทย","religion":"01","religion_name":"พุทธ","educate":"2","education_name":"ประถมศึกษา","informaddr":"25 หมู่ 3 ต.บ้านตาด อ.เมือง จ.อุดรธานี","informtel":"","hometel":"-","addrpart":"25","moopart":"3","tmbpart":"06","amppart":"01","chwpart":"41","pttype":"89","pttype_name":"บัตรทอง (ในเขต)","hcode":"11446","hname":"โรงพยาบาลสมเด็จพระยุพระราชบ้านดุง","riskmodel":{"id":"60a1b2c3d4e5f60718293a4d","cid":"1417500060321","risk_level":"high","risk_score":0.81,"risk_factors":["school_absence","household_violence_reported","missed_vaccination"],"model_version":"1.2","assessed_at":"2022-03-11T02:00:00.000Z"}}])json";
const char kSeedInterventions[] = R"json([{"vn":"571113060012","ovstist":"02","ovstist_name":"นัดมา","ovstost":"98","ovstost_name":"รอรับยา","doctor":"ว43110","doctor_name":"นายเมษ สุทธิกุลสมบัติ","pttype":"77","pttype_name":"ผู้สูงอายุ(#ในเขต อ.บ้านดุง#)","pttype_no":"ท0024310736","main_dept":"038","main_dept_name":"038:คลีนิกเบาหวาน","hospmain":"11446","hospmain_name":"โรงพยาบาลสมเด็จพระยุพราชบ้านดุง","hospsub":"04592","hospsub_name":"โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโพนสูงเหนือ  ต.โพนสูง","spclty":"01","spclty_name":"01:อายุรกรรม","vstdate":"2014-11-13","vsttime":"6:00:12","hcode":"11446","hname":"โรงพยาบาลสมเด็จพระยุพระราชบ้านดุง","activities":{"assessment":[{"cc":"Case DM +HT  มาตามนัด / ตรวจเลือด / อาการปกติดีตรวจเท้า พบความเสี่ยงต่ำ มึนชา","cc_duration":"999:วัน","hpi":"Case DM +HT  มาตามนัด / ตรวจเลือด / อาการปกติดีตรวจเท้า พบความเสี่ยงต่ำ มึนชา","pmh":"Case DM +HT","symptom":"ตรวจเลือด","height":156,"bw":50,"bmi":20.546,"waist":74,"pulse":82,"temperature":36.7,"rr":18,"bpd":80,"bps":130,"fbs":144,"pregnancy":"N","checkup":"N","found_allergy":"N","walk_id":1,"walk_name":"เดินมา","pe":"","pe_rtf":"","o2sat":"","pe_pv":"","pe_pv_text":"","pe_pr":"","pe_pr_text":"","pe_gen":"","pe_gen_text":"","pre_pain_score":"","post_pain_score":"","head_cricumference":"","fev1_percent":"","pe_rtf_blob":"","bp_stable":"","pe_chest":"","pe_chest_text":"","screen_dep":"038","screen_dep_name":"038:คลีนิกเบาหวาน","date":"2014-11-13","time":"6:00:12","doctor":"ว43110","staff":"","spclty":"01"}],"laboratory":[{"lab_items_code":91,"lab_items_name":"HDL- Cholesterol","lab_items_name_ref":"HDL- Cholesterol","lab_order_result":"35","lab_items_unit":"mg%","lab_items_normal_value_ref":"35-79","lab_items_normal_value":"40-60","lab_items_hint":"","lab_items_sub_group_code":"","lab_items_sub_group_name":"Lipid","provis_labcode":"0541202","provis_name_eng":"0541202-HDL Cholesterol, serum/plasma","provis_name_thai":"การตรวจหาคอเลสเตอรอลชนิด HDL  ในซีรั่ม / พลาสม่า","date":"2014-11-13","time":"6:37:35"}],"diagnosis":[{"icd10":"E117","diag_name":"NIDM With multiple complications","diag_thai_name":"เบาหวานชนิดที่ไม่ต้องพึ่งอินสุลิน  ร่วมกับภาวะแทรกซ้อนหลายอย่าง","diagtype":"1","diagtype_name":"Principal Diagnosis","doctor":"ว43110","doctor_name":"นายเมษ สุทธิกุลสมบัติ","staff":"","spclty":"01","spclty_name":"01:อายุรกรรม","date":"2014-11-13","time":"6:00:12"},{"icd10":"Z133","diag_name":"Special screening examination for mental and behavioural disorders","diag_thai_name":"","diagtype":"2","diagtype_name":"Comorbidity (โรคอื่นที่เป็นร่วมด้วย)","doctor":"ว43110","doctor_name":"นายเมษ สุทธิกุลสมบัติ","staff":"","spclty":"01","spclty_name":"01:อายุรกรรม","date":"2014-11-13","time":"6:00:12"}]},"id":"6031b8f2c1a4e35a2c9d0e01","cid":"3411100424351"},{"id":"6031b8f2c1a4e35a2c9d0e02","cid":"1417500060321","vn":"650311081201","vstdate":"2022-03-11","vsttime":"8:12:01","hcode":"11446","hname":"โรงพยาบาลสมเด็จพระยุพระราชบ้านดุง","main_dept":"010","main_dept_name":"010:กุมารเวชกรรม","spclty":"03","spclty_name":"03:กุมารเวชกรรม","activities":{"assessment":[{"cc":"ปวดท้อง มีรอยช้ำที่แขน","height":138,"bw":29,"temperature":36.9,"pulse":96,"date":"2022-03-11","time":"8:12:01"}],"diagnosis":[{"icd10":"T741","diag_name":"Physical abuse","diag_thai_name":"การทารุณกรรมทางร่างกาย","diagtype":"1","diagtype_name":"Principal Diagnosis","date":"2022-03-11","time":"8:12:01"}]}}])json";

Response lbError(int status, const QString &name, const QString &message, const QString &code = {})
{
    QJsonObject error{{u"statusCode"_s, status}, {u"name"_s, name}, {u"message"_s, message}, {u"status"_s, status}};
    if (!code.isEmpty())
        error.insert(u"code"_s, code);
    return Response::json(status, QJsonObject{{u"error"_s, error}});
}

Response modelNotFound()
{
    return lbError(404, u"Error"_s, u"could not find a model"_s, u"MODEL_NOT_FOUND"_s);
}

Response unknownId(const QString &model, const QString &id)
{
    return lbError(404, u"Error"_s, u"Unknown \"%1\" id \"%2\"."_s.arg(model, id), u"MODEL_NOT_FOUND"_s);
}

int compare(const QJsonValue &field, const QJsonValue &bound)
{
    if (field.isDouble() && bound.isDouble())
        return field.toDouble() < bound.toDouble() ? -1 : (field.toDouble() > bound.toDouble() ? 1 : 0);
    return QString::compare(kit::scalarText(field), kit::scalarText(bound));
}

bool equalsValue(const QJsonValue &field, const QJsonValue &wanted)
{
    if (field.isArray()) {
        const QJsonArray items = field.toArray();
        return std::any_of(items.begin(), items.end(), [&](const QJsonValue &v) { return equalsValue(v, wanted); });
    }
    return kit::scalarText(field) == kit::scalarText(wanted) && !field.isUndefined();
}

// LoopBack `where`: equality, and/or, and the operators inq, nin, neq, gt, gte, lt, lte, like,
// nlike, between.
bool matchesWhere(const QJsonObject &record, const QJsonObject &where)
{
    for (auto it = where.begin(); it != where.end(); ++it) {
        const QString key = it.key();
        if (key == u"and"_s || key == u"or"_s) {
            const QJsonArray parts = it->toArray();
            const auto test = [&](const QJsonValue &p) { return matchesWhere(record, p.toObject()); };
            const bool ok = key == u"and"_s ? std::all_of(parts.begin(), parts.end(), test) : std::any_of(parts.begin(), parts.end(), test);
            if (!ok)
                return false;
            continue;
        }
        const QJsonValue field = record.value(key);
        if (!it->isObject()) {
            if (!equalsValue(field, *it))
                return false;
            continue;
        }
        const QJsonObject ops = it->toObject();
        for (auto op = ops.begin(); op != ops.end(); ++op) {
            const QString name = op.key();
            bool ok = true;
            if (name == u"inq"_s || name == u"nin"_s) {
                const QJsonArray list = op->toArray();
                const bool in = std::any_of(list.begin(), list.end(), [&](const QJsonValue &v) { return equalsValue(field, v); });
                ok = name == u"inq"_s ? in : !in;
            } else if (name == u"neq"_s) {
                ok = !equalsValue(field, *op);
            } else if (name == u"gt"_s) {
                ok = !field.isUndefined() && compare(field, *op) > 0;
            } else if (name == u"gte"_s) {
                ok = !field.isUndefined() && compare(field, *op) >= 0;
            } else if (name == u"lt"_s) {
                ok = !field.isUndefined() && compare(field, *op) < 0;
            } else if (name == u"lte"_s) {
                ok = !field.isUndefined() && compare(field, *op) <= 0;
            } else if (name == u"between"_s) {
                const QJsonArray range = op->toArray();
                ok = range.size() == 2 && !field.isUndefined() && compare(field, range.at(0)) >= 0 && compare(field, range.at(1)) <= 0;
            } else if (name == u"like"_s || name == u"nlike"_s) {
                QString pattern = QRegularExpression::escape(op->toString());
                pattern.replace(u"%"_s, u".*"_s).replace(u"_"_s, u"."_s);
                const bool like = QRegularExpression(u"^"_s + pattern + u"$"_s, QRegularExpression::CaseInsensitiveOption)
                                      .match(kit::scalarText(field))
                                      .hasMatch();
                ok = name == u"like"_s ? like : !like;
            } else {
                ok = equalsValue(field, QJsonValue(ops));
            }
            if (!ok)
                return false;
        }
    }
    return true;
}

// The relation names of a LoopBack `include`: "a", ["a", {relation: "b"}], {a: …}.
QSet<QString> includes(const QJsonValue &include)
{
    QSet<QString> out;
    if (include.isString()) {
        out.insert(include.toString());
    } else if (include.isArray()) {
        for (const QJsonValue &v : include.toArray())
            out.unite(includes(v));
    } else if (include.isObject()) {
        const QJsonObject o = include.toObject();
        if (o.contains(u"relation"_s))
            out.insert(o.value(u"relation"_s).toString());
        else
            for (auto it = o.begin(); it != o.end(); ++it)
                out.insert(it.key());
    }
    return out;
}

struct Filter
{
    QJsonObject where;
    QSet<QString> include;
    int limit = -1;
    int skip = 0;
};

// The `filter` query parameter (JSON), or its bracket form filter[where][cid]=….
std::optional<Filter> parseFilter(const kit::Query &query, QString *problem)
{
    Filter filter;
    if (query.has(u"filter"_s)) {
        const auto json = kit::jsonObject(query.value(u"filter"_s).toUtf8());
        if (!json) {
            *problem = u"The filter parameter is not valid JSON: "_s + query.value(u"filter"_s);
            return std::nullopt;
        }
        filter.where = json->value(u"where"_s).toObject();
        filter.include = includes(json->value(u"include"_s));
        filter.limit = json->contains(u"limit"_s) ? json->value(u"limit"_s).toInt(-1) : -1;
        filter.skip = json->value(u"skip"_s).toInt(json->value(u"offset"_s).toInt(0));
    }
    static const QRegularExpression bracketWhere(u"^filter\\[where\\]\\[([^\\]]+)\\]$"_s);
    static const QRegularExpression bracketInclude(u"^filter\\[include\\](\\[\\d*\\])?$"_s);
    for (const auto &item : query.items()) {
        const auto where = bracketWhere.match(item.first);
        if (where.hasMatch())
            filter.where.insert(where.captured(1), item.second);
        else if (bracketInclude.match(item.first).hasMatch())
            filter.include.insert(item.second);
        else if (item.first == u"filter[limit]"_s)
            filter.limit = item.second.toInt();
        else if (item.first == u"filter[skip]"_s)
            filter.skip = item.second.toInt();
    }
    // LoopBack also takes a `where` parameter on its own.
    if (query.has(u"where"_s)) {
        const auto json = kit::jsonObject(query.value(u"where"_s).toUtf8());
        if (!json) {
            *problem = u"The where parameter is not valid JSON"_s;
            return std::nullopt;
        }
        filter.where = *json;
    }
    return filter;
}

class His final : public System
{
public:
    using System::System;

    QString id() const override { return kSystem; }
    QString title() const override { return u"HIS (Child Shield)"_s; }
    QJsonObject configuration(const QString &baseUrl) const override
    {
        return QJsonObject{{u"baseUrl"_s, baseUrl}, {u"email"_s, kEmail}, {u"password"_s, kPassword}, {u"verifyTls"_s, false}};
    }
    QString loginHint() const override
    {
        return Tr::tr("email %1, password %2 (POST /Users/login, then ?access_token=<id>)").arg(kEmail, kPassword);
    }

    void seed() override
    {
        for (const QJsonValue &p : QJsonDocument::fromJson(QByteArray(kSeedPeople)).array())
            data().put(kSystem, kPeople, p.toObject().value(u"cid"_s).toString(), p.toObject());
        for (const QJsonValue &i : QJsonDocument::fromJson(QByteArray(kSeedInterventions)).array())
            data().put(kSystem, kInterventions, i.toObject().value(u"id"_s).toString(), i.toObject());
    }

    Response handle(const Request &request) override
    {
        QStringList seg = kit::segments(request.path);
        if (!seg.isEmpty() && seg.at(0) == u"api"_s)
            seg.removeFirst(); // LoopBack's default REST root
        if (seg.size() == 2 && seg.at(0).compare(u"Users"_s, Qt::CaseInsensitive) == 0 && seg.at(1) == u"login"_s && request.method == "POST")
            return login(request);
        const QString token = accessToken(request);
        if (token.isEmpty() || !m_tokens.contains(token))
            return lbError(401, u"Error"_s, u"Authorization Required"_s, u"AUTHORIZATION_REQUIRED"_s);
        if (seg.size() == 2 && seg.at(0).compare(u"Users"_s, Qt::CaseInsensitive) == 0 && seg.at(1) == u"logout"_s && request.method == "POST") {
            m_tokens.remove(token);
            return Response::empty(204);
        }
        if (seg.isEmpty())
            return notFoundRoute(request);
        if (seg.at(0) == u"people"_s)
            return people(request, seg.mid(1));
        if (seg.at(0) == u"interventions"_s)
            return interventions(request, seg.mid(1));
        return notFoundRoute(request);
    }

private:
    static Response notFoundRoute(const Request &request)
    {
        return lbError(404, u"Error"_s, u"Shared class \"%1\" has no method handling %2 %3"_s.arg(kit::segments(request.path).value(0), QString::fromLatin1(request.method), request.path));
    }

    static QString accessToken(const Request &request)
    {
        const kit::Query query(request.query);
        if (query.has(u"access_token"_s))
            return query.value(u"access_token"_s);
        const QString bearer = kit::authorizationToken(request, "Bearer");
        if (!bearer.isEmpty())
            return bearer;
        return QString::fromUtf8(request.header("authorization").trimmed());
    }

    Response login(const Request &request)
    {
        const auto body = kit::jsonObject(request.body);
        const QString user = body ? body->value(u"email"_s).toString(body->value(u"username"_s).toString()) : QString();
        const QString password = body ? body->value(u"password"_s).toString() : QString();
        if (user != kEmail || password != kPassword)
            return lbError(401, u"Error"_s, u"login failed"_s, u"LOGIN_FAILED"_s);
        const QString token = kit::randomString(64, kTokenChars);
        m_tokens.insert(token);
        return Response::json(200, QJsonObject{{u"id"_s, token}, {u"ttl"_s, kTtl}, {u"created"_s, kit::nowIso()}, {u"userId"_s, kUserId}});
    }

    QJsonArray interventionsOf(const QString &cid) const
    {
        QJsonArray out;
        for (const auto &entry : data().all(kSystem, kInterventions)) {
            if (entry.second.value(u"cid"_s).toString() == cid)
                out.append(entry.second);
        }
        return out;
    }

    QJsonObject withRelations(QJsonObject person, const QSet<QString> &include) const
    {
        if (!include.contains(u"riskmodel"_s))
            person.remove(u"riskmodel"_s);
        if (include.contains(u"interventions"_s))
            person.insert(u"interventions"_s, interventionsOf(person.value(u"cid"_s).toString()));
        return person;
    }

    QList<QJsonObject> find(const QString &collection, const Filter &filter) const
    {
        QList<QJsonObject> out;
        int skipped = 0;
        for (const auto &entry : data().all(kSystem, collection)) {
            if (!matchesWhere(entry.second, filter.where))
                continue;
            if (skipped++ < filter.skip)
                continue;
            out.append(entry.second);
            if (filter.limit >= 0 && out.size() >= filter.limit)
                break;
        }
        return out;
    }

    QString personKeyById(const QString &id) const
    {
        if (data().contains(kSystem, kPeople, id))
            return id;
        for (const auto &entry : data().all(kSystem, kPeople)) {
            if (entry.second.value(u"id"_s).toString() == id)
                return entry.first;
        }
        return {};
    }

    Response people(const Request &request, const QStringList &seg) const
    {
        if (request.method != "GET")
            return notFoundRoute(request);
        QString problem;
        const auto filter = parseFilter(kit::Query(request.query), &problem);
        if (!filter)
            return lbError(400, u"Error"_s, problem);
        if (seg.isEmpty() || seg == QStringList{u"findOne"_s}) {
            Filter f = *filter;
            if (!seg.isEmpty())
                f.limit = 1;
            const QList<QJsonObject> found = find(kPeople, f);
            if (!seg.isEmpty()) {
                if (found.isEmpty())
                    return modelNotFound();
                return Response::json(200, withRelations(found.first(), f.include));
            }
            QJsonArray out;
            for (const QJsonObject &p : found)
                out.append(withRelations(p, f.include));
            return Response::json(200, out);
        }
        if (seg == QStringList{u"count"_s})
            return Response::json(200, QJsonObject{{u"count"_s, int(find(kPeople, *filter).size())}});
        const QString key = personKeyById(seg.at(0));
        if (key.isEmpty())
            return unknownId(u"person"_s, seg.at(0));
        const QJsonObject person = data().get(kSystem, kPeople, key);
        if (seg.size() == 1)
            return Response::json(200, withRelations(person, filter->include));
        if (seg.size() == 2 && seg.at(1) == u"interventions"_s)
            return Response::json(200, interventionsOf(key));
        if (seg.size() == 2 && seg.at(1) == u"riskmodel"_s) {
            if (!person.contains(u"riskmodel"_s))
                return modelNotFound();
            return Response::json(200, person.value(u"riskmodel"_s));
        }
        return notFoundRoute(request);
    }

    static Response invalid(const QString &field, const QString &message, const QJsonValue &value)
    {
        const QString shown = value.isUndefined() ? u"undefined"_s : kit::scalarText(value);
        QJsonObject error{{u"statusCode"_s, 422},
                          {u"name"_s, u"ValidationError"_s},
                          {u"message"_s, u"The `intervention` instance is not valid. Details: `%1` %2 (value: %3)."_s.arg(field, message, shown)},
                          {u"details"_s, QJsonObject{{u"context"_s, u"intervention"_s},
                                                    {u"codes"_s, QJsonObject{{field, QJsonArray{u"presence"_s}}}},
                                                    {u"messages"_s, QJsonObject{{field, QJsonArray{message}}}}}}};
        return Response::json(422, QJsonObject{{u"error"_s, error}});
    }

    // Checks an intervention's link to a person; an error response or nullopt when fine.
    std::optional<Response> checkLink(const QJsonObject &intervention) const
    {
        const QJsonValue cid = intervention.value(u"cid"_s);
        if (kit::scalarText(cid).isEmpty())
            return invalid(u"cid"_s, u"can't be blank"_s, cid);
        if (!data().contains(kSystem, kPeople, kit::scalarText(cid)))
            return invalid(u"cid"_s, u"does not match a person"_s, cid);
        return std::nullopt;
    }

    QJsonObject create(QJsonObject intervention)
    {
        if (intervention.value(u"id"_s).toString().isEmpty())
            intervention.insert(u"id"_s, kit::randomString(24, kHex));
        intervention.insert(u"cid"_s, kit::scalarText(intervention.value(u"cid"_s)));
        data().put(kSystem, kInterventions, intervention.value(u"id"_s).toString(), intervention);
        return intervention;
    }

    Response interventions(const Request &request, const QStringList &seg)
    {
        const QByteArray &method = request.method;
        if (method == "GET") {
            QString problem;
            const auto filter = parseFilter(kit::Query(request.query), &problem);
            if (!filter)
                return lbError(400, u"Error"_s, problem);
            if (seg.isEmpty() || seg == QStringList{u"findOne"_s}) {
                Filter f = *filter;
                if (!seg.isEmpty())
                    f.limit = 1;
                const QList<QJsonObject> found = find(kInterventions, f);
                if (!seg.isEmpty())
                    return found.isEmpty() ? modelNotFound() : Response::json(200, found.first());
                QJsonArray out;
                for (const QJsonObject &i : found)
                    out.append(i);
                return Response::json(200, out);
            }
            if (seg == QStringList{u"count"_s})
                return Response::json(200, QJsonObject{{u"count"_s, int(find(kInterventions, *filter).size())}});
            if (seg.size() == 1) {
                const QJsonObject found = data().get(kSystem, kInterventions, seg.at(0));
                return found.isEmpty() ? unknownId(u"intervention"_s, seg.at(0)) : Response::json(200, found);
            }
            return notFoundRoute(request);
        }
        if (method == "DELETE" && seg.size() == 1) {
            const bool removed = data().remove(kSystem, kInterventions, seg.at(0));
            return Response::json(200, QJsonObject{{u"count"_s, removed ? 1 : 0}});
        }
        const auto body = kit::jsonValue(request.body);
        if (!body || (!body->isObject() && !body->isArray()))
            return lbError(400, u"Error"_s, u"The request body is not a JSON object"_s);
        if (method == "POST" && seg.isEmpty()) {
            // LoopBack creates one record per element when the body is an array.
            const QJsonArray items = body->isArray() ? body->toArray() : QJsonArray{*body};
            for (const QJsonValue &v : items) {
                if (const auto error = checkLink(v.toObject()))
                    return *error;
            }
            QJsonArray created;
            for (const QJsonValue &v : items)
                created.append(create(v.toObject()));
            return Response::json(200, body->isArray() ? QJsonValue(created) : created.first());
        }
        if ((method == "PATCH" || method == "PUT") && seg.size() <= 1 && body->isObject()) {
            QJsonObject changes = body->toObject();
            const QString id = seg.isEmpty() ? changes.value(u"id"_s).toString() : seg.at(0);
            QJsonObject current = id.isEmpty() ? QJsonObject() : data().get(kSystem, kInterventions, id);
            if (current.isEmpty()) {
                if (!seg.isEmpty())
                    return unknownId(u"intervention"_s, id);
                // PATCH on the collection is an upsert.
                if (const auto error = checkLink(changes))
                    return *error;
                return Response::json(200, create(changes));
            }
            if (method == "PUT" && !seg.isEmpty())
                current = QJsonObject{{u"id"_s, id}, {u"cid"_s, current.value(u"cid"_s)}};
            for (auto it = changes.begin(); it != changes.end(); ++it) {
                if (it.key() != u"id"_s)
                    current.insert(it.key(), it.value());
            }
            if (const auto error = checkLink(current))
                return *error;
            current.insert(u"cid"_s, kit::scalarText(current.value(u"cid"_s)));
            data().put(kSystem, kInterventions, id, current);
            return Response::json(200, current);
        }
        return notFoundRoute(request);
    }

    QSet<QString> m_tokens;
};

} // namespace

std::unique_ptr<System> makeHis(SandboxData &data)
{
    return std::make_unique<His>(data);
}

} // namespace sb::sandbox
