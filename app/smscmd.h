#pragma once

#include <QStringList>

namespace sb::cli {

// switchboard sms import FILE --table NAME [--publish] [--note TEXT] [--json]
// switchboard sms validate (FILE | --table NAME) [--json]
// switchboard sms export --table NAME [--version V] FILE
// switchboard sms versions --table NAME [--json]
// switchboard sms diff --table NAME V1 V2 [--json]
int smsCommand(const QStringList &arguments);

} // namespace sb::cli
