#pragma once

#include "project/model.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace sb {

// The workflows of a project: name, triggers, job count and whether it is enabled.
// The enabled checkbox asks the setter (the controller) and only changes when it agrees.
class WorkflowListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Triggers, Jobs, Enabled, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, KeyRole };
    using EnabledSetter = std::function<bool(const QString &workflowKey, bool enabled)>;

    explicit WorkflowListModel(QObject *parent = nullptr);

    // `enabled` maps workflow keys to their state; missing keys count as enabled.
    void setProject(const Project &project, const QHash<QString, bool> &enabled);
    void clear();
    void setEnabledSetter(EnabledSetter setter) { m_setter = std::move(setter); }
    // Reflects a state changed elsewhere.
    void setWorkflowEnabled(const QString &workflowKey, bool enabled);

    int rowOf(const QString &workflowKey) const;
    QString keyAt(int row) const;

    // "webhook, cron 0 6 * * *"; disabled triggers are marked.
    static QString triggersSummary(const Workflow &workflow);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString name;
        QString triggers;
        int jobs = 0;
        bool enabled = true;
    };

    QList<Row> m_rows;
    EnabledSetter m_setter;
};

} // namespace sb
