#include "common/isotime.h"

#include <QRegularExpression>

namespace sb {

QDateTime parseIsoTimestamp(const QString &text)
{
    QString t = text.trimmed();
    static const QRegularExpression compactOffset(QStringLiteral("([+-]\\d\\d)(\\d\\d)$"));
    t.replace(compactOffset, QStringLiteral("\\1:\\2"));
    QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        at.setTimeSpec(Qt::UTC); // no offset: UTC
    return at.toUTC();
}

QString compactIsoTimestamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz+0000"));
}

} // namespace sb
