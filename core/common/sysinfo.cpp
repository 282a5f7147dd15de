#include "common/sysinfo.h"

#include <QList>

#include <algorithm>
#include <cstdio>

#include <pwd.h>
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

QString accountName()
{
    for (const char *var : {"USER", "LOGNAME"})
        if (const QString user = qEnvironmentVariable(var); !user.isEmpty())
            return user;
    if (const passwd *pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("local");
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace sb
