#include "projectdiff.h"

#include "runtime/jobruntime.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace sb {

namespace {

const char kContext[] = "sb::ProjectDiff";

// Field names are the spec's own words, most consequential first.
QString credentialChanges(const CredentialRef &a, const CredentialRef &b)
{
    QStringList f;
    if (a.name != b.name)
        f << QStringLiteral("name");
    if (a.owner != b.owner)
        f << QStringLiteral("owner");
    return f.join(QLatin1String(", "));
}

QString workflowChanges(const Workflow &a, const Workflow &b)
{
    QStringList f;
    if (a.name != b.name)
        f << QStringLiteral("name");
    if (a.uuid != b.uuid)
        f << QStringLiteral("id");
    return f.join(QLatin1String(", "));
}

QString jobChanges(const Job &a, const Job &b)
{
    QStringList f;
    if (a.body != b.body)
        f << QStringLiteral("body");
    if (a.bodyPath != b.bodyPath)
        f << QStringLiteral("body path");
    if (a.adaptor != b.adaptor)
        f << QStringLiteral("adaptor");
    if (a.credential != b.credential)
        f << QStringLiteral("credential");
    if (a.name != b.name)
        f << QStringLiteral("name");
    if (a.uuid != b.uuid)
        f << QStringLiteral("id");
    return f.join(QLatin1String(", "));
}

QString triggerChanges(const Trigger &a, const Trigger &b)
{
    QStringList f;
    if (a.type != b.type)
        f << QStringLiteral("type");
    if (a.enabled != b.enabled)
        f << QStringLiteral("enabled");
    if (a.cronExpression != b.cronExpression)
        f << QStringLiteral("cron_expression");
    if (a.webhookReply != b.webhookReply)
        f << QStringLiteral("webhook_reply");
    if (a.webhookResponseConfig != b.webhookResponseConfig)
        f << QStringLiteral("webhook_response_config");
    if (a.customPath != b.customPath)
        f << QStringLiteral("custom_path");
    if (a.uuid != b.uuid)
        f << QStringLiteral("id");
    return f.join(QLatin1String(", "));
}

QString edgeChanges(const Edge &a, const Edge &b)
{
    QStringList f;
    if (a.sourceTrigger != b.sourceTrigger || a.sourceJob != b.sourceJob)
        f << QStringLiteral("source");
    if (a.targetJob != b.targetJob)
        f << QStringLiteral("target_job");
    if (a.condition != b.condition)
        f << QStringLiteral("condition_type");
    if (a.conditionExpression != b.conditionExpression)
        f << QStringLiteral("condition_expression");
    if (a.conditionLabel != b.conditionLabel)
        f << QStringLiteral("condition_label");
    if (a.enabled != b.enabled)
        f << QStringLiteral("enabled");
    if (a.uuid != b.uuid)
        f << QStringLiteral("id");
    return f.join(QLatin1String(", "));
}

void add(QList<Change> &out, ChangeKind kind, ObjectKind object, const QString &workflowKey, const QString &key,
         const QString &detail = {})
{
    out.append(Change{kind, object, workflowKey, key, detail});
}

template<typename T>
void addAll(QList<Change> &out, ChangeKind kind, ObjectKind object, const QString &workflowKey, const QList<T> &items)
{
    for (const T &item : items)
        add(out, kind, object, workflowKey, item.key);
}

// Incoming order for added and changed objects, then the removed ones in their old order.
template<typename T, typename Compare>
void diffList(QList<Change> &out, ObjectKind object, const QString &workflowKey, const QList<T> &current,
              const QList<T> &incoming, Compare changes)
{
    QHash<QString, const T *> byKey;
    byKey.reserve(current.size());
    for (const T &item : current)
        byKey.insert(item.key, &item);
    QSet<QString> incomingKeys;
    incomingKeys.reserve(incoming.size());
    for (const T &item : incoming) {
        incomingKeys.insert(item.key);
        const T *old = byKey.value(item.key);
        if (!old) {
            add(out, ChangeKind::Added, object, workflowKey, item.key);
        } else if (*old != item) {
            const QString detail = changes(*old, item);
            if (!detail.isEmpty())
                add(out, ChangeKind::Changed, object, workflowKey, item.key, detail);
        }
    }
    for (const T &item : current)
        if (!incomingKeys.contains(item.key))
            add(out, ChangeKind::Removed, object, workflowKey, item.key);
}

void addWholeWorkflow(QList<Change> &out, ChangeKind kind, const Workflow &wf)
{
    add(out, kind, ObjectKind::Workflow, QString(), wf.key);
    addAll(out, kind, ObjectKind::Job, wf.key, wf.jobs);
    addAll(out, kind, ObjectKind::Trigger, wf.key, wf.triggers);
    addAll(out, kind, ObjectKind::Edge, wf.key, wf.edges);
}

QString objectWord(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Project: return QCoreApplication::translate("sb::ProjectDiff", "project");
    case ObjectKind::Credential: return QCoreApplication::translate("sb::ProjectDiff", "credential");
    case ObjectKind::Workflow: return QCoreApplication::translate("sb::ProjectDiff", "workflow");
    case ObjectKind::Job: return QCoreApplication::translate("sb::ProjectDiff", "job");
    case ObjectKind::Trigger: return QCoreApplication::translate("sb::ProjectDiff", "trigger");
    case ObjectKind::Edge: return QCoreApplication::translate("sb::ProjectDiff", "edge");
    }
    return {};
}

// Qt without a loaded translation keeps the source text, so English plurals are resolved here.
QString plural(const char *text, int n)
{
    QString s = QCoreApplication::translate(kContext, text, nullptr, n);
    s.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return s;
}

} // namespace

int ProjectDiff::count(ChangeKind kind, ObjectKind object) const
{
    int n = 0;
    for (const Change &c : changes)
        if (c.kind == kind && c.object == object)
            ++n;
    return n;
}

QStringList ProjectDiff::lines() const
{
    QStringList result;
    result.reserve(changes.size());
    for (const Change &c : changes) {
        const QLatin1String prefix = c.kind == ChangeKind::Added     ? QLatin1String("+")
                                     : c.kind == ChangeKind::Changed ? QLatin1String("~")
                                                                     : QLatin1String("-");
        QString line = prefix + QLatin1Char(' ') + objectWord(c.object) + QLatin1String("  ");
        line += c.workflowKey.isEmpty() ? c.key : c.workflowKey + QLatin1String(" / ") + c.key;
        if (!c.detail.isEmpty())
            line += QLatin1String(" (") + c.detail + QLatin1Char(')');
        result << line;
    }
    return result;
}

QString ProjectDiff::summary() const
{
    static const char *const texts[6][3] = {
        {QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n project(s) added"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n project(s) changed"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n project(s) removed")},
        {QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n credential(s) added"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n credential(s) changed"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n credential(s) removed")},
        {QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n workflow(s) added"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n workflow(s) changed"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n workflow(s) removed")},
        {QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n job(s) added"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n job(s) changed"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n job(s) removed")},
        {QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n trigger(s) added"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n trigger(s) changed"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n trigger(s) removed")},
        {QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n edge(s) added"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n edge(s) changed"),
         QT_TRANSLATE_N_NOOP("sb::ProjectDiff", "%n edge(s) removed")},
    };
    static const ObjectKind objects[6] = {ObjectKind::Project, ObjectKind::Credential, ObjectKind::Workflow,
                                          ObjectKind::Job,     ObjectKind::Trigger,    ObjectKind::Edge};
    static const ChangeKind kinds[3] = {ChangeKind::Added, ChangeKind::Changed, ChangeKind::Removed};
    QStringList parts;
    for (int o = 0; o < 6; ++o)
        for (int k = 0; k < 3; ++k)
            if (const int n = count(kinds[k], objects[o]); n > 0)
                parts << plural(texts[o][k], n);
    return parts.isEmpty() ? QCoreApplication::translate("sb::ProjectDiff", "no changes") : parts.join(QLatin1String(", "));
}

QStringList adaptorWarnings(const Project &project)
{
    QStringList out;
    for (const Workflow &wf : project.workflows) {
        for (const Job &job : wf.jobs) {
            const auto adaptor = resolveAdaptor(job.adaptor);
            if (!adaptor)
                out << QCoreApplication::translate("sb::ProjectDiff", "Job “%1” of workflow “%2” cannot run: %3")
                           .arg(job.name.isEmpty() ? job.key : job.name, wf.name.isEmpty() ? wf.key : wf.name,
                                adaptor.error().message);
        }
    }
    return out;
}

ProjectDiff diffProjects(const Project *current, const Project &incoming)
{
    ProjectDiff diff;
    diff.warnings = adaptorWarnings(incoming);
    diff.projectName = incoming.name;
    diff.newProject = current == nullptr;
    QList<Change> &out = diff.changes;

    if (!current) {
        add(out, ChangeKind::Added, ObjectKind::Project, QString(), incoming.name);
        addAll(out, ChangeKind::Added, ObjectKind::Credential, QString(), incoming.credentials);
        for (const Workflow &wf : incoming.workflows)
            addWholeWorkflow(out, ChangeKind::Added, wf);
        return diff;
    }

    QStringList projectFields;
    if (current->name != incoming.name)
        projectFields << QStringLiteral("name");
    if (current->description != incoming.description)
        projectFields << QStringLiteral("description");
    if (!projectFields.isEmpty())
        add(out, ChangeKind::Changed, ObjectKind::Project, QString(), incoming.name,
            projectFields.join(QLatin1String(", ")));

    diffList(out, ObjectKind::Credential, QString(), current->credentials, incoming.credentials, credentialChanges);

    QHash<QString, const Workflow *> currentWorkflows;
    currentWorkflows.reserve(current->workflows.size());
    for (const Workflow &wf : current->workflows)
        currentWorkflows.insert(wf.key, &wf);
    QSet<QString> incomingKeys;
    for (const Workflow &wf : incoming.workflows) {
        incomingKeys.insert(wf.key);
        const Workflow *old = currentWorkflows.value(wf.key);
        if (!old) {
            addWholeWorkflow(out, ChangeKind::Added, wf);
            continue;
        }
        if (const QString detail = workflowChanges(*old, wf); !detail.isEmpty())
            add(out, ChangeKind::Changed, ObjectKind::Workflow, QString(), wf.key, detail);
        diffList(out, ObjectKind::Job, wf.key, old->jobs, wf.jobs, jobChanges);
        diffList(out, ObjectKind::Trigger, wf.key, old->triggers, wf.triggers, triggerChanges);
        diffList(out, ObjectKind::Edge, wf.key, old->edges, wf.edges, edgeChanges);
    }
    for (const Workflow &wf : current->workflows)
        if (!incomingKeys.contains(wf.key))
            addWholeWorkflow(out, ChangeKind::Removed, wf);
    return diff;
}

QString toString(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Changed: return QStringLiteral("changed");
    case ChangeKind::Removed: return QStringLiteral("removed");
    }
    return {};
}

QString toString(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Project: return QStringLiteral("project");
    case ObjectKind::Credential: return QStringLiteral("credential");
    case ObjectKind::Workflow: return QStringLiteral("workflow");
    case ObjectKind::Job: return QStringLiteral("job");
    case ObjectKind::Trigger: return QStringLiteral("trigger");
    case ObjectKind::Edge: return QStringLiteral("edge");
    }
    return {};
}

} // namespace sb
