#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard sandbox [--listen HOST:PORT] [--json]: the emulated external systems alone,
// until SIGINT or SIGTERM (exit 0).
int sandboxCommand(const QStringList &arguments);

} // namespace sb::cli
