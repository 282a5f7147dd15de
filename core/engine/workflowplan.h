#pragma once

// A workflow as a run executes it: read from the snapshot the run records, so a run
// always does what the workflow was when it ran, whatever was edited since.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb {

struct PlanJob
{
    QString key;
    QString name;
    QString adaptor;
    QString credential;
    QString body;
};

struct PlanEdge
{
    QString sourceTrigger; // trigger key, or empty
    QString sourceJob;     // job key, or empty
    QString targetJob;
    QString condition;     // always | on_job_success | on_job_failure | js_expression
    QString label;
    QString expression;
    bool enabled = true;
};

struct WorkflowPlan
{
    QString key;
    QString name;
    QList<PlanJob> jobs;
    QList<PlanEdge> edges;
    QStringList triggerKeys;

    const PlanJob *job(const QString &key) const;
    // Enabled edges leaving a trigger (or, for `triggerKey` empty, leaving any trigger).
    QList<PlanEdge> edgesFromTrigger(const QString &triggerKey) const;
    QList<PlanEdge> edgesFromJob(const QString &jobKey) const;
    // Jobs nothing points at: where a run with no trigger edge starts.
    QStringList rootJobs() const;
};

// Parses a workflow_snapshots.definition.
Result<WorkflowPlan> parseWorkflowPlan(const QByteArray &definition);

} // namespace sb
