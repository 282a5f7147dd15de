#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

class QWidget;

namespace sb {

// Our icons are single-colour SVG strokes drawn with "currentColor". They are tinted
// with a palette colour when loaded, so they stay readable in light and dark themes.
// `name` is the file name under :/icons without ".svg".
QIcon themedIcon(const QString &name, const QColor &color = QColor());

// One rendered size, for labels and graph nodes. `devicePixelRatio` > 1 for high-DPI.
QPixmap themedPixmap(const QString &name, int size, const QColor &color, qreal devicePixelRatio = 1.0);

} // namespace sb
