#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace sb {

// How run and work order states and step exit reasons look everywhere in the console:
// a translated label, a colour, and a round icon in that colour.
QString stateLabel(const QString &state);
QColor stateColor(const QString &state);
QIcon stateIcon(const QString &state);

QString exitReasonLabel(const QString &exitReason);
QColor exitReasonColor(const QString &exitReason);
QIcon exitReasonIcon(const QString &exitReason);

// "1.5 s", "2 min 3 s", "—" for < 0.
QString formatDuration(qint64 ms);
// Local date and time of a UTC ms timestamp, short form.
QString formatTime(qint64 ms);

} // namespace sb
