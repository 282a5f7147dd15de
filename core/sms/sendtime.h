#pragma once

// When one message of the table is sent to one contact (../shared/docs/sms-scheduling.md,
// "When a message is sent"): SSD + days at the clock time + minutes, in the contact's IANA
// time zone with daylight saving, moved into the 08:00–20:00 local window, then judged
// against now: in the past (skipped or, for missed-visit reminders, kept up to 7 days after
// the appointment), beyond the 180-day horizon (kept for a later run), or due.
//
// The rules exactly as computeSendTime() applies them, in this order:
//  1. Invalid (with a reason) when ssd, zone or now is invalid, when a visit reminder has no
//     valid appointment date, or when the clock is not "H:MM"/"HH:MM" (hour 0–23, minutes
//     exactly two digits 00–59; surrounding spaces ignored; "25:00", "24:00", "9h", "9:5"
//     are refused). A blank clock takes defaultClock.
//  2. Wall time: date = ssd + days, time = clock + minutes, added on the wall clock (minutes
//     past midnight carry into the date, negative minutes borrow), so 9:00 + 90 = 10:30 on
//     any day, DST or not. The wall time is then placed in `zone` by resolveLocalTime():
//     an ambiguous wall time (fall back) is the first occurrence (the earlier instant); a
//     wall time in a spring-forward gap is moved forward by the length of the gap (01:30 in
//     London on the change day is 02:30 BST). Qt 6.4's QDateTime(date, time, zone) is not
//     used for this: it returns an invalid QDateTime in a gap and the second occurrence
//     of an ambiguous time.
//  3. Window, on the local wall time of that instant: before 08:00 → 08:00 the same local
//     date; at or after 20:00 → 08:00 the next local date (resolved again in the zone, so
//     DST on that day counts). `moved` is true when this changed the time.
//  4. In the past (the windowed instant is earlier than now):
//     - educational: more than 24 h (86 400 s) before now → SkippedPast; otherwise due now;
//     - visit reminder: due now, with no 24-hour limit;
//     due now means: the start of the next whole minute strictly after now (10:07:30 →
//     10:08, 10:07:00 → 10:08), put through the window of step 3 in the zone (after 20:00
//     → 08:00 the next day, before 08:00 → 08:00 today); `late` is true, and `moved` is
//     true when that window step changed the time.
//  5. Visit reminders are never sent after the end of the 7th day after the appointment,
//     i.e. at or after 00:00 local of appointment + 8 days: a send instant (from step 3 or
//     step 4) at or after that → SkippedPast. This holds for future times too.
//  6. More than 180 days ahead (at − now > 180 × 24 h, exact milliseconds) → LaterHorizon
//     with `at` filled; exactly 180 × 24 h is still scheduled.
//  7. Otherwise Schedule at `at`.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace sb::sms {

struct SendTimeInput
{
    QDate ssd;              // the schedule start date (already resolved from `now` or a field)
    int days = 0;           // "Days from SSD"
    QString clock;          // "Clock Time": "H:MM" / "HH:MM", or empty
    QTime clockTime;        // when valid: the clock already parsed (`clock` is then not read)
    int minutes = 0;        // "Min From SSD" (0 when blank)
    QTimeZone zone;         // the contact's zone (SMS_Timezone__c, else the country's)
    QTime defaultClock = QTime(10, 0); // for a blank clock
    bool educational = true;           // false: a visit reminder
    QDate appointment;                 // visit reminders: the appointment the reminder is about
    bool explainLater = true;          // false: no `reason` for LaterHorizon (the caller words it)
};

enum class SendDecision {
    Schedule,      // due within the horizon: schedule at `at`
    LaterHorizon,  // more than 180 days ahead: keep in the plan; a later run schedules it
    SkippedPast,   // in the past beyond what the rules allow
    Invalid,       // bad clock text or invalid zone/date; see `reason`
};

struct SendTime
{
    SendDecision decision = SendDecision::Invalid;
    QDateTime at;        // the local wall time after the window, with the zone's offset at that
                         // instant (Qt::OffsetFromUTC; zone.abbreviation(atUtc) names it);
                         // valid unless Invalid
    QDateTime atUtc;     // the same instant in UTC
    bool moved = false;  // the window moved it
    bool late = false;   // its time had passed: sent at the next allowed moment instead (rule 4)
    QString reason;      // why skipped / later / invalid, one sentence
};

inline constexpr int kHorizonDays = 180;
inline constexpr int kReminderGraceDays = 7;

// "H:MM" / "HH:MM" → the time; an invalid QTime for anything else (rule 1).
QTime parseClockTime(const QString &text);

// The instant of a local wall time in `zone` (rule 2: first occurrence when ambiguous,
// moved forward by the gap when it does not exist). Invalid if date, time or zone is.
QDateTime resolveLocalTime(QDate date, QTime time, const QTimeZone &zone);

SendTime computeSendTime(const SendTimeInput &input, const QDateTime &now);

} // namespace sb::sms
