#include "outcomestyle.h"

#include "history/statestyle.h"

#include <QCoreApplication>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::InboxView)
};

// The run state whose colour an outcome borrows.
QString lookAlike(const QString &outcome)
{
    if (outcome == QLatin1String("accepted")) return QStringLiteral("success");
    if (outcome == QLatin1String("auth_failed")) return QStringLiteral("failed");
    if (outcome == QLatin1String("not_json")) return QStringLiteral("exception");
    if (outcome == QLatin1String("too_large")) return QStringLiteral("killed");
    if (outcome == QLatin1String("unknown_path")) return QStringLiteral("lost");
    if (outcome == QLatin1String("error")) return QStringLiteral("crashed");
    return QStringLiteral("cancelled"); // trigger_disabled, filtered: refused on purpose
}

} // namespace

QString outcomeLabel(const QString &outcome)
{
    if (outcome == QLatin1String("accepted")) return Tr::tr("Accepted");
    if (outcome == QLatin1String("auth_failed")) return Tr::tr("Auth failed");
    if (outcome == QLatin1String("trigger_disabled")) return Tr::tr("Trigger disabled");
    if (outcome == QLatin1String("unknown_path")) return Tr::tr("Unknown path");
    if (outcome == QLatin1String("too_large")) return Tr::tr("Too large");
    if (outcome == QLatin1String("not_json")) return Tr::tr("Not JSON");
    if (outcome == QLatin1String("filtered")) return Tr::tr("Filtered out");
    if (outcome == QLatin1String("error")) return Tr::tr("Error");
    return outcome;
}

QColor outcomeColor(const QString &outcome)
{
    return stateColor(lookAlike(outcome));
}

QIcon outcomeIcon(const QString &outcome)
{
    return stateIcon(lookAlike(outcome));
}

} // namespace sb
