// Reading OpenFn project specs: the classic openfn-<uuid>-spec.yaml (workflows keyed by
// name, each with jobs/triggers/edges maps) and the newer CLI format (workflows with one
// `steps:` list whose items carry `next:`), into the same model. Every failure points at
// the node that is wrong; nothing is returned half-read.

#include "spec.h"
#include "specyaml.h"

#include "scheduler/cronexpression.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cmath>

namespace sb {

namespace {

using spec::YamlDocument;
using spec::YamlNode;

// The translation context of this file's messages (lupdate reads it from here).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Spec)
};

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Error tooBig(qint64 size, const QString &fileName)
{
    return makeError(Tr::tr("the file is %1 MB; a project spec is at most %2 MB — is this the right file?")
                         .arg(megabytes(size))
                         .arg(kMaxSpecBytes / (1024 * 1024)),
                     fileName);
}

// Limits that only a mistaken or hostile file reaches (aliases can repeat big parts).
constexpr int kMaxObjects = 100000;
constexpr int kMaxJsonNodes = 20000;

struct ReadFailure
{
    Error error;
};

// Where each field of an object is (node ids, -1 when absent), read before validating so
// that checks do not depend on the order of keys in the file.
struct JobFields
{
    int key = -1; // the node errors about the whole object point at
    int id = -1;
    int name = -1;
    int adaptor = -1;
    int credential = -1;
    int body = -1;
    int adaptorKey = -1; // keys, for errors about a field that is present but empty
    int bodyKey = -1;
    bool expressionKey = false; // body came from the CLI format's `expression:`
};

struct TriggerFields
{
    int key = -1;
    int id = -1;
    int type = -1;
    int enabled = -1;
    int cron = -1;
    int reply = -1;
    int responseConfig = -1;
    int customPath = -1;
    int typeKey = -1;
    int cronKey = -1;
};

struct EdgeFields
{
    int key = -1;
    int id = -1;
    int sourceTrigger = -1;
    int sourceJob = -1;
    int target = -1;
    int conditionType = -1;
    int label = -1;
    int expression = -1;
    int enabled = -1;
    int expressionKey = -1;
};

// Jobs and triggers of one workflow by key, for edge checks without quadratic lookups.
struct WorkflowIndex
{
    QHash<QString, int> jobs;
    QHash<QString, int> triggers;
    QSet<QString> edges;
};

class SpecReader final
{
public:
    SpecReader(const YamlDocument &doc, const QString &baseDir) : m_doc(doc), m_baseDir(baseDir) {}

    Project read();

private:
    const YamlNode &at(int id) const { return m_doc.node(id); }
    [[noreturn]] void fail(int id, const QString &message) const { throw ReadFailure{m_doc.errorAt(id, message)}; }

    template<typename F>
    void forEachPair(int mapId, F &&f) const
    {
        const std::vector<int> &items = at(mapId).items;
        for (size_t i = 0; i + 1 < items.size(); i += 2)
            f(items[i], items[i + 1]);
    }
    // The key text when the key is a scalar, else empty (such keys are never ours).
    const QString &keyName(int keyId) const
    {
        static const QString none;
        return at(keyId).isScalar() ? at(keyId).text : none;
    }
    bool has(int id) const { return id >= 0 && !at(id).isNull(); }

    QString text(int id, const QString &field, const QString &owner) const;
    QString objectKey(int keyId, const QString &what) const;
    bool boolean(int id, bool fallback, const QString &field, const QString &owner) const;
    QString uuidOf(int openfnId, const QString &owner) const;
    void countObject(int id);

    void readCredentials(int id);
    void readWorkflows(int id);
    Workflow readClassicWorkflow(const QString &key, int keyId, int valueId);
    Workflow readStepsWorkflow(const QString &key, int where, int valueId);

    Job buildJob(const QString &workflowKey, const QString &key, const JobFields &f, bool cliFormat);
    Trigger buildTrigger(const QString &workflowKey, const QString &key, const TriggerFields &f);
    Edge buildEdge(const Workflow &wf, const WorkflowIndex &index, const QString &key, const EdgeFields &f);
    void readStepEdges(Workflow &wf, WorkflowIndex &index, const QString &source, bool sourceIsTrigger,
                       int nextId);

    void checkAdaptor(int id, const QString &adaptor, const QString &owner) const;
    QString readBodyFile(int pathId, const QString &path, const QString &owner) const;
    QString responseConfig(int id, const QString &owner) const;
    nlohmann::ordered_json toJson(int id, int *budget) const;

    const YamlDocument &m_doc;
    QString m_baseDir;
    Project m_project;
    QHash<QString, int> m_credentials; // key → index in m_project.credentials
    bool m_hasCredentialSection = false;
    int m_objects = 0;
};

QString workflowLabel(const QString &key)
{
    return Tr::tr("workflow %1").arg(quoted(key));
}
QString jobLabel(const QString &wf, const QString &key)
{
    return Tr::tr("job %1 in workflow %2").arg(quoted(key), quoted(wf));
}
QString triggerLabel(const QString &wf, const QString &key)
{
    return Tr::tr("trigger %1 in workflow %2").arg(quoted(key), quoted(wf));
}
QString edgeLabel(const QString &wf, const QString &key)
{
    return Tr::tr("edge %1 in workflow %2").arg(quoted(key), quoted(wf));
}

QString SpecReader::text(int id, const QString &field, const QString &owner) const
{
    if (id < 0)
        return {};
    const YamlNode &n = at(id);
    if (n.isNull())
        return {};
    if (n.isScalar())
        return n.text;
    fail(id, Tr::tr("%1 of %2 must be text, not %3").arg(field, owner, YamlDocument::describe(n)));
}

QString SpecReader::objectKey(int keyId, const QString &what) const
{
    const YamlNode &k = at(keyId);
    if (!k.isScalar())
        fail(keyId, Tr::tr("the keys of %1 must be text, not %2").arg(what, YamlDocument::describe(k)));
    if (k.text.trimmed().isEmpty())
        fail(keyId, Tr::tr("a key of %1 is blank; give every entry a name").arg(what));
    return k.text;
}

bool SpecReader::boolean(int id, bool fallback, const QString &field, const QString &owner) const
{
    if (!has(id))
        return fallback;
    const YamlNode &n = at(id);
    if (n.isScalar()) {
        static const QStringList yes = {QStringLiteral("true"), QStringLiteral("yes"), QStringLiteral("on")};
        static const QStringList no = {QStringLiteral("false"), QStringLiteral("no"), QStringLiteral("off")};
        // YAML's spellings: true, True, TRUE (and the 1.1 yes/on/no/off forms).
        const QString lower = n.text.toLower();
        const bool caseOk = n.text == lower || n.text == n.text.toUpper()
                            || (n.text.size() > 1 && n.text.mid(1) == lower.mid(1));
        if (caseOk && yes.contains(lower))
            return true;
        if (caseOk && no.contains(lower))
            return false;
        fail(id, Tr::tr("%1 of %2 must be true or false, not %3").arg(field, owner, quoted(n.text)));
    }
    fail(id, Tr::tr("%1 of %2 must be true or false, not %3").arg(field, owner, YamlDocument::describe(n)));
}

QString SpecReader::uuidOf(int openfnId, const QString &owner) const
{
    if (!has(openfnId))
        return {};
    if (!at(openfnId).isMapping())
        fail(openfnId, Tr::tr("openfn: of %1 must be a mapping (uuid: …), not %2")
                           .arg(owner, YamlDocument::describe(at(openfnId))));
    QString uuid;
    forEachPair(openfnId, [&](int k, int v) {
        if (keyName(k) == QLatin1String("uuid"))
            uuid = text(v, QStringLiteral("uuid"), owner);
    });
    return uuid;
}

void SpecReader::countObject(int id)
{
    if (++m_objects > kMaxObjects)
        fail(id, Tr::tr("the spec describes more than %1 workflows, jobs, triggers and edges; is this the right file?")
                     .arg(kMaxObjects));
}

Project SpecReader::read()
{
    const int root = m_doc.root();
    const YamlNode &top = at(root);
    if (top.isNull())
        throw ReadFailure{m_doc.errorAtPosition(
            0, 0, Tr::tr("the file holds no project; a project spec needs at least name: and workflows:"))};
    if (!top.isMapping())
        fail(root, Tr::tr("the top level must be a mapping with name: and workflows:, not %1")
                       .arg(YamlDocument::describe(top)));

    int nameId = -1, descriptionId = -1, credentialsId = -1, workflowsId = -1, stepsId = -1, stepsKey = -1;
    forEachPair(root, [&](int k, int v) {
        const QString &key = keyName(k);
        if (key == QLatin1String("name"))
            nameId = v;
        else if (key == QLatin1String("description"))
            descriptionId = v;
        else if (key == QLatin1String("credentials"))
            credentialsId = v;
        else if (key == QLatin1String("workflows"))
            workflowsId = v;
        else if (key == QLatin1String("steps")) {
            stepsId = v;
            stepsKey = k;
        }
    });

    if (stepsId >= 0) {
        // A single workflow in the CLI format: the project is named after it.
        if (workflowsId >= 0)
            fail(stepsKey, Tr::tr("the file has both workflows: (a project) and steps: (a single workflow); keep one"));
        readCredentials(credentialsId);
        Workflow wf = readStepsWorkflow(QString(), root, root);
        m_project.name = wf.name.trimmed().isEmpty() ? wf.key : wf.name;
        m_project.description = text(descriptionId, QStringLiteral("description"), Tr::tr("the project"));
        m_project.workflows.append(std::move(wf));
        return std::move(m_project);
    }

    m_project.name = text(nameId, QStringLiteral("name"), Tr::tr("the project"));
    if (m_project.name.trimmed().isEmpty())
        fail(nameId >= 0 ? nameId : root, Tr::tr("the project has no name; add name: at the top of the file"));
    m_project.description = text(descriptionId, QStringLiteral("description"), Tr::tr("the project"));
    readCredentials(credentialsId);
    if (workflowsId < 0)
        fail(root, Tr::tr("the project has no workflows: section; add workflows: with the project's workflows under it"));
    readWorkflows(workflowsId);
    return std::move(m_project);
}

void SpecReader::readCredentials(int id)
{
    if (!has(id))
        return;
    m_hasCredentialSection = true;
    const YamlNode &n = at(id);
    auto add = [&](int where, CredentialRef ref) {
        if (m_credentials.contains(ref.key))
            fail(where, Tr::tr("the credential %1 is listed twice; remove one").arg(quoted(ref.key)));
        m_credentials.insert(ref.key, int(m_project.credentials.size()));
        m_project.credentials.append(std::move(ref));
    };
    if (n.isMapping()) {
        forEachPair(id, [&](int k, int v) {
            CredentialRef ref;
            ref.key = objectKey(k, QStringLiteral("credentials"));
            const QString owner = Tr::tr("credential %1").arg(quoted(ref.key));
            if (!at(v).isNull()) {
                if (!at(v).isMapping())
                    fail(v, Tr::tr("%1 must be a mapping with name: and owner:, not %2")
                                .arg(owner, YamlDocument::describe(at(v))));
                forEachPair(v, [&](int fk, int fv) {
                    const QString &field = keyName(fk);
                    if (field == QLatin1String("name"))
                        ref.name = text(fv, field, owner);
                    else if (field == QLatin1String("owner"))
                        ref.owner = text(fv, field, owner);
                });
            }
            add(k, std::move(ref));
        });
        return;
    }
    if (n.isSequence()) {
        // The CLI format lists {name, owner}; jobs refer to them as "owner|name".
        for (int item : n.items) {
            if (!at(item).isMapping())
                fail(item, Tr::tr("each credential in the list must be a mapping with name: and owner:, not %1")
                               .arg(YamlDocument::describe(at(item))));
            CredentialRef ref;
            int nameNode = -1;
            forEachPair(item, [&](int fk, int fv) {
                const QString &field = keyName(fk);
                if (field == QLatin1String("name")) {
                    ref.name = text(fv, field, Tr::tr("a credential"));
                    nameNode = fv;
                } else if (field == QLatin1String("owner")) {
                    ref.owner = text(fv, field, Tr::tr("a credential"));
                }
            });
            if (ref.name.trimmed().isEmpty())
                fail(nameNode >= 0 ? nameNode : item, Tr::tr("a credential in the list has no name; add name:"));
            ref.key = ref.owner.isEmpty() ? ref.name : ref.owner + QLatin1Char('|') + ref.name;
            add(item, std::move(ref));
        }
        return;
    }
    fail(id, Tr::tr("credentials must be a mapping of credential key to {name, owner}, not %1")
                 .arg(YamlDocument::describe(n)));
}

void SpecReader::readWorkflows(int id)
{
    const YamlNode &n = at(id);
    if (n.isNull())
        return;
    auto isSteps = [&](int v) {
        bool steps = false;
        if (at(v).isMapping())
            forEachPair(v, [&](int k, int) { steps = steps || keyName(k) == QLatin1String("steps"); });
        return steps;
    };
    if (n.isMapping()) {
        m_project.workflows.reserve(n.pairCount());
        forEachPair(id, [&](int k, int v) {
            const QString key = objectKey(k, QStringLiteral("workflows"));
            m_project.workflows.append(isSteps(v) ? readStepsWorkflow(key, k, v) : readClassicWorkflow(key, k, v));
        });
        return;
    }
    if (n.isSequence()) {
        QHash<QString, int> seen;
        m_project.workflows.reserve(int(n.items.size()));
        for (int item : n.items) {
            if (!isSteps(item))
                fail(item, Tr::tr("a workflow in a list needs steps: (the CLI format); classic workflows are a mapping "
                              "of workflow key to workflow"));
            Workflow wf = readStepsWorkflow(QString(), item, item);
            if (seen.contains(wf.key))
                fail(item, Tr::tr("two workflows have the id %1 (the first on line %2); give each workflow its own id")
                               .arg(quoted(wf.key))
                               .arg(at(seen.value(wf.key)).line + 1));
            seen.insert(wf.key, item);
            m_project.workflows.append(std::move(wf));
        }
        return;
    }
    fail(id, Tr::tr("workflows must be a mapping of workflow key to workflow (or a list of workflows), not %1")
                 .arg(YamlDocument::describe(n)));
}

Workflow SpecReader::readClassicWorkflow(const QString &key, int keyId, int valueId)
{
    countObject(keyId);
    Workflow wf;
    wf.key = key;
    wf.name = key;
    const QString label = workflowLabel(key);
    if (at(valueId).isNull())
        return wf;
    if (!at(valueId).isMapping())
        fail(valueId, Tr::tr("%1 must be a mapping with name:, jobs:, triggers: and edges:, not %2")
                          .arg(label, YamlDocument::describe(at(valueId))));

    int jobsId = -1, triggersId = -1, edgesId = -1;
    forEachPair(valueId, [&](int k, int v) {
        const QString &field = keyName(k);
        if (field == QLatin1String("id"))
            wf.uuid = text(v, field, label);
        else if (field == QLatin1String("name")) {
            if (!at(v).isNull())
                wf.name = text(v, field, label);
        } else if (field == QLatin1String("jobs"))
            jobsId = v;
        else if (field == QLatin1String("triggers"))
            triggersId = v;
        else if (field == QLatin1String("edges"))
            edgesId = v;
    });

    WorkflowIndex index;
    auto requireMapping = [&](int id, const char *field, const QString &what) {
        if (!has(id))
            return false;
        if (!at(id).isMapping())
            fail(id, Tr::tr("%1 of %2 must be a mapping of %3, not %4")
                         .arg(QLatin1String(field), label, what, YamlDocument::describe(at(id))));
        return true;
    };

    if (requireMapping(jobsId, "jobs", Tr::tr("job key to job"))) {
        wf.jobs.reserve(at(jobsId).pairCount());
        forEachPair(jobsId, [&](int k, int v) {
            const QString jobKey = objectKey(k, Tr::tr("the jobs of %1").arg(label));
            const QString owner = jobLabel(key, jobKey);
            JobFields f;
            f.key = k;
            if (at(v).isNull())
                fail(k, Tr::tr("%1 is empty; it needs name:, adaptor: and body:").arg(owner));
            if (!at(v).isMapping())
                fail(v, Tr::tr("%1 must be a mapping with name:, adaptor: and body:, not %2")
                            .arg(owner, YamlDocument::describe(at(v))));
            forEachPair(v, [&](int fk, int fv) {
                const QString &field = keyName(fk);
                if (field == QLatin1String("id"))
                    f.id = fv;
                else if (field == QLatin1String("name"))
                    f.name = fv;
                else if (field == QLatin1String("adaptor")) {
                    f.adaptor = fv;
                    f.adaptorKey = fk;
                } else if (field == QLatin1String("credential")) {
                    f.credential = fv;
                } else if (field == QLatin1String("body")) {
                    f.body = fv;
                    f.bodyKey = fk;
                }
            });
            index.jobs.insert(jobKey, int(wf.jobs.size()));
            wf.jobs.append(buildJob(key, jobKey, f, false));
        });
    }

    if (requireMapping(triggersId, "triggers", Tr::tr("trigger key to trigger"))) {
        forEachPair(triggersId, [&](int k, int v) {
            const QString triggerKey = objectKey(k, Tr::tr("the triggers of %1").arg(label));
            const QString owner = triggerLabel(key, triggerKey);
            TriggerFields f;
            f.key = k;
            if (at(v).isNull())
                fail(k, Tr::tr("%1 is empty; it needs type: webhook or type: cron").arg(owner));
            if (!at(v).isMapping())
                fail(v, Tr::tr("%1 must be a mapping with type: and enabled:, not %2")
                            .arg(owner, YamlDocument::describe(at(v))));
            forEachPair(v, [&](int fk, int fv) {
                const QString &field = keyName(fk);
                if (field == QLatin1String("id")) {
                    f.id = fv;
                } else if (field == QLatin1String("type")) {
                    f.type = fv;
                    f.typeKey = fk;
                } else if (field == QLatin1String("enabled")) {
                    f.enabled = fv;
                } else if (field == QLatin1String("cron_expression")) {
                    f.cron = fv;
                    f.cronKey = fk;
                }
                else if (field == QLatin1String("webhook_reply"))
                    f.reply = fv;
                else if (field == QLatin1String("webhook_response_config"))
                    f.responseConfig = fv;
                else if (field == QLatin1String("custom_path"))
                    f.customPath = fv;
            });
            index.triggers.insert(triggerKey, int(wf.triggers.size()));
            wf.triggers.append(buildTrigger(key, triggerKey, f));
        });
    }

    if (requireMapping(edgesId, "edges", Tr::tr("\"source->target\" to edge"))) {
        wf.edges.reserve(at(edgesId).pairCount());
        forEachPair(edgesId, [&](int k, int v) {
            const QString edgeKey = objectKey(k, Tr::tr("the edges of %1").arg(label));
            const QString owner = edgeLabel(key, edgeKey);
            EdgeFields f;
            f.key = k;
            if (at(v).isNull())
                fail(k, Tr::tr("%1 is empty; it needs a source, target_job: and condition_type:").arg(owner));
            if (!at(v).isMapping())
                fail(v, Tr::tr("%1 must be a mapping with a source, target_job: and condition_type:, not %2")
                            .arg(owner, YamlDocument::describe(at(v))));
            forEachPair(v, [&](int fk, int fv) {
                const QString &field = keyName(fk);
                if (field == QLatin1String("id"))
                    f.id = fv;
                else if (field == QLatin1String("source_trigger"))
                    f.sourceTrigger = fv;
                else if (field == QLatin1String("source_job"))
                    f.sourceJob = fv;
                else if (field == QLatin1String("target_job"))
                    f.target = fv;
                else if (field == QLatin1String("condition_type"))
                    f.conditionType = fv;
                else if (field == QLatin1String("condition_label"))
                    f.label = fv;
                else if (field == QLatin1String("condition_expression")) {
                    f.expression = fv;
                    f.expressionKey = fk;
                }
                else if (field == QLatin1String("enabled"))
                    f.enabled = fv;
            });
            wf.edges.append(buildEdge(wf, index, edgeKey, f));
        });
    }
    return wf;
}

Workflow SpecReader::readStepsWorkflow(const QString &key, int where, int valueId)
{
    countObject(where);
    Workflow wf;
    int idId = -1, nameId = -1, startId = -1, stepsId = -1, openfnId = -1;
    forEachPair(valueId, [&](int k, int v) {
        const QString &field = keyName(k);
        if (field == QLatin1String("id"))
            idId = v;
        else if (field == QLatin1String("name"))
            nameId = v;
        else if (field == QLatin1String("start"))
            startId = v;
        else if (field == QLatin1String("steps"))
            stepsId = v;
        else if (field == QLatin1String("openfn"))
            openfnId = v;
    });
    // In a list (or a single-workflow file) the id is the key; in a mapping the mapping's key is.
    wf.key = key;
    if (wf.key.isEmpty()) {
        wf.key = text(idId, QStringLiteral("id"), Tr::tr("a workflow"));
        if (wf.key.trimmed().isEmpty())
            wf.key = text(nameId, QStringLiteral("name"), Tr::tr("a workflow"));
        if (wf.key.trimmed().isEmpty())
            fail(idId >= 0 ? idId : where, Tr::tr("a workflow has no id:; add one, e.g. id: commcare-to-salesforce"));
    }
    const QString label = workflowLabel(wf.key);
    wf.name = has(nameId) ? text(nameId, QStringLiteral("name"), label) : wf.key;
    wf.uuid = uuidOf(openfnId, label);

    if (!has(stepsId))
        return wf;
    if (!at(stepsId).isSequence())
        fail(stepsId, Tr::tr("steps of %1 must be a list of steps, not %2").arg(label, YamlDocument::describe(at(stepsId))));

    struct Step
    {
        QString id;
        int item = -1;
        int next = -1;
        bool trigger = false;
    };
    std::vector<Step> steps;
    steps.reserve(at(stepsId).items.size());
    QHash<QString, int> stepIds; // id → node of its id
    WorkflowIndex index;
    for (int item : at(stepsId).items) {
        if (!at(item).isMapping())
            fail(item, Tr::tr("each step of %1 must be a mapping with id:, not %2").arg(label, YamlDocument::describe(at(item))));
        Step step;
        step.item = item;
        int stepIdNode = -1, typeNode = -1;
        bool jobFields = false;
        forEachPair(item, [&](int k, int v) {
            const QString &field = keyName(k);
            if (field == QLatin1String("id"))
                stepIdNode = v;
            else if (field == QLatin1String("type"))
                typeNode = v;
            else if (field == QLatin1String("next"))
                step.next = v;
            else if (field == QLatin1String("adaptor") || field == QLatin1String("expression")
                     || field == QLatin1String("body"))
                jobFields = true;
        });
        step.id = text(stepIdNode, QStringLiteral("id"), Tr::tr("a step of %1").arg(label));
        if (step.id.trimmed().isEmpty())
            fail(stepIdNode >= 0 ? stepIdNode : item, Tr::tr("a step of %1 has no id:; add one").arg(label));
        if (stepIds.contains(step.id))
            fail(stepIdNode, Tr::tr("the step id %1 is used twice in %2 (first on line %3); give each step its own id")
                                 .arg(quoted(step.id), label)
                                 .arg(at(stepIds.value(step.id)).line + 1));
        stepIds.insert(step.id, stepIdNode);
        // Triggers have a type (webhook, cron, or one Switchboard does not run, like kafka);
        // a job never needs one, so a step with job fields is a job whatever its type says.
        step.trigger = typeNode >= 0 && !jobFields;

        if (step.trigger) {
            TriggerFields f;
            f.key = stepIdNode;
            int openfn = -1;
            forEachPair(item, [&](int k, int v) {
                const QString &field = keyName(k);
                if (field == QLatin1String("type")) {
                    f.type = v;
                    f.typeKey = k;
                } else if (field == QLatin1String("enabled")) {
                    f.enabled = v;
                } else if (field == QLatin1String("cron_expression")) {
                    f.cron = v;
                    f.cronKey = k;
                }
                else if (field == QLatin1String("webhook_reply"))
                    f.reply = v;
                else if (field == QLatin1String("webhook_response_config"))
                    f.responseConfig = v;
                else if (field == QLatin1String("custom_path"))
                    f.customPath = v;
                else if (field == QLatin1String("openfn"))
                    openfn = v;
            });
            Trigger t = buildTrigger(wf.key, step.id, f);
            t.uuid = uuidOf(openfn, triggerLabel(wf.key, step.id));
            index.triggers.insert(step.id, int(wf.triggers.size()));
            wf.triggers.append(std::move(t));
        } else {
            JobFields f;
            f.key = stepIdNode;
            int openfn = -1, expression = -1, body = -1;
            forEachPair(item, [&](int k, int v) {
                const QString &field = keyName(k);
                if (field == QLatin1String("name")) {
                    f.name = v;
                } else if (field == QLatin1String("adaptor")) {
                    f.adaptor = v;
                    f.adaptorKey = k;
                } else if (field == QLatin1String("configuration")) {
                    f.credential = v;
                } else if (field == QLatin1String("expression")) {
                    expression = v;
                    f.bodyKey = k;
                } else if (field == QLatin1String("body")) {
                    body = v;
                    if (expression < 0)
                        f.bodyKey = k;
                } else if (field == QLatin1String("openfn")) {
                    openfn = v;
                }
            });
            f.body = expression >= 0 ? expression : body;
            f.expressionKey = expression >= 0;
            Job j = buildJob(wf.key, step.id, f, true);
            j.uuid = uuidOf(openfn, jobLabel(wf.key, step.id));
            index.jobs.insert(step.id, int(wf.jobs.size()));
            wf.jobs.append(std::move(j));
        }
        steps.push_back(std::move(step));
    }

    if (has(startId)) {
        const QString start = text(startId, QStringLiteral("start"), label);
        if (!stepIds.contains(start))
            fail(startId, Tr::tr("start of %1 names the step %2, which is not one of its steps").arg(label, quoted(start)));
    }
    for (const Step &step : steps)
        if (step.next >= 0)
            readStepEdges(wf, index, step.id, step.trigger, step.next);
    return wf;
}

void SpecReader::readStepEdges(Workflow &wf, WorkflowIndex &index, const QString &source, bool sourceIsTrigger,
                               int nextId)
{
    const YamlNode &next = at(nextId);
    const QString stepOwner = Tr::tr("step %1 in workflow %2").arg(quoted(source), quoted(wf.key));
    auto addEdge = [&](int targetNode, const QString &target, int valueId) {
        Edge e;
        e.key = source + QLatin1String("->") + target;
        const QString owner = edgeLabel(wf.key, e.key);
        countObject(targetNode);
        if (index.edges.contains(e.key))
            fail(targetNode, Tr::tr("next: of %1 names the step %2 twice; remove one").arg(stepOwner, quoted(target)));
        index.edges.insert(e.key);
        (sourceIsTrigger ? e.sourceTrigger : e.sourceJob) = source;
        if (index.triggers.contains(target))
            fail(targetNode, Tr::tr("%1 goes to the trigger %2; an edge can only go to a job").arg(owner, quoted(target)));
        if (!index.jobs.contains(target))
            fail(targetNode, Tr::tr("%1 goes to the step %2, which is not in workflow %3")
                                 .arg(owner, quoted(target), quoted(wf.key)));
        e.targetJob = target;
        QString condition;
        if (valueId >= 0 && !at(valueId).isNull()) {
            const YamlNode &v = at(valueId);
            if (v.isScalar()) {
                // `target: true` always follows it, `target: false` never does.
                if (v.plain && (v.text == QLatin1String("true") || v.text == QLatin1String("false")))
                    e.enabled = v.text == QLatin1String("true");
                else
                    condition = v.text;
            } else if (v.isMapping()) {
                int openfn = -1, disabled = -1;
                forEachPair(valueId, [&](int k, int fv) {
                    const QString &field = keyName(k);
                    if (field == QLatin1String("condition")) {
                        condition = text(fv, field, owner);
                    } else if (field == QLatin1String("label")) {
                        e.conditionLabel = text(fv, field, owner);
                    } else if (field == QLatin1String("disabled")) {
                        disabled = fv;
                    } else if (field == QLatin1String("openfn")) {
                        openfn = fv;
                    }
                });
                e.enabled = !boolean(disabled, false, QStringLiteral("disabled"), owner);
                e.uuid = uuidOf(openfn, owner);
            } else {
                fail(valueId, Tr::tr("%1 must be a mapping with condition:, label: and disabled:, not %2")
                                  .arg(owner, YamlDocument::describe(v)));
            }
        }
        const QString trimmed = condition.trimmed();
        if (trimmed.isEmpty() || trimmed == QLatin1String("always")) {
            e.condition = ConditionType::Always;
        } else if (trimmed == QLatin1String("never")) {
            e.condition = ConditionType::Always;
            e.enabled = false;
        } else if (trimmed == QLatin1String("on_job_success")) {
            e.condition = ConditionType::OnJobSuccess;
        } else if (trimmed == QLatin1String("on_job_failure")) {
            e.condition = ConditionType::OnJobFailure;
        } else {
            e.condition = ConditionType::JsExpression;
            e.conditionExpression = condition;
        }
        wf.edges.append(std::move(e));
    };

    if (next.isNull())
        return;
    if (next.isScalar()) {
        addEdge(nextId, next.text, -1);
    } else if (next.isSequence()) {
        for (int item : next.items) {
            if (!at(item).isScalar())
                fail(item, Tr::tr("next: of %1 lists step ids; this entry is %2").arg(stepOwner, YamlDocument::describe(at(item))));
            addEdge(item, at(item).text, -1);
        }
    } else {
        forEachPair(nextId, [&](int k, int v) { addEdge(k, objectKey(k, Tr::tr("next: of %1").arg(stepOwner)), v); });
    }
}

void SpecReader::checkAdaptor(int id, const QString &adaptor, const QString &owner) const
{
    QString version;
    switch (sb::checkAdaptor(adaptor, &version)) {
    case AdaptorProblem::None:
        return;
    case AdaptorProblem::NotAnAdaptor:
        fail(id, Tr::tr("the adaptor %1 of %2 is not of the form @openfn/language-<name>@<version>, e.g. "
                    "@openfn/language-http@6.5.1")
                     .arg(quoted(adaptor), owner));
    case AdaptorProblem::NoVersion:
        fail(id, Tr::tr("the adaptor %1 of %2 has no version; write %3 with the version you use, or %4")
                     .arg(quoted(adaptor), owner, adaptor + QLatin1String("@1.2.3"), adaptor + QLatin1String("@latest")));
    case AdaptorProblem::BadVersion:
        fail(id, Tr::tr("the adaptor %1 of %2 has the version %3, which is neither a version number like 6.5.1 nor "
                    "latest")
                     .arg(quoted(adaptor), owner, quoted(version)));
    }
}

QString SpecReader::readBodyFile(int pathId, const QString &path, const QString &owner) const
{
    const QString resolved = QDir::cleanPath(QDir::isAbsolutePath(path) ? path : QDir(m_baseDir).filePath(path));
    const QFileInfo info(resolved);
    if (!info.exists())
        fail(pathId, Tr::tr("the body file of %1 does not exist: %2; fix the path (it is relative to the spec's folder)")
                         .arg(owner, resolved));
    if (info.isDir())
        fail(pathId, Tr::tr("the body path of %1 is a folder, not a file: %2").arg(owner, resolved));
    if (info.size() > kMaxSpecBytes)
        fail(pathId, Tr::tr("the body file of %1 is %2 MB (%3); a job is at most %4 MB — is this the right file?")
                         .arg(owner, megabytes(info.size()), resolved)
                         .arg(kMaxSpecBytes / (1024 * 1024)));
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly))
        fail(pathId, Tr::tr("cannot read the body file of %1 (%2): %3").arg(owner, resolved, file.errorString()));
    const QByteArray bytes = file.read(kMaxSpecBytes + 1);
    int line = 0, column = 0;
    QString problem;
    if (!spec::checkUtf8Text(bytes, &line, &column, &problem))
        fail(pathId, Tr::tr("the body file of %1 (%2, line %3): %4").arg(owner, resolved).arg(line + 1).arg(problem));
    const QString body = QString::fromUtf8(bytes);
    if (body.trimmed().isEmpty())
        fail(pathId, Tr::tr("the body file of %1 is empty: %2; write the job's JavaScript in it").arg(owner, resolved));
    return body;
}

// Whether a CLI-format `expression:` names a file rather than holding the code.
bool looksLikePath(const QString &s)
{
    if (s.isEmpty() || s.contains(QLatin1Char('\n')))
        return false;
    for (QChar c : s)
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(';'))
            return false;
    return s.startsWith(QLatin1String("./")) || s.startsWith(QLatin1String("../")) || s.startsWith(QLatin1Char('/'))
           || s.endsWith(QLatin1String(".js")) || s.endsWith(QLatin1String(".mjs"))
           || s.endsWith(QLatin1String(".cjs")) || s.endsWith(QLatin1String(".ts"));
}

Job SpecReader::buildJob(const QString &workflowKey, const QString &key, const JobFields &f, bool cliFormat)
{
    countObject(f.key);
    const QString owner = jobLabel(workflowKey, key);
    Job job;
    job.key = key;
    job.uuid = text(f.id, QStringLiteral("id"), owner);
    job.name = has(f.name) ? text(f.name, QStringLiteral("name"), owner) : key;

    job.adaptor = text(f.adaptor, QStringLiteral("adaptor"), owner);
    if (job.adaptor.trimmed().isEmpty())
        fail(has(f.adaptor) ? f.adaptor : f.adaptorKey >= 0 ? f.adaptorKey : f.key,
             Tr::tr("%1 has no adaptor; add one such as adaptor: '@openfn/language-common@latest'").arg(owner));
    checkAdaptor(f.adaptor, job.adaptor, owner);

    const QString credentialField = cliFormat ? QStringLiteral("configuration") : QStringLiteral("credential");
    if (has(f.credential) && !at(f.credential).isScalar())
        fail(f.credential, Tr::tr("%1 of %2 must be a credential key; Switchboard keeps secrets in the keychain, never in "
                              "the spec")
                               .arg(credentialField, owner));
    job.credential = text(f.credential, credentialField, owner);
    if (!job.credential.isEmpty() && !m_credentials.contains(job.credential)) {
        const qsizetype bar = job.credential.indexOf(QLatin1Char('|'));
        if (cliFormat && bar > 0 && bar + 1 < job.credential.size()) {
            // The CLI format names credentials "owner|name"; one not listed is still fully described.
            CredentialRef ref;
            ref.key = job.credential;
            ref.owner = job.credential.left(bar);
            ref.name = job.credential.mid(bar + 1);
            m_credentials.insert(ref.key, int(m_project.credentials.size()));
            m_project.credentials.append(std::move(ref));
        } else {
            fail(f.credential, m_hasCredentialSection
                                   ? Tr::tr("%1 uses the credential %2, which is not listed under credentials:; add it "
                                        "there or fix the key")
                                         .arg(owner, quoted(job.credential))
                                   : Tr::tr("%1 uses the credential %2, but the spec has no credentials: section; add "
                                        "one listing it")
                                         .arg(owner, quoted(job.credential)));
        }
    }

    const QString bodyField = f.expressionKey ? QStringLiteral("expression") : QStringLiteral("body");
    if (!has(f.body))
        fail(f.bodyKey >= 0 ? f.bodyKey : f.key,
             cliFormat ? Tr::tr("%1 has no expression; add expression: with the job's JavaScript, or a file such as "
                            "expression: ./%2.js")
                             .arg(owner, key)
                       : Tr::tr("%1 has no body; add body: with the job's JavaScript, or body: {path: file.js}").arg(owner));
    const YamlNode &body = at(f.body);
    if (body.isScalar()) {
        if (cliFormat && looksLikePath(body.text)) {
            job.bodyPath = body.text;
            job.body = readBodyFile(f.body, body.text, owner);
        } else {
            job.body = body.text;
            if (job.body.trimmed().isEmpty())
                fail(f.body, Tr::tr("%1 has an empty %2; write the job's JavaScript there").arg(owner, bodyField));
        }
    } else if (body.isMapping()) {
        int pathId = -1;
        forEachPair(f.body, [&](int k, int v) {
            if (keyName(k) == QLatin1String("path"))
                pathId = v;
        });
        const QString path = text(pathId, QStringLiteral("path"), owner);
        if (path.trimmed().isEmpty())
            fail(pathId >= 0 ? pathId : f.body,
                 Tr::tr("%1 of %2 must be the JavaScript or {path: file.js}; this mapping has no path:").arg(bodyField, owner));
        job.bodyPath = path;
        job.body = readBodyFile(pathId, path, owner);
    } else {
        fail(f.body, Tr::tr("%1 of %2 must be the JavaScript or {path: file.js}, not %3")
                         .arg(bodyField, owner, YamlDocument::describe(body)));
    }
    return job;
}

Trigger SpecReader::buildTrigger(const QString &workflowKey, const QString &key, const TriggerFields &f)
{
    countObject(f.key);
    const QString owner = triggerLabel(workflowKey, key);
    Trigger t;
    t.key = key;
    t.uuid = text(f.id, QStringLiteral("id"), owner);
    const QString type = text(f.type, QStringLiteral("type"), owner);
    if (type.trimmed().isEmpty())
        fail(has(f.type) ? f.type : f.typeKey >= 0 ? f.typeKey : f.key, Tr::tr("%1 has no type; add type: webhook or type: cron").arg(owner));
    if (!parseTriggerType(type.trimmed(), &t.type))
        fail(f.type, Tr::tr("%1 has the type %2; Switchboard supports webhook and cron triggers").arg(owner, quoted(type)));
    t.enabled = boolean(f.enabled, true, QStringLiteral("enabled"), owner);

    const QString cron = text(f.cron, QStringLiteral("cron_expression"), owner);
    const QString reply = text(f.reply, QStringLiteral("webhook_reply"), owner);
    if (!reply.isEmpty() && reply != QLatin1String("before_start") && reply != QLatin1String("after_completion"))
        fail(f.reply, Tr::tr("webhook_reply of %1 must be before_start or after_completion, not %2").arg(owner, quoted(reply)));
    const QString config = responseConfig(f.responseConfig, owner);
    const QString customPath = text(f.customPath, QStringLiteral("custom_path"), owner);

    if (t.type == TriggerType::Cron) {
        if (cron.trimmed().isEmpty())
            fail(has(f.cron) ? f.cron : f.cronKey >= 0 ? f.cronKey : f.key,
                 Tr::tr("%1 is a cron trigger without cron_expression; add one such as cron_expression: '0 6 * * *'")
                     .arg(owner));
        const Result<CronExpression> parsed = CronExpression::parse(cron);
        if (!parsed)
            fail(f.cron, Tr::tr("cron_expression of %1 is not valid: %2").arg(owner, parsed.error().message));
        t.cronExpression = cron;
    } else {
        // The webhook-only fields; OpenFn may write them (empty) on cron triggers too.
        t.webhookReply = reply;
        t.webhookResponseConfig = config;
        t.customPath = customPath;
    }
    return t;
}

Edge SpecReader::buildEdge(const Workflow &wf, const WorkflowIndex &index, const QString &key, const EdgeFields &f)
{
    countObject(f.key);
    const QString owner = edgeLabel(wf.key, key);
    Edge e;
    e.key = key;
    e.uuid = text(f.id, QStringLiteral("id"), owner);
    e.sourceTrigger = text(f.sourceTrigger, QStringLiteral("source_trigger"), owner);
    e.sourceJob = text(f.sourceJob, QStringLiteral("source_job"), owner);
    e.targetJob = text(f.target, QStringLiteral("target_job"), owner);
    if (!e.sourceTrigger.isEmpty() && !e.sourceJob.isEmpty())
        fail(f.key, Tr::tr("%1 has both source_trigger and source_job; an edge starts at one of them, so keep one")
                        .arg(owner));

    // Fields left out are taken from a "source->target" key, when it names known steps.
    const bool noSource = e.sourceTrigger.isEmpty() && e.sourceJob.isEmpty();
    const bool noTarget = e.targetJob.isEmpty();
    if (noSource || noTarget) {
        const QLatin1String arrow("->");
        for (qsizetype p = key.indexOf(arrow); p >= 0; p = key.indexOf(arrow, p + 1)) {
            const QString left = key.left(p);
            const QString right = key.mid(p + 2);
            const bool leftOk = index.triggers.contains(left) || index.jobs.contains(left);
            if (noSource && leftOk && (!noTarget || index.jobs.contains(right))) {
                (index.triggers.contains(left) ? e.sourceTrigger : e.sourceJob) = left;
                if (noTarget)
                    e.targetJob = right;
                break;
            }
            if (!noSource && noTarget && index.jobs.contains(right)) {
                e.targetJob = right;
                break;
            }
        }
        if (e.sourceTrigger.isEmpty() && e.sourceJob.isEmpty())
            fail(f.key, Tr::tr("%1 has neither source_trigger nor source_job, and its key does not name a trigger or job "
                           "of the workflow; add source_trigger: or source_job:")
                            .arg(owner));
        if (e.targetJob.isEmpty())
            fail(f.key, Tr::tr("%1 has no target_job, and its key does not end with a job of the workflow; add "
                           "target_job:")
                            .arg(owner));
    }

    if (!e.sourceTrigger.isEmpty() && !index.triggers.contains(e.sourceTrigger))
        fail(has(f.sourceTrigger) ? f.sourceTrigger : f.key,
             index.jobs.contains(e.sourceTrigger)
                 ? Tr::tr("%1 starts at the trigger %2, but that is a job; write source_job: instead").arg(owner, quoted(e.sourceTrigger))
                 : Tr::tr("%1 starts at the trigger %2, which is not in workflow %3")
                       .arg(owner, quoted(e.sourceTrigger), quoted(wf.key)));
    if (!e.sourceJob.isEmpty() && !index.jobs.contains(e.sourceJob))
        fail(has(f.sourceJob) ? f.sourceJob : f.key,
             index.triggers.contains(e.sourceJob)
                 ? Tr::tr("%1 starts at the job %2, but that is a trigger; write source_trigger: instead").arg(owner, quoted(e.sourceJob))
                 : Tr::tr("%1 starts at the job %2, which is not in workflow %3").arg(owner, quoted(e.sourceJob), quoted(wf.key)));
    if (!index.jobs.contains(e.targetJob))
        fail(has(f.target) ? f.target : f.key,
             index.triggers.contains(e.targetJob)
                 ? Tr::tr("%1 goes to the trigger %2; an edge can only go to a job").arg(owner, quoted(e.targetJob))
                 : Tr::tr("%1 goes to the job %2, which is not in workflow %3").arg(owner, quoted(e.targetJob), quoted(wf.key)));

    const QString condition = text(f.conditionType, QStringLiteral("condition_type"), owner).trimmed();
    if (!condition.isEmpty() && !parseConditionType(condition, &e.condition))
        fail(f.conditionType, Tr::tr("%1 has the condition_type %2; use always, on_job_success, on_job_failure or "
                                 "js_expression")
                                  .arg(owner, quoted(condition)));
    e.conditionLabel = text(f.label, QStringLiteral("condition_label"), owner);
    const QString expression = text(f.expression, QStringLiteral("condition_expression"), owner);
    if (e.condition == ConditionType::JsExpression) {
        if (expression.trimmed().isEmpty())
            fail(has(f.expression) ? f.expression : f.expressionKey >= 0 ? f.expressionKey : f.conditionType,
                 Tr::tr("%1 has condition_type js_expression but no condition_expression; add the JavaScript condition, "
                    "e.g. condition_expression: state.data.age > 18")
                     .arg(owner));
        e.conditionExpression = expression;
    }
    e.enabled = boolean(f.enabled, true, QStringLiteral("enabled"), owner);
    return e;
}

QString SpecReader::responseConfig(int id, const QString &owner) const
{
    if (!has(id))
        return {};
    if (!at(id).isMapping())
        fail(id, Tr::tr("webhook_response_config of %1 must be a mapping, not %2").arg(owner, YamlDocument::describe(at(id))));
    int budget = kMaxJsonNodes;
    return QString::fromStdString(toJson(id, &budget).dump());
}

nlohmann::ordered_json SpecReader::toJson(int id, int *budget) const
{
    if (--*budget < 0)
        fail(id, Tr::tr("webhook_response_config is too large (more than %1 values)").arg(kMaxJsonNodes));
    const YamlNode &n = at(id);
    switch (n.kind) {
    case YamlNode::Kind::Null: return nullptr;
    case YamlNode::Kind::Scalar: {
        const std::string s = n.text.toStdString();
        if (!n.plain)
            return s;
        if (n.text == QLatin1String("true") || n.text == QLatin1String("True") || n.text == QLatin1String("TRUE"))
            return true;
        if (n.text == QLatin1String("false") || n.text == QLatin1String("False") || n.text == QLatin1String("FALSE"))
            return false;
        static const QRegularExpression integer(QStringLiteral("^[-+]?[0-9]+$"));
        static const QRegularExpression real(QStringLiteral("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$"));
        if (integer.match(n.text).hasMatch()) {
            bool ok = false;
            const qlonglong v = n.text.toLongLong(&ok);
            if (ok)
                return v;
            const qulonglong u = n.text.toULongLong(&ok);
            if (ok)
                return u;
        }
        if (real.match(n.text).hasMatch()) {
            bool ok = false;
            const double v = n.text.toDouble(&ok);
            if (ok && std::isfinite(v))
                return v;
        }
        return s;
    }
    case YamlNode::Kind::Sequence: {
        nlohmann::ordered_json array = nlohmann::ordered_json::array();
        for (int item : n.items)
            array.push_back(toJson(item, budget));
        return array;
    }
    case YamlNode::Kind::Mapping: {
        nlohmann::ordered_json object = nlohmann::ordered_json::object();
        forEachPair(id, [&](int k, int v) {
            if (!at(k).isScalar())
                fail(k, Tr::tr("the keys in webhook_response_config must be text, not %1").arg(YamlDocument::describe(at(k))));
            object[at(k).text.toStdString()] = toJson(v, budget);
        });
        return object;
    }
    }
    return nullptr;
}

} // namespace

Result<Project> readSpec(const QByteArray &yaml, const QString &fileName, const QString &baseDir)
{
    if (yaml.size() > kMaxSpecBytes)
        return tooBig(yaml.size(), fileName);
    try {
        Result<YamlDocument> doc = YamlDocument::parse(yaml, fileName);
        if (!doc)
            return doc.error();
        SpecReader reader(doc.value(), baseDir);
        return reader.read();
    } catch (const ReadFailure &failure) {
        return failure.error;
    } catch (const std::exception &e) {
        return makeError(Tr::tr("the spec cannot be read (%1)").arg(QString::fromLocal8Bit(e.what())), fileName);
    }
}

Result<Project> readSpecFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(Tr::tr("the file does not exist; check the path"), path);
    if (info.isDir())
        return makeError(Tr::tr("this is a folder; give the path of the spec file (openfn-…-spec.yaml) inside it"), path);
    if (info.size() > kMaxSpecBytes)
        return tooBig(info.size(), path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("the file cannot be read: %1").arg(file.errorString()), path);
    const QByteArray bytes = file.read(kMaxSpecBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(Tr::tr("the file cannot be read: %1").arg(file.errorString()), path);
    if (bytes.size() > kMaxSpecBytes)
        return tooBig(bytes.size(), path);
    return readSpec(bytes, path, info.absolutePath());
}

} // namespace sb
