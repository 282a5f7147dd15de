#pragma once

#include "common/result.h"
#include "project/model.h"
#include "project/projectdiff.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace sb {

class ProjectStore;

// Reads a spec file off the GUI thread, previews what importing it would change and
// applies the import. Owns its reader threads and waits for them when destroyed.
class ImportController final : public QObject
{
    Q_OBJECT

public:
    explicit ImportController(ProjectStore &projects, QObject *parent = nullptr);
    ~ImportController() override;

    // Starts reading `path`; parsed() follows. A newer call supersedes an older one.
    void readFile(const QString &path);
    bool isReading() const { return m_reading; }
    QString path() const { return m_path; }

    // After parsed(): the project read, or the error (file:line:column: message).
    bool hasProject() const { return m_project.has_value(); }
    const Project &project() const { return *m_project; }
    Error error() const { return m_error; }
    // After a successful read: what importing would change.
    const std::optional<ProjectDiff> &preview() const { return m_preview; }

    Result<ProjectDiff> apply();

signals:
    void parsed();

private:
    void onReadFinished(int generation, const Result<Project> &result);

    ProjectStore &m_projects;
    QList<QThread *> m_threads;
    int m_generation = 0;
    bool m_reading = false;
    QString m_path;
    std::optional<Project> m_project;
    std::optional<ProjectDiff> m_preview;
    Error m_error;
};

} // namespace sb
