#include "smscmd.h"
#include "clitext.h"

#include "common/paths.h"
#include "sms/smsplan.h"
#include "sms/smsrun.h"
#include "sms/smsscheduler.h"
#include "sms/smstable.h"
#include "sms/smsvalidate.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <cstdio>

namespace sb::cli {

namespace {

using namespace sb::sms;

int usage(const QString &message)
{
    if (!message.isEmpty())
        err(message);
    err(tr("Usage: switchboard [--db PATH] sms import FILE --table NAME [--publish] [--note TEXT] [--json]\n"
           "       switchboard [--db PATH] sms validate (FILE | --table NAME) [--json]\n"
           "       switchboard [--db PATH] sms export --table NAME [--version V] FILE   (FILE \"-\": stdout)\n"
           "       switchboard [--db PATH] sms versions --table NAME [--json]\n"
           "       switchboard [--db PATH] sms diff --table NAME V1 V2 [--json]\n"
           "       switchboard [--db PATH] sms plan --contacts CONTACTS.json [--now ISO] [--table FILE|NAME] [--json]\n"
           "       switchboard [--db PATH] sms run --contacts CONTACTS.json --config INFOBIP.json [--now ISO] [--table NAME]\n"
           "                                   [--dry-run] [--concurrency N] [--no-adopt] [--json]\n"
           "       switchboard [--db PATH] sms plans [--contact ID] [--json]\n"
           "       switchboard [--db PATH] sms countries [import FILE | export FILE] [--json]"));
    return 2;
}

QString iso(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

void printJson(const QJsonDocument &doc)
{
    const QByteArray bytes = doc.toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Counts by kind, in the order the kinds are declared (stable output).
QMap<QString, int> countByKind(const QList<Finding> &findings)
{
    QMap<QString, int> counts;
    for (const Finding &f : findings)
        ++counts[f.kind];
    return counts;
}

QString summary(const QList<Finding> &findings)
{
    if (findings.isEmpty())
        return tr("No findings.");
    const QMap<QString, int> counts = countByKind(findings);
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return tr("%1 findings: %2").arg(findings.size()).arg(parts.join(QStringLiteral(", ")));
}

QJsonObject countsJson(const QList<Finding> &findings)
{
    QJsonObject o;
    const QMap<QString, int> counts = countByKind(findings);
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

Result<std::unique_ptr<Store>> openStore(const QString &dbOption)
{
    const QString dbPath = dbOption.isEmpty() ? defaultDatabasePath() : dbOption;
    return Store::open(dbPath);
}

int importTable(const QStringList &positional, const QString &db, const QString &name, const QString &note, bool publish,
                bool json)
{
    if (positional.size() != 1)
        return usage(tr("sms import takes one FILE (the sheet as CSV, or the converter's JSON)."));
    if (name.isEmpty())
        return usage(tr("sms import needs --table NAME."));
    const Result<SmsTable> table = readTableFile(positional.first());
    if (!table) {
        err(table.error().toString());
        return 1;
    }
    auto store = openStore(db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    SmsTableStore tables(*store.value());
    const Result<int> version = tables.saveVersion(name, table.value(), note);
    if (!version) {
        err(version.error().toString());
        return 1;
    }
    // A new table's first version is the one the scheduler uses until another is published.
    const bool doPublish = publish || version.value() == 1;
    if (doPublish) {
        if (const Status s = tables.publish(name, version.value()); !s) {
            err(s.error().toString());
            return 1;
        }
    }
    const QList<Finding> findings = validateTable(table.value());
    if (json) {
        printJson(QJsonDocument(QJsonObject{{QStringLiteral("table"), name},
                                            {QStringLiteral("version"), version.value()},
                                            {QStringLiteral("rows"), int(table->rows.size())},
                                            {QStringLiteral("columns"), int(table->columns.size())},
                                            {QStringLiteral("published"), doPublish},
                                            {QStringLiteral("findings"), int(findings.size())},
                                            {QStringLiteral("findingsByKind"), countsJson(findings)}}));
        return 0;
    }
    out(tr("Imported %1 rows into %2 as version %3").arg(table->rows.size()).arg(name).arg(version.value()));
    if (doPublish)
        out(tr("Published version %1; the scheduler uses it now.").arg(version.value()));
    out(summary(findings));
    if (!findings.isEmpty())
        out(tr("Run `switchboard sms validate --table %1` to list them.").arg(name));
    return 0;
}

int validate(const QStringList &positional, const QString &db, const QString &name, bool json)
{
    if (positional.size() > 1 || (positional.isEmpty() == name.isEmpty()))
        return usage(tr("sms validate takes either a FILE or --table NAME."));
    Result<SmsTable> table = makeError(QString());
    if (!positional.isEmpty()) {
        table = readTableFile(positional.first());
    } else {
        auto store = openStore(db);
        if (!store) {
            err(store.error().toString());
            return 1;
        }
        table = SmsTableStore(*store.value()).load(name);
    }
    if (!table) {
        err(table.error().toString());
        return 1;
    }
    const QList<Finding> findings = validateTable(table.value());
    if (json) {
        QJsonArray rows;
        for (const Finding &f : findings)
            rows.append(QJsonObject{{QStringLiteral("row"), f.row},
                                    {QStringLiteral("column"), f.column},
                                    {QStringLiteral("kind"), f.kind},
                                    {QStringLiteral("message"), f.message}});
        printJson(QJsonDocument(rows));
    } else {
        for (const Finding &f : findings)
            out(tr("row %1, %2: %3").arg(f.row).arg(f.column, f.message));
        out(summary(findings));
    }
    return findings.isEmpty() ? 0 : 1;
}

int exportTable(const QStringList &positional, const QString &db, const QString &name, const QString &versionText)
{
    if (positional.size() != 1 || name.isEmpty())
        return usage(tr("sms export needs --table NAME and one FILE."));
    int version = 0;
    if (!versionText.isEmpty()) {
        bool ok = false;
        version = versionText.toInt(&ok);
        if (!ok || version < 1)
            return usage(tr("--version takes a version number (1, 2, …), not \"%1\".").arg(versionText));
    }
    auto store = openStore(db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    const Result<SmsTable> table = SmsTableStore(*store.value()).load(name, version);
    if (!table) {
        err(table.error().toString());
        return 1;
    }
    const QByteArray bytes = writeCsv(table.value());
    const QString path = positional.first();
    if (path == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return 0;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        err(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return 1;
    }
    err(tr("Wrote %1 rows to %2").arg(table->rows.size()).arg(path));
    return 0;
}

int listVersions(const QStringList &positional, const QString &db, const QString &name, bool json)
{
    if (!positional.isEmpty() || name.isEmpty())
        return usage(tr("sms versions needs --table NAME and takes no other arguments."));
    auto store = openStore(db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    SmsTableStore tables(*store.value());
    const Result<QList<TableVersion>> versions = tables.versions(name);
    const Result<int> current = tables.currentVersion(name);
    if (!versions || !current) {
        err(!versions ? versions.error().toString() : current.error().toString());
        return 1;
    }
    if (json) {
        QJsonArray rows;
        for (const TableVersion &v : versions.value())
            rows.append(QJsonObject{{QStringLiteral("version"), v.version},
                                    {QStringLiteral("createdAt"), iso(v.createdAt)},
                                    {QStringLiteral("publishedAt"), v.publishedAt ? QJsonValue(iso(v.publishedAt)) : QJsonValue()},
                                    {QStringLiteral("current"), v.version == current.value()},
                                    {QStringLiteral("rows"), v.rowCount},
                                    {QStringLiteral("note"), v.note}});
        printJson(QJsonDocument(rows));
        return 0;
    }
    for (const TableVersion &v : versions.value()) {
        QString line = tr("version %1  created %2  %3 rows").arg(v.version).arg(iso(v.createdAt)).arg(v.rowCount);
        if (v.publishedAt)
            line += tr("  published %1").arg(iso(v.publishedAt));
        if (v.version == current.value())
            line += tr("  (current)");
        if (!v.note.isEmpty())
            line += QStringLiteral("  ") + v.note;
        out(line);
    }
    return 0;
}

int diff(const QStringList &positional, const QString &db, const QString &name, bool json)
{
    if (positional.size() != 2 || name.isEmpty())
        return usage(tr("sms diff needs --table NAME and two version numbers."));
    bool ok1 = false;
    bool ok2 = false;
    const int v1 = positional[0].toInt(&ok1);
    const int v2 = positional[1].toInt(&ok2);
    if (!ok1 || !ok2 || v1 < 1 || v2 < 1)
        return usage(tr("sms diff takes two version numbers (1, 2, …)."));
    auto store = openStore(db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    SmsTableStore tables(*store.value());
    const Result<SmsTable> a = tables.load(name, v1);
    const Result<SmsTable> b = tables.load(name, v2);
    if (!a || !b) {
        err(!a ? a.error().toString() : b.error().toString());
        return 1;
    }
    const QList<CellChange> changes = diffTables(a.value(), b.value());
    if (json) {
        QJsonArray rows;
        for (const CellChange &c : changes)
            rows.append(QJsonObject{{QStringLiteral("row"), c.row},
                                    {QStringLiteral("column"), c.column},
                                    {QStringLiteral("before"), c.before},
                                    {QStringLiteral("after"), c.after}});
        printJson(QJsonDocument(rows));
        return 0;
    }
    for (const CellChange &c : changes)
        out(tr("row %1, %2: \"%3\" → \"%4\"").arg(c.row).arg(c.column, c.before, c.after));
    out(tr("%1 cells changed between version %2 and version %3.").arg(changes.size()).arg(v1).arg(v2));
    return 0;
}

// The table the scheduler uses: a sheet file, or a table of the store (its published
// version); the default table when none is named.
Result<SmsTable> schedulerTable(Store *store, const QString &tableOption)
{
    if (!tableOption.isEmpty() && QFileInfo::exists(tableOption))
        return readTableFile(tableOption);
    const QString name = tableOption.isEmpty() ? QString::fromLatin1(kDefaultTableName) : tableOption;
    if (!store)
        return makeError(tr("No store to read the SMS table “%1” from.").arg(name));
    return SmsTableStore(*store).load(name);
}

Result<QDateTime> nowOption(const QString &text)
{
    if (text.isEmpty())
        return QDateTime::currentDateTimeUtc();
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        return makeError(tr("--now “%1” is not an ISO 8601 date-time such as 2026-03-02T09:00:00Z.").arg(text));
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

struct Planning
{
    std::unique_ptr<Store> store;
    std::optional<SmsPlanner> planner;
    QList<QJsonObject> contacts;
    QDateTime now;
};

// Reads what `sms plan` and `sms run` share; prints the error and returns the exit code
// when something is missing.
int preparePlanning(Planning &p, const QString &db, const QString &contactsPath, const QString &nowText,
                    const QString &tableOption)
{
    if (contactsPath.isEmpty())
        return usage(tr("--contacts CONTACTS.json is required: the contacts as Salesforce's query returns them."));
    const Result<QDateTime> now = nowOption(nowText);
    if (!now)
        return usage(now.error().message);
    p.now = now.value();
    QFile f(contactsPath);
    if (!f.open(QIODevice::ReadOnly)) {
        err(tr("Cannot read %1: %2").arg(contactsPath, f.errorString()));
        return 2;
    }
    const Result<QList<QJsonObject>> contacts = contactsFromJson(f.readAll(), contactsPath);
    if (!contacts) {
        err(contacts.error().toString());
        return 1;
    }
    p.contacts = contacts.value();
    const bool tableIsFile = !tableOption.isEmpty() && QFileInfo::exists(tableOption);
    if (!tableIsFile || !db.isEmpty()) {
        Result<std::unique_ptr<Store>> store = openStore(db);
        if (!store) {
            err(store.error().toString());
            return 1;
        }
        p.store = std::move(store).value();
    }
    const Result<SmsTable> table = schedulerTable(p.store.get(), tableOption);
    if (!table) {
        err(table.error().toString());
        return 1;
    }
    QList<Country> countries = defaultCountries();
    if (p.store) {
        const Result<QList<Country>> stored = SmsSettingsStore(*p.store).countries();
        if (!stored) {
            err(stored.error().toString());
            return 1;
        }
        countries = stored.value();
    }
    p.planner.emplace(table.value(), countries);
    return 0;
}

QString localText(const QDateTime &t, const QString &zone)
{
    return QStringLiteral("%1 %2").arg(t.toString(QStringLiteral("yyyy-MM-dd HH:mm")), zone);
}

int planCommand(const QString &db, const QString &contactsPath, const QString &nowText, const QString &tableOption, bool json)
{
    Planning p;
    if (const int rc = preparePlanning(p, db, contactsPath, nowText, tableOption))
        return rc;
    RunOptions options;
    options.dryRun = true;
    RunReport report = runScheduler(*p.planner, p.contacts, p.now, {}, nullptr, options);
    if (json) {
        printJson(QJsonDocument(planJson(*p.planner, p.contacts, report.decisions)));
        return 0;
    }
    const RunCounts &n = report.counts;
    for (qsizetype ci = 0; ci < report.decisions.size(); ++ci) {
        // The contact's cancel bulkIds, built for the printing and dropped after it.
        ContactDecision &d = report.decisions[ci];
        p.planner->materializeCancellations(p.contacts.at(ci), d);
        out(tr("%1 %2 (%3)").arg(d.plan.contactId, d.plan.contactName, d.plan.clinic));
        for (qsizetype i = 0; i < d.plan.messages.size(); ++i) {
            const PlannedMessage &m = d.plan.messages.at(i);
            if (d.due.at(i))
                out(tr("  schedule  %1  to %2 from %3 at %4 (%5Z) in %6")
                        .arg(m.bulkId, m.to, m.from, localText(m.sendAtLocal, m.timeZone),
                             m.sendAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm")), m.language));
            else
                out(tr("  %1  %2: %3").arg(m.state == MessageState::Planned ? tr("later   ") : tr("skipped "), m.bulkId, m.reason));
        }
        for (const Cancellation &c : std::as_const(d.cancel))
            out(tr("  cancel    %1: %2").arg(c.bulkId, c.reason));
        d.cancel = {};
    }
    out(tr("%1 contacts: %2 messages to schedule, %3 beyond the 180-day horizon, %4 skipped, %5 bulkIds to cancel if "
           "they exist (planned in %6 ms; nothing was sent).")
            .arg(n.contacts)
            .arg(n.due)
            .arg(n.later)
            .arg(n.skipped)
            .arg(n.cancelCandidates)
            .arg(report.planMs));
    return 0;
}

int runCommand(const QString &db, const QString &contactsPath, const QString &nowText, const QString &tableOption,
               const QString &configPath, bool dryRun, int concurrency, bool adopt, bool json)
{
    if (configPath.isEmpty() && !dryRun)
        return usage(tr("sms run needs --config INFOBIP.json ({\"baseUrl\", \"apiKey\"}: the Infobip credential), or --dry-run."));
    Planning p;
    if (const int rc = preparePlanning(p, db, contactsPath, nowText, tableOption))
        return rc;
    InfobipAccount account;
    if (!configPath.isEmpty()) {
        QFile f(configPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err(tr("Cannot read %1: %2").arg(configPath, f.errorString()));
            return 2;
        }
        const QJsonObject config = QJsonDocument::fromJson(f.readAll()).object();
        account.baseUrl = config.value(QStringLiteral("baseUrl")).toString();
        account.apiKey = config.value(QStringLiteral("apiKey")).toString();
        account.verifyTls = config.value(QStringLiteral("verifyTls")).toBool(true);
        if (account.baseUrl.isEmpty() || account.apiKey.isEmpty()) {
            err(tr("%1 must be a JSON object with \"baseUrl\" and \"apiKey\" (the Infobip credential).").arg(configPath));
            return 2;
        }
    }
    RunOptions options;
    options.dryRun = dryRun;
    options.concurrency = concurrency;
    options.adoptExisting = adopt;
    SmsPlanStore plans(*p.store);
    const RunReport report = runScheduler(*p.planner, p.contacts, p.now, account, &plans, options);
    const RunCounts &n = report.counts;
    if (json) {
        QJsonObject o{{QStringLiteral("contacts"), n.contacts},   {QStringLiteral("due"), n.due},
                      {QStringLiteral("later"), n.later},         {QStringLiteral("skipped"), n.skipped},
                      {QStringLiteral("cancelCandidates"), n.cancelCandidates},
                      {QStringLiteral("lookups"), n.lookups},     {QStringLiteral("scheduled"), n.scheduled},
                      {QStringLiteral("rescheduled"), n.rescheduled}, {QStringLiteral("cancelled"), n.cancelled},
                      {QStringLiteral("unchanged"), n.unchanged}, {QStringLiteral("failed"), n.failed},
                      {QStringLiteral("writes"), n.writes()},     {QStringLiteral("planMs"), report.planMs},
                      {QStringLiteral("infobipMs"), report.infobipMs}, {QStringLiteral("saveMs"), report.saveMs},
                      {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings.mid(0, 200))}};
        printJson(QJsonDocument(o));
    } else {
        for (const QString &e : report.errors)
            err(e);
        out(tr("%1 contacts: %2 due, %3 beyond the horizon, %4 skipped; Infobip: %5 lookups, %6 scheduled, %7 rescheduled, "
               "%8 cancelled, %9 unchanged, %10 failed. Planning %11 ms, Infobip %12 ms, saving %13 ms.")
                .arg(n.contacts)
                .arg(n.due)
                .arg(n.later)
                .arg(n.skipped)
                .arg(n.lookups)
                .arg(n.scheduled)
                .arg(n.rescheduled)
                .arg(n.cancelled)
                .arg(n.unchanged)
                .arg(n.failed)
                .arg(report.planMs)
                .arg(report.infobipMs)
                .arg(report.saveMs));
    }
    return n.failed > 0 ? 1 : 0;
}

int plansCommand(const QString &db, const QString &contact, bool json)
{
    Result<std::unique_ptr<Store>> store = openStore(db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    SmsPlanStore plans(*store.value());
    if (!contact.isEmpty()) {
        const Result<ContactPlan> plan = plans.load(contact);
        if (!plan) {
            err(plan.error().toString());
            return 1;
        }
        if (plan->messages.isEmpty()) {
            err(tr("No SMS plan for the contact “%1”.").arg(contact));
            return 1;
        }
        QJsonArray messages;
        for (const PlannedMessage &m : plan->messages) {
            if (json) {
                messages.append(QJsonObject{{QStringLiteral("bulkId"), m.bulkId}, {QStringLiteral("row"), m.row},
                                            {QStringLiteral("group"), m.group}, {QStringLiteral("state"), stateName(m.state)},
                                            {QStringLiteral("reason"), m.reason},
                                            {QStringLiteral("sendAtUtc"), m.sendAtUtc.isValid() ? m.sendAtUtc.toString(Qt::ISODate) : QString()},
                                            {QStringLiteral("language"), m.language}});
            } else {
                out(QStringLiteral("%1  %2  %3  %4").arg(stateName(m.state), -9).arg(m.bulkId,
                        m.sendAtUtc.isValid() ? m.sendAtUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm'Z'")) : QStringLiteral("-"), m.reason));
            }
        }
        if (json)
            printJson(QJsonDocument(QJsonObject{{QStringLiteral("contact"), contact},
                                                {QStringLiteral("name"), plan->contactName},
                                                {QStringLiteral("clinic"), plan->clinic},
                                                {QStringLiteral("messages"), messages}}));
        return 0;
    }
    const Result<QList<ContactPlanSummary>> list = plans.contacts({}, 100000);
    if (!list) {
        err(list.error().toString());
        return 1;
    }
    QJsonArray rows;
    for (const ContactPlanSummary &s : list.value()) {
        QJsonObject counts;
        for (int i = 0; i < 5; ++i)
            counts.insert(stateName(MessageState(i)), s.counts[size_t(i)]);
        if (json)
            rows.append(QJsonObject{{QStringLiteral("contact"), s.contactId}, {QStringLiteral("name"), s.contactName},
                                    {QStringLiteral("clinic"), s.clinic}, {QStringLiteral("counts"), counts},
                                    {QStringLiteral("nextSendUtc"), s.nextSendUtc.isValid() ? s.nextSendUtc.toString(Qt::ISODate) : QString()}});
        else
            out(tr("%1  %2 (%3): %4 planned, %5 scheduled, %6 sent, %7 cancelled, %8 skipped")
                    .arg(s.contactId, s.contactName, s.clinic)
                    .arg(s.counts[0]).arg(s.counts[1]).arg(s.counts[2]).arg(s.counts[3]).arg(s.counts[4]));
    }
    if (json)
        printJson(QJsonDocument(rows));
    return 0;
}

int countriesCommand(const QStringList &positional, const QString &db, bool json)
{
    Result<std::unique_ptr<Store>> store = openStore(db);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    SmsSettingsStore settings(*store.value());
    const QString action = positional.value(0);
    if (action == QLatin1String("import")) {
        if (positional.size() != 2)
            return usage(tr("sms countries import takes one FILE (CSV: Country, Dial code, Sender id, Time zone, Default language)."));
        QFile f(positional.at(1));
        if (!f.open(QIODevice::ReadOnly)) {
            err(tr("Cannot read %1: %2").arg(positional.at(1), f.errorString()));
            return 2;
        }
        const Result<QList<Country>> countries = readCountriesCsv(f.readAll(), positional.at(1));
        if (!countries) {
            err(countries.error().toString());
            return 1;
        }
        if (Status s = settings.saveCountries(countries.value()); !s) {
            err(s.error().toString());
            return 1;
        }
        out(tr("Saved %1 countries; the next scheduling run uses them.").arg(countries->size()));
        return 0;
    }
    const Result<QList<Country>> countries = settings.countries();
    if (!countries) {
        err(countries.error().toString());
        return 1;
    }
    if (action == QLatin1String("export")) {
        if (positional.size() != 2)
            return usage(tr("sms countries export takes one FILE (\"-\": stdout)."));
        const QByteArray csv = writeCountriesCsv(countries.value());
        if (positional.at(1) == QLatin1String("-")) {
            std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
            return 0;
        }
        QSaveFile f(positional.at(1));
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
            err(tr("Cannot write %1: %2").arg(positional.at(1), f.errorString()));
            return 1;
        }
        return 0;
    }
    if (!action.isEmpty())
        return usage(tr("Unknown sms countries command \"%1\".").arg(action));
    QJsonArray rows;
    for (const Country &c : countries.value()) {
        if (json)
            rows.append(QJsonObject{{QStringLiteral("country"), c.name}, {QStringLiteral("dialCode"), c.dialCode},
                                    {QStringLiteral("senderId"), c.senderId}, {QStringLiteral("timeZone"), c.timeZone},
                                    {QStringLiteral("defaultLanguage"), c.defaultLanguage}});
        else
            out(QStringLiteral("%1  +%2  %3  %4  %5").arg(c.name, -20).arg(c.dialCode, -4).arg(c.senderId, -12).arg(c.timeZone, -22).arg(c.defaultLanguage));
    }
    if (json)
        printJson(QJsonDocument(rows));
    else if (settings.countriesAreDefault())
        out(tr("(the built-in table; `sms countries import FILE` replaces it)"));
    return 0;
}

} // namespace

int smsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption tableOption(QStringLiteral("table"), tr("Name of the SMS table in the store."), tr("NAME"));
    const QCommandLineOption publishOption(QStringLiteral("publish"), tr("Publish the imported version."));
    const QCommandLineOption versionOption(QStringLiteral("version"), tr("Version to export (default: the current one)."),
                                           tr("V"));
    const QCommandLineOption noteOption(QStringLiteral("note"), tr("A note kept with the imported version."), tr("TEXT"));
    const QCommandLineOption contactsOption(QStringLiteral("contacts"), tr("Contacts as Salesforce's query returns them (JSON)."),
                                            tr("FILE"));
    const QCommandLineOption nowOpt(QStringLiteral("now"), tr("Plan as if it were this time (ISO 8601)."), tr("ISO"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The Infobip credential as JSON {baseUrl, apiKey}."),
                                          tr("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Plan only: no Infobip request, nothing saved."));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"), tr("Infobip requests in flight (default 8)."),
                                               tr("N"), QStringLiteral("8"));
    const QCommandLineOption contactOption(QStringLiteral("contact"), tr("One contact's plan."), tr("ID"));
    const QCommandLineOption noAdoptOption(QStringLiteral("no-adopt"),
                                           tr("For contacts seen for the first time, do not look up what an earlier "
                                              "scheduler may have left pending."));
    parser.addOptions({dbOption, jsonOption, tableOption, publishOption, versionOption, noteOption, contactsOption, nowOpt,
                       configOption, dryRunOption, concurrencyOption, contactOption, noAdoptOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("sms"))
        positional.removeFirst();
    const QString sub = positional.isEmpty() ? QString() : positional.takeFirst();
    const QString db = parser.value(dbOption);
    const QString table = parser.value(tableOption);
    const bool json = parser.isSet(jsonOption);
    if (sub == QLatin1String("import"))
        return importTable(positional, db, table, parser.value(noteOption), parser.isSet(publishOption), json);
    if (sub == QLatin1String("validate"))
        return validate(positional, db, table, json);
    if (sub == QLatin1String("export"))
        return exportTable(positional, db, table, parser.value(versionOption));
    if (sub == QLatin1String("versions"))
        return listVersions(positional, db, table, json);
    if (sub == QLatin1String("diff"))
        return diff(positional, db, table, json);
    if (sub == QLatin1String("plan"))
        return planCommand(db, parser.value(contactsOption), parser.value(nowOpt), table, json);
    if (sub == QLatin1String("run"))
        return runCommand(db, parser.value(contactsOption), parser.value(nowOpt), table, parser.value(configOption),
                          parser.isSet(dryRunOption), parser.value(concurrencyOption).toInt(), !parser.isSet(noAdoptOption), json);
    if (sub == QLatin1String("plans"))
        return plansCommand(db, parser.value(contactOption), json);
    if (sub == QLatin1String("countries"))
        return countriesCommand(positional, db, json);
    return usage(sub.isEmpty() ? tr("sms needs a command: import, validate, export, versions, diff, plan, run, plans or countries.")
                               : tr("Unknown sms command \"%1\".").arg(sub));
}

} // namespace sb::cli
