#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard runs [--state S] [--workflow W] [--since ISO] [--search TEXT] [--limit N] [--count] [--json]
int runs(const QStringList &arguments);

} // namespace sb::cli
