// kill -9 the headless engine in the middle of a webhook burst and of running workflows,
// again and again; after each restart every acknowledged message is in the store with
// its work order, and every interrupted run is `lost`, says why, and can be retried.
//
// SB_CRASH_ROUNDS (default 20) sets the number of kills; each round prints what it saw.

#include "testsupport.h"

#include "engine/engine.h"
#include "engine/retry.h"
#include "engine/workorders.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTcpServer>
#include <QtTest>

using namespace sb;

namespace {

const char kSpec[] = R"(name: Crash test
workflows:
  Intake:
    name: Intake
    jobs:
      Slow:
        name: Slow
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => new Promise(resolve => setTimeout(() => resolve({ ...state, data: { ...state.data, seen: true } }), 150)));
      After:
        name: After
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => ({ ...state, data: { ...state.data, after: true } }));
    triggers:
      webhook:
        type: webhook
        enabled: true
    edges:
      webhook->Slow:
        source_trigger: webhook
        target_job: Slow
        condition_type: always
        enabled: true
      Slow->After:
        source_job: Slow
        target_job: After
        condition_type: on_job_success
        enabled: true
)";

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headlessStopsGracefullyOnSigterm()
    {
        test::TempDir dir;
        const QString db = dir.file(QStringLiteral("headless.db"));
        qint64 slowRun = 0, slowWorkOrder = 0;
        {
            auto store = Store::open(db);
            QVERIFY(store);
            ProjectStore projects(*store.value());
            const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("crash.yaml"), dir.path());
            QVERIFY(spec);
            QVERIFY(projects.import(spec.value()));
            QVERIFY(store.value()->writeAndWait([&](QSqlDatabase &wdb) -> Status {
                QSqlQuery q(wdb);
                q.exec(QStringLiteral("SELECT id FROM workflows"));
                q.next();
                NewWorkOrder o;
                o.workflowId = q.value(0).toLongLong();
                o.input = QByteArrayLiteral("{\"data\":{\"n\":1}}");
                const auto made = insertWorkOrder(wdb, o);
                if (!made)
                    return made.error();
                slowRun = made->runId;
                slowWorkOrder = made->workOrderId;
                // Make its first step slow: 20 s.
                return exec(wdb, QStringLiteral("UPDATE workflow_snapshots SET definition = replace(definition, "
                                                "'150)', '20000)')"));
            }));
        }
        QProcess engine;
        engine.setProcessChannelMode(QProcess::MergedChannels);
        const quint16 port = freePort();
        engine.start(QStringLiteral(SB_BINARY), {QStringLiteral("--headless"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                                 QStringLiteral("--drain"), QStringLiteral("0.3")});
        QVERIFY(engine.waitForStarted());
        auto store = Store::open(db);
        QVERIFY(store);
        auto readText = [&](const QString &sql) {
            QSqlDatabase rdb = store.value()->readConnection();
            QSqlQuery q(rdb);
            return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(readText(QStringLiteral("SELECT state FROM runs WHERE id = %1").arg(slowRun)),
                                  QStringLiteral("started"), 30000);
        // Only one process runs an engine on a store.
        QProcess second;
        second.start(QStringLiteral(SB_BINARY), {QStringLiteral("--headless"), QStringLiteral("--db"), db});
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitCode(), 1);
        QVERIFY(QString::fromUtf8(second.readAllStandardError()).contains(QLatin1String("already runs")));

        engine.terminate(); // SIGTERM
        QVERIFY(engine.waitForFinished(30000));
        const QString output = QString::fromUtf8(engine.readAll());
        QCOMPARE(engine.exitStatus(), QProcess::NormalExit);
        QVERIFY2(engine.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("Engine stopped.")), qPrintable(output));
        // The interrupted run is lost and queued again from the step it was in.
        QCOMPARE(readText(QStringLiteral("SELECT state FROM runs WHERE id = %1").arg(slowRun)), QStringLiteral("lost"));
        QCOMPARE(readText(QStringLiteral("SELECT starting_job_key || ':' || state FROM runs WHERE retry_of_run_id = %1")
                              .arg(slowRun)),
                 QStringLiteral("Slow:available"));
        QCOMPARE(readText(QStringLiteral("SELECT state FROM work_orders WHERE id = %1").arg(slowWorkOrder)),
                 QStringLiteral("available"));
    }

    void consoleAttachesToHeadless()
    {
        test::TempDir dir;
        const QString db = dir.file(QStringLiteral("attach.db"));
        auto store = Store::open(db);
        QVERIFY(store);
        ProjectStore projects(*store.value());
        const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("crash.yaml"), dir.path());
        QVERIFY(spec);
        QVERIFY(projects.import(spec.value()));
        const auto hook = projects.webhookId(QStringLiteral("Crash test"), QStringLiteral("Intake"), QStringLiteral("webhook"));
        QVERIFY(hook);

        QProcess engine;
        engine.setProcessChannelMode(QProcess::MergedChannels);
        const quint16 port = freePort();
        engine.start(QStringLiteral(SB_BINARY), {QStringLiteral("--headless"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(engine.waitForStarted());
        auto holderMode = [&] {
            const auto h = Engine::holder(*store.value());
            return h ? h->mode : QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(holderMode(), QStringLiteral("headless"), 30000);
        bool up = false;
        for (int i = 0; i < 400 && !up; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            up = probe.waitForConnected(50);
            if (!up)
                QTest::qWait(25);
        }
        QVERIFY2(up, qPrintable(QString::fromUtf8(engine.readAll())));

        // The console's own engine does not start; it says who runs the engine instead.
        EngineOptions o;
        o.inboxOptional = true;
        const auto mine = Engine::start(*store.value(), o);
        QVERIFY(!mine);
        QVERIFY2(mine.error().message.contains(QLatin1String("already runs")), qPrintable(mine.error().message));
        const auto holder = Engine::holder(*store.value());
        QCOMPARE(holder->pid, engine.processId());
        QCOMPARE(holder->mode, QStringLiteral("headless"));
        QVERIFY2(holder->listen.contains(QString::number(port)), qPrintable(holder->listen));

        auto readText = [&](const QString &sql) {
            QSqlDatabase rdb = store.value()->readConnection();
            QSqlQuery q(rdb);
            return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
        };
        // A webhook to the headless engine: this process sees the run finish.
        QNetworkAccessManager net;
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/i/%2").arg(port).arg(hook.value())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = net.post(request, QByteArrayLiteral("{\"form\":{\"name\":\"attach\"}}"));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
        const qint64 workOrder =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("work_order_id")).toInteger();
        delete reply;
        QTRY_COMPARE_WITH_TIMEOUT(readText(QStringLiteral("SELECT state FROM work_orders WHERE id = %1").arg(workOrder)),
                                  QStringLiteral("success"), 30000);

        // A retry asked here is run there.
        const auto retried = retryWorkOrder(*store.value(), workOrder);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(readText(QStringLiteral("SELECT state FROM runs WHERE id = %1").arg(retried.value())),
                                  QStringLiteral("success"), 30000);
        QCOMPARE(readText(QStringLiteral("SELECT COUNT(*) FROM runs WHERE work_order_id = %1").arg(workOrder)),
                 QStringLiteral("2"));

        engine.terminate();
        QVERIFY(engine.waitForFinished(30000));
        QCOMPARE(engine.exitCode(), 0);
        // With the headless engine gone, the lock is free again.
        QTRY_VERIFY_WITH_TIMEOUT(!Engine::holder(*store.value()).ok(), 10000);
    }

    void killNineAgainAndAgain()
    {
        test::TempDir dir;
        const QString db = dir.file(QStringLiteral("crash.db"));
        QString webhookPath;
        {
            auto store = Store::open(db);
            QVERIFY(store);
            ProjectStore projects(*store.value());
            const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("crash.yaml"), dir.path());
            QVERIFY(spec);
            QVERIFY(projects.import(spec.value()));
            const auto id = projects.webhookId(QStringLiteral("Crash test"), QStringLiteral("Intake"),
                                               QStringLiteral("webhook"));
            QVERIFY(id);
            webhookPath = QStringLiteral("/i/%1").arg(id.value());
        }
        const int rounds = qEnvironmentVariableIntValue("SB_CRASH_ROUNDS") > 0
                               ? qEnvironmentVariableIntValue("SB_CRASH_ROUNDS")
                               : 20;
        QSet<qint64> acknowledged;
        qint64 lostSeen = 0;
        QNetworkAccessManager net;
        for (int round = 0; round < rounds; ++round) {
            const quint16 port = freePort();
            QProcess engine;
            engine.setProcessChannelMode(QProcess::MergedChannels);
            engine.start(QStringLiteral(SB_BINARY),
                         {QStringLiteral("--headless"), QStringLiteral("--db"), db, QStringLiteral("--listen"),
                          QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--workers"), QStringLiteral("2")});
            QVERIFY(engine.waitForStarted());
            // Wait until it listens.
            const QUrl url(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(webhookPath));
            bool up = false;
            for (int i = 0; i < 200 && !up; ++i) {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, port);
                up = probe.waitForConnected(50);
                if (!up)
                    QTest::qWait(25);
            }
            QVERIFY2(up, qPrintable(QString::fromUtf8(engine.readAll())));

            // A burst of webhooks; kill -9 somewhere in the middle of it.
            int replies = 0;
            int accepted = 0;
            QList<QNetworkReply *> inFlight;
            const int burst = 200;
            // Kill once a random number of requests have been acknowledged: the rest of
            // the burst is in flight (sent, being stored, or waiting for a reply).
            const int killAt = 5 + int(QRandomGenerator::global()->bounded(80));
            bool killed = false;
            for (int i = 0; i < burst; ++i) {
                QNetworkRequest request(url);
                request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
                const QByteArray body = QStringLiteral("{\"round\":%1,\"n\":%2,\"form\":{\"name\":\"Crash %1-%2\"}}")
                                            .arg(round)
                                            .arg(i)
                                            .toUtf8();
                QNetworkReply *reply = net.post(request, body);
                inFlight << reply;
                QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply] {
                    ++replies;
                    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    if (status >= 200 && status < 300) {
                        ++accepted;
                        const auto doc = QJsonDocument::fromJson(reply->readAll()).object();
                        acknowledged.insert(doc.value(QStringLiteral("work_order_id")).toInteger());
                    }
                    if (!killed && accepted >= killAt) {
                        engine.kill(); // SIGKILL, in the middle of the burst
                        killed = true;
                    }
                });
            }
            QTRY_VERIFY_WITH_TIMEOUT(killed || replies == burst, 30000);
            if (!killed) {
                engine.kill();
                killed = true;
            }
            QVERIFY(killed);
            QTRY_VERIFY_WITH_TIMEOUT(replies == burst, 30000);
            engine.waitForFinished(5000);
            qDeleteAll(inFlight);

            // Restart in-process: orphans become lost, every acknowledged message is there.
            auto store = Store::open(db);
            QVERIFY(store);
            auto readInt = [&](const QString &sql) {
                QSqlDatabase rdb = store.value()->readConnection();
                QSqlQuery q(rdb);
                return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
            };
            const qint64 interrupted = readInt(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state IN ('claimed', 'started')"));
            {
                EngineOptions o;
                o.inbox = false;
                o.cron = false;
                o.workers = 1;
                auto restarted = Engine::start(*store.value(), o);
                QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().toString()));
                restarted.value()->stop(0);
                QTRY_VERIFY(restarted.value()->isStopped());
            }
            QCOMPARE(readInt(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state IN ('claimed', 'started')")), qint64(0));
            for (qint64 id : std::as_const(acknowledged)) {
                QCOMPARE(readInt(QStringLiteral("SELECT COUNT(*) FROM work_orders wo JOIN messages m ON m.id = "
                                                "wo.message_id JOIN dataclips d ON d.id = wo.dataclip_id WHERE wo.id = %1 "
                                                "AND m.outcome = 'accepted' AND d.body IS NOT NULL").arg(id)),
                         qint64(1));
            }
            // Lost runs say why and can be retried.
            const qint64 lostNow = readInt(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 'lost'"));
            QVERIFY(lostNow - lostSeen >= interrupted);
            if (lostNow > lostSeen) {
                const qint64 lostWorkOrder = readInt(QStringLiteral(
                    "SELECT work_order_id FROM runs WHERE state = 'lost' ORDER BY id DESC LIMIT 1"));
                QSqlDatabase rdb = store.value()->readConnection();
                QSqlQuery q(rdb);
                QVERIFY(q.exec(QStringLiteral("SELECT error_message FROM runs WHERE state = 'lost' ORDER BY id DESC LIMIT 1"))
                        && q.next());
                QVERIFY2(q.value(0).toString().contains(QLatin1String("stopped without finishing")),
                         qPrintable(q.value(0).toString()));
                q.finish();
                const auto retried = retryWorkOrder(*store.value(), lostWorkOrder);
                QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
            }
            qInfo("round %d: %d requests, %d acknowledged before/around kill -9, %lld runs interrupted -> lost",
                  round + 1, burst, accepted, interrupted);
            lostSeen = readInt(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 'lost'"));
        }
        qInfo("%d rounds: %lld acknowledged messages, all present; %lld runs lost and explained",
              rounds, qint64(acknowledged.size()), lostSeen);
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
