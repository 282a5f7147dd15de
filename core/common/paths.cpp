#include "paths.h"

#include <QDir>
#include <QStandardPaths>

namespace sb {

QString defaultDatabasePath()
{
    const QString fromEnv = qEnvironmentVariable("SWITCHBOARD_DB");
    if (!fromEnv.isEmpty())
        return fromEnv;
    // GenericDataLocation + our own folder, so the path does not depend on
    // QCoreApplication's organisation name being set.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Switchboard/switchboard.db"));
}

} // namespace sb
