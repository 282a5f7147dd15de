#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QPixmap>
#include <QString>

namespace sb {

// A trigger or a job in the workflow graph: a rounded rectangle with an accent stripe,
// an icon, a title and a smaller subtitle. Disabled nodes are drawn faded.
class GraphNodeItem final : public QGraphicsItem
{
public:
    enum class Kind { Trigger, Job };
    enum { Type = UserType + 1 };

    GraphNodeItem(Kind kind, const QString &key, QGraphicsItem *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString key() const { return m_key; }

    void setTexts(const QString &title, const QString &subtitle);
    QString title() const { return m_title; }
    QString subtitle() const { return m_subtitle; }
    void setIconName(const QString &iconName);
    void setNodeEnabled(bool enabled);
    bool isNodeEnabled() const { return m_enabled; }
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }

    // The size the texts need with `font`, within sensible limits.
    static QSizeF preferredSize(const QFont &font, const QString &title, const QString &subtitle);
    static QColor accentColor(Kind kind);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    Kind m_kind;
    QString m_key;
    QString m_title;
    QString m_subtitle;
    QString m_iconName;
    QSizeF m_size{180, 60};
    bool m_enabled = true;
    bool m_hovered = false;
    QPixmap m_iconCache;
    qreal m_iconCacheRatio = 0;
};

} // namespace sb
