#include "result.h"

namespace sb {

QString Error::toString() const
{
    if (file.isEmpty() && line == 0)
        return message;
    QString where = file;
    if (line > 0)
        where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line)
                 + (column > 0 ? QStringLiteral(":") + QString::number(column) : QString());
    return where + QStringLiteral(": ") + message;
}

} // namespace sb
