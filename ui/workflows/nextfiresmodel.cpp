#include "nextfiresmodel.h"

#include <QLocale>
#include <QTimeZone>

namespace sb {

NextFiresModel::NextFiresModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void NextFiresModel::setFireTimes(const QList<QDateTime> &times)
{
    beginResetModel();
    m_times = times;
    endResetModel();
}

QString NextFiresModel::formatUtc(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toUTC(), QStringLiteral("ddd yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

QString NextFiresModel::formatLocal(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local, QStringLiteral("ddd yyyy-MM-dd HH:mm")) + QLatin1Char(' ')
           + local.timeZoneAbbreviation();
}

int NextFiresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_times.size());
}

int NextFiresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NextFiresModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDateTime &time = m_times[index.row()];
    if (role == RawRole)
        return time.toMSecsSinceEpoch();
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == Utc ? formatUtc(time) : formatLocal(time);
}

QVariant NextFiresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Utc: return tr("UTC");
    case Local: return tr("Local time");
    default: return {};
    }
}

} // namespace sb
