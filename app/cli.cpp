#include "cli.h"
#include "clitext.h"
#include "sandboxcmd.h"

#include "common/paths.h"
#include "engine/triggersettings.h"
#include "sms/smstable.h"
#include "inbox/webhookauth.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "scheduler/cronexpression.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace sb::cli {

namespace {

const QStringList kCommands = {QStringLiteral("import"), QStringLiteral("export"), QStringLiteral("demo"),
                               QStringLiteral("triggers")};

int usage(const QString &message)
{
    err(message);
    err(tr("Usage: switchboard [--db PATH] (import FILE [--dry-run] [--json] | export [--project NAME] FILE | "
           "demo | triggers [--json] | run-job JOB.js --state STATE.json […])"));
    return 2;
}

QJsonObject diffJson(const ProjectDiff &diff, bool applied)
{
    QJsonArray changes;
    for (const Change &c : diff.changes)
        changes.append(QJsonObject{{QStringLiteral("kind"), toString(c.kind)},
                                   {QStringLiteral("object"), toString(c.object)},
                                   {QStringLiteral("workflow"), c.workflowKey},
                                   {QStringLiteral("key"), c.key},
                                   {QStringLiteral("detail"), c.detail}});
    return {{QStringLiteral("project"), diff.projectName},
            {QStringLiteral("newProject"), diff.newProject},
            {QStringLiteral("applied"), applied},
            {QStringLiteral("summary"), diff.summary()},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(diff.warnings)}};
}

void printDiff(const ProjectDiff &diff, bool applied, bool json)
{
    if (json) {
        out(QString::fromUtf8(QJsonDocument(diffJson(diff, applied)).toJson(QJsonDocument::Compact)));
        return;
    }
    for (const QString &line : diff.lines())
        out(line);
    out((applied ? tr("Imported \"%1\": %2") : tr("Would change \"%1\": %2")).arg(diff.projectName, diff.summary()));
    for (const QString &warning : diff.warnings)
        err(tr("warning: %1").arg(warning));
}

int cmdImport(ProjectStore &projects, const QStringList &args, bool dryRun, bool json)
{
    if (args.size() != 1)
        return usage(tr("import needs exactly one FILE."));
    const Result<Project> project = readSpecFile(args.first());
    if (!project) {
        err(project.error().toString());
        return 1;
    }
    if (dryRun) {
        const Result<ProjectDiff> diff = projects.preview(project.value());
        if (!diff) {
            err(diff.error().toString());
            return 1;
        }
        printDiff(diff.value(), false, json);
        return 0;
    }
    const Result<ProjectDiff> diff = projects.import(project.value());
    if (!diff) {
        err(diff.error().toString());
        return 1;
    }
    printDiff(diff.value(), true, json);
    return 0;
}

int cmdExport(ProjectStore &projects, const QStringList &args, QString projectName)
{
    if (args.size() != 1)
        return usage(tr("export needs exactly one FILE."));
    if (projectName.isEmpty()) {
        const QList<ProjectInfo> all = projects.projects();
        if (all.isEmpty()) {
            err(tr("The store has no project to export; import one first (switchboard import FILE)."));
            return 1;
        }
        if (all.size() > 1) {
            QStringList names;
            for (const ProjectInfo &p : all)
                names << p.name;
            err(tr("The store has several projects; choose one with --project: %1").arg(names.join(QStringLiteral(", "))));
            return 2;
        }
        projectName = all.first().name;
    }
    const Result<Project> project = projects.load(projectName);
    if (!project) {
        err(project.error().toString());
        return 1;
    }
    const Status written = writeSpecFile(project.value(), args.first());
    if (!written) {
        err(written.error().toString());
        return 1;
    }
    out(tr("Exported \"%1\" to %2").arg(projectName, args.first()));
    return 0;
}

int cmdDemo(ProjectStore &projects)
{
    const Result<ProjectDiff> diff = installDemoProject(projects);
    if (!diff) {
        err(diff.error().toString());
        return 1;
    }
    printDiff(diff.value(), true, false);
    if (const auto table = sms::installBuiltInTable(projects.store()); !table)
        err(table.error().toString());
    else if (table.value())
        out(tr("Added the SMS table “Master Mapping Table” (the real sheet, 117 messages), published."));
    return 0;
}

int cmdTriggers(Store &store, ProjectStore &projects, bool json)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray rows;
    for (const ProjectInfo &info : projects.projects()) {
        const Result<Project> project = projects.load(info.name);
        if (!project) {
            err(project.error().toString());
            return 1;
        }
        for (const Workflow &wf : project->workflows) {
            for (const Trigger &t : wf.triggers) {
                QJsonObject row{{QStringLiteral("project"), info.name},
                                {QStringLiteral("workflow"), wf.name},
                                {QStringLiteral("workflowKey"), wf.key},
                                {QStringLiteral("trigger"), t.key},
                                {QStringLiteral("type"), toString(t.type)},
                                {QStringLiteral("enabled"), t.enabled}};
                const Result<qint64> id = findTriggerId(store, info.name, wf.key, t.key);
                if (!id) {
                    err(id.error().toString());
                    return 1;
                }
                const Result<TriggerEngineSettings> settings = loadTriggerSettings(store, id.value());
                if (!settings) {
                    err(settings.error().toString());
                    return 1;
                }
                if (t.type == TriggerType::Webhook) {
                    // On the address the engine listens on (settings inbox.listen).
                    const Result<QString> url = webhookFullUrl(store, id.value());
                    if (!url) {
                        err(url.error().toString());
                        return 1;
                    }
                    row.insert(QStringLiteral("url"), url.value());
                    const Result<QList<WebhookAuthMethod>> methods = listWebhookAuthMethods(store, id.value());
                    if (!methods) {
                        err(methods.error().toString());
                        return 1;
                    }
                    row.insert(QStringLiteral("authMethods"), int(methods->size()));
                    row.insert(QStringLiteral("maxBodyBytes"), settings->maxBodyBytes > 0 ? settings->maxBodyBytes
                                                                                         : kDefaultWebhookMaxBytes);
                } else {
                    row.insert(QStringLiteral("cron"), t.cronExpression);
                    const Result<CronExpression> cron = CronExpression::parse(t.cronExpression);
                    if (cron) {
                        const QDateTime next = cron->nextFire(now);
                        row.insert(QStringLiteral("nextFire"),
                                   next.isValid() ? next.toString(Qt::ISODate) : QString());
                        row.insert(QStringLiteral("reading"), cron->describe());
                    }
                    row.insert(QStringLiteral("missedFires"), settings->missedFires);
                    row.insert(QStringLiteral("fromLastState"), settings->fromLastState);
                    row.insert(QStringLiteral("lastFired"),
                               settings->lastFiredAt > 0
                                   ? QJsonValue(QDateTime::fromMSecsSinceEpoch(settings->lastFiredAt, Qt::UTC)
                                                    .toString(Qt::ISODate))
                                   : QJsonValue());
                }
                rows.append(row);
            }
        }
    }
    if (json) {
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        return 0;
    }
    for (const QJsonValue &v : rows) {
        const QJsonObject r = v.toObject();
        QString what;
        QString extra;
        if (r.contains(QStringLiteral("url"))) {
            what = r.value(QStringLiteral("url")).toString();
            const int methods = r.value(QStringLiteral("authMethods")).toInt();
            extra = methods == 0   ? tr("open (no auth method)")
                    : methods == 1 ? tr("1 auth method")
                                   : tr("%1 auth methods").arg(methods);
        } else {
            what = r.value(QStringLiteral("cron")).toString() + QStringLiteral("  (")
                   + r.value(QStringLiteral("reading")).toString() + QStringLiteral(", next ")
                   + r.value(QStringLiteral("nextFire")).toString() + QStringLiteral(")");
            extra = r.value(QStringLiteral("missedFires")).toString() == QLatin1String("skip")
                        ? tr("missed fires: skip")
                        : tr("missed fires: run once now");
        }
        out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(r.value(QStringLiteral("workflow")).toString(), r.value(QStringLiteral("type")).toString(),
                     r.value(QStringLiteral("enabled")).toBool() ? tr("enabled") : tr("disabled"), what, extra));
    }
    return 0;
}

} // namespace

QString commandOf(const QStringList &arguments)
{
    // The first argument that is not an option (or the value of --db) is the command.
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("--listen")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1Char('-')))
            continue;
        return a;
    }
    return {};
}

bool isCommand(const QStringList &arguments)
{
    return !commandOf(arguments).isEmpty();
}

int run(const QStringList &arguments)
{
    if (commandOf(arguments) == QLatin1String("sandbox"))
        return sandboxCommand(arguments); // needs no store
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Switchboard: OpenFn projects, locally."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file (default: %1).").arg(defaultDatabasePath()),
                                      tr("PATH"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Show what an import would change; change nothing."));
    const QCommandLineOption projectOption(QStringLiteral("project"), tr("Project to export."), tr("NAME"));
    parser.addOptions({dbOption, jsonOption, dryRunOption, projectOption});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), tr("import, export, demo, triggers or run-job"));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    const QString command = positional.takeFirst();
    if (!kCommands.contains(command))
        return usage(tr("Unknown command \"%1\".").arg(command));

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    if (dbPath.startsWith(QLatin1String("postgresql://"))) {
        err(tr("PostgreSQL stores are not supported by this build yet; use a SQLite file path with --db."));
        return 1;
    }
    Result<std::unique_ptr<Store>> store = Store::open(dbPath);
    if (!store) {
        err(store.error().toString());
        return 1;
    }
    ProjectStore projects(*store.value());
    const bool json = parser.isSet(jsonOption);
    if (command == QLatin1String("import"))
        return cmdImport(projects, positional, parser.isSet(dryRunOption), json);
    if (command == QLatin1String("export"))
        return cmdExport(projects, positional, parser.value(projectOption));
    if (command == QLatin1String("demo"))
        return positional.isEmpty() ? cmdDemo(projects) : usage(tr("demo takes no arguments."));
    return cmdTriggers(*store.value(), projects, json);
}

} // namespace sb::cli
