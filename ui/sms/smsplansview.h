#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSettings;
class QShowEvent;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace sb {

class MessageBanner;
class SmsPlanContactsModel;
class SmsPlanMessagesModel;
class Store;
class StoreWatcher;

// Plans: every contact the scheduler planned for, with its messages by state; selecting one
// shows each message (bulkId, state, send time local and UTC, language, reason, text) and
// the selected message in full.
class SmsPlansView final : public QWidget
{
    Q_OBJECT
public:
    explicit SmsPlansView(Store &store, QWidget *parent = nullptr);
    ~SmsPlansView() override;

    // Reads the store again (the page was shown, or another view changed the SMS data).
    void refresh();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    // For tests.
    bool selectContact(const QString &contactId);
    bool selectMessage(int row); // row of the messages list
    void setFilter(const QString &text);
    SmsPlanContactsModel *contactsModel() const { return m_contacts; }
    SmsPlanMessagesModel *messagesModel() const { return m_messages; }
    QString detailText() const;
    bool isEmptyStateShown() const;
    MessageBanner *banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void contactSelected();
    void messageSelected();
    QString selectedContactId() const;

    Store &m_store;
    StoreWatcher *m_watcher = nullptr;
    bool m_stale = false;

    SmsPlanContactsModel *m_contacts = nullptr;
    SmsPlanMessagesModel *m_messages = nullptr;
    QSortFilterProxyModel *m_contactsProxy = nullptr;
    QSortFilterProxyModel *m_messagesProxy = nullptr;

    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_detailSplitter = nullptr;
    QTableView *m_contactTable = nullptr;
    QLabel *m_contactTitle = nullptr;
    QTableView *m_messageTable = nullptr;
    QTextBrowser *m_detail = nullptr;
};

} // namespace sb
