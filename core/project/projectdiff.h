#pragma once

#include "project/model.h"

#include <QList>
#include <QString>

namespace sb {

enum class ChangeKind { Added, Changed, Removed };
enum class ObjectKind { Project, Credential, Workflow, Job, Trigger, Edge };

struct Change
{
    ChangeKind kind = ChangeKind::Added;
    ObjectKind object = ObjectKind::Workflow;
    QString workflowKey; // empty for Project and Credential
    QString key;         // the object's key (the workflow key for Workflow)
    QString detail;      // for Changed: the fields that differ, e.g. "body, adaptor"
};

struct ProjectDiff
{
    QString projectName;
    bool newProject = false;
    QList<Change> changes; // project, credentials, then workflow by workflow in spec order
    // Things that import but will not run, e.g. a job whose adaptor (or its pinned version)
    // this build lacks: reported at import, not discovered at run time.
    QStringList warnings;

    bool isEmpty() const { return changes.isEmpty(); }
    int count(ChangeKind kind, ObjectKind object) const;
    // One line per change, for the CLI and the preview: "+ job  Register patient / Upsert contact".
    QStringList lines() const;
    // "2 workflows added, 1 job changed, 3 edges removed" or "no changes".
    QString summary() const;
};

// One warning per job of `project` whose adaptor this build cannot run.
QStringList adaptorWarnings(const Project &project);

// What importing `incoming` over `current` (nullptr when the project is new) changes.
ProjectDiff diffProjects(const Project *current, const Project &incoming);

QString toString(ChangeKind kind);  // "added" | "changed" | "removed"
QString toString(ObjectKind kind);  // "project" | "credential" | "workflow" | …

} // namespace sb
