#include "historymodel.h"

#include "readthread.h"
#include "statestyle.h"

#include "store/store.h"

#include <QFont>

#include <algorithm>

namespace sb {

namespace {

struct RefreshResult
{
    Result<QList<WorkOrderRow>> newer = QList<WorkOrderRow>{};
    Result<QList<WorkOrderRow>> updated = QList<WorkOrderRow>{};
};

constexpr int kNewerLimit = 1000;

} // namespace

HistoryModel::HistoryModel(Store &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_reader(new ReadThread(store, this))
{
}

HistoryModel::~HistoryModel() = default;

void HistoryModel::setFilter(const HistoryFilter &filter, HistoryOrder order)
{
    ++m_generation;
    beginResetModel();
    m_filter = filter;
    m_order = order;
    m_rows.clear();
    m_after = 0;
    m_atEnd = false;
    m_fetching = false;
    m_refreshing = false;
    endResetModel();
    fetchMore({});
}

int HistoryModel::rowOf(qint64 workOrderId) const
{
    // Rows are in id order (descending or ascending), so a binary search finds one.
    const bool desc = m_order == HistoryOrder::NewestFirst;
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), workOrderId,
                                     [desc](const WorkOrderRow &r, qint64 id) { return desc ? r.id > id : r.id < id; });
    if (it == m_rows.cend() || it->id != workOrderId)
        return -1;
    return int(it - m_rows.cbegin());
}

bool HistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void HistoryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const quint64 generation = m_generation;
    const bool first = m_rows.isEmpty();
    const HistoryFilter filter = m_filter;
    const HistoryOrder order = m_order;
    const qint64 after = m_after;
    m_reader->run<Result<HistoryPage>>(
        [filter, order, after](QSqlDatabase &db) { return loadHistoryPage(db, filter, order, after, kPageSize); },
        [this, generation, first](Result<HistoryPage> page) {
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
            m_after = page->continueAfter;
            m_atEnd = page->atEnd;
            QList<WorkOrderRow> rows = std::move(page->rows);
            if (!rows.isEmpty()) {
                const int at = int(m_rows.size());
                beginInsertRows({}, at, at + int(rows.size()) - 1);
                m_rows += std::move(rows);
                endInsertRows();
            }
            Q_EMIT pageLoaded(first);
        });
}

void HistoryModel::refresh(int first, int last)
{
    if (m_refreshing || m_fetching)
        return; // the page on its way is fresh already
    if (m_rows.isEmpty()) {
        setFilter(m_filter, m_order);
        return;
    }
    QList<qint64> ids;
    first = std::max(0, first);
    last = std::min(int(m_rows.size()) - 1, last);
    for (int r = first; r <= last; ++r)
        ids << m_rows.at(r).id;
    const qint64 top = m_order == HistoryOrder::NewestFirst ? m_rows.first().id : 0;
    m_refreshing = true;
    const quint64 generation = m_generation;
    const HistoryFilter filter = m_filter;
    m_reader->run<std::shared_ptr<RefreshResult>>(
        [filter, top, ids](QSqlDatabase &db) {
            auto r = std::make_shared<RefreshResult>();
            if (top > 0)
                r->newer = loadNewerWorkOrders(db, filter, top, kNewerLimit);
            r->updated = loadWorkOrderRows(db, ids);
            return r;
        },
        [this, generation](std::shared_ptr<RefreshResult> r) {
            if (generation != m_generation)
                return;
            m_refreshing = false;
            if (!r->newer || !r->updated) {
                Q_EMIT loadFailed(!r->newer ? r->newer.error().message : r->updated.error().message);
                return;
            }
            if (r->newer->size() >= kNewerLimit) {
                setFilter(m_filter, m_order); // too much changed: start over
                return;
            }
            for (const WorkOrderRow &row : r->updated.value()) {
                const int at = rowOf(row.id);
                if (at < 0)
                    continue;
                WorkOrderRow &mine = m_rows[at];
                if (mine.state == row.state && mine.lastActivityAt == row.lastActivityAt && mine.durationMs == row.durationMs
                    && mine.runCount == row.runCount)
                    continue;
                mine = row;
                Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
            }
            QList<WorkOrderRow> newer = std::move(r->newer.value());
            // Keep only ids above the current top (a page could not have brought them, but be exact).
            const qint64 topNow = m_rows.isEmpty() ? 0 : m_rows.first().id;
            newer.erase(std::remove_if(newer.begin(), newer.end(), [topNow](const WorkOrderRow &w) { return w.id <= topNow; }),
                        newer.end());
            if (!newer.isEmpty()) {
                beginInsertRows({}, 0, int(newer.size()) - 1);
                m_rows = newer + m_rows;
                endInsertRows();
                Q_EMIT rowsPrepended(int(newer.size()));
            }
            Q_EMIT pageLoaded(false);
        });
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WorkOrderRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StateRole:
        return r.state;
    case WorkflowIdRole:
        return r.workflowId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received: return formatTime(r.createdAt);
        case Workflow: return r.workflowName;
        case Input: return r.inputSummary;
        case State:
            return r.runCount > 1 ? tr("%1 (%n runs)", nullptr, r.runCount).arg(stateLabel(r.state)) : stateLabel(r.state);
        case Duration: return formatDuration(r.durationMs);
        case LastActivity: return formatTime(r.lastActivityAt);
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Received: return r.createdAt;
        case Workflow: return r.workflowName;
        case Input: return r.inputSummary;
        case State: return r.state;
        case Duration: return r.durationMs;
        case LastActivity: return r.lastActivityAt;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == State)
            return stateIcon(r.state);
        break;
    case Qt::ForegroundRole:
        if (index.column() == State)
            return stateColor(r.state);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Input)
            return r.inputSummary;
        if (index.column() == Received)
            return tr("Work order %1").arg(r.id);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case Workflow: return tr("Workflow");
    case Input: return tr("Input");
    case State: return tr("State");
    case Duration: return tr("Duration");
    case LastActivity: return tr("Last activity");
    }
    return {};
}

} // namespace sb
