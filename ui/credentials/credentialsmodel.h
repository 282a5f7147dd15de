#pragma once

#include "credentials/credentialstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace sb {

// The credentials of one project as seen in one environment: a row per credential, with
// where its secret comes from in that environment, who uses it and its last test.
class CredentialsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Secret, Owner, UsedBy, LastUsed, LastChanged, LastTest, ColumnCount };
    enum Role {
        RawRole = Qt::UserRole + 1, // sortable value of the cell
        KeyRole,                    // the credential's key
        SecretProblemRole,          // true when the secret is missing or incomplete
    };

    // One credential as shown for one environment. Where the secret comes from may read the
    // headless secrets file, so rows are made off the GUI thread (makeRow).
    struct Row
    {
        credentials::CredentialRecord record;
        credentials::SecretSource source = credentials::SecretSource::Missing;
        QStringList missing; // required fields missing from the stored body
    };
    static Row makeRow(const credentials::CredentialRecord &record, const QString &environment);

    explicit CredentialsModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows, const QString &environment);
    const QList<Row> &rows() const { return m_rows; }
    QString environment() const { return m_environment; }
    const credentials::CredentialRecord *recordAt(int row) const;
    int rowOfKey(const QString &key) const; // -1 when absent

    // The text of the Secret column ("secret missing", "incomplete: password", …).
    static QString secretText(const Row &row);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QString m_environment;
};

// The credential audit of a project, newest first: time, who, what.
class CredentialAuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Actor, Summary, ColumnCount };

    explicit CredentialAuditModel(QObject *parent = nullptr);

    void setEntries(const QList<credentials::AuditEntry> &entries);
    const QList<credentials::AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<credentials::AuditEntry> m_entries;
};

} // namespace sb
