#include "model.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sb {

QString toString(TriggerType type)
{
    return type == TriggerType::Cron ? QStringLiteral("cron") : QStringLiteral("webhook");
}

QString toString(ConditionType type)
{
    switch (type) {
    case ConditionType::Always: return QStringLiteral("always");
    case ConditionType::OnJobSuccess: return QStringLiteral("on_job_success");
    case ConditionType::OnJobFailure: return QStringLiteral("on_job_failure");
    case ConditionType::JsExpression: return QStringLiteral("js_expression");
    }
    return QStringLiteral("always");
}

bool parseTriggerType(const QString &text, TriggerType *out)
{
    if (text == QLatin1String("webhook")) {
        *out = TriggerType::Webhook;
        return true;
    }
    if (text == QLatin1String("cron")) {
        *out = TriggerType::Cron;
        return true;
    }
    return false;
}

bool parseConditionType(const QString &text, ConditionType *out)
{
    static const ConditionType all[] = {ConditionType::Always, ConditionType::OnJobSuccess,
                                        ConditionType::OnJobFailure, ConditionType::JsExpression};
    for (ConditionType t : all) {
        if (text == toString(t)) {
            *out = t;
            return true;
        }
    }
    return false;
}

template<typename T>
static const T *findByKey(const QList<T> &list, const QString &key)
{
    for (const T &item : list)
        if (item.key == key)
            return &item;
    return nullptr;
}

const Job *Workflow::job(const QString &jobKey) const { return findByKey(jobs, jobKey); }
const Trigger *Workflow::trigger(const QString &triggerKey) const
{
    return findByKey(triggers, triggerKey);
}
const Edge *Workflow::edge(const QString &edgeKey) const { return findByKey(edges, edgeKey); }
const Workflow *Project::workflow(const QString &workflowKey) const
{
    return findByKey(workflows, workflowKey);
}

AdaptorProblem checkAdaptor(const QString &adaptor, QString *version)
{
    static const QRegularExpression form(QStringLiteral("^@(?:openfn|switchboard)/language-([a-z0-9][a-z0-9-]*)(?:@(.*))?$"));
    static const QRegularExpression versionForm(
        QStringLiteral("^(latest|[0-9]+\\.[0-9]+\\.[0-9]+(?:-[0-9A-Za-z.-]+)?(?:\\+[0-9A-Za-z.-]+)?)$"));
    const QRegularExpressionMatch m = form.match(adaptor);
    if (!m.hasMatch())
        return AdaptorProblem::NotAnAdaptor;
    if (!m.hasCaptured(2))
        return AdaptorProblem::NoVersion;
    if (version)
        *version = m.captured(2);
    return versionForm.match(m.captured(2)).hasMatch() ? AdaptorProblem::None : AdaptorProblem::BadVersion;
}

QString conditionCaption(const Edge &edge)
{
    switch (edge.condition) {
    case ConditionType::Always: return QCoreApplication::translate("sb::Edge", "always");
    case ConditionType::OnJobSuccess: return QCoreApplication::translate("sb::Edge", "on success");
    case ConditionType::OnJobFailure: return QCoreApplication::translate("sb::Edge", "on failure");
    case ConditionType::JsExpression:
        return edge.conditionLabel.isEmpty() ? edge.conditionExpression : edge.conditionLabel;
    }
    return {};
}

} // namespace sb
