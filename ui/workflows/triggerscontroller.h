#pragma once

#include "common/result.h"
#include "main/messagebanner.h"
#include "project/model.h"
#include "triggertablemodel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <functional>

namespace sb {

class ProjectStore;

// Every trigger of the current project for the Triggers page: URL or schedule, its
// reading and next fire time; enabling and disabling them.
class TriggersController final : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit TriggersController(ProjectStore &projects, QObject *parent = nullptr);

    void setProjectName(const QString &projectName);
    QString projectName() const { return m_projectName; }
    QList<TriggerRow> rows() const { return m_rows; }
    bool setTriggerEnabled(const TriggerRow &row, bool enabled);
    // For tests: the time the next fires are computed from (default: now).
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // http://<listenAddress()>/i/<custom path or the generated webhook id>.
    static Result<QString> webhookUrl(const ProjectStore &projects, const QString &projectName,
                                      const QString &workflowKey, const Trigger &trigger);
    // What a webhook replies, in words.
    static QString replyModeText(const QString &webhookReply);

public slots:
    bool reload();

signals:
    void rowsChanged();
    void projectModified();
    void message(sb::MessageLevel level, const QString &text);

private:
    ProjectStore &m_projects;
    QString m_projectName;
    QList<TriggerRow> m_rows;
    Clock m_clock;
};

} // namespace sb
