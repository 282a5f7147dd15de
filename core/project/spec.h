#pragma once

// OpenFn project spec files (yaml-cpp): the openfn-<uuid>-spec.yaml format written by
// OpenFn's GitHub sync (workflows keyed by name with jobs/triggers/edges maps), and the
// newer format (workflows with one `steps:` list whose items carry `next:`), detected
// automatically.

#include "common/result.h"
#include "project/model.h"

#include <QByteArray>
#include <QString>

namespace sb {

// Files bigger than this are refused before parsing (an OpenFn spec is kilobytes;
// a very large file is a mistake, and parsing it would freeze the console).
constexpr qint64 kMaxSpecBytes = 16 * 1024 * 1024;

// Reads and validates a spec file. `body: {path: x.js}` is resolved relative to the
// spec's folder. Every error carries the file's line and column and one sentence that
// says what is wrong; nothing is partially returned.
Result<Project> readSpecFile(const QString &path);

// Same, from bytes. `fileName` is used in errors; `baseDir` resolves body paths.
Result<Project> readSpec(const QByteArray &yaml, const QString &fileName, const QString &baseDir);

// Writes a project in the openfn-<uuid>-spec.yaml format. Jobs whose bodyPath is set are
// written as `body: {path: …}`, all others inline as literal blocks. Secrets are never in
// a Project, so never in the output.
QByteArray writeSpec(const Project &project);

// Writes the spec to `path`, and each job with a bodyPath to that path relative to the
// spec's folder.
Status writeSpecFile(const Project &project, const QString &path);

} // namespace sb
