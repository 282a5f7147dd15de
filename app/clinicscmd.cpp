#include "clinicscmd.h"
#include "clitext.h"

#include "clinics/clinicservice.h"
#include "clinics/clinicstore.h"
#include "common/paths.h"
#include "engine/credentialsource.h"
#include "sandbox/sandbox.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

namespace sb::cli {

namespace {

using namespace sb::clinics;

int usage(const QString &message)
{
    if (!message.isEmpty())
        err(message);
    err(tr("Usage: switchboard [--db PATH] clinics [--search TEXT] [--json]\n"
           "       switchboard [--db PATH] clinics sync [--json]\n"
           "       switchboard [--db PATH] clinics set-status NAME STATUS [--dry-run] [--json]\n"
           "       switchboard [--db PATH] clinics retry NAME [--json]\n"
           "       switchboard [--db PATH] clinics history [NAME] [--json]\n"
           "STATUS is one of: %1.")
            .arg(knownStatuses().join(QStringLiteral(", "))));
    return 2;
}

void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

QString iso(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject kinds(const PendingSms &p)
{
    return {{QStringLiteral("educational"), p.educational}, {QStringLiteral("reminders"), p.reminders}};
}

QJsonObject changeJson(const StatusChange &c)
{
    return {{QStringLiteral("id"), c.id},         {QStringLiteral("clinic"), c.clinic}, {QStringLiteral("at"), iso(c.at)},
            {QStringLiteral("actor"), c.actor},   {QStringLiteral("from"), c.from},     {QStringLiteral("to"), c.to},
            {QStringLiteral("source"), c.source}, {QStringLiteral("detail"), c.detail}};
}

QJsonObject outcomeJson(const ChangeOutcome &o, bool dryRun)
{
    QJsonArray writes;
    for (const sms::RunWrite &w : o.effect.writes)
        writes.append(QJsonObject{{QStringLiteral("kind"), w.kind == sms::RunWrite::Cancel       ? QStringLiteral("cancel")
                                                           : w.kind == sms::RunWrite::Reschedule ? QStringLiteral("reschedule")
                                                                                                 : QStringLiteral("schedule")},
                                  {QStringLiteral("bulkId"), w.bulkId},
                                  {QStringLiteral("contact"), w.contactId},
                                  {QStringLiteral("educational"), w.educational}});
    QJsonArray pending;
    for (const PendingReplan &p : o.pending)
        pending.append(QJsonObject{{QStringLiteral("contact"), p.contactId}, {QStringLiteral("error"), p.error}});
    QJsonObject out{{QStringLiteral("clinic"), o.effect.clinic},
                    {QStringLiteral("from"), o.effect.from},
                    {QStringLiteral("to"), o.effect.to},
                    {QStringLiteral("dryRun"), dryRun},
                    {QStringLiteral("applied"), o.change.id > 0},
                    {QStringLiteral("patients"), o.effect.patients},
                    {QStringLiteral("patientsAffected"), o.effect.patientsAffected},
                    {QStringLiteral("cancel"), kinds(o.effect.cancel)},
                    {QStringLiteral("schedule"), kinds(o.effect.schedule)},
                    {QStringLiteral("unplannedPatients"), o.effect.unplannedPatients},
                    {QStringLiteral("writes"), writes},
                    {QStringLiteral("pending"), pending},
                    {QStringLiteral("errors"), QJsonArray::fromStringList(o.errors)}};
    if (o.change.id > 0)
        out.insert(QStringLiteral("change"), changeJson(o.change));
    return out;
}

// What a change does, in words (also the dry run's answer).
void printEffect(const Effect &e, bool done)
{
    const QLocale l;
    out(done ? tr("%1: %2 → %3 (%4).").arg(e.clinic, e.from, e.to, statusEffect(e.to))
             : tr("%1: %2 → %3 would give %4.").arg(e.clinic, e.from, e.to, statusEffect(e.to)));
    out((done ? tr("  cancelled: %1 educational, %2 visit reminders") : tr("  to cancel: %1 educational, %2 visit reminders"))
            .arg(l.toString(e.cancel.educational), l.toString(e.cancel.reminders)));
    out((done ? tr("  scheduled: %1 educational, %2 visit reminders")
              : tr("  to schedule: %1 educational, %2 visit reminders"))
            .arg(l.toString(e.schedule.educational), l.toString(e.schedule.reminders)));
    out(tr("  patients affected: %1 of %2").arg(l.toString(e.patientsAffected), l.toString(e.patients)));
    if (e.unplannedPatients > 0)
        out(trn("  %n patient(s) have no stored SMS plan: what the rules cancel for them is looked up in Infobip "
               "and cancelled if pending.", e.unplannedPatients));
}

struct Context
{
    std::unique_ptr<Store> store;
    sandbox::Sandbox sandbox;
};

// The store, and the sandbox when a project is in the sandbox environment (as the console).
int open(Context &c, const QString &db)
{
    Result<std::unique_ptr<Store>> store = Store::open(db.isEmpty() ? defaultDatabasePath() : db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    c.store = std::move(store).value();
    return 0;
}

Result<Connections> connect(Context &c)
{
    if (anyProjectInSandbox(*c.store))
        if (const Status started = startLocalSandbox(c.sandbox); !started)
            return makeError(tr("The built-in sandbox did not start: %1").arg(started.error().message));
    return resolveConnections(*c.store, &c.sandbox);
}

int list(Context &c, const QString &search, bool json)
{
    ClinicStore clinics(*c.store);
    const Result<QList<Clinic>> all = clinics.list(search);
    const Result<QHash<QString, PendingSms>> pending = clinics.pendingSms();
    const Result<QHash<QString, int>> replans = clinics.pendingReplanCounts();
    if (!all || !pending || !replans) {
        err(!all ? all.error().message : !pending ? pending.error().message : replans.error().message);
        return 1;
    }
    if (json) {
        QJsonArray rows;
        for (const Clinic &k : all.value())
            rows.append(QJsonObject{{QStringLiteral("name"), k.name},
                                    {QStringLiteral("salesforceId"), k.salesforceId},
                                    {QStringLiteral("country"), k.country},
                                    {QStringLiteral("status"), k.status},
                                    {QStringLiteral("locationId"), k.locationId},
                                    {QStringLiteral("patients"), k.patients},
                                    {QStringLiteral("pending"), kinds(pending->value(k.name))},
                                    {QStringLiteral("replanPending"), replans->value(k.salesforceId)},
                                    {QStringLiteral("syncedAt"), iso(k.syncedAt)}});
        printJson(rows);
        return 0;
    }
    if (all->isEmpty()) {
        out(search.isEmpty() ? tr("No clinics yet: `switchboard clinics sync` fetches them from Salesforce.")
                             : tr("No clinic matches “%1”.").arg(search));
        return 0;
    }
    const QLocale l;
    out(tr("%1  %2  %3  %4  %5").arg(tr("Clinic"), -42).arg(tr("Country"), -12).arg(tr("Status"), -30).arg(tr("Patients"), 8).arg(tr("Pending SMS (educational / reminders)")));
    for (const Clinic &k : all.value()) {
        const PendingSms p = pending->value(k.name);
        QString line = QStringLiteral("%1  %2  %3  %4  %5 / %6")
                           .arg(k.name.left(42), -42)
                           .arg(k.country.left(12), -12)
                           .arg(k.status.left(30), -30)
                           .arg(l.toString(k.patients), 8)
                           .arg(l.toString(p.educational), l.toString(p.reminders));
        if (const int r = replans->value(k.salesforceId))
            line += trn("  (%n contact(s) to re-plan: clinics retry)", r);
        out(line);
    }
    return 0;
}

int sync(Context &c, bool json)
{
    const Result<Connections> conn = connect(c);
    if (!conn) {
        err(conn.error().message);
        return 1;
    }
    ClinicService service(*c.store, conn.value());
    const Result<SyncOutcome> o = service.sync();
    if (!o) {
        err(o.error().message);
        return 1;
    }
    bool pending = false;
    for (const ChangeOutcome &r : o->replans)
        pending = pending || !r.pending.isEmpty();
    if (json) {
        QJsonArray changes;
        for (const ChangeOutcome &r : o->replans)
            changes.append(outcomeJson(r, false));
        printJson(QJsonObject{{QStringLiteral("clinics"), o->clinics}, {QStringLiteral("patients"), o->patients},
                              {QStringLiteral("changes"), changes}});
    } else {
        out(tr("%1 clinic(s), %2 patient(s) in the SMS programme (%3, %4 environment).")
                .arg(o->clinics)
                .arg(o->patients)
                .arg(conn->project, conn->environment));
        if (o->changes.isEmpty())
            out(tr("No status changed in Salesforce since the last sync."));
        for (const ChangeOutcome &r : o->replans) {
            out(tr("Changed in Salesforce:"));
            printEffect(r.effect, true);
            for (const PendingReplan &p : r.pending)
                out(tr("  still to re-plan: %1 (%2)").arg(p.contactId, p.error));
        }
    }
    return pending ? 1 : 0;
}

int setStatus(Context &c, const QStringList &args, bool dryRun, bool json)
{
    if (args.size() != 2)
        return usage(tr("clinics set-status needs the clinic's name and the new status (quote names with spaces)."));
    if (canonicalStatus(args.at(1)).isEmpty())
        return usage(tr("“%1” is not a clinic status.").arg(args.at(1)));
    const Result<Connections> conn = connect(c);
    if (!conn) {
        err(conn.error().message);
        return 1;
    }
    ClinicService service(*c.store, conn.value());
    const Result<ChangeOutcome> o = service.setStatus(args.at(0), args.at(1), ChangeSource::CommandLine, dryRun);
    if (!o) {
        err(o.error().message);
        return 1;
    }
    if (json) {
        printJson(outcomeJson(o.value(), dryRun));
    } else if (o->effect.from == o->effect.to) {
        out(tr("%1 is already %2; nothing to change.").arg(o->effect.clinic, o->effect.to));
    } else {
        printEffect(o->effect, !dryRun);
        if (dryRun)
            out(tr("Dry run: nothing was written to Salesforce or Infobip."));
        for (const PendingReplan &p : o->pending)
            out(tr("  still to re-plan: %1 (%2)").arg(p.contactId, p.error));
        if (!o->pending.isEmpty())
            out(trn("The status is changed; %n contact(s) could not be re-planned. Run `switchboard clinics retry \"%1\"`.", int(o->pending.size()))
                    .arg(o->effect.clinic));
    }
    return o->pending.isEmpty() ? 0 : 1;
}

int retry(Context &c, const QStringList &args, bool json)
{
    if (args.size() != 1)
        return usage(tr("clinics retry needs the clinic's name."));
    const Result<Connections> conn = connect(c);
    if (!conn) {
        err(conn.error().message);
        return 1;
    }
    ClinicService service(*c.store, conn.value());
    const Result<ChangeOutcome> o = service.retry(args.at(0));
    if (!o) {
        err(o.error().message);
        return 1;
    }
    if (json) {
        printJson(outcomeJson(o.value(), false));
    } else {
        out(trn("%1: %2 cancelled, %3 scheduled; %n contact(s) still to re-plan.", int(o->pending.size()))
                .arg(o->effect.clinic)
                .arg(o->effect.cancel.total())
                .arg(o->effect.schedule.total()));
        for (const PendingReplan &p : o->pending)
            out(tr("  %1: %2").arg(p.contactId, p.error));
    }
    return o->pending.isEmpty() ? 0 : 1;
}

int history(Context &c, const QStringList &args, bool json)
{
    ClinicStore clinics(*c.store);
    QString id;
    if (!args.isEmpty()) {
        const Result<Clinic> k = clinics.find(args.first());
        if (!k) {
            err(k.error().message);
            return 1;
        }
        id = k->salesforceId;
    }
    const Result<QList<StatusChange>> h = clinics.history(id);
    if (!h) {
        err(h.error().message);
        return 1;
    }
    if (json) {
        QJsonArray rows;
        for (const StatusChange &s : h.value())
            rows.append(changeJson(s));
        printJson(rows);
        return 0;
    }
    if (h->isEmpty())
        out(tr("No status change recorded."));
    for (const StatusChange &s : h.value())
        out(tr("%1  %2: %3 → %4, by %5 (%6)%7")
                .arg(iso(s.at), s.clinic, s.from, s.to, s.actor, s.source)
                .arg(s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail));
    return 0;
}

} // namespace

int clinicsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Show what the change would do; change nothing."));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("Clinics whose name, country or status contain TEXT."),
                                          tr("TEXT"));
    parser.addOptions({dbOption, jsonOption, dryRunOption, searchOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("clinics"))
        positional.removeFirst();
    const QString sub = positional.isEmpty() ? QString() : positional.takeFirst();
    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(dryRunOption) && sub != QLatin1String("set-status"))
        return usage(tr("--dry-run goes with set-status."));
    Context c;
    if (const int failed = open(c, parser.value(dbOption)))
        return failed;
    if (sub.isEmpty() || sub == QLatin1String("list"))
        return positional.isEmpty() ? list(c, parser.value(searchOption), json) : usage(tr("Unexpected “%1”.").arg(positional.first()));
    if (sub == QLatin1String("sync"))
        return positional.isEmpty() ? sync(c, json) : usage(tr("Unexpected “%1”.").arg(positional.first()));
    if (sub == QLatin1String("set-status"))
        return setStatus(c, positional, parser.isSet(dryRunOption), json);
    if (sub == QLatin1String("retry"))
        return retry(c, positional, json);
    if (sub == QLatin1String("history"))
        return history(c, positional, json);
    return usage(tr("Unknown clinics command “%1”.").arg(sub));
}

} // namespace sb::cli
