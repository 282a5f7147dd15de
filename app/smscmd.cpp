#include "smscmd.h"
#include "clitext.h"

#include "common/paths.h"
#include "sms/smstable.h"
#include "sms/smsvalidate.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QFile>
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
           "       switchboard [--db PATH] sms diff --table NAME V1 V2 [--json]"));
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
    parser.addOptions({dbOption, jsonOption, tableOption, publishOption, versionOption, noteOption});
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
    return usage(sub.isEmpty() ? tr("sms needs a command: import, validate, export, versions or diff.")
                               : tr("Unknown sms command \"%1\".").arg(sub));
}

} // namespace sb::cli
