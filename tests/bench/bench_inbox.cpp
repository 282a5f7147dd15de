// Webhook ingest benchmark: the inbox alone (no workers) on a fresh store, driven by wrk
// on loopback with realistic CommCare form bodies of about 2 KB and 50 KB. Prints
// requests/s, latency percentiles, and checks that the number of stored messages equals
// the number of 2xx replies wrk saw.
//
// wrk stops at its deadline with requests in flight, which it never counts although the
// inbox may have stored them. So the script posts for --seconds, then sends on every
// connection a request whose body never comes (the inbox waits for it and stores
// nothing) for a short tail; every accepted request has been answered and counted by
// then, and the counts must match exactly. The rate is accepted requests over the time
// between the first and last one the inbox received.
//
//   bench_inbox [--seconds 10] [--connections 32] [--threads 2] [--sizes 2,50 (KB)]

#include "engine/workorders.h"
#include "inbox/inboxserver.h"
#include "inbox/webhookauth.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>

using namespace sb;

namespace {

const char kSpec[] = R"(name: Ingest bench
workflows:
  Intake:
    name: Intake
    jobs:
      Noop:
        name: Noop
        adaptor: '@openfn/language-common@3.3.4'
        body: fn(state => state);
    triggers:
      webhook:
        type: webhook
        enabled: true
    edges:
      webhook->Noop:
        source_trigger: webhook
        target_job: Noop
        condition_type: always
        enabled: true
)";

// A CommCare-style form submission padded with realistic case properties to ~`bytes`.
QByteArray body(int bytes)
{
    QByteArray out = R"({"app_id":"5b3c9a1e7d2f4a8b","archived":false,"build_id":"a1b2c3","domain":"cast-cambodia",)"
                     R"("form":{"#type":"data","@name":"Register New Patient","@xmlns":"http://openrosa.org/formdesigner/reg",)"
                     R"("case":{"@case_id":"0f9d6c1e-2b7a-4c3d-9e8f-112233445566","create":{"case_type":"patient","owner_id":"loc-kh-12"},)"
                     R"("update":{"patient_first_name":"Sokha","patient_last_name":"Chan","patient_gender":"female",)"
                     R"("guardian1_phone1_full":"+85512345678","send_sms":"on","sms_opt_in":"yes","time_zone":"Asia/Phnom_Penh"}},)"
                     R"("notes":[)";
    int i = 0;
    while (out.size() < bytes - 120) {
        if (i)
            out += ',';
        out += R"({"visit":)" + QByteArray::number(i) + R"(,"text":"Ponseti cast applied, foot abduction brace fitted, family counselled on wear schedule"})";
        ++i;
    }
    out += R"(]},"id":"f-20261122-0001","received_on":"2026-11-22T08:00:00.000Z"})";
    return out;
}

struct WrkResult
{
    double requestsPerSecond = 0;
    QString p50, p90, p99;
    qint64 requests = 0;
    qint64 non2xx = 0;
    qint64 socketErrors = 0;
    QString raw;
};

constexpr int kTailSeconds = 2;

WrkResult runWrk(const QString &url, const QString &luaPath, int seconds, int connections, int threads)
{
    QProcess wrk;
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    // The inbox lives on this thread: its event loop runs, undisturbed, until wrk exits.
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&wrk, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    wrk.start(QStringLiteral("wrk"), {QStringLiteral("-t%1").arg(threads), QStringLiteral("-c%1").arg(connections),
                                      QStringLiteral("-d%1s").arg(seconds + kTailSeconds), QStringLiteral("--latency"),
                                      QStringLiteral("--timeout"), QStringLiteral("%1s").arg(seconds + 10),
                                      QStringLiteral("-s"), luaPath, url});
    loop.exec();
    if (wrk.state() != QProcess::NotRunning)
        wrk.waitForFinished(-1);
    WrkResult r;
    r.raw = QString::fromUtf8(wrk.readAll());
    auto grab = [&](const QString &pattern) {
        const auto m = QRegularExpression(pattern, QRegularExpression::MultilineOption).match(r.raw);
        return m.hasMatch() ? m.captured(1) : QString();
    };
    r.requestsPerSecond = grab(QStringLiteral("Requests/sec:\\s+([0-9.]+)")).toDouble();
    r.p50 = grab(QStringLiteral("^\\s+50%\\s+(\\S+)"));
    r.p90 = grab(QStringLiteral("^\\s+90%\\s+(\\S+)"));
    r.p99 = grab(QStringLiteral("^\\s+99%\\s+(\\S+)"));
    r.requests = grab(QStringLiteral("(\\d+) requests in")).toLongLong();
    r.non2xx = grab(QStringLiteral("Non-2xx or 3xx responses: (\\d+)")).toLongLong();
    const auto errors = QRegularExpression(QStringLiteral("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)"))
                            .match(r.raw);
    if (errors.hasMatch())
        r.socketErrors = errors.captured(1).toLongLong() + errors.captured(2).toLongLong()
                         + errors.captured(3).toLongLong() + errors.captured(4).toLongLong();
    return r;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int seconds = 10, connections = 32, threads = 2;
    QList<int> sizes = {2 * 1024, 50 * 1024};
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--seconds"))
            seconds = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--connections"))
            connections = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--threads"))
            threads = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &kb : args[i + 1].split(QLatin1Char(',')))
                sizes << kb.toInt() * 1024;
        }
    }
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("ingest.db")));
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().toString()));
        return 1;
    }
    ProjectStore projects(*store.value());
    const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("bench.yaml"), dir.path());
    if (!spec || !projects.import(spec.value())) {
        std::fprintf(stderr, "cannot import the bench project\n");
        return 1;
    }
    const auto hook = projects.webhookId(QStringLiteral("Ingest bench"), QStringLiteral("Intake"), QStringLiteral("webhook"));
    qint64 triggerId = 0;
    {
        QSqlDatabase db = store.value()->readConnection();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT id FROM triggers WHERE type = 'webhook'"));
        q.next();
        triggerId = q.value(0).toLongLong();
    }
    // An API key on the trigger, as production webhooks have.
    const auto key = addApiKeyAuth(*store.value(), triggerId, QStringLiteral("bench"));
    InboxOptions options;
    options.port = 0;
    InboxServer inbox(*store.value(), options);
    inbox.reloadRoutes();
    if (const Status s = inbox.listen(); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    const QString url = QStringLiteral("%1/i/%2").arg(inbox.baseUrl(), hook.value());

    std::printf("{\"bench\":\"inbox\",\"connections\":%d,\"threads\":%d,\"seconds\":%d,\"results\":[\n", connections,
                threads, seconds);
    bool first = true;
    for (int size : std::as_const(sizes)) {
        const QByteArray payload = body(size);
        const QString bodyPath = dir.filePath(QStringLiteral("body-%1.json").arg(size));
        QFile bodyFile(bodyPath);
        bodyFile.open(QIODevice::WriteOnly);
        bodyFile.write(payload);
        bodyFile.close();
        const QString lua = dir.filePath(QStringLiteral("post-%1.lua").arg(size));
        QFile luaFile(lua);
        luaFile.open(QIODevice::WriteOnly);
        luaFile.write(QStringLiteral("local f = io.open(\"%1\", \"rb\")\nwrk.body = f:read(\"*a\")\nf:close()\n"
                                     "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\n"
                                     "wrk.headers[\"x-api-key\"] = \"%2\"\n"
                                     "local post, stopAt\n"
                                     "local hang = \"POST /bench-tail HTTP/1.1\\r\\nHost: bench\\r\\n"
                                     "Content-Type: application/json\\r\\nContent-Length: 64\\r\\n\\r\\n\"\n"
                                     "init = function(args) post = wrk.format() end\n"
                                     "request = function()\n"
                                     "  if stopAt == nil then stopAt = os.time() + %3 end\n"
                                     "  if os.time() >= stopAt then return hang end\n"
                                     "  return post\n"
                                     "end\n")
                          .arg(bodyPath, key->secret)
                          .arg(seconds)
                          .toUtf8());
        luaFile.close();

        const quint64 acceptedBefore = inbox.acceptedCount();
        qint64 storedBefore = 0;
        {
            QSqlDatabase db = store.value()->readConnection();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE outcome = 'accepted'"));
            q.next();
            storedBefore = q.value(0).toLongLong();
        }
        const quint64 batchesBefore = store.value()->committedBatches();
        const quint64 writesBefore = store.value()->committedWrites();
        const WrkResult r = runWrk(url, lua, seconds, connections, threads);
        // Let replies and writes in flight settle.
        for (int i = 0; i < 100; ++i)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QThread::msleep(200);
        QCoreApplication::processEvents();
        qint64 stored = 0;
        double window = 0;
        {
            QSqlDatabase db = store.value()->readConnection();
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM messages WHERE outcome = 'accepted'"));
            q.next();
            stored = q.value(0).toLongLong() - storedBefore;
            q.exec(QStringLiteral("SELECT MIN(received_at), MAX(received_at) FROM (SELECT received_at FROM messages "
                                  "WHERE outcome = 'accepted' ORDER BY id DESC LIMIT %1)")
                       .arg(stored));
            q.next();
            window = double(q.value(1).toLongLong() - q.value(0).toLongLong()) / 1000.0;
        }
        const qint64 ok = r.requests - r.non2xx;
        const quint64 batches = store.value()->committedBatches() - batchesBefore;
        const quint64 writes = store.value()->committedWrites() - writesBefore;
        std::printf("%s{\"body_bytes\":%lld,\"requests_per_s\":%.0f,\"p50\":\"%s\",\"p90\":\"%s\",\"p99\":\"%s\","
                    "\"requests\":%lld,\"replies_2xx\":%lld,\"non_2xx\":%lld,\"socket_errors\":%lld,"
                    "\"accepted_by_inbox\":%llu,\"stored_messages\":%lld,\"stored_equals_2xx\":%s,"
                    "\"writes_per_transaction\":%.1f}\n",
                    first ? "" : ",", qint64(payload.size()), window > 0 ? double(stored) / window : 0.0, qPrintable(r.p50), qPrintable(r.p90),
                    qPrintable(r.p99), r.requests, ok, r.non2xx, r.socketErrors,
                    (unsigned long long)(inbox.acceptedCount() - acceptedBefore), stored,
                    stored == ok ? "true" : "false", batches ? double(writes) / double(batches) : 0.0);
        std::fflush(stdout);
        first = false;
        if (r.requests == 0)
            std::fprintf(stderr, "%s\n", qPrintable(r.raw));
    }
    std::printf("]}\n");
    return 0;
}
