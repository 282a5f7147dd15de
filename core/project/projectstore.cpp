#include "projectstore.h"

#include "common/sysinfo.h"

#include "credentials/credentialtypes.h"
#include "credentials/keychain.h"

#include "scheduler/cronexpression.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::ProjectStore)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString actor()
{
    return accountName();
}

Error sqlError(const QSqlQuery &q)
{
    return makeError(Tr::tr("Database error: %1").arg(q.lastError().text()));
}

// A prepared query with binds, executed; on failure the error is in `status`.
struct Query
{
    QSqlQuery q;
    Status status = Ok{};

    Query(QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}) : q(db)
    {
        if (!q.prepare(sql)) {
            status = sqlError(q);
            return;
        }
        for (const QVariant &b : binds)
            bindValue(q, b);
        if (!q.exec())
            status = sqlError(q);
    }
    bool next() { return status.ok() && q.next(); }
    QVariant value(int i) const { return q.value(i); }
};

Result<qint64> findProjectId(QSqlDatabase &db, const QString &name)
{
    Query q(db, QStringLiteral("SELECT id FROM projects WHERE name = ?"), {name});
    if (!q.status)
        return q.status.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> findWorkflowId(QSqlDatabase &db, const QString &projectName, const QString &workflowKey)
{
    Query q(db, QStringLiteral("SELECT w.id FROM workflows w JOIN projects p ON p.id = w.project_id "
                               "WHERE p.name = ? AND w.key = ? AND w.deleted_at IS NULL"),
            {projectName, workflowKey});
    if (!q.status)
        return q.status.error();
    if (!q.next())
        return makeError(Tr::tr("Workflow \"%1\" is not in project \"%2\".").arg(workflowKey, projectName));
    return q.value(0).toLongLong();
}

Result<Project> loadProject(QSqlDatabase &db, const QString &name)
{
    Query p(db, QStringLiteral("SELECT id, name, description FROM projects WHERE name = ?"), {name});
    if (!p.status)
        return p.status.error();
    if (!p.next())
        return makeError(Tr::tr("There is no project named \"%1\" in this store.").arg(name));
    const qint64 projectId = p.value(0).toLongLong();
    Project project;
    project.name = p.value(1).toString();
    project.description = p.value(2).toString();

    Query c(db, QStringLiteral("SELECT key, name, owner FROM credentials WHERE project_id = ? ORDER BY position, id"),
            {projectId});
    while (c.next())
        project.credentials.append({c.value(0).toString(), c.value(1).toString(), c.value(2).toString()});
    if (!c.status)
        return c.status.error();

    QHash<qint64, int> workflowIndex;
    Query w(db, QStringLiteral("SELECT id, key, uuid, name FROM workflows WHERE project_id = ? "
                               "AND deleted_at IS NULL ORDER BY position, id"),
            {projectId});
    while (w.next()) {
        Workflow wf;
        wf.key = w.value(1).toString();
        wf.uuid = w.value(2).toString();
        wf.name = w.value(3).toString();
        workflowIndex.insert(w.value(0).toLongLong(), int(project.workflows.size()));
        project.workflows.append(wf);
    }
    if (!w.status)
        return w.status.error();

    Query j(db, QStringLiteral("SELECT j.workflow_id, j.key, j.uuid, j.name, j.adaptor, j.credential_key, "
                               "j.body, j.body_path FROM jobs j JOIN workflows w ON w.id = j.workflow_id "
                               "WHERE w.project_id = ? AND w.deleted_at IS NULL ORDER BY j.position, j.id"),
            {projectId});
    while (j.next()) {
        Job job;
        job.key = j.value(1).toString();
        job.uuid = j.value(2).toString();
        job.name = j.value(3).toString();
        job.adaptor = j.value(4).toString();
        job.credential = j.value(5).toString();
        job.body = j.value(6).toString();
        job.bodyPath = j.value(7).toString();
        project.workflows[workflowIndex.value(j.value(0).toLongLong())].jobs.append(job);
    }
    if (!j.status)
        return j.status.error();

    Query t(db, QStringLiteral("SELECT t.workflow_id, t.key, t.uuid, t.type, t.enabled, t.cron_expression, "
                               "t.webhook_reply, t.webhook_response_config, t.custom_path FROM triggers t "
                               "JOIN workflows w ON w.id = t.workflow_id WHERE w.project_id = ? "
                               "AND w.deleted_at IS NULL ORDER BY t.position, t.id"),
            {projectId});
    while (t.next()) {
        Trigger trigger;
        trigger.key = t.value(1).toString();
        trigger.uuid = t.value(2).toString();
        parseTriggerType(t.value(3).toString(), &trigger.type);
        trigger.enabled = t.value(4).toBool();
        trigger.cronExpression = t.value(5).toString();
        trigger.webhookReply = t.value(6).toString();
        trigger.webhookResponseConfig = t.value(7).toString();
        trigger.customPath = t.value(8).toString();
        project.workflows[workflowIndex.value(t.value(0).toLongLong())].triggers.append(trigger);
    }
    if (!t.status)
        return t.status.error();

    Query e(db, QStringLiteral("SELECT e.workflow_id, e.key, e.uuid, st.key, sj.key, tj.key, e.condition_type, "
                               "e.condition_label, e.condition_expression, e.enabled FROM edges e "
                               "JOIN workflows w ON w.id = e.workflow_id "
                               "LEFT JOIN triggers st ON st.id = e.source_trigger_id "
                               "LEFT JOIN jobs sj ON sj.id = e.source_job_id "
                               "JOIN jobs tj ON tj.id = e.target_job_id "
                               "WHERE w.project_id = ? AND w.deleted_at IS NULL ORDER BY e.position, e.id"),
            {projectId});
    while (e.next()) {
        Edge edge;
        edge.key = e.value(1).toString();
        edge.uuid = e.value(2).toString();
        edge.sourceTrigger = e.value(3).toString();
        edge.sourceJob = e.value(4).toString();
        edge.targetJob = e.value(5).toString();
        parseConditionType(e.value(6).toString(), &edge.condition);
        edge.conditionLabel = e.value(7).toString();
        edge.conditionExpression = e.value(8).toString();
        edge.enabled = e.value(9).toBool();
        project.workflows[workflowIndex.value(e.value(0).toLongLong())].edges.append(edge);
    }
    if (!e.status)
        return e.status.error();
    return project;
}

nlohmann::json workflowJson(const Workflow &wf)
{
    auto s = [](const QString &v) { return v.toStdString(); };
    nlohmann::json jobs = nlohmann::json::array();
    for (const Job &j : wf.jobs)
        jobs.push_back({{"key", s(j.key)}, {"name", s(j.name)}, {"adaptor", s(j.adaptor)},
                        {"credential", s(j.credential)}, {"body", s(j.body)}});
    nlohmann::json triggers = nlohmann::json::array();
    for (const Trigger &t : wf.triggers)
        triggers.push_back({{"key", s(t.key)}, {"type", s(toString(t.type))}, {"enabled", t.enabled},
                            {"cron_expression", s(t.cronExpression)}, {"webhook_reply", s(t.webhookReply)},
                            {"custom_path", s(t.customPath)}});
    nlohmann::json edges = nlohmann::json::array();
    for (const Edge &e : wf.edges)
        edges.push_back({{"key", s(e.key)}, {"source_trigger", s(e.sourceTrigger)}, {"source_job", s(e.sourceJob)},
                         {"target_job", s(e.targetJob)}, {"condition_type", s(toString(e.condition))},
                         {"condition_label", s(e.conditionLabel)},
                         {"condition_expression", s(e.conditionExpression)}, {"enabled", e.enabled}});
    return {{"key", s(wf.key)}, {"name", s(wf.name)}, {"jobs", jobs}, {"triggers", triggers}, {"edges", edges}};
}

Status audit(QSqlDatabase &db, qint64 projectId, const QString &action, const QString &objectType,
             const QString &objectKey, const nlohmann::json &detail)
{
    return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, "
                                   "project_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {now(), actor(), action, objectType, objectKey, projectId,
                 QString::fromStdString(detail.dump())});
}

// Records `wf` (what workflow `workflowId` now holds) under a new version, for runs to
// refer to.
Status snapshotWorkflow(QSqlDatabase &db, qint64 workflowId, const Workflow &wf)
{
    Status s = exec(db, QStringLiteral("UPDATE workflows SET version = version + 1, updated_at = ? WHERE id = ?"),
                    {now(), workflowId});
    if (!s)
        return s;
    return exec(db, QStringLiteral("INSERT INTO workflow_snapshots (workflow_id, version, definition, created_at) "
                                   "SELECT id, version, ?, ? FROM workflows WHERE id = ?"),
                {QString::fromStdString(workflowJson(wf).dump()), now(), workflowId});
}

// Same, reading the workflow back from the store after an edit.
Status snapshotStoredWorkflow(QSqlDatabase &db, qint64 workflowId, const QString &projectName,
                              const QString &workflowKey)
{
    const Result<Project> project = loadProject(db, projectName);
    if (!project)
        return project.error();
    const Workflow *wf = project->workflow(workflowKey);
    if (!wf)
        return makeError(Tr::tr("Workflow \"%1\" is not in project \"%2\".").arg(workflowKey, projectName));
    return snapshotWorkflow(db, workflowId, *wf);
}

// Deletes the rows of `table` (children of `parentColumn` = `parentId`) whose key is not
// in `keep`; returns the ids of the rows kept, by key. Table and column names are ours.
Result<QHash<QString, qint64>> pruneByKey(QSqlDatabase &db, const char *table, const char *parentColumn,
                                          qint64 parentId, const QSet<QString> &keep)
{
    const QString tableName = QString::fromLatin1(table);
    Query q(db, QStringLiteral("SELECT id, key FROM ") + tableName + QStringLiteral(" WHERE ")
                    + QString::fromLatin1(parentColumn) + QStringLiteral(" = ?"),
            {parentId});
    QHash<QString, qint64> kept;
    QList<qint64> stale;
    while (q.next()) {
        const QString key = q.value(1).toString();
        if (keep.contains(key))
            kept.insert(key, q.value(0).toLongLong());
        else
            stale << q.value(0).toLongLong();
    }
    if (!q.status)
        return q.status.error();
    for (qint64 id : stale)
        if (Status s = exec(db, QStringLiteral("DELETE FROM ") + tableName + QStringLiteral(" WHERE id = ?"), {id}); !s)
            return s.error();
    return kept;
}

template<typename T>
QSet<QString> keysOf(const QList<T> &items)
{
    QSet<QString> keys;
    for (const T &item : items)
        keys.insert(item.key);
    return keys;
}

// Makes the stored workflow `workflowId` hold exactly `wf`'s jobs, triggers and edges.
Status syncWorkflow(QSqlDatabase &db, qint64 workflowId, const Workflow &wf)
{
    const qint64 t = now();

    // Edges first: they reference jobs and triggers that may be replaced.
    if (auto pruned = pruneByKey(db, "edges", "workflow_id", workflowId, keysOf(wf.edges)); !pruned)
        return pruned.error();

    // Jobs: upsert by key, then delete the ones no longer there.
    for (int i = 0; i < wf.jobs.size(); ++i) {
        const Job &j = wf.jobs[i];
        Status s = exec(db, QStringLiteral(
            "INSERT INTO jobs (workflow_id, key, uuid, name, adaptor, credential_key, body, body_path, position, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workflow_id, key) DO UPDATE SET "
            "uuid = excluded.uuid, name = excluded.name, adaptor = excluded.adaptor, "
            "credential_key = excluded.credential_key, body = excluded.body, body_path = excluded.body_path, "
            "position = excluded.position, updated_at = excluded.updated_at"),
            {workflowId, j.key, j.uuid, j.name, j.adaptor, j.credential, j.body, j.bodyPath, i, t});
        if (!s)
            return s;
    }
    auto jobIds = pruneByKey(db, "jobs", "workflow_id", workflowId, keysOf(wf.jobs));
    if (!jobIds)
        return jobIds.error();

    for (int i = 0; i < wf.triggers.size(); ++i) {
        const Trigger &tr = wf.triggers[i];
        const QString webhookId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        Status s = exec(db, QStringLiteral(
            "INSERT INTO triggers (workflow_id, key, uuid, type, enabled, cron_expression, webhook_reply, "
            "webhook_response_config, custom_path, webhook_id, position, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workflow_id, key) DO UPDATE SET "
            "uuid = excluded.uuid, type = excluded.type, enabled = excluded.enabled, "
            "cron_expression = excluded.cron_expression, webhook_reply = excluded.webhook_reply, "
            "webhook_response_config = excluded.webhook_response_config, custom_path = excluded.custom_path, "
            "position = excluded.position, updated_at = excluded.updated_at"),
            {workflowId, tr.key, tr.uuid, toString(tr.type), tr.enabled, tr.cronExpression, tr.webhookReply,
             tr.webhookResponseConfig, tr.customPath, webhookId, i, t});
        if (!s)
            return s;
    }
    auto triggerIds = pruneByKey(db, "triggers", "workflow_id", workflowId, keysOf(wf.triggers));
    if (!triggerIds)
        return triggerIds.error();

    for (int i = 0; i < wf.edges.size(); ++i) {
        const Edge &e = wf.edges[i];
        const QVariant sourceTrigger = e.sourceTrigger.isEmpty() ? QVariant() : QVariant(triggerIds->value(e.sourceTrigger));
        const QVariant sourceJob = e.sourceJob.isEmpty() ? QVariant() : QVariant(jobIds->value(e.sourceJob));
        if (!jobIds->contains(e.targetJob))
            return makeError(Tr::tr("Edge \"%1\" points to job \"%2\", which is not in workflow \"%3\".")
                                 .arg(e.key, e.targetJob, wf.key));
        Status s = exec(db, QStringLiteral(
            "INSERT INTO edges (workflow_id, key, uuid, source_trigger_id, source_job_id, target_job_id, "
            "condition_type, condition_label, condition_expression, enabled, position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (workflow_id, key) DO UPDATE SET "
            "uuid = excluded.uuid, source_trigger_id = excluded.source_trigger_id, "
            "source_job_id = excluded.source_job_id, target_job_id = excluded.target_job_id, "
            "condition_type = excluded.condition_type, condition_label = excluded.condition_label, "
            "condition_expression = excluded.condition_expression, enabled = excluded.enabled, "
            "position = excluded.position"),
            {workflowId, e.key, e.uuid, sourceTrigger, sourceJob, jobIds->value(e.targetJob), toString(e.condition),
             e.conditionLabel, e.conditionExpression, e.enabled, i});
        if (!s)
            return s;
    }
    return Ok{};
}

Status applyImport(QSqlDatabase &db, const Project &incoming, const ProjectDiff &diff)
{
    const qint64 t = now();
    Result<qint64> found = findProjectId(db, incoming.name);
    if (!found)
        return found.error();
    qint64 projectId = found.value();
    if (projectId == 0) {
        Query q(db, QStringLiteral("INSERT INTO projects (name, description, created_at, updated_at) VALUES (?, ?, ?, ?)"),
                {incoming.name, incoming.description, t, t});
        if (!q.status)
            return q.status;
        projectId = q.q.lastInsertId().toLongLong();
    } else if (Status s = exec(db, QStringLiteral("UPDATE projects SET description = ?, updated_at = ? WHERE id = ?"),
                               {incoming.description, t, projectId});
               !s) {
        return s;
    }

    // A new credential gets the type its jobs' adaptor implies (salesforce for jobs on
    // language-salesforce), so its form asks the right fields; it has no secret yet
    // ("secret missing") until someone fills it in.
    QHash<QString, QString> impliedType;
    for (const Workflow &wf : incoming.workflows)
        for (const Job &j : wf.jobs)
            if (!j.credential.isEmpty()) {
                const QString type = credentials::typeForAdaptor(j.adaptor);
                auto it = impliedType.find(j.credential);
                if (it == impliedType.end())
                    impliedType.insert(j.credential, type);
                else if (*it != type)
                    *it = QStringLiteral("raw");
            }
    for (int i = 0; i < incoming.credentials.size(); ++i) {
        const CredentialRef &c = incoming.credentials[i];
        Status s = exec(db, QStringLiteral(
            "INSERT INTO credentials (project_id, key, name, owner, type, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project_id, key) DO UPDATE SET name = excluded.name, "
            "owner = excluded.owner, position = excluded.position, updated_at = excluded.updated_at "
            "WHERE name IS NOT excluded.name OR owner IS NOT excluded.owner OR position IS NOT excluded.position"),
            {projectId, c.key, c.name, c.owner, impliedType.value(c.key, QStringLiteral("raw")), i, t, t});
        if (!s)
            return s;
    }
    if (auto pruned = pruneByKey(db, "credentials", "project_id", projectId, keysOf(incoming.credentials)); !pruned)
        return pruned.error();

    QSet<QString> touched;
    for (const Change &c : diff.changes)
        if (!c.workflowKey.isEmpty())
            touched.insert(c.workflowKey);
        else if (c.object == ObjectKind::Workflow)
            touched.insert(c.key);

    for (int i = 0; i < incoming.workflows.size(); ++i) {
        const Workflow &wf = incoming.workflows[i];
        // Position, name and undeletion for every workflow; content only where it changed.
        Query q(db, QStringLiteral(
            "INSERT INTO workflows (project_id, key, uuid, name, position, version, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, 0, ?, ?) ON CONFLICT (project_id, key) DO UPDATE SET uuid = excluded.uuid, "
            "name = excluded.name, position = excluded.position, deleted_at = NULL, updated_at = excluded.updated_at "
            "WHERE uuid IS NOT excluded.uuid OR name IS NOT excluded.name OR position IS NOT excluded.position "
            "OR deleted_at IS NOT NULL"),
            {projectId, wf.key, wf.uuid, wf.name, i, t, t});
        if (!q.status)
            return q.status;
        if (!touched.contains(wf.key))
            continue;
        const Result<qint64> id = findWorkflowId(db, incoming.name, wf.key);
        if (!id)
            return id.error();
        if (Status s = syncWorkflow(db, id.value(), wf); !s)
            return s;
        if (Status s = snapshotWorkflow(db, id.value(), wf); !s)
            return s;
    }

    // Removed workflows are kept (soft-deleted) so their history stays readable; their
    // triggers go, so nothing starts them any more.
    QStringList incomingKeys;
    for (const Workflow &wf : incoming.workflows)
        incomingKeys << wf.key;
    {
        Query q(db, QStringLiteral("SELECT id, key FROM workflows WHERE project_id = ? AND deleted_at IS NULL"),
                {projectId});
        QList<qint64> removed;
        while (q.next())
            if (!incomingKeys.contains(q.value(1).toString()))
                removed << q.value(0).toLongLong();
        if (!q.status)
            return q.status;
        for (qint64 id : removed) {
            if (Status s = exec(db, QStringLiteral("DELETE FROM triggers WHERE workflow_id = ?"), {id}); !s)
                return s;
            if (Status s = exec(db, QStringLiteral("UPDATE workflows SET deleted_at = ?, updated_at = ? WHERE id = ?"),
                                {t, t, id});
                !s)
                return s;
        }
    }

    nlohmann::json detail = {{"summary", diff.summary().toStdString()}, {"changes", diff.changes.size()}};
    return audit(db, projectId, QStringLiteral("import"), QStringLiteral("project"), incoming.name, detail);
}

} // namespace

ProjectStore::ProjectStore(Store &store) : m_store(store) {}

QList<ProjectInfo> ProjectStore::projects() const
{
    QList<ProjectInfo> result;
    QSqlDatabase db = m_store.readConnection();
    Query q(db, QStringLiteral("SELECT p.id, p.name, p.description, "
                               "(SELECT COUNT(*) FROM workflows w WHERE w.project_id = p.id AND w.deleted_at IS NULL) "
                               "FROM projects p ORDER BY p.name"));
    while (q.next())
        result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    if (!q.status)
        qWarning("sb::ProjectStore: %s", qPrintable(q.status.error().message));
    return result;
}

bool ProjectStore::hasProjects() const
{
    QSqlDatabase db = m_store.readConnection();
    Query q(db, QStringLiteral("SELECT 1 FROM projects LIMIT 1"));
    return q.next();
}

Result<Project> ProjectStore::load(const QString &projectName) const
{
    QSqlDatabase db = m_store.readConnection();
    return loadProject(db, projectName);
}

Result<ProjectDiff> ProjectStore::preview(const Project &incoming) const
{
    QSqlDatabase db = m_store.readConnection();
    const Result<qint64> id = findProjectId(db, incoming.name);
    if (!id)
        return id.error();
    if (id.value() == 0)
        return diffProjects(nullptr, incoming);
    const Result<Project> current = loadProject(db, incoming.name);
    if (!current)
        return current.error();
    return diffProjects(&current.value(), incoming);
}

Result<ProjectDiff> ProjectStore::import(const Project &incoming)
{
    ProjectDiff diff;
    QStringList orphaned;
    const Status s = m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        // Diff inside the writer's transaction, so it is against what is really there.
        const Result<qint64> id = findProjectId(db, incoming.name);
        if (!id)
            return id.error();
        if (id.value() == 0) {
            diff = diffProjects(nullptr, incoming);
        } else {
            const Result<Project> current = loadProject(db, incoming.name);
            if (!current)
                return current.error();
            diff = diffProjects(&current.value(), incoming);
        }
        if (diff.isEmpty())
            return Ok{};
        // The keychain entries of credentials this import removes, to remove once it
        // committed (the keychain is not part of the transaction).
        if (id.value() != 0) {
            QSet<QString> kept;
            for (const CredentialRef &c : incoming.credentials)
                kept.insert(c.key);
            QSqlQuery q(db);
            if (runQuery(q, QStringLiteral("SELECT c.key, e.keychain_ref FROM credential_environments e JOIN credentials c "
                                           "ON c.id = e.credential_id WHERE c.project_id = ? AND e.keychain_ref <> ''"),
                         {id.value()}))
                while (q.next())
                    if (!kept.contains(q.value(0).toString()))
                        orphaned << q.value(1).toString();
        }
        return applyImport(db, incoming, diff);
    });
    if (!s)
        return s.error();
    // Best effort: an entry left behind (keychain locked) holds a secret no job can reach.
    for (const QString &ref : std::as_const(orphaned))
        credentials::Keychain::instance().removeNow(ref);
    return diff;
}

Status ProjectStore::saveJob(const QString &projectName, const QString &workflowKey, const Job &job)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const Result<Project> project = loadProject(db, projectName);
        if (!project)
            return project.error();
        const Workflow *wf = project->workflow(workflowKey);
        if (!wf)
            return makeError(Tr::tr("Workflow \"%1\" is not in project \"%2\".").arg(workflowKey, projectName));
        const Job *old = wf->job(job.key);
        if (!old)
            return makeError(Tr::tr("Job \"%1\" is not in workflow \"%2\"; it may have been removed by an import.")
                                 .arg(job.key, wf->name));
        if (Status v = validateJob(project.value(), job); !v)
            return v;
        if (*old == job)
            return Ok{};
        const Result<qint64> workflowId = findWorkflowId(db, projectName, workflowKey);
        if (!workflowId)
            return workflowId.error();
        Status s = exec(db, QStringLiteral("UPDATE jobs SET name = ?, adaptor = ?, credential_key = ?, body = ?, "
                                           "updated_at = ? WHERE workflow_id = ? AND key = ?"),
                        {job.name, job.adaptor, job.credential, job.body, now(), workflowId.value(), job.key});
        if (!s)
            return s;
        if (s = snapshotStoredWorkflow(db, workflowId.value(), projectName, workflowKey); !s)
            return s;
        QStringList fields;
        if (old->name != job.name) fields << QStringLiteral("name");
        if (old->adaptor != job.adaptor) fields << QStringLiteral("adaptor");
        if (old->credential != job.credential) fields << QStringLiteral("credential");
        if (old->body != job.body) fields << QStringLiteral("body");
        const Result<qint64> pid = findProjectId(db, projectName);
        return audit(db, pid ? pid.value() : 0, QStringLiteral("edit"), QStringLiteral("job"),
                     workflowKey + QLatin1Char('/') + job.key,
                     {{"fields", fields.join(QStringLiteral(", ")).toStdString()}});
    });
}

Status ProjectStore::saveTrigger(const QString &projectName, const QString &workflowKey, const Trigger &trigger)
{
    if (trigger.type == TriggerType::Cron) {
        const Result<CronExpression> cron = CronExpression::parse(trigger.cronExpression);
        if (!cron)
            return makeError(Tr::tr("The cron expression is not valid: %1").arg(cron.error().message));
    }
    if (!trigger.webhookReply.isEmpty() && trigger.webhookReply != QLatin1String("before_start")
        && trigger.webhookReply != QLatin1String("after_completion"))
        return makeError(Tr::tr("Reply mode must be before_start or after_completion."));
    static const QRegularExpression pathRe(QStringLiteral("^[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*$"));
    if (!trigger.customPath.isEmpty() && !pathRe.match(trigger.customPath).hasMatch())
        return makeError(Tr::tr("The custom path \"%1\" may only use letters, digits, '-', '_', '.', '~' and '/' "
                            "between segments.").arg(trigger.customPath));
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const Result<qint64> workflowId = findWorkflowId(db, projectName, workflowKey);
        if (!workflowId)
            return workflowId.error();
        Query q(db, QStringLiteral("UPDATE triggers SET enabled = ?, cron_expression = ?, webhook_reply = ?, "
                                   "custom_path = ?, updated_at = ? WHERE workflow_id = ? AND key = ?"),
                {trigger.enabled, trigger.type == TriggerType::Cron ? trigger.cronExpression : QString(),
                 trigger.webhookReply, trigger.customPath, now(), workflowId.value(), trigger.key});
        if (!q.status)
            return q.status;
        if (q.q.numRowsAffected() == 0)
            return makeError(Tr::tr("Trigger \"%1\" is not in workflow \"%2\".").arg(trigger.key, workflowKey));
        if (Status s = snapshotStoredWorkflow(db, workflowId.value(), projectName, workflowKey); !s)
            return s;
        const Result<qint64> pid = findProjectId(db, projectName);
        return audit(db, pid ? pid.value() : 0, QStringLiteral("edit"), QStringLiteral("trigger"),
                     workflowKey + QLatin1Char('/') + trigger.key,
                     {{"enabled", trigger.enabled}, {"cron_expression", trigger.cronExpression.toStdString()}});
    });
}

Status ProjectStore::setEdgeEnabled(const QString &projectName, const QString &workflowKey,
                                    const QString &edgeKey, bool enabled)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const Result<qint64> workflowId = findWorkflowId(db, projectName, workflowKey);
        if (!workflowId)
            return workflowId.error();
        Query q(db, QStringLiteral("UPDATE edges SET enabled = ? WHERE workflow_id = ? AND key = ?"),
                {enabled, workflowId.value(), edgeKey});
        if (!q.status)
            return q.status;
        if (q.q.numRowsAffected() == 0)
            return makeError(Tr::tr("Edge \"%1\" is not in workflow \"%2\".").arg(edgeKey, workflowKey));
        if (Status s = snapshotStoredWorkflow(db, workflowId.value(), projectName, workflowKey); !s)
            return s;
        const Result<qint64> pid = findProjectId(db, projectName);
        return audit(db, pid ? pid.value() : 0, enabled ? QStringLiteral("enable") : QStringLiteral("disable"),
                     QStringLiteral("edge"), workflowKey + QLatin1Char('/') + edgeKey, nlohmann::json::object());
    });
}

Status ProjectStore::setWorkflowEnabled(const QString &projectName, const QString &workflowKey, bool enabled)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const Result<qint64> workflowId = findWorkflowId(db, projectName, workflowKey);
        if (!workflowId)
            return workflowId.error();
        if (Status s = exec(db, QStringLiteral("UPDATE workflows SET enabled = ?, updated_at = ? WHERE id = ?"),
                            {enabled, now(), workflowId.value()});
            !s)
            return s;
        const Result<qint64> pid = findProjectId(db, projectName);
        return audit(db, pid ? pid.value() : 0, enabled ? QStringLiteral("enable") : QStringLiteral("disable"),
                     QStringLiteral("workflow"), workflowKey, nlohmann::json::object());
    });
}

Result<QList<WorkflowState>> ProjectStore::workflowStates(const QString &projectName) const
{
    QSqlDatabase db = m_store.readConnection();
    Query q(db, QStringLiteral("SELECT w.key, w.enabled FROM workflows w JOIN projects p ON p.id = w.project_id "
                               "WHERE p.name = ? AND w.deleted_at IS NULL ORDER BY w.position, w.id"),
            {projectName});
    QList<WorkflowState> states;
    while (q.next())
        states.append({q.value(0).toString(), q.value(1).toBool()});
    if (!q.status)
        return q.status.error();
    return states;
}

Result<QString> ProjectStore::webhookId(const QString &projectName, const QString &workflowKey,
                                        const QString &triggerKey) const
{
    QSqlDatabase db = m_store.readConnection();
    Query q(db, QStringLiteral("SELECT t.webhook_id FROM triggers t JOIN workflows w ON w.id = t.workflow_id "
                               "JOIN projects p ON p.id = w.project_id WHERE p.name = ? AND w.key = ? AND t.key = ? "
                               "AND w.deleted_at IS NULL"),
            {projectName, workflowKey, triggerKey});
    if (q.next())
        return q.value(0).toString();
    if (!q.status)
        return q.status.error();
    return makeError(Tr::tr("Trigger \"%1\" is not in workflow \"%2\".").arg(triggerKey, workflowKey));
}

Status validateJob(const Project &project, const Job &job)
{
    if (job.name.trimmed().isEmpty())
        return makeError(Tr::tr("The job needs a name."));
    if (job.body.trimmed().isEmpty())
        return makeError(Tr::tr("Job \"%1\" has no code; write at least one operation, e.g. fn(state => state);")
                             .arg(job.name));
    if (checkAdaptor(job.adaptor) != AdaptorProblem::None)
        return makeError(Tr::tr("Adaptor \"%1\" is not of the form @openfn/language-<name>@<version>, "
                            "e.g. @openfn/language-http@6.5.1.").arg(job.adaptor));
    if (!job.credential.isEmpty()) {
        bool known = false;
        for (const CredentialRef &c : project.credentials)
            known = known || c.key == job.credential;
        if (!known)
            return makeError(Tr::tr("Credential \"%1\" is not defined in project \"%2\".").arg(job.credential, project.name));
    }
    return Ok{};
}

} // namespace sb
