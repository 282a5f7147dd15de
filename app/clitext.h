#pragma once

// Output helpers shared by the command-line subcommands.

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

namespace sb::cli {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("sb::cli", text);
}

inline void out(const QString &text)
{
    QTextStream(stdout) << text << '\n';
}

inline void err(const QString &text)
{
    QTextStream(stderr) << text << '\n';
}

} // namespace sb::cli
