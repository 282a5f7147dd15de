#pragma once

#include "common/result.h"
#include "messagebanner.h"
#include "project/projectstore.h"

#include <QList>
#include <QObject>
#include <QString>

namespace sb {

class Store;

// The window's own state: which projects exist, which one is shown, and export.
class MainController final : public QObject
{
    Q_OBJECT

public:
    MainController(Store &store, ProjectStore &projects, QObject *parent = nullptr);

    QString databasePath() const;
    QList<ProjectInfo> projects() const { return m_projects; }
    QString currentProject() const { return m_current; }
    // Chosen by refreshProjects() when there is no current project yet and it exists.
    void setPreferredProject(const QString &projectName) { m_preferred = projectName; }

    // A file name to offer when exporting the current project.
    QString suggestedExportName() const;
    Status exportProject(const QString &path);

public slots:
    // Re-reads the list of projects; keeps the current one when it still exists.
    void refreshProjects();
    void setCurrentProject(const QString &projectName);

signals:
    void projectsChanged();
    void currentProjectChanged(const QString &projectName);
    void message(sb::MessageLevel level, const QString &text);

private:
    Store &m_store;
    ProjectStore &m_projectStore;
    QList<ProjectInfo> m_projects;
    QString m_current;
    QString m_preferred;
};

} // namespace sb
