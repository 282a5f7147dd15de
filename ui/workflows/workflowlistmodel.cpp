#include "workflowlistmodel.h"

#include <QCoreApplication>

namespace sb {

WorkflowListModel::WorkflowListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString WorkflowListModel::triggersSummary(const Workflow &workflow)
{
    QStringList parts;
    for (const Trigger &trigger : workflow.triggers) {
        QString part = trigger.type == TriggerType::Cron
                           ? tr("cron %1").arg(trigger.cronExpression)
                           : tr("webhook");
        if (!trigger.enabled)
            part = tr("%1 (disabled)").arg(part);
        parts.append(part);
    }
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

void WorkflowListModel::setProject(const Project &project, const QHash<QString, bool> &enabled)
{
    QList<Row> rows;
    rows.reserve(project.workflows.size());
    for (const Workflow &workflow : project.workflows) {
        Row row;
        row.key = workflow.key;
        row.name = workflow.name.isEmpty() ? workflow.key : workflow.name;
        row.triggers = triggersSummary(workflow);
        row.jobs = int(workflow.jobs.size());
        row.enabled = enabled.value(workflow.key, true);
        rows.append(row);
    }

    // Same workflows in the same order: update in place so selections survive a refresh.
    bool sameKeys = rows.size() == m_rows.size();
    for (int i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows[i].key == m_rows[i].key;
    if (sameKeys) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void WorkflowListModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void WorkflowListModel::setWorkflowEnabled(const QString &workflowKey, bool enabled)
{
    const int row = rowOf(workflowKey);
    if (row < 0 || m_rows[row].enabled == enabled)
        return;
    m_rows[row].enabled = enabled;
    emit dataChanged(index(row, Enabled), index(row, Enabled));
}

int WorkflowListModel::rowOf(const QString &workflowKey) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].key == workflowKey)
            return i;
    return -1;
}

QString WorkflowListModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].key : QString();
}

int WorkflowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkflowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == KeyRole)
        return row.key;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == RawRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 (key: %2)").arg(row.name, row.key);
        break;
    case Triggers:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return row.triggers;
        break;
    case Jobs:
        if (role == Qt::DisplayRole || role == RawRole)
            return row.jobs;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Enabled:
        if (role == Qt::CheckStateRole)
            return row.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == RawRole)
            return row.enabled;
        if (role == Qt::ToolTipRole)
            return row.enabled ? tr("Enabled: triggers start runs") : tr("Disabled: triggers are ignored");
        if (role == Qt::AccessibleTextRole)
            return row.enabled ? tr("enabled") : tr("disabled");
        break;
    default: break;
    }
    return {};
}

bool WorkflowListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    Row &row = m_rows[index.row()];
    const bool enabled = value.toInt() == Qt::Checked;
    if (enabled == row.enabled)
        return true;
    const QString key = row.key;
    // The setter may refresh this model; look the row up again afterwards.
    if (m_setter && !m_setter(key, enabled))
        return false;
    const int now = rowOf(key);
    if (now < 0)
        return false;
    m_rows[now].enabled = enabled;
    const QModelIndex changed = this->index(now, Enabled);
    emit dataChanged(changed, changed, {Qt::CheckStateRole, RawRole, Qt::ToolTipRole});
    return true;
}

Qt::ItemFlags WorkflowListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant WorkflowListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Triggers: return tr("Triggers");
    case Jobs: return tr("Jobs");
    case Enabled: return tr("Enabled");
    default: return {};
    }
}

} // namespace sb
