#include "credentialsmodel.h"

#include "credentials/credentialtypes.h"
#include "history/statestyle.h"
#include "main/messagebanner.h"

#include <QBrush>

namespace sb {

using credentials::AuditEntry;
using credentials::CredentialRecord;
using credentials::EnvironmentBody;
using credentials::SecretSource;

namespace {

QString typeLabel(const QString &id)
{
    const credentials::CredentialType *t = credentials::credentialType(id);
    return t ? t->translatedLabel() : id;
}

QString timeOrNever(qint64 ms)
{
    return ms > 0 ? formatTime(ms) : CredentialsModel::tr("never");
}

} // namespace

CredentialsModel::CredentialsModel(QObject *parent) : QAbstractTableModel(parent) {}

CredentialsModel::Row CredentialsModel::makeRow(const CredentialRecord &record, const QString &environment)
{
    return {record, record.source(environment), record.missingFields(environment)};
}

void CredentialsModel::setRows(const QList<Row> &rows, const QString &environment)
{
    // Same credentials in the same order: update in place, so selection and scroll stay.
    bool sameRows = environment == m_environment && rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).record.key == m_rows.at(i).record.key;
    if (sameRows) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_environment = environment;
    endResetModel();
}

const CredentialRecord *CredentialsModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

int CredentialsModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).record.key == key)
            return i;
    return -1;
}

QString CredentialsModel::secretText(const Row &row)
{
    if (!row.missing.isEmpty())
        return tr("incomplete: %1").arg(row.missing.join(QStringLiteral(", ")));
    return credentials::describe(row.source);
}

int CredentialsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CredentialsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const CredentialRecord *r = &row.record;
    const EnvironmentBody *b = r->body(m_environment);
    if (role == KeyRole)
        return r->key;
    if (role == SecretProblemRole)
        return row.source == SecretSource::Missing || !row.missing.isEmpty();

    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == RawRole)
            return r->name;
        if (role == Qt::ToolTipRole)
            return r->key == r->name ? r->name : tr("%1 (key: %2)").arg(r->name, r->key);
        break;
    case Type:
        if (role == Qt::DisplayRole || role == RawRole)
            return typeLabel(r->type);
        break;
    case Secret:
        if (role == Qt::DisplayRole || role == RawRole)
            return secretText(row);
        if (role == Qt::ForegroundRole && data(index, SecretProblemRole).toBool())
            return QBrush(MessageBanner::accentColor(MessageLevel::Warning));
        if (role == Qt::ToolTipRole) {
            if (row.source == SecretSource::Missing)
                return tr("Nothing is stored for %1: jobs using it fail with “secret missing”. Use Edit… to enter it.")
                    .arg(m_environment);
            if (b && !b->secretFields.isEmpty())
                return tr("Secret fields kept in the keychain: %1").arg(b->secretFields.join(QStringLiteral(", ")));
        }
        break;
    case Owner:
        if (role == Qt::DisplayRole || role == RawRole)
            return r->owner;
        break;
    case UsedBy:
        if (role == Qt::DisplayRole) {
            if (r->jobs.isEmpty())
                return tr("no job");
            // English has no .qm: spell the singular out rather than show "job(s)".
            return r->jobs.size() == 1 ? tr("1 job") : tr("%n jobs", nullptr, int(r->jobs.size()));
        }
        if (role == RawRole)
            return int(r->jobs.size());
        if (role == Qt::ToolTipRole && !r->jobs.isEmpty())
            return r->jobs.join(QLatin1Char('\n'));
        break;
    case LastUsed:
        if (role == Qt::DisplayRole)
            return timeOrNever(b ? b->lastUsedAt : 0);
        if (role == RawRole)
            return b ? b->lastUsedAt : qint64(0);
        break;
    case LastChanged:
        if (role == Qt::DisplayRole)
            return timeOrNever(b ? b->changedAt : 0);
        if (role == RawRole)
            return b ? b->changedAt : qint64(0);
        break;
    case LastTest:
        if (!b || b->lastTestedAt <= 0) {
            if (role == Qt::DisplayRole)
                return tr("not tested");
            if (role == RawRole)
                return qint64(0);
            break;
        }
        if (role == Qt::DisplayRole)
            return b->lastTestResult;
        if (role == RawRole)
            return b->lastTestedAt;
        if (role == Qt::ForegroundRole)
            return QBrush(MessageBanner::accentColor(b->lastTestOk ? MessageLevel::Positive : MessageLevel::Error));
        if (role == Qt::ToolTipRole)
            return tr("%1 (tested %2)").arg(b->lastTestResult, formatTime(b->lastTestedAt));
        break;
    default:
        break;
    }
    return {};
}

QVariant CredentialsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Secret: return tr("Secret");
    case Owner: return tr("Owner");
    case UsedBy: return tr("Used by");
    case LastUsed: return tr("Last used");
    case LastChanged: return tr("Last changed");
    case LastTest: return tr("Last test");
    default: return {};
    }
}

CredentialAuditModel::CredentialAuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void CredentialAuditModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int CredentialAuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CredentialAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CredentialAuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size() || index.column() >= ColumnCount)
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: return formatTime(e.at);
        case Actor: return e.actor;
        case Summary: return e.summary();
        default: break;
        }
    }
    if (role == CredentialsModel::RawRole && index.column() == Time)
        return e.at;
    if (role == Qt::ForegroundRole && index.column() == Summary && e.action == QLatin1String("tested")
        && e.detail.contains(QStringLiteral("ok")))
        return QBrush(MessageBanner::accentColor(e.detail.value(QStringLiteral("ok")).toBool() ? MessageLevel::Positive
                                                                                                : MessageLevel::Error));
    return {};
}

QVariant CredentialAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Actor: return tr("Who");
    case Summary: return tr("What");
    default: return {};
    }
}

} // namespace sb
