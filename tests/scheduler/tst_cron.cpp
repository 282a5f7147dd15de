#include "scheduler/cronexpression.h"

#include <QTest>

#include <initializer_list>

using namespace sb;

namespace {

const char *const kMinuteFormat = "yyyy-MM-dd HH:mm";

// "2024-01-31 10:00" or "2024-01-31 10:00:30.250", always UTC.
QDateTime utc(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(' '));
    const QDate date = QDate::fromString(parts.value(0), Qt::ISODate);
    const QTime time = QTime::fromString(parts.value(1), Qt::ISODateWithMs);
    return QDateTime(date, time, Qt::UTC);
}

QStringList minutes(const QList<QDateTime> &times)
{
    QStringList out;
    for (const QDateTime &t : times)
        out.append(t.toString(QLatin1String(kMinuteFormat)));
    return out;
}

void fireRow(const char *expression, const char *after, std::initializer_list<const char *> fires)
{
    QStringList expected;
    for (const char *fire : fires)
        expected.append(QString::fromUtf8(fire));
    QTest::addRow("%s | after %s", expression, after)
        << QString::fromUtf8(expression) << QString::fromUtf8(after) << expected;
}

void errorRow(const char *expression, const char *fragment)
{
    QTest::addRow("%s", expression) << QString::fromUtf8(expression) << QString::fromUtf8(fragment);
}

void describeRow(const char *expression, const char *reading)
{
    QTest::addRow("%s", expression) << QString::fromUtf8(expression) << QString::fromUtf8(reading);
}

CronExpression parsed(const char *expression)
{
    auto cron = CronExpression::parse(QString::fromUtf8(expression));
    if (!cron)
        qFatal("test expression %s does not parse: %s", expression, qPrintable(cron.error().message));
    return cron.value();
}

} // namespace

class TestCron final : public QObject
{
    Q_OBJECT

private slots:
    void nextFires_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("expected");

        // Plain repetition; seconds of `after` are dropped, fires are strictly after it.
        fireRow("* * * * *", "2024-01-01 10:00:30", {"2024-01-01 10:01", "2024-01-01 10:02", "2024-01-01 10:03"});
        fireRow("* * * * *", "2024-01-01 10:00:00", {"2024-01-01 10:01", "2024-01-01 10:02", "2024-01-01 10:03"});
        fireRow("*/15 * * * *", "2024-01-01 10:07", {"2024-01-01 10:15", "2024-01-01 10:30", "2024-01-01 10:45", "2024-01-01 11:00"});
        fireRow("*/15 * * * *", "2024-01-01 10:15", {"2024-01-01 10:30", "2024-01-01 10:45", "2024-01-01 11:00"});
        fireRow("*/25 * * * *", "2024-01-01 10:50", {"2024-01-01 11:00", "2024-01-01 11:25", "2024-01-01 11:50"});
        fireRow("10-50/10 * * * *", "2024-01-01 10:45", {"2024-01-01 10:50", "2024-01-01 11:10", "2024-01-01 11:20", "2024-01-01 11:30"});
        fireRow("5/15 * * * *", "2024-01-01 10:50", {"2024-01-01 11:05", "2024-01-01 11:20", "2024-01-01 11:35", "2024-01-01 11:50"});
        fireRow("0 * * * *", "2024-03-10 23:30", {"2024-03-11 00:00", "2024-03-11 01:00", "2024-03-11 02:00"});
        fireRow("0 */6 * * *", "2024-01-01 05:59:59.999", {"2024-01-01 06:00", "2024-01-01 12:00", "2024-01-01 18:00", "2024-01-02 00:00"});
        fireRow("*/20 9-10 * * *", "2024-01-01 10:40", {"2024-01-02 09:00", "2024-01-02 09:20", "2024-01-02 09:40", "2024-01-02 10:00"});

        // Daily, with year rollover and leap days.
        fireRow("0 0 * * *", "2024-12-31 00:00", {"2025-01-01 00:00", "2025-01-02 00:00", "2025-01-03 00:00"});
        fireRow("10 0 * * *", "2024-02-28 00:10", {"2024-02-29 00:10", "2024-03-01 00:10", "2024-03-02 00:10"});
        fireRow("10 0 * * *", "2023-02-28 00:09", {"2023-02-28 00:10", "2023-03-01 00:10", "2023-03-02 00:10"});
        fireRow("59 23 * * *", "2024-12-31 23:58:59", {"2024-12-31 23:59", "2025-01-01 23:59", "2025-01-02 23:59"});
        fireRow("30 23 31 12 *", "2024-12-31 23:30", {"2025-12-31 23:30", "2026-12-31 23:30", "2027-12-31 23:30"});
        fireRow("\t0  12 \t * *  * ", "2024-01-01 00:00", {"2024-01-01 12:00", "2024-01-02 12:00", "2024-01-03 12:00"});
        fireRow("0\u00a012 * * *", "2024-01-01 00:00", {"2024-01-01 12:00", "2024-01-02 12:00", "2024-01-03 12:00"});

        // Month ends: the 31st and 30th are skipped in months that lack them.
        fireRow("0 0 31 * *", "2024-01-31 00:00", {"2024-03-31 00:00", "2024-05-31 00:00", "2024-07-31 00:00", "2024-08-31 00:00"});
        fireRow("0 0 30 * *", "2024-01-15 00:00", {"2024-01-30 00:00", "2024-03-30 00:00", "2024-04-30 00:00"});
        fireRow("0 0 28-31 * *", "2024-02-27 12:00", {"2024-02-28 00:00", "2024-02-29 00:00", "2024-03-28 00:00", "2024-03-29 00:00",
                                                     "2024-03-30 00:00", "2024-03-31 00:00", "2024-04-28 00:00"});
        fireRow("0 0 28-31 * *", "2023-02-27 12:00", {"2023-02-28 00:00", "2023-03-28 00:00", "2023-03-29 00:00"});
        fireRow("0 12 28 2 *", "2027-01-01 00:00", {"2027-02-28 12:00", "2028-02-28 12:00", "2029-02-28 12:00"});

        // 29 February: only leap years; 2100 is not one.
        fireRow("0 0 29 2 *", "2024-03-01 00:00", {"2028-02-29 00:00", "2032-02-29 00:00", "2036-02-29 00:00"});
        fireRow("0 0 29 2 *", "2027-06-15 08:00", {"2028-02-29 00:00", "2032-02-29 00:00", "2036-02-29 00:00"});
        fireRow("0 0 29 2 *", "2097-01-01 00:00", {"2104-02-29 00:00", "2108-02-29 00:00", "2112-02-29 00:00"});
        fireRow("0 0 * 2 *", "2023-02-27 00:00", {"2023-02-28 00:00", "2024-02-01 00:00", "2024-02-02 00:00"});

        // Monthly, quarterly, yearly.
        fireRow("30 2 1 * *", "2024-11-15 00:00", {"2024-12-01 02:30", "2025-01-01 02:30", "2025-02-01 02:30"});
        fireRow("0 0 1 */3 *", "2024-02-15 00:00", {"2024-04-01 00:00", "2024-07-01 00:00", "2024-10-01 00:00", "2025-01-01 00:00"});
        fireRow("0 0 1 1 *", "2024-06-01 00:00", {"2025-01-01 00:00", "2026-01-01 00:00", "2027-01-01 00:00"});

        // Weekdays, names and 7 = Sunday (2024-01-01 is a Monday, 2024-06-07 a Friday).
        fireRow("0 8 * * 1-5", "2024-06-07 08:00", {"2024-06-10 08:00", "2024-06-11 08:00", "2024-06-12 08:00"});
        fireRow("0 8 * * MON-FRI", "2024-06-07 08:00", {"2024-06-10 08:00", "2024-06-11 08:00", "2024-06-12 08:00"});
        fireRow("0 8 * * mon-Fri", "2024-06-07 07:59", {"2024-06-07 08:00", "2024-06-10 08:00", "2024-06-11 08:00"});
        fireRow("0 6 * * 1", "2024-01-01 06:00", {"2024-01-08 06:00", "2024-01-15 06:00", "2024-01-22 06:00"});
        fireRow("0 0 * * 0", "2024-01-01 00:00", {"2024-01-07 00:00", "2024-01-14 00:00", "2024-01-21 00:00"});
        fireRow("0 0 * * 7", "2024-01-01 00:00", {"2024-01-07 00:00", "2024-01-14 00:00", "2024-01-21 00:00"});
        fireRow("0 0 * * sun", "2024-01-01 00:00", {"2024-01-07 00:00", "2024-01-14 00:00", "2024-01-21 00:00"});
        fireRow("0 0 * * 5-7", "2024-01-01 00:00", {"2024-01-05 00:00", "2024-01-06 00:00", "2024-01-07 00:00", "2024-01-12 00:00"});
        fireRow("0 0 * * 1-5/2", "2024-01-01 00:00", {"2024-01-03 00:00", "2024-01-05 00:00", "2024-01-08 00:00"});
        fireRow("0 9 * * sat,SUN", "2024-05-31 00:00", {"2024-06-01 09:00", "2024-06-02 09:00", "2024-06-08 09:00"});
        fireRow("0 12 1 jan,jul *", "2024-01-01 12:00", {"2024-07-01 12:00", "2025-01-01 12:00", "2025-07-01 12:00"});
        fireRow("0 12 1 nov-dec,1 *", "2024-06-01 00:00", {"2024-11-01 12:00", "2024-12-01 12:00", "2025-01-01 12:00"});
        fireRow("0 12 1 NOV-12 *", "2024-06-01 00:00", {"2024-11-01 12:00", "2024-12-01 12:00", "2025-11-01 12:00"});

        // Both day fields restricted: a day matches if either does (Vixie cron).
        fireRow("0 0 13 * 5", "2024-09-01 00:00", {"2024-09-06 00:00", "2024-09-13 00:00", "2024-09-20 00:00", "2024-09-27 00:00",
                                                  "2024-10-04 00:00", "2024-10-11 00:00", "2024-10-13 00:00", "2024-10-18 00:00"});
        fireRow("0 0 1,15 * MON", "2024-04-01 00:00", {"2024-04-08 00:00", "2024-04-15 00:00", "2024-04-22 00:00",
                                                      "2024-04-29 00:00", "2024-05-01 00:00", "2024-05-06 00:00"});
        fireRow("0 0 29 2 1", "2024-02-25 00:00", {"2024-02-26 00:00", "2024-02-29 00:00", "2025-02-03 00:00", "2025-02-10 00:00"});
        fireRow("0 0 31 * 7", "2024-03-28 00:00", {"2024-03-31 00:00", "2024-04-07 00:00", "2024-04-14 00:00"});
        fireRow("0 0 1 1 MON", "2024-12-25 00:00", {"2025-01-01 00:00", "2025-01-06 00:00", "2025-01-13 00:00", "2025-01-20 00:00",
                                                   "2025-01-27 00:00", "2026-01-01 00:00"});
        fireRow("0 0 31 2 MON", "2024-01-01 00:00", {"2024-02-05 00:00", "2024-02-12 00:00", "2024-02-19 00:00",
                                                    "2024-02-26 00:00", "2025-02-03 00:00"});
        // A day field starting with "*" (here "*/10") does not take part: both must match.
        fireRow("0 0 */10 * MON", "2024-01-01 00:00", {"2024-03-11 00:00", "2024-04-01 00:00", "2024-07-01 00:00"});

        // Macros.
        fireRow("@hourly", "2024-01-01 10:00", {"2024-01-01 11:00", "2024-01-01 12:00", "2024-01-01 13:00"});
        fireRow("@daily", "2024-01-01 10:00", {"2024-01-02 00:00", "2024-01-03 00:00", "2024-01-04 00:00"});
        fireRow("@midnight", "2024-02-28 23:59", {"2024-02-29 00:00", "2024-03-01 00:00", "2024-03-02 00:00"});
        fireRow("@weekly", "2024-01-01 00:00", {"2024-01-07 00:00", "2024-01-14 00:00", "2024-01-21 00:00"});
        fireRow("@monthly", "2024-01-31 00:00", {"2024-02-01 00:00", "2024-03-01 00:00", "2024-04-01 00:00"});
        fireRow("@yearly", "2024-01-01 00:00", {"2025-01-01 00:00", "2026-01-01 00:00", "2027-01-01 00:00"});
        fireRow("@ANNUALLY", "2024-12-31 23:59", {"2025-01-01 00:00", "2026-01-01 00:00", "2027-01-01 00:00"});
    }

    void nextFires()
    {
        QFETCH(QString, expression);
        QFETCH(QString, after);
        QFETCH(QStringList, expected);

        const auto cron = CronExpression::parse(expression);
        QVERIFY2(cron, qPrintable(cron.error().message));
        const QList<QDateTime> fires = cron->nextFires(utc(after), int(expected.size()));
        QCOMPARE(minutes(fires), expected);
        for (const QDateTime &fire : fires) {
            QCOMPARE(fire.timeSpec(), Qt::UTC);
            QCOMPARE(fire.time().second(), 0);
            QCOMPARE(fire.time().msec(), 0);
        }
        // nextFire() alone agrees with the first of nextFires().
        QCOMPARE(cron->nextFire(utc(after)).toString(QLatin1String(kMinuteFormat)), expected.first());
    }

    void zeroAndSevenAreBothSunday()
    {
        const QDateTime start = utc(QStringLiteral("2024-01-01 00:00"));
        const QList<QDateTime> withZero = parsed("15 10 * * 0").nextFires(start, 10);
        QCOMPARE(withZero.size(), 10);
        QCOMPARE(parsed("15 10 * * 7").nextFires(start, 10), withZero);
        QCOMPARE(parsed("15 10 * * SUN").nextFires(start, 10), withZero);
        QCOMPARE(parsed("15 10 * * 0,7").nextFires(start, 10), withZero);
        for (const QDateTime &fire : withZero)
            QCOMPARE(fire.date().dayOfWeek(), int(Qt::Sunday));
    }

    void namesEqualNumbers()
    {
        const QDateTime start = utc(QStringLiteral("2024-01-01 00:00"));
        QCOMPARE(parsed("0 7 * JAN-MAR,oct MON-WED,fri").nextFires(start, 40),
                 parsed("0 7 * 1-3,10 1-3,5").nextFires(start, 40));
    }

    void convertsAfterToUtc()
    {
        // 16:00 at UTC+3 is 13:00 UTC, so 14:15 UTC the same day is next, not the day after.
        const QDateTime after(QDate(2024, 1, 1), QTime(16, 0), Qt::OffsetFromUTC, 3 * 3600);
        const QDateTime fire = parsed("15 14 * * *").nextFire(after);
        QCOMPARE(fire, QDateTime(QDate(2024, 1, 1), QTime(14, 15), Qt::UTC));
        QCOMPARE(fire.timeSpec(), Qt::UTC);

        // 20:30 on 28 February at UTC-5 is already 01:30 UTC on the 29th.
        const QDateTime west(QDate(2024, 2, 28), QTime(20, 30), Qt::OffsetFromUTC, -5 * 3600);
        QCOMPARE(parsed("0 6 * * *").nextFire(west), QDateTime(QDate(2024, 2, 29), QTime(6, 0), Qt::UTC));
    }

    void neverFiringExpressionsGiveInvalid_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::newRow("30 February") << QStringLiteral("0 0 30 2 *");
        QTest::newRow("31 February") << QStringLiteral("0 0 31 FEB *");
        QTest::newRow("31st in 30-day months") << QStringLiteral("0 0 31 4,6,9,11 *");
    }

    void neverFiringExpressionsGiveInvalid()
    {
        QFETCH(QString, expression);
        const auto cron = CronExpression::parse(expression);
        QVERIFY2(cron, qPrintable(cron.error().message));
        QVERIFY(!cron->nextFire(utc(QStringLiteral("2024-01-01 00:00"))).isValid());
        QVERIFY(cron->nextFires(utc(QStringLiteral("2024-01-01 00:00")), 3).isEmpty());
        QVERIFY(cron->describe().startsWith(QLatin1String("never")));
    }

    void nextFiresStopsAtCountAndAtTheEnd()
    {
        const CronExpression cron = parsed("*/5 * * * *");
        const QDateTime start = utc(QStringLiteral("2024-01-01 00:00"));
        QVERIFY(cron.nextFires(start, 0).isEmpty());
        QVERIFY(cron.nextFires(start, -3).isEmpty());
        QCOMPARE(cron.nextFires(start, 500).size(), 500);
        QCOMPARE(cron.nextFires(start, 500).last(), utc(QStringLiteral("2024-01-02 17:40")));
        QVERIFY(!cron.nextFire(QDateTime()).isValid());
        QVERIFY(cron.nextFires(QDateTime(), 3).isEmpty());
    }

    void farAwayFiresAreFoundOrRuledOut()
    {
        // Across the 2100 non-leap year, from 100 starting days. (Speed is measured by
        // benchmarks, never asserted here: the machines are shared.)
        const CronExpression never = parsed("0 0 30 2 *");
        const CronExpression leap = parsed("59 23 29 2 *");
        for (int i = 0; i < 100; ++i) {
            const QDateTime start = utc(QStringLiteral("2097-01-01 00:00")).addDays(i);
            QVERIFY(!never.nextFire(start).isValid());
            QCOMPARE(leap.nextFire(start), utc(QStringLiteral("2104-02-29 23:59")));
        }
    }

    void expressionIsKeptTrimmed()
    {
        QCOMPARE(parsed("  0 0 * * *\t").expression(), QStringLiteral("0 0 * * *"));
        QCOMPARE(parsed("@Daily").expression(), QStringLiteral("@Daily"));
    }

    void invalidExpressions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("fragment");

        errorRow("", "empty; expected 5 fields");
        errorRow(" \t ", "empty; expected 5 fields");
        errorRow("* * * *", "expected 5 fields (minute hour day-of-month month day-of-week), found 4");
        errorRow("0 0 * * * *", "expected 5 fields (minute hour day-of-month month day-of-week), found 6");
        errorRow("0 0 1, 15 * *", "found 6");
        errorRow("@daily 0", "found 2");
        errorRow("@reboot", "unknown shortcut \"@reboot\"; use @hourly");
        errorRow("60 * * * *", "minute field: 60 is out of range 0–59");
        errorRow("0 25 * * *", "hour field: 25 is out of range 0–23");
        errorRow("0 0 0 * *", "day-of-month field: 0 is out of range 1–31");
        errorRow("0 0 32 * *", "day-of-month field: 32 is out of range 1–31");
        errorRow("0 0 * 0 *", "month field: 0 is out of range 1–12");
        errorRow("0 0 * 13 *", "month field: 13 is out of range 1–12");
        errorRow("0 0 * * 8", "day-of-week field: 8 is out of range 0–7");
        errorRow("99999999999 * * * *", "minute field: 99999999999 is out of range 0–59");
        errorRow("0 1-24 * * *", "hour field: 24 is out of range 0–23");
        errorRow("*/0 * * * *", "minute field: step 0 in \"*/0\" must be 1 or more");
        errorRow("0 0 * * 5/0", "day-of-week field: step 0 in \"5/0\"");
        errorRow("*/x * * * *", "minute field: step \"x\" in \"*/x\" is not a whole number");
        errorRow("*/-5 * * * *", "minute field: step \"-5\" in \"*/-5\" is not a whole number");
        errorRow("0 */ * * *", "hour field: \"*/\" needs a step number after \"/\"");
        errorRow("/5 * * * *", "minute field: \"/5\" needs a start before \"/\"");
        errorRow("*/5/2 * * * *", "minute field: \"*/5/2\" has more than one \"/\"");
        errorRow("50-10 * * * *", "minute field: range 50-10 goes backwards; split it in two, e.g. 50-59,0-10");
        errorRow("0 22-2 * * *", "hour field: range 22-2 goes backwards; split it in two, e.g. 22-23,0-2");
        errorRow("0 0 * NOV-FEB *", "month field: range NOV-FEB goes backwards; split it in two, e.g. NOV-DEC,JAN-FEB");
        errorRow("0 0 * * FRI-MON", "day-of-week field: range FRI-MON goes backwards; split it in two, e.g. FRI-SAT,SUN-MON");
        errorRow("0 0 * * FRI-SUN", "day-of-week field: range FRI-SUN goes backwards; write Sunday as 7");
        errorRow("0 0 * * 7-2", "day-of-week field: range 7-2 goes backwards; write Sunday as 0");
        errorRow("0 0 1- * *", "day-of-month field: \"1-\" is not a valid range");
        errorRow("-5 * * * *", "minute field: \"-5\" is not a valid range");
        errorRow("1-2-3 * * * *", "minute field: \"1-2-3\" is not a valid range");
        errorRow("0 0 * JANUARY *", "month field: \"JANUARY\" is not a month number (1–12) or name (JAN–DEC)");
        errorRow("0 0 * MON *", "month field: \"MON\" is not a month");
        errorRow("0 0 * * MOON", "day-of-week field: \"MOON\" is not a weekday number (0–7) or name (SUN–SAT)");
        errorRow("0 0 * * JAN", "day-of-week field: \"JAN\" is not a weekday");
        errorRow("0 0 * * MON-FRIDAY", "day-of-week field: \"FRIDAY\" is not a weekday");
        errorRow("MON * * * *", "minute field: \"MON\" is not a number");
        errorRow("0 noon * * *", "hour field: \"noon\" is not a number");
        errorRow("? * * * *", "minute field: \"?\" is not a number");
        errorRow("0 0 L * *", "day-of-month field: \"L\" is not a number");
        errorRow("*5 * * * *", "minute field: \"*5\" is not valid; use * alone or */step");
        errorRow("*-5 * * * *", "minute field: \"*-5\" is not valid; use * alone or */step");
        errorRow("1,,2 * * * *", "minute field: list \"1,,2\" has an empty item");
        errorRow("0 0 1, * *", "day-of-month field: list \"1,\" has an empty item");
        errorRow("0 ,5 * * *", "hour field: list \",5\" has an empty item");
    }

    void invalidExpressions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, fragment);
        const auto cron = CronExpression::parse(expression);
        QVERIFY2(!cron, qPrintable(QStringLiteral("accepted: ") + expression));
        const QString message = cron.error().message;
        QVERIFY2(message.contains(fragment), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), qPrintable(message));
    }

    void describe_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("reading");

        describeRow("0 0 * * *", "at 00:00 every day");
        describeRow("10 0 * * *", "at 00:10 every day");
        describeRow("*/15 * * * *", "every 15 minutes");
        describeRow("0,30 * * * *", "every 30 minutes");
        describeRow("* * * * *", "every minute");
        describeRow("0 * * * *", "at minute 0 of every hour");
        describeRow("15,45 * * * *", "at minutes 15 and 45 of every hour");
        describeRow("5/15 * * * *", "at minutes 5, 20, 35 and 50 of every hour");
        describeRow("*/7 * * * *", "at minutes 0, 7, 14, …, 56 of every hour");
        describeRow("0 8 * * 1-5", "at 08:00 on Monday to Friday");
        describeRow("0 8 * * MON-FRI", "at 08:00 on Monday to Friday");
        describeRow("30 2 1 * *", "at 02:30 on day 1 of every month");
        describeRow("0 6 * * 1", "at 06:00 every Monday");
        describeRow("0 0 1 1 *", "at 00:00 on 1 January");
        describeRow("0 9,17 * * *", "at 09:00 and 17:00 every day");
        describeRow("0,30 9 * * *", "at 09:00 and 09:30 every day");
        describeRow("0 9-17 * * 1-5", "every hour from 09:00 to 17:00 on Monday to Friday");
        describeRow("*/15 9-17 * * *", "every 15 minutes from 09:00 to 17:45");
        describeRow("* 9 * * *", "every minute from 09:00 to 09:59");
        describeRow("*/7 9 * * *", "every 7 minutes from 09:00 to 09:56");
        describeRow("0 */2 * * *", "every 2 hours from 00:00 to 22:00");
        describeRow("*/15 9,17 * * *", "every 15 minutes during hours 9 and 17");
        describeRow("0 0 * * 0", "at 00:00 every Sunday");
        describeRow("0 0 * * 7", "at 00:00 every Sunday");
        describeRow("0 0 * * 6,0", "at 00:00 on Saturday and Sunday");
        describeRow("0 0 * * 5-7", "at 00:00 on Friday to Sunday");
        describeRow("0 0 * * 1,3,5", "at 00:00 on Monday, Wednesday and Friday");
        describeRow("0 0 1,15 * *", "at 00:00 on days 1 and 15 of every month");
        describeRow("0 0 1-7 * *", "at 00:00 on days 1–7 of every month");
        describeRow("0 0 1 */3 *", "at 00:00 on day 1 in January, April, July and October");
        describeRow("0 0 1,15 3 *", "at 00:00 on days 1 and 15 of March");
        describeRow("0 12 * 6-8 *", "at 12:00 every day in June to August");
        describeRow("*/30 * * 12 *", "every 30 minutes in December");
        describeRow("0 0 29 2 *", "at 00:00 on 29 February (leap years only)");
        describeRow("0 0 30 2 *", "never: day 30 does not exist in February");
        describeRow("0 0 31 4,6,9,11 *", "never: day 31 does not exist in April, June, September and November");
        describeRow("0 0 30-31 2 *", "never: days 30 and 31 do not exist in February");
        describeRow("0 0 13 * 5", "at 00:00 on day 13 of every month and every Friday");
        describeRow("0 0 1 1 MON", "at 00:00 on 1 January and every Monday in January");
        describeRow("0 0 1-31 * 1-5", "at 00:00 every day");
        describeRow("0 0 31 2 MON", "at 00:00 every Monday in February");
        describeRow("0 0 */10 * MON", "at 00:00 on days 1, 11, 21 and 31 of every month, but only if that day is a Monday");
        describeRow("5,10 1-3 1,15 3-5 *", "at 01:05, 01:10, 02:05, 02:10, 03:05 and 03:10 on days 1 and 15 in March to May");
        describeRow("5,10,20 1-3 1,15 3-5 *", "at minutes 5, 10 and 20 past hours 1–3 on days 1 and 15 in March to May");
        describeRow("@hourly", "at minute 0 of every hour");
        describeRow("@daily", "at 00:00 every day");
        describeRow("@weekly", "at 00:00 every Sunday");
        describeRow("@monthly", "at 00:00 on day 1 of every month");
        describeRow("@yearly", "at 00:00 on 1 January");
    }

    void describe()
    {
        QFETCH(QString, expression);
        QFETCH(QString, reading);
        const auto cron = CronExpression::parse(expression);
        QVERIFY2(cron, qPrintable(cron.error().message));
        QCOMPARE(cron->describe(), reading);
    }
};

QTEST_GUILESS_MAIN(TestCron)
#include "tst_cron.moc"
