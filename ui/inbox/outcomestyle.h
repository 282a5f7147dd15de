#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace sb {

// How a webhook request's outcome looks everywhere in the console: a translated label, a
// colour and a round icon borrowed from the run states (accepted is a success's green, a
// refusal the colour of the run state closest in meaning).
QString outcomeLabel(const QString &outcome);
QColor outcomeColor(const QString &outcome);
QIcon outcomeIcon(const QString &outcome);

} // namespace sb
