#pragma once

#include "clinics/clinicstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb {

// The clinics list: name, country, status, patients, pending SMS by kind, contacts still to
// re-plan, last sync.
class ClinicsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Country, Status, Patients, Educational, Reminders, Replan, Synced, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, SalesforceIdRole };

    struct Row
    {
        clinics::Clinic clinic;
        clinics::PendingSms pending;
        int replan = 0;
    };

    explicit ClinicsModel(QObject *parent = nullptr);
    void setRows(const QList<Row> &rows);
    const Row *rowAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour that marks a status (green, amber, grey, blue-grey).
    static QColor statusColor(const QString &status);

private:
    QList<Row> m_rows;
};

} // namespace sb
