// Fills a store with realistic run history for the scale benchmarks (History, Overview,
// search). Not a test; built with the benchmarks.
//
//   gen_history --db PATH --work-orders N [--days D] [--seed S]
//
//   e.g.  build/tests/bench/gen_history --db /work/tmp-bench/history-1m.db --work-orders 1000000
//
// Opens (creating and migrating) the store, installs the demo project, then appends N work
// orders spread over the last D days (default 30), created_at increasing with id: webhook
// messages with CommCare / HIS shaped inputs, hourly and daily cron work orders, 1 run each
// (~10 % retried once), 1–3 steps with outputs and 2–8 log lines each, failures with real
// looking errors, the newest few still queued or running, and the free-text index row.
// Writes straight to the file on its own connection (synchronous=OFF, no journal, 10,000 work
// orders per transaction) after the store itself was closed; the file ends in WAL mode like
// any store. Run it on a file no Switchboard has open. The same seed gives the same data
// (times are relative to the moment it runs).
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace sb;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr qint64 kSearchCap = 256 * 1024;
constexpr int kPerTransaction = 10000;
// Text columns are NOT NULL; a null QString would bind as NULL.
const QString kEmpty = QStringLiteral("");

[[noreturn]] void die(const QString &what)
{
    std::fprintf(stderr, "gen_history: %s\n", qPrintable(what));
    std::exit(1);
}

struct JobInfo
{
    qint64 id = 0;
    QString key;
    QString name;
    QString adaptor;
};

struct WorkflowInfo
{
    qint64 id = 0;
    QString key;
    qint64 snapshotId = 0;
    qint64 webhookTriggerId = 0;
    QString webhookPath;
    qint64 cronTriggerId = 0;
    std::vector<JobInfo> jobs;
};

// ----- random helpers -------------------------------------------------------------------

class Rng
{
public:
    explicit Rng(quint64 seed) : m_gen(seed) {}
    double real() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_gen); }
    int range(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_gen); } // inclusive
    bool chance(double p) { return real() < p; }
    template <typename T, size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[size_t(range(0, int(N) - 1))];
    }
    // Log-normal around `median` ms, clamped.
    qint64 duration(double median, double sigma, qint64 lo, qint64 hi)
    {
        const double v = median * std::exp(sigma * std::normal_distribution<double>(0.0, 1.0)(m_gen));
        return std::clamp(qint64(v), lo, hi);
    }
    std::string hex(int n)
    {
        static const char digits[] = "0123456789abcdef";
        std::string s;
        s.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            s += digits[range(0, 15)];
        return s;
    }
    std::string uuid() { return hex(8) + '-' + hex(4) + '-' + hex(4) + '-' + hex(4) + '-' + hex(12); }
    std::string digits(int n)
    {
        std::string s;
        for (int i = 0; i < n; ++i)
            s += char('0' + range(0, 9));
        return s;
    }

private:
    std::mt19937_64 m_gen;
};

std::string num(qint64 v) { return std::to_string(v); }

std::string pad(qint64 v, int width)
{
    std::string s = std::to_string(v);
    while (int(s.size()) < width)
        s.insert(s.begin(), '0');
    return s;
}

std::string isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toStdString();
}

std::string dateOnly(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate).toStdString();
}

// ----- people and places ----------------------------------------------------------------

struct Country
{
    const char *name;
    const char *code;      // patient id prefix
    const char *phone;     // country calling code
    const char *regions[4];
    const char *villages[6];
    const char *first[10];
    const char *last[8];
};

const Country kCountries[] = {
    {"Cambodia", "KHM", "855", {"Phnom Penh", "Siem Reap", "Battambang", "Kampong Cham"},
     {"Chbar Ampov", "Sangkat Svay Dankum", "Prek Leap", "Phum Thmei", "Kouk Chak", "Boeng Kak"},
     {"Sokha", "Dara", "Sreymom", "Vannak", "Bopha", "Rithy", "Chenda", "Piseth", "Sophea", "Kosal"},
     {"Chan", "Sok", "Kim", "Meas", "Heng", "Chea", "Ouk", "Prak"}},
    {"Nigeria", "NGA", "234", {"Lagos", "Kaduna", "Kano", "Oyo"},
     {"Chikun", "Ikeja", "Mushin", "Ungwan Rimi", "Sabon Gari", "Ibadan North"},
     {"Adebayo", "Chiamaka", "Emeka", "Funmilayo", "Ibrahim", "Ngozi", "Tunde", "Aisha", "Oluwaseun", "Zainab"},
     {"Okafor", "Adeyemi", "Bello", "Eze", "Ogunleye", "Abubakar", "Nwosu", "Danjuma"}},
    {"India", "IND", "91", {"Maharashtra", "Bihar", "Odisha", "Tamil Nadu"},
     {"Dharavi", "Gaya", "Puri", "Madurai", "Nashik Road", "Cuttack"},
     {"Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Lakshmi", "Arjun", "Kavya", "Ishaan", "Meera"},
     {"Sharma", "Patel", "Kumar", "Iyer", "Das", "Reddy", "Singh", "Nair"}},
    {"Peru", "PER", "51", {"Lima", "Cusco", "Arequipa", "Piura"},
     {"San Juan de Lurigancho", "Wanchaq", "Cayma", "Castilla", "Villa El Salvador", "Santiago"},
     {"José", "María", "Luis", "Lucía", "Jorge", "Ana", "Mateo", "Sofía", "Diego", "Valentina"},
     {"Quispe", "Flores", "Huamán", "Rojas", "Mamani", "García", "Chávez", "Torres"}},
    {"Thailand", "THA", "66", {"Chiang Mai", "Tak", "Bangkok", "Ubon Ratchathani"},
     {"Mae Sot", "San Kamphaeng", "Hang Dong", "Bang Kapi", "Warin Chamrap", "Mae Rim"},
     {"Somchai", "Nattaya", "Anong", "Kittisak", "Pimchanok", "Suda", "Thanawat", "Malee", "Chaiya", "Ratana"},
     {"Wongsa", "Srisuk", "Chaiyaporn", "Boonmee", "Rattanakorn", "Kaewmanee", "Suwan", "Thongchai"}},
};

const char *const kFormNames[] = {"Register New Patient", "Register New Patient", "Register New Patient",
                                  "Register New Patient", "New Visit", "New Visit", "Update Patient",
                                  "Transfer Patient"};

const char *const kUsers[] = {"cast.kaduna01", "cast.lagos03", "cast.pp02", "cast.siemreap01", "cast.gaya04",
                              "cast.lima02", "cast.cusco01", "cast.maesot01"};

const char *const kHisUnits[] = {"Mae Sot General Hospital", "Chiang Mai Child Protection Unit",
                                 "Tak Provincial Hospital", "Bang Kapi OSCC", "Ubon Shelter for Children"};

struct Person
{
    const Country *country;
    std::string first, last, village, region, phone, patientId, caseId;
};

Person makePerson(Rng &rng, const Country &c, qint64 serial)
{
    Person p;
    p.country = &c;
    p.first = rng.pick(c.first);
    p.last = rng.pick(c.last);
    p.village = rng.pick(c.villages);
    p.region = rng.pick(c.regions);
    p.phone = std::string(c.phone) + (rng.chance(0.5) ? "6" : "9") + rng.digits(8);
    p.patientId = "PAT-" + pad(serial % 1000000, 6);
    p.caseId = rng.uuid();
    return p;
}

// ----- bodies ---------------------------------------------------------------------------

// A CommCare form submission as CommCare's data forwarding posts it (trimmed from the
// MiracleFeet fixture), 1.5–3 KB.
std::string commcareForm(Rng &rng, const Person &p, const std::string &form, qint64 at)
{
    const std::string instance = rng.uuid();
    const std::string user = rng.pick(kUsers);
    const int ageDays = rng.range(3, 700);
    const std::string dob = dateOnly(at - qint64(ageDays) * kDayMs);
    const std::string received = isoUtc(at);
    std::string b;
    b.reserve(3200);
    b += "{\"app_id\":\"cedf746aedd34c8fa559da17df52e20d\",\"archived\":false,\"build_id\":\"" + rng.hex(32)
         + "\",\"domain\":\"miraclefeet\",\"form\":{\"#type\":\"data\",\"@name\":\"" + form
         + "\",\"@uiVersion\":\"1\",\"@version\":\"842\",\"@xmlns\":\"http://openrosa.org/formdesigner/"
         + rng.hex(40) + "\",\"calcs\":{\"age\":{\"age_at_registration_days\":\"" + num(ageDays)
         + "\",\"age_at_registration_months\":\"" + num(ageDays / 30) + "\",\"patient_dob\":\"" + dob
         + "\"},\"general\":{\"case_name\":\"" + p.first + ' ' + p.last + " (" + p.patientId
         + ")\",\"consent_photo\":\"" + (rng.chance(0.8) ? "yes" : "no") + "\",\"is_present\":\"1\",\"next_visit_date\":\""
         + dateOnly(at + qint64(rng.range(7, 35)) * kDayMs) + "\",\"test_data\":\"0\"},\"locations\":{\"city\":\""
         + p.region + "\",\"clinic_code\":\"" + p.country->code + "_" + num(rng.range(1, 40))
         + "\",\"country\":\"" + p.country->name + "\",\"location_level1_name\":\"" + p.region
         + "\",\"location_level3_name\":\"" + p.village + "\",\"patient_address\":\"" + num(rng.range(1, 250)) + ' '
         + p.village + "\"},\"patient_id\":{\"id_output\":{\"patient_id\":\"" + p.patientId
         + "\",\"patient_id_display\":\"" + p.patientId.substr(4) + "\"}},\"phone_numbers\":{\"guardian1_phone1_full\":\""
         + p.phone + "\",\"phone_country_code\":\"" + p.country->phone + "\"}},\"patient\":{\"first_name\":\"" + p.first
         + "\",\"last_name\":\"" + p.last + "\",\"sex\":\"" + (rng.chance(0.6) ? "male" : "female")
         + "\",\"dob\":\"" + dob + "\",\"feet_affected\":\"" + rng.pick({"left", "right", "both", "both"})
         + "\",\"diagnosis\":\"idiopathic_clubfoot\",\"pirani_score_left\":\"" + num(rng.range(0, 12)) + ".5"
         + "\",\"pirani_score_right\":\"" + num(rng.range(0, 12)) + ".0" + "\",\"guardian\":{\"name\":\""
         + rng.pick(p.country->first) + ' ' + p.last + "\",\"relationship\":\"" + rng.pick({"mother", "father", "grandmother", "aunt"})
         + "\",\"phone\":\"" + p.phone + "\",\"preferred_language\":\"" + rng.pick({"en", "fr", "km", "th", "es", "ha"})
         + "\",\"sms_consent\":\"" + (rng.chance(0.85) ? "yes" : "no") + "\"}},\"case\":{\"@case_id\":\"" + p.caseId
         + "\",\"@date_modified\":\"" + received + "\",\"@user_id\":\"" + rng.hex(32)
         + "\",\"create\":{\"case_name\":\"" + p.first + ' ' + p.last + "\",\"case_type\":\"patient\",\"owner_id\":\""
         + rng.hex(32) + "\"}},\"meta\":{\"instanceID\":\"" + instance + "\",\"timeStart\":\""
         + isoUtc(at - rng.range(120, 1800) * 1000LL) + "\",\"timeEnd\":\"" + isoUtc(at - rng.range(5, 100) * 1000LL)
         + "\",\"userID\":\"" + rng.hex(32) + "\",\"username\":\"" + user + "\",\"deviceID\":\"" + rng.hex(16)
         + "\",\"appVersion\":\"CommCare Android, version 2.51.2\"}},\"id\":\"" + instance
         + "\",\"received_on\":\"" + received + "\",\"server_modified_on\":\"" + received
         + "\",\"type\":\"data\",\"uiversion\":\"1\",\"version\":\"842\"}";
    return b;
}

// A Child Shield referral as the HIS posts it, ~1–1.5 KB.
std::string hisReferral(Rng &rng, const Person &p, const std::string &caseNo, qint64 at)
{
    std::string b;
    b.reserve(1600);
    b += "{\"source\":\"HIS\",\"event\":\"child_referral\",\"his_case_id\":\"" + caseNo + "\",\"reported_at\":\""
         + isoUtc(at) + "\",\"unit\":\"" + rng.pick(kHisUnits) + "\",\"child\":{\"name_first\":\"" + p.first
         + "\",\"name_last\":\"" + p.last + "\",\"sex\":\"" + (rng.chance(0.5) ? "female" : "male")
         + "\",\"date_of_birth\":\"" + dateOnly(at - qint64(rng.range(400, 6000)) * kDayMs)
         + "\",\"nationality\":\"" + rng.pick({"thai", "myanmar", "lao", "cambodian", "stateless"})
         + "\",\"language\":\"" + rng.pick({"th", "my", "en", "km"}) + "\",\"address\":{\"province\":\"" + p.region
         + "\",\"district\":\"" + p.village + "\",\"village\":\"Moo " + num(rng.range(1, 14))
         + "\"}},\"protection_concerns\":[\"" + rng.pick({"neglect", "physical_abuse", "trafficking", "child_labour"})
         + "\",\"" + rng.pick({"unaccompanied", "separated", "lack_of_documentation", "school_dropout"})
         + "\"],\"risk_level\":\"" + rng.pick({"low", "medium", "high", "high"}) + "\",\"reporter\":{\"name\":\""
         + rng.pick(p.country->first) + ' ' + rng.pick(p.country->last) + "\",\"role\":\""
         + rng.pick({"nurse", "social_worker", "doctor", "teacher"}) + "\",\"phone\":\"" + p.phone
         + "\"},\"consent\":{\"obtained\":true,\"from\":\"" + rng.pick({"child", "guardian", "caregiver"})
         + "\"},\"notes\":\"Seen at " + rng.pick(kHisUnits) + "; follow-up requested within "
         + num(rng.range(1, 14)) + " days. Reporter reachable on " + p.phone + ".\",\"record_id\":\"" + rng.uuid()
         + "\"}";
    return b;
}

// What a step hands to the next one, ~1–2 KB: the input's key fields plus the system's
// reply.
std::string stepOutput(Rng &rng, const Person &p, const JobInfo &job, int position, bool ok, qint64 at)
{
    std::string b;
    b.reserve(2200);
    b += "{\"data\":{\"patient_id\":\"" + p.patientId + "\",\"case_id\":\"" + p.caseId + "\",\"name\":\"" + p.first + ' '
         + p.last + "\",\"phone\":\"" + p.phone + "\",\"village\":\"" + p.village + "\",\"country\":\""
         + p.country->name + "\"},\"references\":[";
    const int refs = rng.range(1, 4);
    for (int i = 0; i < refs; ++i) {
        if (i)
            b += ',';
        b += "{\"id\":\"003" + rng.hex(15) + "\",\"success\":" + (ok ? "true" : "false") + ",\"errors\":[],\"created\":"
             + (rng.chance(0.7) ? "true" : "false") + ",\"object\":\""
             + rng.pick({"Contact", "Patient__c", "Visit__c", "Case", "SMS_Message__c"}) + "\",\"at\":\""
             + isoUtc(at - i * 137) + "\"}";
    }
    b += "],\"step\":{\"job\":\"" + job.key.toStdString() + "\",\"position\":" + num(position)
         + ",\"adaptor\":\"" + job.adaptor.toStdString() + "\"},\"response\":{\"status\":" + (ok ? "200" : "400")
         + ",\"headers\":{\"content-type\":\"application/json;charset=UTF-8\",\"date\":\"" + isoUtc(at)
         + "\",\"sforce-limit-info\":\"api-usage=" + num(rng.range(1000, 90000)) + "/100000\"},\"body\":{\"id\":\"a0"
         + rng.hex(16) + "\",\"success\":" + (ok ? "true" : "false") + ",\"messages\":[";
    const int msgs = rng.range(1, 6);
    for (int i = 0; i < msgs; ++i) {
        if (i)
            b += ',';
        b += "{\"to\":\"" + p.phone + "\",\"status\":{\"groupName\":\"PENDING\",\"name\":\"PENDING_ACCEPTED\"},\"messageId\":\""
             + rng.uuid() + "\",\"sendAt\":\"" + isoUtc(at + qint64(rng.range(1, 30)) * kDayMs) + "\"}";
    }
    b += "]}},\"lastSync\":\"" + isoUtc(at) + "\"}";
    return b;
}

// ----- errors and logs ------------------------------------------------------------------

struct Failure
{
    const char *exitReason;
    const char *runState;
    QString type;
    QString message;
};

Failure failureFor(Rng &rng, const char *exitReason, const Person &p, const JobInfo &job, qint64 runId)
{
    const bool salesforce = job.adaptor.contains(QLatin1String("salesforce"));
    const bool http = job.adaptor.contains(QLatin1String("http"));
    const QString pid = QString::fromStdString(p.patientId);
    const std::string r = exitReason;
    if (r == "fail") {
        const int k = rng.range(0, 9);
        if (k < 4 && salesforce) {
            const QString msgs[] = {
                QStringLiteral("HTTP 400: INVALID_FIELD No such column 'CAST_Device__c' on entity 'Contact'. If you are "
                               "attempting to use a custom field, be sure to append the '__c' after the custom field name."),
                QStringLiteral("HTTP 400: REQUIRED_FIELD_MISSING Required fields are missing: [LastName] (patient %1)").arg(pid),
                QStringLiteral("HTTP 400: DUPLICATE_VALUE duplicate value found: CommCare_Case_ID__c duplicates value on "
                               "record with id: 003%1").arg(QString::fromStdString(rng.hex(15))),
                QStringLiteral("HTTP 401: INVALID_SESSION_ID Session expired or invalid"),
            };
            return {exitReason, "failed", QStringLiteral("AdaptorError"), msgs[rng.range(0, 3)]};
        }
        if (k < 6 && http) {
            const QString msgs[] = {
                QStringLiteral("HTTP 400: Invalid destination address %1 (EC_INVALID_DESTINATION_ADDRESS)")
                    .arg(QString::fromStdString(p.phone)),
                QStringLiteral("HTTP 502: Bad Gateway from api.infobip.com"),
                QStringLiteral("HTTP 422: Unprocessable Entity: field 'sex' must be one of male, female, other"),
                QStringLiteral("HTTP 503: Service Unavailable (retry after 120 s)"),
            };
            return {exitReason, "failed", QStringLiteral("AdaptorError"), msgs[rng.range(0, 3)]};
        }
        const QString msgs[] = {
            QStringLiteral("TypeError: Cannot read properties of undefined (reading 'case_id')"),
            QStringLiteral("TypeError: Cannot read properties of null (reading 'guardian')"),
            QStringLiteral("TypeError: state.data.form.patient.dob.split is not a function"),
            QStringLiteral("RangeError: Invalid time value"),
        };
        return {exitReason, "failed", QStringLiteral("RuntimeError"), msgs[rng.range(0, 3)]};
    }
    if (r == "crash") {
        const QString msgs[] = {
            QStringLiteral("ReferenceError: patientId is not defined"),
            QStringLiteral("ReferenceError: humanProper is not defined"),
            QStringLiteral("SyntaxError: Unexpected token '}' (line 42)"),
        };
        return {exitReason, "crashed", QStringLiteral("ReferenceError"), msgs[rng.range(0, 2)]};
    }
    if (r == "kill") {
        if (rng.chance(0.7))
            return {exitReason, "killed", QStringLiteral("TimeoutError"),
                    QStringLiteral("The step ran past its time limit of 60 s and was stopped.")};
        return {exitReason, "killed", QStringLiteral("OOMError"),
                QStringLiteral("The step used more than its memory limit of 512 MB and was stopped.")};
    }
    if (r == "lost")
        return {exitReason, "lost", QStringLiteral("LostError"),
                QStringLiteral("Lost: the console engine running it (pid %1 on clinic-admin-02, started %2) stopped "
                               "without finishing it; it was last seen at %3. Retry to run it again.")
                    .arg(rng.range(2000, 60000))
                    .arg(QDateTime::currentDateTimeUtc().addDays(-rng.range(1, 20)).toString(Qt::ISODate),
                         QDateTime::currentDateTimeUtc().addSecs(-rng.range(60, 86400)).toString(Qt::ISODate))};
    // exception
    return {exitReason, "exception", QStringLiteral("EngineError"),
            QStringLiteral("Could not build the state of run %1: the credential '%2' has no secret for environment "
                           "'production'.")
                .arg(runId)
                .arg(salesforce ? QStringLiteral("Salesforce sandbox") : QStringLiteral("Infobip SMS"))};
}

struct LogLine
{
    const char *level;
    const char *source;
    qint64 at;
    QString message;
};

void stepLogs(Rng &rng, const Person &p, const JobInfo &job, qint64 from, qint64 to, const Failure *failure,
              std::vector<LogLine> &out)
{
    const int count = rng.range(2, 8);
    const QString name = QString::fromStdString(p.first + ' ' + p.last);
    const QString pid = QString::fromStdString(p.patientId);
    const QString phone = QString::fromStdString(p.phone);
    const qint64 span = std::max<qint64>(1, to - from);
    for (int i = 0; i < count; ++i) {
        const qint64 at = from + span * i / count;
        if (i == 0) {
            out.push_back({"info", "engine", at,
                           QStringLiteral("Starting step %1 (%2)").arg(job.name, job.adaptor)});
            continue;
        }
        if (failure && i == count - 1) {
            out.push_back({"error", "job", at, failure->message});
            continue;
        }
        const int k = rng.range(0, 11);
        QString m;
        const char *level = "info";
        switch (k) {
        case 0: m = QStringLiteral("Processing %1 (%2)").arg(name, pid); break;
        case 1: m = QStringLiteral("POST https://login.salesforce.com/services/data/v52.0/sobjects/Contact 201 Created in %1 ms").arg(rng.range(80, 900)); break;
        case 2: m = QStringLiteral("Upserted Contact CommCare_Case_ID__c=%1").arg(QString::fromStdString(p.caseId)); break;
        case 3: m = QStringLiteral("Scheduling welcome SMS to %1 in %2").arg(phone, QString::fromUtf8(p.country->name)); break;
        case 4: m = QStringLiteral("POST https://api.infobip.com/sms/2/text/advanced 200 OK in %1 ms").arg(rng.range(90, 700)); break;
        case 5: m = QStringLiteral("{\"patient\":\"%1\",\"village\":\"%2\",\"fields\":%3}")
                        .arg(pid, QString::fromStdString(p.village))
                        .arg(rng.range(12, 60)); level = "debug"; break;
        case 6: m = QStringLiteral("Mapped %1 fields for %2").arg(rng.range(12, 60)).arg(name); break;
        case 7: m = QStringLiteral("Guardian phone %1 normalised from 0%2").arg(phone, phone.mid(3)); level = "debug"; break;
        case 8: m = QStringLiteral("Next visit for %1 is in %2 days").arg(pid).arg(rng.range(7, 35)); break;
        case 9: m = QStringLiteral("Field 'pin_code' is empty; using the clinic's default"); level = "warn"; break;
        case 10: m = QStringLiteral("Salesforce API usage %1/100000 today").arg(rng.range(1000, 90000)); level = "debug"; break;
        default: m = QStringLiteral("Operation %1 done in %2 ms").arg(i).arg(rng.range(1, 400)); break;
        }
        out.push_back({level, "job", at, m});
    }
}

// ----- the store ------------------------------------------------------------------------

QList<WorkflowInfo> readWorkflows(QSqlDatabase &db)
{
    QList<WorkflowInfo> all;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT w.id, w.key, (SELECT MAX(s.id) FROM workflow_snapshots s WHERE s.workflow_id = w.id) "
                               "FROM workflows w WHERE w.deleted_at IS NULL ORDER BY w.project_id, w.position, w.id")))
        die(q.lastError().text());
    while (q.next()) {
        WorkflowInfo w;
        w.id = q.value(0).toLongLong();
        w.key = q.value(1).toString();
        w.snapshotId = q.value(2).toLongLong();
        all << w;
    }
    for (WorkflowInfo &w : all) {
        QSqlQuery j(db);
        j.prepare(QStringLiteral("SELECT id, key, name, adaptor FROM jobs WHERE workflow_id = ? ORDER BY position, id"));
        j.addBindValue(w.id);
        if (!j.exec())
            die(j.lastError().text());
        while (j.next())
            w.jobs.push_back({j.value(0).toLongLong(), j.value(1).toString(), j.value(2).toString(), j.value(3).toString()});
        QSqlQuery t(db);
        t.prepare(QStringLiteral("SELECT id, type, webhook_id, custom_path FROM triggers WHERE workflow_id = ? ORDER BY position, id"));
        t.addBindValue(w.id);
        if (!t.exec())
            die(t.lastError().text());
        while (t.next()) {
            if (t.value(1).toString() == QLatin1String("webhook") && w.webhookTriggerId == 0) {
                w.webhookTriggerId = t.value(0).toLongLong();
                const QString custom = t.value(3).toString();
                w.webhookPath = custom.isEmpty() ? QStringLiteral("/i/") + t.value(2).toString() : QStringLiteral("/i/") + custom;
            } else if (t.value(1).toString() == QLatin1String("cron") && w.cronTriggerId == 0) {
                w.cronTriggerId = t.value(0).toLongLong();
            }
        }
    }
    return all;
}

qint64 nextId(QSqlDatabase &db, const char *table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM ") + QLatin1String(table)) || !q.next())
        die(q.lastError().text());
    return q.value(0).toLongLong();
}

void run(QSqlQuery &q)
{
    if (!q.exec())
        die(QStringLiteral("%1\n%2").arg(q.lastError().text(), q.lastQuery()));
}

void execSql(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        die(QStringLiteral("%1\n%2").arg(q.lastError().text(), sql));
}

QSqlQuery prepare(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        die(QStringLiteral("%1\n%2").arg(q.lastError().text(), sql));
    return q;
}

struct Event
{
    qint64 at;
    int kind; // 0 webhook, 1 hourly cron, 2 daily cron
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fills a Switchboard store with generated run history."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store file (created if missing)."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("work-orders"), QStringLiteral("Work orders to add."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("Spread them over the last D days (30)."), QStringLiteral("d"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (1)."), QStringLiteral("s"), QStringLiteral("1")});
    parser.process(app);
    const QString path = parser.value(QStringLiteral("db"));
    bool ok = false;
    const qint64 total = parser.value(QStringLiteral("work-orders")).toLongLong(&ok);
    if (path.isEmpty() || !ok || total <= 0)
        die(QStringLiteral("usage: gen_history --db PATH --work-orders N [--days D] [--seed S]"));
    const int days = std::max(1, parser.value(QStringLiteral("days")).toInt());
    Rng rng(parser.value(QStringLiteral("seed")).toULongLong());

    QElapsedTimer clock;
    clock.start();

    // Schema and demo project through the store itself, then close it.
    {
        auto opened = Store::open(path);
        if (!opened)
            die(opened.error().message);
        ProjectStore projects(*opened.value());
        if (auto demo = installDemoProject(projects); !demo)
            die(demo.error().message);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("gen_history"));
    db.setDatabaseName(path);
    if (!db.open())
        die(db.lastError().text());
    for (const char *pragma : {"PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF", "PRAGMA foreign_keys=OFF",
                               "PRAGMA cache_size=-1048576", "PRAGMA temp_store=MEMORY"})
        execSql(db, QLatin1String(pragma));

    QList<WorkflowInfo> workflows = readWorkflows(db);
    auto byKey = [&](const char *key) -> const WorkflowInfo * {
        for (const WorkflowInfo &w : workflows)
            if (w.key == QLatin1String(key))
                return &w;
        return nullptr;
    };
    const WorkflowInfo *commcare = byKey("CommCare-patient-registration-to-Salesforce");
    const WorkflowInfo *his = byKey("HIS-to-Primero-Child-Shield");
    const WorkflowInfo *hourly = byKey("Primero-to-OSCaR-referrals");
    const WorkflowInfo *daily = byKey("Daily-SMS-schedule");
    if (!commcare || !his || !hourly || !daily)
        die(QStringLiteral("the demo project does not have the expected workflows"));
    for (const WorkflowInfo *w : {commcare, his, hourly, daily})
        if (w->jobs.empty() || w->snapshotId == 0)
            die(QStringLiteral("workflow %1 has no jobs or no snapshot").arg(w->key));
    qint64 projectId = 0;
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT project_id FROM workflows WHERE id = %1").arg(commcare->id));
        if (q.next())
            projectId = q.value(0).toLongLong();
    }

    // The timeline: cron ticks of the two scheduled workflows (at most a fifth of the work
    // orders, newest kept), webhooks spread evenly in between.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - qint64(days) * kDayMs;
    std::vector<Event> events;
    events.reserve(size_t(total));
    {
        std::vector<Event> cron;
        for (qint64 t = (start / 3600000 + 1) * 3600000; t < now; t += 3600000) {
            cron.push_back({t + rng.range(5, 900), 1});
            if ((t / 3600000) % 24 == 6)
                cron.push_back({t + rng.range(1000, 2000), 2});
        }
        const size_t cronKept = std::min(cron.size(), size_t(total / 5));
        cron.erase(cron.begin(), cron.end() - qint64(cronKept));
        const qint64 hooks = total - qint64(cronKept);
        const double step = double(now - 60000 - start) / double(std::max<qint64>(1, hooks));
        size_t ci = 0;
        for (qint64 i = 0; i < hooks; ++i) {
            const qint64 t = start + qint64(step * double(i) + step * rng.real() * 0.9);
            while (ci < cron.size() && cron[ci].at <= t)
                events.push_back(cron[ci++]);
            events.push_back({t, 0});
        }
        while (ci < cron.size())
            events.push_back(cron[ci++]);
    }

    qint64 clipId = nextId(db, "dataclips"), msgId = nextId(db, "messages"), woId = nextId(db, "work_orders"),
           runId = nextId(db, "runs"), stepId = nextId(db, "steps"), logId = nextId(db, "log_lines");

    QSqlQuery insClip = prepare(db, QStringLiteral("INSERT INTO dataclips (id, project_id, type, body, size, created_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery insMsg = prepare(db, QStringLiteral(
        "INSERT INTO messages (id, trigger_id, received_at, method, path, remote_address, headers, body_size, dataclip_id, "
        "outcome, reply_status, reply_body, reason, work_order_id) VALUES (?, ?, ?, 'POST', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insWo = prepare(db, QStringLiteral(
        "INSERT INTO work_orders (id, workflow_id, trigger_id, message_id, dataclip_id, state, input_summary, created_at, "
        "last_activity_at, duration_ms, run_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insRun = prepare(db, QStringLiteral(
        "INSERT INTO runs (id, work_order_id, snapshot_id, state, starting_dataclip_id, retry_of_run_id, priority, worker, "
        "error_type, error_message, created_at, claimed_at, started_at, finished_at, workflow_id, engine_id, deadline_at, "
        "final_dataclip_id, trigger_kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insStep = prepare(db, QStringLiteral(
        "INSERT INTO steps (id, run_id, job_id, job_key, job_name, input_dataclip_id, output_dataclip_id, exit_reason, "
        "error_type, error_message, error_line, error_column, started_at, finished_at, duration_ms, position) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insLog = prepare(db, QStringLiteral(
        "INSERT INTO log_lines (id, run_id, step_id, level, source, at, message) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insSearch = prepare(db, QStringLiteral("INSERT INTO work_order_search (rowid, text) VALUES (?, ?)"));

    const QString engineId = QStringLiteral("clinic-admin-02:41873:console");
    auto clip = [&](const char *type, const QString &body, qint64 at) {
        const qint64 id = clipId++;
        insClip.bindValue(0, id);
        insClip.bindValue(1, projectId);
        insClip.bindValue(2, QLatin1String(type));
        insClip.bindValue(3, body);
        insClip.bindValue(4, qint64(body.toUtf8().size()));
        insClip.bindValue(5, at);
        run(insClip);
        return id;
    };

    // Exit reason of a finished run: ~85 % success, 8 % fail, 3 % crash, 1 % kill, 1 % lost,
    // 1 % exception, 1 % cancelled (a queued run someone cancelled).
    auto drawOutcome = [&](bool mustFail) -> const char * {
        double x = rng.real();
        if (mustFail)
            x = 0.85 + x * 0.15;
        if (x < 0.85) return "success";
        if (x < 0.93) return "fail";
        if (x < 0.96) return "crash";
        if (x < 0.97) return "kill";
        if (x < 0.98) return "lost";
        if (x < 0.99) return "exception";
        return "cancel";
    };

    std::vector<LogLine> logs;
    logs.reserve(64);
    qint64 counts[16] = {};
    const char *const stateNames[] = {"success", "failed", "crashed", "killed", "lost", "exception", "cancelled",
                                      "available", "claimed", "started"};
    auto countState = [&](const char *s) {
        for (int i = 0; i < 10; ++i)
            if (std::string(s) == stateNames[i])
                ++counts[i];
    };

    std::printf("gen_history: %lld work orders over %d days into %s\n", static_cast<long long>(total), days,
                qPrintable(path));
    std::fflush(stdout);
    if (!db.transaction())
        die(db.lastError().text());
    for (qint64 n = 0; n < total; ++n) {
        const Event ev = events[size_t(n)];
        const qint64 wo = woId++;
        const WorkflowInfo *wf = ev.kind == 1 ? hourly : ev.kind == 2 ? daily : (rng.chance(0.7) ? commcare : his);
        const Country &country = wf == his ? kCountries[4] : kCountries[rng.range(0, 4)];
        const Person person = makePerson(rng, country, qint64(rng.range(1, 999999)));

        // Input, message, summary.
        QString input;
        QString summary;
        qint64 messageId = 0;
        qint64 triggerId = 0;
        int maxSteps = 3;
        if (wf == commcare) {
            const std::string form = rng.pick(kFormNames);
            input = QString::fromStdString(commcareForm(rng, person, form, ev.at));
            summary = QString::fromStdString(form + " · " + person.first + ' ' + person.last + " · " + person.patientId);
            if (form != "Register New Patient")
                maxSteps = 1; // the filter's edge only lets registrations through
        } else if (wf == his) {
            const std::string caseNo = "CS-" + dateOnly(ev.at).substr(0, 4) + '-' + pad(rng.range(1, 99999), 5);
            input = QString::fromStdString(hisReferral(rng, person, caseNo, ev.at));
            summary = QString::fromStdString("Child referral · " + person.first + ' ' + person.last + " · " + caseNo);
        } else {
            input = QStringLiteral("{\"cursor\":\"%1\",\"lastRunAt\":\"%2\"}")
                        .arg(QString::fromStdString(isoUtc(ev.at - (ev.kind == 1 ? 3600000 : kDayMs))),
                             QString::fromStdString(isoUtc(ev.at - (ev.kind == 1 ? 3600000 : kDayMs) + 4000)));
            summary = QStringLiteral("cursor %1").arg(QString::fromStdString(isoUtc(ev.at - (ev.kind == 1 ? 3600000 : kDayMs))));
        }
        const qint64 inputClip = clip(wf->webhookTriggerId && ev.kind == 0 ? "http_request" : "global", input, ev.at);
        if (ev.kind == 0) {
            triggerId = wf->webhookTriggerId;
            // Now and then a refused request comes first (wrong key, then the right one).
            if (rng.chance(0.004)) {
                insMsg.bindValue(0, msgId++);
                insMsg.bindValue(1, triggerId);
                insMsg.bindValue(2, ev.at - rng.range(200, 5000));
                insMsg.bindValue(3, wf->webhookPath);
                insMsg.bindValue(4, QStringLiteral("10.20.%1.%2").arg(rng.range(0, 255)).arg(rng.range(1, 254)));
                insMsg.bindValue(5, QStringLiteral("{\"content-type\":\"application/json\",\"x-api-key\":\"****\"}"));
                insMsg.bindValue(6, qint64(input.size()));
                insMsg.bindValue(7, QVariant());
                insMsg.bindValue(8, QStringLiteral("auth_failed"));
                insMsg.bindValue(9, 401);
                insMsg.bindValue(10, QStringLiteral("{\"error\":\"unauthorized\"}"));
                insMsg.bindValue(11, QStringLiteral("No auth method of this trigger accepted the request (API key did not match)."));
                insMsg.bindValue(12, QVariant());
                run(insMsg);
            }
            messageId = msgId++;
            insMsg.bindValue(0, messageId);
            insMsg.bindValue(1, triggerId);
            insMsg.bindValue(2, ev.at);
            insMsg.bindValue(3, wf->webhookPath);
            insMsg.bindValue(4, QStringLiteral("10.20.%1.%2").arg(rng.range(0, 255)).arg(rng.range(1, 254)));
            insMsg.bindValue(5, QStringLiteral("{\"content-type\":\"application/json\",\"user-agent\":\"CommCareHQ/1.0\","
                                               "\"x-forwarded-for\":\"52.%1.%2.%3\"}")
                                    .arg(rng.range(0, 255)).arg(rng.range(0, 255)).arg(rng.range(1, 254)));
            insMsg.bindValue(6, qint64(input.toUtf8().size()));
            insMsg.bindValue(7, inputClip);
            insMsg.bindValue(8, QStringLiteral("accepted"));
            insMsg.bindValue(9, 202);
            insMsg.bindValue(10, QStringLiteral("{\"work_order_id\":%1}").arg(wo));
            insMsg.bindValue(11, kEmpty);
            insMsg.bindValue(12, wo);
            run(insMsg);
        } else {
            triggerId = wf->cronTriggerId;
        }

        // Runs: the newest work orders may still be queued or running. Two thirds of the
        // failures (~10 % of work orders) were retried once, and most retries succeed.
        const bool recent = now - ev.at < 15 * 60000;
        const char *plan[2] = {nullptr, nullptr}; // exit reasons; null = still queued or running
        int runCount = 1;
        if (!(recent && rng.chance(0.5))) {
            plan[0] = drawOutcome(false);
            const std::string first = plan[0];
            if (first != "success" && first != "cancel" && rng.chance(0.67)) {
                runCount = 2;
                plan[1] = recent && rng.chance(0.5) ? nullptr : rng.chance(0.8) ? "success" : drawOutcome(true);
            }
        }
        QString search = input;
        qint64 runAt = ev.at;
        qint64 prevRun = 0;
        const char *woState = "available";
        qint64 woDuration = -1;
        qint64 lastActivity = ev.at;
        for (int r = 0; r < runCount; ++r) {
            const qint64 rid = runId++;
            const char *exitReason = nullptr;
            const char *runState = nullptr;
            if (plan[r]) {
                exitReason = plan[r];
            } else {
                const double x = rng.real();
                runState = x < 0.6 ? "available" : x < 0.7 ? "claimed" : "started";
            }
            const bool queuedOnly = runState && std::string(runState) != "started";
            const bool cancelled = exitReason && std::string(exitReason) == "cancel";
            const qint64 created = runAt;
            const qint64 claimed = created + rng.range(5, 400);
            const qint64 begun = claimed + rng.range(2, 60);
            const int steps = queuedOnly || cancelled ? 0 : rng.range(1, std::min<int>(maxSteps, int(wf->jobs.size())));
            const int failingStep = steps - 1;
            qint64 t = begun;
            qint64 inClip = inputClip;
            qint64 finalClip = 0;
            Failure failure{};
            bool hasFailure = false;
            for (int s = 0; s < steps; ++s) {
                const JobInfo &job = wf->jobs[size_t(s)];
                const qint64 sid = stepId++;
                const bool running = runState && s == steps - 1;
                const bool failing = exitReason && std::string(exitReason) != "success" && s == failingStep;
                if (failing) {
                    failure = failureFor(rng, exitReason, person, job, rid);
                    hasFailure = true;
                }
                const bool killed = failing && std::string(exitReason) == "kill";
                const qint64 dur = running ? 0
                                   : killed ? (failure.type == QLatin1String("TimeoutError") ? 60000 + rng.range(0, 40)
                                                                                              : rng.range(2000, 9000))
                                            : rng.duration(job.adaptor.contains(QLatin1String("common")) ? 40 : 450, 0.8, 3, 20000);
                const qint64 end = t + dur;
                qint64 outClip = 0;
                if (!running) {
                    const bool okStep = !failing;
                    const QString body = QString::fromStdString(stepOutput(rng, person, job, s, okStep, end));
                    outClip = clip("step_result", body, end);
                    search += QLatin1Char('\n') + body;
                    finalClip = outClip;
                }
                logs.clear();
                stepLogs(rng, person, job, t, running ? now : end, failing ? &failure : nullptr, logs);
                insStep.bindValue(0, sid);
                insStep.bindValue(1, rid);
                insStep.bindValue(2, job.id);
                insStep.bindValue(3, job.key);
                insStep.bindValue(4, job.name);
                insStep.bindValue(5, inClip);
                insStep.bindValue(6, outClip ? QVariant(outClip) : QVariant());
                insStep.bindValue(7, running ? QVariant() : QVariant(QLatin1String(failing ? exitReason : "success")));
                insStep.bindValue(8, failing ? failure.type : kEmpty);
                insStep.bindValue(9, failing ? failure.message : kEmpty);
                const bool hasLine = failing && (failure.type == QLatin1String("RuntimeError")
                                                 || failure.type == QLatin1String("ReferenceError"));
                insStep.bindValue(10, hasLine ? QVariant(rng.range(3, 60)) : QVariant());
                insStep.bindValue(11, hasLine ? QVariant(rng.range(1, 40)) : QVariant());
                insStep.bindValue(12, t);
                insStep.bindValue(13, running ? QVariant() : QVariant(end));
                insStep.bindValue(14, running ? QVariant() : QVariant(dur));
                insStep.bindValue(15, s);
                run(insStep);
                for (const LogLine &l : logs) {
                    insLog.bindValue(0, logId++);
                    insLog.bindValue(1, rid);
                    insLog.bindValue(2, sid);
                    insLog.bindValue(3, QLatin1String(l.level));
                    insLog.bindValue(4, QLatin1String(l.source));
                    insLog.bindValue(5, l.at);
                    insLog.bindValue(6, l.message);
                    run(insLog);
                    search += QLatin1Char('\n') + l.message;
                }
                inClip = outClip;
                t = end + rng.range(1, 20);
                if (failing)
                    break;
            }
            if (exitReason) {
                static const std::pair<const char *, const char *> map[] = {
                    {"success", "success"}, {"fail", "failed"}, {"crash", "crashed"}, {"kill", "killed"},
                    {"lost", "lost"}, {"exception", "exception"}, {"cancel", "cancelled"}};
                for (const auto &[reason, state] : map)
                    if (std::string(reason) == exitReason)
                        runState = state;
            }
            const bool finished = exitReason != nullptr;
            const qint64 finishedAt = cancelled ? created + rng.range(1000, 600000) : t;
            if (cancelled) {
                failure = {exitReason, "cancelled", QStringLiteral("Cancelled"),
                           QStringLiteral("Cancelled from the console by admin@switchboard.demo before it started.")};
                hasFailure = true;
            }
            insRun.bindValue(0, rid);
            insRun.bindValue(1, wo);
            insRun.bindValue(2, runState == std::string("available") || cancelled ? QVariant() : QVariant(wf->snapshotId));
            insRun.bindValue(3, QLatin1String(runState));
            insRun.bindValue(4, inputClip);
            insRun.bindValue(5, prevRun ? QVariant(prevRun) : QVariant());
            insRun.bindValue(6, r > 0 ? 10 : 0);
            insRun.bindValue(7, queuedOnly || cancelled ? kEmpty : QStringLiteral("worker-%1").arg(rng.range(1, 2)));
            insRun.bindValue(8, hasFailure ? failure.type : kEmpty);
            insRun.bindValue(9, hasFailure ? failure.message : kEmpty);
            insRun.bindValue(10, created);
            const bool wasClaimed = !cancelled && std::string(runState) != "available";
            const bool wasStarted = wasClaimed && std::string(runState) != "claimed";
            insRun.bindValue(11, wasClaimed ? QVariant(claimed) : QVariant());
            insRun.bindValue(12, wasStarted ? QVariant(begun) : QVariant());
            insRun.bindValue(13, finished ? QVariant(finishedAt) : QVariant());
            insRun.bindValue(14, wf->id);
            insRun.bindValue(15, wasClaimed ? engineId : kEmpty);
            insRun.bindValue(16, wasStarted ? QVariant(begun + 300000) : QVariant());
            insRun.bindValue(17, finalClip ? QVariant(finalClip) : QVariant());
            insRun.bindValue(18, r > 0 ? QStringLiteral("retry") : ev.kind == 0 ? QStringLiteral("webhook") : QStringLiteral("cron"));
            run(insRun);
            countState(runState);
            woState = runState;
            woDuration = finished && !cancelled ? finishedAt - begun : -1;
            lastActivity = finished ? finishedAt : runState == std::string("started") ? t : wasClaimed ? claimed : created;
            prevRun = rid;
            // A retry comes minutes to hours later (someone looked at the failure).
            runAt = std::min(now - 1000, finishedAt + rng.range(60000, 4 * 3600000));
            if (runAt <= finishedAt)
                runAt = finishedAt + 1;
        }

        insWo.bindValue(0, wo);
        insWo.bindValue(1, wf->id);
        insWo.bindValue(2, triggerId ? QVariant(triggerId) : QVariant());
        insWo.bindValue(3, messageId ? QVariant(messageId) : QVariant());
        insWo.bindValue(4, inputClip);
        insWo.bindValue(5, QLatin1String(woState));
        insWo.bindValue(6, summary);
        insWo.bindValue(7, ev.at);
        insWo.bindValue(8, lastActivity);
        insWo.bindValue(9, woDuration >= 0 ? QVariant(woDuration) : QVariant());
        insWo.bindValue(10, runCount);
        run(insWo);

        if (search.size() > kSearchCap)
            search.truncate(int(kSearchCap));
        insSearch.bindValue(0, wo);
        insSearch.bindValue(1, search);
        run(insSearch);

        if ((n + 1) % kPerTransaction == 0 || n + 1 == total) {
            if (!db.commit())
                die(db.lastError().text());
            if (n + 1 < total && !db.transaction())
                die(db.lastError().text());
            const double secs = double(clock.elapsed()) / 1000.0;
            std::printf("  %lld / %lld work orders  %.1f s  (%.0f/s)\n", static_cast<long long>(n + 1),
                        static_cast<long long>(total), secs, double(n + 1) / std::max(0.001, secs));
            std::fflush(stdout);
        }
    }

    execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"));
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("gen_history"));

    const double secs = double(clock.elapsed()) / 1000.0;
    std::printf("runs by final state:");
    for (int i = 0; i < 10; ++i)
        std::printf(" %s=%lld", stateNames[i], static_cast<long long>(counts[i]));
    std::printf("\ndone: %lld work orders in %.1f s; %s is %.1f MB\n", static_cast<long long>(total), secs,
                qPrintable(path), double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    return 0;
}
