#pragma once

#include "clinics/clinicservice.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QShowEvent;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTableWidget;

namespace sb {

namespace sandbox {
class Sandbox;
}

class ClinicStatusDialog;
class ClinicsModel;
class MessageBanner;
class Store;
class StoreWatcher;

// Clinics: every clinic with its country, status, patients and pending SMS by kind; filter
// by status, search; "Sync now" reads them from Salesforce; "Change status…" shows what the
// change does to SMS before it is made; below, the selected clinic's history of changes and
// the contacts a change could not re-plan yet, with Retry. Network work runs off the GUI
// thread.
class ClinicsView final : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicsView(Store &store, QWidget *parent = nullptr);
    ~ClinicsView() override;

    // The running built-in sandbox (projects in the sandbox environment use it).
    void setSandbox(sandbox::Sandbox *sandbox);
    // Where Salesforce and Infobip are (default: the SMS project's credentials).
    using ConnectionsProvider = std::function<Result<clinics::Connections>()>;
    void setConnectionsProvider(ConnectionsProvider provider);

    void refresh();
    void syncNow();
    void changeStatus();  // the dialog, then the change
    void retrySelected();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    // For tests (and changeStatus()).
    ClinicStatusDialog *createStatusDialog();
    void applyStatus(const QString &clinic, const QString &status);
    ClinicsModel *model() const { return m_model; }
    bool selectClinic(const QString &name);
    void setSearch(const QString &text);
    void setStatusFilter(const QString &status); // empty: all
    int visibleRows() const;
    bool isBusy() const { return m_busy > 0; } // reading, syncing or changing
    MessageBanner *banner() const { return m_banner; }
    QString historyText() const;
    QString pendingText() const;

Q_SIGNALS:
    void smsChanged(); // a change re-planned SMS (the SMS page refreshes)

protected:
    void showEvent(QShowEvent *event) override;

private:
    void selectionChanged();
    void applyFilter();
    ConnectionsProvider connections() const; // m_provider, else the SMS project's
    void updateButtons();
    QString selectedName() const;
    void reportOutcome(const clinics::ChangeOutcome &outcome, const QString &verb);

    Store &m_store;
    StoreWatcher *m_watcher = nullptr;
    sandbox::Sandbox *m_sandbox = nullptr;
    ConnectionsProvider m_provider;
    bool m_stale = false;
    int m_busy = 0;
    quint64 m_generation = 0;

    QList<QVariant> m_all; // ClinicsModel::Row, as last read
    ClinicsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_sync = nullptr;
    QPushButton *m_change = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_count = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_historyTitle = nullptr;
    QTableWidget *m_history = nullptr;
    QLabel *m_pending = nullptr;
};

} // namespace sb
