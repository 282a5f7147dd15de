// The read side of history: filters, keyset paging, free-text search and its index,
// the History page query and the Run detail loaders.
#include "historyfixture.h"
#include "testsupport.h"

#include "history/ftsquery.h"
#include "history/historyfilter.h"
#include "history/historyquery.h"
#include "history/searchindex.h"
#include "store/store.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;

class TestHistory final : public QObject
{
    Q_OBJECT

private:
    static constexpr int kCount = 300;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    test::HistoryFixture m_fx;

    QSqlDatabase db() { return m_store->readConnection(); }

    // What the filter should match, computed from the fixture's rules.
    QList<qint64> expected(const std::function<bool(int)> &pred)
    {
        QList<qint64> ids;
        for (int i = kCount; i >= 1; --i)
            if (pred(i))
                ids << i;
        return ids;
    }

    QList<qint64> iterate(const HistoryFilter &f, int batch)
    {
        QSqlDatabase d = db();
        QList<qint64> all;
        const Status s = forEachMatchingWorkOrder(d, f, batch, [&](const QList<qint64> &ids) {
            all += ids;
            return true;
        });
        if (!s)
            qWarning("%s", qPrintable(s.error().message));
        return all;
    }

    qint64 count(const HistoryFilter &f)
    {
        QSqlDatabase d = db();
        const Result<qint64> n = countMatchingWorkOrders(d, f);
        if (!n) {
            qWarning("%s", qPrintable(n.error().message));
            return -1;
        }
        return n.value();
    }

    qint64 countSearch(const QString &text)
    {
        HistoryFilter f;
        f.search = text;
        return count(f);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::open(m_dir.file(QStringLiteral("history.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        const QString error = test::fillHistory(*m_store, kCount, &m_fx);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void emptyFilterMatchesEverything()
    {
        QCOMPARE(count({}), qint64(kCount));
        QCOMPARE(iterate({}, 1000), expected([](int) { return true; }));
    }

    void keysetPagingHasNoDuplicatesOrGaps_data()
    {
        QTest::addColumn<int>("batch");
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("exact divisor") << 100;
        QTest::newRow("bigger than all") << 5000;
    }
    void keysetPagingHasNoDuplicatesOrGaps()
    {
        QFETCH(int, batch);
        HistoryFilter f;
        f.states = {QStringLiteral("failed"), QStringLiteral("crashed")};
        const QList<qint64> all = iterate(f, batch);
        QCOMPARE(all, expected([](int i) { return i % 4 == 2 || i % 8 == 3; }));
        QCOMPARE(count(f), qint64(all.size()));
    }

    void stopsWhenAsked()
    {
        QSqlDatabase d = db();
        int calls = 0;
        QVERIFY(forEachMatchingWorkOrder(d, {}, 10, [&](const QList<qint64> &) { return ++calls < 3; }).ok());
        QCOMPARE(calls, 3);
    }

    void filters_data()
    {
        QTest::addColumn<int>("which");
        for (int i = 0; i < 8; ++i)
            QTest::newRow(QByteArray::number(i).constData()) << i;
    }
    void filters()
    {
        QFETCH(int, which);
        HistoryFilter f;
        std::function<bool(int)> pred;
        const qint64 from = m_fx.baseMs + 50 * 60000, to = m_fx.baseMs + 120 * 60000;
        switch (which) {
        case 0:
            f.states = {QStringLiteral("failed")};
            pred = [](int i) { return i % 4 == 2; };
            break;
        case 1:
            f.workflowIds = {m_fx.reportsId};
            pred = [](int i) { return i % 3 == 0; };
            break;
        case 2:
            f.workflowName = QStringLiteral("intake"); // by key
            pred = [](int i) { return i % 3 != 0; };
            break;
        case 3:
            f.workflowName = QStringLiteral("Reports"); // by name
            f.states = {QStringLiteral("success")};
            pred = [](int i) { return i % 3 == 0 && test::HistoryFixture::stateOf(i) == QLatin1String("success"); };
            break;
        case 4:
            f.fromMs = from;
            f.toMs = to;
            pred = [](int i) { return i >= 50 && i < 120; };
            break;
        case 5:
            f.projectId = m_fx.projectId;
            f.workflowIds = {m_fx.intakeId};
            f.states = {QStringLiteral("failed")};
            f.fromMs = from;
            pred = [](int i) { return i % 3 != 0 && i % 4 == 2 && i >= 50; };
            break;
        case 6:
            f.projectId = m_fx.projectId + 1000; // another project
            pred = [](int) { return false; };
            break;
        case 7:
            f.search = QStringLiteral("clinic-3");
            f.states = {QStringLiteral("failed")};
            f.workflowIds = {m_fx.intakeId};
            pred = [](int i) { return i % 7 == 3 && i % 4 == 2 && i % 3 != 0; };
            break;
        }
        const QList<qint64> want = expected(pred);
        QCOMPARE(iterate(f, 13), want);
        QCOMPARE(count(f), qint64(want.size()));
    }

    void ftsQuerySanitising_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts");
        QTest::newRow("words") << QStringLiteral("foo bar") << QStringLiteral("\"foo\" \"bar\"");
        QTest::newRow("operators are words") << QStringLiteral("foo AND bar OR NOT baz")
                                             << QStringLiteral("\"foo\" \"AND\" \"bar\" \"OR\" \"NOT\" \"baz\"");
        QTest::newRow("phrase") << QStringLiteral("\"HIS rejected\" P5") << QStringLiteral("\"HIS rejected\" \"P5\"");
        QTest::newRow("prefix") << QStringLiteral("tok*") << QStringLiteral("\"tok\"*");
        QTest::newRow("phrase prefix") << QStringLiteral("\"received pat\"*") << QStringLiteral("\"received pat\"*");
        QTest::newRow("lone quote") << QStringLiteral("\"") << QString();
        QTest::newRow("unclosed phrase") << QStringLiteral("\"abc def") << QStringLiteral("\"abc def\"");
        QTest::newRow("NEAR(") << QStringLiteral("NEAR(") << QStringLiteral("\"NEAR(\"");
        QTest::newRow("star") << QStringLiteral("*") << QString();
        QTest::newRow("minus") << QStringLiteral("-") << QString();
        QTest::newRow("column filter") << QStringLiteral("text:foo") << QStringLiteral("\"text:foo\"");
        QTest::newRow("caret and braces") << QStringLiteral("^foo {text} (a OR b)")
                                          << QStringLiteral("\"^foo\" \"{text}\" \"(a\" \"OR\" \"b)\"");
    }
    void ftsQuerySanitising()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts);
        QCOMPARE(toFtsQuery(input), fts);
        QVERIFY(countSearch(input) >= 0); // never an FTS5 syntax error
    }

    void hostileSearchesNeverFail()
    {
        const QStringList hostile = {QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("AND"),
                                     QStringLiteral("NEAR("), QStringLiteral("NEAR(a b, 3)"), QStringLiteral("*"),
                                     QStringLiteral("-"), QStringLiteral("a -b"), QStringLiteral("OR OR"),
                                     QStringLiteral("\"a\"\"b\""), QStringLiteral("a*b*"), QStringLiteral(")("),
                                     QStringLiteral("'; DROP TABLE work_orders; --"), QStringLiteral("\\"),
                                     QStringLiteral("x\"y"), QStringLiteral("🙂"), QString(1000, QLatin1Char('a'))};
        for (const QString &h : hostile) {
            HistoryFilter f;
            f.search = h;
            QVERIFY2(count(f) >= 0, qPrintable(h));
            QSqlDatabase d = db();
            QVERIFY2(forEachMatchingWorkOrder(d, f, 50, [](const QList<qint64> &) { return true; }).ok(), qPrintable(h));
        }
        // Searching for operators finds the text, or nothing, but never everything.
        QCOMPARE(countSearch(QStringLiteral("-")), qint64(0));
        QCOMPARE(countSearch(QStringLiteral("AND")), qint64(0));
    }

    void searchCoversInputOutputAndLogs()
    {
        QCOMPARE(countSearch(QStringLiteral("Name123")), qint64(1));            // input
        QCOMPARE(countSearch(QStringLiteral("out45")), qint64(1));              // a step's output
        QCOMPARE(countSearch(QStringLiteral("token77")), qint64(1));            // a log line
        QCOMPARE(countSearch(QStringLiteral("\"HIS rejected\" P10")), qint64(1)); // phrase + word
        // Prefixes: queued work orders (available) have no logs yet.
        const auto withLogs = [](int i, const QString &prefix) {
            return QStringLiteral("token%1").arg(i).startsWith(prefix)
                   && test::HistoryFixture::stateOf(i) != QLatin1String("available");
        };
        QCOMPARE(countSearch(QStringLiteral("token29*")),
                 qint64(expected([&](int i) { return withLogs(i, QStringLiteral("token29")); }).size()));
        QCOMPARE(countSearch(QStringLiteral("token2*")),
                 qint64(expected([&](int i) { return withLogs(i, QStringLiteral("token2")); }).size()));
        QCOMPARE(countSearch(QStringLiteral("token29")), qint64(1)); // no prefix without '*'
        QCOMPARE(countSearch(QStringLiteral("name123")), qint64(1));            // case-insensitive
        QCOMPARE(countSearch(QStringLiteral("hunter2")), qint64(0));           // never index a secret
    }

    void wipedDataclipsLeaveTheIndex()
    {
        const int wo = 41;
        QCOMPARE(countSearch(QStringLiteral("Name41")), qint64(1));
        const Status s = m_store->writeAndWait([&](QSqlDatabase &d) -> Status {
            if (Status r = exec(d, QStringLiteral("UPDATE dataclips SET body = NULL, wiped_at = ? WHERE id = "
                                                  "(SELECT dataclip_id FROM work_orders WHERE id = ?)"),
                                {m_fx.baseMs + 999, wo});
                !r)
                return r;
            return reindexWorkOrder(d, wo);
        });
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(countSearch(QStringLiteral("Name41")), qint64(0));
        QCOMPARE(countSearch(QStringLiteral("token41")), qint64(1)); // its logs are still there
        // Run detail says why the input is gone.
        QSqlDatabase d = db();
        const auto detail = loadWorkOrderDetail(d, wo);
        QVERIFY(detail.ok());
        const auto clip = loadDataclip(d, detail->inputDataclipId);
        QVERIFY(clip.ok());
        QVERIFY(clip->isErased());
        QVERIFY(clip->body.isEmpty());
        QVERIFY(erasedSentence(clip->wipedAt).contains(QStringLiteral("retention policy")));
    }

    void indexIsCapped()
    {
        const int wo = 42;
        const Status s = m_store->writeAndWait([&](QSqlDatabase &d) -> Status {
            const QString line = QString(1000, QLatin1Char('x')) + QStringLiteral(" needle");
            for (int i = 0; i < 600; ++i)
                if (Status r = exec(d, QStringLiteral("INSERT INTO log_lines (run_id, level, at, message) "
                                                      "SELECT id, 'info', 0, ? FROM runs WHERE work_order_id = ?"),
                                    {i == 599 ? QStringLiteral("lastneedle") : line, wo});
                    !r)
                    return r;
            return reindexWorkOrder(d, wo);
        });
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QSqlDatabase d = db();
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT length(CAST(text AS BLOB)) FROM work_order_search WHERE rowid = 42")) && q.next());
        QVERIFY2(q.value(0).toLongLong() <= 256 * 1024, qPrintable(q.value(0).toString()));
        QVERIFY(q.value(0).toLongLong() > 200 * 1024);
        QCOMPARE(countSearch(QStringLiteral("Name42")), qint64(1));     // the input comes first
        QCOMPARE(countSearch(QStringLiteral("lastneedle")), qint64(0)); // beyond the cap
        // Reindexing replaces the row, never adds one.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM work_order_search WHERE rowid = 42")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void historyPages()
    {
        QSqlDatabase d = db();
        HistoryFilter f;
        f.workflowIds = {m_fx.intakeId};
        QList<qint64> seen;
        qint64 after = 0;
        int pages = 0;
        for (;;) {
            const auto page = loadHistoryPage(d, f, HistoryOrder::NewestFirst, after, 64);
            QVERIFY(page.ok());
            for (const WorkOrderRow &r : page->rows)
                seen << r.id;
            ++pages;
            if (page->atEnd)
                break;
            QCOMPARE(page->rows.size(), 64);
            after = page->continueAfter;
        }
        QCOMPARE(seen, expected([](int i) { return i % 3 != 0; }));
        QCOMPARE(pages, (200 + 63) / 64);

        const auto first = loadHistoryPage(d, {}, HistoryOrder::NewestFirst, 0, 3);
        QVERIFY(first.ok());
        const WorkOrderRow &r = first->rows.first();
        QCOMPARE(r.id, qint64(kCount));
        QCOMPARE(r.workflowName, QStringLiteral("Reports"));
        QCOMPARE(r.state, test::HistoryFixture::stateOf(kCount));
        QCOMPARE(r.createdAt, m_fx.baseMs + qint64(kCount) * 60000);
        QCOMPARE(r.durationMs, qint64(1500));
        QCOMPARE(r.inputSummary, QStringLiteral("P300 clinic-6"));
        QCOMPARE(r.runCount, 1);

        const auto oldest = loadHistoryPage(d, {}, HistoryOrder::OldestFirst, 0, 2);
        QVERIFY(oldest.ok());
        QCOMPARE(oldest->rows.first().id, qint64(1));
        QCOMPARE(oldest->rows.last().id, qint64(2));

        const auto newer = loadNewerWorkOrders(d, {}, kCount - 5, 100);
        QVERIFY(newer.ok());
        QCOMPARE(newer->size(), 5);
        QCOMPARE(newer->first().id, qint64(kCount));

        const auto rows = loadWorkOrderRows(d, {5, 3, 999999, 4});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).id, qint64(5));
        QCOMPARE(rows->at(1).id, qint64(3));
    }

    void runDetail()
    {
        QSqlDatabase d = db();
        const auto detail = loadWorkOrderDetail(d, 10); // intake, failed
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail->state, QStringLiteral("failed"));
        QCOMPARE(detail->workflowName, QStringLiteral("Intake"));
        QCOMPARE(detail->runs.size(), 1);
        const RunDetail &run = detail->runs.first();
        QCOMPARE(run.steps.size(), 2);
        QCOMPARE(run.steps[0].jobKey, QStringLiteral("receive"));
        QCOMPARE(run.steps[1].jobName, QStringLiteral("Forward to HIS"));
        QCOMPARE(run.steps[1].exitReason, QStringLiteral("fail"));
        QCOMPARE(run.steps[1].errorType, QStringLiteral("RuntimeError"));
        QVERIFY(run.steps[1].errorMessage.startsWith(QStringLiteral("TypeError")));
        QCOMPARE(run.steps[1].errorLine, 3);
        QCOMPARE(run.steps[1].durationMs, qint64(990));

        // Secrets are never shown, even when a body carries them.
        const auto input = loadDataclip(d, detail->inputDataclipId);
        QVERIFY(input.ok());
        QVERIFY(!input->isErased());
        QVERIFY(input->body.contains("Name10"));
        QVERIFY(!input->body.contains("configuration"));
        QVERIFY(!input->body.contains("hunter2"));

        LogQuery lq;
        lq.runId = run.id;
        auto lines = loadLogLines(d, lq);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 3);
        lq.levels = {QStringLiteral("error")};
        lines = loadLogLines(d, lq);
        QCOMPARE(lines->size(), 1);
        QVERIFY(lines->first().message.contains(QStringLiteral("HIS rejected")));
        lq.levels.clear();
        lq.text = QStringLiteral("DETAIL 1"); // case-insensitive substring
        lines = loadLogLines(d, lq);
        QCOMPARE(lines->size(), 1);
        lq.text = QStringLiteral("%");
        QCOMPARE(loadLogLines(d, lq)->size(), 0); // LIKE wildcards are literal
        lq.text.clear();
        lq.limit = 2;
        lines = loadLogLines(d, lq);
        QCOMPARE(lines->size(), 2);
        lq.after = lines->last().id;
        QCOMPARE(loadLogLines(d, lq)->size(), 1);

        QVERIFY(!loadWorkOrderDetail(d, 123456).ok());
        const auto jobs = listWorkflowJobs(d, m_fx.intakeId);
        QVERIFY(jobs.ok());
        QCOMPARE(jobs->size(), 2);
        QCOMPARE(jobs->first().key, QStringLiteral("receive"));
        const auto workflows = listHistoryWorkflows(d);
        QVERIFY(workflows.ok());
        QCOMPARE(workflows->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
