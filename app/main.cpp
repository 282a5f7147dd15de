#include "cli.h"
#include "headless.h"
#include "credentialscmd.h"
#include "retrycmd.h"
#include "runjob.h"
#include "runscmd.h"
#include "clinicscmd.h"
#include "smscmd.h"

#include "common/paths.h"
#include "engine/credentialsource.h"
#include "engine/engine.h"
#include "inbox/inboxserver.h"
#include "engine/enginesettings.h"
#include "main/mainwindow.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "sandbox/sandbox.h"
#include "sms/smstable.h"
#include "store/store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {

void installTranslators(QApplication &app)
{
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("switchboard"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
}

int runConsole(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Switchboard administrator console"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file."),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const QString dbPath = parser.isSet(dbOption) ? parser.value(dbOption) : sb::defaultDatabasePath();
    auto store = sb::Store::open(dbPath);
    if (!store) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Switchboard"),
                              QApplication::translate("main", "Switchboard cannot open its database.\n\n%1")
                                  .arg(store.error().toString()));
        return 1;
    }
    sb::ProjectStore projects(*store.value());
    // The console never opens blank: an empty store gets the demo project.
    bool demoInstalled = false;
    if (!projects.hasProjects()) {
        const auto demo = sb::installDemoProject(projects);
        if (!demo)
            qWarning("Could not add the demo project: %s", qPrintable(demo.error().toString()));
        demoInstalled = bool(demo);
    }
    // The SMS page and the demo's SMS workflow start from the real sheet.
    if (const auto table = sb::sms::installBuiltInTable(*store.value()); !table)
        qWarning("Could not add the built-in SMS table: %s", qPrintable(table.error().toString()));
    // The console runs the engine itself unless another process (a headless engine, or
    // another console) already does on this file; then it watches and queues retries
    // for that engine.
    sb::EngineOptions engineOptions;
    engineOptions.mode = QStringLiteral("console");
    engineOptions.inboxOptional = true; // the console still shows history when the port is taken
    sb::parseHostPort(sb::listenAddress(*store.value()), &engineOptions.listenHost, &engineOptions.listenPort);
    // Projects in the sandbox environment run against the built-in sandbox, in-process.
    sb::sandbox::Sandbox sandbox;
    if (sb::anyProjectInSandbox(*store.value())) {
        if (const sb::Status started = sb::startLocalSandbox(sandbox); !started)
            qWarning("The built-in sandbox did not start: %s", qPrintable(started.error().toString()));
    }
    std::unique_ptr<sb::Engine> engine;
    engineOptions.credentials = sb::credentialSource(*store.value(), &sandbox, [&engine] {
        return engine && engine->inbox() ? engine->inbox()->baseUrl() : QString();
    });
    QString engineNote;
    if (auto started = sb::Engine::start(*store.value(), engineOptions))
        engine = std::move(started.value());
    else
        engineNote = started.error().message;
    sb::MainWindow window(*store.value(), projects);
    // A new store shows real runs at once: the demo's first runs go to the sandbox.
    if (demoInstalled && engine && sandbox.isRunning()) {
        if (const auto queued = sb::queueDemoFirstRuns(*store.value()); !queued)
            qWarning("Could not start the demo's first runs: %s", qPrintable(queued.error().toString()));
    }
    window.setEngine(engine.get(), engineNote);
    window.setSandbox(sandbox.isRunning() ? &sandbox : nullptr);
    QObject::connect(&window, &sb::MainWindow::startSandboxRequested, &window, [&window, &sandbox] {
        if (const sb::Status started = sb::startLocalSandbox(sandbox); !started) {
            QMessageBox::warning(&window, QApplication::translate("main", "Switchboard"),
                                 QApplication::translate("main", "The built-in sandbox did not start.\n\n%1")
                                     .arg(started.error().toString()));
            return;
        }
        window.setSandbox(&sandbox);
    });
    window.show();
    const int code = app.exec();
    engine.reset();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart; // for run-job --runs: cold start is measured from here
    sinceStart.start();
    QCoreApplication::setOrganizationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationName(QStringLiteral("Switchboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SB_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.contains(QStringLiteral("--headless")))
        return sb::cli::headless(argc, argv, arguments);
    if (sb::cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        const QString command = sb::cli::commandOf(arguments);
        if (command == QLatin1String("run-job"))
            return sb::cli::runJob(arguments, sinceStart);
        if (command == QLatin1String("runs"))
            return sb::cli::runs(arguments);
        if (command == QLatin1String("retry"))
            return sb::cli::retry(arguments);
        if (command == QLatin1String("credentials"))
            return sb::cli::credentialsCommand(arguments);
        if (command == QLatin1String("sms"))
            return sb::cli::smsCommand(arguments);
        if (command == QLatin1String("clinics"))
            return sb::cli::clinicsCommand(arguments);
        return sb::cli::run(arguments);
    }
    return runConsole(argc, argv);
}
