#pragma once

#include "common/result.h"
#include "main/messagebanner.h"
#include "project/model.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace sb {

class ProjectStore;

// Holds the project and workflow the Workflows view shows, and makes its edits through
// ProjectStore. Failures are reported with message(); nothing here shows a dialog.
class WorkflowsController final : public QObject
{
    Q_OBJECT

public:
    explicit WorkflowsController(ProjectStore &projects, QObject *parent = nullptr);

    // Loads the project (empty name: none).
    void setProjectName(const QString &projectName);
    QString projectName() const { return m_projectName; }
    bool hasProject() const { return m_loaded; }
    const Project &project() const { return m_project; }
    QHash<QString, bool> workflowStates() const { return m_enabled; }
    bool isWorkflowEnabled(const QString &workflowKey) const { return m_enabled.value(workflowKey, true); }

    QString currentWorkflowKey() const { return m_workflowKey; }
    const Workflow *currentWorkflow() const;
    void setCurrentWorkflow(const QString &workflowKey);

    // Edits; each returns whether it was saved and reports the outcome with message().
    bool setWorkflowEnabled(const QString &workflowKey, bool enabled);
    bool saveJob(const Job &job);
    bool saveTrigger(const Trigger &trigger);
    bool setEdgeEnabled(const QString &edgeKey, bool enabled);

    // "Upsert patient contact → Schedule welcome SMS", for messages.
    QString edgeDescription(const QString &edgeKey) const;

    // The URL a webhook trigger of the current project listens on.
    Result<QString> webhookUrl(const QString &workflowKey, const Trigger &trigger) const;

    // Passes a message of the view to whoever shows messages.
    void report(MessageLevel level, const QString &text) { emit message(level, text); }

public slots:
    // Re-reads the project from the store; keeps the current workflow when it still exists.
    bool reload();

signals:
    void projectReloaded();
    void currentWorkflowChanged(const QString &workflowKey);
    // After a successful edit, for the other views of the same project.
    void projectModified();
    void message(sb::MessageLevel level, const QString &text);

private:
    ProjectStore &m_projects;
    QString m_projectName;
    Project m_project;
    bool m_loaded = false;
    QHash<QString, bool> m_enabled;
    QString m_workflowKey;
};

} // namespace sb
