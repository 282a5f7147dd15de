#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <bitset>

namespace sb {

// A 5-field cron expression as OpenFn uses it ("minute hour day-of-month month
// day-of-week"), evaluated in UTC. Supports lists, ranges, steps, "*/n", month
// names (JAN–DEC) and weekday names (SUN–SAT, 0 and 7 both Sunday). When both
// day-of-month and day-of-week are restricted, a day matches if either does
// (classic Vixie cron semantics, which OpenFn's scheduler follows).
class CronExpression final
{
public:
    // Parses the expression. Errors name the field and the offending text,
    // e.g. "hour field: 25 is out of range 0–23".
    static Result<CronExpression> parse(const QString &expression);

    QString expression() const { return m_expression; }

    // The first fire time strictly after `after` (converted to UTC); invalid QDateTime
    // when none exists within the next 8 years (e.g. "0 0 30 2 *").
    QDateTime nextFire(const QDateTime &after) const;
    // The next `count` fire times strictly after `after`, in UTC.
    QList<QDateTime> nextFires(const QDateTime &after, int count) const;

    // Plain-language reading through QCoreApplication::translate, e.g.
    // "at 00:10 every day", "every 15 minutes", "at 08:00 on Monday to Friday",
    // "at 02:30 on day 1 of every month".
    QString describe() const;

private:
    CronExpression() = default;
    bool matchesDay(const QDate &date) const;

    QString m_expression;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1..31
    std::bitset<13> m_months;      // 1..12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday
    bool m_domRestricted = false;
    bool m_dowRestricted = false;
};

} // namespace sb
