#include "headless.h"
#include "clitext.h"
#include "termsignals.h"

#include "common/paths.h"
#include "credentials/headlesssecrets.h"
#include "engine/credentialsource.h"
#include "engine/engine.h"
#include "inbox/inboxserver.h"
#include "engine/enginesettings.h"
#include "sandbox/sandbox.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>


namespace sb::cli {

int headless(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Switchboard engine without a window: inbox, cron and workers."));
    const QCommandLineOption headlessOption(QStringLiteral("headless"), tr("Run the engine only."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Database file (default: %1).").arg(defaultDatabasePath()),
                                      tr("PATH"));
    const QCommandLineOption listenOption(QStringLiteral("listen"), tr("Address for webhooks (default 127.0.0.1:4000)."),
                                          tr("HOST:PORT"));
    const QCommandLineOption workersOption(QStringLiteral("workers"), tr("Worker threads (default: number of cores)."),
                                           tr("N"));
    const QCommandLineOption drainOption(QStringLiteral("drain"),
                                         tr("Seconds running steps get to finish on SIGTERM (default 30)."),
                                         tr("SECONDS"));
    parser.addOptions({headlessOption, dbOption, listenOption, workersOption, drainOption});
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err(tr("--headless takes no command (got \"%1\").").arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return 2;
    }

    EngineOptions options;
    options.mode = QStringLiteral("headless");
    if (parser.isSet(listenOption) && !parseHostPort(parser.value(listenOption), &options.listenHost, &options.listenPort)) {
        err(tr("--listen wants HOST:PORT, for example 127.0.0.1:4000 (got \"%1\").").arg(parser.value(listenOption)));
        return 2;
    }
    if (parser.isSet(workersOption)) {
        bool ok = false;
        options.workers = parser.value(workersOption).toInt(&ok);
        if (!ok || options.workers < 1 || options.workers > 256) {
            err(tr("--workers wants a number from 1 to 256."));
            return 2;
        }
    }
    int drainMs = 30000;
    if (parser.isSet(drainOption)) {
        bool ok = false;
        const double seconds = parser.value(drainOption).toDouble(&ok);
        if (!ok || seconds < 0 || seconds > 3600) {
            err(tr("--drain wants seconds from 0 to 3600."));
            return 2;
        }
        drainMs = int(seconds * 1000);
    }

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : defaultDatabasePath();
    Result<std::unique_ptr<Store>> store = Store::open(dbPath);
    if (!store) {
        err(store.error().toString());
        return 1;
    }

    // Where webhooks are received: --listen (remembered for `switchboard triggers` and the
    // console), else what was set before.
    if (parser.isSet(listenOption)) {
        if (const Status saved = setListenAddress(*store.value(), parser.value(listenOption)); !saved) {
            err(saved.error().toString());
            return 1;
        }
    } else {
        parseHostPort(listenAddress(*store.value()), &options.listenHost, &options.listenPort);
    }

    TerminationSignals termination;
    if (!termination.ok()) {
        err(tr("Cannot set up signal handling."));
        return 1;
    }

    // Projects in the sandbox environment run against the built-in sandbox, in this process.
    sandbox::Sandbox sandbox;
    if (anyProjectInSandbox(*store.value())) {
        if (const Status started = startLocalSandbox(sandbox); !started) {
            err(started.error().toString());
            return 1;
        }
        out(QStringLiteral("%1 %2").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                       tr("Built-in sandbox on %1 (projects in the sandbox environment use it).").arg(sandbox.baseUrl())));
    }
    // Where secrets come from on this server: said once at start, so a refused secrets
    // file is seen before the first run fails on it.
    {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString file = credentials::secretsFilePath();
        if (const Status checked = credentials::checkSecretsFile(); !checked)
            err(QStringLiteral("%1 %2").arg(stamp, tr("warning: %1").arg(checked.error().message)));
        else if (!file.isEmpty())
            out(QStringLiteral("%1 %2").arg(stamp, tr("Secrets file: %1 (used before the keychain).").arg(file)));
    }
    Engine *running = nullptr;
    options.credentials = credentialSource(*store.value(), &sandbox, [&running] {
        return running && running->inbox() ? running->inbox()->baseUrl() : QString();
    });
    Result<std::unique_ptr<Engine>> engine = Engine::start(*store.value(), options);
    if (engine)
        running = engine.value().get();
    if (!engine) {
        err(engine.error().toString());
        return 1;
    }
    QObject::connect(engine.value().get(), &Engine::logLine, &app, [](const QString &line) {
        out(QStringLiteral("%1 %2").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), line));
    });
    QObject::connect(engine.value().get(), &Engine::stopped, &app, [] { QCoreApplication::exit(0); });

    Engine *e = engine.value().get();
    termination.listen([e, drainMs] { e->stop(drainMs); });
    out(QStringLiteral("%1 %2").arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                   tr("Switchboard engine running on %1 (pid %2). SIGTERM stops it gracefully.")
                                       .arg(dbPath)
                                       .arg(QCoreApplication::applicationPid())));
    const int code = app.exec();
    engine.value().reset();
    return code;
}

} // namespace sb::cli
