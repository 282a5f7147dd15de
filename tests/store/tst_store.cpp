#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace sb;

namespace {

int count(Store &store, const QString &table)
{
    QSqlQuery q(store.readConnection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error: %1>").arg(q.lastError().text());
    return q.value(0).toString();
}

// Rows every table of a version gets, so a later migration proves it keeps them.
void seed(QSqlDatabase &db, int version)
{
    const qint64 t = 1700000000000;
    if (version >= 1) {
        QVERIFY(exec(db, QStringLiteral("INSERT INTO projects (id, name, created_at, updated_at) VALUES (1, 'P', ?, ?)"), {t, t}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO workflows (id, project_id, key, name, created_at, updated_at) "
                                        "VALUES (1, 1, 'wf', 'WF', ?, ?)"), {t, t}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO jobs (id, workflow_id, key, name, adaptor, body, updated_at) "
                                        "VALUES (1, 1, 'j', 'J', '@openfn/language-common@1.7.5', 'fn(s => s)', ?)"), {t}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO triggers (id, workflow_id, key, type, webhook_id, updated_at) "
                                        "VALUES (1, 1, 'webhook', 'webhook', 'abc', ?)"), {t}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO edges (workflow_id, key, source_trigger_id, target_job_id, condition_type) "
                                        "VALUES (1, 'webhook->j', 1, 1, 'always')")));
    }
    if (version >= 2) {
        QVERIFY(exec(db, QStringLiteral("INSERT INTO work_orders (id, workflow_id, created_at, last_activity_at) VALUES (1, 1, ?, ?)"), {t, t}));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO runs (id, work_order_id, state, created_at) VALUES (1, 1, 'success', ?)"), {t}));
    }
}

} // namespace

class TestStore final : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchemaFromEmptyFile()
    {
        test::TempDir dir;
        auto store = Store::open(dir.file(QStringLiteral("a/b/new.db")));
        QVERIFY2(store, qPrintable(store.error().toString()));
        QCOMPARE(store.value()->schemaVersion(), latestSchemaVersion());
        QSqlDatabase db = store.value()->readConnection();
        for (const char *table : {"projects", "workflows", "jobs", "triggers", "edges", "credentials",
                                  "credential_environments", "trigger_auth_methods", "workflow_snapshots",
                                  "messages", "work_orders", "runs", "steps", "dataclips", "log_lines",
                                  "audit_events"})
            QVERIFY2(db.tables().contains(QString::fromLatin1(table)), table);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < latestSchemaVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("old.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(exec(db, QStringLiteral("PRAGMA foreign_keys=ON")));
            if (from > 0) {
                const Status s = migrate(db, from);
                QVERIFY2(s, qPrintable(s.error().toString()));
            }
            auto v = currentSchemaVersion(db);
            QVERIFY(v);
            QCOMPARE(v.value(), from);
            seed(db, from);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store.error().toString()));
        QCOMPARE(store.value()->schemaVersion(), latestSchemaVersion());
        // Data written at the old version is still there.
        QCOMPARE(count(*store.value(), QStringLiteral("projects")), from >= 1 ? 1 : 0);
        QCOMPARE(count(*store.value(), QStringLiteral("edges")), from >= 1 ? 1 : 0);
        QCOMPARE(count(*store.value(), QStringLiteral("runs")), from >= 2 ? 1 : 0);
        QCOMPARE(count(*store.value(), QStringLiteral("schema_migrations")), latestSchemaVersion());
        // Opening again is a no-op.
        store.value().reset();
        auto again = Store::open(path);
        QVERIFY(again);
        QCOMPARE(count(*again.value(), QStringLiteral("schema_migrations")), latestSchemaVersion());
    }

    void refusesNewerSchema()
    {
        test::TempDir dir;
        const QString path = dir.file(QStringLiteral("future.db"));
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QVERIFY(store.value()->writeAndWait([](QSqlDatabase &db) {
                return exec(db, QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 0)"));
            }));
        }
        auto store = Store::open(path);
        QVERIFY(!store);
        QVERIFY2(store.error().message.contains(QLatin1String("newer Switchboard")), qPrintable(store.error().message));
    }

    void refusesFilesThatAreNotOurs()
    {
        test::TempDir dir;
        QVERIFY(dir.write(QStringLiteral("garbage.db"), QByteArray(4096, 'x')));
        auto garbage = Store::open(dir.file(QStringLiteral("garbage.db")));
        QVERIFY(!garbage);
        QVERIFY2(garbage.error().message.contains(QLatin1String("not a usable SQLite database")),
                 qPrintable(garbage.error().message));

        const QString foreign = dir.file(QStringLiteral("foreign.db"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(exec(db, QStringLiteral("CREATE TABLE customers (id INTEGER)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        auto other = Store::open(foreign);
        QVERIFY(!other);
        QVERIFY2(other.error().message.contains(QLatin1String("not a Switchboard database")),
                 qPrintable(other.error().message));

        auto folder = Store::open(dir.path());
        QVERIFY(!folder);
    }

    void failingWriteIsRolledBackAloneInItsBatch()
    {
        test::TempDir dir;
        auto opened = Store::open(dir.file(QStringLiteral("s.db")));
        QVERIFY(opened);
        Store &store = *opened.value();
        const qint64 t = 1;
        // Many writes from several threads at once: they share transactions, and the
        // failing ones (duplicate name) take nothing else with them.
        std::atomic<int> ok{0}, failed{0};
        std::vector<std::thread> threads;
        for (int th = 0; th < 4; ++th) {
            threads.emplace_back([&, th] {
                for (int i = 0; i < 200; ++i) {
                    const QString name = QStringLiteral("p%1").arg(i % 100 == 0 ? 0 : th * 1000 + i);
                    const Status s = store.writeAndWait([&](QSqlDatabase &db) {
                        return exec(db, QStringLiteral("INSERT INTO projects (name, created_at, updated_at) VALUES (?, ?, ?)"),
                                    {name, t, t});
                    });
                    (s ? ok : failed)++;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        // p0 is written by 8 attempts; exactly one of them wins.
        QCOMPARE(ok.load() + failed.load(), 800);
        QCOMPARE(failed.load(), 7);
        QCOMPARE(count(store, QStringLiteral("projects")), 793);
        QVERIFY(store.committedBatches() <= store.committedWrites());
    }

    void asyncWriteReportsOnContextThread()
    {
        test::TempDir dir;
        auto opened = Store::open(dir.file(QStringLiteral("s.db")));
        QVERIFY(opened);
        Store &store = *opened.value();
        QObject context;
        QList<bool> results;
        for (int i = 0; i < 50; ++i) {
            store.write([i](QSqlDatabase &db) {
                    return exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, 'v')"),
                                {QStringLiteral("k%1").arg(i % 25)});
                },
                &context, [&results, &context](const Status &s) {
                    QCOMPARE(QThread::currentThread(), context.thread());
                    results << s.ok();
                });
        }
        QTRY_COMPARE(results.size(), 50);
        QCOMPARE(results.count(true), 25);
        QCOMPARE(count(store, QStringLiteral("settings")), 25);
        // Batching: 50 writes did not need 50 transactions.
        QVERIFY2(store.committedBatches() < 50, qPrintable(QString::number(store.committedBatches())));
    }

    void callbackDroppedWhenContextIsGone()
    {
        test::TempDir dir;
        auto opened = Store::open(dir.file(QStringLiteral("s.db")));
        QVERIFY(opened);
        bool called = false;
        {
            QObject context;
            opened.value()->write([](QSqlDatabase &) { return Status(Ok{}); }, &context,
                                  [&called](const Status &) { called = true; });
        }
        QVERIFY(opened.value()->writeAndWait([](QSqlDatabase &) { return Status(Ok{}); }));
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void foreignKeysAreEnforced()
    {
        test::TempDir dir;
        auto opened = Store::open(dir.file(QStringLiteral("s.db")));
        QVERIFY(opened);
        const Status s = opened.value()->writeAndWait([](QSqlDatabase &db) {
            return exec(db, QStringLiteral("INSERT INTO workflows (project_id, key, name, created_at, updated_at) "
                                           "VALUES (42, 'k', 'n', 0, 0)"));
        });
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive),
                 qPrintable(s.error().message));
    }

    void readConnectionIsReadOnly()
    {
        test::TempDir dir;
        auto opened = Store::open(dir.file(QStringLiteral("s.db")));
        QVERIFY(opened);
        QSqlQuery q(opened.value()->readConnection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
