#pragma once

#include <QtGlobal>

namespace sb {

// Resident memory of this whole process in bytes, from /proc/self/statm; 0 when unknown.
qint64 residentMemoryBytes();

} // namespace sb
