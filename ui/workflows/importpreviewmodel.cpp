#include "importpreviewmodel.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace sb {

// Child indexes carry their group's row + 1 as internal id; groups carry 0.

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QColor ImportPreviewModel::changeColor(ChangeKind kind, bool darkBackground)
{
    switch (kind) {
    case ChangeKind::Added: return darkBackground ? QColor(0x6d, 0xd0, 0x8a) : QColor(0x1e, 0x8a, 0x3e);
    case ChangeKind::Changed: return darkBackground ? QColor(0xf2, 0xb5, 0x4a) : QColor(0xa8, 0x65, 0x00);
    case ChangeKind::Removed: return darkBackground ? QColor(0xf2, 0x7a, 0x7a) : QColor(0xc2, 0x2b, 0x2b);
    }
    return {};
}

QString ImportPreviewModel::objectName(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Project: return tr("Project");
    case ObjectKind::Credential: return tr("Credential");
    case ObjectKind::Workflow: return tr("Workflow");
    case ObjectKind::Job: return tr("Job");
    case ObjectKind::Trigger: return tr("Trigger");
    case ObjectKind::Edge: return tr("Edge");
    }
    return {};
}

QString ImportPreviewModel::displayName(const sb::Change &change) const
{
    // Names where the incoming project has them (removed objects only have their key).
    const Workflow *workflow = m_incoming.workflow(change.workflowKey);
    if (change.object == ObjectKind::Job && workflow) {
        const Job *job = workflow->job(change.key);
        if (job && !job->name.isEmpty() && job->name != change.key)
            return tr("“%1”").arg(job->name);
    }
    if (change.object == ObjectKind::Credential) {
        for (const CredentialRef &credential : m_incoming.credentials)
            if (credential.key == change.key && !credential.name.isEmpty())
                return tr("“%1”").arg(credential.name);
    }
    if (change.object == ObjectKind::Edge) {
        QString key = change.key;
        return key.replace(QStringLiteral("->"), QStringLiteral(" → "));
    }
    return change.key;
}

QString ImportPreviewModel::changeName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return tr("added");
    case ChangeKind::Changed: return tr("changed");
    case ChangeKind::Removed: return tr("removed");
    }
    return {};
}

void ImportPreviewModel::setDiff(const ProjectDiff &diff, const Project *incoming)
{
    beginResetModel();
    m_diff = diff;
    m_incoming = incoming ? *incoming : Project();
    m_groups.clear();
    Group projectGroup;
    projectGroup.title = tr("Project “%1”").arg(diff.projectName);
    QList<QString> order;
    QHash<QString, Group> byWorkflow;
    for (const sb::Change &change : diff.changes) {
        if (change.workflowKey.isEmpty() && change.object != ObjectKind::Workflow) {
            projectGroup.changes.append(change);
            continue;
        }
        const QString key = change.workflowKey.isEmpty() ? change.key : change.workflowKey;
        if (!byWorkflow.contains(key)) {
            order.append(key);
            const Workflow *workflow = incoming ? incoming->workflow(key) : nullptr;
            const QString name = workflow && !workflow->name.isEmpty() ? workflow->name : key;
            byWorkflow[key].title = tr("Workflow “%1”").arg(name);
        }
        byWorkflow[key].changes.append(change);
    }
    if (!projectGroup.changes.isEmpty())
        m_groups.append(projectGroup);
    for (const QString &key : std::as_const(order))
        m_groups.append(byWorkflow.value(key));
    endResetModel();
}

void ImportPreviewModel::clear()
{
    beginResetModel();
    m_diff = ProjectDiff();
    m_incoming = Project();
    m_groups.clear();
    endResetModel();
}

QModelIndex ImportPreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ImportPreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups[parent.row()].changes.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups[index.row()], index.column(), role);
    const Group &group = m_groups[int(index.internalId() - 1)];
    return changeData(group.changes[index.row()], index.column(), role);
}

QVariant ImportPreviewModel::groupData(const Group &group, int column, int role) const
{
    if (role == Qt::FontRole && column == Item) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != RawRole)
        return {};
    switch (column) {
    case Item: return group.title;
    default: return {};
    }
}

QVariant ImportPreviewModel::changeData(const sb::Change &change, int column, int role) const
{
    if (role == ChangeKindRole)
        return int(change.kind);
    if (role == Qt::ForegroundRole && column == Kind) {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        return changeColor(change.kind, dark);
    }
    if (role == Qt::DisplayRole || role == RawRole) {
        switch (column) {
        case Item:
            return tr("%1 %2").arg(objectName(change.object), displayName(change));
        case Kind: {
            const QString sign = change.kind == ChangeKind::Added     ? QStringLiteral("+ ")
                                 : change.kind == ChangeKind::Removed ? QStringLiteral("− ")
                                                                      : QStringLiteral("~ ");
            return QString(sign + changeName(change.kind));
        }
        case Detail: return change.detail;
        default: return {};
        }
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Item: return tr("What");
    case Kind: return tr("Change");
    case Detail: return tr("Details");
    default: return {};
    }
}

} // namespace sb
