#pragma once

#include "project/model.h"
#include "project/projectdiff.h"

#include <QAbstractItemModel>
#include <QList>

namespace sb {

// What an import will change, as a tree: the project and its credentials first, then
// one group per workflow with its added (green), changed (amber) and removed (red)
// jobs, triggers and edges.
class ImportPreviewModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Item, Kind, Detail, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1, ChangeKindRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // `incoming` names the workflows; it may be null.
    void setDiff(const ProjectDiff &diff, const Project *incoming);
    void clear();
    const ProjectDiff &diff() const { return m_diff; }
    // Group rows (the project, each workflow) carry their title in the first column only.
    static bool isGroup(const QModelIndex &index) { return index.isValid() && !index.parent().isValid(); }

    static QColor changeColor(ChangeKind kind, bool darkBackground);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Group
    {
        QString title;
        QList<sb::Change> changes;
    };

    QVariant groupData(const Group &group, int column, int role) const;
    QVariant changeData(const sb::Change &change, int column, int role) const;
    static QString objectName(ObjectKind kind);
    static QString changeName(ChangeKind kind);
    QString displayName(const sb::Change &change) const;

    ProjectDiff m_diff;
    Project m_incoming;
    QList<Group> m_groups;
};

} // namespace sb
