#pragma once

// The SMS scheduler (../shared/docs/sms-scheduling.md): from a Salesforce Contact and the
// published Master Mapping Table, which messages the contact should get, when (in the
// contact's zone, inside the 08:00–20:00 window, within the 180-day horizon), with which
// text and sender — and which bulkIds must be cancelled, and why. Planning is pure and
// fast (no network, no store); SmsRun (smsrun.h) then writes the plan to Infobip.
//
// Groups are known by the number that starts the row's Name ("04 - Casting Campaign" → 4,
// "09A - …" → 9): 1–2 registration, 3–4 casting, 5 tenotomy, 6–7 bracing day, 8–9 bracing
// night, 10 complete, 11–13 brace problems, 14 visit reminder before, 15 after a missed
// visit, 16 suspended.

#include "common/result.h"
#include "sms/sendtime.h"
#include "sms/smscountries.h"
#include "sms/smsplan.h"
#include "sms/smstable.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

#include <memory>

namespace sb::sms {

struct Cancellation
{
    QString bulkId;
    QString reason; // the rule, in words: "treatment is now Bracing Day"
    int row = 0;
    QString group;
};

// One contact's plan as computed now. Messages in `plan.messages` are in table order:
// state Planned with `due` set when the message is within the horizon and must be
// scheduled now; Planned without `due` when it lies beyond the horizon; Skipped with the
// reason otherwise (past, ineligible, broken text or template, no time zone …).
struct ContactDecision
{
    ContactPlan plan;
    QList<bool> due;            // parallel to plan.messages
    QList<Cancellation> cancel; // bulkIds the rules say must be cancelled if they exist
    QStringList warnings;       // reported, not blocking (a translation fell back to English)

    // Without cancel ids (plan(…, false)): the rule cancellations as table rows, their
    // bulkIds built by SmsPlanner::materializeCancellations() when needed. A scheduling
    // run needs them only for contacts it adopts or whose scheduled messages left the plan.
    struct RowCancel
    {
        int row = 0;    // 0-based row index
        int reason = 0; // into cancelReasons
    };
    QList<RowCancel> cancelRows;
    QStringList cancelReasons;
    // Likewise the reminders of an earlier appointment date (Original_Next_Visit_Date__c,
    // Last_Visit_Date__c): the dates, and how many bulkIds they give.
    struct OldVisit
    {
        QString field;
        QString value;
    };
    QList<OldVisit> oldVisits;
    QDate nextVisit;
    int oldVisitCandidates = 0;
    int cancelCount() const { return int(cancel.size() + cancelRows.size()) + oldVisitCandidates; }
};

struct PlannerOptions
{
    QTime defaultClock = QTime(10, 0); // for rows with a blank Clock Time
};

class SmsPlanner
{
public:
    // Reads every row once (group, SSD, days, clock, minutes, template, texts). Rows that do
    // not parse are kept and planned as Skipped with the validator's reason, so one bad row
    // never stops the others.
    SmsPlanner(const SmsTable &table, const QList<Country> &countries, PlannerOptions options = {});
    ~SmsPlanner();
    SmsPlanner(SmsPlanner &&) noexcept;

    // withCancelIds false: rule cancellations are kept as rows (see ContactDecision).
    ContactDecision plan(const QJsonObject &contact, const QDateTime &now, bool withCancelIds = true) const;
    // Builds the bulkIds of `decision`'s row cancellations into `decision.cancel`.
    void materializeCancellations(const QJsonObject &contact, ContactDecision &decision) const;

    int rowCount() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// The group number of a row's Name ("09A - …" → 9), 0 when it has none.
int groupNumber(const QString &name);
// A visit reminder's group (14 before the visit, 15 after a missed one); the others are
// educational.
inline bool isReminderGroup(const QString &name)
{
    const int g = groupNumber(name);
    return g == 14 || g == 15;
}

} // namespace sb::sms
