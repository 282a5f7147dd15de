#include "inboxmodel.h"

#include "outcomestyle.h"

#include "history/readthread.h"
#include "history/statestyle.h"
#include "store/store.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <memory>

namespace sb {

namespace {

struct RefreshResult
{
    Result<QList<MessageRow>> newer = QList<MessageRow>{};
    Result<QList<MessageRow>> updated = QList<MessageRow>{};
};

constexpr int kNewerLimit = 1000;

bool sameRow(const MessageRow &a, const MessageRow &b)
{
    return a.replyStatus == b.replyStatus && a.outcome == b.outcome && a.reason == b.reason
           && a.workOrderId == b.workOrderId && a.workflowName == b.workflowName && a.triggerId == b.triggerId;
}

} // namespace

InboxModel::InboxModel(Store &store, QObject *parent) : QAbstractTableModel(parent), m_reader(new ReadThread(store, this))
{
}

InboxModel::~InboxModel() = default;

void InboxModel::setFilter(const MessageFilter &filter)
{
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_before = 0;
    m_atEnd = false;
    m_fetching = false;
    m_refreshing = false;
    m_refreshPending = false;
    endResetModel();
    fetchMore({});
}

int InboxModel::rowOf(qint64 messageId) const
{
    // Rows are in descending id order.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), messageId,
                                     [](const MessageRow &r, qint64 id) { return r.id > id; });
    if (it == m_rows.cend() || it->id != messageId)
        return -1;
    return int(it - m_rows.cbegin());
}

bool InboxModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void InboxModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const bool first = m_rows.isEmpty();
    const MessageFilter filter = m_filter;
    const qint64 before = m_before;
    m_reader->run<Result<MessagePage>>(
        [filter, before](QSqlDatabase &db) { return loadMessagePage(db, filter, before, kPageSize); },
        [this, generation, first](Result<MessagePage> page) {
            if (generation != m_generation)
                return; // the filter changed meanwhile
            m_fetching = false;
            if (!page) {
                m_atEnd = true;
                Q_EMIT loadFailed(page.error().message);
                return;
            }
            // The cursor moves before the rows are inserted: the view may ask for more
            // from inside endInsertRows().
            m_before = page->continueBefore;
            m_atEnd = page->atEnd;
            QList<MessageRow> rows = std::move(page->rows);
            // A refresh may have brought some of these already (never, but be exact).
            const qint64 bottom = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
            if (bottom > 0)
                rows.erase(std::remove_if(rows.begin(), rows.end(), [bottom](const MessageRow &r) { return r.id >= bottom; }),
                           rows.end());
            if (!rows.isEmpty()) {
                const int at = int(m_rows.size());
                beginInsertRows({}, at, at + int(rows.size()) - 1);
                m_rows += std::move(rows);
                endInsertRows();
            }
            Q_EMIT pageLoaded(first);
            runPendingRefresh();
        });
}

void InboxModel::runPendingRefresh()
{
    if (!m_refreshPending || m_fetching || m_refreshing)
        return;
    m_refreshPending = false;
    refresh(m_pendingFirst, m_pendingLast);
}

void InboxModel::refresh(int first, int last)
{
    if (m_refreshing || m_fetching) {
        // What is on its way may predate the change: look again when it arrived.
        m_refreshPending = true;
        m_pendingFirst = first;
        m_pendingLast = last;
        return;
    }
    if (m_rows.isEmpty()) {
        setFilter(m_filter);
        return;
    }
    QList<qint64> ids;
    first = std::max(0, first);
    last = std::min(int(m_rows.size()) - 1, last);
    for (int r = first; r <= last; ++r)
        ids << m_rows.at(r).id;
    const qint64 top = m_rows.constFirst().id;
    m_refreshing = true;
    const quint64 generation = m_generation;
    const MessageFilter filter = m_filter;
    m_reader->run<std::shared_ptr<RefreshResult>>(
        [filter, top, ids](QSqlDatabase &db) {
            auto r = std::make_shared<RefreshResult>();
            r->newer = loadNewerMessages(db, filter, top, kNewerLimit);
            r->updated = loadMessageRows(db, ids);
            return r;
        },
        [this, generation](std::shared_ptr<RefreshResult> r) {
            if (generation != m_generation)
                return;
            m_refreshing = false;
            if (!r->newer || !r->updated) {
                Q_EMIT loadFailed(!r->newer ? r->newer.error().message : r->updated.error().message);
                runPendingRefresh();
                return;
            }
            if (r->newer->size() >= kNewerLimit) {
                setFilter(m_filter); // a flood arrived: start over from the newest
                return;
            }
            QList<qint64> changed;
            for (const MessageRow &row : r->updated.value()) {
                const int at = rowOf(row.id);
                if (at < 0 || sameRow(m_rows.at(at), row))
                    continue;
                m_rows[at] = row;
                changed << row.id;
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            QList<MessageRow> newer = std::move(r->newer.value());
            const qint64 topNow = m_rows.isEmpty() ? 0 : m_rows.constFirst().id;
            newer.erase(std::remove_if(newer.begin(), newer.end(), [topNow](const MessageRow &m) { return m.id <= topNow; }),
                        newer.end());
            if (!newer.isEmpty()) {
                beginInsertRows({}, 0, int(newer.size()) - 1);
                m_rows = newer + m_rows;
                endInsertRows();
                Q_EMIT rowsPrepended(int(newer.size()));
            }
            if (!changed.isEmpty())
                Q_EMIT rowsUpdated(changed);
            Q_EMIT pageLoaded(false);
            runPendingRefresh();
        });
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MessageRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case OutcomeRole:
        return r.outcome;
    case WorkOrderIdRole:
        return r.workOrderId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received: return formatTime(r.receivedAt);
        case Method: return r.method;
        case Path: return r.path;
        case Trigger: return r.workflowName.isEmpty() ? QStringLiteral("—") : r.workflowName;
        case Outcome: return outcomeLabel(r.outcome);
        case Status: return r.replyStatus > 0 ? QString::number(r.replyStatus) : tr("waiting");
        case Size:
            return QLocale().formattedDataSize(r.bodySize, r.bodySize < 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
        case Reason:
            if (!r.reason.isEmpty())
                return r.reason;
            return r.workOrderId > 0 ? tr("Work order %1").arg(r.workOrderId) : QString();
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Received: return r.receivedAt;
        case Method: return r.method;
        case Path: return r.path;
        case Trigger: return r.workflowName;
        case Outcome: return r.outcome;
        case Status: return r.replyStatus;
        case Size: return r.bodySize;
        case Reason: return r.reason;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Outcome)
            return outcomeIcon(r.outcome);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Outcome)
            return outcomeColor(r.outcome);
        if ((index.column() == Reason && r.reason.isEmpty()) || (index.column() == Trigger && r.workflowName.isEmpty()))
            return QGuiApplication::palette().color(QPalette::PlaceholderText);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Received:
            return tr("Request %1, received %2 UTC from %3")
                .arg(r.id)
                .arg(QDateTime::fromMSecsSinceEpoch(r.receivedAt, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")),
                     r.remoteAddress.isEmpty() ? tr("an unknown address") : r.remoteAddress);
        case Path: return r.path;
        case Trigger:
            return r.triggerId > 0 ? tr("Workflow \"%1\", trigger \"%2\"").arg(r.workflowName, r.triggerKey)
                                   : tr("No webhook trigger has this path.");
        case Status:
            return r.replyStatus > 0 ? tr("HTTP status of the reply sent")
                                     : tr("The reply waits for the run to finish.");
        case Size: return tr("%1 bytes").arg(QLocale().toString(r.bodySize));
        case Reason:
            return r.reason.isEmpty() && r.workOrderId > 0 ? tr("Accepted: work order %1 was created (double-click to open it).")
                                                                 .arg(r.workOrderId)
                                                           : r.reason;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Status || index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section == Received)
        return tr("When the request arrived, in local time");
    if (role == Qt::TextAlignmentRole && (section == Status || section == Size))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case Method: return tr("Method");
    case Path: return tr("Path");
    case Trigger: return tr("Workflow");
    case Outcome: return tr("Outcome");
    case Status: return tr("Status");
    case Size: return tr("Size");
    case Reason: return tr("Reason");
    }
    return {};
}

} // namespace sb
