#include "runscmd.h"
#include "clitext.h"

#include "common/paths.h"
#include "history/historyfilter.h"
#include "history/historyquery.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace sb::cli {

namespace {

int usage(const QString &message)
{
    err(message);
    err(tr("Usage: switchboard [--db PATH] runs [--state S] [--workflow W] [--since ISO] [--search TEXT] [--limit N] "
           "[--count] [--json]"));
    return 2;
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString pad(const QString &s, int width)
{
    return s.size() >= width ? s.left(width - 1) + QStringLiteral("… ") : s.leftJustified(width + 1);
}

} // namespace

int runs(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file."), tr("PATH"));
    const QCommandLineOption stateOption(QStringLiteral("state"), tr("Work order state (repeat or comma-separate)."),
                                         tr("STATE"));
    const QCommandLineOption workflowOption(QStringLiteral("workflow"), tr("Workflow name or key."), tr("W"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("Received at or after (ISO 8601, UTC)."), tr("ISO"));
    const QCommandLineOption searchOption(QStringLiteral("search"), tr("Free text in inputs, outputs and logs."),
                                          tr("TEXT"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N work orders (default 50)."), tr("N"));
    const QCommandLineOption countOption(QStringLiteral("count"), tr("Print only the number of matching work orders."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Machine-readable output."));
    parser.addOptions({dbOption, stateOption, workflowOption, sinceOption, searchOption, limitOption, countOption, jsonOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("runs"))
        positional.removeFirst();
    if (!positional.isEmpty())
        return usage(tr("runs takes no arguments (\"%1\").").arg(positional.first()));

    HistoryFilter filter;
    for (const QString &value : parser.values(stateOption))
        for (const QString &raw : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString state = raw.trimmed().toLower();
            if (!workOrderStates().contains(state))
                return usage(tr("Unknown state \"%1\"; use one of: %2.").arg(raw, workOrderStates().join(QStringLiteral(", "))));
            filter.states << state;
        }
    filter.workflowName = parser.value(workflowOption);
    if (parser.isSet(sinceOption) && !parseTime(parser.value(sinceOption), &filter.fromMs))
        return usage(tr("--since wants an ISO 8601 time such as 2026-11-01 or 2026-11-01T08:00:00Z, not \"%1\".")
                         .arg(parser.value(sinceOption)));
    filter.search = parser.value(searchOption);
    int limit = 50;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit <= 0)
            return usage(tr("--limit wants a positive number, not \"%1\".").arg(parser.value(limitOption)));
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    Result<std::unique_ptr<Store>> opened = Store::open(dbPath);
    if (!opened) {
        err(opened.error().toString());
        return 1;
    }
    QSqlDatabase db = opened.value()->readConnection();

    if (!filter.workflowName.isEmpty()) {
        const Result<QList<WorkflowChoice>> all = listHistoryWorkflows(db);
        if (!all) {
            err(all.error().toString());
            return 1;
        }
        bool known = false;
        QStringList names;
        for (const WorkflowChoice &w : all.value()) {
            known = known || w.key == filter.workflowName || w.name == filter.workflowName;
            names << w.key;
        }
        if (!known) {
            err(tr("No workflow is named \"%1\"; known workflows: %2.")
                    .arg(filter.workflowName, names.isEmpty() ? tr("none") : names.join(QStringLiteral(", "))));
            return 1;
        }
    }

    if (parser.isSet(countOption)) {
        const Result<qint64> n = countMatchingWorkOrders(db, filter);
        if (!n) {
            err(n.error().toString());
            return 1;
        }
        out(QString::number(n.value()));
        return 0;
    }

    const Result<HistoryPage> page = loadHistoryPage(db, filter, HistoryOrder::NewestFirst, 0, limit);
    if (!page) {
        err(page.error().toString());
        return 1;
    }
    QJsonArray rows;
    for (const WorkOrderRow &w : page->rows) {
        const Result<WorkOrderDetail> d = loadWorkOrderDetail(db, w.id);
        if (!d) {
            err(d.error().toString());
            return 1;
        }
        QJsonArray runsJson;
        for (const RunDetail &r : d->runs) {
            QJsonArray steps;
            for (const StepDetail &s : r.steps)
                steps.append(QJsonObject{{QStringLiteral("job"), s.jobKey},
                                         {QStringLiteral("exitReason"), s.exitReason.isEmpty() ? QJsonValue() : QJsonValue(s.exitReason)},
                                         {QStringLiteral("durationMs"), s.durationMs < 0 ? QJsonValue() : QJsonValue(s.durationMs)}});
            runsJson.append(QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("state"), r.state},
                                        {QStringLiteral("steps"), steps}});
        }
        rows.append(QJsonObject{{QStringLiteral("id"), w.id},
                                {QStringLiteral("workflow"), w.workflowName},
                                {QStringLiteral("state"), w.state},
                                {QStringLiteral("createdAt"), iso(w.createdAt)},
                                {QStringLiteral("lastActivity"), iso(w.lastActivityAt)},
                                {QStringLiteral("runs"), runsJson}});
    }
    if (parser.isSet(jsonOption)) {
        out(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        return 0;
    }
    if (rows.isEmpty()) {
        out(tr("No work orders match."));
        return 0;
    }
    out(pad(tr("ID"), 9) + pad(tr("RECEIVED (UTC)"), 20) + pad(tr("WORKFLOW"), 22) + pad(tr("STATE"), 10) + pad(tr("RUNS"), 5)
        + tr("STEPS (LATEST RUN)"));
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        const QJsonArray rs = o.value(QStringLiteral("runs")).toArray();
        QStringList steps;
        if (!rs.isEmpty())
            for (const QJsonValue &s : rs.first().toObject().value(QStringLiteral("steps")).toArray()) {
                const QJsonObject so = s.toObject();
                steps << QStringLiteral("%1:%2").arg(so.value(QStringLiteral("job")).toString(),
                                                     so.value(QStringLiteral("exitReason")).isNull()
                                                         ? tr("running")
                                                         : so.value(QStringLiteral("exitReason")).toString());
            }
        QString received = o.value(QStringLiteral("createdAt")).toString();
        received = received.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
        out(pad(QString::number(o.value(QStringLiteral("id")).toInteger()), 9) + pad(received, 20)
            + pad(o.value(QStringLiteral("workflow")).toString(), 22) + pad(o.value(QStringLiteral("state")).toString(), 10)
            + pad(QString::number(rs.size()), 5) + steps.join(QStringLiteral(" → ")));
    }
    if (!page->atEnd)
        out(tr("(newest %1 shown; use --limit for more, --count for the total)").arg(limit));
    return 0;
}

} // namespace sb::cli
