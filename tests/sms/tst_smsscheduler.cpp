// The scheduler's rules (../shared/docs/sms-scheduling.md) on the real sheet, each with a
// hand-computed expectation. Planning only: no network (tst_smsrun talks to the sandbox).

#include "sms/smsrun.h"
#include "sms/smsscheduler.h"
#include "sms/smstable.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace sb;
using namespace sb::sms;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return test::sourceDir() + u"/tests/sms/fixtures/"_s + name;
}

SmsTable realSheet()
{
    QFile f(fixture(u"master-mapping-table.csv"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    Result<SmsTable> t = readCsv(f.readAll());
    if (!t)
        qFatal("fixture unreadable");
    return t.value();
}

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

// A casting patient in Manila (the Philippines: sender PNGOC, Tagalog), registered on
// 1 March 2026, casting from 2 March, next visit 9 March.
QJsonObject manilaContact()
{
    return QJsonObject{
        {u"Id"_s, u"003A000001"_s},
        {u"CommCare_Case_ID__c"_s, u"case-1"_s},
        {u"Patient_Name__c"_s, u"Juan Dela Cruz"_s},
        {u"Guardian_1_First_Name__c"_s, u"Maria"_s},
        {u"Pronoun_he_she__c"_s, u"siya"_s},
        {u"Pronoun_him_her__c"_s, u"siya"_s},
        {u"Pronoun_his_her__c"_s, u"kanyang"_s},
        {u"Account"_s, QJsonObject{{u"Name"_s, u"Manila Clinic"_s}, {u"Status__c"_s, u"Actively Supported"_s},
                                   {u"Country__c"_s, u"Philippines"_s}}},
        {u"Guardian_1_Phone_Number_1__c"_s, u"+63 917 123 4567"_s},
        {u"Guardian_1_Phone_Landline__c"_s, false},
        {u"SMS_Language__c"_s, u"Tagalog"_s},
        {u"SMS_Timezone__c"_s, u"Asia/Manila"_s},
        {u"SMS_Treatment__c"_s, u"Casting"_s},
        {u"SMS_Treatment_Start_Date__c"_s, u"2026-03-02"_s},
        {u"Registration_Date__c"_s, u"2026-03-01"_s},
        {u"Date_of_SMS_Registration__c"_s, u"2026-03-01"_s},
        {u"Next_Visit_Date_New__c"_s, u"2026-03-09"_s},
        {u"Last_Visit_Date__c"_s, u"2026-03-02"_s},
        {u"Send_SMS__c"_s, true},
        {u"SMS_Opt_In__c"_s, true},
        {u"SMS_Opt_In_II__c"_s, true},
    };
}

QJsonObject with(QJsonObject o, const QString &field, const QJsonValue &value)
{
    if (value.isUndefined())
        o.remove(field);
    else
        o.insert(field, value);
    return o;
}

QJsonObject withClinic(QJsonObject o, const QString &field, const QString &value)
{
    QJsonObject account = o.value(u"Account"_s).toObject();
    account.insert(field, value);
    o.insert(u"Account"_s, account);
    return o;
}

const PlannedMessage *message(const ContactDecision &d, const QString &bulkId, bool *due = nullptr)
{
    for (qsizetype i = 0; i < d.plan.messages.size(); ++i)
        if (d.plan.messages.at(i).bulkId == bulkId) {
            if (due)
                *due = d.due.at(i);
            return &d.plan.messages.at(i);
        }
    return nullptr;
}

bool isDue(const ContactDecision &d, const QString &bulkId)
{
    bool due = false;
    return message(d, bulkId, &due) && due;
}

QString cancelReason(const ContactDecision &d, const QString &bulkId)
{
    for (const Cancellation &c : d.cancel)
        if (c.bulkId == bulkId)
            return c.reason;
    return {};
}

QStringList dueIds(const ContactDecision &d)
{
    QStringList ids;
    for (qsizetype i = 0; i < d.plan.messages.size(); ++i)
        if (d.due.at(i))
            ids << d.plan.messages.at(i).bulkId;
    return ids;
}

// A copy of the sheet with one cell changed.
SmsTable withCell(SmsTable t, const QString &bulkId, const QString &column, const QString &value)
{
    const int idColumn = t.columnIndex(QString::fromLatin1(kColumnBulkId));
    const int c = t.columnIndex(column);
    for (QStringList &row : t.rows)
        if (row.at(idColumn) == bulkId)
            row[c] = value;
    return t;
}

} // namespace

class TestSmsScheduler final : public QObject
{
    Q_OBJECT

    SmsTable m_sheet;
    std::unique_ptr<SmsPlanner> m_planner;
    const QDateTime m_now = utc(u"2026-03-02T00:00:00Z"_s); // 08:00 in Manila

private Q_SLOTS:
    void initTestCase()
    {
        m_sheet = realSheet();
        QCOMPARE(m_sheet.rows.size(), 117);
        m_planner = std::make_unique<SmsPlanner>(m_sheet, defaultCountries());
    }

    void groupNumbers()
    {
        QCOMPARE(groupNumber(u"04 - Casting Campaign"_s), 4);
        QCOMPARE(groupNumber(u"09A - Bracing Night Campaign Y1"_s), 9);
        QCOMPARE(groupNumber(u"16 Treatment Suspended"_s), 16);
        QCOMPARE(groupNumber(u"Casting"_s), 0);
    }

    // 03 - Casting Introduction #1: SSD now (= treatment start 2 March), +1 day, 11:00
    // Manila (UTC+8) → 3 March 11:00 +08:00 = 03:00Z; Tagalog text, sender PNGOC,
    // the number with its country code.
    void castingInManila()
    {
        const ContactDecision d = m_planner->plan(manilaContact(), m_now);
        bool due = false;
        const PlannedMessage *m = message(d, u"casting_intro-1-case-1"_s, &due);
        QVERIFY(m);
        QVERIFY(due);
        QCOMPARE(m->sendAtUtc, utc(u"2026-03-03T03:00:00Z"_s));
        QCOMPARE(m->sendAtLocal.toString(Qt::ISODate), u"2026-03-03T11:00:00+08:00"_s);
        QCOMPARE(m->timeZone, u"Asia/Manila"_s);
        QCOMPARE(m->from, u"PNGOC"_s);
        QCOMPARE(m->to, u"639171234567"_s);
        QCOMPARE(m->language, u"Tagalog"_s);
        QVERIFY2(m->text.startsWith(u"Kumusta, Maria. Ang serial plaster casting"_s), qPrintable(m->text));
        QVERIFY(!m->text.contains(u'{'));
        // The whole casting campaign (03: 3 rows, 04: 16 rows) is planned; 04's last
        // messages lie within 180 days.
        int casting = 0;
        for (const PlannedMessage &p : d.plan.messages)
            casting += p.bulkId.startsWith(u"casting_intro-"_s);
        QCOMPARE(casting, 19);
        // Other treatments' groups are cancelled if they exist.
        QCOMPARE(cancelReason(d, u"bracing_day-1-case-1"_s), u"the treatment is now Casting"_s);
        QCOMPARE(cancelReason(d, u"tenotomy-case-1"_s), u"the treatment is now Casting"_s);
        QVERIFY(!message(d, u"bracing_day-1-case-1"_s));
    }

    // 01 - Patient Registration: SSD now (= registration, 1 March), +0, blank clock →
    // 10:00 Manila = 02:00Z on 1 March: 22 h before now, educational, so due at the next
    // whole minute: 00:01Z = 08:01 Manila, late.
    void pastEducationalWithinADayIsSentLate()
    {
        const ContactDecision d = m_planner->plan(manilaContact(), m_now);
        bool due = false;
        const PlannedMessage *m = message(d, u"registration-1-case-1"_s, &due);
        QVERIFY(m);
        QVERIFY(due);
        QCOMPARE(m->sendAtUtc, utc(u"2026-03-02T00:01:00Z"_s));
        QVERIFY(m->reason.contains(u"passed"_s));
        // Registered a week ago: more than a day late → skipped, never sent.
        const ContactDecision old = m_planner->plan(manilaContact(), m_now.addDays(7));
        const PlannedMessage *skipped = message(old, u"registration-1-case-1"_s, &due);
        QVERIFY(skipped);
        QVERIFY(!due);
        QCOMPARE(skipped->state, MessageState::Skipped);
    }

    // 15 - Reminder 5 days after a missed visit: Next_Visit_Date_New__c 9 March + 5 at
    // 9:00 / 10:00 Manila → 14 March 01:00Z / 02:00Z; bulkIds carry the visit date.
    void missedVisitReminders()
    {
        const ContactDecision d = m_planner->plan(manilaContact(), m_now);
        const PlannedMessage *a = message(d, u"visitAfter1-case-1-2026-03-09"_s);
        const PlannedMessage *b = message(d, u"visitAfter2-case-1-2026-03-09"_s);
        QVERIFY(a && b);
        QVERIFY(isDue(d, a->bulkId));
        QCOMPARE(a->sendAtUtc, utc(u"2026-03-14T01:00:00Z"_s));
        QCOMPARE(b->sendAtUtc, utc(u"2026-03-14T02:00:00Z"_s));
        // 14 - before the visit: the sheet's template uses {visit_date}, which no contact
        // has: skipped with the template's problem, never sent with a wrong id.
        bool found = false;
        for (const PlannedMessage &m : d.plan.messages)
            if (m.group.startsWith(u"14"_s)) {
                found = true;
                QCOMPARE(m.state, MessageState::Skipped);
                QVERIFY2(m.reason.contains(u"visit_date"_s), qPrintable(m.reason));
            }
        QVERIFY(found);
    }

    // The window, in the contact's zone: the sheet's casting_intro-1 moved to other clock
    // times for the test.
    void windowClamp_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("clock");
        QTest::addColumn<QString>("expectedUtc");
        QTest::addColumn<QString>("expectedLocal");
        // UTC+8: 20:00 is outside → 08:00 the next day (4 March) = 00:00Z.
        QTest::newRow("Manila 20:00") << u"Asia/Manila"_s << u"Philippines"_s << u"20:00"_s << u"2026-03-04T00:00:00Z"_s
                                      << u"2026-03-04T08:00:00+08:00"_s;
        // UTC+5:45: 6:30 → 08:00 the same day = 02:15Z.
        QTest::newRow("Kathmandu 6:30") << u"Asia/Kathmandu"_s << u"Nepal"_s << u"6:30"_s << u"2026-03-03T02:15:00Z"_s
                                        << u"2026-03-03T08:00:00+05:45"_s;
        // UTC−6: 21:15 → 08:00 the next day = 14:00Z.
        QTest::newRow("Guatemala 21:15") << u"America/Guatemala"_s << u"Nicaragua"_s << u"21:15"_s
                                         << u"2026-03-04T14:00:00Z"_s << u"2026-03-04T08:00:00-06:00"_s;
        // UTC−6, inside the window: 19:59 stays = 3 March 19:59 local = 4 March 01:59Z.
        QTest::newRow("Guatemala 19:59") << u"America/Guatemala"_s << u"Nicaragua"_s << u"19:59"_s
                                         << u"2026-03-04T01:59:00Z"_s << u"2026-03-03T19:59:00-06:00"_s;
    }

    void windowClamp()
    {
        QFETCH(QString, zone);
        QFETCH(QString, country);
        QFETCH(QString, clock);
        QFETCH(QString, expectedUtc);
        QFETCH(QString, expectedLocal);
        const SmsPlanner planner(withCell(m_sheet, u"casting_intro-1-{CommCare_Case_ID__c}"_s, QString::fromLatin1(kColumnClock),
                                          clock),
                                 defaultCountries());
        QJsonObject c = withClinic(with(manilaContact(), u"SMS_Timezone__c"_s, zone), u"Country__c"_s, country);
        c = with(c, u"SMS_Language__c"_s, u"English"_s);
        const ContactDecision d = planner.plan(c, m_now);
        const PlannedMessage *m = message(d, u"casting_intro-1-case-1"_s);
        QVERIFY(m);
        QVERIFY(isDue(d, m->bulkId));
        QCOMPARE(m->sendAtUtc, utc(expectedUtc));
        QCOMPARE(m->sendAtLocal.toString(Qt::ISODate), expectedLocal);
    }

    // New York: DST starts on 8 March 2026 at 02:00. Bracing day from 7 March: 06 -
    // Bracing Introduction #1 at the default 10:00 on 7 March = EST (−5) = 15:00Z; 07 #1
    // (+2 days, 10:00) on 9 March = EDT (−4) = 14:00Z.
    void daylightSavingInTheContactsZone()
    {
        QJsonObject c = with(manilaContact(), u"SMS_Timezone__c"_s, u"America/New_York"_s);
        c = withClinic(c, u"Country__c"_s, u"Nicaragua"_s);
        c = with(c, u"SMS_Treatment__c"_s, u"Bracing Day"_s);
        c = with(c, u"SMS_Treatment_Start_Date__c"_s, u"2026-03-07"_s);
        const ContactDecision d = m_planner->plan(c, utc(u"2026-03-07T12:00:00Z"_s));
        const PlannedMessage *intro = message(d, u"bracing_intro-1-case-1"_s);
        const PlannedMessage *intro2 = message(d, u"bracing_intro-2-case-1"_s); // + 60 minutes
        const PlannedMessage *day = message(d, u"bracing_day-1-case-1"_s);
        QVERIFY(intro && intro2 && day);
        QCOMPARE(intro->sendAtUtc, utc(u"2026-03-07T15:00:00Z"_s));
        QCOMPARE(intro2->sendAtUtc, utc(u"2026-03-07T16:00:00Z"_s));
        QCOMPARE(day->sendAtUtc, utc(u"2026-03-09T14:00:00Z"_s));
        QCOMPARE(day->sendAtLocal.toString(Qt::ISODate), u"2026-03-09T10:00:00-04:00"_s);
        QCOMPARE(day->language, u"Tagalog"_s);
    }

    // The 3.5-year bracing-night campaign (08, 09A–09P: days 0 … 1371), run daily from the
    // start: every message is handed to Infobip exactly once, never more than 180 days
    // ahead, never after its time, always with the same sendAt; the sheet's two broken rows
    // of the campaign are skipped every day, with their reason.
    void horizonRollsOverA35YearCampaign()
    {
        QJsonObject c = with(manilaContact(), u"SMS_Treatment__c"_s, u"Bracing Night"_s);
        c = with(c, u"SMS_Treatment_Start_Date__c"_s, u"2026-01-05"_s);
        c = with(c, u"Next_Visit_Date_New__c"_s, QJsonValue::Undefined);
        QHash<QString, QDateTime> infobip; // bulkId → sendAt
        QHash<QString, QDate> scheduledOn;
        int rows = 0;
        for (const QStringList &row : m_sheet.rows)
            rows += groupNumber(row.at(m_sheet.columnIndex(QString::fromLatin1(kColumnName)))) == 8
                || groupNumber(row.at(m_sheet.columnIndex(QString::fromLatin1(kColumnName)))) == 9;
        QCOMPARE(rows, 59);
        int laterSeen = 0;
        for (int day = 0; day <= 1400; ++day) {
            const QDateTime now = QDateTime(QDate(2026, 1, 5).addDays(day), QTime(6, 0), Qt::UTC);
            const ContactDecision d = m_planner->plan(c, now);
            for (qsizetype i = 0; i < d.plan.messages.size(); ++i) {
                const PlannedMessage &m = d.plan.messages.at(i);
                if (!m.bulkId.startsWith(u"bracing_night"_s))
                    continue;
                if (!d.due.at(i)) {
                    laterSeen += m.state == MessageState::Planned;
                    continue;
                }
                QVERIFY2(now.msecsTo(m.sendAtUtc) <= qint64(180) * 24 * 3600 * 1000, qPrintable(m.bulkId));
                if (infobip.contains(m.bulkId)) {
                    // Sent already (its time passed; a run within a day after it still finds
                    // it due, and Infobip's FINISHED stops it) or pending with the same sendAt.
                    if (infobip.value(m.bulkId) <= now)
                        continue;
                    QCOMPARE(infobip.value(m.bulkId), m.sendAtUtc); // the same sendAt every day
                    continue;
                }
                QVERIFY2(m.sendAtUtc >= now, qPrintable(m.bulkId)); // found before its time
                infobip.insert(m.bulkId, m.sendAtUtc);
                scheduledOn.insert(m.bulkId, now.date());
            }
        }
        // Two rows are never sent: row 91 (bulkId template names CAST_Patient_ID__c) and
        // row 80 (-31), whose Tagalog text uses {cas.patient_first_name}, a CommCare-era
        // path no Salesforce contact has; both are skipped with the reason, every day.
        QCOMPARE(infobip.size(), rows - 2);
        QVERIFY(!infobip.contains(u"bracing_night_campaign-31-case-1"_s));
        const ContactDecision d31 = m_planner->plan(c, utc(u"2027-11-01T06:00:00Z"_s));
        const PlannedMessage *m31 = message(d31, u"bracing_night_campaign-31-case-1"_s);
        QVERIFY(m31);
        QCOMPARE(m31->reason, u"not sent: the text needs {cas.patient_first_name}, which has no value"_s);
        QVERIFY(laterSeen > 0);
        // The last one (09P, day 1371 = 7 October 2029, 10:00 Manila = 02:00Z) entered the
        // horizon 180 days before: first handed over by the run of 10 April 2029 06:00Z
        // (179 days 20 hours ahead; the run of the 9th was 180 days 20 hours ahead).
        QCOMPARE(infobip.value(u"bracing_night_campaign-59-case-1"_s), utc(u"2029-10-07T02:00:00Z"_s));
        QCOMPARE(scheduledOn.value(u"bracing_night_campaign-59-case-1"_s), QDate(2029, 4, 10));
    }

    // Treatment changed from Casting to Bracing Day: every casting message is cancelled,
    // the bracing-day ones planned.
    void treatmentChange()
    {
        QJsonObject c = with(manilaContact(), u"SMS_Treatment__c"_s, u"Bracing Day"_s);
        c = with(c, u"SMS_Original_Treatment__c"_s, u"Casting"_s);
        c = with(c, u"SMS_Treatment_Start_Date__c"_s, u"2026-03-02"_s);
        const ContactDecision d = m_planner->plan(c, m_now);
        int castingCancelled = 0;
        for (const Cancellation &x : d.cancel)
            if (x.bulkId.startsWith(u"casting_intro-"_s)) {
                ++castingCancelled;
                QCOMPARE(x.reason, u"the treatment is now Bracing Day"_s);
            }
        QCOMPARE(castingCancelled, 19);
        QVERIFY(isDue(d, u"bracing_intro-1-case-1"_s));
        QVERIFY(isDue(d, u"bracing_day-1-case-1"_s));
    }

    // Appointment moved from 9 to 16 March: the reminders for the 9th are cancelled (the
    // same bulkId function builds them), the 16th's planned.
    void appointmentMoved()
    {
        QJsonObject c = with(manilaContact(), u"Next_Visit_Date_New__c"_s, u"2026-03-16"_s);
        c = with(c, u"Original_Next_Visit_Date__c"_s, u"2026-03-09"_s);
        const ContactDecision d = m_planner->plan(c, m_now);
        QCOMPARE(cancelReason(d, u"visitAfter1-case-1-2026-03-09"_s), u"the appointment moved from 2026-03-09 to 2026-03-16"_s);
        QCOMPARE(cancelReason(d, u"visitAfter2-case-1-2026-03-09"_s), u"the appointment moved from 2026-03-09 to 2026-03-16"_s);
        const PlannedMessage *m = message(d, u"visitAfter1-case-1-2026-03-16"_s);
        QVERIFY(m);
        QCOMPARE(m->sendAtUtc, utc(u"2026-03-21T01:00:00Z"_s));
        // The visit took place (Last_Visit_Date__c = the appointment): no missed-visit SMS.
        const ContactDecision attended = m_planner->plan(with(manilaContact(), u"Last_Visit_Date__c"_s, u"2026-03-09"_s), m_now);
        QVERIFY(!message(attended, u"visitAfter1-case-1-2026-03-09"_s));
        QVERIFY(cancelReason(attended, u"visitAfter1-case-1-2026-03-09"_s).contains(u"took place"_s));
    }

    // A scheduling run plans without cancellation ids and builds them only when needed:
    // once built they are the dry run's.
    void lazyCancellationsMatchTheDryRun()
    {
        QJsonObject moved = with(manilaContact(), u"Next_Visit_Date_New__c"_s, u"2026-03-16"_s);
        moved = with(moved, u"Original_Next_Visit_Date__c"_s, u"2026-03-09"_s);
        const QList<QJsonObject> contacts{manilaContact(), moved,
                                          with(manilaContact(), u"Last_Visit_Date__c"_s, u"2026-03-09"_s),
                                          with(manilaContact(), u"SMS_Treatment__c"_s, u"Bracing Night"_s),
                                          with(manilaContact(), u"Send_SMS__c"_s, false)};
        for (const QJsonObject &c : contacts) {
            const ContactDecision eager = m_planner->plan(c, m_now, true);
            ContactDecision lazy = m_planner->plan(c, m_now, false);
            // Before: candidates (a row whose template cannot be filled counts until built).
            QVERIFY(lazy.cancelCount() >= eager.cancelCount());
            m_planner->materializeCancellations(c, lazy);
            auto lines = [](const ContactDecision &d) {
                QStringList out;
                for (const Cancellation &x : d.cancel)
                    out << u"%1|%2|%3"_s.arg(x.bulkId, x.reason).arg(x.row);
                out.sort();
                return out;
            };
            QCOMPARE(lines(lazy), lines(eager));
            QCOMPARE(lazy.cancelCount(), eager.cancelCount());
        }
    }

    // Each opt-out and eligibility rule: what is still due, what is cancelled.
    void optOuts_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("educationalDue");
        QTest::addColumn<bool>("remindersDue");
        QTest::addColumn<QString>("reason");
        QTest::newRow("eligible") << u"Send_SMS__c"_s << QJsonValue(true) << true << true << QString();
        QTest::newRow("SMS_Opt_In__c false") << u"SMS_Opt_In__c"_s << QJsonValue(false) << true << false
                                             << u"SMS_Opt_In__c (visit reminders) is not true"_s;
        QTest::newRow("SMS_Opt_In_II__c false") << u"SMS_Opt_In_II__c"_s << QJsonValue(false) << false << true
                                                << u"SMS_Opt_In_II__c (educational messages) is not true"_s;
        QTest::newRow("Send_SMS__c false") << u"Send_SMS__c"_s << QJsonValue(false) << false << false
                                           << u"Send_SMS__c is not true"_s;
        QTest::newRow("SMS_Error__c") << u"SMS_Error__c"_s << QJsonValue(u"Invalid number"_s) << false << false
                                      << u"SMS_Error__c is set (“Invalid number”)"_s;
        QTest::newRow("Cancel_SMS_Sending__c") << u"Cancel_SMS_Sending__c"_s << QJsonValue(true) << false << false
                                               << u"Cancel_SMS_Sending__c is true"_s;
        QTest::newRow("landline") << u"Guardian_1_Phone_Landline__c"_s << QJsonValue(true) << false << false
                                  << u"the phone number is a landline"_s;
        QTest::newRow("no phone") << u"Guardian_1_Phone_Number_1__c"_s << QJsonValue(QJsonValue::Null) << false << false
                                  << u"there is no phone number (Guardian_1_Phone_Number_1__c)"_s;
    }

    void optOuts()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, educationalDue);
        QFETCH(bool, remindersDue);
        QFETCH(QString, reason);
        const ContactDecision d = m_planner->plan(with(manilaContact(), field, value), m_now);
        const QString educational = u"casting_intro-1-case-1"_s;
        const QString reminder = u"visitAfter1-case-1-2026-03-09"_s;
        QCOMPARE(isDue(d, educational), educationalDue);
        QCOMPARE(isDue(d, reminder), remindersDue);
        QCOMPARE(cancelReason(d, educational), educationalDue ? QString() : reason);
        QCOMPARE(cancelReason(d, reminder), remindersDue ? QString() : reason);
        if (!educationalDue) {
            const PlannedMessage *m = message(d, educational);
            QVERIFY(m);
            QCOMPARE(m->state, MessageState::Skipped);
            QCOMPARE(m->reason, u"not sent: "_s + reason);
        }
    }

    // Each clinic status (Account.Status__c).
    void clinicStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("educationalDue");
        QTest::addColumn<bool>("remindersDue");
        QTest::addColumn<bool>("cancels");
        QTest::newRow("Actively Supported") << u"Actively Supported"_s << true << true << false;
        QTest::newRow("Temporarily Suspended") << u"Temporarily Suspended"_s << true << false << true;
        QTest::newRow("Previously Supported") << u"Previously Supported"_s << false << false << true;
        QTest::newRow("CAST Guest User Only") << u"Active - CAST Guest User Only"_s << false << false << true;
        // A status Switchboard does not know: nothing sent, and nothing cancelled either.
        QTest::newRow("unknown") << u"Closed for renovation"_s << false << false << false;
    }

    void clinicStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, educationalDue);
        QFETCH(bool, remindersDue);
        QFETCH(bool, cancels);
        const ContactDecision d = m_planner->plan(withClinic(manilaContact(), u"Status__c"_s, status), m_now);
        QCOMPARE(isDue(d, u"casting_intro-1-case-1"_s), educationalDue);
        QCOMPARE(isDue(d, u"visitAfter1-case-1-2026-03-09"_s), remindersDue);
        QCOMPARE(!cancelReason(d, u"visitAfter1-case-1-2026-03-09"_s).isEmpty(), cancels);
        if (status == u"Temporarily Suspended"_s)
            QCOMPARE(cancelReason(d, u"visitAfter1-case-1-2026-03-09"_s), u"the clinic “Manila Clinic” is Temporarily Suspended"_s);
        if (status == u"Previously Supported"_s)
            QCOMPARE(cancelReason(d, u"casting_intro-1-case-1"_s), u"the clinic “Manila Clinic” is Previously Supported"_s);
    }

    // Brace problems: each value of the multi-select picks its group (the original compared
    // the whole string and never matched two). 11 and 12: Last_Visit_Date__c + 6 at 10:30.
    void multiSelectBraceProblems()
    {
        QJsonObject c = with(manilaContact(), u"SMS_Treatment__c"_s, u"Bracing Day"_s);
        c = with(c, u"Brace_Problems_Type__c"_s, u"Not Wearing Enough;Child Not Tolerating"_s);
        const ContactDecision d = m_planner->plan(c, m_now);
        const PlannedMessage *wearing = message(d, u"not_wearing_brace-case-1"_s);
        const PlannedMessage *tolerating = message(d, u"not_tolerating_brace-1-case-1"_s);
        QVERIFY(wearing && tolerating);
        QVERIFY(isDue(d, wearing->bulkId));
        QVERIFY(isDue(d, tolerating->bulkId));
        // 2 March + 6 = 8 March 10:30 Manila = 02:30Z.
        QCOMPARE(wearing->sendAtUtc, utc(u"2026-03-08T02:30:00Z"_s));
        QVERIFY(isDue(d, u"not_tolerating_brace-2-case-1"_s));
        QVERIFY(!message(d, u"not_accepting_brace-case-1"_s));
        QVERIFY(!cancelReason(d, u"not_accepting_brace-case-1"_s).isEmpty());
        // "None" picks nothing.
        const ContactDecision none = m_planner->plan(with(c, u"Brace_Problems_Type__c"_s, u"None"_s), m_now);
        QVERIFY(!message(none, u"not_wearing_brace-case-1"_s));
    }

    // Stopped, completed, suspended.
    void treatmentEnded()
    {
        const ContactDecision stopped =
            m_planner->plan(with(manilaContact(), u"Reason_Stopped_Treatment__c"_s, u"Family moved away"_s), m_now);
        QCOMPARE(cancelReason(stopped, u"casting_intro-1-case-1"_s), u"treatment stopped (Family moved away)"_s);
        QCOMPARE(cancelReason(stopped, u"visitAfter1-case-1-2026-03-09"_s), u"treatment stopped (Family moved away)"_s);
        QVERIFY(isDue(stopped, u"registration-1-case-1"_s));

        QJsonObject complete = with(manilaContact(), u"SMS_Treatment__c"_s, u"Complete"_s);
        complete = with(complete, u"Date_Completed_Treatment__c"_s, u"2026-03-02"_s);
        const ContactDecision done = m_planner->plan(complete, m_now);
        QVERIFY(isDue(done, u"treatment_complete-case-1"_s)); // Complete keeps 10
        QCOMPARE(cancelReason(done, u"casting_intro-1-case-1"_s), u"the treatment is now Complete"_s);
        QCOMPARE(cancelReason(done, u"visitAfter1-case-1-2026-03-09"_s), u"treatment completed"_s);

        const ContactDecision suspended = m_planner->plan(with(manilaContact(), u"SMS_Treatment__c"_s, u"Suspended"_s), m_now);
        QVERIFY(isDue(suspended, u"treatment_suspended-case-1"_s)); // Suspended keeps 16
        QCOMPARE(cancelReason(suspended, u"visitAfter1-case-1-2026-03-09"_s), u"treatment suspended"_s);
    }

    // Rows 13 and 14 (casting_intro-9, -10) have only English: a French contact gets the
    // English text, reported; never an empty SMS.
    void missingTranslationFallsBackToEnglish()
    {
        QJsonObject c = with(manilaContact(), u"SMS_Language__c"_s, u"French"_s);
        const ContactDecision d = m_planner->plan(c, m_now);
        const PlannedMessage *m = message(d, u"casting_intro-9-case-1"_s);
        QVERIFY(m);
        QVERIFY(isDue(d, m->bulkId));
        QCOMPARE(m->language, u"English"_s);
        QVERIFY(m->reason.contains(u"no French text"_s));
        QVERIFY(!m->text.isEmpty());
        QVERIFY(d.warnings.join(u'\n').contains(u"row 13 has no French text"_s));
        // A row with a French text stays French.
        QCOMPARE(message(d, u"casting_intro-1-case-1"_s)->language, u"French"_s);
    }

    // A placeholder without a value: the message is not sent, and says which.
    void missingValueIsNotSent()
    {
        const ContactDecision d = m_planner->plan(with(manilaContact(), u"Guardian_1_First_Name__c"_s, QJsonValue::Undefined), m_now);
        const PlannedMessage *m = message(d, u"casting_intro-1-case-1"_s);
        QVERIFY(m);
        QVERIFY(!isDue(d, m->bulkId));
        QCOMPARE(m->state, MessageState::Skipped);
        QCOMPARE(m->reason, u"not sent: the text needs {Guardian_1_First_Name__c}, which has no value"_s);
    }

    // Beyond 180 days: kept as planned, with the date a run will schedule it.
    void beyondTheHorizonIsKept()
    {
        QJsonObject c = with(manilaContact(), u"SMS_Treatment__c"_s, u"Bracing Night"_s);
        const ContactDecision d = m_planner->plan(c, m_now);
        // 09P: day 1371 from 2 March 2026 = 2 December 2029, 10:00 Manila = 02:00Z.
        const PlannedMessage *m = message(d, u"bracing_night_campaign-59-case-1"_s);
        QVERIFY(m);
        QVERIFY(!isDue(d, m->bulkId));
        QCOMPARE(m->state, MessageState::Planned);
        QCOMPARE(m->sendAtUtc, utc(u"2029-12-02T02:00:00Z"_s));
        QCOMPARE(m->reason, u"beyond the 180-day horizon: scheduled by the run on or after 2029-06-05"_s);
    }

    // `sms plan --json` keys (../shared/docs/cli.md).
    void planJsonShape()
    {
        const ContactDecision d = m_planner->plan(manilaContact(), m_now);
        const QJsonObject o = planJson({d});
        const QJsonArray schedule = o.value(u"schedule"_s).toArray();
        QCOMPARE(schedule.size(), dueIds(d).size());
        QVERIFY(!schedule.isEmpty());
        for (const char *k : {"bulkId", "to", "from", "language", "text", "sendAtUtc", "sendAtLocal", "timeZone"})
            QVERIFY2(schedule.first().toObject().contains(QLatin1String(k)), k);
        QVERIFY(schedule.first().toObject().value(u"sendAtUtc"_s).toString().endsWith(u'Z'));
        QVERIFY(schedule.first().toObject().value(u"sendAtLocal"_s).toString().endsWith(u"+08:00"_s));
        QCOMPARE(o.value(u"cancel"_s).toArray().size(), d.cancel.size());
        for (const QJsonValue &v : o.value(u"cancel"_s).toArray())
            QVERIFY(v.toObject().contains(u"reason"_s));
        QVERIFY(!o.value(u"skipped"_s).toArray().isEmpty());
    }

    void contactsFromJsonForms()
    {
        QCOMPARE(contactsFromJson(R"([{"Id":"a"},{"Id":"b"}])").value().size(), 2);
        QCOMPARE(contactsFromJson(R"({"totalSize":1,"done":true,"records":[{"Id":"a"}]})").value().size(), 1);
        QVERIFY(!contactsFromJson("[{\"Id\":").ok());
        QVERIFY(contactsFromJson("[1]").error().message.contains(u"Contact 1"_s));
        QVERIFY(!contactsFromJson(R"({"Id":"a"})").ok());
    }
};

QTEST_GUILESS_MAIN(TestSmsScheduler)
#include "tst_smsscheduler.moc"
