#include "graphlayout.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sb {

namespace {
// Room a bend point takes across its layer, so long edges keep apart from each other.
constexpr qreal kBendExtent = 10;
} // namespace

void GraphLayout::setSpacing(qreal layerGap, qreal nodeGap)
{
    m_layerGap = layerGap;
    m_nodeGap = nodeGap;
}

void GraphLayout::addNode(const QString &id, const QSizeF &size, bool isSource)
{
    if (m_nodeIndex.contains(id))
        return;
    // Drop bend points of a previous run before growing the list of real nodes.
    m_nodes.resize(m_realCount);
    Node node;
    node.id = id;
    node.size = size;
    node.source = isSource;
    node.seq = m_realCount;
    m_nodeIndex.insert(id, m_realCount);
    m_nodes.append(node);
    ++m_realCount;
}

void GraphLayout::addEdge(const QString &id, const QString &from, const QString &to)
{
    if (m_edgeIndex.contains(id))
        return;
    Edge edge;
    edge.id = id;
    edge.from = m_nodeIndex.value(from, -1);
    edge.to = m_nodeIndex.value(to, -1);
    m_edgeIndex.insert(id, int(m_edges.size()));
    m_edges.append(edge);
}

void GraphLayout::clear()
{
    m_nodes.clear();
    m_realCount = 0;
    m_edges.clear();
    m_nodeIndex.clear();
    m_edgeIndex.clear();
    m_layers.clear();
    m_bounds = QRectF();
}

void GraphLayout::run()
{
    m_nodes.resize(m_realCount);
    for (Node &node : m_nodes) {
        node.in.clear();
        node.out.clear();
        node.layer = 0;
        node.order = 0;
        node.center = QPointF();
    }
    for (Edge &edge : m_edges) {
        edge.back = false;
        edge.bends.clear();
        edge.points.clear();
    }
    m_layers.clear();
    m_bounds = QRectF();
    if (m_nodes.isEmpty())
        return;

    findBackEdges();
    assignLayers();
    insertBends();
    orderLayers();
    placeNodes();
    routeEdges();
}

// Depth-first search from the sources (then from the rest, in insertion order): an edge
// to a node still on the search path closes a cycle and is left out of the layering.
void GraphLayout::findBackEdges()
{
    const int n = m_realCount;
    QList<QList<int>> outEdges(n);
    for (int e = 0; e < m_edges.size(); ++e) {
        Edge &edge = m_edges[e];
        if (edge.from < 0 || edge.to < 0)
            continue;
        if (edge.from == edge.to || m_nodes[edge.to].source) {
            edge.back = true;
            continue;
        }
        outEdges[edge.from].append(e);
    }

    QList<int> roots;
    for (int i = 0; i < n; ++i)
        if (m_nodes[i].source)
            roots.append(i);
    for (int i = 0; i < n; ++i)
        if (!m_nodes[i].source)
            roots.append(i);

    enum State { Unseen, OnPath, Done };
    QList<State> state(n, Unseen);
    struct Frame
    {
        int node;
        int next;
    };
    QList<Frame> stack;
    for (int root : roots) {
        if (state[root] != Unseen)
            continue;
        state[root] = OnPath;
        stack.append({root, 0});
        while (!stack.isEmpty()) {
            const int u = stack.last().node;
            const int i = stack.last().next;
            if (i < outEdges[u].size()) {
                ++stack.last().next;
                Edge &edge = m_edges[outEdges[u][i]];
                if (state[edge.to] == OnPath) {
                    edge.back = true;
                } else if (state[edge.to] == Unseen) {
                    state[edge.to] = OnPath;
                    stack.append({edge.to, 0});
                }
            } else {
                state[u] = Done;
                stack.removeLast();
            }
        }
    }
}

void GraphLayout::assignLayers()
{
    const int n = m_realCount;
    bool anySource = false;
    for (const Node &node : std::as_const(m_nodes))
        anySource = anySource || node.source;
    const int firstJobLayer = anySource ? 1 : 0;

    QList<int> indegree(n, 0);
    QList<QList<int>> successors(n);
    for (const Edge &edge : std::as_const(m_edges)) {
        if (edge.from < 0 || edge.to < 0 || edge.back)
            continue;
        successors[edge.from].append(edge.to);
        ++indegree[edge.to];
    }
    for (int i = 0; i < n; ++i)
        m_nodes[i].layer = m_nodes[i].source ? 0 : firstJobLayer;

    // Kahn's algorithm in insertion order: a node is placed once all its predecessors are.
    QList<int> ready;
    for (int i = 0; i < n; ++i)
        if (indegree[i] == 0)
            ready.append(i);
    for (int head = 0; head < ready.size(); ++head) {
        const int u = ready[head];
        for (int v : std::as_const(successors[u])) {
            m_nodes[v].layer = std::max(m_nodes[v].layer, m_nodes[u].layer + 1);
            if (--indegree[v] == 0)
                ready.append(v);
        }
    }
}

void GraphLayout::insertBends()
{
    for (Edge &edge : m_edges) {
        if (edge.from < 0 || edge.to < 0 || edge.back)
            continue;
        int previous = edge.from;
        const int fromLayer = m_nodes[edge.from].layer;
        const int span = m_nodes[edge.to].layer - fromLayer;
        for (int k = 1; k < span; ++k) {
            Node bend;
            bend.dummy = true;
            bend.seq = m_nodes[edge.from].seq;
            bend.layer = fromLayer + k;
            const int index = int(m_nodes.size());
            m_nodes.append(bend);
            m_nodes[previous].out.append(index);
            m_nodes[index].in.append(previous);
            edge.bends.append(index);
            previous = index;
        }
        m_nodes[previous].out.append(edge.to);
        m_nodes[edge.to].in.append(previous);
    }
}

void GraphLayout::sortLayer(int layer, bool byPredecessors)
{
    QList<int> &nodes = m_layers[layer];
    QList<QPair<qreal, int>> keyed;
    keyed.reserve(nodes.size());
    for (int index : std::as_const(nodes)) {
        const Node &node = m_nodes[index];
        const QList<int> &neighbours = byPredecessors ? node.in : node.out;
        qreal barycenter = node.order; // nodes without neighbours keep their place
        if (!neighbours.isEmpty()) {
            qreal sum = 0;
            for (int other : neighbours)
                sum += m_nodes[other].order;
            barycenter = sum / neighbours.size();
        }
        keyed.append({barycenter, index});
    }
    // Stable: equal barycenters keep the current order, which makes the result deterministic.
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (int i = 0; i < keyed.size(); ++i) {
        nodes[i] = keyed[i].second;
        m_nodes[nodes[i]].order = i;
    }
}

void GraphLayout::orderLayers()
{
    int layerCount = 0;
    for (const Node &node : std::as_const(m_nodes))
        layerCount = std::max(layerCount, node.layer + 1);
    m_layers = QList<QList<int>>(layerCount);
    // Real nodes in insertion order, bend points after the nodes they come from.
    QList<int> all(m_nodes.size());
    for (int i = 0; i < all.size(); ++i)
        all[i] = i;
    std::stable_sort(all.begin(), all.end(),
                     [this](int a, int b) { return m_nodes[a].seq < m_nodes[b].seq; });
    for (int index : std::as_const(all)) {
        Node &node = m_nodes[index];
        node.order = int(m_layers[node.layer].size());
        m_layers[node.layer].append(index);
    }

    // Down: each layer by the barycenter of its predecessors. Then a few up/down sweeps,
    // keeping the ordering with the fewest crossings.
    for (int l = 1; l < layerCount; ++l)
        sortLayer(l, true);
    QList<QList<int>> best = m_layers;
    int bestCrossings = crossings();
    for (int iteration = 0; iteration < 6 && bestCrossings > 0; ++iteration) {
        for (int l = layerCount - 2; l >= 0; --l)
            sortLayer(l, false);
        for (int l = 1; l < layerCount; ++l)
            sortLayer(l, true);
        const int c = crossings();
        if (c < bestCrossings) {
            bestCrossings = c;
            best = m_layers;
        }
    }
    m_layers = best;
    for (const QList<int> &nodes : std::as_const(m_layers))
        for (int i = 0; i < nodes.size(); ++i)
            m_nodes[nodes[i]].order = i;
}

int GraphLayout::crossings() const
{
    int total = 0;
    for (int l = 0; l + 1 < m_layers.size(); ++l) {
        QList<QPair<int, int>> segments;
        for (int u : m_layers[l])
            for (int v : m_nodes[u].out)
                segments.append({m_nodes[u].order, m_nodes[v].order});
        for (int a = 0; a < segments.size(); ++a)
            for (int b = a + 1; b < segments.size(); ++b) {
                const auto &s = segments[a];
                const auto &t = segments[b];
                if ((s.first < t.first && s.second > t.second)
                    || (s.first > t.first && s.second < t.second))
                    ++total;
            }
    }
    return total;
}

qreal GraphLayout::along(const Node &node) const
{
    if (node.dummy)
        return 0;
    return m_direction == Direction::LeftToRight ? node.size.width() : node.size.height();
}

qreal GraphLayout::across(const Node &node) const
{
    if (node.dummy)
        return kBendExtent;
    return m_direction == Direction::LeftToRight ? node.size.height() : node.size.width();
}

qreal GraphLayout::gapBetween(const Node &a, const Node &b) const
{
    return (a.dummy || b.dummy) ? m_nodeGap / 2 : m_nodeGap;
}

void GraphLayout::placeNodes()
{
    const int layerCount = int(m_layers.size());
    QList<qreal> acrossCenter(m_nodes.size(), 0);
    qreal alongCursor = 0;
    for (int l = 0; l < layerCount; ++l) {
        const QList<int> &nodes = m_layers[l];
        const int count = int(nodes.size());
        if (count == 0)
            continue;
        qreal depth = 0;
        for (int index : nodes)
            depth = std::max(depth, along(m_nodes[index]));

        // Where each node would like to be: centred on its predecessors.
        constexpr qreal kFree = std::numeric_limits<qreal>::quiet_NaN();
        QList<qreal> desired(count, kFree);
        for (int i = 0; i < count; ++i) {
            const Node &node = m_nodes[nodes[i]];
            if (l == 0 || node.in.isEmpty())
                continue;
            qreal sum = 0;
            for (int p : node.in)
                sum += acrossCenter[p];
            desired[i] = sum / node.in.size();
        }
        auto separation = [&](int i) { // between i-1 and i, centre to centre
            const Node &a = m_nodes[nodes[i - 1]];
            const Node &b = m_nodes[nodes[i]];
            return across(a) / 2 + gapBetween(a, b) + across(b) / 2;
        };
        // Nodes without predecessors pack against their neighbours.
        int firstFixed = -1;
        for (int i = 0; i < count && firstFixed < 0; ++i)
            if (!std::isnan(desired[i]))
                firstFixed = i;
        if (firstFixed < 0) {
            desired[0] = across(m_nodes[nodes[0]]) / 2;
            firstFixed = 0;
        }
        for (int i = firstFixed - 1; i >= 0; --i)
            desired[i] = desired[i + 1] - separation(i + 1);
        for (int i = firstFixed + 1; i < count; ++i)
            if (std::isnan(desired[i]))
                desired[i] = desired[i - 1] + separation(i);

        // Two feasible placements, pushing down and pushing up; their mean is feasible
        // too and balances a fan-out around its parent.
        QList<qreal> down(count), up(count);
        for (int i = 0; i < count; ++i)
            down[i] = i == 0 ? desired[i] : std::max(desired[i], down[i - 1] + separation(i));
        for (int i = count - 1; i >= 0; --i)
            up[i] = i == count - 1 ? desired[i] : std::min(desired[i], up[i + 1] - separation(i + 1));
        for (int i = 0; i < count; ++i) {
            const int index = nodes[i];
            acrossCenter[index] = (down[i] + up[i]) / 2;
            const qreal alongCenter = alongCursor + depth / 2;
            m_nodes[index].center = m_direction == Direction::LeftToRight
                                        ? QPointF(alongCenter, acrossCenter[index])
                                        : QPointF(acrossCenter[index], alongCenter);
        }
        alongCursor += depth + m_layerGap;
    }

    // Move everything so that the top-left corner is (0, 0).
    QRectF bounds;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes[i];
        const QRectF r = node.dummy ? QRectF(node.center, QSizeF(0, 0))
                                    : QRectF(node.center - QPointF(node.size.width() / 2,
                                                                   node.size.height() / 2),
                                             node.size);
        bounds = i == 0 ? r : bounds.united(r);
    }
    const QPointF shift = -bounds.topLeft();
    for (Node &node : m_nodes)
        node.center += shift;
    m_bounds = bounds.translated(shift);
}

void GraphLayout::routeEdges()
{
    const bool ltr = m_direction == Direction::LeftToRight;
    for (Edge &edge : m_edges) {
        if (edge.from < 0 || edge.to < 0)
            continue;
        const QRectF from = nodeRect(m_nodes[edge.from].id);
        const QRectF to = nodeRect(m_nodes[edge.to].id);
        if (edge.back) {
            // Leaves and enters on the side away from the flow; the view draws a loop.
            edge.points = ltr ? QList<QPointF>{QPointF(from.center().x(), from.bottom()),
                                               QPointF(to.center().x(), to.bottom())}
                              : QList<QPointF>{QPointF(from.right(), from.center().y()),
                                               QPointF(to.right(), to.center().y())};
            continue;
        }
        edge.points.append(ltr ? QPointF(from.right(), from.center().y())
                               : QPointF(from.center().x(), from.bottom()));
        for (int bend : std::as_const(edge.bends))
            edge.points.append(m_nodes[bend].center);
        edge.points.append(ltr ? QPointF(to.left(), to.center().y())
                               : QPointF(to.center().x(), to.top()));
    }
}

QStringList GraphLayout::nodes() const
{
    QStringList ids;
    for (int i = 0; i < m_realCount; ++i)
        ids.append(m_nodes[i].id);
    return ids;
}

QRectF GraphLayout::nodeRect(const QString &nodeId) const
{
    const int index = m_nodeIndex.value(nodeId, -1);
    if (index < 0)
        return {};
    const Node &node = m_nodes[index];
    return QRectF(node.center - QPointF(node.size.width() / 2, node.size.height() / 2), node.size);
}

int GraphLayout::layer(const QString &nodeId) const
{
    const int index = m_nodeIndex.value(nodeId, -1);
    return index < 0 ? -1 : m_nodes[index].layer;
}

QStringList GraphLayout::layerNodes(int layer) const
{
    QStringList ids;
    if (layer < 0 || layer >= m_layers.size())
        return ids;
    for (int index : m_layers[layer])
        if (!m_nodes[index].dummy)
            ids.append(m_nodes[index].id);
    return ids;
}

QList<QPointF> GraphLayout::edgePoints(const QString &edgeId) const
{
    const int index = m_edgeIndex.value(edgeId, -1);
    return index < 0 ? QList<QPointF>() : m_edges[index].points;
}

bool GraphLayout::isBackEdge(const QString &edgeId) const
{
    const int index = m_edgeIndex.value(edgeId, -1);
    return index >= 0 && m_edges[index].back;
}

} // namespace sb
