#include "messagebanner.h"

#include "icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QTimer>
#include <QToolButton>

namespace sb {

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

QString iconName(MessageLevel level)
{
    switch (level) {
    case MessageLevel::Error: return QStringLiteral("error");
    case MessageLevel::Warning: return QStringLiteral("warning");
    case MessageLevel::Information: return QStringLiteral("info");
    case MessageLevel::Positive: return QStringLiteral("success");
    }
    return QStringLiteral("info");
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_close->setAutoRaise(true);
    m_close->setIcon(themedIcon(QStringLiteral("close")));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);

    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBanner::hideMessage);
    connect(m_close, &QToolButton::clicked, this, [this] {
        hideMessage();
        emit closed();
    });
    hide();
}

QColor MessageBanner::accentColor(MessageLevel level)
{
    switch (level) {
    case MessageLevel::Error: return QColor(0xda, 0x44, 0x53);
    case MessageLevel::Warning: return QColor(0xf6, 0x74, 0x00);
    case MessageLevel::Information: return QColor(0x3d, 0xae, 0xe9);
    case MessageLevel::Positive: return QColor(0x27, 0xae, 0x60);
    }
    return QColor(0x3d, 0xae, 0xe9);
}

void MessageBanner::showMessage(const QString &text, MessageLevel level, int autoHideMs)
{
    m_level = level;
    m_text->setText(text);
    updateIcon();
    if (autoHideMs < 0) {
        autoHideMs = level == MessageLevel::Positive      ? 4000
                     : level == MessageLevel::Information ? 8000
                                                          : 0;
    }
    if (autoHideMs > 0)
        m_autoHide->start(autoHideMs);
    else
        m_autoHide->stop();
    show();
    update();
}

void MessageBanner::hideMessage()
{
    m_autoHide->stop();
    hide();
}

QString MessageBanner::text() const
{
    return m_text->text();
}

void MessageBanner::updateIcon()
{
    m_icon->setPixmap(themedPixmap(iconName(m_level), 20, accentColor(m_level), devicePixelRatioF()));
}

void MessageBanner::paintEvent(QPaintEvent *)
{
    // A tint of the accent over the window colour: readable with light and dark palettes.
    const QColor accent = accentColor(m_level);
    const QColor window = palette().color(QPalette::Window);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(QPen(accent, 1));
    painter.setBrush(mix(window, accent, 0.18));
    painter.drawRoundedRect(r, 4, 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawRoundedRect(QRectF(r.left(), r.top(), 5, r.height()), 2, 2);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_close->setIcon(themedIcon(QStringLiteral("close")));
        updateIcon();
    }
    QFrame::changeEvent(event);
}

} // namespace sb
