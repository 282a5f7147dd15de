#pragma once

// The versions of one Master Mapping Table: when each was created and published, its note
// and size; two of them compared cell by cell; one opened in the editor.

#include "sms/smstable.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace sb {

class MessageBanner;
class Store;

class MappingVersionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Version, Created, Published, Rows, Note, ColumnCount };

    explicit MappingVersionsModel(QObject *parent = nullptr);
    void setVersions(const QList<sms::TableVersion> &versions, int currentVersion);
    const sms::TableVersion &version(int row) const { return m_versions.at(row); }
    int rowOfVersion(int version) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sms::TableVersion> m_versions;
    int m_current = 0;
};

class MappingDiffModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Row, ColumnName, Before, After, ColumnCount };

    explicit MappingDiffModel(QObject *parent = nullptr);
    void setChanges(const QList<sms::CellChange> &changes);
    const sms::CellChange &change(int row) const { return m_changes.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sms::CellChange> m_changes;
};

class MappingTableVersionsDialog final : public QDialog
{
    Q_OBJECT

public:
    MappingTableVersionsDialog(Store &store, const QString &tableName, int shownVersion, QWidget *parent = nullptr);

    // Reads the versions again.
    void reload();
    // Compares two versions (older first in the listing); false with the reason in the
    // dialog's banner when one cannot be read.
    bool compare(int before, int after);

    MappingVersionsModel *versionsModel() const { return m_versions; }
    MappingDiffModel *diffModel() const { return m_diff; }
    QTableView *versionsTable() const { return m_versionsTable; }
    QTableView *diffTable() const { return m_diffTable; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    // "Open in editor" on one version.
    void openRequested(int version);

private:
    QList<int> selectedVersions() const;
    void updateButtons();

    Store &m_store;
    QString m_name;
    int m_shown = 0;
    MappingVersionsModel *m_versions = nullptr;
    MappingDiffModel *m_diff = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_versionsTable = nullptr;
    QTableView *m_diffTable = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_compare = nullptr;
    QPushButton *m_open = nullptr;
};

} // namespace sb
