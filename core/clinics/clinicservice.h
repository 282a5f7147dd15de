#pragma once

// Clinic status changes and what they do to SMS (docs/clinics.md). One core path for the
// console, the command line and the demo's daily sync workflow:
//
//  * sync: Salesforce Accounts → the store; a status that changed in Salesforce is recorded
//    (source "salesforce") and the clinic's contacts are re-planned at once;
//  * preview: what a status change would cancel and schedule again, exactly (the
//    scheduler's run against the stored plans, with nothing sent);
//  * setStatus: writes Account.Status__c to Salesforce first — if that fails nothing changes
//    here — then records the change and re-plans the clinic's contacts through the scheduler
//    (cancel; or, back to Actively Supported, schedule again under new bulkIds: nobody is
//    re-enrolled by hand). Contacts whose requests failed stay pending, with the error, for
//    retry().
//
// Everything here blocks on the network: call it off the GUI thread.

#include "clinics/clinicstore.h"
#include "common/result.h"
#include "sms/smsrun.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace sb {
class Store;
namespace sandbox {
class Sandbox;
}
namespace sms {
class SmsPlanner;
}
} // namespace sb

namespace sb::clinics {

// Where clinics live and where SMS go: the credentials of the project that schedules SMS
// (a job on @switchboard/language-sms, and one on @openfn/language-salesforce).
struct Connections
{
    QString project;
    QString environment;
    QJsonObject salesforce; // the salesforce adaptor's configuration (never logged)
    QJsonObject infobip;    // {baseUrl, apiKey}
};
// `sandbox` (may be null) answers for credentials in the sandbox environment.
Result<Connections> resolveConnections(Store &store, sandbox::Sandbox *sandbox);

// The fields the scheduler reads of a Contact (the demo's SMS flow queries the same).
QString smsContactFields();

// What a change does (or would do) to one clinic's SMS.
struct Effect
{
    QString clinic;
    QString from;
    QString to;
    int patients = 0;         // the clinic's contacts in the SMS programme
    int patientsAffected = 0; // with at least one message cancelled or scheduled
    PendingSms cancel;        // pending messages cancelled, by kind
    PendingSms schedule;      // scheduled (again), by kind
    int unplannedPatients = 0; // no stored plan: whatever the rules cancel is looked up in Infobip
    QList<sms::RunWrite> writes; // exactly which bulkIds (adopted lookups excluded)
};

struct ChangeOutcome
{
    Effect effect;                  // as previewed (a dry run) or as done
    StatusChange change;            // id 0 for a dry run
    sms::RunCounts counts;          // the re-planning run
    QList<PendingReplan> pending;   // contacts still to re-plan (their requests failed)
    QStringList errors;
};

struct SyncOutcome
{
    int clinics = 0;
    int patients = 0;
    QList<StatusChange> changes;   // statuses changed in Salesforce since the last sync
    QList<ChangeOutcome> replans;  // one per change
};

class ClinicService
{
public:
    ClinicService(Store &store, Connections connections);
    ~ClinicService();

    Result<SyncOutcome> sync();
    // What sync() does with Accounts however they were read (the sync workflow hands them
    // over): `contactsOf` gives a changed clinic's SMS contacts for its re-planning.
    using ContactsOf = std::function<Result<QList<QJsonObject>>(const Clinic &)>;
    Result<SyncOutcome> applyAccounts(const QList<QJsonObject> &accounts, const QHash<QString, int> &patients,
                                      const ContactsOf &contactsOf);
    Result<Effect> preview(const QString &clinicName, const QString &status);
    // dryRun: the preview only (nothing is written anywhere).
    Result<ChangeOutcome> setStatus(const QString &clinicName, const QString &status, ChangeSource source, bool dryRun = false);
    // Re-plans a clinic's contacts again (after a partial failure); idempotent.
    Result<ChangeOutcome> retry(const QString &clinicName);

    // For tests: the time the scheduler plans at; a call made just before the Salesforce
    // write (to make that write fail).
    void setNow(const QDateTime &now) { m_now = now; }
    void setBeforeWrite(std::function<void()> hook) { m_beforeWrite = std::move(hook); }

private:
    Result<std::shared_ptr<const sms::SmsPlanner>> planner();
    Result<QList<QJsonObject>> contactsOf(const QString &accountId);
    ChangeOutcome replan(const Clinic &clinic, const QList<QJsonObject> &contacts, const QString &status, bool preview);

    Store &m_store;
    Connections m_connections;
    std::unique_ptr<class SalesforceClient> m_salesforce;
    QDateTime m_now;
    std::function<void()> m_beforeWrite;
};

// The daily sync workflow's way in (@switchboard/language-clinics): the Accounts and SMS
// Contacts a salesforce step queried, and the Infobip credential. Same effect as sync().
// Request {"accounts": [...], "contacts": [...], "configuration": {baseUrl, apiKey}}.
// Answer {"ok": true, "clinics", "changes": [{clinic, from, to, cancelled, scheduled, pending}]}
// or {"ok": false, "error"}.
QByteArray syncForJob(Store &store, const QByteArray &request);

} // namespace sb::clinics
