// Per-trigger engine settings (core/engine/triggersettings.h): finding a trigger by the
// console's keys, loading, validating and saving with an audit event, the full webhook
// URL on the listen address, and the cron firer following a saved missed-fires policy.

#include "testsupport.h"

#include "engine/crontrigger.h"
#include "engine/enginesettings.h"
#include "engine/triggersettings.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace {

const char kSpec[] = R"(name: Settings test
workflows:
  intake:
    name: Intake
    jobs:
      receive:
        name: Receive
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => state);
    triggers:
      webhook:
        type: webhook
        enabled: true
    edges:
      webhook->receive:
        source_trigger: webhook
        target_job: receive
        condition_type: always
        enabled: true
  nightly:
    name: Nightly
    jobs:
      sweep:
        name: Sweep
        adaptor: '@openfn/language-common@3.3.4'
        body: |
          fn(state => state);
    triggers:
      cron:
        type: cron
        enabled: true
        cron_expression: '* * * * *'
      hook:
        type: webhook
        enabled: true
        custom_path: 'partners/commcare'
    edges:
      cron->sweep:
        source_trigger: cron
        target_job: sweep
        condition_type: always
        enabled: true
)";

} // namespace

class TestTriggerSettings final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    qint64 m_webhook = 0;
    qint64 m_cron = 0;

    QVariant scalar(const QString &sql) const
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }
    int auditCount() const { return scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'trigger_settings'")).toInt(); }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        auto opened = Store::open(m_dir->file(QStringLiteral("settings.db")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_store = std::move(opened.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
        const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("settings.yaml"), m_dir->path());
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().toString()));
        QVERIFY(m_projects->import(spec.value()));
        const Result<qint64> webhook = findTriggerId(*m_store, QStringLiteral("Settings test"), QStringLiteral("intake"),
                                                     QStringLiteral("webhook"));
        QVERIFY2(webhook, qPrintable(webhook ? QString() : webhook.error().message));
        m_webhook = webhook.value();
        const Result<qint64> cron = findTriggerId(*m_store, QStringLiteral("Settings test"), QStringLiteral("nightly"),
                                                  QStringLiteral("cron"));
        QVERIFY(cron);
        m_cron = cron.value();
    }

    void cleanup()
    {
        m_projects.reset();
        m_store.reset();
        m_dir.reset();
    }

    void findsTriggersByTheConsolesKeys()
    {
        QCOMPARE(m_webhook, scalar(QStringLiteral("SELECT t.id FROM triggers t JOIN workflows w ON w.id = t.workflow_id "
                                                  "WHERE w.key = 'intake' AND t.key = 'webhook'")).toLongLong());
        QVERIFY(m_webhook != m_cron);
        const Result<qint64> missing = findTriggerId(*m_store, QStringLiteral("Settings test"), QStringLiteral("intake"),
                                                     QStringLiteral("cron"));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("\"cron\"")), qPrintable(missing.error().message));
        QVERIFY(!findTriggerId(*m_store, QStringLiteral("Other project"), QStringLiteral("intake"), QStringLiteral("webhook")));
        // A workflow removed by an import (soft-deleted) has no triggers to edit.
        QVERIFY(m_store->writeAndWait([](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE workflows SET deleted_at = 1 WHERE key = 'intake'"));
        }));
        QVERIFY(!findTriggerId(*m_store, QStringLiteral("Settings test"), QStringLiteral("intake"), QStringLiteral("webhook")));
    }

    void defaultsAfterImport()
    {
        const Result<TriggerEngineSettings> s = loadTriggerSettings(*m_store, m_cron);
        QVERIFY(s);
        QCOMPARE(s->triggerId, m_cron);
        QCOMPARE(s->missedFires, QStringLiteral("run_once"));
        QCOMPARE(s->fromLastState, false);
        QCOMPARE(s->maxBodyBytes, qint64(0));
        QCOMPARE(s->lastFiredAt, qint64(0));
        QVERIFY(!loadTriggerSettings(*m_store, 987654));
    }

    void savesWhatChangedWithAnAuditEvent()
    {
        TriggerEngineSettings s = loadTriggerSettings(*m_store, m_cron).value();
        s.missedFires = QStringLiteral("skip");
        s.fromLastState = true;
        const Status saved = saveTriggerSettings(*m_store, s);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        const TriggerEngineSettings back = loadTriggerSettings(*m_store, m_cron).value();
        QCOMPARE(back, s);

        QCOMPARE(auditCount(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT object_type || ':' || object_key FROM audit_events "
                                       "WHERE action = 'trigger_settings'")).toString(),
                 QStringLiteral("trigger:nightly/cron"));
        QCOMPARE(scalar(QStringLiteral("SELECT project_id FROM audit_events WHERE action = 'trigger_settings'")).toLongLong(),
                 scalar(QStringLiteral("SELECT id FROM projects WHERE name = 'Settings test'")).toLongLong());
        const QJsonObject detail = QJsonDocument::fromJson(
            scalar(QStringLiteral("SELECT detail FROM audit_events WHERE action = 'trigger_settings'")).toString().toUtf8())
                                       .object();
        QCOMPARE(detail.keys(), QStringList({QStringLiteral("cron_from_last_state"), QStringLiteral("missed_fires")}));
        QCOMPARE(detail.value(QStringLiteral("missed_fires")).toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("run_once"));
        QCOMPARE(detail.value(QStringLiteral("missed_fires")).toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("skip"));

        // Saving the same values again writes nothing.
        const quint64 writes = m_store->committedWrites();
        QVERIFY(saveTriggerSettings(*m_store, s));
        QCOMPARE(auditCount(), 1);
        QCOMPARE(m_store->committedWrites(), writes + 1); // the write ran, and changed nothing

        // The other trigger is untouched.
        QCOMPARE(loadTriggerSettings(*m_store, m_webhook)->missedFires, QStringLiteral("run_once"));
    }

    void lastFiredIsTheEnginesOnly()
    {
        QVERIFY(m_store->writeAndWait([this](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE triggers SET last_fired_at = 1700000000000 WHERE id = ?"), {m_cron});
        }));
        TriggerEngineSettings s = loadTriggerSettings(*m_store, m_cron).value();
        QCOMPARE(s.lastFiredAt, qint64(1700000000000));
        s.lastFiredAt = 0;
        s.fromLastState = true;
        QVERIFY(saveTriggerSettings(*m_store, s));
        QCOMPARE(loadTriggerSettings(*m_store, m_cron)->lastFiredAt, qint64(1700000000000));
    }

    void maxBodySizeIsValidated_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << qint64(0) << true;
        QTest::newRow("1 KB") << qint64(1024) << true;
        QTest::newRow("512 KB") << qint64(512 * 1024) << true;
        QTest::newRow("100 MB") << qint64(100) * 1024 * 1024 << true;
        QTest::newRow("1023 bytes") << qint64(1023) << false;
        QTest::newRow("negative") << qint64(-1) << false;
        QTest::newRow("100 MB + 1") << qint64(100) * 1024 * 1024 + 1 << false;
        QTest::newRow("1 GB") << qint64(1024) * 1024 * 1024 << false;
    }

    void maxBodySizeIsValidated()
    {
        QFETCH(qint64, bytes);
        QFETCH(bool, valid);
        TriggerEngineSettings s = loadTriggerSettings(*m_store, m_webhook).value();
        s.maxBodyBytes = bytes;
        const Status saved = saveTriggerSettings(*m_store, s);
        QCOMPARE(saved.ok(), valid);
        QCOMPARE(loadTriggerSettings(*m_store, m_webhook)->maxBodyBytes, valid ? bytes : qint64(0));
        QCOMPARE(auditCount(), valid && bytes != 0 ? 1 : 0);
        if (!valid) {
            QVERIFY2(saved.error().message.contains(QLatin1String("1 KB"))
                         && saved.error().message.contains(QLatin1String("100 MB")),
                     qPrintable(saved.error().message));
        }
    }

    void missedFiresIsValidated()
    {
        TriggerEngineSettings s = loadTriggerSettings(*m_store, m_cron).value();
        s.missedFires = QStringLiteral("sometimes");
        const Status saved = saveTriggerSettings(*m_store, s);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(QLatin1String("sometimes")), qPrintable(saved.error().message));
        QCOMPARE(loadTriggerSettings(*m_store, m_cron)->missedFires, QStringLiteral("run_once"));
        QCOMPARE(auditCount(), 0);
        s.missedFires = QStringLiteral("run_once");
        s.triggerId = 987654;
        QVERIFY(!saveTriggerSettings(*m_store, s));
    }

    void webhookUrlOnTheListenAddress()
    {
        const QString id = scalar(QStringLiteral("SELECT webhook_id FROM triggers WHERE id = %1").arg(m_webhook)).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(webhookFullUrl(*m_store, m_webhook).value(), QStringLiteral("http://127.0.0.1:4000/i/") + id);
        QVERIFY(setListenAddress(*m_store, QStringLiteral("10.0.0.5:8080")));
        QCOMPARE(webhookFullUrl(*m_store, m_webhook).value(), QStringLiteral("http://10.0.0.5:8080/i/") + id);
        // A custom path is served under /i/ too.
        const qint64 hook = findTriggerId(*m_store, QStringLiteral("Settings test"), QStringLiteral("nightly"),
                                          QStringLiteral("hook")).value();
        QCOMPARE(webhookFullUrl(*m_store, hook).value(), QStringLiteral("http://10.0.0.5:8080/i/partners/commcare"));
        QVERIFY(!webhookFullUrl(*m_store, m_cron));
    }

    // The engine follows what was saved: with "skip", fires missed while no engine ran
    // start nothing; with "run_once", one work order.
    void cronFirerFollowsTheSavedPolicy()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2024-05-06T06:00:30Z"), Qt::ISODate);
        const qint64 hourAgo = now.addSecs(-3600).toMSecsSinceEpoch();
        auto setLastFired = [this](qint64 ms) {
            QVERIFY(m_store->writeAndWait([this, ms](QSqlDatabase &db) {
                return exec(db, QStringLiteral("UPDATE triggers SET last_fired_at = ? WHERE id = ?"), {ms, m_cron});
            }));
        };
        auto workOrders = [this] {
            return scalar(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE trigger_id = %1").arg(m_cron)).toInt();
        };

        TriggerEngineSettings s = loadTriggerSettings(*m_store, m_cron).value();
        s.missedFires = QStringLiteral("skip");
        QVERIFY(saveTriggerSettings(*m_store, s));
        setLastFired(hourAgo);
        CronFirer firer(*m_store);
        QSignalSpy logged(&firer, &CronFirer::logLine);
        firer.check(now);
        QVERIFY(logged.wait(10000));
        QVERIFY2(logged.first().first().toString().contains(QLatin1String("skipped")),
                 qPrintable(logged.first().first().toString()));
        QCOMPARE(workOrders(), 0);
        QCOMPARE(loadTriggerSettings(*m_store, m_cron)->lastFiredAt, now.addSecs(-30).toMSecsSinceEpoch());

        s = loadTriggerSettings(*m_store, m_cron).value();
        s.missedFires = QStringLiteral("run_once");
        QVERIFY(saveTriggerSettings(*m_store, s));
        setLastFired(hourAgo);
        QSignalSpy fired(&firer, &CronFirer::fired);
        firer.check(now);
        QVERIFY(fired.wait(10000));
        QCOMPARE(fired.size(), 1);
        QCOMPARE(workOrders(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTriggerSettings)
#include "tst_triggersettings.moc"
