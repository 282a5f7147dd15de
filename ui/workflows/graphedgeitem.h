#pragma once

#include "graphlayout.h"
#include "project/model.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QString>

namespace sb {

// A curved arrow between two nodes with its condition as a label: always in grey,
// on success in green, on failure in dashed red, a JS expression in purple. A disabled
// edge is faded and its label says so.
class GraphEdgeItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 2 };

    GraphEdgeItem(const QString &key, ConditionType condition, const QString &caption,
                  bool enabled, QGraphicsItem *parent = nullptr);

    QString key() const { return m_key; }
    ConditionType condition() const { return m_condition; }
    bool isEdgeEnabled() const { return m_enabled; }
    QString label() const;

    // Points from GraphLayout::edgePoints(); `back` for an edge closing a cycle.
    void setRoute(const QList<QPointF> &points, bool back, GraphLayout::Direction direction);
    QPainterPath path() const { return m_path; }
    QRectF labelRect() const { return m_labelRect; }

    static QColor conditionColor(ConditionType condition, bool darkBackground);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    QFont labelFont() const;
    void updateGeometry();

    QString m_key;
    ConditionType m_condition;
    QString m_caption;
    bool m_enabled;
    bool m_hovered = false;
    QPainterPath m_path;
    QPolygonF m_arrow;
    QPointF m_labelAnchor;
    QRectF m_labelRect;
};

} // namespace sb
