#include "runjob.h"

#include "clitext.h"

#include "common/paths.h"
#include "runtime/jobruntime.h"
#include "sms/smsjob.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace sb::cli {

namespace {

int usage(const QString &message)
{
    err(message);
    err(tr("Usage: switchboard run-job JOB.js --state STATE.json [--adaptor @openfn/language-x@VERSION] "
           "[--config CREDENTIAL.json] [--timeout SECONDS] [--out FINAL_STATE.json] [--runs N]"));
    return 2;
}

// Reads a whole file, or says in one sentence why not.
bool readText(const QString &path, QByteArray *out, QString *problem, qint64 limit = qint64(256) * 1024 * 1024)
{
    QFile f(path);
    if (!f.exists()) {
        *problem = tr("%1 does not exist.").arg(path);
        return false;
    }
    if (f.size() > limit) {
        *problem = tr("%1 is larger than %2 MB; Switchboard does not read it.").arg(path).arg(limit / (1024 * 1024));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = tr("%1 cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

bool readJsonObject(const QString &path, const QString &what, QByteArray *out, QString *problem)
{
    if (!readText(path, out, problem))
        return false;
    QJsonParseError e{};
    const QJsonDocument doc = QJsonDocument::fromJson(*out, &e);
    if (e.error != QJsonParseError::NoError) {
        // Line and column of the offset, for the person fixing the file.
        const QByteArray head = out->left(e.offset);
        const int line = int(head.count('\n')) + 1;
        const int column = int(e.offset - (head.lastIndexOf('\n') + 1)) + 1;
        *problem = tr("%1:%2:%3: the %4 is not valid JSON: %5.").arg(path).arg(line).arg(column).arg(what, e.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *problem = tr("%1: the %2 must be a JSON object ({…}).").arg(path, what);
        return false;
    }
    return true;
}

QString logLine(const JobLogLine &line)
{
    return QDateTime::fromMSecsSinceEpoch(line.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)
        + QLatin1Char(' ') + line.level.toUpper().leftJustified(5) + QLatin1Char(' ') + line.message;
}

} // namespace

int runJob(const QStringList &arguments, const QElapsedTimer &sinceStart)
{
    QCommandLineParser parser;
    const QCommandLineOption stateOption(QStringLiteral("state"), tr("Input state (JSON object)."), tr("STATE.json"));
    const QCommandLineOption adaptorOption(QStringLiteral("adaptor"),
                                           tr("Adaptor and version (default %1).").arg(newestCommonAdaptor()),
                                           tr("ADAPTOR"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Credential (JSON object) given to the job as state.configuration."),
                                          tr("CREDENTIAL.json"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"), tr("Time limit in seconds (default 60)."), tr("SECONDS"));
    const QCommandLineOption outOption(QStringLiteral("out"), tr("Write the final state here instead of to standard output."),
                                       tr("FILE"));
    const QCommandLineOption memoryOption(QStringLiteral("memory"), tr("Memory limit in MB (default 512)."), tr("MB"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), tr("Run N times and print timings as one JSON line."), tr("N"));
    const QCommandLineOption quietOption(QStringLiteral("quiet"), tr("Do not print the job's log lines."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database the sms adaptor schedules from (its published SMS table); "
                                                               "other adaptors do not use it."), tr("PATH"));
    parser.addOptions({stateOption, adaptorOption, configOption, timeoutOption, memoryOption, outOption, runsOption, quietOption, dbOption});
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // run-job
    if (positional.size() != 1)
        return usage(tr("run-job needs exactly one JOB.js."));
    if (!parser.isSet(stateOption))
        return usage(tr("run-job needs --state STATE.json (use a file containing {} for an empty state)."));

    StepRequest request;
    QString problem;
    QByteArray source;
    const QString jobPath = positional.first();
    if (!readText(jobPath, &source, &problem, qint64(16) * 1024 * 1024)) {
        err(problem);
        return 1;
    }
    request.source = QString::fromUtf8(source);
    request.jobName = QFileInfo(jobPath).fileName();
    request.stepId = QFileInfo(jobPath).completeBaseName();
    if (!readJsonObject(parser.value(stateOption), tr("state"), &request.inputState, &problem)) {
        err(problem);
        return 1;
    }
    if (parser.isSet(configOption) && !readJsonObject(parser.value(configOption), tr("credential"), &request.configuration, &problem)) {
        err(problem);
        return 1;
    }
    request.adaptor = parser.value(adaptorOption);
    const auto resolved = resolveAdaptor(request.adaptor);
    if (!resolved) {
        err(resolved.error().message);
        return 1;
    }
    // The sms adaptor plans from the store's published table and records the plans there.
    std::unique_ptr<Store> smsStore;
    if (resolved->name == QLatin1String("sms")) {
        const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
        Result<std::unique_ptr<Store>> opened = Store::open(dbPath);
        if (!opened) {
            err(opened.error().toString());
            return 1;
        }
        smsStore = std::move(opened).value();
        sms::setJobStore(smsStore.get());
    }
    auto clearSmsStore = qScopeGuard([] { sms::setJobStore(nullptr); });
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const double seconds = parser.value(timeoutOption).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > 24 * 3600)
            return usage(tr("--timeout takes a number of seconds greater than 0 (at most a day)."));
        request.limits.timeoutMs = qint64(std::ceil(seconds * 1000));
    }
    if (parser.isSet(memoryOption)) {
        bool ok = false;
        const int mb = parser.value(memoryOption).toInt(&ok);
        if (!ok || mb < 16 || mb > 4000)
            return usage(tr("--memory takes a number of megabytes from 16 to 4000."));
        request.limits.heapBytes = qint64(mb) * 1024 * 1024;
    }
    int runs = 1;
    const bool timing = parser.isSet(runsOption);
    if (timing) {
        bool ok = false;
        runs = parser.value(runsOption).toInt(&ok);
        if (!ok || runs < 1 || runs > 1000000)
            return usage(tr("--runs takes a whole number from 1."));
    }
    const bool quiet = parser.isSet(quietOption) || timing;
    if (!quiet)
        request.onLog = [](const JobLogLine &line) { err(logLine(line)); };

    JobRuntime runtime;
    if (const Status s = runtime.status(); !s) {
        err(s.error().message);
        return 1;
    }

    StepResult first;
    std::vector<double> times;
    times.reserve(size_t(runs));
    double coldMs = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        StepResult r = runtime.run(request);
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (i == 0) {
            coldMs = double(sinceStart.nsecsElapsed()) / 1e6;
            first = std::move(r);
            request.onLog = nullptr;
        }
    }

    // The final state, pretty-printed like OpenFn's CLI writes it.
    QByteArray state = first.finalState;
    if (const auto doc = nlohmann::ordered_json::parse(state.toStdString(), nullptr, false); !doc.is_discarded())
        state = QByteArray::fromStdString(doc.dump(2)) + '\n';
    if (parser.isSet(outOption)) {
        QFile f(parser.value(outOption));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(state) != state.size()) {
            err(tr("Cannot write %1: %2").arg(parser.value(outOption), f.errorString()));
            return 1;
        }
    } else if (!timing) {
        QTextStream(stdout) << QString::fromUtf8(state);
    }

    if (timing) {
        std::vector<double> warm(times.begin() + (runs > 1 ? 1 : 0), times.end());
        std::sort(warm.begin(), warm.end());
        auto pick = [&](double q) { return warm[std::min(warm.size() - 1, size_t(q * double(warm.size())))]; };
        const QJsonObject line{{QStringLiteral("engine"), QStringLiteral("switchboard-" SB_VERSION)},
                               {QStringLiteral("runs"), runs},
                               {QStringLiteral("cold_ms"), coldMs},
                               {QStringLiteral("median_ms"), pick(0.5)},
                               {QStringLiteral("p95_ms"), pick(0.95)}};
        QTextStream(stdout) << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
    }

    if (!first.ok()) {
        err(tr("Exit reason: %1").arg(exitReasonName(first.reason)));
        if (first.error)
            err(first.error->toString());
        return 1;
    }
    return 0;
}

} // namespace sb::cli
