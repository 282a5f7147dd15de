#include "triggertablemodel.h"

#include "nextfiresmodel.h"

#include <limits>

namespace sb {

TriggerTableModel::TriggerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TriggerTableModel::setRows(const QList<TriggerRow> &rows)
{
    bool sameKeys = rows.size() == m_rows.size();
    for (int i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows[i].workflowKey == m_rows[i].workflowKey
                   && rows[i].trigger.key == m_rows[i].trigger.key;
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

int TriggerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TriggerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriggerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TriggerRow &row = m_rows[index.row()];
    if (role == WorkflowKeyRole)
        return row.workflowKey;
    if (role == TriggerKeyRole)
        return row.trigger.key;
    const bool cron = row.trigger.type == TriggerType::Cron;
    switch (index.column()) {
    case Workflow:
        if (role == Qt::DisplayRole || role == RawRole)
            return row.workflowName;
        break;
    case Type:
        if (role == Qt::DisplayRole || role == RawRole)
            return cron ? tr("Cron") : tr("Webhook");
        break;
    case Enabled:
        if (role == Qt::CheckStateRole)
            return row.trigger.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == RawRole)
            return row.trigger.enabled;
        if (role == Qt::AccessibleTextRole)
            return row.trigger.enabled ? tr("enabled") : tr("disabled");
        break;
    case Endpoint:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return row.endpoint;
        break;
    case Reading:
        if (role == Qt::DisplayRole || role == RawRole || role == Qt::ToolTipRole)
            return row.reading;
        break;
    case NextUtc:
    case NextLocal:
        if (role == Qt::DisplayRole) {
            if (!cron)
                return QString();
            if (!row.trigger.enabled)
                return tr("disabled");
            if (!row.nextFire.isValid())
                return tr("never");
            return index.column() == NextUtc ? NextFiresModel::formatUtc(row.nextFire)
                                             : NextFiresModel::formatLocal(row.nextFire);
        }
        if (role == RawRole) {
            // Triggers that never fire sort last.
            return cron && row.trigger.enabled && row.nextFire.isValid()
                       ? row.nextFire.toMSecsSinceEpoch()
                       : std::numeric_limits<qint64>::max();
        }
        break;
    default: break;
    }
    return {};
}

bool TriggerTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    const TriggerRow row = m_rows[index.row()];
    if (row.trigger.enabled == enabled)
        return true;
    if (m_setter && !m_setter(row, enabled))
        return false;
    // The setter may have refreshed the rows: find this trigger again.
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].workflowKey == row.workflowKey && m_rows[i].trigger.key == row.trigger.key) {
            m_rows[i].trigger.enabled = enabled;
            emit dataChanged(this->index(i, 0), this->index(i, ColumnCount - 1));
            return true;
        }
    }
    return false;
}

Qt::ItemFlags TriggerTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant TriggerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Workflow: return tr("Workflow");
    case Type: return tr("Type");
    case Enabled: return tr("Enabled");
    case Endpoint: return tr("Webhook URL or schedule");
    case Reading: return tr("Reading");
    case NextUtc: return tr("Next fire (UTC)");
    case NextLocal: return tr("Next fire (local)");
    default: return {};
    }
}

} // namespace sb
