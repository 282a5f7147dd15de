#pragma once

#include <QStringList>

namespace sb::cli {

// True when argv names a subcommand (import, export, demo, triggers), so main() can
// start without a GUI.
bool isCommand(const QStringList &arguments);

// The subcommand argv names ("" for none).
QString commandOf(const QStringList &arguments);

// Runs the subcommand; returns the process exit code (0 ok, 1 failure, 2 usage).
int run(const QStringList &arguments);

} // namespace sb::cli
