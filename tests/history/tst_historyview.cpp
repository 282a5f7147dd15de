// The History and Run detail views over a few hundred work orders (offscreen).
#include "historyfixture.h"
#include "testsupport.h"

#include "history/historymodel.h"
#include "history/historyview.h"
#include "history/jsontreemodel.h"
#include "history/rundetailmodels.h"
#include "history/rundetailview.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace sb;

class TestHistoryView final : public QObject
{
    Q_OBJECT

    static constexpr int kCount = 450;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    test::HistoryFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::open(m_dir.file(QStringLiteral("history.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        const QString error = test::fillHistory(*m_store, kCount, &m_fx);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void pagesInAndFilters()
    {
        HistoryView view(*m_store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 700);
        view.show();
        // The first page arrives off the GUI thread; then the count.
        QTRY_VERIFY(view.model()->rowCount() >= HistoryModel::kPageSize);
        QTRY_COMPARE(view.matchingCount(), qint64(kCount));
        QCOMPARE(view.model()->workOrderId(0), qint64(kCount));
        // Scrolling to the end fetches the next pages, with no duplicates or gaps.
        while (view.model()->rowCount() < kCount) {
            const int before = view.model()->rowCount();
            if (view.model()->canFetchMore({}))
                view.model()->fetchMore({});
            QTRY_VERIFY(view.model()->rowCount() > before);
        }
        QCOMPARE(view.model()->rowCount(), kCount);
        QVERIFY(!view.model()->canFetchMore({}));
        for (int r = 0; r < kCount; ++r)
            QCOMPARE(view.model()->workOrderId(r), qint64(kCount - r));

        // Filter by state and workflow.
        HistoryFilter f;
        f.states = {QStringLiteral("failed")};
        f.workflowIds = {m_fx.intakeId};
        view.setFilter(f);
        int expected = 0;
        for (int i = 1; i <= kCount; ++i)
            expected += (i % 4 == 2 && i % 3 != 0);
        QTRY_COMPARE(view.matchingCount(), qint64(expected));
        QTRY_COMPARE(view.model()->rowCount(), expected);
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->rowAt(r).state, QStringLiteral("failed"));

        // Free-text search typed in the box (debounced).
        auto *search = view.findChild<QLineEdit *>();
        QVERIFY(search);
        view.setFilter({});
        search->setText(QStringLiteral("token123"));
        QTRY_COMPARE(view.matchingCount(), qint64(1));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->workOrderId(0), qint64(123));
        QCOMPARE(view.filter().search, QStringLiteral("token123"));

        // Documentation screenshot: a state filter and a search together.
        if (const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            HistoryFilter shot;
            shot.states = {QStringLiteral("failed"), QStringLiteral("crashed")};
            shot.search = QStringLiteral("clinic-3");
            view.setFilter(shot);
            QTRY_VERIFY(view.matchingCount() > 0);
            QTRY_VERIFY(view.model()->rowCount() > 0);
            view.table()->selectRow(1);
            QVERIFY(view.grab().save(dir + QStringLiteral("/history.png")));
        }
    }

    void selectAllMatchingCountsEverything()
    {
        HistoryView view(*m_store);
        HistoryFilter f;
        f.workflowIds = {m_fx.intakeId};
        view.setFilter(f);
        QTRY_COMPARE(view.matchingCount(), qint64(300)); // 450 - 150 reports
        QTRY_VERIFY(view.model()->rowCount() >= HistoryModel::kPageSize);
        QTRY_VERIFY(!view.model()->isLoading());
        view.selectAllMatching();
        QVERIFY(view.allMatchingSelected());
        // Only loaded rows are in the table, but the action applies to all 300.
        QCOMPARE(view.selectedWorkOrderIds().size(), view.model()->rowCount());
        // Clicking a row drops "all matching".
        view.table()->selectRow(3);
        QVERIFY(!view.allMatchingSelected());
        QCOMPARE(view.selectedWorkOrderIds(), QList<qint64>{view.model()->workOrderId(3)});
    }

    void exportsTheFilteredList()
    {
        HistoryView view(*m_store);
        HistoryFilter f;
        f.states = {QStringLiteral("crashed")};
        view.setFilter(f);
        QSignalSpy done(&view, &HistoryView::exportFinished);
        const QString path = m_dir.file(QStringLiteral("export.csv"));
        view.exportCsvTo(path);
        QTRY_COMPARE(done.size(), 1);
        QCOMPARE(done.first().at(1).toString(), QString());
        const QByteArray csv = test::readFile(path);
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        int expected = 0;
        for (int i = 1; i <= kCount; ++i)
            expected += test::HistoryFixture::stateOf(i) == QLatin1String("crashed");
        QCOMPARE(lines.size(), expected + 1);
        QVERIFY(lines.first().startsWith("id,received,workflow"));
        QVERIFY(lines.at(1).contains(",crashed,"));
    }

    void liveRowsUpdateInPlace()
    {
        HistoryView view(*m_store);
        view.resize(1200, 700);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() >= HistoryModel::kPageSize);
        view.table()->selectRow(2);
        const qint64 selected = view.model()->workOrderId(2);
        const int row = view.model()->rowOf(kCount - 1);
        QVERIFY(row >= 0);
        const Status s = m_store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE work_orders SET state = 'lost', last_activity_at = last_activity_at + 1 "
                                           "WHERE id = ?"),
                        {kCount - 1});
        });
        QVERIFY(s.ok());
        view.refresh();
        QTRY_COMPARE(view.model()->rowAt(row).state, QStringLiteral("lost"));
        QCOMPARE(view.selectedWorkOrderIds(), QList<qint64>{selected});
    }

    void runDetailShowsStepsLogsAndJson()
    {
        RunDetailView view(*m_store);
        view.resize(1200, 800);
        view.show();
        QSignalSpy clips(&view, &RunDetailView::dataclipsLoaded);
        view.setWorkOrder(10); // Intake, failed at "forward"
        QTRY_COMPARE(view.stepsModel()->rowCount(), 2);
        QCOMPARE(view.stepsModel()->index(1, StepsModel::Error).data().toString().contains(QStringLiteral("TypeError")), true);
        QCOMPARE(view.stepsModel()->index(1, StepsModel::ExitReason).data().toString(), QStringLiteral("Fail"));
        QCOMPARE(view.selectedStepId(), view.stepsModel()->steps().at(1).id); // the failed step is selected
        QTRY_COMPARE(view.logModel()->rowCount(), 3);
        view.setLogLevels({QStringLiteral("error")});
        QTRY_COMPARE(view.logModel()->rowCount(), 1);
        view.setLogLevels({QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("error")});
        view.setLogSearch(QStringLiteral("P10"));
        QTRY_COMPARE(view.logModel()->rowCount(), 2);

        QTRY_VERIFY(clips.size() >= 1);
        // The failed step's input is the first step's output: {"data":{"ok":true,"ref":"out10"}}.
        JsonTreeModel *tree = view.inputPanel()->treeModel();
        QTRY_COMPARE(tree->rowCount(), 1);
        const QModelIndex data = tree->index(0, JsonTreeModel::Key);
        QCOMPARE(data.data().toString(), QStringLiteral("data"));
        QCOMPARE(tree->rowCount(data), 2);
        QCOMPARE(tree->index(1, JsonTreeModel::Value, data).data().toString(), QStringLiteral("out10"));
        QVERIFY(view.inputPanel()->rawText().contains(QStringLiteral("\"ref\": \"out10\"")));

        // The first step: its input is the work order's input, without configuration.
        view.selectStep(view.stepsModel()->steps().at(0).id);
        QTRY_VERIFY(view.inputPanel()->rawText().contains(QStringLiteral("Name10")));
        QVERIFY(!view.inputPanel()->rawText().contains(QStringLiteral("hunter2")));

        if (const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.setLogSearch(QStringLiteral("P10"));
            view.selectStep(view.stepsModel()->steps().at(1).id);
            QTRY_VERIFY(view.inputPanel()->rawText().contains(QStringLiteral("out10")));
            QVERIFY(view.grab().save(dir + QStringLiteral("/run-detail.png")));
        }
    }

    void erasedInputIsExplained()
    {
        const Status s = m_store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE dataclips SET body = NULL, wiped_at = ? WHERE id = "
                                           "(SELECT dataclip_id FROM work_orders WHERE id = 17)"),
                        {m_fx.baseMs});
        });
        QVERIFY(s.ok());
        RunDetailView view(*m_store);
        view.setWorkOrder(17);
        QTRY_COMPARE(view.stepsModel()->rowCount(), 2);
        view.selectStep(view.stepsModel()->steps().at(0).id);
        QTRY_VERIFY(view.inputPanel()->message().contains(QStringLiteral("retention policy")));
    }
};

QTEST_MAIN(TestHistoryView)
#include "tst_historyview.moc"
