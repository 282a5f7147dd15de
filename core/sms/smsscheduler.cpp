#include "sms/smsscheduler.h"

#include "common/intern.h"
#include "common/isotime.h"
#include "sms/smsrender.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <atomic>
#include <mutex>

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsScheduler)
};

const QString kEnglish = interned(u"English");

// Group numbers (see the header).
enum class Category { Registration, Treatment, BraceProblem, ReminderBefore, ReminderAfter, Other };

Category categoryOf(int group)
{
    if (group == 1 || group == 2)
        return Category::Registration;
    if ((group >= 3 && group <= 10) || group == 16)
        return Category::Treatment;
    if (group >= 11 && group <= 13)
        return Category::BraceProblem;
    if (group == 14)
        return Category::ReminderBefore;
    if (group == 15)
        return Category::ReminderAfter;
    return Category::Other;
}

// The treatments of SMS_Treatment__c and their groups.
struct Treatment
{
    const char *name;
    int groups[2];
};
constexpr Treatment kTreatments[] = {
    {"Casting", {3, 4}},     {"Tenotomy", {5, 0}},  {"Bracing Day", {6, 7}},
    {"Bracing Night", {8, 9}}, {"Suspended", {16, 0}}, {"Complete", {10, 0}},
};

// The canonical treatment name, or empty.
QString treatmentName(const QString &value)
{
    const QString v = value.trimmed();
    for (const Treatment &t : kTreatments)
        if (v.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0)
            return QLatin1String(t.name);
    return {};
}

bool treatmentHasGroup(const QString &treatment, int group)
{
    for (const Treatment &t : kTreatments)
        if (treatment == QLatin1String(t.name))
            return t.groups[0] == group || t.groups[1] == group;
    return false;
}

// Brace problems of the multi-select and their groups.
int braceProblemGroup(const QString &value)
{
    const QString v = value.trimmed();
    if (v.compare(QLatin1String("Not Wearing Enough"), Qt::CaseInsensitive) == 0)
        return 11;
    if (v.compare(QLatin1String("Child Not Tolerating"), Qt::CaseInsensitive) == 0)
        return 12;
    if (v.compare(QLatin1String("Family Not Accepting"), Qt::CaseInsensitive) == 0)
        return 13;
    return 0;
}

// A field's value: by FieldKey (the position last seen first), or by name.
QJsonValue valueOf(const QJsonObject &o, const FieldKey &key)
{
    return key.value(o);
}
template<typename Key>
QJsonValue valueOf(const QJsonObject &o, const Key &name)
{
    return o.value(name);
}

template<typename Key>
QString text(const QJsonObject &o, const Key &name)
{
    const QJsonValue v = valueOf(o, name);
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

template<typename Key>
bool isTrue(const QJsonObject &o, const Key &name)
{
    const QJsonValue v = valueOf(o, name);
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    if (v.isDouble())
        return v.toDouble() != 0;
    return false;
}

// A Salesforce date ("2026-03-02") or date-time ("2026-03-02T08:00:00.000+0000", taken as
// the date in `zone`); invalid when empty or unreadable.
template<typename Key>
QDate dateField(const QJsonObject &o, const Key &name, const QTimeZone &zone)
{
    const QString v = text(o, name);
    if (v.size() < 10)
        return {};
    if (v.size() == 10) {
        auto digit = [&v](int i) { return v.at(i).isDigit() ? v.at(i).digitValue() : -100000; };
        if (v.at(4) != QLatin1Char('-') || v.at(7) != QLatin1Char('-'))
            return {};
        const int y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        const int m = digit(5) * 10 + digit(6);
        const int day = digit(8) * 10 + digit(9);
        if (y < 0 || m < 0 || day < 0)
            return {};
        return QDate(y, m, day); // invalid when out of range
    }
    QDateTime dt = parseIsoTimestamp(v);
    if (!dt.isValid())
        return QDate::fromString(v.left(10), Qt::ISODate);
    if (zone.isValid())
        dt = dt.toTimeZone(zone);
    return dt.date();
}

// Digits of a phone number as Infobip takes them: "+254 712-345 678" → "254712345678";
// "00…" drops the 00; a national "0…" gets the country's dial code instead of the 0.
QString phoneNumber(const QString &raw, const QString &dialCode)
{
    QString digits;
    for (const QChar c : raw)
        if (c.isDigit())
            digits += c;
    if (digits.isEmpty())
        return {};
    if (raw.trimmed().startsWith(QLatin1Char('+')))
        return digits;
    if (digits.startsWith(QLatin1String("00")))
        return digits.mid(2);
    if (digits.startsWith(QLatin1Char('0')) && !dialCode.isEmpty())
        return dialCode + digits.mid(1);
    return digits;
}

// "2026-03-02" into `out` (10 characters); false when the year has not four digits.
bool writeIsoDate(QChar *out, QDate d)
{
    int y = 0;
    int m = 0;
    int day = 0;
    d.getDate(&y, &m, &day);
    if (y < 0 || y > 9999)
        return false;
    const char16_t text[10] = {char16_t(u'0' + y / 1000),     char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                               char16_t(u'0' + y % 10),       u'-',                          char16_t(u'0' + m / 10),
                               char16_t(u'0' + m % 10),       u'-',                          char16_t(u'0' + day / 10),
                               char16_t(u'0' + day % 10)};
    std::copy(std::begin(text), std::end(text), reinterpret_cast<char16_t *>(out));
    return true;
}

// "2026-03-02", written out (QDate::toString goes through the locale machinery).
QString isoDate(QDate d)
{
    if (!d.isValid())
        return {};
    QString out(10, Qt::Uninitialized);
    return writeIsoDate(out.data(), d) ? out : d.toString(Qt::ISODate);
}

// A translated message with one "%1", filled by concatenation (one allocation, no pattern
// parsing: the scheduler fills a few of these for most messages of every contact).
class Pattern
{
public:
    Pattern() = default;
    explicit Pattern(const QString &translated) : m_whole(translated)
    {
        const qsizetype at = translated.indexOf(QLatin1String("%1"));
        m_simple = at >= 0 && translated.indexOf(QLatin1String("%1"), at + 2) < 0 && !translated.contains(QLatin1String("%2"));
        if (m_simple) {
            m_before = translated.left(at);
            m_after = translated.mid(at + 2);
        }
    }
    QString operator()(const QString &value) const
    {
        if (!m_simple)
            return m_whole.arg(value);
        return m_before + value + m_after;
    }
    // With a date as "2026-03-02", in one allocation.
    QString operator()(QDate date) const
    {
        if (!m_simple || !date.isValid())
            return (*this)(isoDate(date));
        QString out(m_before.size() + 10 + m_after.size(), Qt::Uninitialized);
        QChar *p = std::copy(m_before.cbegin(), m_before.cend(), out.data());
        if (!writeIsoDate(p, date))
            return (*this)(isoDate(date));
        std::copy(m_after.cbegin(), m_after.cend(), p + 10);
        return out;
    }

private:
    QString m_whole;
    QString m_before;
    QString m_after;
    bool m_simple = false;
};

} // namespace

int groupNumber(const QString &name)
{
    int n = 0;
    int i = 0;
    while (i < name.size() && name.at(i) == QLatin1Char(' '))
        ++i;
    const int start = i;
    while (i < name.size() && name.at(i).isDigit() && i - start < 4)
        n = n * 10 + name.at(i++).digitValue();
    return i == start ? 0 : n;
}

struct SmsPlanner::Impl
{
    struct Row
    {
        int number = 0; // 1-based
        QString group;
        int groupNo = 0;
        Category category = Category::Other;
        QString ssd; // "now" or a field name
        bool ssdNow = false;
        int ssdId = -1; // when not "now": the field's index in ssdKeys
        int days = 0;
        QString clock;
        QTime clockTime; // parsed; invalid when blank (the default clock applies)
        int minutes = 0;
        int carryDays = 0; // whole days the minutes carry the clock time over
        bool educational = true;
        bool usesNextVisit = false; // a reminder whose bulkId has the visit date in it
        CompiledTemplate bulkId;
        QHash<QString, CompiledTemplate> texts; // language → text (non-empty cells only)
        QString broken;                         // why the row cannot be planned
    };

    QList<Row> rows;
    // The contact's fields plan() reads, as keys (see FieldKey).
    struct Keys
    {
        FieldKey kAccount{QStringLiteral("Account")};
        FieldKey kOriginalNextVisitDate{QStringLiteral("Original_Next_Visit_Date__c")};
        FieldKey kBraceProblemsType{QStringLiteral("Brace_Problems_Type__c")};
        FieldKey kCancelSMSSending{QStringLiteral("Cancel_SMS_Sending__c")};
        FieldKey kCommCareCaseID{QStringLiteral("CommCare_Case_ID__c")};
        FieldKey kCountry{QStringLiteral("Country__c")};
        FieldKey kDateofSMSRegistration{QStringLiteral("Date_of_SMS_Registration__c")};
        FieldKey kGuardian1PhoneLandline{QStringLiteral("Guardian_1_Phone_Landline__c")};
        FieldKey kGuardian1PhoneNumber1{QStringLiteral("Guardian_1_Phone_Number_1__c")};
        FieldKey kId{QStringLiteral("Id")};
        FieldKey kLastVisitDate{QStringLiteral("Last_Visit_Date__c")};
        FieldKey kName{QStringLiteral("Name")};
        FieldKey kNextVisitDateNew{QStringLiteral("Next_Visit_Date_New__c")};
        FieldKey kPatientName{QStringLiteral("Patient_Name__c")};
        FieldKey kReasonStoppedTreatment{QStringLiteral("Reason_Stopped_Treatment__c")};
        FieldKey kRegistrationDate{QStringLiteral("Registration_Date__c")};
        FieldKey kSMSError{QStringLiteral("SMS_Error__c")};
        FieldKey kSMSLanguage{QStringLiteral("SMS_Language__c")};
        FieldKey kSMSOptInII{QStringLiteral("SMS_Opt_In_II__c")};
        FieldKey kSMSOptIn{QStringLiteral("SMS_Opt_In__c")};
        FieldKey kSMSTimezone{QStringLiteral("SMS_Timezone__c")};
        FieldKey kSMSTreatment{QStringLiteral("SMS_Treatment__c")};
        FieldKey kSendSMS{QStringLiteral("Send_SMS__c")};
        FieldKey kStatus{QStringLiteral("Status__c")};
        FieldKey kTreatmentCompleted{QStringLiteral("Treatment_Completed__c")};
    };
    const Keys keys;
    // The date fields schedules start from, numbered: a contact reads each once. The first
    // ones are those "now" stands for (kSsd…).
    QList<FieldKey> ssdKeys{FieldKey(QStringLiteral("Next_Visit_Date_New__c")), FieldKey(QStringLiteral("Last_Visit_Date__c")),
                            FieldKey(QStringLiteral("SMS_Treatment_Start_Date__c")),
                            FieldKey(QStringLiteral("Date_Completed_Treatment__c"))};
    enum { kSsdNextVisit, kSsdLastVisit, kSsdTreatmentStart, kSsdCompleted };
    FieldNames names;      // every placeholder of every template, numbered
    int nextVisitId = -1;  // Next_Visit_Date_New__c among them
    int nextVisitRows = 0; // rows with usesNextVisit
    // Translated once (plan() gives them to most messages of every contact).
    Pattern longPast;      // "was due on %1, which passed more than a day ago"
    Pattern beyondHorizon; // "beyond the 180-day horizon: …"
    // Those two filled, per date and thread: most of a contact's messages carry one, and
    // contacts share dates. Keyed by the planner's serial (a pointer can be reused).
    quint64 serial = 0;
    struct DateReasons
    {
        quint64 planner = 0;
        QHash<qint64, QString> longPast;
        QHash<qint64, QString> beyondHorizon;
    };
    QString dateReason(bool beyond, QDate date) const
    {
        thread_local DateReasons cache;
        if (cache.planner != serial || cache.longPast.size() + cache.beyondHorizon.size() > 20000) {
            cache.longPast.clear();
            cache.beyondHorizon.clear();
            cache.planner = serial;
        }
        QHash<qint64, QString> &hash = beyond ? cache.beyondHorizon : cache.longPast;
        auto it = hash.find(date.toJulianDay());
        if (it == hash.end())
            it = hash.insert(date.toJulianDay(), beyond ? beyondHorizon(date) : longPast(date));
        return *it;
    }
    bool duplicateTemplates = false; // two rows with the same bulkId template
    QList<Country> countries;
    QHash<QString, int> countryIndex; // lower-case name → index
    PlannerOptions options;

    // Zones by id: QTimeZone construction reads the tz database.
    mutable std::mutex zoneMutex;
    mutable QHash<QString, QTimeZone> zones;

    QTimeZone zone(const QString &id) const
    {
        if (id.isEmpty())
            return {};
        std::lock_guard lock(zoneMutex);
        auto it = zones.constFind(id);
        if (it != zones.constEnd())
            return *it;
        const QByteArray raw = id.toUtf8();
        const QTimeZone z = QTimeZone::isTimeZoneIdAvailable(raw) ? QTimeZone(raw) : QTimeZone();
        zones.insert(id, z);
        return z;
    }

    // The reminders built for each of `decision.oldVisits`, to `cancel(bulkId, reason, row)`.
    template<typename CancelFn>
    void oldVisitCancels(ContactValues &values, ContactDecision &decision, CancelFn &&cancel) const
    {
        for (const ContactDecision::OldVisit &old : std::as_const(decision.oldVisits)) {
            QString reason;
            for (const Row &row : rows) {
                if (!row.usesNextVisit)
                    continue;
                QString ignored;
                const QString current = row.bulkId.bulkId(values, &ignored);
                values.setOverride(nextVisitId, &old.value);
                const QString oldId = row.bulkId.bulkId(values, &ignored);
                values.setOverride(nextVisitId, nullptr);
                if (oldId == current)
                    continue;
                if (reason.isEmpty())
                    reason = old.field == QLatin1String("Last_Visit_Date__c")
                        ? Tr::tr("the visit of %1 took place; the next is on %2").arg(old.value.left(10), isoDate(decision.nextVisit))
                        : Tr::tr("the appointment moved from %1 to %2").arg(old.value.left(10), isoDate(decision.nextVisit));
                cancel(oldId, reason, row);
            }
        }
        decision.oldVisits.clear();
        decision.oldVisitCandidates = 0;
    }

    const Country *country(const QString &name) const
    {
        auto it = countryIndex.constFind(name.trimmed().toLower());
        return it == countryIndex.constEnd() ? nullptr : &countries.at(*it);
    }
};

SmsPlanner::SmsPlanner(const SmsTable &table, const QList<Country> &countries, PlannerOptions options)
    : d(std::make_unique<Impl>())
{
    static std::atomic<quint64> serials{0};
    d->serial = ++serials;
    d->countries = countries;
    // The texts every message of a contact copies are interned: copies then cost nothing,
    // even from many planning threads at once.
    for (Country &c : d->countries) {
        c.senderId = interned(c.senderId);
        c.timeZone = interned(c.timeZone);
        c.defaultLanguage = interned(c.defaultLanguage);
    }
    d->options = options;
    for (int i = 0; i < countries.size(); ++i)
        d->countryIndex.insert(countries.at(i).name.trimmed().toLower(), i);
    const QStringList languages = table.languageColumns();
    static const QRegularExpression integer(QStringLiteral("^[+-]?[0-9]+$"));
    for (int r = 0; r < table.rows.size(); ++r) {
        Impl::Row row;
        row.number = r + 1;
        row.group = interned(table.cell(r, QLatin1String(kColumnName)).trimmed());
        row.groupNo = groupNumber(row.group);
        row.category = categoryOf(row.groupNo);
        row.ssd = table.cell(r, QLatin1String(kColumnSsd)).trimmed();
        row.ssdNow = row.ssd.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0;
        if (!row.ssdNow && !row.ssd.isEmpty()) {
            const auto known = std::find_if(d->ssdKeys.cbegin(), d->ssdKeys.cend(),
                                            [&row](const FieldKey &k) { return k.name() == row.ssd; });
            row.ssdId = int(known - d->ssdKeys.cbegin());
            if (known == d->ssdKeys.cend())
                d->ssdKeys << FieldKey(row.ssd);
        }
        const QString days = table.cell(r, QLatin1String(kColumnDays)).trimmed();
        const QString minutes = table.cell(r, QLatin1String(kColumnMinutes)).trimmed();
        row.clock = table.cell(r, QLatin1String(kColumnClock)).trimmed();
        row.educational = table.cell(r, QLatin1String(kColumnReminder)).trimmed().isEmpty();
        row.bulkId = CompiledTemplate(table.cell(r, QLatin1String(kColumnBulkId)).trimmed());
        for (const QString &language : languages) {
            const QString t = table.cell(r, language);
            if (!t.trimmed().isEmpty())
                row.texts.insert(language, CompiledTemplate(t));
        }
        if (row.groupNo == 0 || row.category == Category::Other)
            row.broken = Tr::tr("row %1: the group “%2” is not one the scheduler knows (the Name must start with its "
                                "number, 01 to 16)")
                             .arg(row.number)
                             .arg(row.group);
        else if (!integer.match(days).hasMatch())
            row.broken = Tr::tr("row %1: “%2” is not a whole number of days").arg(row.number).arg(days);
        else if (!minutes.isEmpty() && !integer.match(minutes).hasMatch())
            row.broken = Tr::tr("row %1: “%2” is not a whole number of minutes").arg(row.number).arg(minutes);
        else if (!row.clock.isEmpty() && !parseClockTime(row.clock).isValid())
            row.broken = Tr::tr("row %1: “%2” is not a time of day like 9:00").arg(row.number).arg(row.clock);
        else if (row.ssd.isEmpty())
            row.broken = Tr::tr("row %1: the schedule start date (SSD) is empty").arg(row.number);
        row.days = days.toInt();
        row.minutes = minutes.toInt();
        row.clockTime = row.clock.isEmpty() ? options.defaultClock : parseClockTime(row.clock);
        if (row.clockTime.isValid()) {
            const int wallMinutes = row.clockTime.msecsSinceStartOfDay() / 60000 + row.minutes;
            row.carryDays = wallMinutes >= 0 ? wallMinutes / 1440 : -((-wallMinutes + 1439) / 1440);
        }
        d->rows << row;
    }
    for (Impl::Row &row : d->rows) {
        row.bulkId.number(d->names);
        for (CompiledTemplate &t : row.texts)
            t.number(d->names);
    }
    d->nextVisitId = d->names.find(QStringLiteral("Next_Visit_Date_New__c"));
    for (Impl::Row &row : d->rows) {
        row.usesNextVisit = d->nextVisitId >= 0 && row.bulkId.uses(d->nextVisitId)
            && (row.category == Category::ReminderBefore || row.category == Category::ReminderAfter);
        d->nextVisitRows += row.usesNextVisit ? 1 : 0;
    }
    d->longPast = Pattern(Tr::tr("was due on %1, which passed more than a day ago"));
    d->beyondHorizon = Pattern(Tr::tr("beyond the 180-day horizon: scheduled by the run on or after %1"));
    QSet<QString> templates;
    for (const Impl::Row &row : std::as_const(d->rows)) {
        if (templates.contains(row.bulkId.source()))
            d->duplicateTemplates = true;
        templates.insert(row.bulkId.source());
    }
}

SmsPlanner::~SmsPlanner() = default;
SmsPlanner::SmsPlanner(SmsPlanner &&) noexcept = default;

int SmsPlanner::rowCount() const
{
    return int(d->rows.size());
}

ContactDecision SmsPlanner::plan(const QJsonObject &contact, const QDateTime &now, bool withCancelIds) const
{
    ContactDecision out;
    ContactPlan &plan = out.plan;
    const QJsonObject account = d->keys.kAccount.value(contact).toObject();
    plan.contactId = text(contact, d->keys.kCommCareCaseID);
    if (plan.contactId.isEmpty())
        plan.contactId = text(contact, d->keys.kId);
    plan.contactName = text(contact, d->keys.kPatientName);
    if (plan.contactName.isEmpty())
        plan.contactName = text(contact, d->keys.kName);
    plan.clinic = text(account, d->keys.kName);

    // ---- where, in which language, from whom -------------------------------------------
    const QString countryName = text(account, d->keys.kCountry);
    const Country *country = d->country(countryName);
    QString zoneId = text(contact, d->keys.kSMSTimezone);
    QTimeZone zone = d->zone(zoneId);
    if (!zone.isValid() && country) {
        zoneId = country->timeZone;
        zone = d->zone(zoneId);
    }
    QString language = languageColumn(text(contact, d->keys.kSMSLanguage));
    if (language.isEmpty() && country)
        language = country->defaultLanguage;
    if (language.isEmpty())
        language = kEnglish;
    const QString to = phoneNumber(text(contact, d->keys.kGuardian1PhoneNumber1),
                                   country ? country->dialCode : QString());

    // ---- eligibility: reasons that block everything, educational, or reminders ----------
    QString blockAll;
    QString blockEducational;
    QString blockReminders;
    bool cancelBlocked = true; // an unknown clinic status blocks without cancelling
    const QString status = text(account, d->keys.kStatus);
    if (!isTrue(contact, d->keys.kSendSMS))
        blockAll = Tr::tr("Send_SMS__c is not true");
    else if (const QString e = text(contact, d->keys.kSMSError); !e.isEmpty())
        blockAll = Tr::tr("SMS_Error__c is set (“%1”)").arg(e);
    else if (isTrue(contact, d->keys.kCancelSMSSending))
        blockAll = Tr::tr("Cancel_SMS_Sending__c is true");
    else if (isTrue(contact, d->keys.kGuardian1PhoneLandline))
        blockAll = Tr::tr("the phone number is a landline");
    else if (to.isEmpty())
        blockAll = Tr::tr("there is no phone number (Guardian_1_Phone_Number_1__c)");
    if (blockAll.isEmpty()) {
        if (status == QLatin1String("Previously Supported") || status == QLatin1String("Active - CAST Guest User Only")) {
            blockAll = Tr::tr("the clinic “%1” is %2").arg(plan.clinic, status);
        } else if (status == QLatin1String("Temporarily Suspended")) {
            blockReminders = Tr::tr("the clinic “%1” is Temporarily Suspended").arg(plan.clinic);
        } else if (status != QLatin1String("Actively Supported")) {
            blockAll = status.isEmpty() ? Tr::tr("the clinic “%1” has no status (Account.Status__c)").arg(plan.clinic)
                                        : Tr::tr("the clinic status “%1” is not one Switchboard knows").arg(status);
            cancelBlocked = false;
        }
    }
    if (!isTrue(contact, d->keys.kSMSOptInII))
        blockEducational = Tr::tr("SMS_Opt_In_II__c (educational messages) is not true");
    if (blockReminders.isEmpty() && !isTrue(contact, d->keys.kSMSOptIn))
        blockReminders = Tr::tr("SMS_Opt_In__c (visit reminders) is not true");

    // ---- which groups the contact should have, and why the others not ---------------------
    const QString rawTreatment = text(contact, d->keys.kSMSTreatment);
    const QString treatment = treatmentName(rawTreatment);
    const QString stopReason = text(contact, d->keys.kReasonStoppedTreatment);
    const bool completed = isTrue(contact, d->keys.kTreatmentCompleted) || treatment == QLatin1String("Complete");
    const bool suspended = treatment == QLatin1String("Suspended");
    const bool stopped = !stopReason.isEmpty();
    const bool treatmentActive = !treatment.isEmpty() && !stopped && !completed && !suspended;
    QString endedReason;
    if (stopped)
        endedReason = Tr::tr("treatment stopped (%1)").arg(stopReason);
    else if (completed)
        endedReason = Tr::tr("treatment completed");
    else if (suspended)
        endedReason = Tr::tr("treatment suspended");
    else if (treatment.isEmpty())
        endedReason = rawTreatment.isEmpty() ? Tr::tr("no treatment is recorded (SMS_Treatment__c)")
                                             : Tr::tr("the treatment “%1” is not one the table has").arg(rawTreatment);

    const QDate registered = [&] {
        const QDate a = dateField(contact, d->keys.kDateofSMSRegistration, zone);
        return a.isValid() ? a : dateField(contact, d->keys.kRegistrationDate, zone);
    }();
    const QDate nextVisit = dateField(contact, d->keys.kNextVisitDateNew, zone);
    const QDate lastVisit = dateField(contact, d->keys.kLastVisitDate, zone);
    const bool visitAttended = nextVisit.isValid() && lastVisit.isValid() && lastVisit >= nextVisit;

    QSet<int> problems;
    QStringList problemNames;
    for (const QString &p : text(contact, d->keys.kBraceProblemsType).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (const int g = braceProblemGroup(p))
            problems.insert(g);
    }

    // Why group `g` is not wanted; empty when it is.
    auto unwanted = [&](const Impl::Row &row) -> QString {
        switch (row.category) {
        case Category::Registration:
            return registered.isValid() ? QString() : Tr::tr("no registration date (Date_of_SMS_Registration__c, Registration_Date__c)");
        case Category::Treatment:
            if (stopped)
                return endedReason;
            if (treatmentHasGroup(treatment, row.groupNo))
                return {};
            if (treatment.isEmpty())
                return endedReason;
            return Tr::tr("the treatment is now %1").arg(treatment);
        case Category::BraceProblem:
            if (!treatmentActive)
                return endedReason;
            return problems.contains(row.groupNo) ? QString() : Tr::tr("that brace problem is not recorded (Brace_Problems_Type__c)");
        case Category::ReminderBefore:
        case Category::ReminderAfter:
            if (!treatmentActive)
                return endedReason;
            if (!nextVisit.isValid())
                return Tr::tr("there is no next visit date (Next_Visit_Date_New__c)");
            if (row.category == Category::ReminderAfter && visitAttended)
                return Tr::tr("the visit of %1 took place (Last_Visit_Date__c %2)").arg(isoDate(nextVisit), isoDate(lastVisit));
            return {};
        case Category::Other:
            return row.broken;
        }
        return {};
    };

    // The contact's values, read once (a few names serve every row).
    ContactValues values(d->names, contact, zoneId);

    QSet<QString> cancelled;
    auto cancel = [&](const QString &bulkId, const QString &reason, const Impl::Row &row) {
        if (bulkId.isEmpty())
            return;
        // Ids of distinct templates are distinct; only a table with a repeated template, or
        // an old appointment's reminder, can give one twice.
        if (d->duplicateTemplates || row.category == Category::ReminderBefore || row.category == Category::ReminderAfter) {
            if (cancelled.contains(bulkId))
                return;
            cancelled.insert(bulkId);
        }
        out.cancel.append(Cancellation{bulkId, reason, row.number, row.group});
    };
    if (withCancelIds)
        out.cancel.reserve(64);
    else
        out.cancelRows.reserve(d->rows.size());
    // The reasons, one string per group and contact (shared by the rows).
    std::array<QString, 20> unwantedByGroup;
    std::array<bool, 20> unwantedKnown{};
    {
        // Exactly as many plan entries as rows wanted (a run keeps every contact's plan).
        qsizetype wanted = 0;
        for (const Impl::Row &row : d->rows) {
            if (row.groupNo > 0 && row.groupNo < int(unwantedByGroup.size()) && row.category != Category::Other) {
                if (!unwantedKnown[size_t(row.groupNo)]) {
                    unwantedByGroup[size_t(row.groupNo)] = unwanted(row);
                    unwantedKnown[size_t(row.groupNo)] = true;
                }
                wanted += unwantedByGroup[size_t(row.groupNo)].isEmpty() ? 1 : 0;
            }
        }
        plan.messages.reserve(wanted);
        out.due.reserve(wanted);
    }

    const QString from = country ? country->senderId : QString();
    // The send-time input, the same for every row but the row's own fields.
    SendTimeInput in;
    in.zone = zone;
    in.defaultClock = d->options.defaultClock;
    in.appointment = nextVisit;
    in.explainLater = false;
    // The schedule start dates, by ssdKeys index, each read when first needed.
    QVarLengthArray<QDate, 8> ssdDates(d->ssdKeys.size());
    QVarLengthArray<bool, 8> ssdRead(d->ssdKeys.size(), false);
    ssdDates[Impl::kSsdNextVisit] = nextVisit;
    ssdDates[Impl::kSsdLastVisit] = lastVisit;
    ssdRead[Impl::kSsdNextVisit] = ssdRead[Impl::kSsdLastVisit] = true;
    auto ssdDate = [&](int id) {
        if (!ssdRead[id]) {
            ssdDates[id] = dateField(contact, d->ssdKeys.at(id), zone);
            ssdRead[id] = true;
        }
        return ssdDates[id];
    };
    QString blockedAllShown;
    QString blockedEducationalShown;
    QString blockedRemindersShown;
    const QTimeZone utc = QTimeZone::utc();
    for (const Impl::Row &row : d->rows) {
        QString notWanted;
        if (row.groupNo > 0 && row.groupNo < int(unwantedByGroup.size()) && row.category != Category::Other) {
            if (!unwantedKnown[size_t(row.groupNo)]) {
                unwantedByGroup[size_t(row.groupNo)] = unwanted(row);
                unwantedKnown[size_t(row.groupNo)] = true;
            }
            notWanted = unwantedByGroup[size_t(row.groupNo)];
        } else {
            notWanted = unwanted(row);
        }
        if (!notWanted.isEmpty()) {
            if (row.category == Category::Other)
                continue;
            if (withCancelIds) {
                QString ignored;
                cancel(row.bulkId.bulkId(values, &ignored), notWanted, row);
            } else {
                // The bulkId is built only when someone needs it (materializeCancellations).
                // Consecutive rows of a group share one reason string: same data, no compare.
                const auto sameReason = [&notWanted](const QString &r) {
                    return (r.constData() == notWanted.constData() && r.size() == notWanted.size()) || r == notWanted;
                };
                if (out.cancelReasons.isEmpty() || !sameReason(out.cancelReasons.constLast())) {
                    qsizetype found = out.cancelReasons.indexOf(notWanted);
                    if (found < 0) {
                        out.cancelReasons << notWanted;
                        found = out.cancelReasons.size() - 1;
                    }
                    out.cancelRows.append({int(&row - d->rows.constData()), int(found)});
                } else {
                    out.cancelRows.append({int(&row - d->rows.constData()), int(out.cancelReasons.size() - 1)});
                }
            }
            continue;
        }
        QString idError;
        // Built in place (a plan entry is a dozen strings: moving one costs).
        PlannedMessage &m = plan.messages.emplaceBack();
        m.bulkId = row.bulkId.bulkId(values, &idError);
        const bool hasBulkId = !m.bulkId.isEmpty();
        if (!hasBulkId)
            m.bulkId = QStringLiteral("row-%1").arg(row.number);
        m.row = row.number;
        m.group = row.group;
        m.educational = row.educational;
        m.to = to;
        m.from = from;
        m.timeZone = zoneId;
        m.language = language;
        m.state = MessageState::Skipped;
        bool due = false;
        const QString *blocked = !blockAll.isEmpty()                          ? &blockAll
                                 : row.educational && !blockEducational.isEmpty() ? &blockEducational
                                 : !row.educational && !blockReminders.isEmpty()  ? &blockReminders
                                                                                  : nullptr;
        if (!row.broken.isEmpty()) {
            m.reason = Tr::tr("the table's %1").arg(row.broken);
        } else if (!hasBulkId) {
            m.reason = idError;
        } else if (blocked) {
            QString &shown = blocked == &blockAll ? blockedAllShown : blocked == &blockEducational ? blockedEducationalShown
                                                                                                   : blockedRemindersShown;
            if (shown.isEmpty())
                shown = Tr::tr("not sent: %1").arg(*blocked);
            m.reason = shown;
            if (cancelBlocked)
                cancel(m.bulkId, *blocked, row);
        } else if (!zone.isValid()) {
            m.reason = zoneId.isEmpty() ? Tr::tr("no time zone: SMS_Timezone__c is empty and the country “%1” is not in the "
                                                 "countries table")
                                              .arg(countryName)
                                        : Tr::tr("the time zone “%1” is not an IANA time zone").arg(zoneId);
        } else if (!country) {
            m.reason = Tr::tr("the clinic's country “%1” is not in the countries table (no sender id)").arg(countryName);
        } else {
            // The schedule start date.
            QDate ssd;
            int ssdId = row.ssdId;
            if (row.ssdNow) {
                switch (row.category) {
                case Category::Registration:
                    ssd = registered;
                    break;
                case Category::BraceProblem:
                    ssdId = Impl::kSsdLastVisit;
                    break;
                case Category::ReminderBefore:
                case Category::ReminderAfter:
                    ssdId = Impl::kSsdNextVisit;
                    break;
                default:
                    ssdId = row.groupNo == 10 && ssdDate(Impl::kSsdCompleted).isValid() ? int(Impl::kSsdCompleted)
                                                                                         : int(Impl::kSsdTreatmentStart);
                }
            }
            if (ssdId >= 0)
                ssd = ssdDate(ssdId);
            if (!ssd.isValid()) {
                const QString ssdField = ssdId >= 0 ? d->ssdKeys.at(ssdId).name() : QStringLiteral("Date_of_SMS_Registration__c");
                m.reason = Tr::tr("no schedule start date: %1 is empty").arg(ssdField);
            } else if (const QDate wallDate = ssd.addDays(row.days + row.carryDays);
                       row.educational && wallDate < now.date().addDays(-3)) {
                // Long past: whatever the zone (±14 h) and the window (at most to 08:00 the next
                // day), more than a day before now, so skipped (rule 4) without working out the
                // minute.
                m.reason = d->dateReason(false, wallDate);
            } else {
                in.ssd = ssd;
                in.days = row.days;
                if (!row.clockTime.isValid())
                    in.clock = row.clock;
                in.clockTime = row.clockTime;
                in.minutes = row.minutes;
                in.educational = row.educational;
                const SendTime st = computeSendTime(in, now);
                m.sendAtUtc = st.atUtc;
                m.sendAtLocal = st.at;
                switch (st.decision) {
                case SendDecision::Invalid:
                case SendDecision::SkippedPast:
                    m.reason = st.reason;
                    break;
                case SendDecision::LaterHorizon:
                    m.state = MessageState::Planned;
                    m.reason = d->dateReason(true, st.atUtc.addDays(-kHorizonDays).toTimeZone(utc).date());
                    break;
                case SendDecision::Schedule:
                    if (row.category == Category::ReminderBefore && st.at.date() >= nextVisit) {
                        m.reason = Tr::tr("the visit of %1 has come: a reminder before it is no longer useful")
                                       .arg(isoDate(nextVisit));
                        break;
                    }
                    // The text, in the contact's language, else English (reported).
                    auto it = row.texts.constFind(language);
                    if (it == row.texts.constEnd() && language != kEnglish) {
                        it = row.texts.constFind(kEnglish);
                        if (it != row.texts.constEnd()) {
                            out.warnings << Tr::tr("%1: row %2 has no %3 text; the English one is sent")
                                                .arg(plan.contactId)
                                                .arg(row.number)
                                                .arg(language);
                            m.language = kEnglish;
                        }
                    }
                    if (it == row.texts.constEnd()) {
                        m.reason = Tr::tr("row %1 has no %2 or English text").arg(row.number).arg(language);
                        break;
                    }
                    const RenderResult r = it->render(values);
                    m.text = r.text;
                    if (!r.ok()) {
                        QStringList shown;
                        for (const QString &missing : r.missing)
                            shown << QStringLiteral("{%1}").arg(missing);
                        m.reason = Tr::tr("not sent: the text needs %1, which has no value").arg(shown.join(QStringLiteral(", ")));
                        break;
                    }
                    m.state = MessageState::Planned;
                    due = true;
                    m.late = st.late;
                    if (st.late)
                        m.reason = Tr::tr("its time had passed: sent at the next allowed moment");
                    else if (st.moved)
                        m.reason = Tr::tr("moved into the 08:00–20:00 local window");
                    if (m.language != language)
                        m.reason = (m.reason.isEmpty() ? QString() : m.reason + QStringLiteral("; "))
                            + Tr::tr("no %1 text: sent in English").arg(language);
                    break;
                }
            }
        }
        out.due << due;
    }

    // Appointment moved: the reminders built for the old date. (Only templates with the
    // visit date in them give the old visit another id.) Built now for a dry run; kept as
    // dates for a scheduling run, which builds them with the rule cancellations when needed.
    if (nextVisit.isValid() && d->nextVisitId >= 0) {
        for (const FieldKey *key : {&d->keys.kOriginalNextVisitDate, &d->keys.kLastVisitDate}) {
            const QString &field = key->name();
            const QString value = text(contact, *key);
            const QDate date = key == &d->keys.kLastVisitDate ? lastVisit : dateField(contact, *key, zone);
            if (!value.isEmpty() && date != nextVisit
                && std::none_of(out.oldVisits.cbegin(), out.oldVisits.cend(), [&](const auto &o) { return o.value == value; }))
                out.oldVisits.append({field, value});
        }
        out.nextVisit = nextVisit;
        if (withCancelIds)
            d->oldVisitCancels(values, out, cancel);
        else
            out.oldVisitCandidates = int(d->nextVisitRows * out.oldVisits.size());
    }
    return out;
}

void SmsPlanner::materializeCancellations(const QJsonObject &contact, ContactDecision &decision) const
{
    if (decision.cancelRows.isEmpty() && decision.oldVisits.isEmpty())
        return;
    // Row cancellations are distinct when the table's templates are; the explicit ones (old
    // appointments, a few) are compared one by one.
    QSet<QString> seen;
    auto known = [&](const QString &bulkId) {
        if (d->duplicateTemplates && seen.contains(bulkId))
            return true;
        for (const Cancellation &c : std::as_const(decision.cancel))
            if (c.bulkId == bulkId)
                return true;
        return false;
    };
    ContactValues values(d->names, contact, QString());
    QList<Cancellation> rows;
    rows.reserve(decision.cancelRows.size());
    for (const ContactDecision::RowCancel &rc : std::as_const(decision.cancelRows)) {
        const Impl::Row &row = d->rows.at(rc.row);
        QString ignored;
        const QString bulkId = row.bulkId.bulkId(values, &ignored);
        if (bulkId.isEmpty() || known(bulkId))
            continue;
        if (d->duplicateTemplates)
            seen.insert(bulkId);
        rows.append(Cancellation{bulkId, decision.cancelReasons.at(rc.reason), row.number, row.group});
    }
    // Rule cancellations first, in table order, then the explicit ones (old appointments).
    decision.cancel = rows + decision.cancel;
    decision.cancelRows.clear();
    if (!decision.oldVisits.isEmpty()) {
        d->oldVisitCancels(values, decision, [&](const QString &bulkId, const QString &reason, const Impl::Row &row) {
            if (!bulkId.isEmpty() && !known(bulkId))
                decision.cancel.append(Cancellation{bulkId, reason, row.number, row.group});
        });
    }
}

} // namespace sb::sms
