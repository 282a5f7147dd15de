#pragma once

// Clinics as the store keeps them (docs/clinics.md): the Salesforce Accounts a sync
// brought in (name, Status__c, Country__c, CAST_Location_ID__c, patients), every status
// change with who, when, from, to and where it came from, the SMS pending per clinic by
// kind, and the contacts whose re-planning after a change still has to be done.

#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {
class Store;
}

namespace sb::clinics {

// The statuses of Account.Status__c the scheduler knows (../shared/docs/sms-scheduling.md).
inline constexpr const char *kActive = "Actively Supported";
inline constexpr const char *kSuspended = "Temporarily Suspended";
inline constexpr const char *kPrevious = "Previously Supported";
inline constexpr const char *kGuest = "Active - CAST Guest User Only";
QStringList knownStatuses();
// What a status means for SMS, in words ("everything", "no visit reminders", "nothing").
QString statusEffect(const QString &status);
// The exact status for a name typed in any case ("actively supported"), empty when none.
QString canonicalStatus(const QString &typed);

struct Clinic
{
    QString salesforceId;
    QString name;
    QString status;
    QString country;
    QString locationId; // CAST_Location_ID__c
    int patients = 0;   // contacts in the SMS programme
    QDateTime syncedAt;
};

// Where a change came from: made in Salesforce (a sync, or the daily sync workflow, found
// it), or made from Switchboard's console or command line.
enum class ChangeSource { Salesforce, Console, CommandLine };
QString sourceName(ChangeSource source);  // "salesforce", "console", "cli"
QString sourceTitle(ChangeSource source); // translated
ChangeSource sourceFromName(const QString &name);

struct StatusChange
{
    qint64 id = 0;
    QString clinicId;
    QString clinic;
    QDateTime at;
    QString actor; // the OS account that made it; "Salesforce" for changes a sync found
    QString from;
    QString to;
    QString source; // sourceName()
    QString detail; // what it did: "12 cancelled, 0 scheduled; 2 contacts pending"
};

struct PendingSms
{
    int educational = 0;
    int reminders = 0;
    int total() const { return educational + reminders; }
};

struct PendingReplan
{
    QString contactId;
    QString error;
    QDateTime at;
};

class ClinicStore
{
public:
    explicit ClinicStore(Store &store);

    // Clinics by name; `filter` matches name, country or status (empty: all).
    Result<QList<Clinic>> list(const QString &filter = {}) const;
    // By exact name, else case-insensitive; an error names the choices when ambiguous.
    Result<Clinic> find(const QString &name) const;

    // What a sync read from Salesforce: clinics are added or updated (none is removed: a
    // clinic that disappears keeps its history); a stored clinic whose status differs is
    // recorded as a change from Salesforce. Returns those changes.
    Result<QList<StatusChange>> applySync(const QList<Clinic> &accounts);
    // A change made from Switchboard (already written to Salesforce): the clinic's status
    // and the history, in one transaction.
    Result<StatusChange> recordChange(const Clinic &clinic, const QString &to, ChangeSource source, const QString &detail);
    Status setChangeDetail(qint64 changeId, const QString &detail);
    // Newest first; one clinic's (by Salesforce id) or all.
    Result<QList<StatusChange>> history(const QString &clinicId = {}, int limit = 500) const;

    // Scheduled messages per clinic name, by kind (from the SMS plans).
    Result<QHash<QString, PendingSms>> pendingSms() const;

    // Contacts whose re-planning failed (the status change is done; SMS are not yet).
    Status setPendingReplans(const QString &clinicId, const QList<PendingReplan> &failed, const QStringList &done);
    Result<QList<PendingReplan>> pendingReplans(const QString &clinicId) const;
    Result<QHash<QString, int>> pendingReplanCounts() const; // clinic id → contacts

private:
    Store &m_store;
};

} // namespace sb::clinics
