#include "workflowplan.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

QString text(const nlohmann::json &o, const char *key)
{
    auto it = o.find(key);
    return it != o.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

} // namespace

const PlanJob *WorkflowPlan::job(const QString &jobKey) const
{
    for (const PlanJob &j : jobs)
        if (j.key == jobKey)
            return &j;
    return nullptr;
}

QList<PlanEdge> WorkflowPlan::edgesFromTrigger(const QString &triggerKey) const
{
    QList<PlanEdge> out;
    for (const PlanEdge &e : edges)
        if (e.enabled && !e.sourceTrigger.isEmpty() && (triggerKey.isEmpty() || e.sourceTrigger == triggerKey))
            out << e;
    return out;
}

QList<PlanEdge> WorkflowPlan::edgesFromJob(const QString &jobKey) const
{
    QList<PlanEdge> out;
    for (const PlanEdge &e : edges)
        if (e.enabled && e.sourceJob == jobKey)
            out << e;
    return out;
}

QStringList WorkflowPlan::rootJobs() const
{
    QStringList roots;
    for (const PlanJob &j : jobs) {
        bool targeted = false;
        for (const PlanEdge &e : edges)
            targeted = targeted || (e.targetJob == j.key && !e.sourceJob.isEmpty());
        if (!targeted)
            roots << j.key;
    }
    return roots;
}

Result<WorkflowPlan> parseWorkflowPlan(const QByteArray &definition)
{
    const nlohmann::json doc = nlohmann::json::parse(definition.constBegin(), definition.constEnd(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object())
        return makeError(Tr::tr("The stored workflow version is damaged (not a JSON object); save the workflow "
                                "again to make a new version."));
    WorkflowPlan plan;
    plan.key = text(doc, "key");
    plan.name = text(doc, "name");
    for (const auto &j : doc.value("jobs", nlohmann::json::array()))
        plan.jobs << PlanJob{text(j, "key"), text(j, "name"), text(j, "adaptor"), text(j, "credential"), text(j, "body")};
    for (const auto &t : doc.value("triggers", nlohmann::json::array()))
        plan.triggerKeys << text(t, "key");
    for (const auto &e : doc.value("edges", nlohmann::json::array())) {
        PlanEdge edge;
        edge.sourceTrigger = text(e, "source_trigger");
        edge.sourceJob = text(e, "source_job");
        edge.targetJob = text(e, "target_job");
        edge.condition = text(e, "condition_type");
        edge.label = text(e, "condition_label");
        edge.expression = text(e, "condition_expression");
        edge.enabled = e.value("enabled", true);
        plan.edges << edge;
    }
    return plan;
}

} // namespace sb
