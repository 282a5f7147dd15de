#include "icons.h"

#include <QApplication>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace sb {

namespace {

QByteArray svgSource(const QString &name)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.constFind(name);
    if (it != cache.constEnd())
        return *it;
    QFile file(QStringLiteral(":/icons/") + name + QStringLiteral(".svg"));
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    cache.insert(name, bytes);
    return bytes;
}

QColor defaultColor()
{
    return QApplication::palette().color(QPalette::Active, QPalette::WindowText);
}

} // namespace

QPixmap themedPixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio)
{
    const QColor tint = color.isValid() ? color : defaultColor();
    QByteArray svg = svgSource(name);
    svg.replace("currentColor", tint.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(svg);
    const int pixels = qRound(size * devicePixelRatio);
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, pixels, pixels));
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

QIcon themedIcon(const QString &name, const QColor &color)
{
    const QColor tint = color.isValid() ? color : defaultColor();
    const QColor disabled =
        QApplication::palette().color(QPalette::Disabled, QPalette::WindowText);
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64}) {
        icon.addPixmap(themedPixmap(name, size, tint), QIcon::Normal);
        icon.addPixmap(themedPixmap(name, size, disabled), QIcon::Disabled);
    }
    return icon;
}

} // namespace sb
