#pragma once

#include "common/result.h"
#include "project/model.h"
#include "project/projectdiff.h"

#include <QList>
#include <QString>

namespace sb {

class Store;

struct ProjectInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    int workflowCount = 0;
};

// Console-side state of a workflow that is not part of the OpenFn spec.
struct WorkflowState
{
    QString key;
    bool enabled = true;
};

// Projects in the store: load them as the spec model, preview and apply an import in
// one transaction, and the edits the workflow views make. Reads use the calling
// thread's read connection; writes go through the store's writer thread and wait.
class ProjectStore final
{
public:
    explicit ProjectStore(Store &store);

    Store &store() const { return m_store; }

    QList<ProjectInfo> projects() const;
    bool hasProjects() const;
    Result<Project> load(const QString &projectName) const;

    // What importing `incoming` would change (matched to a stored project by name).
    Result<ProjectDiff> preview(const Project &incoming) const;
    // Applies the import in one transaction and returns what changed. Importing the
    // same project again returns an empty diff and writes nothing.
    Result<ProjectDiff> import(const Project &incoming);

    // Edits from the console. Each validates before writing and records an audit event.
    Status saveJob(const QString &projectName, const QString &workflowKey, const Job &job);
    Status saveTrigger(const QString &projectName, const QString &workflowKey, const Trigger &trigger);
    Status setEdgeEnabled(const QString &projectName, const QString &workflowKey,
                          const QString &edgeKey, bool enabled);
    Status setWorkflowEnabled(const QString &projectName, const QString &workflowKey, bool enabled);
    Result<QList<WorkflowState>> workflowStates(const QString &projectName) const;

    // Generated id of a webhook trigger's route (/i/<id>), stable across imports.
    Result<QString> webhookId(const QString &projectName, const QString &workflowKey,
                              const QString &triggerKey) const;

private:
    Store &m_store;
};

// Checks a job before it is saved: a name, a body, an adaptor of the form
// "@openfn/language-<name>@<version>" (or "@latest"), a credential the project knows.
Status validateJob(const Project &project, const Job &job);

} // namespace sb
