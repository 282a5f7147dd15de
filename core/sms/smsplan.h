#pragma once

// The SMS plan: what the scheduler decided for each message of each contact, and the
// store that keeps it between runs (../shared/docs/sms-scheduling.md). A message is
// planned (known, not yet in Infobip: beyond the 180-day horizon, or not yet written by a
// dry run), scheduled (in Infobip, PENDING), sent, cancelled or skipped — always with the
// reason in words. The store also keeps the SMS settings (the countries table).

#include "common/result.h"
#include "sms/smscountries.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace sb {
class Store;
}

namespace sb::sms {

enum class MessageState { Planned, Scheduled, Sent, Cancelled, Skipped };
QString stateName(MessageState state);                 // "planned", "scheduled", … (stable, for JSON)
QString stateTitle(MessageState state);                // translated, for the console
std::optional<MessageState> stateFromName(const QString &name);

struct PlannedMessage
{
    QString bulkId;          // the filled template; "row-<n>" when the template cannot be filled
    int row = 0;             // 1-based row of the table
    QString group;           // the row's Name: "04 - Casting Campaign"
    MessageState state = MessageState::Planned;
    QString reason;          // why skipped / cancelled / planned; what was done for scheduled
    QString language;        // the column whose text is sent ("English" after a fallback)
    QString to;              // the phone number as Infobip gets it (digits)
    QString from;            // the sender id
    QString text;            // the rendered text (empty when it could not be rendered)
    QDateTime sendAtUtc;     // invalid when there is no send time (ineligible, bad row)
    QDateTime sendAtLocal;   // the same instant in timeZone
    QString timeZone;        // IANA id used
    bool educational = true; // false: a visit reminder
    bool late = false;       // its time had passed: sendAt is the next allowed moment (planning
                             // only; a run keeps the time Infobip already has for it)
};

struct ContactPlan
{
    QString contactId;   // CommCare_Case_ID__c, else the Salesforce Id
    QString contactName; // Patient_Name__c
    QString clinic;      // Account.Name
    QList<PlannedMessage> messages;
};

// One contact's row in the plans list.
struct ContactPlanSummary
{
    QString contactId;
    QString contactName;
    QString clinic;
    std::array<int, 5> counts{}; // by int(MessageState)
    QDateTime nextSendUtc; // the earliest scheduled message still ahead; invalid when none
    QDateTime updatedAt;
};

class SmsPlanStore
{
public:
    explicit SmsPlanStore(Store &store);

    // Replaces the stored plan of each contact (its messages not in the new plan are
    // removed). One transaction for the whole list.
    Status save(const QList<ContactPlan> &plans);
    // One contact's stored plan; an empty plan (no messages) when the contact is unknown.
    Result<ContactPlan> load(const QString &contactId) const;
    // Every contact with a plan, filtered by a text in the id, name or clinic (empty: all),
    // ordered by contact name; at most `limit` rows.
    Result<QList<ContactPlanSummary>> contacts(const QString &filter = {}, int limit = 5000) const;
    // Scheduled (pending) messages per clinic name.
    Result<QHash<QString, int>> pendingByClinic() const;

private:
    Store &m_store;
};

// The SMS settings kept in the store.
class SmsSettingsStore
{
public:
    explicit SmsSettingsStore(Store &store);

    // The countries table: the saved one, or the built-in default when never saved.
    Result<QList<Country>> countries() const;
    bool countriesAreDefault() const;
    // Validates (every field as readCountriesCsv does), saves, and writes an audit event.
    Status saveCountries(const QList<Country> &countries);

private:
    Store &m_store;
};

// The name of the table the scheduler uses when none is given.
inline constexpr const char *kDefaultTableName = "Master Mapping Table";

} // namespace sb::sms
