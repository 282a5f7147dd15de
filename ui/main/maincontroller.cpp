#include "maincontroller.h"

#include "project/spec.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace sb {

MainController::MainController(Store &store, ProjectStore &projects, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_projectStore(projects)
{
}

QString MainController::databasePath() const
{
    return QDir::toNativeSeparators(m_store.path());
}

void MainController::refreshProjects()
{
    m_projects = m_projectStore.projects();
    emit projectsChanged();
    bool stillThere = false;
    bool preferredThere = false;
    for (const ProjectInfo &info : std::as_const(m_projects)) {
        stillThere = stillThere || info.name == m_current;
        preferredThere = preferredThere || info.name == m_preferred;
    }
    if (stillThere && !m_current.isEmpty())
        return;
    if (preferredThere)
        setCurrentProject(m_preferred);
    else
        setCurrentProject(m_projects.isEmpty() ? QString() : m_projects.first().name);
}

void MainController::setCurrentProject(const QString &projectName)
{
    if (projectName == m_current)
        return;
    m_current = projectName;
    emit currentProjectChanged(m_current);
}

QString MainController::suggestedExportName() const
{
    QString base = m_current.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("project");
    return base + QStringLiteral("-spec.yaml");
}

Status MainController::exportProject(const QString &path)
{
    if (m_current.isEmpty())
        return makeError(tr("There is no project to export."));
    const Result<Project> project = m_projectStore.load(m_current);
    if (!project)
        return project.error();
    const Status written = writeSpecFile(project.value(), path);
    if (!written)
        return written;
    emit message(MessageLevel::Positive,
                 tr("Project “%1” exported to %2.").arg(m_current, QDir::toNativeSeparators(path)));
    return Ok{};
}

} // namespace sb
