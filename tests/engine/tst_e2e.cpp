// End to end through the real engine: a webhook request over HTTP becomes a work order,
// the engine runs it along its success or failure edges, and an after_completion trigger
// replies with the run's final data. Bad requests get their status codes.

#include "testsupport.h"

#include "engine/engine.h"
#include "inbox/inboxserver.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace {

const char kSpec[] = R"(name: E2E
workflows:
  Intake:
    name: Intake
    jobs:
      Check:
        name: Check
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => {
            if (state.data.kind === 'bad') throw new Error('bad input ' + state.data.id);
            return { ...state, data: { ...state.data, checked: true } };
          });
      Save:
        name: Save
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => ({ ...state, data: { ...state.data, saved: true } }));
      Alert:
        name: Alert
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => { console.warn('alerting about', state.data.id); return { ...state, data: { alerted: state.data.id } }; });
    triggers:
      webhook:
        type: webhook
        enabled: true
    edges:
      webhook->Check:
        source_trigger: webhook
        target_job: Check
        condition_type: always
        enabled: true
      Check->Save:
        source_job: Check
        target_job: Save
        condition_type: on_job_success
        enabled: true
      Check->Alert:
        source_job: Check
        target_job: Alert
        condition_type: on_job_failure
        enabled: true
  Lookup:
    name: Lookup
    jobs:
      Answer:
        name: Answer
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => ({ ...state, data: { answer: state.data.question * 2 } }));
    triggers:
      webhook:
        type: webhook
        enabled: true
        webhook_reply: after_completion
    edges:
      webhook->Answer:
        source_trigger: webhook
        target_job: Answer
        condition_type: always
        enabled: true
)";

struct Reply
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestE2e : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_net;
    QString m_intakeUrl, m_lookupUrl;

    Reply post(const QString &url, const QByteArray &body, const QByteArray &verb = "POST")
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return r;
    }

    QString text(const QString &sql)
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    // "Check:success Save:success" for the work order's latest run.
    QString steps(qint64 workOrder)
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT s.job_key || ':' || s.exit_reason FROM steps s WHERE s.run_id = "
                              "(SELECT MAX(id) FROM runs WHERE work_order_id = %1) ORDER BY s.position, s.id")
                   .arg(workOrder));
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::open(m_dir.file(QStringLiteral("e2e.db")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_store = std::move(opened.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
        const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("e2e.yaml"), m_dir.path());
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().toString()));
        QVERIFY(m_projects->import(spec.value()));
        EngineOptions options;
        options.workers = 2;
        options.listenPort = 0; // any free port
        options.cron = false;
        auto engine = Engine::start(*m_store, options);
        QVERIFY2(engine, qPrintable(engine ? QString() : engine.error().toString()));
        m_engine = std::move(engine.value());
        QVERIFY(m_engine->inbox());
        const QString base = QStringLiteral("http://127.0.0.1:%1/i/").arg(m_engine->inbox()->port());
        const auto intake = m_projects->webhookId(QStringLiteral("E2E"), QStringLiteral("Intake"), QStringLiteral("webhook"));
        const auto lookup = m_projects->webhookId(QStringLiteral("E2E"), QStringLiteral("Lookup"), QStringLiteral("webhook"));
        QVERIFY(intake && lookup);
        m_intakeUrl = base + intake.value();
        m_lookupUrl = base + lookup.value();
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            m_engine->stop(1000);
            QTRY_VERIFY_WITH_TIMEOUT(m_engine->isStopped(), 10000);
        }
        m_engine.reset();
        m_projects.reset();
        m_store.reset();
    }

    void webhookFollowsSuccessEdge()
    {
        const Reply r = post(m_intakeUrl, R"({"kind":"good","id":"f-1"})");
        QCOMPARE(r.status, 202);
        const qint64 workOrder = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("work_order_id")).toInteger();
        QVERIFY(workOrder > 0);
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("SELECT state FROM work_orders WHERE id = %1").arg(workOrder)),
                                  QStringLiteral("success"), 30000);
        QCOMPARE(steps(workOrder), QStringLiteral("Check:success Save:success"));
        // The run recorded the workflow version it ran and its final data.
        QVERIFY(!text(QStringLiteral("SELECT snapshot_id FROM runs WHERE work_order_id = %1").arg(workOrder)).isEmpty());
        QVERIFY(text(QStringLiteral("SELECT d.body FROM runs r JOIN dataclips d ON d.id = r.final_dataclip_id "
                                    "WHERE r.work_order_id = %1").arg(workOrder))
                    .contains(QLatin1String("\"saved\":true")));
        // The message that started it is in the inbox, accepted, pointing at the work order.
        QCOMPARE(text(QStringLiteral("SELECT outcome || ':' || reply_status FROM messages WHERE work_order_id = %1")
                          .arg(workOrder)),
                 QStringLiteral("accepted:202"));
    }

    void webhookFollowsFailureEdge()
    {
        const Reply r = post(m_intakeUrl, R"({"kind":"bad","id":"f-2"})");
        QCOMPARE(r.status, 202);
        const qint64 workOrder = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("work_order_id")).toInteger();
        // The failure is handled by its edge: the run ends with Alert's success.
        QTRY_COMPARE_WITH_TIMEOUT(text(QStringLiteral("SELECT state FROM work_orders WHERE id = %1").arg(workOrder)),
                                  QStringLiteral("success"), 30000);
        QCOMPARE(steps(workOrder), QStringLiteral("Check:fail Alert:success"));
        QVERIFY(text(QStringLiteral("SELECT error_message FROM steps WHERE job_key = 'Check' AND run_id = "
                                    "(SELECT MAX(id) FROM runs WHERE work_order_id = %1)").arg(workOrder))
                    .contains(QLatin1String("bad input f-2")));
    }

    void afterCompletionRepliesWithFinalData()
    {
        const Reply r = post(m_lookupUrl, R"({"question":21})");
        QCOMPARE(r.status, 200);
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(QStringLiteral("answer")).toInt(), 42);
    }

    void badRequestsGetTheirStatus()
    {
        QCOMPARE(post(m_intakeUrl, R"({"kind": "good",)").status, 400);
        QCOMPARE(post(m_intakeUrl + QStringLiteral("-nope"), "{}").status, 404);
        QCOMPARE(post(m_intakeUrl, "{}", "GET").status, 405);
        QCOMPARE(post(m_intakeUrl, QByteArray(11 * 1024 * 1024, ' ')).status, 413);
        // Each refusal is recorded with its reason; none made a work order.
        QTRY_COMPARE(text(QStringLiteral("SELECT COUNT(*) FROM messages WHERE outcome <> 'accepted' AND reason <> ''")),
                     QStringLiteral("4"));
        QCOMPARE(text(QStringLiteral("SELECT COUNT(*) FROM messages WHERE outcome <> 'accepted' AND work_order_id IS NOT NULL")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestE2e)
#include "tst_e2e.moc"
