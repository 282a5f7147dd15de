#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard credentials [--project P] [--json]
// switchboard credentials set NAME --env ENV [--type T] [--project P] FIELD=VALUE…   (VALUE "-": stdin)
// switchboard credentials test NAME --env ENV [--project P] [--json]
// switchboard credentials delete NAME [--env ENV] [--project P]
// switchboard credentials environment [ENV] [--project P]
int credentialsCommand(const QStringList &arguments);

} // namespace sb::cli
