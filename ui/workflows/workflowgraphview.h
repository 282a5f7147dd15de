#pragma once

#include "graphlayout.h"
#include "project/model.h"

#include <QGraphicsView>
#include <QHash>
#include <QPointer>
#include <QString>

class QMenu;

namespace sb {

class GraphEdgeItem;
class GraphNodeItem;

// The graph of one workflow: triggers → jobs → edges, laid out by GraphLayout.
// A click on a node or an edge selects it and reports it (the receiver may put the
// selection back, e.g. when the user cancels leaving unsaved edits); the selection stays
// when the background is clicked (the background pans). Ctrl+wheel zooms; the graph fits the view
// on load and on resize until the user zooms.
class WorkflowGraphView final : public QGraphicsView
{
    Q_OBJECT

public:
    explicit WorkflowGraphView(QWidget *parent = nullptr);

    void setWorkflow(const Workflow &workflow);
    void clearWorkflow();
    QString workflowKey() const { return m_workflowKey; }

    // Auto picks the direction in which the graph fits the view best.
    enum class DirectionMode { Auto, LeftToRight, TopToBottom };
    void setDirectionMode(DirectionMode mode);
    DirectionMode directionMode() const { return m_mode; }
    // The direction in use.
    GraphLayout::Direction direction() const { return m_direction; }
    const GraphLayout &layout() const { return m_layout; }

    // Programmatic selection; does not emit the activation signals.
    void selectJob(const QString &jobKey);
    void selectTrigger(const QString &triggerKey);
    void selectEdge(const QString &edgeKey);
    void clearNodeSelection();

    GraphNodeItem *jobItem(const QString &jobKey) const;
    GraphNodeItem *triggerItem(const QString &triggerKey) const;
    GraphEdgeItem *edgeItem(const QString &edgeKey) const;
    QList<GraphNodeItem *> nodeItems() const;
    QList<GraphEdgeItem *> edgeItems() const;

    // The menu shown on right-click over an edge (exposed so tests can trigger it).
    QMenu *createEdgeMenu(const QString &edgeKey, QWidget *parent);

    qreal zoom() const;
    void setZoom(qreal factor);

public slots:
    void fitGraph();

signals:
    void jobActivated(const QString &jobKey);
    void triggerActivated(const QString &triggerKey);
    void edgeActivated(const QString &edgeKey);
    void edgeEnabledChangeRequested(const QString &edgeKey, bool enabled);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void applyLayout(GraphLayout::Direction direction);
    GraphLayout::Direction preferredDirection() const;
    qreal fitScale(const QRectF &bounds) const;
    void onSceneSelectionChanged();
    QGraphicsItem *graphItemAt(const QPoint &pos) const;
    void activate(QGraphicsItem *item);
    void restoreSelection();
    void selectItem(QGraphicsItem *item);
    QString triggerTitle(const Trigger &trigger) const;
    QString triggerSubtitle(const Trigger &trigger) const;

    QGraphicsScene *m_scene = nullptr;
    Workflow m_workflow;
    QString m_workflowKey;
    bool m_hasWorkflow = false;
    GraphLayout m_layout;
    GraphLayout m_ltrLayout;
    GraphLayout m_ttbLayout;
    DirectionMode m_mode = DirectionMode::Auto;
    GraphLayout::Direction m_direction = GraphLayout::Direction::LeftToRight;
    QHash<QString, GraphNodeItem *> m_jobs;
    QHash<QString, GraphNodeItem *> m_triggers;
    QHash<QString, GraphEdgeItem *> m_edges;
    QGraphicsItem *m_selected = nullptr;
    bool m_quiet = false;
    bool m_autoFit = true;
};

} // namespace sb
