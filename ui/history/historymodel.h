#pragma once

#include "history/historyfilter.h"
#include "history/historyquery.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb {

class ReadThread;
class Store;

// Work orders matching a filter, paged in off the GUI thread: the first page when the
// filter is set, the next ones through canFetchMore()/fetchMore() as the view scrolls.
// Keyset pages on the work order id; a page arriving for a filter that has since changed
// is discarded. refresh() brings in work orders newer than the top row and updates the
// rows it is told about in place (live view).
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Workflow, Input, State, Duration, LastActivity, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawRole, StateRole, WorkflowIdRole };

    explicit HistoryModel(Store &store, QObject *parent = nullptr);
    ~HistoryModel() override;

    void setFilter(const HistoryFilter &filter, HistoryOrder order = HistoryOrder::NewestFirst);
    const HistoryFilter &filter() const { return m_filter; }
    HistoryOrder order() const { return m_order; }

    // Newer rows on top, and the rows in [first, last] re-read and updated in place.
    void refresh(int first, int last);

    const WorkOrderRow &rowAt(int row) const { return m_rows.at(row); }
    qint64 workOrderId(int row) const { return m_rows.at(row).id; }
    int rowOf(qint64 workOrderId) const; // -1 when not loaded
    bool isLoading() const { return m_fetching; }
    bool atEnd() const { return m_atEnd; }
    static constexpr int kPageSize = 200;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page (or a refresh) was applied; `firstPage` for the first one after setFilter().
    void pageLoaded(bool firstPage);
    void rowsPrepended(int count);
    void loadFailed(const QString &message);

private:
    Store &m_store;
    ReadThread *m_reader;
    HistoryFilter m_filter;
    HistoryOrder m_order = HistoryOrder::NewestFirst;
    QList<WorkOrderRow> m_rows;
    quint64 m_generation = 0;
    qint64 m_after = 0;
    bool m_atEnd = true;
    bool m_fetching = false;
    bool m_refreshing = false;
};

} // namespace sb
