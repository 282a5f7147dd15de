#pragma once

// Output helpers shared by the command-line subcommands.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QTextStream>

namespace sb::cli {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("sb::cli", text);
}

// A message with "%n" (plural forms in translations).
inline QString trn(const char *text, int n)
{
    return QCoreApplication::translate("sb::cli", text, nullptr, n);
}

inline void out(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

inline void err(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

// An ISO 8601 time or date from the command line, in ms since the epoch. A time without
// a zone is UTC, as everywhere in Switchboard; a date alone is its midnight UTC.
inline bool parseTime(const QString &text, qint64 *ms)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return false;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    *ms = t.toMSecsSinceEpoch();
    return true;
}

} // namespace sb::cli
