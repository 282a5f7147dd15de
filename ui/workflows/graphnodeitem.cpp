#include "graphnodeitem.h"

#include "main/icons.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace sb {

namespace {

constexpr qreal kRadius = 9;
constexpr qreal kStripe = 6;
constexpr qreal kIconBox = 30;
constexpr qreal kPadding = 12;
constexpr qreal kMinWidth = 180;
constexpr qreal kMaxWidth = 300;
constexpr qreal kHeight = 62;

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

QFont titleFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

QFont subtitleFont(const QFont &base)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * 0.9);
    else
        f.setPixelSize(std::max(9, qRound(f.pixelSize() * 0.9)));
    return f;
}

qreal textLeft()
{
    return kStripe + kPadding + kIconBox + 10;
}

} // namespace

GraphNodeItem::GraphNodeItem(Kind kind, const QString &key, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_kind(kind)
    , m_key(key)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
    m_iconName = kind == Kind::Job ? QStringLiteral("job") : QStringLiteral("webhook");
}

QColor GraphNodeItem::accentColor(Kind kind)
{
    return kind == Kind::Trigger ? QColor(0x0f, 0x9d, 0x9a) : QColor(0x4f, 0x6b, 0xed);
}

void GraphNodeItem::setTexts(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
    setToolTip(subtitle.isEmpty() ? title : title + QLatin1Char('\n') + subtitle);
    update();
}

void GraphNodeItem::setIconName(const QString &iconName)
{
    m_iconName = iconName;
    m_iconCacheRatio = 0;
    update();
}

void GraphNodeItem::setNodeEnabled(bool enabled)
{
    m_enabled = enabled;
    update();
}

void GraphNodeItem::setSize(const QSizeF &size)
{
    prepareGeometryChange();
    m_size = size;
}

QSizeF GraphNodeItem::preferredSize(const QFont &font, const QString &title, const QString &subtitle)
{
    const qreal text = std::max(QFontMetricsF(titleFont(font)).horizontalAdvance(title),
                                QFontMetricsF(subtitleFont(font)).horizontalAdvance(subtitle));
    const qreal width = std::clamp(textLeft() + text + kPadding, kMinWidth, kMaxWidth);
    const qreal height = std::max(kHeight, QFontMetricsF(titleFont(font)).height()
                                               + QFontMetricsF(subtitleFont(font)).height() + 22);
    return {std::ceil(width), std::ceil(height)};
}

QRectF GraphNodeItem::boundingRect() const
{
    // Room for the selection halo.
    return QRectF(QPointF(0, 0), m_size).adjusted(-4, -4, 4, 4);
}

QPainterPath GraphNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(QRectF(QPointF(0, 0), m_size), kRadius, kRadius);
    return path;
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPalette pal = scene() ? scene()->palette() : QPalette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor accent = accentColor(m_kind);
    const bool dark = base.lightness() < 128;
    const QRectF r(QPointF(0, 0), m_size);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (!m_enabled)
        painter->setOpacity(0.5);

    if (isSelected()) {
        QColor halo = pal.color(QPalette::Highlight);
        halo.setAlphaF(0.35);
        painter->setPen(Qt::NoPen);
        painter->setBrush(halo);
        painter->drawRoundedRect(r.adjusted(-4, -4, 4, 4), kRadius + 3, kRadius + 3);
    }

    // Body: a card slightly lifted from the background.
    const QColor card = dark ? blend(base, QColor(Qt::white), 0.06) : base;
    QColor border = blend(card, accent, m_hovered ? 0.85 : 0.55);
    if (isSelected())
        border = pal.color(QPalette::Highlight);
    painter->setPen(QPen(border, isSelected() ? 2.0 : 1.2));
    painter->setBrush(card);
    painter->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);

    // Accent stripe on the leading edge.
    QPainterPath stripe;
    stripe.addRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
    QPainterPath clip;
    clip.addRect(QRectF(0, 0, kStripe, m_size.height()));
    painter->setPen(Qt::NoPen);
    painter->setBrush(accent);
    painter->drawPath(stripe.intersected(clip));

    // Icon in a tinted circle.
    const QRectF iconBox(kStripe + kPadding, (m_size.height() - kIconBox) / 2, kIconBox, kIconBox);
    painter->setBrush(blend(card, accent, dark ? 0.28 : 0.14));
    painter->drawEllipse(iconBox);
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    if (m_iconCacheRatio != ratio) {
        const QColor tint = dark ? accent.lighter(135) : accent;
        m_iconCache = themedPixmap(m_iconName, 18, tint, ratio * 2);
        m_iconCacheRatio = ratio;
    }
    painter->drawPixmap(QRectF(iconBox.center() - QPointF(9, 9), QSizeF(18, 18)), m_iconCache,
                        QRectF(QPointF(0, 0), m_iconCache.size()));

    // Texts, elided to the card.
    const QFont baseFont = scene() ? scene()->font() : QFont();
    const QFont tf = titleFont(baseFont);
    const QFont sf = subtitleFont(baseFont);
    const QFontMetricsF tm(tf);
    const QFontMetricsF sm(sf);
    const qreal left = textLeft();
    const qreal width = m_size.width() - left - kPadding;
    const qreal block = tm.height() + (m_subtitle.isEmpty() ? 0 : sm.height() + 2);
    qreal y = (m_size.height() - block) / 2;
    painter->setFont(tf);
    painter->setPen(text);
    painter->drawText(QRectF(left, y, width, tm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      tm.elidedText(m_title, Qt::ElideRight, width));
    if (!m_subtitle.isEmpty()) {
        y += tm.height() + 2;
        painter->setFont(sf);
        painter->setPen(blend(text, card, 0.35));
        painter->drawText(QRectF(left, y, width, sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          sm.elidedText(m_subtitle, Qt::ElideRight, width));
    }
    painter->restore();
}

void GraphNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void GraphNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

} // namespace sb
