// History at scale: opening, filtering, searching and scrolling the History view on a big
// store (make one with gen_history), the GUI thread's longest stall while scrolling, and
// the process's memory. Prints numbers; not a test.
//
//   bench_history --db PATH [--search TEXT] [--pages N]
#include "common/sysinfo.h"
#include "history/historyquery.h"
#include "store/store.h"
#include "history/historymodel.h"
#include "history/historyview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace sb;

namespace {

// Longest gap between ticks of a 10 ms timer: how long the GUI thread was busy at once.
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.elapsed();
            if (m_last >= 0)
                m_max = std::max(m_max, now - m_last - 10);
            m_last = now;
        });
    }
    void start()
    {
        m_max = 0;
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_max;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    qint64 m_max = 0;
};

// Applies the filter and waits for the first page; returns ms.
double timeFirstPage(HistoryView &view, const HistoryFilter &filter)
{
    QEventLoop loop;
    auto c = QObject::connect(view.model(), &HistoryModel::pageLoaded, &loop, [&](bool first) {
        if (first)
            loop.quit();
    });
    QElapsedTimer t;
    t.start();
    view.setFilter(filter);
    loop.exec();
    const double ms = t.nsecsElapsed() / 1e6;
    QObject::disconnect(c);
    QApplication::processEvents(); // paint it
    return ms;
}

double timeCount(HistoryView &view)
{
    if (view.matchingCount() >= 0)
        return 0;
    QEventLoop loop;
    QElapsedTimer t;
    t.start();
    auto c = QObject::connect(&view, &HistoryView::matchingCounted, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Store"), QStringLiteral("PATH"));
    const QCommandLineOption searchOption(QStringLiteral("search"), QStringLiteral("Search text"), QStringLiteral("TEXT"),
                                          QStringLiteral("timeout"));
    const QCommandLineOption pagesOption(QStringLiteral("pages"), QStringLiteral("Pages to scroll"), QStringLiteral("N"),
                                         QStringLiteral("200"));
    parser.addOptions({dbOption, searchOption, pagesOption});
    parser.process(app);
    auto opened = Store::open(parser.value(dbOption));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store &store = *opened.value();
    std::printf("RSS after opening the store: %.1f MB\n", residentMemoryBytes() / 1048576.0);

    QElapsedTimer t;
    t.start();
    HistoryView view(store);
    view.resize(1400, 900);
    view.show();
    {
        QEventLoop loop;
        QObject::connect(view.model(), &HistoryModel::pageLoaded, &loop, &QEventLoop::quit);
        if (view.model()->rowCount() == 0)
            loop.exec();
        QApplication::processEvents();
    }
    std::printf("open History (view built, first page shown): %.1f ms (%d rows)\n", t.nsecsElapsed() / 1e6,
                view.model()->rowCount());
    const double countMs = timeCount(view);
    std::printf("  count of all work orders: +%.1f ms -> %lld\n", countMs, view.matchingCount());

    QSqlDatabase db = store.readConnection();
    const auto workflows = listHistoryWorkflows(db);
    qint64 busiest = workflows && !workflows->isEmpty() ? workflows->first().id : 0;

    struct Case
    {
        const char *name;
        HistoryFilter filter;
    };
    QList<Case> cases;
    HistoryFilter f;
    f.states = {QStringLiteral("failed")};
    f.workflowIds = {busiest};
    cases << Case{"filter state=failed + workflow", f};
    f.states = {QStringLiteral("failed"), QStringLiteral("crashed"), QStringLiteral("lost")};
    cases << Case{"filter 3 states + workflow", f};
    f = {};
    f.states = {QStringLiteral("lost")};
    cases << Case{"filter state=lost", f};
    f = {};
    f.search = parser.value(searchOption);
    cases << Case{"search (common word)", f};
    f.search = QStringLiteral("\"") + parser.value(searchOption) + QStringLiteral("\" failed");
    cases << Case{"search phrase + word", f};
    f = {};
    f.search = QStringLiteral("zzqxjnotthere");
    cases << Case{"search (no match)", f};
    f = {};
    f.search = parser.value(searchOption);
    f.states = {QStringLiteral("failed")};
    f.workflowIds = {busiest};
    cases << Case{"search + state + workflow", f};

    for (const Case &c : cases) {
        const double first = timeFirstPage(view, c.filter);
        const int rows = view.model()->rowCount();
        const double count = timeCount(view);
        std::printf("%-32s first page %7.1f ms (%d rows); count +%7.1f ms -> %lld\n", c.name, first, rows, count,
                    view.matchingCount());
    }

    // Scroll through many pages on the unfiltered list, measuring the GUI thread's stalls.
    timeFirstPage(view, {});
    timeCount(view);
    const int pages = parser.value(pagesOption).toInt();
    StallMeter meter;
    meter.start();
    QElapsedTimer scroll;
    scroll.start();
    {
        QEventLoop loop;
        int loaded = 0;
        QScrollBar *bar = view.table()->verticalScrollBar();
        // Scroll like a person dragging the thumb: a few rows every 10 ms towards the end.
        QTimer stepper;
        stepper.setInterval(10);
        QObject::connect(&stepper, &QTimer::timeout, &loop, [&] { bar->setValue(std::min(bar->maximum(), bar->value() + 60)); });
        QObject::connect(view.model(), &HistoryModel::pageLoaded, &loop, [&] {
            if (++loaded >= pages)
                loop.quit();
        });
        stepper.start();
        loop.exec();
    }
    const qint64 stall = meter.stop();
    std::printf("scrolled %d pages (%d rows) in %.1f s; longest GUI stall %lld ms\n", pages, view.model()->rowCount(),
                scroll.nsecsElapsed() / 1e9, stall);
    std::printf("RSS (console with History open, %d rows loaded): %.1f MB\n", view.model()->rowCount(),
                residentMemoryBytes() / 1048576.0);
    return 0;
}
