#pragma once

#include "project/model.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include <functional>

namespace sb {

// One row of the Triggers page, prepared by TriggersController.
struct TriggerRow
{
    QString workflowKey;
    QString workflowName;
    Trigger trigger;
    QString endpoint;   // webhook URL, or the cron expression
    QString reading;    // plain-language reading of the cron expression, or the reply mode
    QDateTime nextFire; // cron only; invalid when none or the expression is wrong
};

// Every trigger of the project. The enabled checkbox asks the setter (the controller).
class TriggerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Workflow, Type, Enabled, Endpoint, Reading, NextUtc, NextLocal, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, WorkflowKeyRole, TriggerKeyRole };
    using EnabledSetter = std::function<bool(const TriggerRow &row, bool enabled)>;

    explicit TriggerTableModel(QObject *parent = nullptr);

    void setRows(const QList<TriggerRow> &rows);
    QList<TriggerRow> rows() const { return m_rows; }
    void setEnabledSetter(EnabledSetter setter) { m_setter = std::move(setter); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TriggerRow> m_rows;
    EnabledSetter m_setter;
};

} // namespace sb
