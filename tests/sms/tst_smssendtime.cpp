#include "sms/sendtime.h"

#include <QTest>

// Every expected instant below is worked out by hand in the comment next to it, from the
// zone's UTC offset (Manila +8, Kathmandu +5:45, Guatemala −6, Lagos +1, London GMT +0 /
// BST +1 from 31 Mar 2024 01:00 UTC to 27 Oct 2024 01:00 UTC, New York EST −5 / EDT −4 from
// 10 Mar 2024 07:00 UTC to 3 Nov 2024 06:00 UTC). The tests never build an expected value
// with the code under test.

namespace sb::sms {
char *toString(SendDecision d)
{
    switch (d) {
    case SendDecision::Schedule: return qstrdup("Schedule");
    case SendDecision::LaterHorizon: return qstrdup("LaterHorizon");
    case SendDecision::SkippedPast: return qstrdup("SkippedPast");
    case SendDecision::Invalid: return qstrdup("Invalid");
    }
    return qstrdup("?");
}
} // namespace sb::sms

using namespace sb::sms;

namespace {

QTimeZone tz(const char *id)
{
    const QTimeZone z{QByteArray(id)};
    if (!z.isValid())
        qFatal("time zone %s is not installed", id);
    return z;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

SendTimeInput edu(const char *zone, QDate ssd, int days, const char *clock, int minutes = 0)
{
    SendTimeInput in;
    in.zone = tz(zone);
    in.ssd = ssd;
    in.days = days;
    in.clock = QString::fromLatin1(clock);
    in.minutes = minutes;
    return in;
}

SendTimeInput reminder(const char *zone, QDate appointment, int days, const char *clock)
{
    SendTimeInput in = edu(zone, appointment, days, clock);
    in.educational = false;
    in.appointment = appointment;
    return in;
}

// Far enough before every scheduled time in these tests that "now" plays no part.
const QDateTime kEarly = utc(2024, 1, 1, 0, 0);

} // namespace

class TstSmsSendTime : public QObject
{
    Q_OBJECT

private slots:
    void windowManila();
    void windowKathmandu();
    void windowGuatemala();
    void dstDailyReminder();
    void dstGapAndOverlap();
    void horizon();
    void campaignRollsForward_data();
    void campaignRollsForward();
    void pastEducational();
    void pastReminder();
    void clockAndMinutes();
    void invalidClock_data();
    void invalidClock();
    void invalidZoneAndDate();
};

void TstSmsSendTime::windowManila()
{
    // 6:30 local is before 08:00 → 08:00 local on 6 May = 08:00 − 8 h = 00:00 UTC on 6 May.
    SendTime r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "6:30"), kEarly);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 0, 0));
    QCOMPARE(r.at.date(), QDate(2024, 5, 6));
    QCOMPARE(r.at.time(), QTime(8, 0));
    QVERIFY(r.moved);
    QVERIFY(!r.late);

    // 21:15 local is at/after 20:00 → 08:00 local on 7 May = 00:00 UTC on 7 May.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "21:15"), kEarly);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 7, 0, 0));
    QCOMPARE(r.at.date(), QDate(2024, 5, 7));
    QCOMPARE(r.at.time(), QTime(8, 0));
    QVERIFY(r.moved);

    // 12:00 local is inside the window → 12:00 − 8 h = 04:00 UTC, not moved.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "12:00"), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 4, 0));
    QVERIFY(!r.moved);

    // 08:00 exactly is inside: 08:00 − 8 h = 00:00 UTC, not moved.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "08:00"), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 0, 0));
    QVERIFY(!r.moved);

    // The clamp is on the local clock, not UTC: 02:00 local (18:00 UTC the day before, "inside"
    // a UTC window) → 08:00 local on 6 May = 00:00 UTC.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "2:00"), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 0, 0));
    QVERIFY(r.moved);
}

void TstSmsSendTime::windowKathmandu()
{
    // 7:00 + 30 min = 07:30 local < 08:00 → 08:00 local = 08:00 − 5:45 = 02:15 UTC.
    SendTime r = computeSendTime(edu("Asia/Kathmandu", QDate(2024, 5, 6), 0, "7:00", 30), kEarly);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 2, 15));
    QVERIFY(r.moved);

    // 7:45 + 30 min = 08:15 local, inside → 08:15 − 5:45 = 02:30 UTC, not moved.
    r = computeSendTime(edu("Asia/Kathmandu", QDate(2024, 5, 6), 0, "7:45", 30), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 2, 30));
    QVERIFY(!r.moved);
}

void TstSmsSendTime::windowGuatemala()
{
    // 19:59 local stays; 19:59 + 6 h = 01:59 UTC on 7 May.
    SendTime r = computeSendTime(edu("America/Guatemala", QDate(2024, 5, 6), 0, "19:59"), kEarly);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 7, 1, 59));
    QVERIFY(!r.moved);

    // 20:00 local → 08:00 local on 7 May = 08:00 + 6 h = 14:00 UTC on 7 May.
    r = computeSendTime(edu("America/Guatemala", QDate(2024, 5, 6), 0, "20:00"), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 7, 14, 0));
    QCOMPARE(r.at.date(), QDate(2024, 5, 7));
    QCOMPARE(r.at.time(), QTime(8, 0));
    QVERIFY(r.moved);
}

void TstSmsSendTime::dstDailyReminder()
{
    // London, 10:00 local daily around the change on Sun 31 Mar 2024:
    //   30 Mar 10:00 GMT = 10:00 UTC; 31 Mar 10:00 BST = 09:00 UTC; 1 Apr 10:00 BST = 09:00 UTC.
    //   31 Mar − 30 Mar = 24 h − 1 h = 23 h; 1 Apr − 30 Mar = 47 h.
    const QDate sat(2024, 3, 30);
    const SendTime d0 = computeSendTime(edu("Europe/London", sat, 0, "10:00"), kEarly);
    const SendTime d1 = computeSendTime(edu("Europe/London", sat, 1, "10:00"), kEarly);
    const SendTime d2 = computeSendTime(edu("Europe/London", sat, 2, "10:00"), kEarly);
    QCOMPARE(d0.atUtc, utc(2024, 3, 30, 10, 0));
    QCOMPARE(d1.atUtc, utc(2024, 3, 31, 9, 0));
    QCOMPARE(d2.atUtc, utc(2024, 4, 1, 9, 0));
    QCOMPARE(d0.atUtc.secsTo(d1.atUtc), qint64(23 * 3600));
    QCOMPARE(d0.atUtc.secsTo(d2.atUtc), qint64(47 * 3600));
    QCOMPARE(d1.at.time(), QTime(10, 0));

    // New York, change on Sun 10 Mar 2024: 9 Mar 10:00 EST = 15:00 UTC; 10 Mar 10:00 EDT =
    // 14:00 UTC → 23 h apart.
    const SendTime n0 = computeSendTime(edu("America/New_York", QDate(2024, 3, 9), 0, "10:00"), kEarly);
    const SendTime n1 = computeSendTime(edu("America/New_York", QDate(2024, 3, 9), 1, "10:00"), kEarly);
    QCOMPARE(n0.atUtc, utc(2024, 3, 9, 15, 0));
    QCOMPARE(n1.atUtc, utc(2024, 3, 10, 14, 0));
    QCOMPARE(n0.atUtc.secsTo(n1.atUtc), qint64(23 * 3600));

    // London in October (27 Oct 2024): 26 Oct 10:00 BST = 09:00 UTC; 27 Oct 10:00 GMT =
    // 10:00 UTC → 25 h apart.
    const SendTime o0 = computeSendTime(edu("Europe/London", QDate(2024, 10, 26), 0, "10:00"), kEarly);
    const SendTime o1 = computeSendTime(edu("Europe/London", QDate(2024, 10, 26), 1, "10:00"), kEarly);
    QCOMPARE(o0.atUtc, utc(2024, 10, 26, 9, 0));
    QCOMPARE(o1.atUtc, utc(2024, 10, 27, 10, 0));
    QCOMPARE(o0.atUtc.secsTo(o1.atUtc), qint64(25 * 3600));

    // "After 20:00 → 08:00 the next day" uses the next day's offset: 30 Mar 20:30 GMT →
    // 31 Mar 08:00 BST = 07:00 UTC.
    const SendTime late = computeSendTime(edu("Europe/London", sat, 0, "20:30"), kEarly);
    QCOMPARE(late.atUtc, utc(2024, 3, 31, 7, 0));
    QVERIFY(late.moved);

    // Minutes are added on the wall clock: 30 Mar 9:00 + 1440 min = 31 Mar 09:00 BST =
    // 08:00 UTC (23 h of real time later, not 24).
    const SendTime wallAdd = computeSendTime(edu("Europe/London", sat, 0, "9:00", 1440), kEarly);
    QCOMPARE(wallAdd.atUtc, utc(2024, 3, 31, 8, 0));
    QCOMPARE(wallAdd.at.time(), QTime(9, 0));
}

void TstSmsSendTime::dstGapAndOverlap()
{
    // Gap: London clocks go 01:00 GMT → 02:00 BST on 31 Mar 2024, so 01:30 does not exist;
    // it moves forward by the gap (1 h) → 02:30 BST = 01:30 UTC.
    QDateTime g = resolveLocalTime(QDate(2024, 3, 31), QTime(1, 30), tz("Europe/London"));
    QVERIFY(g.isValid());
    QCOMPARE(g.toUTC(), utc(2024, 3, 31, 1, 30));
    QCOMPARE(g.time(), QTime(2, 30));

    // Gap: New York 02:00 EST → 03:00 EDT on 10 Mar 2024; 02:30 → 03:30 EDT = 07:30 UTC.
    g = resolveLocalTime(QDate(2024, 3, 10), QTime(2, 30), tz("America/New_York"));
    QCOMPARE(g.toUTC(), utc(2024, 3, 10, 7, 30));
    QCOMPARE(g.time(), QTime(3, 30));

    // Overlap: London 01:30 on 27 Oct 2024 happens twice (BST then GMT); the first is
    // 01:30 BST = 00:30 UTC.
    QDateTime o = resolveLocalTime(QDate(2024, 10, 27), QTime(1, 30), tz("Europe/London"));
    QCOMPARE(o.toUTC(), utc(2024, 10, 27, 0, 30));
    // New York 01:30 on 3 Nov 2024: first is 01:30 EDT = 05:30 UTC (EST would be 06:30).
    o = resolveLocalTime(QDate(2024, 11, 3), QTime(1, 30), tz("America/New_York"));
    QCOMPARE(o.toUTC(), utc(2024, 11, 3, 5, 30));

    // A message at 1:30 on the London change day: 01:30 → 02:30 BST (gap), before 08:00 →
    // 08:00 BST = 07:00 UTC.
    const SendTime r = computeSendTime(edu("Europe/London", QDate(2024, 3, 31), 0, "1:30"), kEarly);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 3, 31, 7, 0));
    QVERIFY(r.moved);

    // An ordinary time resolves to its one instant: 15 Jul 12:00 BST = 11:00 UTC.
    QCOMPARE(resolveLocalTime(QDate(2024, 7, 15), QTime(12, 0), tz("Europe/London")).toUTC(),
             utc(2024, 7, 15, 11, 0));
}

void TstSmsSendTime::horizon()
{
    // Manila, SSD 1 Jan 2024, 10:00 local; now = 1 Jan 09:00 local = 01:00 UTC.
    // Day n is at (n days + 1 h) after now.
    const QDate ssd(2024, 1, 1);
    const QDateTime now = utc(2024, 1, 1, 1, 0);

    // Day 179 = 28 Jun 2024 (Jan 31 + Feb 29 + Mar 31 + Apr 30 + May 31 = 152 → 1 Jun is
    // day 152, 28 Jun is day 179); 179 d + 1 h ≤ 180 d → Schedule at 28 Jun 02:00 UTC.
    SendTime r = computeSendTime(edu("Asia/Manila", ssd, 179, "10:00"), now);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 6, 28, 2, 0));

    // Day 180: 180 d + 1 h > 180 d → LaterHorizon, at = 29 Jun 02:00 UTC.
    r = computeSendTime(edu("Asia/Manila", ssd, 180, "10:00"), now);
    QCOMPARE(r.decision, SendDecision::LaterHorizon);
    QCOMPARE(r.atUtc, utc(2024, 6, 29, 2, 0));
    QVERIFY(!r.reason.isEmpty());

    // Day 181: 181 d + 1 h → LaterHorizon, at = 30 Jun 02:00 UTC.
    r = computeSendTime(edu("Asia/Manila", ssd, 181, "10:00"), now);
    QCOMPARE(r.decision, SendDecision::LaterHorizon);
    QCOMPARE(r.atUtc, utc(2024, 6, 30, 2, 0));

    // Two daily runs later (now = 3 Jan 01:00 UTC): 179 d + 1 h → Schedule, same instant.
    r = computeSendTime(edu("Asia/Manila", ssd, 181, "10:00"), now.addDays(2));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 6, 30, 2, 0));

    // Exactly 180 × 24 h ahead is not "more than": now = 1 Jan 10:00 local = 02:00 UTC, day
    // 180 at 29 Jun 02:00 UTC → Schedule.
    r = computeSendTime(edu("Asia/Manila", ssd, 180, "10:00"), utc(2024, 1, 1, 2, 0));
    QCOMPARE(r.decision, SendDecision::Schedule);
    // One minute earlier "now" makes it 180 d + 1 min → LaterHorizon.
    r = computeSendTime(edu("Asia/Manila", ssd, 180, "10:00"), utc(2024, 1, 1, 1, 59));
    QCOMPARE(r.decision, SendDecision::LaterHorizon);
}

void TstSmsSendTime::campaignRollsForward_data()
{
    QTest::addColumn<QString>("zone");
    QTest::newRow("Lagos (no DST)") << QStringLiteral("Africa/Lagos");
    QTest::newRow("London (DST)") << QStringLiteral("Europe/London");
}

void TstSmsSendTime::campaignRollsForward()
{
    // A 3.5-year bracing-night campaign: SSD 1 Jan 2024, one message every 30 days at 10:00
    // local for 1278 days → days 0, 30, …, 1260 (43 messages; 1290 > 1278). One run a day
    // at 05:00 UTC on day r, r = 0 … 1280.
    //
    // Message on day d is at 10:00 local = 09:00 UTC (Lagos, and London in summer) or
    // 10:00 UTC (London in winter), so at − now = (d − r) × 24 h + 4 h or + 5 h, and DST
    // shifts nothing across a whole-day boundary:
    //   d − r ≥ 180 → > 180 d → LaterHorizon;
    //   0 ≤ d − r ≤ 179 → ≤ 179 d 5 h → Schedule at its own time;
    //   r = d + 1 → passed 19–20 h ago (≤ 24 h) → Schedule late, at 05:01 UTC → window →
    //     08:00 local on day d + 1;
    //   r ≥ d + 2 → passed 43–44 h ago → SkippedPast.
    // So message d is first scheduled on run max(0, d − 179), the first run within 180 days.
    //
    // Totals over all 1281 runs × 43 messages = 55 083 decisions:
    //   Schedule: d = 0, 30, …, 150 give 2, 32, 62, 92, 122, 152 (= d + 2) → 462; the 37
    //     messages d = 180 … 1260 give 181 each → 6697; total 7159.
    //   LaterHorizon: d − 179 per message with d ≥ 180 → 30 × (6 + … + 42) − 37 × 179 =
    //     30 × 888 − 6623 = 20017.
    //   SkippedPast: 1279 − d per message → 43 × 1279 − 30 × 903 = 54997 − 27090 = 27907.
    //   7159 + 20017 + 27907 = 55083.
    QFETCH(QString, zone);
    const QDate ssd(2024, 1, 1);
    const int kRuns = 1281;
    std::vector<int> messageDays;
    for (int d = 0; d <= 1278; d += 30)
        messageDays.push_back(d);
    QCOMPARE(int(messageDays.size()), 43);

    SendTimeInput in;
    in.zone = QTimeZone(zone.toLatin1());
    QVERIFY(in.zone.isValid());
    in.ssd = ssd;
    in.clock = QStringLiteral("10:00");

    std::vector<int> firstSchedule(messageDays.size(), -1);
    std::vector<QDateTime> scheduledAt(messageDays.size());
    int schedule = 0;
    int later = 0;
    int skipped = 0;
    for (int run = 0; run < kRuns; ++run) {
        const QDateTime now(ssd.addDays(run), QTime(5, 0), QTimeZone::utc());
        int runSchedule = 0, runLater = 0, runSkipped = 0;
        for (size_t k = 0; k < messageDays.size(); ++k) {
            const int d = messageDays[k];
            in.days = d;
            const SendTime r = computeSendTime(in, now);
            SendDecision expected;
            if (d - run >= 180)
                expected = SendDecision::LaterHorizon;
            else if (run <= d + 1)
                expected = SendDecision::Schedule;
            else
                expected = SendDecision::SkippedPast;
            if (r.decision != expected)
                QFAIL(qPrintable(QStringLiteral("run %1, message day %2: got %3, expected %4")
                                         .arg(run)
                                         .arg(d)
                                         .arg(QString::fromLatin1(QScopedArrayPointer<char>(toString(r.decision)).data()))
                                         .arg(QString::fromLatin1(QScopedArrayPointer<char>(toString(expected)).data()))));
            QVERIFY(r.at.isValid());
            if (r.decision == SendDecision::Schedule) {
                ++runSchedule;
                if (firstSchedule[k] < 0) {
                    firstSchedule[k] = run;
                    scheduledAt[k] = r.atUtc;
                }
                if (run <= d) {
                    // Not yet passed: the same instant on every run (idempotent), 10:00 local.
                    QCOMPARE(r.atUtc, scheduledAt[k]);
                    QCOMPARE(r.at.time(), QTime(10, 0));
                    QVERIFY(!r.late);
                } else {
                    // r = d + 1: late, 08:00 local on day d + 1.
                    QVERIFY(r.late);
                    QCOMPARE(r.at.date(), ssd.addDays(d + 1));
                    QCOMPARE(r.at.time(), QTime(8, 0));
                }
            } else if (r.decision == SendDecision::LaterHorizon) {
                ++runLater;
            } else {
                ++runSkipped;
            }
        }
        // Per run: messages with d − 179 ≤ run ≤ d + 1 are scheduled, d ≥ run + 180 later,
        // d ≤ run − 2 skipped.
        int expSchedule = 0, expLater = 0, expSkipped = 0;
        for (const int d : messageDays) {
            if (d >= run + 180)
                ++expLater;
            else if (d >= run - 1)
                ++expSchedule;
            else
                ++expSkipped;
        }
        QCOMPARE(runSchedule, expSchedule);
        QCOMPARE(runLater, expLater);
        QCOMPARE(runSkipped, expSkipped);
        schedule += runSchedule;
        later += runLater;
        skipped += runSkipped;
    }
    for (size_t k = 0; k < messageDays.size(); ++k)
        QCOMPARE(firstSchedule[k], std::max(0, messageDays[k] - 179));
    QCOMPARE(schedule, 7159);
    QCOMPARE(later, 20017);
    QCOMPARE(skipped, 27907);
}

void TstSmsSendTime::pastEducational()
{
    // Manila, now = 6 May 2024 14:07:30 local = 06:07:30 UTC.
    const QDateTime now = utc(2024, 5, 6, 6, 7, 30);

    // 12:00 today, passed 2 h 7 min 30 s ago (≤ 24 h) → due now: next whole minute 14:08:00
    // local = 06:08 UTC, inside the window.
    SendTime r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "12:00"), now);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 6, 8));
    QVERIFY(r.late);
    QVERIFY(!r.moved);

    // now exactly on a minute (14:07:00 local = 06:07 UTC) → the next minute, 06:08 UTC.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "12:00"), utc(2024, 5, 6, 6, 7));
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 6, 8));

    // Evening: now 21:30 local = 13:30 UTC, message 19:30 (2 h ago) → 21:31 is after 20:00 →
    // 08:00 local on 7 May = 00:00 UTC on 7 May.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "19:30"), utc(2024, 5, 6, 13, 30));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 7, 0, 0));
    QVERIFY(r.late);
    QVERIFY(r.moved);

    // Early morning: now 7 May 06:00 local = 6 May 22:00 UTC, message 6 May 19:00 (11 h ago)
    // → 06:01 is before 08:00 → 08:00 local on 7 May = 00:00 UTC on 7 May.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 6), 0, "19:00"), utc(2024, 5, 6, 22, 0));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 7, 0, 0));
    QVERIFY(r.late);

    // Two days ago: 4 May 12:00 local, 50 h 7 min 30 s before now → SkippedPast, at = the
    // time it was due, 4 May 12:00 local = 04:00 UTC.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 4), 0, "12:00"), now);
    QCOMPARE(r.decision, SendDecision::SkippedPast);
    QCOMPARE(r.atUtc, utc(2024, 5, 4, 4, 0));
    QVERIFY(!r.reason.isEmpty());

    // Boundary, now = 6 May 12:00 local = 04:00 UTC:
    //   5 May 12:00 passed exactly 24 h ago (not more than a day) → 12:01 local = 04:01 UTC;
    //   5 May 11:59 passed 24 h 1 min ago → SkippedPast.
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 5), 0, "12:00"), utc(2024, 5, 6, 4, 0));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 4, 1));
    r = computeSendTime(edu("Asia/Manila", QDate(2024, 5, 5), 0, "11:59"), utc(2024, 5, 6, 4, 0));
    QCOMPARE(r.decision, SendDecision::SkippedPast);
}

void TstSmsSendTime::pastReminder()
{
    // Manila, appointment 1 May 2024; missed-visit reminder the day after at 10:00 →
    // 2 May 10:00 local = 02:00 UTC. Limit: end of 8 May local = 9 May 00:00 local =
    // 8 May 16:00 UTC.
    const QDate appt(2024, 5, 1);

    // Not yet passed: now 1 May 12:00 local = 04:00 UTC → Schedule at 2 May 02:00 UTC.
    SendTime r = computeSendTime(reminder("Asia/Manila", appt, 1, "10:00"), utc(2024, 5, 1, 4, 0));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 2, 2, 0));
    QVERIFY(!r.late);

    // 3 days after: now 4 May 09:00 local = 01:00 UTC; passed 47 h ago, no 1-day limit for
    // reminders → next minute 09:01 local = 01:01 UTC.
    r = computeSendTime(reminder("Asia/Manila", appt, 1, "10:00"), utc(2024, 5, 4, 1, 0));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 4, 1, 1));
    QVERIFY(r.late);

    // 8 days after: now 9 May 09:00 local = 01:00 UTC → 09:01 on 9 May ≥ limit → SkippedPast.
    r = computeSendTime(reminder("Asia/Manila", appt, 1, "10:00"), utc(2024, 5, 9, 1, 0));
    QCOMPARE(r.decision, SendDecision::SkippedPast);
    QVERIFY(!r.reason.isEmpty());

    // Last day: now 8 May 19:58:10 local = 11:58:10 UTC → 19:59 local = 11:59 UTC < limit.
    r = computeSendTime(reminder("Asia/Manila", appt, 1, "10:00"), utc(2024, 5, 8, 11, 58, 10));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 8, 11, 59));
    // now 8 May 20:30 local = 12:30 UTC → next allowed 9 May 08:00 local ≥ limit → skipped.
    r = computeSendTime(reminder("Asia/Manila", appt, 1, "10:00"), utc(2024, 5, 8, 12, 30));
    QCOMPARE(r.decision, SendDecision::SkippedPast);

    // A reminder configured for 9 days after the appointment is never sent, even ahead of
    // time: 10 May 10:00 local ≥ limit → SkippedPast.
    r = computeSendTime(reminder("Asia/Manila", appt, 9, "10:00"), utc(2024, 5, 1, 4, 0));
    QCOMPARE(r.decision, SendDecision::SkippedPast);

    // The day before the appointment at 18:00, now 29 Apr 12:00 local = 04:00 UTC →
    // 30 Apr 18:00 local = 10:00 UTC.
    r = computeSendTime(reminder("Asia/Manila", appt, -1, "18:00"), utc(2024, 4, 29, 4, 0));
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 4, 30, 10, 0));

    // A reminder without its appointment date is refused.
    SendTimeInput noAppt = reminder("Asia/Manila", appt, 1, "10:00");
    noAppt.appointment = QDate();
    r = computeSendTime(noAppt, utc(2024, 5, 1, 4, 0));
    QCOMPARE(r.decision, SendDecision::Invalid);
    QVERIFY(!r.reason.isEmpty());
}

void TstSmsSendTime::clockAndMinutes()
{
    const QDate ssd(2024, 5, 6);
    // Blank → 10:00 local = 02:00 UTC (Manila).
    SendTime r = computeSendTime(edu("Asia/Manila", ssd, 0, ""), kEarly);
    QCOMPARE(r.decision, SendDecision::Schedule);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 2, 0));
    QCOMPARE(r.at.time(), QTime(10, 0));
    // Spaces only count as blank → 10:00.
    r = computeSendTime(edu("Asia/Manila", ssd, 0, "  "), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 2, 0));
    // A configured default (09:30) → 09:30 local = 01:30 UTC.
    SendTimeInput in = edu("Asia/Manila", ssd, 0, "");
    in.defaultClock = QTime(9, 30);
    r = computeSendTime(in, kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 1, 30));

    // 9:00 + 90 min = 10:30 local = 02:30 UTC.
    r = computeSendTime(edu("Asia/Manila", ssd, 0, "9:00", 90), kEarly);
    QCOMPARE(r.at.time(), QTime(10, 30));
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 2, 30));
    // "09:05" with a leading zero and spaces around → 09:05 local = 01:05 UTC.
    r = computeSendTime(edu("Asia/Manila", ssd, 0, " 09:05 "), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 1, 5));
    // Days + minutes carry: day 2 at 23:59 + 1 min = 9 May 00:00 → window → 9 May 08:00
    // local = 00:00 UTC on 9 May.
    r = computeSendTime(edu("Asia/Manila", ssd, 2, "23:59", 1), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 9, 0, 0));
    QVERIFY(r.moved);
    // Negative minutes borrow: 8:15 − 30 = 07:45 → 08:00 local = 00:00 UTC on 6 May.
    r = computeSendTime(edu("Asia/Manila", ssd, 0, "8:15", -30), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 0, 0));
    QVERIFY(r.moved);
    // Negative minutes across midnight: 0:30 − 60 = 5 May 23:30 → 6 May 08:00 local.
    r = computeSendTime(edu("Asia/Manila", ssd, 0, "0:30", -60), kEarly);
    QCOMPARE(r.atUtc, utc(2024, 5, 6, 0, 0));

    QCOMPARE(parseClockTime(QStringLiteral("7:05")), QTime(7, 5));
    QCOMPARE(parseClockTime(QStringLiteral("23:59")), QTime(23, 59));
    QCOMPARE(parseClockTime(QStringLiteral("0:00")), QTime(0, 0));
}

void TstSmsSendTime::invalidClock_data()
{
    QTest::addColumn<QString>("clock");
    for (const char *c : {"25:00", "24:00", "9h", "9:5", "9:60", "9:005", "abc", "-1:00", "9:00 am",
                          "9.00", "123:00", ":30", "9:"})
        QTest::newRow(c) << QString::fromLatin1(c);
}

void TstSmsSendTime::invalidClock()
{
    QFETCH(QString, clock);
    SendTimeInput in = edu("Asia/Manila", QDate(2024, 5, 6), 0, "");
    in.clock = clock;
    const SendTime r = computeSendTime(in, kEarly);
    QCOMPARE(r.decision, SendDecision::Invalid);
    QVERIFY(r.reason.contains(clock));
    QVERIFY(!parseClockTime(clock).isValid());
}

void TstSmsSendTime::invalidZoneAndDate()
{
    SendTimeInput in = edu("Asia/Manila", QDate(2024, 5, 6), 0, "10:00");
    in.zone = QTimeZone(QByteArrayLiteral("Nowhere/Atlantis"));
    SendTime r = computeSendTime(in, kEarly);
    QCOMPARE(r.decision, SendDecision::Invalid);
    QVERIFY(!r.reason.isEmpty());

    in.zone = QTimeZone();
    r = computeSendTime(in, kEarly);
    QCOMPARE(r.decision, SendDecision::Invalid);

    in = edu("Asia/Manila", QDate(), 0, "10:00");
    r = computeSendTime(in, kEarly);
    QCOMPARE(r.decision, SendDecision::Invalid);
    QVERIFY(!r.reason.isEmpty());

    in = edu("Asia/Manila", QDate(2024, 5, 6), 0, "10:00");
    r = computeSendTime(in, QDateTime());
    QCOMPARE(r.decision, SendDecision::Invalid);

    QVERIFY(!resolveLocalTime(QDate(), QTime(10, 0), tz("Asia/Manila")).isValid());
    QVERIFY(!resolveLocalTime(QDate(2024, 5, 6), QTime(10, 0), QTimeZone()).isValid());
}

QTEST_GUILESS_MAIN(TstSmsSendTime)
#include "tst_smssendtime.moc"
