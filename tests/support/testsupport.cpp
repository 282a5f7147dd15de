#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace sb::test {

QString sourceDir()
{
    const QString env = qEnvironmentVariable("SB_SOURCE_DIR");
    return env.isEmpty() ? QStringLiteral(SB_SOURCE_DIR_FALLBACK) : env;
}

QString sharedDir()
{
    const QString env = qEnvironmentVariable("SB_SHARED_DIR");
    return env.isEmpty() ? QDir(sourceDir()).filePath(QStringLiteral("../shared")) : env;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot read ") + path), __FILE__, __LINE__);
        return {};
    }
    return f.readAll();
}

QByteArray readDatabaseFileBytes(const QString &path)
{
    if (!QFileInfo::exists(path))
        return {};
    QProcess cat;
    cat.start(QStringLiteral("cat"), {path});
    if (!cat.waitForFinished(60000))
        QTest::qFail(qPrintable(QStringLiteral("cannot read ") + path), __FILE__, __LINE__);
    return cat.readAllStandardOutput();
}

TempDir::TempDir() = default;

bool TempDir::write(const QString &name, const QByteArray &bytes) const
{
    const QString p = file(name);
    QDir().mkpath(QFileInfo(p).absolutePath());
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

} // namespace sb::test
