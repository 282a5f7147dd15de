#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard retry (--run ID | --work-order ID | --filter [--state S] [--workflow W] [--since ISO]
//                   [--search TEXT]) [--from-step JOB] [--json]
int retry(const QStringList &arguments);

} // namespace sb::cli
