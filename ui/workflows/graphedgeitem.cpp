#include "graphedgeitem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPalette>
#include <QtMath>

namespace sb {

namespace {

constexpr qreal kArrowLength = 10;
constexpr qreal kArrowHalfWidth = 5;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

GraphEdgeItem::GraphEdgeItem(const QString &key, ConditionType condition, const QString &caption,
                             bool enabled, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_key(key)
    , m_condition(condition)
    , m_caption(caption)
    , m_enabled(enabled)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    setToolTip(label());
}

QString GraphEdgeItem::label() const
{
    if (m_enabled)
        return m_caption;
    return QCoreApplication::translate("sb::GraphEdgeItem", "%1 (disabled)").arg(m_caption);
}

QColor GraphEdgeItem::conditionColor(ConditionType condition, bool darkBackground)
{
    QColor color;
    switch (condition) {
    case ConditionType::Always: color = QColor(0x8a, 0x8f, 0x98); break;
    case ConditionType::OnJobSuccess: color = QColor(0x23, 0x9a, 0x4a); break;
    case ConditionType::OnJobFailure: color = QColor(0xd6, 0x3c, 0x3c); break;
    case ConditionType::JsExpression: color = QColor(0x8e, 0x4f, 0xd6); break;
    }
    return darkBackground ? color.lighter(condition == ConditionType::Always ? 115 : 135) : color;
}

QFont GraphEdgeItem::labelFont() const
{
    QFont f = scene() ? scene()->font() : QFont();
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

void GraphEdgeItem::setRoute(const QList<QPointF> &points, bool back, GraphLayout::Direction direction)
{
    prepareGeometryChange();
    m_path = QPainterPath();
    m_arrow.clear();
    if (points.size() < 2)
        return;
    const bool ltr = direction == GraphLayout::Direction::LeftToRight;
    m_path.moveTo(points.first());
    QPainterPath firstSegment(points.first());
    if (back) {
        // A loop around the side away from the flow.
        const QPointF a = points.first();
        const QPointF b = points.last();
        const qreal reach = 50 + 0.12 * (ltr ? std::abs(b.x() - a.x()) : std::abs(b.y() - a.y()));
        const QPointF out = ltr ? QPointF(0, reach) : QPointF(reach, 0);
        m_path.cubicTo(a + out, b + out, b);
        firstSegment = m_path;
    } else {
        for (int i = 1; i < points.size(); ++i) {
            const QPointF a = points[i - 1];
            const QPointF b = points[i];
            const qreal d = ltr ? (b.x() - a.x()) / 2 : (b.y() - a.y()) / 2;
            const QPointF c1 = ltr ? QPointF(a.x() + d, a.y()) : QPointF(a.x(), a.y() + d);
            const QPointF c2 = ltr ? QPointF(b.x() - d, b.y()) : QPointF(b.x(), b.y() - d);
            m_path.cubicTo(c1, c2, b);
            if (i == 1)
                firstSegment.cubicTo(c1, c2, b);
        }
    }

    // Arrow head along the tangent at the end.
    const qreal angle = qDegreesToRadians(m_path.angleAtPercent(1.0));
    const QPointF tip = points.last();
    const QPointF dir(std::cos(angle), -std::sin(angle));
    const QPointF normal(-dir.y(), dir.x());
    const QPointF baseCenter = tip - dir * kArrowLength;
    m_arrow << tip << baseCenter + normal * kArrowHalfWidth << baseCenter - normal * kArrowHalfWidth;

    m_labelAnchor = firstSegment.pointAtPercent(0.5);
    updateGeometry();
}

void GraphEdgeItem::updateGeometry()
{
    const QFontMetricsF fm(labelFont());
    const QString text = label();
    const QSizeF size(fm.horizontalAdvance(text) + 12, fm.height() + 4);
    m_labelRect = QRectF(m_labelAnchor - QPointF(size.width() / 2, size.height() / 2), size);
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_path.boundingRect().united(m_arrow.boundingRect()).united(m_labelRect).adjusted(-6, -6, 6, 6);
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(12);
    QPainterPath hit = stroker.createStroke(m_path);
    hit.addRect(m_labelRect);
    return hit;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_path.isEmpty())
        return;
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor base = pal.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    const QColor color = conditionColor(m_condition, dark);
    const bool emphasised = m_hovered || isSelected();

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_enabled)
        painter->setOpacity(0.45);

    if (isSelected()) {
        QColor halo = pal.color(QPalette::Highlight);
        halo.setAlphaF(0.3);
        painter->setPen(QPen(halo, 8, Qt::SolidLine, Qt::RoundCap));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
    }

    QPen pen(color, emphasised ? 2.6 : 1.8);
    if (m_condition == ConditionType::OnJobFailure)
        pen.setDashPattern({5, 3});
    else if (!m_enabled)
        pen.setDashPattern({1.5, 3});
    pen.setCapStyle(Qt::FlatCap);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);

    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(m_arrow);

    // The label sits on a small card so it stays readable over the curve.
    const QColor card = dark ? blend(base, QColor(Qt::white), 0.06) : base;
    painter->setPen(QPen(blend(card, color, 0.6), 1));
    painter->setBrush(card);
    painter->drawRoundedRect(m_labelRect, m_labelRect.height() / 2, m_labelRect.height() / 2);
    painter->setFont(labelFont());
    painter->setPen(dark ? color : color.darker(115));
    painter->drawText(m_labelRect, Qt::AlignCenter, label());
    painter->restore();
}

void GraphEdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphEdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sb
