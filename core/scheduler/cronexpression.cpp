#include "cronexpression.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace sb {

namespace {

// Field order in the expression.
enum Field { Minute, Hour, DayOfMonth, Month, DayOfWeek, FieldCount };

const char *const kMonthAbbrev[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN",
                                    "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
const char *const kDayAbbrev[] = {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"};

const char *const kMonthNames[] = {
    QT_TRANSLATE_NOOP("sb::CronExpression", "January"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "February"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "March"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "April"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "May"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "June"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "July"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "August"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "September"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "October"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "November"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "December"),
};
const char *const kDayNames[] = {
    QT_TRANSLATE_NOOP("sb::CronExpression", "Sunday"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "Monday"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "Tuesday"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "Wednesday"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "Thursday"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "Friday"),
    QT_TRANSLATE_NOOP("sb::CronExpression", "Saturday"),
};

struct FieldSpec
{
    const char *name;
    int min;
    int max;     // highest value accepted when written out (7 for day-of-week)
    int starMax; // highest value covered by "*" and "n/step" (6 for day-of-week)
    const char *const *names; // three-letter names, or nullptr
    int nameCount;
    int firstNameValue;
};

const FieldSpec kFields[FieldCount] = {
    {QT_TRANSLATE_NOOP("sb::CronExpression", "minute"), 0, 59, 59, nullptr, 0, 0},
    {QT_TRANSLATE_NOOP("sb::CronExpression", "hour"), 0, 23, 23, nullptr, 0, 0},
    {QT_TRANSLATE_NOOP("sb::CronExpression", "day-of-month"), 1, 31, 31, nullptr, 0, 0},
    {QT_TRANSLATE_NOOP("sb::CronExpression", "month"), 1, 12, 12, kMonthAbbrev, 12, 1},
    {QT_TRANSLATE_NOOP("sb::CronExpression", "day-of-week"), 0, 7, 6, kDayAbbrev, 7, 0},
};

// Large enough that any capped number is out of every field's range, small enough not to overflow.
constexpr int kNumberCap = 100000;

QString fieldName(Field field)
{
    return QCoreApplication::translate("sb::CronExpression", kFields[field].name);
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
           && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

int digitsValue(QStringView text)
{
    int value = 0;
    for (const QChar c : text) {
        value = value * 10 + (c.unicode() - '0');
        if (value >= kNumberCap)
            return kNumberCap;
    }
    return value;
}

// One value of a field: a number or (for month and day-of-week) a three-letter name.
bool parseValue(Field field, QStringView token, int *value, bool *isName, QString *error)
{
    const FieldSpec &spec = kFields[field];
    *isName = false;
    if (isDigits(token)) {
        *value = digitsValue(token);
        if (*value < spec.min || *value > spec.max) {
            *error = QCoreApplication::translate("sb::CronExpression", "%1 field: %2 is out of range %3–%4")
                         .arg(fieldName(field), token.toString())
                         .arg(spec.min)
                         .arg(spec.max);
            return false;
        }
        return true;
    }
    for (int i = 0; i < spec.nameCount; ++i) {
        if (token.compare(QLatin1String(spec.names[i]), Qt::CaseInsensitive) == 0) {
            *value = spec.firstNameValue + i;
            *isName = true;
            return true;
        }
    }
    switch (field) {
    case Month:
        *error = QCoreApplication::translate("sb::CronExpression",
                                             "%1 field: \"%2\" is not a month number (1–12) or name (JAN–DEC)")
                     .arg(fieldName(field), token.toString());
        break;
    case DayOfWeek:
        *error = QCoreApplication::translate("sb::CronExpression",
                                             "%1 field: \"%2\" is not a weekday number (0–7) or name (SUN–SAT)")
                     .arg(fieldName(field), token.toString());
        break;
    default:
        *error = QCoreApplication::translate("sb::CronExpression", "%1 field: \"%2\" is not a number")
                     .arg(fieldName(field), token.toString());
        break;
    }
    return false;
}

// How to write a value in a suggestion: as a name if the user wrote names.
QString valueText(Field field, int value, bool asName)
{
    const FieldSpec &spec = kFields[field];
    if (asName && spec.names && value - spec.firstNameValue < spec.nameCount)
        return QLatin1String(spec.names[value - spec.firstNameValue]);
    return QString::number(value);
}

QString backwardsRangeError(Field field, QStringView range, int lo, int hi, bool names)
{
    if (field == DayOfWeek && hi == 0) {
        return QCoreApplication::translate("sb::CronExpression",
                                           "%1 field: range %2 goes backwards; write Sunday as 7 at the end of a "
                                           "range, e.g. %3-7")
            .arg(fieldName(field), range.toString(), range.left(range.indexOf(QLatin1Char('-'))).toString());
    }
    if (field == DayOfWeek && lo == 7) {
        return QCoreApplication::translate("sb::CronExpression",
                                           "%1 field: range %2 goes backwards; write Sunday as 0 at the start of a "
                                           "range, e.g. 0-%3")
            .arg(fieldName(field), range.toString(), range.mid(range.indexOf(QLatin1Char('-')) + 1).toString());
    }
    const FieldSpec &spec = kFields[field];
    const int top = spec.starMax;
    QString upper = valueText(field, lo, names);
    if (lo != top)
        upper += QLatin1Char('-') + valueText(field, top, names);
    QString lower = valueText(field, hi, names);
    if (hi != spec.min)
        lower = valueText(field, spec.min, names) + QLatin1Char('-') + lower;
    const QString suggestion = upper + QLatin1Char(',') + lower;
    return QCoreApplication::translate("sb::CronExpression", "%1 field: range %2 goes backwards; split it in two, e.g. %3")
        .arg(fieldName(field), range.toString(), suggestion);
}

// Parses one list item ("*", "5", "1-5", "*/15", "10-50/10", "5/15") into `bits`.
bool parseItem(Field field, QStringView item, std::bitset<64> *bits, QString *error)
{
    const FieldSpec &spec = kFields[field];
    const qsizetype slash = item.indexOf(QLatin1Char('/'));
    const QStringView base = slash < 0 ? item : item.left(slash);
    int step = 1;
    if (slash >= 0) {
        const QStringView stepText = item.mid(slash + 1);
        if (stepText.contains(QLatin1Char('/'))) {
            *error = QCoreApplication::translate("sb::CronExpression", "%1 field: \"%2\" has more than one \"/\"")
                         .arg(fieldName(field), item.toString());
            return false;
        }
        if (base.isEmpty()) {
            *error = QCoreApplication::translate("sb::CronExpression",
                                                 "%1 field: \"%2\" needs a start before \"/\", e.g. */%3")
                         .arg(fieldName(field), item.toString(), stepText.toString());
            return false;
        }
        if (stepText.isEmpty()) {
            *error = QCoreApplication::translate("sb::CronExpression",
                                                 "%1 field: \"%2\" needs a step number after \"/\", e.g. %2%3")
                         .arg(fieldName(field), item.toString())
                         .arg(field == Minute ? 15 : 2);
            return false;
        }
        if (!isDigits(stepText)) {
            *error = QCoreApplication::translate("sb::CronExpression",
                                                 "%1 field: step \"%2\" in \"%3\" is not a whole number")
                         .arg(fieldName(field), stepText.toString(), item.toString());
            return false;
        }
        step = digitsValue(stepText);
        if (step == 0) {
            *error = QCoreApplication::translate("sb::CronExpression",
                                                 "%1 field: step 0 in \"%2\" must be 1 or more")
                         .arg(fieldName(field), item.toString());
            return false;
        }
    }

    int lo = 0;
    int hi = 0;
    bool loName = false;
    bool hiName = false;
    if (base == QLatin1String("*")) {
        lo = spec.min;
        hi = spec.starMax;
    } else if (base.startsWith(QLatin1Char('*'))) {
        *error = QCoreApplication::translate("sb::CronExpression", "%1 field: \"%2\" is not valid; use * alone or */step")
                     .arg(fieldName(field), item.toString());
        return false;
    } else if (base.contains(QLatin1Char('-'))) {
        const qsizetype dash = base.indexOf(QLatin1Char('-'));
        const QStringView first = base.left(dash);
        const QStringView second = base.mid(dash + 1);
        if (first.isEmpty() || second.isEmpty() || second.contains(QLatin1Char('-'))) {
            *error = QCoreApplication::translate("sb::CronExpression",
                                                 "%1 field: \"%2\" is not a valid range; write it as start-end, "
                                                 "e.g. %3-%4")
                         .arg(fieldName(field), base.toString())
                         .arg(spec.min)
                         .arg(spec.min + 4);
            return false;
        }
        if (!parseValue(field, first, &lo, &loName, error) || !parseValue(field, second, &hi, &hiName, error))
            return false;
        if (lo > hi) {
            *error = backwardsRangeError(field, base, lo, hi, loName || hiName);
            return false;
        }
    } else {
        if (!parseValue(field, base, &lo, &loName, error))
            return false;
        // "5/15" means from 5 to the end of the field, in steps of 15.
        hi = slash >= 0 ? std::max(lo, spec.starMax) : lo;
    }

    for (int v = lo; v <= hi; v += step)
        bits->set(static_cast<size_t>(v));
    return true;
}

bool parseField(Field field, const QString &text, std::bitset<64> *bits, QString *error)
{
    const QStringList items = text.split(QLatin1Char(','));
    for (const QString &item : items) {
        if (item.isEmpty()) {
            *error = QCoreApplication::translate("sb::CronExpression",
                                                 "%1 field: list \"%2\" has an empty item; remove the extra comma")
                         .arg(fieldName(field), text);
            return false;
        }
        if (!parseItem(field, item, bits, error))
            return false;
    }
    if (field == DayOfWeek && bits->test(7)) { // 7 is Sunday too
        bits->reset(7);
        bits->set(0);
    }
    return true;
}

template<size_t N>
std::bitset<N> narrow(const std::bitset<64> &bits)
{
    std::bitset<N> out;
    for (size_t i = 0; i < N; ++i)
        out.set(i, bits.test(i));
    return out;
}

// First set bit at or after `from`, or -1.
template<size_t N>
int nextSet(const std::bitset<N> &bits, int from)
{
    for (int i = std::max(from, 0); i < static_cast<int>(N); ++i) {
        if (bits.test(static_cast<size_t>(i)))
            return i;
    }
    return -1;
}

// ---- describe() helpers ---------------------------------------------------------------

template<size_t N>
QList<int> values(const std::bitset<N> &bits, int lo, int hi)
{
    QList<int> out;
    for (int i = lo; i <= hi; ++i) {
        if (bits.test(static_cast<size_t>(i)))
            out.append(i);
    }
    return out;
}

// Step of an evenly spaced list of at least two values; 0 when not evenly spaced.
int progressionStep(const QList<int> &vals)
{
    if (vals.size() < 2)
        return 0;
    const int step = vals.at(1) - vals.at(0);
    for (qsizetype i = 2; i < vals.size(); ++i) {
        if (vals.at(i) - vals.at(i - 1) != step)
            return 0;
    }
    return step;
}

QString joinWith(const QStringList &items, bool useOr)
{
    if (items.isEmpty())
        return {};
    QString out = items.first();
    for (qsizetype i = 1; i < items.size(); ++i) {
        if (i + 1 < items.size())
            out = QCoreApplication::translate("sb::CronExpression", "%1, %2").arg(out, items.at(i));
        else if (useOr)
            out = QCoreApplication::translate("sb::CronExpression", "%1 or %2").arg(out, items.at(i));
        else
            out = QCoreApplication::translate("sb::CronExpression", "%1 and %2").arg(out, items.at(i));
    }
    return out;
}

enum class Labels { Numbers, Months, Weekdays };

QString label(int value, Labels labels)
{
    switch (labels) {
    case Labels::Months:
        return QCoreApplication::translate("sb::CronExpression", kMonthNames[value - 1]);
    case Labels::Weekdays:
        return QCoreApplication::translate("sb::CronExpression", kDayNames[value % 7]);
    case Labels::Numbers:
        break;
    }
    return QString::number(value);
}

// "1–3, 5 and 9", "Monday to Friday", "0, 7, 14, …, 56". Weekdays are passed Monday-first
// (1..7, with 7 for Sunday) so that Saturday and Sunday sit next to each other.
QString formatList(const QList<int> &vals, Labels labels)
{
    const int step = progressionStep(vals);
    if (step > 1 && vals.size() >= 6) {
        return QCoreApplication::translate("sb::CronExpression", "%1, %2, %3, …, %4")
            .arg(label(vals.at(0), labels), label(vals.at(1), labels), label(vals.at(2), labels),
                 label(vals.last(), labels));
    }
    QStringList items;
    for (qsizetype i = 0; i < vals.size();) {
        qsizetype j = i;
        while (j + 1 < vals.size() && vals.at(j + 1) == vals.at(j) + 1)
            ++j;
        if (j - i >= 2) {
            if (labels == Labels::Numbers)
                items.append(QCoreApplication::translate("sb::CronExpression", "%1–%2")
                                 .arg(label(vals.at(i), labels), label(vals.at(j), labels)));
            else
                items.append(QCoreApplication::translate("sb::CronExpression", "%1 to %2")
                                 .arg(label(vals.at(i), labels), label(vals.at(j), labels)));
        } else {
            for (qsizetype k = i; k <= j; ++k)
                items.append(label(vals.at(k), labels));
        }
        i = j + 1;
    }
    return joinWith(items, false);
}

QString clock(int hour, int minute)
{
    return QStringLiteral("%1:%2").arg(hour, 2, 10, QLatin1Char('0')).arg(minute, 2, 10, QLatin1Char('0'));
}

// Minutes that repeat with the same gap across the hour boundary (0,15,30,45 or 5,35).
bool isSeamless(const QList<int> &minutes)
{
    const int step = progressionStep(minutes);
    return step > 0 && minutes.last() + step - 60 == minutes.first();
}

// The time-of-day part. `fixed` tells whether it names specific times ("at 09:00"),
// after which "every day" reads naturally.
QString describeTime(const QList<int> &minutes, const QList<int> &hours, bool *fixed)
{
    *fixed = false;
    const qsizetype mc = minutes.size();
    const qsizetype hc = hours.size();
    const int minuteStep = progressionStep(minutes);
    const int hourStep = progressionStep(hours);
    const bool hoursContiguous = hc == 1 || hourStep == 1;

    if (mc * hc <= 6) {
        QStringList times;
        for (int h : hours) {
            for (int m : minutes)
                times.append(clock(h, m));
        }
        *fixed = true;
        return QCoreApplication::translate("sb::CronExpression", "at %1").arg(joinWith(times, false));
    }

    if (hc == 24) {
        if (mc == 60)
            return QCoreApplication::translate("sb::CronExpression", "every minute");
        if (isSeamless(minutes) && minutes.first() == 0)
            return QCoreApplication::translate("sb::CronExpression", "every %1 minutes").arg(minuteStep);
        if (mc == 1)
            return QCoreApplication::translate("sb::CronExpression", "at minute %1 of every hour").arg(minutes.first());
        return QCoreApplication::translate("sb::CronExpression", "at minutes %1 of every hour")
            .arg(formatList(minutes, Labels::Numbers));
    }

    if (hoursContiguous) {
        if (mc == 60) {
            return QCoreApplication::translate("sb::CronExpression", "every minute from %1 to %2")
                .arg(clock(hours.first(), 0), clock(hours.last(), 59));
        }
        if (minuteStep > 1 && (hc == 1 || isSeamless(minutes))) {
            return QCoreApplication::translate("sb::CronExpression", "every %1 minutes from %2 to %3")
                .arg(QString::number(minuteStep), clock(hours.first(), minutes.first()),
                     clock(hours.last(), minutes.last()));
        }
        if (mc == 1) {
            return QCoreApplication::translate("sb::CronExpression", "every hour from %1 to %2")
                .arg(clock(hours.first(), minutes.first()), clock(hours.last(), minutes.first()));
        }
    } else if (hourStep > 1 && mc == 1) {
        return QCoreApplication::translate("sb::CronExpression", "every %1 hours from %2 to %3")
            .arg(QString::number(hourStep), clock(hours.first(), minutes.first()),
                 clock(hours.last(), minutes.first()));
    }

    // Generic reading: which minutes, past which hours.
    const QString hourList = formatList(hours, Labels::Numbers);
    if (mc == 60) {
        return hc == 1 ? QCoreApplication::translate("sb::CronExpression", "every minute during hour %1").arg(hourList)
                       : QCoreApplication::translate("sb::CronExpression", "every minute during hours %1").arg(hourList);
    }
    if (isSeamless(minutes) && minutes.first() == 0) {
        return hc == 1 ? QCoreApplication::translate("sb::CronExpression", "every %1 minutes during hour %2")
                             .arg(QString::number(minuteStep), hourList)
                       : QCoreApplication::translate("sb::CronExpression", "every %1 minutes during hours %2")
                             .arg(QString::number(minuteStep), hourList);
    }
    const QString minutePart =
        mc == 1 ? QCoreApplication::translate("sb::CronExpression", "at minute %1").arg(minutes.first())
                : QCoreApplication::translate("sb::CronExpression", "at minutes %1")
                      .arg(formatList(minutes, Labels::Numbers));
    return hc == 1 ? QCoreApplication::translate("sb::CronExpression", "%1 past hour %2").arg(minutePart, hourList)
                   : QCoreApplication::translate("sb::CronExpression", "%1 past hours %2").arg(minutePart, hourList);
}

int maxDaysIn(int month)
{
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
}

} // namespace

Result<CronExpression> CronExpression::parse(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    // Unicode properties so that a pasted non-breaking space separates fields too.
    static const QRegularExpression whitespace(QStringLiteral("\\s+"),
                                               QRegularExpression::UseUnicodePropertiesOption);
    QStringList fields = trimmed.split(whitespace, Qt::SkipEmptyParts);

    if (fields.size() == 1 && fields.first().startsWith(QLatin1Char('@'))) {
        const QString macro = fields.first().toLower();
        QString expanded;
        if (macro == QLatin1String("@hourly"))
            expanded = QStringLiteral("0 * * * *");
        else if (macro == QLatin1String("@daily") || macro == QLatin1String("@midnight"))
            expanded = QStringLiteral("0 0 * * *");
        else if (macro == QLatin1String("@weekly"))
            expanded = QStringLiteral("0 0 * * 0");
        else if (macro == QLatin1String("@monthly"))
            expanded = QStringLiteral("0 0 1 * *");
        else if (macro == QLatin1String("@yearly") || macro == QLatin1String("@annually"))
            expanded = QStringLiteral("0 0 1 1 *");
        else
            return makeError(QCoreApplication::translate("sb::CronExpression",
                                                         "unknown shortcut \"%1\"; use @hourly, @daily, @midnight, "
                                                         "@weekly, @monthly, @yearly or @annually")
                                 .arg(fields.first()));
        fields = expanded.split(QLatin1Char(' '));
    }

    if (fields.isEmpty()) {
        return makeError(QCoreApplication::translate("sb::CronExpression",
                                                     "the schedule is empty; expected 5 fields (minute hour "
                                                     "day-of-month month day-of-week), e.g. 0 0 * * *"));
    }
    if (fields.size() != FieldCount) {
        return makeError(QCoreApplication::translate("sb::CronExpression",
                                                     "expected 5 fields (minute hour day-of-month month "
                                                     "day-of-week), found %1 in \"%2\"")
                             .arg(fields.size())
                             .arg(trimmed));
    }

    CronExpression cron;
    cron.m_expression = trimmed;
    for (int i = 0; i < FieldCount; ++i) {
        const Field field = static_cast<Field>(i);
        std::bitset<64> bits;
        QString error;
        if (!parseField(field, fields.at(i), &bits, &error))
            return makeError(error);
        switch (field) {
        case Minute: cron.m_minutes = narrow<60>(bits); break;
        case Hour: cron.m_hours = narrow<24>(bits); break;
        case DayOfMonth: cron.m_daysOfMonth = narrow<32>(bits); break;
        case Month: cron.m_months = narrow<13>(bits); break;
        case DayOfWeek: cron.m_daysOfWeek = narrow<7>(bits); break;
        case FieldCount: break;
        }
    }
    // Vixie cron: a day field that starts with "*" (including "*/2") does not take part in
    // the either-or rule; only when both are written out does a day match on either.
    cron.m_domRestricted = !fields.at(DayOfMonth).startsWith(QLatin1Char('*'));
    cron.m_dowRestricted = !fields.at(DayOfWeek).startsWith(QLatin1Char('*'));
    return cron;
}

bool CronExpression::matchesDay(const QDate &date) const
{
    const bool dom = m_daysOfMonth.test(static_cast<size_t>(date.day()));
    const bool dow = m_daysOfWeek.test(static_cast<size_t>(date.dayOfWeek() % 7));
    if (m_domRestricted && m_dowRestricted)
        return dom || dow;
    return dom && dow;
}

QDateTime CronExpression::nextFire(const QDateTime &after) const
{
    if (!after.isValid())
        return {};
    const QDateTime start = after.toUTC();
    QDate date = start.date();
    int hour = start.time().hour();
    int minute = start.time().minute() + 1; // strictly after, seconds dropped
    const QDate limit = date.addYears(8);

    while (date.isValid() && date <= limit) {
        if (minute > 59) {
            minute = 0;
            ++hour;
        }
        if (hour > 23) {
            hour = 0;
            minute = 0;
            date = date.addDays(1);
            continue;
        }
        if (!m_months.test(static_cast<size_t>(date.month()))) {
            date = QDate(date.year(), date.month(), 1).addMonths(1);
            hour = 0;
            minute = 0;
            continue;
        }
        if (!matchesDay(date)) {
            date = date.addDays(1);
            hour = 0;
            minute = 0;
            continue;
        }
        const int h = nextSet(m_hours, hour);
        if (h < 0) {
            hour = 24;
            continue;
        }
        if (h != hour) {
            hour = h;
            minute = 0;
        }
        const int m = nextSet(m_minutes, minute);
        if (m < 0) {
            minute = 60;
            continue;
        }
        return QDateTime(date, QTime(hour, m), Qt::UTC);
    }
    return {};
}

QList<QDateTime> CronExpression::nextFires(const QDateTime &after, int count) const
{
    QList<QDateTime> fires;
    QDateTime cursor = after;
    while (fires.size() < count) {
        cursor = nextFire(cursor);
        if (!cursor.isValid())
            break;
        fires.append(cursor);
    }
    return fires;
}

QString CronExpression::describe() const
{
    const QList<int> minutes = values(m_minutes, 0, 59);
    const QList<int> hours = values(m_hours, 0, 23);
    const QList<int> days = values(m_daysOfMonth, 1, 31);
    const QList<int> months = values(m_months, 1, 12);
    QList<int> weekdays; // Monday first, Sunday as 7
    for (int d = 1; d <= 7; ++d) {
        if (m_daysOfWeek.test(static_cast<size_t>(d % 7)))
            weekdays.append(d);
    }

    const bool orMode = m_domRestricted && m_dowRestricted;
    const bool allDays = days.size() == 31;
    const bool allWeekdays = weekdays.size() == 7;
    const bool allMonths = months.size() == 12;

    // Day-of-month and month combinations that exist at all (29 February counts).
    bool anyValidDay = false;
    bool onlyLeapDay = true;
    for (int month : months) {
        for (int day : days) {
            if (day <= maxDaysIn(month)) {
                anyValidDay = true;
                if (month != 2 || day != 29)
                    onlyLeapDay = false;
            }
        }
    }
    if (!orMode && !anyValidDay) {
        const QString dayList = formatList(days, Labels::Numbers);
        const QString monthList = formatList(months, Labels::Months);
        return days.size() == 1
                   ? QCoreApplication::translate("sb::CronExpression", "never: day %1 does not exist in %2")
                         .arg(dayList, monthList)
                   : QCoreApplication::translate("sb::CronExpression", "never: days %1 do not exist in %2")
                         .arg(dayList, monthList);
    }

    bool fixed = false;
    const QString time = describeTime(minutes, hours, &fixed);

    const QString monthList = formatList(months, Labels::Months);
    const auto dayOfMonthPhrase = [&]() {
        const QString dayList = formatList(days, Labels::Numbers);
        const bool single = days.size() == 1;
        if (allMonths) {
            return single ? QCoreApplication::translate("sb::CronExpression", "on day %1 of every month").arg(dayList)
                          : QCoreApplication::translate("sb::CronExpression", "on days %1 of every month").arg(dayList);
        }
        if (months.size() == 1) {
            return single ? QCoreApplication::translate("sb::CronExpression", "on %1 %2").arg(dayList, monthList)
                          : QCoreApplication::translate("sb::CronExpression", "on days %1 of %2").arg(dayList, monthList);
        }
        return single ? QCoreApplication::translate("sb::CronExpression", "on day %1 in %2").arg(dayList, monthList)
                      : QCoreApplication::translate("sb::CronExpression", "on days %1 in %2").arg(dayList, monthList);
    };
    const auto weekdayPhrase = [&]() {
        const QString phrase =
            weekdays.size() == 1
                ? QCoreApplication::translate("sb::CronExpression", "every %1").arg(label(weekdays.first(), Labels::Weekdays))
                : QCoreApplication::translate("sb::CronExpression", "on %1").arg(formatList(weekdays, Labels::Weekdays));
        return allMonths ? phrase
                         : QCoreApplication::translate("sb::CronExpression", "%1 in %2").arg(phrase, monthList);
    };
    const auto monthOnlyPhrase = [&]() {
        if (allMonths)
            return fixed ? QCoreApplication::translate("sb::CronExpression", "every day") : QString();
        return fixed ? QCoreApplication::translate("sb::CronExpression", "every day in %1").arg(monthList)
                     : QCoreApplication::translate("sb::CronExpression", "in %1").arg(monthList);
    };

    QString day;
    if (orMode) {
        if (allDays || allWeekdays)
            day = monthOnlyPhrase();
        else if (!anyValidDay) // e.g. "31 2 MON": only the weekday part can ever match
            day = weekdayPhrase();
        else
            day = QCoreApplication::translate("sb::CronExpression", "%1 and %2").arg(dayOfMonthPhrase(), weekdayPhrase());
    } else if (allDays && allWeekdays) {
        day = monthOnlyPhrase();
    } else if (allWeekdays) {
        day = dayOfMonthPhrase();
    } else if (allDays) {
        day = weekdayPhrase();
    } else {
        QStringList names;
        for (int d : weekdays)
            names.append(label(d, Labels::Weekdays));
        day = QCoreApplication::translate("sb::CronExpression", "%1, but only if that day is a %2")
                  .arg(dayOfMonthPhrase(), joinWith(names, true));
    }

    QString text = day.isEmpty() ? time : QCoreApplication::translate("sb::CronExpression", "%1 %2").arg(time, day);
    if (!orMode && onlyLeapDay)
        text = QCoreApplication::translate("sb::CronExpression", "%1 (leap years only)").arg(text);
    return text;
}

} // namespace sb
