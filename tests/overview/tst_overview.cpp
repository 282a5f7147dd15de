// The Overview: per-workflow figures from core (windows, failure rate, queue, next fire,
// last success, lost flag) and the view (cards shown, counts clicked → History filter,
// live refresh).
#include "history/historyfilter.h"
#include "overview/overviewcontroller.h"
#include "overview/overviewstats.h"
#include "overview/overviewview.h"
#include "overview/overviewwidgets.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "store/store.h"
#include "store/storewatcher.h"
#include "testsupport.h"

#include <QApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLabel>
#include <QPalette>
#include <QSqlQuery>
#include <QtTest>

using namespace sb;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kDay = 24 * kHour;

} // namespace

class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void countsPerWindow();
    void workflowWithoutRuns();
    void nextCronFire();
    void scope();
    void queriesUseTheRunsIndex();
    void atScale();
    void screenshot();

    void viewShowsWorkflows();
    void clickingCountsAsksForHistory();
    void refreshesLive();

private:
    qint64 workflowId(const QString &key);
    void addRun(qint64 workflow, const QString &state, qint64 finishedAt, qint64 createdAt = 0);
    WorkflowOverview overviewOf(qint64 workflow, qint64 now, const OverviewScope &scope = {});

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    // 2025-03-10 05:30 UTC: the daily 06:00 fire is 30 min away.
    const qint64 m_now = QDateTime(QDate(2025, 3, 10), QTime(5, 30), Qt::UTC).toMSecsSinceEpoch();
};

void TestOverview::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto opened = Store::open(m_dir->file(QStringLiteral("overview.db")));
    QVERIFY2(opened, qPrintable(opened.error().message));
    m_store = std::move(opened.value());
    ProjectStore projects(*m_store);
    auto installed = installDemoProject(projects);
    QVERIFY2(installed, qPrintable(installed.error().message));
}

void TestOverview::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

qint64 TestOverview::workflowId(const QString &key)
{
    QSqlDatabase db = m_store->readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM workflows WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

// A work order with one run in `state`; finishedAt 0 = not finished.
void TestOverview::addRun(qint64 workflow, const QString &state, qint64 finishedAt, qint64 createdAt)
{
    const qint64 created = createdAt ? createdAt : (finishedAt ? finishedAt - 1000 : m_now - 1000);
    const Status s = m_store->writeAndWait([&](QSqlDatabase &db) -> Status {
        Status st = exec(db, QStringLiteral("INSERT INTO work_orders (workflow_id, state, created_at, last_activity_at, run_count) "
                                            "VALUES (?, ?, ?, ?, 1)"),
                         {workflow, state, created, finishedAt ? finishedAt : created});
        if (!st)
            return st;
        return exec(db, QStringLiteral("INSERT INTO runs (work_order_id, state, created_at, finished_at, workflow_id) "
                                       "VALUES (last_insert_rowid(), ?, ?, ?, ?)"),
                    {state, created, finishedAt ? QVariant(finishedAt) : QVariant(), workflow});
    });
    QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
}

WorkflowOverview TestOverview::overviewOf(qint64 workflow, qint64 now, const OverviewScope &scope)
{
    const auto rows = loadOverview(*m_store, scope, now);
    if (!rows) {
        qWarning("%s", qPrintable(rows.error().message));
        return {};
    }
    for (const WorkflowOverview &o : rows.value())
        if (o.workflowId == workflow)
            return o;
    return {};
}

void TestOverview::countsPerWindow()
{
    const qint64 wf = workflowId(QStringLiteral("CommCare-patient-registration-to-Salesforce"));
    QVERIFY(wf > 0);
    for (int i = 0; i < 3; ++i)
        addRun(wf, QStringLiteral("success"), m_now - kHour - i * 60000);
    addRun(wf, QStringLiteral("failed"), m_now - 2 * kHour);
    addRun(wf, QStringLiteral("lost"), m_now - 30 * 60000);
    addRun(wf, QStringLiteral("cancelled"), m_now - kHour);
    addRun(wf, QStringLiteral("success"), m_now - 3 * kDay);
    addRun(wf, QStringLiteral("crashed"), m_now - 5 * kDay);
    addRun(wf, QStringLiteral("killed"), m_now - 6 * kDay);
    addRun(wf, QStringLiteral("success"), m_now - 8 * kDay);    // older than 7 days
    addRun(wf, QStringLiteral("failed"), m_now - 8 * kDay);     // older than 7 days
    addRun(wf, QStringLiteral("success"), m_now + kHour);       // after "now": not counted
    addRun(wf, QStringLiteral("available"), 0);
    addRun(wf, QStringLiteral("available"), 0, m_now - 10 * kDay); // queued long ago: still queued now
    addRun(wf, QStringLiteral("started"), 0);
    addRun(wf, QStringLiteral("claimed"), 0);
    // Another workflow's runs never leak in.
    addRun(workflowId(QStringLiteral("HIS-to-Primero-Child-Shield")), QStringLiteral("failed"), m_now - kHour);

    const WorkflowOverview o = overviewOf(wf, m_now);
    QCOMPARE(o.workflowId, wf);
    QCOMPARE(o.day.fromMs, m_now - kDay);
    QCOMPARE(o.week.fromMs, m_now - 7 * kDay);

    QCOMPARE(o.day.count(RunState::Success), 3);
    QCOMPARE(o.day.count(RunState::Failed), 1);
    QCOMPARE(o.day.count(RunState::Lost), 1);
    QCOMPARE(o.day.count(RunState::Cancelled), 1);
    QCOMPARE(o.day.count(RunState::Crashed), 0);
    QCOMPARE(o.day.count(RunState::Available), 2);
    QCOMPARE(o.day.count(RunState::Started), 1);
    QCOMPARE(o.day.count(RunState::Claimed), 1);

    QCOMPARE(o.week.count(RunState::Success), 4);
    QCOMPARE(o.week.count(RunState::Failed), 1);
    QCOMPARE(o.week.count(RunState::Crashed), 1);
    QCOMPARE(o.week.count(RunState::Killed), 1);
    QCOMPARE(o.week.count(RunState::Lost), 1);
    QCOMPARE(o.week.count(RunState::Available), 2);

    // Failure rate: failures over success + failures (cancelled left out).
    QCOMPARE(o.day.failures(), 2);
    QCOMPARE(o.day.finished(), 5);
    QCOMPARE(o.day.failureRate(), 0.4);
    QCOMPARE(o.week.failures(), 4);
    QCOMPARE(o.week.finished(), 8);
    QCOMPARE(o.week.failureRate(), 0.5);

    QCOMPARE(o.queued, 2);
    QCOMPARE(o.running, 2);
    QCOMPARE(o.lastSuccessMs, m_now - kHour);
    QVERIFY(o.day.hasLostOrCrashed());
    QVERIFY(o.needsAttention());

    // A day later the lost run has left the 24 h window but not the week.
    const WorkflowOverview later = overviewOf(wf, m_now + kDay);
    QVERIFY(!later.day.hasLostOrCrashed());
    QVERIFY(later.needsAttention());
    QCOMPARE(later.day.count(RunState::Success), 1); // the one finished at now + 1 h
    QCOMPARE(later.lastSuccessMs, m_now + kHour);
}

void TestOverview::workflowWithoutRuns()
{
    const qint64 wf = workflowId(QStringLiteral("Primero-to-OSCaR-referrals"));
    addRun(wf, QStringLiteral("crashed"), m_now - 8 * kDay); // out of both windows
    const WorkflowOverview o = overviewOf(wf, m_now);
    QCOMPARE(o.workflowId, wf);
    QCOMPARE(o.day.total(), 0);
    QCOMPARE(o.week.total(), 0);
    QCOMPARE(o.day.failureRate(), -1.0);
    QCOMPARE(o.lastSuccessMs, 0);
    QCOMPARE(o.queued, 0);
    QVERIFY(!o.needsAttention());
}

void TestOverview::nextCronFire()
{
    const qint64 daily = workflowId(QStringLiteral("Daily-SMS-schedule"));
    const qint64 hourly = workflowId(QStringLiteral("Primero-to-OSCaR-referrals"));
    const qint64 monthly = workflowId(QStringLiteral("Fetch-cleaned-CommCare-forms-monthly"));
    const qint64 webhook = workflowId(QStringLiteral("CommCare-patient-registration-to-Salesforce"));
    const qint64 six = QDateTime(QDate(2025, 3, 10), QTime(6, 0), Qt::UTC).toMSecsSinceEpoch();

    WorkflowOverview o = overviewOf(daily, m_now);
    QCOMPARE(o.nextFireMs, six);
    QCOMPARE(o.nextFireCron, QStringLiteral("0 6 * * *"));
    QCOMPARE(overviewOf(hourly, m_now + 45 * 60000).nextFireMs, six + kHour); // 06:15 → 07:00
    QCOMPARE(overviewOf(daily, six).nextFireMs, six + kDay);                  // strictly after
    // The monthly trigger is disabled; a webhook workflow has no cron at all.
    QCOMPARE(overviewOf(monthly, m_now).nextFireMs, 0);
    QCOMPARE(overviewOf(webhook, m_now).nextFireMs, 0);
    QVERIFY(overviewOf(webhook, m_now).hasWebhook);

    // A disabled workflow does not fire.
    QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE workflows SET enabled = 0 WHERE id = ?"), {daily});
    }));
    o = overviewOf(daily, m_now);
    QVERIFY(!o.enabled);
    QCOMPARE(o.nextFireMs, 0);
}

void TestOverview::scope()
{
    auto all = loadOverview(*m_store, {}, m_now);
    QVERIFY(all);
    QCOMPARE(all->size(), 7);
    QCOMPARE(all->first().projectName, QStringLiteral("Switchboard demo"));
    QCOMPARE(all->first().key, QStringLiteral("CommCare-patient-registration-to-Salesforce")); // spec order

    OverviewScope byId;
    byId.projectId = all->first().projectId;
    QCOMPARE(loadOverview(*m_store, byId, m_now)->size(), 7);
    OverviewScope byName;
    byName.projectName = QStringLiteral("Switchboard demo");
    QCOMPARE(loadOverview(*m_store, byName, m_now)->size(), 7);
    OverviewScope other;
    other.projectName = QStringLiteral("No such project");
    QVERIFY(loadOverview(*m_store, other, m_now)->isEmpty());

    // A removed workflow is not shown.
    QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE workflows SET deleted_at = 1 WHERE key = 'Daily-SMS-schedule'"));
    }));
    QCOMPARE(loadOverview(*m_store, {}, m_now)->size(), 6);
}

void TestOverview::queriesUseTheRunsIndex()
{
    // The figures must not scan the runs table: every runs query is a covering index search.
    QSqlDatabase db = m_store->readConnection();
    const QStringList queries = {
        QStringLiteral("SELECT state, COUNT(*), SUM(finished_at >= 1) FROM runs WHERE workflow_id = 1 AND state IN "
                       "('success', 'failed', 'crashed', 'killed', 'exception', 'lost', 'cancelled') "
                       "AND finished_at >= 0 AND finished_at <= 2 GROUP BY state"),
        QStringLiteral("SELECT state, COUNT(*) FROM runs WHERE workflow_id = 1 "
                       "AND state IN ('available', 'claimed', 'started') GROUP BY state"),
        QStringLiteral("SELECT finished_at FROM runs WHERE workflow_id = 1 AND state = 'success' "
                       "AND finished_at <= 2 ORDER BY finished_at DESC LIMIT 1"),
    };
    for (const QString &sql : queries) {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QLatin1String("USING COVERING INDEX runs_final")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("TEMP B-TREE")), qPrintable(plan));
    }
}

// Times the figures on a big store when SB_OVERVIEW_BENCH_DB names one (made by
// gen_history); prints the numbers, asserts only that every workflow came back.
void TestOverview::atScale()
{
    const QString path = qEnvironmentVariable("SB_OVERVIEW_BENCH_DB");
    if (path.isEmpty())
        QSKIP("set SB_OVERVIEW_BENCH_DB to a store made by gen_history to time the overview at scale");
    auto opened = Store::open(path);
    QVERIFY2(opened, qPrintable(opened.error().message));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> times;
    qint64 weekRuns = 0;
    int workflows = 0;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        const auto rows = loadOverview(*opened.value(), {}, now);
        times << t.elapsed();
        QVERIFY2(rows, qPrintable(rows ? QString() : rows.error().message));
        workflows = int(rows->size());
        weekRuns = 0;
        for (const WorkflowOverview &o : rows.value())
            weekRuns += o.week.total();
    }
    QVERIFY(workflows > 0);
    const qint64 first = times.takeFirst();
    std::sort(times.begin(), times.end());
    qInfo("overview at scale: %d workflows, %lld runs in the last 7 days; first load %lld ms, then median %lld ms, "
          "max %lld ms",
          workflows, static_cast<long long>(weekRuns), static_cast<long long>(first),
          static_cast<long long>(times[times.size() / 2]), static_cast<long long>(times.last()));
}

// Saves a picture of the view over SB_OVERVIEW_BENCH_DB to SB_OVERVIEW_SCREENSHOT
// (SB_OVERVIEW_DARK=1 for a dark palette). For the docs; skipped otherwise.
void TestOverview::screenshot()
{
    const QString path = qEnvironmentVariable("SB_OVERVIEW_BENCH_DB");
    const QString out = qEnvironmentVariable("SB_OVERVIEW_SCREENSHOT");
    if (path.isEmpty() || out.isEmpty())
        QSKIP("set SB_OVERVIEW_BENCH_DB and SB_OVERVIEW_SCREENSHOT to save a picture of the view");
    if (qEnvironmentVariableIntValue("SB_OVERVIEW_DARK")) {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x73, 0x78));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xd9));
        QApplication::setPalette(dark);
    }
    auto opened = Store::open(path);
    QVERIFY2(opened, qPrintable(opened.error().message));
    OverviewView view(*opened.value());
    QSignalSpy loaded(view.controller(), &OverviewController::loaded);
    view.resize(1560, 900);
    view.show();
    QVERIFY(loaded.wait(10000));
    QCoreApplication::processEvents();
    QVERIFY(view.grab().save(out));
}

void TestOverview::viewShowsWorkflows()
{
    const qint64 wf = workflowId(QStringLiteral("HIS-to-Primero-Child-Shield"));
    addRun(wf, QStringLiteral("crashed"), m_now - kHour);
    addRun(wf, QStringLiteral("success"), m_now - 2 * kHour);
    OverviewView view(*m_store);
    view.controller()->setClock([this] { return m_now; });
    QSignalSpy loaded(view.controller(), &OverviewController::loaded);
    view.resize(1500, 900);
    view.show();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(view.shownWorkflowIds().size(), 7);
    WorkflowCard *card = view.card(wf);
    QVERIFY(card);
    QVERIFY(card->isVisible());
    QCOMPARE(card->findChild<QLabel *>(QStringLiteral("workflowName"))->text(), QStringLiteral("HIS to Primero (Child Shield)"));
    QCOMPARE(card->cell(0, RunState::Crashed)->count(), 1);
    QCOMPARE(card->cell(1, RunState::Success)->text(), QStringLiteral("1"));
    QCOMPARE(card->cell(0, RunState::Failed)->text(), QStringLiteral("–"));
    QVERIFY(card->rateLabel(0)->text().contains(QLatin1String("50")));
    QVERIFY(card->lastSuccessLabel()->text().contains(QLatin1String("2 h ago")));
    // The crashed run makes the card stand out, with words, not colour only.
    QVERIFY(card->needsAttention());
    QVERIFY(card->attentionLabel()->isVisible());
    QVERIFY(card->attentionLabel()->text().contains(QLatin1String("1 crashed")));
    // The daily workflow shows its next fire in UTC, and in local time where that differs.
    WorkflowCard *daily = view.card(workflowId(QStringLiteral("Daily-SMS-schedule")));
    QVERIFY(daily->nextFireLabel()->text().contains(QLatin1String("06:00 UTC")));
    QCOMPARE(daily->nextFireLabel()->text().contains(QLatin1String("local")),
             QDateTime::currentDateTime().offsetFromUtc() != 0);
    QVERIFY(!daily->needsAttention());
    QVERIFY(!daily->attentionLabel()->isVisible());

    // The column captions line up with the counts of every card.
    for (RunState state : {RunState::Success, RunState::Lost, RunState::Started}) {
        auto *caption = view.findChild<QLabel *>(QStringLiteral("header-") + runStateName(state));
        QVERIFY(caption);
        const int captionX = caption->mapTo(&view, caption->rect().center()).x();
        for (qint64 id : view.shownWorkflowIds()) {
            CountCell *cell = view.card(id)->cell(1, state);
            const int cellX = cell->mapTo(&view, cell->rect().center()).x();
            QVERIFY2(std::abs(captionX - cellX) <= 2, qPrintable(QStringLiteral("%1: caption at %2, count at %3")
                                                                    .arg(runStateName(state)).arg(captionX).arg(cellX)));
        }
    }
}

void TestOverview::clickingCountsAsksForHistory()
{
    const qint64 wf = workflowId(QStringLiteral("CommCare-patient-registration-to-Salesforce"));
    addRun(wf, QStringLiteral("failed"), m_now - kHour);
    addRun(wf, QStringLiteral("lost"), m_now - 3 * kDay);
    addRun(wf, QStringLiteral("available"), 0);
    OverviewView view(*m_store);
    view.controller()->setClock([this] { return m_now; });
    QList<HistoryFilter> asked;
    connect(&view, &OverviewView::openHistoryRequested, this, [&](const HistoryFilter &f) { asked << f; });
    QSignalSpy loaded(view.controller(), &OverviewController::loaded);
    view.resize(1500, 900);
    view.show();
    QVERIFY(loaded.wait(5000));
    WorkflowCard *card = view.card(wf);
    QVERIFY(card);

    QTest::mouseClick(card->cell(0, RunState::Failed), Qt::LeftButton);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked[0].workflowIds, QList<qint64>{wf});
    QCOMPARE(asked[0].states, QStringList{QStringLiteral("failed")});
    QCOMPARE(asked[0].fromMs, m_now - kDay);
    QVERIFY(asked[0].projectId > 0);

    QTest::mouseClick(card->cell(1, RunState::Lost), Qt::LeftButton);
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[1].states, QStringList{QStringLiteral("lost")});
    QCOMPARE(asked[1].fromMs, m_now - 7 * kDay);

    // Queued runs are "now": no lower bound on time.
    QTest::mouseClick(card->cell(0, RunState::Available), Qt::LeftButton);
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked[2].states, QStringList{QStringLiteral("available")});
    QCOMPARE(asked[2].fromMs, 0);

    // A zero count is not a link.
    QTest::mouseClick(card->cell(0, RunState::Success), Qt::LeftButton);
    QCOMPARE(asked.size(), 3);

    // The failure rate opens every failure state of the window.
    QTest::mouseClick(card->rateLabel(1), Qt::LeftButton);
    QCOMPARE(asked.size(), 4);
    QCOMPARE(asked[3].states, (QStringList{QStringLiteral("failed"), QStringLiteral("crashed"), QStringLiteral("killed"),
                                           QStringLiteral("exception"), QStringLiteral("lost")}));
    QCOMPARE(asked[3].fromMs, m_now - 7 * kDay);

    // Keyboard: Space on a focused count.
    card->cell(0, RunState::Failed)->setFocus();
    QTest::keyClick(card->cell(0, RunState::Failed), Qt::Key_Space);
    QCOMPARE(asked.size(), 5);
}

void TestOverview::refreshesLive()
{
    const qint64 wf = workflowId(QStringLiteral("CommCare-patient-registration-to-Salesforce"));
    OverviewView view(*m_store);
    view.controller()->setClock([this] { return m_now; });
    view.controller()->setMinimumInterval(0);
    QSignalSpy loaded(view.controller(), &OverviewController::loaded);
    view.show();
    QVERIFY(loaded.wait(5000));
    WorkflowCard *card = view.card(wf);
    QCOMPARE(card->cell(0, RunState::Failed)->count(), 0);
    QVERIFY(!card->needsAttention());

    addRun(wf, QStringLiteral("failed"), m_now - kHour);
    addRun(wf, QStringLiteral("lost"), m_now - kHour);
    view.controller()->watcher()->poll();
    QTRY_COMPARE(card->cell(0, RunState::Failed)->count(), 1);
    QTRY_VERIFY(card->needsAttention());
    // The same card object was updated in place.
    QCOMPARE(view.card(wf), card);

    // Hidden, the view does not load; shown again, it catches up.
    view.hide();
    const int loads = view.controller()->loadCount();
    addRun(wf, QStringLiteral("failed"), m_now - kHour);
    view.controller()->watcher()->poll();
    QTest::qWait(50);
    QCOMPARE(view.controller()->loadCount(), loads);
    view.show();
    QTRY_COMPARE(card->cell(0, RunState::Failed)->count(), 2);
}

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
