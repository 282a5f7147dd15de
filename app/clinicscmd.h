#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard clinics [--search TEXT] [--json]
// switchboard clinics sync [--json]
// switchboard clinics set-status NAME STATUS [--dry-run] [--json]
// switchboard clinics retry NAME [--json]
// switchboard clinics history [NAME] [--json]
int clinicsCommand(const QStringList &arguments);

} // namespace sb::cli
