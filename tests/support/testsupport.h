#pragma once

#include <QString>
#include <QTemporaryDir>

namespace sb::test {

// The project's source tree and ../shared (set by ctest; falls back to the build-time path).
QString sourceDir();
QString sharedDir();

// Reads a file or fails the calling test (returns empty).
QByteArray readFile(const QString &path);

// The bytes of a file this process may have open as a SQLite database, read by `cat` in a
// child process (empty when missing). Opening and closing the file here would drop
// SQLite's POSIX locks on it (fcntl locks belong to the process and go with any close), and
// another process writing the database could then lose writes.
QByteArray readDatabaseFileBytes(const QString &path);

// A temporary directory that lives as long as the object, with a helper for file paths.
class TempDir final
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    bool write(const QString &name, const QByteArray &bytes) const;

private:
    QTemporaryDir m_dir;
};

} // namespace sb::test
