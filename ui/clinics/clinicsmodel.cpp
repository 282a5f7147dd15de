#include "clinics/clinicsmodel.h"

#include <QColor>
#include <QLocale>

namespace sb {

using namespace clinics;

ClinicsModel::ClinicsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClinicsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const ClinicsModel::Row *ClinicsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ClinicsModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).clinic.name == name)
            return i;
    return -1;
}

int ClinicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClinicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ClinicsModel::statusColor(const QString &status)
{
    if (status == QLatin1String(kActive))
        return QColor(0x2e, 0x9e, 0x4f);
    if (status == QLatin1String(kSuspended))
        return QColor(0xe0, 0x9a, 0x1a);
    if (status == QLatin1String(kGuest))
        return QColor(0x5b, 0x7d, 0xb1);
    return QColor(0x8a, 0x8a, 0x8a);
}

QVariant ClinicsModel::data(const QModelIndex &index, int role) const
{
    const Row *r = rowAt(index.row());
    if (!r)
        return {};
    const Clinic &c = r->clinic;
    const QLocale locale;
    if (role == SalesforceIdRole)
        return c.salesforceId;
    if (role == RawRole) {
        switch (index.column()) {
        case Name: return c.name;
        case Country: return c.country;
        case Status: return c.status;
        case Patients: return c.patients;
        case Educational: return r->pending.educational;
        case Reminders: return r->pending.reminders;
        case Replan: return r->replan;
        case Synced: return c.syncedAt;
        default: return {};
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return c.name;
        case Country: return c.country;
        case Status: return c.status;
        case Patients: return locale.toString(c.patients);
        case Educational: return locale.toString(r->pending.educational);
        case Reminders: return locale.toString(r->pending.reminders);
        case Replan: return r->replan > 0 ? tr("%n contact(s)", nullptr, r->replan) : QString();
        case Synced: return c.syncedAt.isValid() ? c.syncedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
        default: return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Status)
        return statusColor(c.status);
    if (role == Qt::ToolTipRole) {
        if (index.column() == Status)
            return tr("%1: %2").arg(c.status, statusEffect(c.status));
        if (index.column() == Replan && r->replan > 0)
            return tr("The last status change could not re-plan these contacts; select the clinic and press Retry.");
        if (index.column() == Name)
            return tr("%1 (Salesforce %2, CAST location %3)").arg(c.name, c.salesforceId, c.locationId);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Patients || index.column() == Educational || index.column() == Reminders))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Replan && r->replan > 0)
        return QColor(0xc0, 0x39, 0x2b);
    return {};
}

QVariant ClinicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Clinic");
    case Country: return tr("Country");
    case Status: return tr("Status");
    case Patients: return tr("Patients");
    case Educational: return tr("Pending educational");
    case Reminders: return tr("Pending reminders");
    case Replan: return tr("To re-plan");
    case Synced: return tr("Synced");
    default: return {};
    }
}

} // namespace sb
