#include "common/sysinfo.h"

#include <cstdio>

#include <unistd.h>

namespace sb {

qint64 residentMemoryBytes()
{
    FILE *f = std::fopen("/proc/self/statm", "r");
    if (!f)
        return 0;
    long pages = 0, resident = 0;
    const int n = std::fscanf(f, "%ld %ld", &pages, &resident);
    std::fclose(f);
    return n == 2 ? qint64(resident) * qint64(sysconf(_SC_PAGESIZE)) : 0;
}

} // namespace sb
