#include "workflowgraphview.h"

#include "adaptorname.h"
#include "graphedgeitem.h"
#include "graphnodeitem.h"
#include "scheduler/cronexpression.h"

#include <QContextMenuEvent>
#include <QGraphicsScene>
#include <QMenu>
#include <QScrollBar>
#include <QWheelEvent>
#include <QtMath>

#include <algorithm>

namespace sb {

namespace {

constexpr qreal kMargin = 28;
constexpr qreal kMinZoom = 0.25;
constexpr qreal kMaxZoom = 3.0;
// Fitting never enlarges beyond this: a small graph stays at its natural size.
constexpr qreal kMaxFitZoom = 1.0;
// Fitting never shrinks below this: text stays readable; scroll instead.
constexpr qreal kMinFitZoom = 0.6;

QString nodeId(GraphNodeItem::Kind kind, const QString &key)
{
    return (kind == GraphNodeItem::Kind::Trigger ? QStringLiteral("t:") : QStringLiteral("j:")) + key;
}

} // namespace

WorkflowGraphView::WorkflowGraphView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("workflowGraph"));
    setAccessibleName(tr("Workflow graph"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    m_scene->setPalette(palette());
    m_scene->setFont(font());
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &WorkflowGraphView::onSceneSelectionChanged);
}

void WorkflowGraphView::setWorkflow(const Workflow &workflow)
{
    const bool sameWorkflow = m_hasWorkflow && workflow.key == m_workflowKey;
    m_workflow = workflow;
    m_workflowKey = workflow.key;
    m_hasWorkflow = true;
    if (!sameWorkflow)
        m_autoFit = true;
    rebuild();
}

void WorkflowGraphView::clearWorkflow()
{
    m_workflow = Workflow();
    m_workflowKey.clear();
    m_hasWorkflow = false;
    rebuild();
}

void WorkflowGraphView::setDirectionMode(DirectionMode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_autoFit = true;
    rebuild();
}

qreal WorkflowGraphView::fitScale(const QRectF &bounds) const
{
    if (bounds.isEmpty())
        return 1.0;
    const QSizeF room = QSizeF(viewport()->size()) - QSizeF(2 * kMargin, 2 * kMargin);
    return std::min(room.width() / bounds.width(), room.height() / bounds.height());
}

GraphLayout::Direction WorkflowGraphView::preferredDirection() const
{
    if (m_mode == DirectionMode::LeftToRight)
        return GraphLayout::Direction::LeftToRight;
    if (m_mode == DirectionMode::TopToBottom)
        return GraphLayout::Direction::TopToBottom;
    // Left to right reads like the flow of data; top to bottom only when it is clearly
    // easier to read at the size the view has.
    const qreal ltr = std::min(fitScale(m_ltrLayout.boundingRect()), kMaxFitZoom);
    const qreal ttb = std::min(fitScale(m_ttbLayout.boundingRect()), kMaxFitZoom);
    return ttb > ltr * 1.15 ? GraphLayout::Direction::TopToBottom : GraphLayout::Direction::LeftToRight;
}

void WorkflowGraphView::applyLayout(GraphLayout::Direction direction)
{
    m_direction = direction;
    m_layout = direction == GraphLayout::Direction::LeftToRight ? m_ltrLayout : m_ttbLayout;
    for (auto it = m_triggers.cbegin(); it != m_triggers.cend(); ++it)
        it.value()->setPos(m_layout.nodeRect(nodeId(GraphNodeItem::Kind::Trigger, it.key())).topLeft());
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it)
        it.value()->setPos(m_layout.nodeRect(nodeId(GraphNodeItem::Kind::Job, it.key())).topLeft());
    for (auto it = m_edges.cbegin(); it != m_edges.cend(); ++it)
        it.value()->setRoute(m_layout.edgePoints(it.key()), m_layout.isBackEdge(it.key()), m_direction);
    m_scene->setSceneRect(m_scene->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

QString WorkflowGraphView::triggerTitle(const Trigger &trigger) const
{
    QString title;
    if (trigger.type == TriggerType::Webhook) {
        title = tr("Webhook");
    } else {
        const Result<CronExpression> cron = CronExpression::parse(trigger.cronExpression);
        title = cron ? cron->describe() : tr("Cron");
        if (!title.isEmpty())
            title[0] = title[0].toUpper();
    }
    return title;
}

QString WorkflowGraphView::triggerSubtitle(const Trigger &trigger) const
{
    QString subtitle;
    if (trigger.type == TriggerType::Cron)
        subtitle = tr("cron %1").arg(trigger.cronExpression);
    else if (!trigger.customPath.isEmpty())
        subtitle = QStringLiteral("/i/") + trigger.customPath;
    else
        subtitle = trigger.webhookReply == QLatin1String("after_completion") ? tr("replies when the run ends")
                                                                              : tr("replies at once");
    // The marker comes first so that eliding a long subtitle never hides it.
    return trigger.enabled ? subtitle : tr("(disabled) %1").arg(subtitle);
}

void WorkflowGraphView::rebuild()
{
    // Remember the selection by key so that a reload keeps it.
    QString selectedKind;
    QString selectedKey;
    if (auto *node = qgraphicsitem_cast<GraphNodeItem *>(m_selected)) {
        selectedKind = node->kind() == GraphNodeItem::Kind::Job ? QStringLiteral("j") : QStringLiteral("t");
        selectedKey = node->key();
    } else if (auto *edge = qgraphicsitem_cast<GraphEdgeItem *>(m_selected)) {
        selectedKind = QStringLiteral("e");
        selectedKey = edge->key();
    }

    m_quiet = true;
    m_selected = nullptr;
    m_scene->clear();
    m_jobs.clear();
    m_triggers.clear();
    m_edges.clear();
    m_layout.clear();
    m_ltrLayout.clear();
    m_ttbLayout.clear();
    m_quiet = false;
    if (!m_hasWorkflow) {
        m_scene->setSceneRect(QRectF());
        viewport()->update();
        return;
    }

    const QFont font = m_scene->font();
    for (const Trigger &trigger : std::as_const(m_workflow.triggers)) {
        auto *item = new GraphNodeItem(GraphNodeItem::Kind::Trigger, trigger.key);
        item->setIconName(trigger.type == TriggerType::Cron ? QStringLiteral("cron") : QStringLiteral("webhook"));
        item->setTexts(triggerTitle(trigger), triggerSubtitle(trigger));
        item->setNodeEnabled(trigger.enabled);
        item->setSize(GraphNodeItem::preferredSize(font, item->title(), item->subtitle()));
        m_scene->addItem(item);
        m_triggers.insert(trigger.key, item);
        m_ltrLayout.addNode(nodeId(GraphNodeItem::Kind::Trigger, trigger.key), item->size(), true);
    }
    for (const Job &job : std::as_const(m_workflow.jobs)) {
        auto *item = new GraphNodeItem(GraphNodeItem::Kind::Job, job.key);
        const QString name = job.name.isEmpty() ? job.key : job.name;
        item->setTexts(name, AdaptorName::parse(job.adaptor).shortName());
        item->setSize(GraphNodeItem::preferredSize(font, item->title(), item->subtitle()));
        m_scene->addItem(item);
        m_jobs.insert(job.key, item);
        m_ltrLayout.addNode(nodeId(GraphNodeItem::Kind::Job, job.key), item->size(), false);
    }

    qreal widestLabel = 0;
    for (const Edge &edge : std::as_const(m_workflow.edges)) {
        auto *item = new GraphEdgeItem(edge.key, edge.condition, conditionCaption(edge), edge.enabled);
        m_scene->addItem(item);
        m_edges.insert(edge.key, item);
        const QString from = edge.sourceTrigger.isEmpty()
                                 ? nodeId(GraphNodeItem::Kind::Job, edge.sourceJob)
                                 : nodeId(GraphNodeItem::Kind::Trigger, edge.sourceTrigger);
        m_ltrLayout.addEdge(edge.key, from, nodeId(GraphNodeItem::Kind::Job, edge.targetJob));
        widestLabel = std::max(widestLabel, QFontMetricsF(font).horizontalAdvance(item->label()));
    }

    // Both directions are laid out; labels sit between layers, so left to right leaves
    // them room.
    m_ttbLayout = m_ltrLayout;
    m_ltrLayout.setDirection(GraphLayout::Direction::LeftToRight);
    m_ltrLayout.setSpacing(std::clamp(widestLabel + 48, 96.0, 220.0), 30);
    m_ltrLayout.run();
    m_ttbLayout.setDirection(GraphLayout::Direction::TopToBottom);
    m_ttbLayout.setSpacing(76, 40);
    m_ttbLayout.run();
    applyLayout(preferredDirection());

    m_quiet = true;
    if (selectedKind == QLatin1String("j"))
        selectItem(m_jobs.value(selectedKey));
    else if (selectedKind == QLatin1String("t"))
        selectItem(m_triggers.value(selectedKey));
    else if (selectedKind == QLatin1String("e"))
        selectItem(m_edges.value(selectedKey));
    m_quiet = false;

    if (m_autoFit)
        fitGraph();
}

void WorkflowGraphView::selectItem(QGraphicsItem *item)
{
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_scene->clearSelection();
    if (item)
        item->setSelected(true);
    m_selected = item;
    m_quiet = wasQuiet;
}

void WorkflowGraphView::selectJob(const QString &jobKey)
{
    selectItem(m_jobs.value(jobKey));
}

void WorkflowGraphView::selectTrigger(const QString &triggerKey)
{
    selectItem(m_triggers.value(triggerKey));
}

void WorkflowGraphView::selectEdge(const QString &edgeKey)
{
    selectItem(m_edges.value(edgeKey));
}

void WorkflowGraphView::clearNodeSelection()
{
    selectItem(nullptr);
}

void WorkflowGraphView::restoreSelection()
{
    selectItem(m_selected);
}

void WorkflowGraphView::onSceneSelectionChanged()
{
    // Selection is ours: clicks are handled in mousePressEvent. Anything else that
    // changes it (a click on the background) is undone.
    if (m_quiet)
        return;
    restoreSelection();
}

QGraphicsItem *WorkflowGraphView::graphItemAt(const QPoint &pos) const
{
    for (QGraphicsItem *item : items(pos)) {
        if (qgraphicsitem_cast<GraphNodeItem *>(item) || qgraphicsitem_cast<GraphEdgeItem *>(item))
            return item;
    }
    return nullptr;
}

void WorkflowGraphView::mousePressEvent(QMouseEvent *event)
{
    QGraphicsItem *item = graphItemAt(event->position().toPoint());
    if (item && event->button() == Qt::LeftButton) {
        activate(item);
        event->accept();
        return;
    }
    if (item && event->button() == Qt::RightButton) {
        event->accept(); // the context menu follows
        return;
    }
    QGraphicsView::mousePressEvent(event); // the background: pan
}

void WorkflowGraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (graphItemAt(event->position().toPoint())) {
        event->accept();
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void WorkflowGraphView::activate(QGraphicsItem *item)
{
    if (item == m_selected)
        return;
    selectItem(item);
    if (auto *node = qgraphicsitem_cast<GraphNodeItem *>(item)) {
        if (node->kind() == GraphNodeItem::Kind::Job)
            emit jobActivated(node->key());
        else
            emit triggerActivated(node->key());
    } else if (auto *edge = qgraphicsitem_cast<GraphEdgeItem *>(item)) {
        emit edgeActivated(edge->key());
    }
}

GraphNodeItem *WorkflowGraphView::jobItem(const QString &jobKey) const
{
    return m_jobs.value(jobKey);
}

GraphNodeItem *WorkflowGraphView::triggerItem(const QString &triggerKey) const
{
    return m_triggers.value(triggerKey);
}

GraphEdgeItem *WorkflowGraphView::edgeItem(const QString &edgeKey) const
{
    return m_edges.value(edgeKey);
}

QList<GraphNodeItem *> WorkflowGraphView::nodeItems() const
{
    QList<GraphNodeItem *> items;
    for (const Trigger &trigger : m_workflow.triggers)
        if (auto *item = m_triggers.value(trigger.key))
            items.append(item);
    for (const Job &job : m_workflow.jobs)
        if (auto *item = m_jobs.value(job.key))
            items.append(item);
    return items;
}

QList<GraphEdgeItem *> WorkflowGraphView::edgeItems() const
{
    QList<GraphEdgeItem *> items;
    for (const Edge &edge : m_workflow.edges)
        if (auto *item = m_edges.value(edge.key))
            items.append(item);
    return items;
}

QMenu *WorkflowGraphView::createEdgeMenu(const QString &edgeKey, QWidget *parent)
{
    GraphEdgeItem *edge = m_edges.value(edgeKey);
    if (!edge)
        return nullptr;
    auto *menu = new QMenu(parent);
    const bool enabled = edge->isEdgeEnabled();
    QAction *toggle = menu->addAction(enabled ? tr("Disable edge") : tr("Enable edge"));
    toggle->setObjectName(QStringLiteral("toggleEdge"));
    connect(toggle, &QAction::triggered, this,
            [this, edgeKey, enabled] { emit edgeEnabledChangeRequested(edgeKey, !enabled); });
    return menu;
}

qreal WorkflowGraphView::zoom() const
{
    return transform().m11();
}

void WorkflowGraphView::setZoom(qreal factor)
{
    factor = std::clamp(factor, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(factor, factor));
}

void WorkflowGraphView::fitGraph()
{
    m_autoFit = true;
    const QRectF scene = m_scene->sceneRect();
    if (scene.isEmpty() || viewport()->width() < 10 || viewport()->height() < 10) {
        resetTransform();
        return;
    }
    const qreal sx = viewport()->width() / scene.width();
    const qreal sy = viewport()->height() / scene.height();
    const qreal scale = std::clamp(std::min(sx, sy), kMinFitZoom, kMaxFitZoom);
    setTransform(QTransform::fromScale(scale, scale));
    centerOn(scene.center());
}

void WorkflowGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_hasWorkflow && m_mode == DirectionMode::Auto) {
        const GraphLayout::Direction preferred = preferredDirection();
        if (preferred != m_direction)
            applyLayout(preferred);
    }
    if (m_autoFit)
        fitGraph();
}

void WorkflowGraphView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_autoFit)
        fitGraph();
}

void WorkflowGraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const qreal factor = std::pow(1.0015, event->angleDelta().y());
        m_autoFit = false;
        setZoom(zoom() * factor);
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void WorkflowGraphView::contextMenuEvent(QContextMenuEvent *event)
{
    for (QGraphicsItem *item : items(event->pos())) {
        if (auto *edge = qgraphicsitem_cast<GraphEdgeItem *>(item)) {
            QMenu *menu = createEdgeMenu(edge->key(), this);
            menu->exec(event->globalPos());
            menu->deleteLater();
            event->accept();
            return;
        }
        if (qgraphicsitem_cast<GraphNodeItem *>(item))
            break;
    }
    QGraphicsView::contextMenuEvent(event);
}

void WorkflowGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_scene->setPalette(palette());
        rebuild();
    } else if (event->type() == QEvent::FontChange) {
        m_scene->setFont(font());
        rebuild();
    }
    QGraphicsView::changeEvent(event);
}

void WorkflowGraphView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    painter->fillRect(rect, base);
    // A light dot grid: shows the canvas can be panned without competing with the graph.
    QColor dot = QColor::fromRgbF(base.redF() * 0.85 + text.redF() * 0.15,
                                  base.greenF() * 0.85 + text.greenF() * 0.15,
                                  base.blueF() * 0.85 + text.blueF() * 0.15);
    painter->setPen(QPen(dot, 1.5));
    constexpr qreal step = 24;
    const qreal left = std::floor(rect.left() / step) * step;
    const qreal top = std::floor(rect.top() / step) * step;
    QList<QPointF> points;
    for (qreal x = left; x < rect.right(); x += step)
        for (qreal y = top; y < rect.bottom(); y += step)
            points.append(QPointF(x, y));
    painter->drawPoints(points.constData(), int(points.size()));

    if (!m_hasWorkflow) {
        painter->save();
        painter->resetTransform();
        painter->setPen(palette().color(QPalette::PlaceholderText));
        painter->drawText(viewport()->rect(), Qt::AlignCenter,
                          tr("Select a workflow to see its graph"));
        painter->restore();
    }
}

} // namespace sb
