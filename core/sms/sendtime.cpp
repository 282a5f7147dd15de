#include "sms/sendtime.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <unordered_map>
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

// A zone's offsets as a table of transitions, read from the time-zone database once per
// zone and thread: the planner asks for thousands of offsets per second, and
// QTimeZone::offsetFromUtc() reads the database on each call. Outside the table's range
// (1900–2200) QTimeZone answers directly.
struct ZoneTable
{
    qint64 from = 0;
    qint64 to = 0;
    int initial = 0;                // the offset before the first transition
    std::vector<qint64> at;         // transition instants, ms since the epoch, ascending
    std::vector<int> offset;        // the offset from each transition on, seconds
};

const ZoneTable &zoneTable(const QTimeZone &zone)
{
    thread_local QHash<QByteArray, std::shared_ptr<ZoneTable>> tables;
    thread_local QTimeZone lastZone;
    thread_local const ZoneTable *last = nullptr;
    // Compared by id without copying it (a copy would count a reference on data every
    // planning thread shares).
    if (last && zone == lastZone)
        return *last;
    const QByteArray id = zone.id();
    if (const auto it = tables.constFind(id); it != tables.constEnd()) {
        lastZone = zone;
        last = it->get();
        return *last;
    }
    auto table = std::make_unique<ZoneTable>();
    const QDateTime from(QDate(1900, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(2200, 1, 1), QTime(0, 0), QTimeZone::utc());
    table->from = from.toMSecsSinceEpoch();
    table->to = to.toMSecsSinceEpoch();
    table->initial = zone.offsetFromUtc(from);
    for (const QTimeZone::OffsetData &t : zone.transitions(from, to)) {
        const qint64 ms = t.atUtc.toMSecsSinceEpoch();
        if (!table->at.empty() && ms <= table->at.back())
            continue;
        table->at.push_back(ms);
        table->offset.push_back(t.offsetFromUtc);
    }
    lastZone = zone;
    last = table.get();
    tables.insert(id, std::shared_ptr<ZoneTable>(std::move(table)));
    return *last;
}

// A zone and its table, looked up once per send time.
struct Zone
{
    const QTimeZone &zone;
    const ZoneTable &table;
    explicit Zone(const QTimeZone &z) : zone(z), table(zoneTable(z)) {}
};

int offsetAt(const Zone &z, qint64 msecs)
{
    const QTimeZone &zone = z.zone;
    const ZoneTable &t = z.table;
    if (msecs < t.from || msecs >= t.to)
        return zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc()));
    const auto next = std::upper_bound(t.at.begin(), t.at.end(), msecs);
    if (next == t.at.begin())
        return t.initial;
    return t.offset[size_t(next - t.at.begin() - 1)];
}

// The instant of the wall time `wallMs` (a local date and time read as if it were UTC) in
// `zone`, by rule 2 (see resolveLocalTime).
qint64 resolveWall(qint64 wallMs, const Zone &zone)
{
    // The real instant is the wall time minus the offset in force at the instant. The
    // offsets that can apply are those in force two days either side (no zone changes its
    // offset twice within four days). Most days no transition is that close: one offset.
    const ZoneTable &t = zone.table;
    if (wallMs - 2 * kMsPerDay >= t.from && wallMs + 2 * kMsPerDay < t.to) {
        const auto next = std::upper_bound(t.at.begin(), t.at.end(), wallMs - 2 * kMsPerDay);
        if (next == t.at.end() || *next > wallMs + 2 * kMsPerDay) {
            const int off = next == t.at.begin() ? t.initial : t.offset[size_t(next - t.at.begin() - 1)];
            return wallMs - qint64(off) * 1000;
        }
    }
    const int offsets[3] = {offsetAt(zone, wallMs - 2 * kMsPerDay), offsetAt(zone, wallMs),
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
        const int before = *std::min_element(std::begin(offsets), std::end(offsets));
        best = wallMs - qint64(before) * 1000;
    }
    return best;
}

// A message translated once per call site and thread (the console's language is chosen at
// start); the planner formats thousands of these per second.
template<typename Fn>
const QString &translatedOnce(Fn &&fn)
{
    thread_local const QString text = fn();
    return text;
}

struct Windowed
{
    qint64 at = 0; // ms since the epoch
    bool moved = false;
};

// Rule 3: the 08:00–20:00 window on the local wall clock of `instant` in `zone`.
Windowed intoWindow(qint64 instant, const Zone &zone)
{
    const qint64 wall = instant + qint64(offsetAt(zone, instant)) * 1000;
    const qint64 day = floorDiv(wall, kMsPerDay) * kMsPerDay;
    const qint64 timeOfDay = wall - day;
    const qint64 open = qint64(kWindowOpen.msecsSinceStartOfDay());
    const qint64 close = qint64(kWindowClose.msecsSinceStartOfDay());
    if (timeOfDay < open)
        return {resolveWall(day + open, zone), true};
    if (timeOfDay >= close)
        return {resolveWall(day + kMsPerDay + open, zone), true};
    return {instant, false};
}

// ISO 8601 with the offset ("2026-03-03T11:00:00+08:00"), written out: QDateTime::toString
// costs more than the rest of a send time.
QString localText(const QDateTime &at)
{
    const QDate d = at.date();
    const QTime t = at.time();
    const int off = at.offsetFromUtc();
    const int absOff = off < 0 ? -off : off;
    char buf[40];
    const int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", d.year(), d.month(), d.day(),
                                t.hour(), t.minute(), t.second(), off < 0 ? '-' : '+', absOff / 3600, (absOff % 3600) / 60);
    return QString::fromLatin1(buf, n);
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
    const qint64 wallMs = QDateTime(date, time, QTimeZone::utc()).toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(resolveWall(wallMs, Zone(zone)), zone);
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
    const QString clockText = input.clockTime.isValid() ? QString() : input.clock.trimmed();
    const QTime clock = input.clockTime.isValid() ? input.clockTime
                                                  : clockText.isEmpty() ? input.defaultClock : parseClockTime(clockText);
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
    const QDate wallDate = input.ssd.addDays(qint64(input.days) + carryDays);
    static const qint64 firstDay = QDate(1900, 1, 1).toJulianDay();
    static const qint64 endDay = QDate(2200, 1, 1).toJulianDay();
    if (!wallDate.isValid() || wallDate.toJulianDay() < firstDay || wallDate.toJulianDay() >= endDay) {
        r.reason = Tr::tr("The send date is outside the supported calendar range.");
        return r;
    }
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    const qint64 wallMs = (wallDate.toJulianDay() - epochDay) * kMsPerDay + (wallSecs - carryDays * kSecsPerDay) * 1000;
    const Zone zone(input.zone);
    const qint64 wall = resolveWall(wallMs, zone);

    // Rule 3.
    Windowed w = intoWindow(wall, zone);
    r.moved = w.moved;
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto fill = [&r, &zone](qint64 ms) {
        r.at = QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offsetAt(zone, ms));
        r.atUtc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    };

    // Rule 4.
    if (w.at < nowMs) {
        if (input.educational && nowMs - w.at > kMsPerDay) {
            r.decision = SendDecision::SkippedPast;
            fill(w.at);
            r.reason = translatedOnce([] { return Tr::tr("The message was due at %1, which passed more than a day ago."); })
                               .arg(localText(r.at));
            return r;
        }
        const qint64 nextMinute = (floorDiv(nowMs, kMsPerMinute) + 1) * kMsPerMinute;
        w = intoWindow(nextMinute, zone);
        r.moved = w.moved;
        r.late = true;
    }

    // Rule 5.
    if (!input.educational) {
        const qint64 limit = (input.appointment.addDays(kReminderGraceDays + 1).toJulianDay() - epochDay) * kMsPerDay;
        if (w.at >= resolveWall(limit, zone)) {
            r.decision = SendDecision::SkippedPast;
            fill(w.at);
            r.reason = translatedOnce([] { return Tr::tr("The reminder would be sent at %1, more than %2 days after the appointment on %3."); })
                               .arg(localText(r.at))
                               .arg(kReminderGraceDays)
                               .arg(input.appointment.toString(Qt::ISODate));
            return r;
        }
    }
    fill(w.at);

    // Rule 6.
    if (w.at - nowMs > qint64(kHorizonDays) * kMsPerDay) {
        r.decision = SendDecision::LaterHorizon;
        if (input.explainLater)
            r.reason = translatedOnce([] { return Tr::tr("The message is due at %1, more than %2 days ahead; a later run will schedule it."); })
                           .arg(localText(r.at))
                           .arg(kHorizonDays);
        return r;
    }

    // Rule 7.
    r.decision = SendDecision::Schedule;
    return r;
}

} // namespace sb::sms
