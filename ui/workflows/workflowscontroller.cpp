#include "workflowscontroller.h"

#include "project/projectstore.h"
#include "triggerscontroller.h"

namespace sb {

WorkflowsController::WorkflowsController(ProjectStore &projects, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
{
}

void WorkflowsController::setProjectName(const QString &projectName)
{
    if (projectName != m_projectName)
        m_workflowKey.clear();
    m_projectName = projectName;
    reload();
}

bool WorkflowsController::reload()
{
    bool ok = true;
    m_loaded = false;
    m_project = Project();
    m_enabled.clear();
    if (!m_projectName.isEmpty()) {
        Result<Project> project = m_projects.load(m_projectName);
        if (!project) {
            emit message(MessageLevel::Error, tr("Could not load the project “%1”: %2")
                                                  .arg(m_projectName, project.error().toString()));
            ok = false;
        } else {
            m_project = std::move(project).value();
            m_loaded = true;
            const Result<QList<WorkflowState>> states = m_projects.workflowStates(m_projectName);
            if (states) {
                for (const WorkflowState &state : states.value())
                    m_enabled.insert(state.key, state.enabled);
            } else {
                emit message(MessageLevel::Warning,
                             tr("Could not read which workflows are enabled: %1").arg(states.error().toString()));
            }
        }
    }
    const QString previous = m_workflowKey;
    if (!m_project.workflow(m_workflowKey))
        m_workflowKey = m_project.workflows.isEmpty() ? QString() : m_project.workflows.first().key;
    emit projectReloaded();
    if (m_workflowKey != previous)
        emit currentWorkflowChanged(m_workflowKey);
    return ok;
}

const Workflow *WorkflowsController::currentWorkflow() const
{
    return m_project.workflow(m_workflowKey);
}

void WorkflowsController::setCurrentWorkflow(const QString &workflowKey)
{
    if (workflowKey == m_workflowKey || !m_project.workflow(workflowKey))
        return;
    m_workflowKey = workflowKey;
    emit currentWorkflowChanged(m_workflowKey);
}

bool WorkflowsController::setWorkflowEnabled(const QString &workflowKey, bool enabled)
{
    const Workflow *workflow = m_project.workflow(workflowKey);
    const QString name = workflow && !workflow->name.isEmpty() ? workflow->name : workflowKey;
    const Status saved = m_projects.setWorkflowEnabled(m_projectName, workflowKey, enabled);
    if (!saved) {
        emit message(MessageLevel::Error, enabled ? tr("Could not enable “%1”: %2").arg(name, saved.error().toString())
                                                  : tr("Could not disable “%1”: %2").arg(name, saved.error().toString()));
        return false;
    }
    m_enabled.insert(workflowKey, enabled);
    emit message(MessageLevel::Positive,
                 enabled ? tr("Workflow “%1” enabled.").arg(name) : tr("Workflow “%1” disabled.").arg(name));
    emit projectModified();
    return true;
}

bool WorkflowsController::saveJob(const Job &job)
{
    const QString name = job.name.isEmpty() ? job.key : job.name;
    const Status valid = validateJob(m_project, job);
    if (!valid) {
        emit message(MessageLevel::Error, tr("Job “%1” not saved: %2").arg(name, valid.error().toString()));
        return false;
    }
    const Status saved = m_projects.saveJob(m_projectName, m_workflowKey, job);
    if (!saved) {
        emit message(MessageLevel::Error, tr("Job “%1” not saved: %2").arg(name, saved.error().toString()));
        return false;
    }
    emit message(MessageLevel::Positive, tr("Job “%1” saved.").arg(name));
    reload();
    emit projectModified();
    return true;
}

bool WorkflowsController::saveTrigger(const Trigger &trigger)
{
    const Status saved = m_projects.saveTrigger(m_projectName, m_workflowKey, trigger);
    if (!saved) {
        emit message(MessageLevel::Error, tr("Trigger not saved: %1").arg(saved.error().toString()));
        return false;
    }
    emit message(MessageLevel::Positive, tr("Trigger saved."));
    reload();
    emit projectModified();
    return true;
}

QString WorkflowsController::edgeDescription(const QString &edgeKey) const
{
    const Workflow *workflow = currentWorkflow();
    const Edge *edge = workflow ? workflow->edge(edgeKey) : nullptr;
    if (!edge)
        return edgeKey;
    auto jobName = [workflow](const QString &key) {
        const Job *job = workflow->job(key);
        return job && !job->name.isEmpty() ? job->name : key;
    };
    QString source;
    if (!edge->sourceTrigger.isEmpty()) {
        const Trigger *trigger = workflow->trigger(edge->sourceTrigger);
        source = trigger && trigger->type == TriggerType::Cron ? tr("cron trigger") : tr("webhook trigger");
    } else {
        source = jobName(edge->sourceJob);
    }
    return tr("%1 → %2").arg(source, jobName(edge->targetJob));
}

bool WorkflowsController::setEdgeEnabled(const QString &edgeKey, bool enabled)
{
    const QString what = edgeDescription(edgeKey);
    const Status saved = m_projects.setEdgeEnabled(m_projectName, m_workflowKey, edgeKey, enabled);
    if (!saved) {
        emit message(MessageLevel::Error, tr("Could not change the edge “%1”: %2").arg(what, saved.error().toString()));
        return false;
    }
    emit message(MessageLevel::Positive,
                 enabled ? tr("Edge “%1” enabled.").arg(what) : tr("Edge “%1” disabled.").arg(what));
    reload();
    emit projectModified();
    return true;
}

Result<QString> WorkflowsController::webhookUrl(const QString &workflowKey, const Trigger &trigger) const
{
    return TriggersController::webhookUrl(m_projects, m_projectName, workflowKey, trigger);
}

} // namespace sb
