#pragma once

#include "inbox/messagequery.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;
class QTableWidget;
class QTimer;

namespace sb {

class InboxModel;
class MessageBanner;
class ReadThread;
class Store;
class StoreWatcher;

// Inbox: every webhook request received, accepted or refused with the reason, newest
// first, paged in off the GUI thread; filtered by outcome, trigger, time and path. The
// selected request shows its headers (secrets redacted), its body as indented JSON, the
// reply sent, and opens the work order it created. Updates live as requests arrive.
class InboxView final : public QWidget
{
    Q_OBJECT

public:
    explicit InboxView(Store &store, QWidget *parent = nullptr);
    ~InboxView() override;

    // 0 = every project. Requests that matched no trigger are shown in every project.
    void setProjectId(qint64 projectId);
    qint64 projectId() const { return m_filter.projectId; }

    // Shows the inbox filtered; the controls follow. `filter.projectId` is kept as set by
    // setProjectId().
    void setFilter(const MessageFilter &filter);
    MessageFilter filter() const { return m_filter; }

    InboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Requests in scope by outcome (the outcome filter aside), once counted.
    const MessageCounts &counts() const { return m_counts; }
    bool countsReady() const { return m_countsReady; }
    QString countsText() const;

    // The request shown in the detail pane (0 = none) and what was loaded for it.
    qint64 selectedMessageId() const { return m_selectedId; }
    const MessageDetail &detail() const { return m_detail; }
    void selectMessage(qint64 messageId); // when loaded in the table

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

public Q_SLOTS:
    // Re-reads the triggers, the counts and the rows in view; newer requests appear on top.
    void refresh();
    void openSelectedWorkOrder();

Q_SIGNALS:
    void openWorkOrderRequested(qint64 workOrderId);
    void countsChanged();
    void detailLoaded(qint64 messageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildDetail();
    void loadTriggers();
    void filterControlsChanged();
    void applyFilter(const MessageFilter &filter);
    void syncControlsFromFilter(bool rangeFromFilter = false);
    void countMessages();
    void recheckCounts();
    void updateCountsText();
    void storeChanged();
    void refreshRows();
    void selectionChanged();
    void loadDetail(qint64 messageId);
    void showDetail(const MessageDetail &detail);
    void clearDetail(const QString &note);

    Store &m_store;
    InboxModel *m_model = nullptr;
    ReadThread *m_reader = nullptr;
    StoreWatcher *m_watcher = nullptr;
    MessageFilter m_filter;
    MessageCounts m_counts;
    bool m_countsReady = false;
    quint64 m_countGeneration = 0;
    qint64 m_countedMaxId = -1;
    bool m_recheckCounts = false;
    quint64 m_detailGeneration = 0;
    qint64 m_selectedId = 0;
    MessageDetail m_detail;
    bool m_syncing = false;
    bool m_stale = false;
    QList<WebhookTriggerChoice> m_triggers;

    QLabel *m_countLabel = nullptr;
    QComboBox *m_outcomeCombo = nullptr;
    QComboBox *m_triggerCombo = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QLineEdit *m_pathSearch = nullptr;
    QTimer *m_searchDebounce = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;

    QLabel *m_detailTitle = nullptr;
    QPushButton *m_openWorkOrder = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QLabel *m_detailSummary = nullptr;
    QTableWidget *m_headers = nullptr;
    QLabel *m_bodyNote = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_replyStatus = nullptr;
    QPlainTextEdit *m_reply = nullptr;
};

} // namespace sb
