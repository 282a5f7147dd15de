#pragma once

#include <QElapsedTimer>
#include <QStringList>

namespace sb::cli {

// switchboard run-job JOB.js --state STATE.json [--adaptor A] [--config C] [--timeout S]
//                     [--out FILE] [--runs N]
// `sinceStart` started as main() began, for the cold-start figure of --runs.
int runJob(const QStringList &arguments, const QElapsedTimer &sinceStart);

} // namespace sb::cli
