// GraphLayout: layers, order, spacing and determinism of the workflow graph layout.

#include "project/demoproject.h"
#include "workflows/graphlayout.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sb;

namespace {

struct TestEdge
{
    QString id, from, to;
};

struct TestGraph
{
    QStringList triggers;
    QStringList jobs;
    QList<TestEdge> edges;
};

GraphLayout layoutOf(const TestGraph &g, GraphLayout::Direction direction = GraphLayout::Direction::LeftToRight,
                     const QSizeF &size = QSizeF(180, 60))
{
    GraphLayout layout;
    layout.setDirection(direction);
    layout.setSpacing(90, 28);
    for (const QString &t : g.triggers)
        layout.addNode(t, size, true);
    for (int i = 0; i < g.jobs.size(); ++i)
        layout.addNode(g.jobs[i], QSizeF(size.width() + 10 * (i % 3), size.height()), false);
    for (const TestEdge &e : g.edges)
        layout.addEdge(e.id, e.from, e.to);
    layout.run();
    return layout;
}

TestGraph fromWorkflow(const Workflow &workflow)
{
    TestGraph g;
    for (const Trigger &t : workflow.triggers)
        g.triggers << QStringLiteral("t:") + t.key;
    for (const Job &j : workflow.jobs)
        g.jobs << QStringLiteral("j:") + j.key;
    for (const Edge &e : workflow.edges)
        g.edges.append({e.key,
                        e.sourceTrigger.isEmpty() ? QStringLiteral("j:") + e.sourceJob
                                                  : QStringLiteral("t:") + e.sourceTrigger,
                        QStringLiteral("j:") + e.targetJob});
    return g;
}

// A random graph with roughly workflow-like shape, possibly with cycles.
TestGraph randomGraph(quint32 seed, int jobs, bool allowCycles)
{
    QRandomGenerator rng(seed);
    TestGraph g;
    const int triggers = 1 + int(rng.bounded(2));
    for (int i = 0; i < triggers; ++i)
        g.triggers << QStringLiteral("t%1").arg(i);
    for (int i = 0; i < jobs; ++i)
        g.jobs << QStringLiteral("j%1").arg(i);
    for (int i = 0; i < jobs; ++i) {
        // Every job has a predecessor among earlier nodes.
        const int choice = int(rng.bounded(i + triggers));
        const QString from = choice < triggers ? g.triggers[choice] : g.jobs[choice - triggers];
        g.edges.append({from + QStringLiteral("->") + g.jobs[i], from, g.jobs[i]});
        if (i > 1 && rng.bounded(3) == 0) {
            const QString other = g.jobs[int(rng.bounded(i))];
            if (other != from)
                g.edges.append({other + QStringLiteral("->") + g.jobs[i], other, g.jobs[i]});
        }
        if (allowCycles && i > 2 && rng.bounded(5) == 0) {
            const QString back = g.jobs[int(rng.bounded(i))];
            g.edges.append({g.jobs[i] + QStringLiteral("->") + back, g.jobs[i], back});
        }
    }
    return g;
}

void checkNoOverlap(const GraphLayout &layout)
{
    const QStringList nodes = layout.nodes();
    for (int a = 0; a < nodes.size(); ++a)
        for (int b = a + 1; b < nodes.size(); ++b) {
            const QRectF ra = layout.nodeRect(nodes[a]);
            const QRectF rb = layout.nodeRect(nodes[b]);
            QVERIFY2(!ra.intersects(rb), qPrintable(nodes[a] + QStringLiteral(" overlaps ") + nodes[b]));
        }
}

void checkFlow(const GraphLayout &layout, const TestGraph &g, GraphLayout::Direction direction)
{
    const bool ltr = direction == GraphLayout::Direction::LeftToRight;
    for (const QString &t : g.triggers)
        QCOMPARE(layout.layer(t), 0);
    for (const QString &j : g.jobs) {
        if (!g.triggers.isEmpty())
            QVERIFY2(layout.layer(j) >= 1, qPrintable(j));
    }
    for (const TestEdge &e : g.edges) {
        if (layout.isBackEdge(e.id))
            continue;
        QVERIFY2(layout.layer(e.to) > layout.layer(e.from), qPrintable(e.id));
        const QRectF from = layout.nodeRect(e.from);
        const QRectF to = layout.nodeRect(e.to);
        if (ltr)
            QVERIFY2(to.left() > from.right(), qPrintable(e.id));
        else
            QVERIFY2(to.top() > from.bottom(), qPrintable(e.id));
    }
    // Longest path: a job sits exactly one layer after its deepest predecessor.
    for (const QString &j : g.jobs) {
        int deepest = -1;
        for (const TestEdge &e : g.edges)
            if (e.to == j && !layout.isBackEdge(e.id))
                deepest = std::max(deepest, layout.layer(e.from));
        if (deepest >= 0)
            QCOMPARE(layout.layer(j), deepest + 1);
    }
}

} // namespace

class TestGraphLayout final : public QObject
{
    Q_OBJECT

private slots:
    void fanOutAndFailureBranch()
    {
        TestGraph g;
        g.triggers = {QStringLiteral("webhook")};
        g.jobs = {QStringLiteral("filter"), QStringLiteral("upsert"), QStringLiteral("sms"),
                  QStringLiteral("log"), QStringLiteral("alert")};
        g.edges = {{QStringLiteral("webhook->filter"), QStringLiteral("webhook"), QStringLiteral("filter")},
                   {QStringLiteral("filter->upsert"), QStringLiteral("filter"), QStringLiteral("upsert")},
                   {QStringLiteral("upsert->sms"), QStringLiteral("upsert"), QStringLiteral("sms")},
                   {QStringLiteral("upsert->log"), QStringLiteral("upsert"), QStringLiteral("log")},
                   {QStringLiteral("upsert->alert"), QStringLiteral("upsert"), QStringLiteral("alert")}};
        for (auto direction : {GraphLayout::Direction::LeftToRight, GraphLayout::Direction::TopToBottom}) {
            const GraphLayout layout = layoutOf(g, direction);
            QCOMPARE(layout.layerCount(), 4);
            QCOMPARE(layout.layerNodes(0), QStringList{QStringLiteral("webhook")});
            QCOMPARE(layout.layerNodes(3).size(), 3);
            checkNoOverlap(layout);
            checkFlow(layout, g, direction);
            // The fan-out is centred on its parent.
            const QPointF parent = layout.nodeRect(QStringLiteral("upsert")).center();
            const QPointF first = layout.nodeRect(layout.layerNodes(3).first()).center();
            const QPointF last = layout.nodeRect(layout.layerNodes(3).last()).center();
            if (direction == GraphLayout::Direction::LeftToRight)
                QCOMPARE((first.y() + last.y()) / 2, parent.y());
            else
                QCOMPARE((first.x() + last.x()) / 2, parent.x());
            QCOMPARE(layout.crossings(), 0);
            QVERIFY(layout.boundingRect().contains(layout.nodeRect(QStringLiteral("alert"))));
            QCOMPARE(layout.boundingRect().topLeft(), QPointF(0, 0));
        }
    }

    void barycenterOrderAvoidsCrossings()
    {
        // In spec order A (fed by t2) comes before B (fed by t1): the edges would cross.
        TestGraph g;
        g.triggers = {QStringLiteral("t1"), QStringLiteral("t2")};
        g.jobs = {QStringLiteral("A"), QStringLiteral("B")};
        g.edges = {{QStringLiteral("t2->A"), QStringLiteral("t2"), QStringLiteral("A")},
                   {QStringLiteral("t1->B"), QStringLiteral("t1"), QStringLiteral("B")}};
        const GraphLayout layout = layoutOf(g);
        QCOMPARE(layout.layerNodes(0), (QStringList{QStringLiteral("t1"), QStringLiteral("t2")}));
        QCOMPARE(layout.layerNodes(1), (QStringList{QStringLiteral("B"), QStringLiteral("A")}));
        QCOMPARE(layout.crossings(), 0);
        QVERIFY(layout.nodeRect(QStringLiteral("B")).bottom() < layout.nodeRect(QStringLiteral("A")).top());
    }

    void longEdgesBendAroundNodes()
    {
        TestGraph g;
        g.triggers = {QStringLiteral("t")};
        g.jobs = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        g.edges = {{QStringLiteral("t->a"), QStringLiteral("t"), QStringLiteral("a")},
                   {QStringLiteral("a->b"), QStringLiteral("a"), QStringLiteral("b")},
                   {QStringLiteral("b->c"), QStringLiteral("b"), QStringLiteral("c")},
                   {QStringLiteral("t->c"), QStringLiteral("t"), QStringLiteral("c")}};
        const GraphLayout layout = layoutOf(g);
        QCOMPARE(layout.layer(QStringLiteral("c")), 3);
        const QList<QPointF> points = layout.edgePoints(QStringLiteral("t->c"));
        QCOMPARE(points.size(), 4); // start, a bend in each of the two layers crossed, end
        for (const QPointF &bend : points.mid(1, 2))
            for (const QString &node : layout.nodes())
                QVERIFY2(!layout.nodeRect(node).contains(bend), qPrintable(node));
        QCOMPARE(layout.edgePoints(QStringLiteral("t->a")).size(), 2);
        QCOMPARE(layout.edgePoints(QStringLiteral("t->a")).first().x(), layout.nodeRect(QStringLiteral("t")).right());
        QCOMPARE(layout.edgePoints(QStringLiteral("t->a")).last().x(), layout.nodeRect(QStringLiteral("a")).left());
    }

    void cyclesAreBrokenByBackEdges()
    {
        TestGraph g;
        g.triggers = {QStringLiteral("t")};
        g.jobs = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
        g.edges = {{QStringLiteral("t->a"), QStringLiteral("t"), QStringLiteral("a")},
                   {QStringLiteral("a->b"), QStringLiteral("a"), QStringLiteral("b")},
                   {QStringLiteral("b->c"), QStringLiteral("b"), QStringLiteral("c")},
                   {QStringLiteral("c->a"), QStringLiteral("c"), QStringLiteral("a")},
                   {QStringLiteral("c->c"), QStringLiteral("c"), QStringLiteral("c")}};
        const GraphLayout layout = layoutOf(g);
        QVERIFY(layout.isBackEdge(QStringLiteral("c->a")));
        QVERIFY(layout.isBackEdge(QStringLiteral("c->c")));
        QVERIFY(!layout.isBackEdge(QStringLiteral("a->b")));
        QCOMPARE(layout.layer(QStringLiteral("a")), 1);
        QCOMPARE(layout.layer(QStringLiteral("c")), 3);
        QCOMPARE(layout.edgePoints(QStringLiteral("c->a")).size(), 2);
        checkNoOverlap(layout);
        checkFlow(layout, g, GraphLayout::Direction::LeftToRight);
    }

    void unknownEndsAndDuplicatesAreIgnored()
    {
        GraphLayout layout;
        layout.addNode(QStringLiteral("t"), QSizeF(100, 40), true);
        layout.addNode(QStringLiteral("t"), QSizeF(500, 400), false);
        layout.addNode(QStringLiteral("a"), QSizeF(100, 40));
        layout.addEdge(QStringLiteral("t->a"), QStringLiteral("t"), QStringLiteral("a"));
        layout.addEdge(QStringLiteral("t->x"), QStringLiteral("t"), QStringLiteral("x"));
        layout.run();
        QCOMPARE(layout.nodes().size(), 2);
        QCOMPARE(layout.nodeRect(QStringLiteral("t")).size(), QSizeF(100, 40));
        QVERIFY(layout.edgePoints(QStringLiteral("t->x")).isEmpty());
        QCOMPARE(layout.layer(QStringLiteral("x")), -1);
        // A job without any edge still gets a place after the triggers.
        layout.addNode(QStringLiteral("lonely"), QSizeF(100, 40));
        layout.run();
        QCOMPARE(layout.layer(QStringLiteral("lonely")), 1);
        checkNoOverlap(layout);
        GraphLayout empty;
        empty.run();
        QCOMPARE(empty.layerCount(), 0);
        QVERIFY(empty.boundingRect().isNull());
    }

    void randomGraphs_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("jobs");
        QTest::addColumn<bool>("cycles");
        for (quint32 seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(2 + seed % 11) << (seed % 3 == 0);
    }

    void randomGraphs()
    {
        QFETCH(quint32, seed);
        QFETCH(int, jobs);
        QFETCH(bool, cycles);
        const TestGraph g = randomGraph(seed, jobs, cycles);
        for (auto direction : {GraphLayout::Direction::LeftToRight, GraphLayout::Direction::TopToBottom}) {
            const GraphLayout layout = layoutOf(g, direction);
            checkNoOverlap(layout);
            checkFlow(layout, g, direction);
            // Deterministic: a second layout of the same input is identical.
            const GraphLayout again = layoutOf(g, direction);
            for (const QString &node : layout.nodes())
                QCOMPARE(again.nodeRect(node), layout.nodeRect(node));
            for (const TestEdge &e : g.edges)
                QCOMPARE(again.edgePoints(e.id), layout.edgePoints(e.id));
            // Running twice on the same object gives the same result too.
            GraphLayout rerun = layoutOf(g, direction);
            rerun.run();
            for (const QString &node : layout.nodes())
                QCOMPARE(rerun.nodeRect(node), layout.nodeRect(node));
        }
    }

    void demoWorkflows()
    {
        const Result<Project> demo = demoProject();
        QVERIFY2(demo.ok(), qPrintable(demo.error().toString()));
        QVERIFY(demo->workflows.size() >= 4);
        for (const Workflow &workflow : demo->workflows) {
            const TestGraph g = fromWorkflow(workflow);
            for (auto direction : {GraphLayout::Direction::LeftToRight, GraphLayout::Direction::TopToBottom}) {
                const GraphLayout layout = layoutOf(g, direction);
                checkNoOverlap(layout);
                checkFlow(layout, g, direction);
                QCOMPARE(layout.nodes().size(), int(workflow.triggers.size() + workflow.jobs.size()));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_ui_graphlayout.moc"
