#pragma once

// Table models of the Sandbox view: the emulated systems with their live state, the records
// of one collection, and the requests one system received. Each is updated in place when
// it can be (values changed, rows appended or removed) so that the person's selection and
// scroll position survive the view's polling; anything else resets the model and the view
// puts the selection back by key.

#include "sandbox/sandbox.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sb {

// What a secret value is shown as (header values, query parameters, body fields).
inline constexpr char kSandboxRedacted[] = "[redacted]";

// True for a header, query parameter or body field name whose value is a credential
// (Authorization, API keys, tokens, passwords, cookies, devise-style "client").
bool isSandboxSecretName(const QString &name);
// The query string decoded for reading, secret parameter values replaced.
QString redactedQuery(const QString &encodedQuery);
// A request body for reading: JSON indented, JSON fields and form parameters that are
// secrets replaced; other text as is; binary data described; empty for no body.
QString readableBody(const QByteArray &body);
// "off", "429 Too many requests, 3 left" …
QString faultSummary(const sandbox::Fault &fault);
// The name of a fault kind as offered by the fault knob ("429 Too many requests").
QString faultKindLabel(sandbox::FaultKind kind);

// The emulated systems, in the sandbox's order, with the requests each handled and its
// fault knob.
class SandboxSystemsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Requests, Fault, Url, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawRole };

    struct Row
    {
        sandbox::SystemInfo info;
        int requests = 0;
        sandbox::Fault fault;
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setSystems(const QList<sandbox::SystemInfo> &systems);
    // Updates one system's counters in place.
    void setState(const QString &id, int requests, const sandbox::Fault &fault);
    int rowOf(const QString &id) const;
    const Row &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

// The records of one collection in insertion order: the key first, then the union of the
// records' top-level fields in the order first seen. Nested values read as compact JSON.
class SandboxRecordsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { KeyRole = Qt::UserRole + 1, RawRole };
    static constexpr int kKeyColumn = 0;

    using QAbstractTableModel::QAbstractTableModel;

    // Returns true when the model had to be reset (the view then restores its selection).
    bool setRecords(const QList<QPair<QString, QJsonObject>> &records);
    void clear();

    QString keyAt(int row) const { return m_keys.at(row); }
    QJsonObject recordAt(int row) const { return m_records.at(row); }
    int rowOf(const QString &key) const { return int(m_keys.indexOf(key)); }
    QStringList fields() const { return m_fields; } // the columns after the key

    // One cell as shown: strings as they are, other values as compact JSON.
    static QString cellText(const QJsonValue &value);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_keys;
    QList<QJsonObject> m_records;
    QStringList m_fields;
};

// The requests one system received, newest first.
class SandboxRequestsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Method, Path, Status, ColumnCount };
    enum Role { RawRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    // `requests` oldest first, as Sandbox::requests() returns them. Newer requests are
    // inserted on top and the ones the sandbox forgot removed at the bottom; returns true
    // when the model had to be reset instead.
    bool setRequests(const QList<sandbox::RecordedRequest> &requests);
    void clear();

    const sandbox::RecordedRequest &requestAt(int row) const { return m_requests.at(m_requests.size() - 1 - row); }
    // The path and query as listed (secret query values replaced).
    static QString target(const sandbox::RecordedRequest &request);
    static QString statusText(int status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void rowsPrepended(int count);

private:
    QList<sandbox::RecordedRequest> m_requests; // oldest first
};

} // namespace sb
