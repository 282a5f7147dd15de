#pragma once

#include "inbox/messagequery.h"

#include <QAbstractTableModel>
#include <QList>

namespace sb {

class ReadThread;
class Store;

// Received webhook requests matching a filter, newest first, paged in off the GUI thread:
// the first page when the filter is set, the next ones through canFetchMore()/fetchMore()
// as the view scrolls (keyset on the message id). A page arriving for a filter that has
// since changed is discarded. refresh() brings in requests newer than the top row and
// updates the rows it is told about in place (a reply sent when the run finished).
class InboxModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, Method, Path, Trigger, Outcome, Status, Size, Reason, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RawRole, OutcomeRole, WorkOrderIdRole };

    explicit InboxModel(Store &store, QObject *parent = nullptr);
    ~InboxModel() override;

    void setFilter(const MessageFilter &filter);
    const MessageFilter &filter() const { return m_filter; }

    // Newer rows on top, and the rows in [first, last] re-read and updated in place.
    void refresh(int first, int last);

    const MessageRow &rowAt(int row) const { return m_rows.at(row); }
    qint64 messageId(int row) const { return m_rows.at(row).id; }
    int rowOf(qint64 messageId) const; // -1 when not loaded
    bool isLoading() const { return m_fetching || m_refreshing; }
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
    // Rows already shown changed (the reply of a request that waited for its run).
    void rowsUpdated(const QList<qint64> &messageIds);
    void loadFailed(const QString &message);

private:
    void runPendingRefresh();

    ReadThread *m_reader;
    MessageFilter m_filter;
    QList<MessageRow> m_rows;
    quint64 m_generation = 0;
    qint64 m_before = 0;
    bool m_atEnd = true;
    bool m_fetching = false;
    bool m_refreshing = false;
    // A refresh asked for while a page was on its way runs when it arrives.
    bool m_refreshPending = false;
    int m_pendingFirst = 0;
    int m_pendingLast = 0;
};

} // namespace sb
