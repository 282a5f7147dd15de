#pragma once

// The project model: what an OpenFn project spec describes, independent of how it is
// stored. Keys are the spec's own keys (workflow and job keys, "source->target" for
// edges); they identify things across imports, so importing the same file twice
// changes nothing.

#include <QList>
#include <QString>

namespace sb {

enum class TriggerType { Webhook, Cron };
enum class ConditionType { Always, OnJobSuccess, OnJobFailure, JsExpression };

QString toString(TriggerType type);                 // "webhook" | "cron"
QString toString(ConditionType type);               // "always" | "on_job_success" | …
bool parseTriggerType(const QString &text, TriggerType *out);
bool parseConditionType(const QString &text, ConditionType *out);

struct CredentialRef
{
    QString key;   // the spec's key, e.g. "owner@example.org-Salesforce prod"
    QString name;
    QString owner;

    bool operator==(const CredentialRef &o) const
    {
        return key == o.key && name == o.name && owner == o.owner;
    }
    bool operator!=(const CredentialRef &o) const { return !(*this == o); }
};

struct Job
{
    QString key;        // spec key, unique in the workflow
    QString uuid;       // OpenFn's id when the spec carries one; kept for export
    QString name;
    QString adaptor;    // "@openfn/language-salesforce@4.0.5"
    QString credential; // key of a CredentialRef, or empty
    QString body;       // the JavaScript
    QString bodyPath;   // set when the spec said body: {path: …}; export writes it back that way

    bool operator==(const Job &o) const
    {
        return key == o.key && uuid == o.uuid && name == o.name && adaptor == o.adaptor
               && credential == o.credential && body == o.body && bodyPath == o.bodyPath;
    }
    bool operator!=(const Job &o) const { return !(*this == o); }
};

struct Trigger
{
    QString key; // "webhook", "cron", or any spec key
    QString uuid;
    TriggerType type = TriggerType::Webhook;
    bool enabled = true;
    QString cronExpression;        // cron only
    QString webhookReply;          // "before_start" | "after_completion" | empty (= before_start)
    QString webhookResponseConfig; // compact JSON of the spec's mapping, or empty
    QString customPath;            // webhook only, optional

    bool operator==(const Trigger &o) const
    {
        return key == o.key && uuid == o.uuid && type == o.type && enabled == o.enabled
               && cronExpression == o.cronExpression && webhookReply == o.webhookReply
               && webhookResponseConfig == o.webhookResponseConfig && customPath == o.customPath;
    }
    bool operator!=(const Trigger &o) const { return !(*this == o); }
};

struct Edge
{
    QString key; // "source->target"
    QString uuid;
    QString sourceTrigger; // trigger key, or empty
    QString sourceJob;     // job key, or empty (exactly one of the two is set)
    QString targetJob;     // job key
    ConditionType condition = ConditionType::Always;
    QString conditionLabel;
    QString conditionExpression; // js_expression only
    bool enabled = true;

    QString sourceKey() const { return sourceTrigger.isEmpty() ? sourceJob : sourceTrigger; }

    bool operator==(const Edge &o) const
    {
        return key == o.key && uuid == o.uuid && sourceTrigger == o.sourceTrigger
               && sourceJob == o.sourceJob && targetJob == o.targetJob && condition == o.condition
               && conditionLabel == o.conditionLabel
               && conditionExpression == o.conditionExpression && enabled == o.enabled;
    }
    bool operator!=(const Edge &o) const { return !(*this == o); }
};

struct Workflow
{
    QString key; // spec key
    QString uuid;
    QString name;
    QList<Job> jobs;         // in spec order
    QList<Trigger> triggers; // in spec order
    QList<Edge> edges;       // in spec order

    const Job *job(const QString &jobKey) const;
    const Trigger *trigger(const QString &triggerKey) const;
    const Edge *edge(const QString &edgeKey) const;

    bool operator==(const Workflow &o) const
    {
        return key == o.key && uuid == o.uuid && name == o.name && jobs == o.jobs
               && triggers == o.triggers && edges == o.edges;
    }
    bool operator!=(const Workflow &o) const { return !(*this == o); }
};

struct Project
{
    QString name;
    QString description;
    QList<CredentialRef> credentials;
    QList<Workflow> workflows;

    const Workflow *workflow(const QString &workflowKey) const;

    bool operator==(const Project &o) const
    {
        return name == o.name && description == o.description && credentials == o.credentials
               && workflows == o.workflows;
    }
    bool operator!=(const Project &o) const { return !(*this == o); }
};

// What is wrong with an adaptor string, if anything. The one rule for the spec reader and
// the job editor: "@openfn/language-<name>@<version|latest>".
enum class AdaptorProblem { None, NotAnAdaptor, NoVersion, BadVersion };
// `version` receives the text after the second '@' (when there is one).
AdaptorProblem checkAdaptor(const QString &adaptor, QString *version = nullptr);

// A user-facing string describing an edge's condition: "always", "on success",
// "on failure", or the JS expression's label (falling back to the expression).
QString conditionCaption(const Edge &edge);

} // namespace sb
