#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard --headless [--db PATH] [--listen HOST:PORT] [--workers N]: the engine alone.
int headless(int argc, char **argv, const QStringList &arguments);

} // namespace sb::cli
