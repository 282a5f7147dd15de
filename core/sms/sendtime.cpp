#include "sms/sendtime.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

// The rules are listed in sendtime.h. All arithmetic on instants is in exact milliseconds
// since the epoch; all arithmetic on wall times is on (date, minutes past midnight), so a
// DST change never stretches "90 minutes after 9:00" or "the next day at 08:00".

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsSendTime)
};

constexpr qint64 kMsPerMinute = 60 * 1000;
constexpr qint64 kMsPerDay = 24 * 60 * kMsPerMinute;
constexpr qint64 kSecsPerDay = 24 * 60 * 60;

const QTime kWindowOpen(8, 0);
const QTime kWindowClose(20, 0);

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

int offsetAt(const QTimeZone &zone, qint64 msecs)
{
    return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()));
}

struct Windowed
{
    QDateTime at;
    bool moved = false;
};

// Rule 3: the 08:00–20:00 window on the local wall clock of `instant` in `zone`.
Windowed intoWindow(const QDateTime &instant, const QTimeZone &zone)
{
    const QDateTime local = instant.toTimeZone(zone);
    const QTime t = local.time();
    if (t < kWindowOpen)
        return {resolveLocalTime(local.date(), kWindowOpen, zone), true};
    if (t >= kWindowClose)
        return {resolveLocalTime(local.date().addDays(1), kWindowOpen, zone), true};
    return {local, false};
}

QString localText(const QDateTime &at)
{
    return at.toString(Qt::ISODate);
}

} // namespace

QTime parseClockTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h > 23 || min > 59)
        return {};
    return QTime(h, min);
}

QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return {};
    // The wall time read as if it were UTC; the real instant is that minus the offset in
    // force at the instant. The offsets that can apply are those in force two days either
    // side (no zone changes its offset twice within four days).
    const qint64 wallMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    std::vector<int> offsets = {offsetAt(zone, wallMs - 2 * kMsPerDay), offsetAt(zone, wallMs),
                                offsetAt(zone, wallMs + 2 * kMsPerDay)};
    bool found = false;
    qint64 best = 0;
    for (const int off : offsets) {
        const qint64 candidate = wallMs - qint64(off) * 1000;
        if (offsetAt(zone, candidate) != off)
            continue;
        // Ambiguous (fall back): two candidates; the first occurrence is the earlier one.
        if (!found || candidate < best)
            best = candidate;
        found = true;
    }
    if (!found) {
        // A spring-forward gap: read the wall time with the offset before the change (the
        // smaller one), which lands the length of the gap later on the new offset's clock.
        const int before = *std::min_element(offsets.begin(), offsets.end());
        best = wallMs - qint64(before) * 1000;
    }
    return QDateTime::fromMSecsSinceEpoch(best, zone);
}

SendTime computeSendTime(const SendTimeInput &input, const QDateTime &now)
{
    SendTime r;

    // Rule 1.
    if (!input.ssd.isValid()) {
        r.reason = Tr::tr("The schedule start date is missing or invalid.");
        return r;
    }
    if (!input.zone.isValid()) {
        r.reason = Tr::tr("The contact's time zone is missing or not a known IANA time zone.");
        return r;
    }
    if (!now.isValid()) {
        r.reason = Tr::tr("The current time is invalid.");
        return r;
    }
    if (!input.educational && !input.appointment.isValid()) {
        r.reason = Tr::tr("A visit reminder needs the date of the appointment it is about.");
        return r;
    }
    const QString clockText = input.clock.trimmed();
    const QTime clock = clockText.isEmpty() ? input.defaultClock : parseClockTime(clockText);
    if (!clock.isValid()) {
        r.reason = clockText.isEmpty()
                ? Tr::tr("The clock time is blank and the default clock time is invalid.")
                : Tr::tr("The clock time “%1” is not a time of day written H:MM or HH:MM (00:00 to 23:59).")
                          .arg(clockText);
        return r;
    }

    // Rule 2: wall-clock arithmetic, then placed in the zone.
    const qint64 wallSecs = clock.msecsSinceStartOfDay() / 1000 + qint64(input.minutes) * 60;
    const qint64 carryDays = floorDiv(wallSecs, kSecsPerDay);
    const QTime wallTime = QTime::fromMSecsSinceStartOfDay(int((wallSecs - carryDays * kSecsPerDay) * 1000));
    const QDate wallDate = input.ssd.addDays(qint64(input.days) + carryDays);
    const QDateTime wall = resolveLocalTime(wallDate, wallTime, input.zone);
    if (!wall.isValid()) {
        r.reason = Tr::tr("The send date is outside the supported calendar range.");
        return r;
    }

    // Rule 3.
    Windowed w = intoWindow(wall, input.zone);
    r.moved = w.moved;
    const qint64 nowMs = now.toMSecsSinceEpoch();

    // Rule 4.
    if (w.at.toMSecsSinceEpoch() < nowMs) {
        if (input.educational && nowMs - w.at.toMSecsSinceEpoch() > kMsPerDay) {
            r.decision = SendDecision::SkippedPast;
            r.at = w.at;
            r.atUtc = w.at.toUTC();
            r.reason = Tr::tr("The message was due at %1, which passed more than a day ago.")
                               .arg(localText(w.at));
            return r;
        }
        const qint64 nextMinute = (floorDiv(nowMs, kMsPerMinute) + 1) * kMsPerMinute;
        w = intoWindow(QDateTime::fromMSecsSinceEpoch(nextMinute, input.zone), input.zone);
        r.moved = w.moved;
        r.late = true;
    }
    r.at = w.at;
    r.atUtc = w.at.toUTC();

    // Rule 5.
    if (!input.educational) {
        const QDateTime limit =
                resolveLocalTime(input.appointment.addDays(kReminderGraceDays + 1), QTime(0, 0), input.zone);
        if (r.at >= limit) {
            r.decision = SendDecision::SkippedPast;
            r.reason = Tr::tr("The reminder would be sent at %1, more than %2 days after the appointment on %3.")
                               .arg(localText(r.at))
                               .arg(kReminderGraceDays)
                               .arg(input.appointment.toString(Qt::ISODate));
            return r;
        }
    }

    // Rule 6.
    if (r.at.toMSecsSinceEpoch() - nowMs > qint64(kHorizonDays) * kMsPerDay) {
        r.decision = SendDecision::LaterHorizon;
        r.reason = Tr::tr("The message is due at %1, more than %2 days ahead; a later run will schedule it.")
                           .arg(localText(r.at))
                           .arg(kHorizonDays);
        return r;
    }

    // Rule 7.
    r.decision = SendDecision::Schedule;
    return r;
}

} // namespace sb::sms
