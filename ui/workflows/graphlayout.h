#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace sb {

// Positions for a workflow graph, computed without widgets: a layered layout.
//
// Sources (triggers) fill the first layer; every other node goes one layer after its
// deepest predecessor (longest path), ignoring the edges that close a cycle. Edges that
// span several layers get invisible bend points, one per crossed layer, so that they
// never run through a node. Nodes are ordered inside a layer by the barycenter of their
// neighbours to reduce crossings, and are spaced so that they never overlap.
// The result only depends on the input (insertion order breaks ties).
class GraphLayout final
{
public:
    enum class Direction { LeftToRight, TopToBottom };

    void setDirection(Direction direction) { m_direction = direction; }
    Direction direction() const { return m_direction; }
    // `layerGap` between layers, `nodeGap` between neighbours inside a layer.
    void setSpacing(qreal layerGap, qreal nodeGap);
    qreal layerGap() const { return m_layerGap; }
    qreal nodeGap() const { return m_nodeGap; }

    // A duplicate id is ignored. Sources always go to the first layer.
    void addNode(const QString &id, const QSizeF &size, bool isSource = false);
    // Edges with an unknown end are ignored; an edge into a source or onto itself is
    // treated as a back edge.
    void addEdge(const QString &id, const QString &from, const QString &to);
    void clear();

    void run();

    QStringList nodes() const;
    bool contains(const QString &nodeId) const { return m_nodeIndex.contains(nodeId); }
    QRectF nodeRect(const QString &nodeId) const;
    int layer(const QString &nodeId) const; // -1 when unknown
    int layerCount() const { return int(m_layers.size()); }
    QStringList layerNodes(int layer) const; // real nodes only, in their order
    // From the source's border through the bend points to the target's border.
    QList<QPointF> edgePoints(const QString &edgeId) const;
    bool isBackEdge(const QString &edgeId) const;
    QRectF boundingRect() const { return m_bounds; }
    // Crossings between edges of adjacent layers, after ordering.
    int crossings() const;

private:
    struct Node
    {
        QString id;
        QSizeF size;
        bool source = false;
        bool dummy = false;
        int seq = 0;
        int layer = 0;
        int order = 0;
        QPointF center;
        QList<int> in;  // layered graph (with bend points), forward edges only
        QList<int> out;
    };
    struct Edge
    {
        QString id;
        int from = -1;
        int to = -1;
        bool back = false;
        QList<int> bends;
        QList<QPointF> points;
    };

    void findBackEdges();
    void assignLayers();
    void insertBends();
    void orderLayers();
    void sortLayer(int layer, bool byPredecessors);
    void placeNodes();
    void routeEdges();
    qreal along(const Node &node) const;
    qreal across(const Node &node) const;
    qreal gapBetween(const Node &a, const Node &b) const;

    Direction m_direction = Direction::LeftToRight;
    qreal m_layerGap = 80;
    qreal m_nodeGap = 28;
    QList<Node> m_nodes;
    int m_realCount = 0;
    QList<Edge> m_edges;
    QHash<QString, int> m_nodeIndex;
    QHash<QString, int> m_edgeIndex;
    QList<QList<int>> m_layers;
    QRectF m_bounds;
};

} // namespace sb
