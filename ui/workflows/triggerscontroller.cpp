#include "triggerscontroller.h"

#include "engine/enginesettings.h"

#include "common/paths.h"
#include "project/projectstore.h"
#include "scheduler/cronexpression.h"

namespace sb {

TriggersController::TriggersController(ProjectStore &projects, QObject *parent)
    : QObject(parent)
    , m_projects(projects)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
}

Result<QString> TriggersController::webhookUrl(const ProjectStore &projects, const QString &projectName,
                                               const QString &workflowKey, const Trigger &trigger)
{
    QString id = trigger.customPath;
    if (id.isEmpty()) {
        Result<QString> generated = projects.webhookId(projectName, workflowKey, trigger.key);
        if (!generated)
            return generated.error();
        id = generated.value();
    }
    while (id.startsWith(QLatin1Char('/')))
        id.remove(0, 1);
    // The address the inbox listens on (settings `inbox.listen`, set by --listen).
    return QString(QStringLiteral("http://") + listenAddress(projects.store()) + QStringLiteral("/i/") + id);
}

QString TriggersController::replyModeText(const QString &webhookReply)
{
    if (webhookReply == QLatin1String("after_completion"))
        return tr("replies when the run ends");
    return tr("replies at once");
}

void TriggersController::setProjectName(const QString &projectName)
{
    m_projectName = projectName;
    reload();
}

bool TriggersController::reload()
{
    QList<TriggerRow> rows;
    bool ok = true;
    if (!m_projectName.isEmpty()) {
        const Result<Project> project = m_projects.load(m_projectName);
        if (!project) {
            emit message(MessageLevel::Error,
                         tr("Could not load the triggers of “%1”: %2")
                             .arg(m_projectName, project.error().toString()));
            ok = false;
        } else {
            const QDateTime now = m_clock();
            for (const Workflow &workflow : project->workflows) {
                for (const Trigger &trigger : workflow.triggers) {
                    TriggerRow row;
                    row.workflowKey = workflow.key;
                    row.workflowName = workflow.name.isEmpty() ? workflow.key : workflow.name;
                    row.trigger = trigger;
                    if (trigger.type == TriggerType::Cron) {
                        row.endpoint = trigger.cronExpression;
                        const Result<CronExpression> cron = CronExpression::parse(trigger.cronExpression);
                        if (cron) {
                            row.reading = cron->describe();
                            row.nextFire = cron->nextFire(now);
                        } else {
                            row.reading = tr("invalid: %1").arg(cron.error().message);
                        }
                    } else {
                        const Result<QString> url = webhookUrl(m_projects, m_projectName, workflow.key, trigger);
                        row.endpoint = url ? url.value() : tr("unknown (%1)").arg(url.error().message);
                        row.reading = replyModeText(trigger.webhookReply);
                    }
                    rows.append(row);
                }
            }
        }
    }
    m_rows = rows;
    emit rowsChanged();
    return ok;
}

bool TriggersController::setTriggerEnabled(const TriggerRow &row, bool enabled)
{
    Trigger trigger = row.trigger;
    trigger.enabled = enabled;
    const Status saved = m_projects.saveTrigger(m_projectName, row.workflowKey, trigger);
    if (!saved) {
        emit message(MessageLevel::Error,
                     tr("Could not change the trigger of “%1”: %2").arg(row.workflowName, saved.error().toString()));
        return false;
    }
    emit message(MessageLevel::Positive, enabled ? tr("Trigger of “%1” enabled.").arg(row.workflowName)
                                                 : tr("Trigger of “%1” disabled.").arg(row.workflowName));
    reload();
    emit projectModified();
    return true;
}

} // namespace sb
