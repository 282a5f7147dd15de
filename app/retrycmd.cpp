#include "retrycmd.h"
#include "clitext.h"

#include "common/paths.h"
#include "engine/engine.h"
#include "engine/retry.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sb::cli {

namespace {

int usage(const QString &message)
{
    err(message);
    err(tr("Usage: switchboard [--db PATH] retry (--run ID | --work-order ID | --filter [--state S] [--workflow W] "
           "[--since ISO] [--until ISO] [--search TEXT]) [--from-step JOB] [--cancel] [--json]"));
    return 2;
}

} // namespace

int retry(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("PATH"));
    const QCommandLineOption runOption(QStringLiteral("run"), tr("Retry this run's work order."), tr("ID"));
    const QCommandLineOption workOrderOption(QStringLiteral("work-order"), tr("Retry this work order."), tr("ID"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), tr("Retry every work order matching the options below."));
    const QCommandLineOption stateOption(QStringLiteral("state"), tr("Work order state (repeat or comma-separate)."),
                                         tr("STATE"));
    const QCommandLineOption workflowOption(QStringLiteral("workflow"), tr("Workflow name or key."), tr("W"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("Received at or after (ISO 8601, UTC)."), tr("ISO"));
    const QCommandLineOption untilOption(QStringLiteral("until"), tr("Received before (ISO 8601, UTC)."), tr("ISO"));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("Free text in inputs, outputs and logs."),
                                          tr("TEXT"));
    const QCommandLineOption fromStepOption(QStringLiteral("from-step"), tr("Start from this job (key), with the input "
                                                                            "it had."),
                                            tr("JOB"));
    const QCommandLineOption cancelOption(QStringLiteral("cancel"), tr("Cancel queued runs instead of retrying."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    parser.addOptions({dbOption, runOption, workOrderOption, filterOption, stateOption, workflowOption, sinceOption,
                       untilOption, searchOption, fromStepOption, cancelOption, jsonOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const int ways = int(parser.isSet(runOption)) + int(parser.isSet(workOrderOption)) + int(parser.isSet(filterOption));
    if (ways != 1)
        return usage(tr("retry needs exactly one of --run, --work-order or --filter."));
    const bool filterOnly = parser.isSet(stateOption) || parser.isSet(workflowOption) || parser.isSet(sinceOption)
                            || parser.isSet(untilOption) || parser.isSet(searchOption);
    if (filterOnly && !parser.isSet(filterOption))
        return usage(tr("--state, --workflow, --since, --until and --search go with --filter."));

    HistoryFilter filter;
    if (parser.isSet(filterOption)) {
        static const QStringList known = {QStringLiteral("available"), QStringLiteral("claimed"), QStringLiteral("started"),
                                          QStringLiteral("success"),   QStringLiteral("failed"),  QStringLiteral("crashed"),
                                          QStringLiteral("cancelled"), QStringLiteral("killed"),  QStringLiteral("exception"),
                                          QStringLiteral("lost")};
        for (const QString &value : parser.values(stateOption))
            for (const QString &state : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (!known.contains(state.trimmed()))
                    return usage(tr("Unknown state \"%1\"; use one of: %2.").arg(state, known.join(QStringLiteral(", "))));
                filter.states << state.trimmed();
            }
        filter.workflowName = parser.value(workflowOption);
        if (parser.isSet(sinceOption) && !parseTime(parser.value(sinceOption), &filter.fromMs))
            return usage(tr("--since wants an ISO 8601 time such as 2026-11-01 or 2026-11-01T08:00:00Z."));
        if (parser.isSet(untilOption) && !parseTime(parser.value(untilOption), &filter.toMs))
            return usage(tr("--until wants an ISO 8601 time such as 2026-11-02 or 2026-11-02T08:00:00Z."));
        filter.search = parser.value(searchOption);
        if (filter.isEmpty())
            return usage(tr("--filter with no condition would retry every work order; name at least one of --state, "
                            "--workflow, --since, --until or --search."));
    }
    qint64 id = 0;
    if (!parser.isSet(filterOption)) {
        bool ok = false;
        id = (parser.isSet(runOption) ? parser.value(runOption) : parser.value(workOrderOption)).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(tr("--run and --work-order want a number."));
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    Result<std::unique_ptr<Store>> opened = Store::open(dbPath);
    if (!opened) {
        err(opened.error().toString());
        return 1;
    }
    Store &store = *opened.value();
    const bool json = parser.isSet(jsonOption);
    const QString fromStep = parser.value(fromStepOption);
    const bool cancel = parser.isSet(cancelOption);
    if (cancel && !fromStep.isEmpty())
        return usage(tr("--from-step does not go with --cancel."));

    // Whether anything will run what we queue.
    const bool engineRunning = bool(Engine::holder(store));
    const QString later = engineRunning ? QString()
                                        : tr("No engine is running on this database: the runs start when the console or "
                                             "`switchboard --headless` runs.");

    if (!parser.isSet(filterOption)) {
        qint64 workOrderId = id;
        Result<qint64> result = makeError(QString());
        if (cancel) {
            if (parser.isSet(runOption)) {
                return usage(tr("--cancel works on --work-order or --filter."));
            }
            const Result<int> n = cancelQueued(store, workOrderId);
            if (!n) {
                err(n.error().message);
                return 1;
            }
            if (json)
                out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("asked"), 1},
                                                                {QStringLiteral("cancelled"), n.value() > 0 ? 1 : 0}})
                                          .toJson(QJsonDocument::Compact)));
            else
                out(n.value() > 0 ? tr("Cancelled the queued run of work order %1.").arg(workOrderId)
                                  : tr("Work order %1 had no queued run.").arg(workOrderId));
            return n.value() > 0 ? 0 : 1;
        }
        result = parser.isSet(runOption) ? retryRun(store, id, fromStep) : retryWorkOrder(store, id, fromStep);
        if (!result) {
            err(result.error().message);
            return 1;
        }
        if (json) {
            out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("asked"), 1},
                                                            {QStringLiteral("queued"), 1},
                                                            {QStringLiteral("runs"), QJsonArray{result.value()}}})
                                      .toJson(QJsonDocument::Compact)));
        } else {
            out(tr("Queued run %1.").arg(result.value()));
            if (!later.isEmpty())
                out(later);
        }
        return 0;
    }

    BulkAction action(store, cancel ? BulkAction::Kind::Cancel : BulkAction::Kind::Retry);
    BulkOutcome outcome;
    QEventLoop loop;
    QObject::connect(&action, &BulkAction::finished, &loop, [&](const BulkOutcome &o) {
        outcome = o;
        loop.quit();
    });
    action.start(filter, fromStep);
    loop.exec();

    const QLocale locale;
    if (json) {
        QJsonArray skipped;
        for (const auto &[workOrder, why] : outcome.skipped)
            skipped.append(QJsonObject{{QStringLiteral("workOrder"), workOrder}, {QStringLiteral("reason"), why}});
        out(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("asked"), outcome.asked},
                                                        {cancel ? QStringLiteral("cancelled") : QStringLiteral("queued"),
                                                         outcome.done},
                                                        {QStringLiteral("skipped"), skipped}})
                                  .toJson(QJsonDocument::Compact)));
    } else {
        out((cancel ? tr("Asked %1, cancelled %2.") : tr("Asked %1, queued %2."))
                .arg(locale.toString(outcome.asked), locale.toString(outcome.done)));
        for (const auto &[workOrder, why] : outcome.skipped)
            out(tr("  skipped work order %1: %2").arg(workOrder).arg(why));
        if (!cancel && outcome.done > 0 && !later.isEmpty())
            out(later);
    }
    return outcome.skipped.isEmpty() && !outcome.interrupted ? 0 : 1;
}

} // namespace sb::cli
