#include "sandboxcmd.h"
#include "clitext.h"
#include "termsignals.h"

#include "engine/enginesettings.h"
#include "sandbox/sandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace sb::cli {

namespace {

constexpr quint16 kDefaultPort = 4100;

} // namespace

int sandboxCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The emulated external systems (Salesforce, CommCare, Infobip, …) alone, on "
                                        "one local port, until stopped with Ctrl+C or SIGTERM."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("Ignored: the sandbox keeps its records in memory."),
                                      tr("PATH"));
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          tr("Address to serve on (default 127.0.0.1:%1; port 0 picks a free one).")
                                              .arg(kDefaultPort),
                                          tr("HOST:PORT"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print one JSON line with each system's URL and configuration when ready."));
    parser.addOptions({dbOption, listenOption, jsonOption});
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sandbox"), tr("The command."));
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        err(tr("sandbox takes no arguments besides its options (got \"%1\").")
                .arg(parser.positionalArguments().mid(1).join(QLatin1Char(' '))));
        return 2;
    }
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = kDefaultPort;
    if (parser.isSet(listenOption) && !parseHostPort(parser.value(listenOption), &host, &port)) {
        err(tr("--listen wants HOST:PORT, for example 127.0.0.1:%1 (got \"%2\").")
                .arg(kDefaultPort)
                .arg(parser.value(listenOption)));
        return 2;
    }

    TerminationSignals termination;
    if (!termination.ok()) {
        err(tr("Cannot set up signal handling."));
        return 1;
    }
    termination.listen([] { QCoreApplication::exit(0); });

    sandbox::Sandbox box;
    if (const Status started = box.start(host, port); !started) {
        err(started.error().toString());
        return 1;
    }

    const QList<sandbox::SystemInfo> systems = box.systems();
    if (parser.isSet(jsonOption)) {
        QJsonObject all;
        for (const sandbox::SystemInfo &s : systems)
            all.insert(s.id, QJsonObject{{QStringLiteral("url"), s.url}, {QStringLiteral("configuration"), s.configuration}});
        out(QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
    } else {
        int width = 0;
        for (const sandbox::SystemInfo &s : systems)
            width = std::max(width, int(s.id.size()));
        out(tr("Switchboard sandbox on %1").arg(box.baseUrl()));
        for (const sandbox::SystemInfo &s : systems)
            out(QStringLiteral("  %1  %2  %3").arg(s.id.leftJustified(width), s.url, s.loginHint));
        out(tr("Serving until Ctrl+C or SIGTERM."));
    }
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    box.stop();
    return code;
}

} // namespace sb::cli
