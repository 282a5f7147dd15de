// The engine end to end on a real store: work orders become runs that follow edges,
// lost runs, retry (from the start, from a step, in bulk), cancel, cron, retention,
// the engine lock, concurrency limits and graceful stop.

#include "testsupport.h"

#include "engine/crontrigger.h"
#include "engine/engine.h"
#include "engine/retention.h"
#include "engine/retry.h"
#include "engine/workorders.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace {

const char kSpec[] = R"(name: Engine test
workflows:
  Flow:
    name: Flow
    jobs:
      Check:
        name: Check
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => {
            console.log('checking', state.data.kind);
            if (state.data.kind === 'bad') throw new Error('bad input ' + state.data.id);
            if (state.data.kind === 'slow') return new Promise(r => setTimeout(() => r(state), state.data.ms));
            return { ...state, data: { ...state.data, checked: true } };
          });
      Good:
        name: Good
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => {
            if (state.data.failGood) throw new TypeError('good failed for ' + state.data.id);
            return { ...state, data: { ...state.data, good: true } };
          });
      Recover:
        name: Recover
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => { console.warn('recovering from', Object.keys(state.errors || {}).join()); return { ...state, data: { recovered: true } }; });
      Special:
        name: Special
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => ({ ...state, data: { ...state.data, special: true } }));
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
      Check->Good:
        source_job: Check
        target_job: Good
        condition_type: on_job_success
        enabled: true
      Check->Recover:
        source_job: Check
        target_job: Recover
        condition_type: on_job_failure
        enabled: true
      Check->Special:
        source_job: Check
        target_job: Special
        condition_type: js_expression
        condition_label: special ones
        condition_expression: state.data.kind === 'special'
        enabled: true
  Strict:
    name: Strict
    jobs:
      Only:
        name: Only
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => {
            if (state.data && state.data.kind === 'bad') throw new Error('strict refuses');
            if (state.data && state.data.kind === 'syntax') return state;
            return { ...state, data: { ...(state.data || {}), count: ((state.data && state.data.count) || 0) + 1 } };
          });
    triggers:
      cron:
        type: cron
        enabled: true
        cron_expression: '* * * * *'
    edges:
      cron->Only:
        source_trigger: cron
        target_job: Only
        condition_type: always
        enabled: true
)";

class Fixture
{
public:
    Fixture()
    {
        auto opened = Store::open(dir.file(QStringLiteral("engine.db")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        store = std::move(opened.value());
        projects = std::make_unique<ProjectStore>(*store);
        const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("engine.yaml"), dir.path());
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().toString()));
        QVERIFY(projects->import(spec.value()));
        flow = scalar(QStringLiteral("SELECT id FROM workflows WHERE key = 'Flow'")).toLongLong();
        strict = scalar(QStringLiteral("SELECT id FROM workflows WHERE key = 'Strict'")).toLongLong();
        webhook = scalar(QStringLiteral("SELECT id FROM triggers WHERE type = 'webhook'")).toLongLong();
        cron = scalar(QStringLiteral("SELECT id FROM triggers WHERE type = 'cron'")).toLongLong();
    }

    QVariant scalar(const QString &sql) const
    {
        QSqlDatabase db = store->readConnection();
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    QStringList column(const QString &sql) const
    {
        QSqlDatabase db = store->readConnection();
        QSqlQuery q(db);
        QStringList out;
        if (q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

    CreatedWorkOrder order(qint64 workflowId, const QByteArray &data, int priority = kPriorityTriggered)
    {
        CreatedWorkOrder made;
        const Status s = store->writeAndWait([&](QSqlDatabase &db) -> Status {
            NewWorkOrder o;
            o.workflowId = workflowId;
            o.triggerId = workflowId == flow ? webhook : 0;
            o.input = QByteArrayLiteral("{\"data\":") + data + QByteArrayLiteral("}");
            o.triggerKind = QStringLiteral("webhook");
            o.priority = priority;
            const auto r = insertWorkOrder(db, o);
            if (!r)
                return r.error();
            made = r.value();
            return Ok{};
        });
        if (!s)
            qWarning() << s.error().message;
        return made;
    }
    QString workOrderState(qint64 id) const
    {
        return scalar(QStringLiteral("SELECT state FROM work_orders WHERE id = %1").arg(id)).toString();
    }
    bool finished(qint64 workOrderId) const { return isFinalRunState(workOrderState(workOrderId)); }
    std::unique_ptr<Engine> engine(int workers = 2)
    {
        EngineOptions o;
        o.inbox = false;
        o.cron = false;
        o.workers = workers;
        auto e = Engine::start(*store, o);
        if (!e) {
            qWarning() << e.error().toString();
            return {};
        }
        return std::move(e.value());
    }

    test::TempDir dir;
    std::unique_ptr<Store> store;
    std::unique_ptr<ProjectStore> projects;
    qint64 flow = 0, strict = 0, webhook = 0, cron = 0;
};

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successFollowsSuccessEdge()
    {
        Fixture f;
        auto engine = f.engine();
        QVERIFY(engine);
        const auto wo = f.order(f.flow, R"({"kind":"ok","id":"A1"})");
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(wo.workOrderId), 30000);
        QCOMPARE(f.workOrderState(wo.workOrderId), QStringLiteral("success"));
        QCOMPARE(f.column(QStringLiteral("SELECT job_key || ':' || exit_reason FROM steps WHERE run_id = %1 ORDER BY id")
                              .arg(wo.runId)),
                 QStringList({QStringLiteral("Check:success"), QStringLiteral("Good:success")}));
        // The run records the workflow version it ran; steps chain their dataclips.
        QVERIFY(f.scalar(QStringLiteral("SELECT snapshot_id FROM runs WHERE id = %1").arg(wo.runId)).toLongLong() > 0);
        QCOMPARE(f.scalar(QStringLiteral("SELECT input_dataclip_id FROM steps WHERE run_id = %1 AND job_key = 'Check'")
                              .arg(wo.runId)).toLongLong(),
                 wo.dataclipId);
        QCOMPARE(f.scalar(QStringLiteral("SELECT s2.input_dataclip_id = s1.output_dataclip_id FROM steps s1, steps s2 "
                                         "WHERE s1.run_id = %1 AND s2.run_id = %1 AND s1.job_key = 'Check' AND "
                                         "s2.job_key = 'Good'").arg(wo.runId)).toInt(),
                 1);
        const QString output = f.scalar(QStringLiteral("SELECT d.body FROM runs r JOIN dataclips d ON d.id = "
                                                       "r.final_dataclip_id WHERE r.id = %1").arg(wo.runId)).toString();
        QVERIFY2(output.contains(QLatin1String("\"good\":true")), qPrintable(output));
        QVERIFY(!output.contains(QLatin1String("configuration")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT message FROM log_lines WHERE run_id = %1 AND level = 'info' "
                                         "ORDER BY id LIMIT 1").arg(wo.runId)).toString(),
                 QStringLiteral("checking ok"));
        QVERIFY(f.scalar(QStringLiteral("SELECT duration_ms FROM work_orders WHERE id = %1").arg(wo.workOrderId)).isValid());
    }

    void failureEdgeHandlesFailure()
    {
        Fixture f;
        auto engine = f.engine();
        const auto handled = f.order(f.flow, R"({"kind":"bad","id":"B2"})");
        const auto unhandled = f.order(f.flow, R"({"kind":"ok","id":"B3","failGood":true})");
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(handled.workOrderId) && f.finished(unhandled.workOrderId), 30000);
        // Check failed, Recover took over: the run succeeded.
        QCOMPARE(f.column(QStringLiteral("SELECT job_key || ':' || exit_reason FROM steps WHERE run_id = %1 ORDER BY id")
                              .arg(handled.runId)),
                 QStringList({QStringLiteral("Check:fail"), QStringLiteral("Recover:success")}));
        QCOMPARE(f.workOrderState(handled.workOrderId), QStringLiteral("success"));
        QCOMPARE(f.scalar(QStringLiteral("SELECT error_message FROM steps WHERE run_id = %1 AND job_key = 'Check'")
                              .arg(handled.runId)).toString(),
                 QStringLiteral("bad input B2"));
        // Good failed and nothing handles it: the run failed, with Good's error.
        QCOMPARE(f.workOrderState(unhandled.workOrderId), QStringLiteral("failed"));
        // As OpenFn classifies it: a TypeError thrown by the job is a RuntimeError.
        QCOMPARE(f.scalar(QStringLiteral("SELECT error_type FROM runs WHERE id = %1").arg(unhandled.runId)).toString(),
                 QStringLiteral("RuntimeError"));
        QVERIFY(f.scalar(QStringLiteral("SELECT error_message FROM runs WHERE id = %1").arg(unhandled.runId))
                    .toString()
                    .contains(QLatin1String("good failed for B3")));
    }

    void jsExpressionEdge()
    {
        Fixture f;
        auto engine = f.engine();
        const auto special = f.order(f.flow, R"({"kind":"special","id":"C1"})");
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(special.workOrderId), 30000);
        QCOMPARE(f.column(QStringLiteral("SELECT job_key FROM steps WHERE run_id = %1 ORDER BY id").arg(special.runId)),
                 QStringList({QStringLiteral("Check"), QStringLiteral("Good"), QStringLiteral("Special")}));
    }

    void crashAndManualFirst()
    {
        Fixture f;
        // A job that cannot parse crashes its run.
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE workflow_snapshots SET definition = replace(definition, "
                                           "'fn(state => {', 'fn(state => {{') WHERE workflow_id = ?"),
                        {f.strict});
        }));
        QList<qint64> triggered;
        for (int i = 0; i < 3; ++i)
            triggered << f.order(f.strict, R"({"kind":"x"})").runId;
        const qint64 manual = f.order(f.strict, R"({"kind":"x"})", kPriorityManual).runId;
        auto engine = f.engine(1);
        QTRY_VERIFY_WITH_TIMEOUT(f.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 'crashed'")).toInt() == 4,
                                 30000);
        // One worker: the manual run was claimed first although it was queued last.
        QCOMPARE(f.scalar(QStringLiteral("SELECT id FROM runs ORDER BY claimed_at, id LIMIT 1")).toLongLong(), manual);
        QCOMPARE(f.scalar(QStringLiteral("SELECT exit_reason FROM steps WHERE run_id = %1").arg(manual)).toString(),
                 QStringLiteral("crash"));
        QVERIFY(f.scalar(QStringLiteral("SELECT error_line FROM steps WHERE run_id = %1").arg(manual)).toInt() > 0);
    }

    void lostAtStartup()
    {
        Fixture f;
        const auto wo = f.order(f.flow, R"({"kind":"ok","id":"L1"})");
        // A previous engine claimed and started it, then vanished (kill -9).
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) {
            Status s = exec(db, QStringLiteral("INSERT INTO engines (id, host, pid, mode, started_at, heartbeat_at) "
                                               "VALUES ('gone', 'oldhost', 4242, 'headless', 1700000000000, 1700000300000)"));
            if (s)
                s = exec(db, QStringLiteral("UPDATE runs SET state = 'started', engine_id = 'gone', started_at = 1 WHERE id = ?"),
                         {wo.runId});
            if (s)
                s = exec(db, QStringLiteral("INSERT INTO steps (run_id, job_key, job_name, started_at) VALUES (?, 'Check', "
                                            "'Check', 1)"),
                         {wo.runId});
            return s;
        }));
        auto engine = f.engine();
        QVERIFY(engine);
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM runs WHERE id = %1").arg(wo.runId)).toString(),
                 QStringLiteral("lost"));
        const QString why = f.scalar(QStringLiteral("SELECT error_message FROM runs WHERE id = %1").arg(wo.runId)).toString();
        QVERIFY2(why.contains(QLatin1String("pid 4242 on oldhost")), qPrintable(why));
        QCOMPARE(f.scalar(QStringLiteral("SELECT exit_reason FROM steps WHERE run_id = %1").arg(wo.runId)).toString(),
                 QStringLiteral("lost"));
        QCOMPARE(f.workOrderState(wo.workOrderId), QStringLiteral("lost"));
        // Lost runs are retryable like any other.
        const auto retried = retryWorkOrder(*f.store, wo.workOrderId);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
        engine->wake();
        QTRY_COMPARE_WITH_TIMEOUT(f.workOrderState(wo.workOrderId), QStringLiteral("success"), 30000);
    }

    void retryFromMiddleStepUsesStoredInput()
    {
        Fixture f;
        auto engine = f.engine();
        const auto wo = f.order(f.flow, R"({"kind":"ok","id":"R1","failGood":true})");
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(wo.workOrderId), 30000);
        QCOMPARE(f.workOrderState(wo.workOrderId), QStringLiteral("failed"));
        const qint64 goodInput = f.scalar(QStringLiteral("SELECT input_dataclip_id FROM steps WHERE run_id = %1 AND "
                                                         "job_key = 'Good'").arg(wo.runId)).toLongLong();
        // Refusals are sentences.
        const auto unknown = retryWorkOrder(*f.store, wo.workOrderId, QStringLiteral("Nope"));
        QVERIFY(!unknown);
        QVERIFY(unknown.error().message.contains(QLatin1String("not in workflow")));
        const auto neverRan = retryWorkOrder(*f.store, wo.workOrderId, QStringLiteral("Special"));
        QVERIFY(!neverRan);
        QVERIFY2(neverRan.error().message.contains(QLatin1String("never ran")), qPrintable(neverRan.error().message));

        const auto retried = retryRun(*f.store, wo.runId, QStringLiteral("Good"));
        QVERIFY(retried);
        // A second retry while the first is queued is refused.
        QVERIFY(!retryWorkOrder(*f.store, wo.workOrderId));
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(wo.workOrderId), 30000);
        QCOMPARE(f.column(QStringLiteral("SELECT job_key FROM steps WHERE run_id = %1").arg(retried.value())),
                 QStringList({QStringLiteral("Good")}));
        QCOMPARE(f.scalar(QStringLiteral("SELECT input_dataclip_id FROM steps WHERE run_id = %1").arg(retried.value()))
                     .toLongLong(),
                 goodInput);
        QCOMPARE(f.scalar(QStringLiteral("SELECT retry_of_run_id FROM runs WHERE id = %1").arg(retried.value())).toLongLong(),
                 wo.runId);
        QCOMPARE(f.scalar(QStringLiteral("SELECT run_count FROM work_orders WHERE id = %1").arg(wo.workOrderId)).toInt(), 2);
    }

    void bulkRetryIsExact()
    {
        Fixture f;
        // 5,000 failed work orders and 300 successful ones; retry every failed one.
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) -> Status {
            for (int i = 0; i < 5300; ++i) {
                NewWorkOrder o;
                o.workflowId = f.strict;
                o.input = QByteArrayLiteral("{\"data\":{\"n\":%1}}").replace("%1", QByteArray::number(i));
                const auto r = insertWorkOrder(db, o);
                if (!r)
                    return r.error();
                const QString state = i < 5000 ? QStringLiteral("failed") : QStringLiteral("success");
                if (Status s = exec(db, QStringLiteral("UPDATE runs SET state = ? WHERE id = ?"), {state, r->runId}); !s)
                    return s;
                if (Status s = exec(db, QStringLiteral("UPDATE work_orders SET state = ? WHERE id = ?"),
                                    {state, r->workOrderId});
                    !s)
                    return s;
            }
            return Ok{};
        }));
        HistoryFilter filter;
        filter.states << QStringLiteral("failed");
        BulkAction action(*f.store, BulkAction::Kind::Retry);
        QSignalSpy progress(&action, &BulkAction::progress);
        QSignalSpy done(&action, &BulkAction::finished);
        action.start(filter);
        QVERIFY(done.wait(60000));
        const auto outcome = done.first().first().value<BulkOutcome>();
        QCOMPARE(outcome.asked, qint64(5000));
        QCOMPARE(outcome.done, qint64(5000));
        QVERIFY(outcome.skipped.isEmpty());
        QVERIFY(progress.size() >= 2);
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 'available' AND trigger_kind = 'retry'"))
                     .toInt(),
                 5000);
        // Asking again: every one is skipped with a reason, and the count says so.
        BulkAction again(*f.store, BulkAction::Kind::Retry);
        QSignalSpy doneAgain(&again, &BulkAction::finished);
        HistoryFilter queued;
        queued.states << QStringLiteral("available");
        again.start(queued);
        QVERIFY(doneAgain.wait(60000));
        const auto second = doneAgain.first().first().value<BulkOutcome>();
        QCOMPARE(second.asked, qint64(5000));
        QCOMPARE(second.done, qint64(0));
        QCOMPARE(second.skipped.size(), 5000);
        QVERIFY(second.skipped.first().second.contains(QLatin1String("already has run")));
        // Cancel the queued ones in bulk.
        BulkAction cancel(*f.store, BulkAction::Kind::Cancel);
        QSignalSpy cancelled(&cancel, &BulkAction::finished);
        cancel.start(queued);
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(cancelled.first().first().value<BulkOutcome>().done, qint64(5000));
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM runs WHERE state = 'available'")).toInt(), 0);
    }

    void retentionErasesAndRetryExplains()
    {
        Fixture f;
        const qint64 project = f.scalar(QStringLiteral("SELECT id FROM projects")).toLongLong();
        QVERIFY(setProjectRetention(*f.store, project, {RetentionPolicy::FailuresOnly, 30}));
        auto engine = f.engine();
        const auto ok = f.order(f.flow, R"({"kind":"ok","id":"P1"})");
        const auto bad = f.order(f.strict, R"({"kind":"bad"})");
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(ok.workOrderId) && f.finished(bad.workOrderId), 30000);
        // The success lost its data at once; the failure kept it.
        QVERIFY(f.scalar(QStringLiteral("SELECT body FROM dataclips WHERE id = %1").arg(ok.dataclipId)).isNull());
        QVERIFY(!f.scalar(QStringLiteral("SELECT body FROM dataclips WHERE id = %1").arg(bad.dataclipId)).isNull());
        const auto refused = retryWorkOrder(*f.store, ok.workOrderId);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("erased on"))
                     && refused.error().message.contains(QLatin1String("keep data only for failures")),
                 qPrintable(refused.error().message));
        // Erase after N days: a purge pass erases what is older.
        QVERIFY(setProjectRetention(*f.store, project, {RetentionPolicy::EraseAfter, 2}));
        const auto report = purgeExpiredData(*f.store, QDateTime::currentMSecsSinceEpoch() + 3LL * 24 * 3600 * 1000);
        QVERIFY(report);
        QCOMPARE(report->workOrdersWiped, qint64(1));
        QVERIFY(f.scalar(QStringLiteral("SELECT body FROM dataclips WHERE id = %1").arg(bad.dataclipId)).isNull());
        // The log lines stay, so the history still explains what happened.
        QVERIFY(f.scalar(QStringLiteral("SELECT COUNT(*) FROM log_lines WHERE run_id = %1").arg(ok.runId)).toInt() > 0);
    }

    void oneEngineperStore()
    {
        Fixture f;
        auto engine = f.engine();
        QVERIFY(engine);
        EngineOptions o;
        o.inbox = false;
        const auto second = Engine::start(*f.store, o);
        QVERIFY(!second);
        QVERIFY2(second.error().message.contains(QLatin1String("already runs")), qPrintable(second.error().message));
        const auto holder = Engine::holder(*f.store);
        QVERIFY(holder);
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QCOMPARE(holder->mode, QStringLiteral("console"));
        engine.reset();
        QVERIFY(!Engine::holder(*f.store));
    }

    void concurrencyLimit()
    {
        Fixture f;
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE workflows SET concurrency = 1 WHERE id = ?"), {f.flow});
        }));
        QList<qint64> orders;
        for (int i = 0; i < 4; ++i)
            orders << f.order(f.flow, R"({"kind":"slow","ms":150})").workOrderId;
        auto engine = f.engine(3);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(orders.begin(), orders.end(), [&](qint64 id) { return f.finished(id); }),
                                 30000);
        // No two runs of the workflow overlapped.
        QCOMPARE(f.scalar(QStringLiteral("SELECT COUNT(*) FROM runs a JOIN runs b ON a.id < b.id "
                                         "WHERE a.started_at < b.finished_at AND b.started_at < a.finished_at"))
                     .toInt(),
                 0);
    }

    void gracefulStopRequeuesFromInterruptedStep()
    {
        Fixture f;
        auto engine = f.engine(1);
        const auto wo = f.order(f.flow, R"({"kind":"slow","ms":20000})");
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.scalar(QStringLiteral("SELECT COUNT(*) FROM steps WHERE run_id = %1").arg(wo.runId))
                                         .toInt() == 1,
                                 30000);
        QSignalSpy stopped(engine.get(), &Engine::stopped);
        engine->stop(100);
        QVERIFY(stopped.wait(30000));
        QCOMPARE(f.scalar(QStringLiteral("SELECT state FROM runs WHERE id = %1").arg(wo.runId)).toString(),
                 QStringLiteral("lost"));
        QVERIFY(f.scalar(QStringLiteral("SELECT error_message FROM runs WHERE id = %1").arg(wo.runId))
                    .toString()
                    .contains(QLatin1String("queued again")));
        QCOMPARE(f.scalar(QStringLiteral("SELECT starting_job_key || ':' || state FROM runs WHERE retry_of_run_id = %1")
                              .arg(wo.runId)).toString(),
                 QStringLiteral("Check:available"));
        QCOMPARE(f.workOrderState(wo.workOrderId), QStringLiteral("available"));
        QVERIFY(!Engine::holder(*f.store));
    }

    void cronDueRules()
    {
        const QDateTime now(QDate(2026, 11, 22), QTime(10, 0, 20), Qt::UTC);
        auto due = cronDue(QStringLiteral("* * * * *"), now.addSecs(-60), now);
        QCOMPARE(due.dueFires, 1);
        QVERIFY(!due.missed);
        due = cronDue(QStringLiteral("* * * * *"), now.addSecs(-600), now);
        QCOMPARE(due.dueFires, 10);
        QVERIFY(due.missed);
        QCOMPARE(due.latestFire, QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC));
        due = cronDue(QStringLiteral("0 6 * * *"), QDateTime(QDate(2026, 11, 20), QTime(6, 0), Qt::UTC), now);
        QCOMPARE(due.dueFires, 2);
        QVERIFY(due.missed);
        QCOMPARE(cronDue(QStringLiteral("0 6 * * *"), now.addSecs(-30), now).dueFires, 0);
    }

    void cronFiresAndMissedPolicy()
    {
        Fixture f;
        CronFirer cron(*f.store);
        QSignalSpy fired(&cron, &CronFirer::fired);
        const QDateTime t0(QDate(2026, 11, 22), QTime(10, 0, 5), Qt::UTC);
        // First sight: no backfill.
        cron.check(t0);
        QTRY_VERIFY(f.scalar(QStringLiteral("SELECT last_fired_at FROM triggers WHERE id = %1").arg(f.cron)).toLongLong() > 0);
        QCOMPARE(fired.size(), 0);
        // A minute later: one fire, in UTC, with an empty state.
        cron.check(t0.addSecs(60));
        QTRY_COMPARE(fired.size(), 1);
        QCOMPARE(f.scalar(QStringLiteral("SELECT d.body FROM work_orders wo JOIN dataclips d ON d.id = wo.dataclip_id "
                                         "WHERE wo.id = %1").arg(fired.last().first().toLongLong())).toString(),
                 QStringLiteral("{}"));
        // Ten minutes with no engine, policy run once: one work order that says so.
        cron.check(t0.addSecs(60 + 600));
        QTRY_COMPARE(fired.size(), 2);
        QVERIFY(f.scalar(QStringLiteral("SELECT input_summary FROM work_orders WHERE id = %1")
                             .arg(fired.last().first().toLongLong()))
                    .toString()
                    .contains(QLatin1String("10 missed")));
        // Policy skip: nothing fires, the trigger moves on.
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE triggers SET missed_fires = 'skip' WHERE id = ?"), {f.cron});
        }));
        QSignalSpy log(&cron, &CronFirer::logLine);
        cron.check(t0.addSecs(60 + 600 + 600));
        QTRY_COMPARE(log.size(), 1);
        QCOMPARE(fired.size(), 2);
        QVERIFY(log.first().first().toString().contains(QLatin1String("skipped 10")));
    }

    void cronFromPreviousFinalState()
    {
        Fixture f;
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE triggers SET cron_from_last_state = 1, last_fired_at = ? WHERE id = ?"),
                        {QDateTime::currentMSecsSinceEpoch() - 61000, f.cron});
        }));
        auto engine = f.engine(1);
        CronFirer cron(*f.store);
        QSignalSpy fired(&cron, &CronFirer::fired);
        cron.check(QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(fired.size(), 1);
        engine->wake();
        const qint64 first = fired.last().first().toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(first), 30000);
        QCOMPARE(f.workOrderState(first), QStringLiteral("success"));
        // The next fire starts from the final state of that run: count goes on.
        QVERIFY(f.store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE triggers SET last_fired_at = ? WHERE id = ?"),
                        {QDateTime::currentMSecsSinceEpoch() - 61000, f.cron});
        }));
        cron.check(QDateTime::currentDateTimeUtc());
        QTRY_COMPARE(fired.size(), 2);
        const qint64 second = fired.last().first().toLongLong();
        QVERIFY(f.scalar(QStringLiteral("SELECT d.body FROM work_orders wo JOIN dataclips d ON d.id = wo.dataclip_id "
                                        "WHERE wo.id = %1").arg(second))
                    .toString()
                    .contains(QLatin1String("\"count\":1")));
        engine->wake();
        QTRY_VERIFY_WITH_TIMEOUT(f.finished(second), 30000);
        QVERIFY(f.scalar(QStringLiteral("SELECT d.body FROM runs r JOIN dataclips d ON d.id = r.final_dataclip_id "
                                        "WHERE r.work_order_id = %1").arg(second))
                    .toString()
                    .contains(QLatin1String("\"count\":2")));
    }

    void summaries()
    {
        QCOMPARE(summarizeInput(R"({"data":{"form":{"@name":"Register New Patient","case":{"@case_id":"c-1"}},"id":"f-9"}})"),
                 QStringLiteral("Register New Patient · c-1 · f-9"));
        QCOMPARE(summarizeInput(R"({"data":{"x":[1,2]}})"), QStringLiteral("{x}"));
        QCOMPARE(summarizeInput("not json"), QString());
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
