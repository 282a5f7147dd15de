#pragma once

#include <QHash>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;

namespace sb {

namespace sandbox {
class Sandbox;
}

class MessageBanner;
class SandboxRecordsModel;
class SandboxRequestsModel;
class SandboxSystemsModel;

// Sandbox: the built-in emulated systems, for an administrator training or checking a demo
// run. Left, the systems with the requests each answered and its fault knob; right, for
// the selected system, its records by collection (and one record as JSON), the requests
// it received (secrets redacted), the fault knob, the login it accepts and its URL. Polls
// the sandbox twice a second while shown; updates keep the selection and scroll position.
// Without a running sandbox it says how to get one.
class SandboxView final : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxView(QWidget *parent = nullptr);
    ~SandboxView() override;

    // nullptr = no sandbox runs (the empty state). The view does not own it; it notices
    // when it is destroyed.
    void setSandbox(sandbox::Sandbox *sandbox);
    sandbox::Sandbox *sandbox() const;
    // True while the empty state ("the sandbox is not running") is shown.
    bool showsEmptyState() const;

    // Asks before "Reset sandbox" erases every record; tests answer it instead of a person.
    using ResetConfirmation = std::function<bool(QWidget *parent)>;
    void setResetConfirmation(ResetConfirmation confirm) { m_confirmReset = std::move(confirm); }

    QString selectedSystem() const; // id, empty when none
    bool selectSystem(const QString &id);
    QString currentCollection() const;
    bool selectCollection(const QString &collection);
    QString selectedRecordKey() const;
    bool selectRecord(const QString &key);

    SandboxSystemsModel *systemsModel() const { return m_systemsModel; }
    SandboxRecordsModel *recordsModel() const { return m_recordsModel; }
    SandboxRequestsModel *requestsModel() const { return m_requestsModel; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

public Q_SLOTS:
    // Re-reads what changed in the sandbox (records, requests, fault knobs).
    void refresh();
    // Sets the selected system's fault knob from the controls.
    void applyFault();
    // Erases every record and seeds the sandbox again, after asking.
    void resetSandbox();

Q_SIGNALS:
    // The "Start sandbox" button of the empty state.
    void startSandboxRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildEmptyState();
    QWidget *buildContent();
    QWidget *buildSystemPane(QWidget *parent);
    QWidget *buildRecordsTab(QWidget *parent);
    QWidget *buildRequestsTab(QWidget *parent);
    void updatePage();
    // Shows the selected system on the right, unless it is already shown.
    void showSelectedSystem();
    void reloadSystemStates();
    void reloadCollections();
    void reloadRecords();
    void reloadRequests();
    void showRecord();
    void showRequest();
    void syncFaultControls();
    void updateFaultStatus();
    void copyToClipboard(const QString &text, const QString &what);

    QPointer<sandbox::Sandbox> m_sandbox;
    SandboxSystemsModel *m_systemsModel = nullptr;
    SandboxRecordsModel *m_recordsModel = nullptr;
    SandboxRequestsModel *m_requestsModel = nullptr;
    QTimer *m_poll = nullptr;
    ResetConfirmation m_confirmReset;

    // Requests each system answered since setSandbox(), counted from requestHandled.
    QHash<QString, int> m_handled;
    quint64 m_handledTotal = 0;
    quint64 m_shownHandledTotal = 0;
    quint64 m_shownRevision = 0;
    bool m_revisionKnown = false;
    std::optional<QString> m_shownSystem; // none: whatever is selected must be shown afresh
    bool m_shownUrlsRunning = false;      // the systems were listed while the sandbox ran
    QString m_preferredSystem;   // from the settings, selected once the sandbox is set
    bool m_syncing = false;

    QStackedWidget *m_stack = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyDetail = nullptr;
    QPushButton *m_startButton = nullptr;
    QWidget *m_content = nullptr;
    QLabel *m_runningLabel = nullptr;
    QPushButton *m_resetButton = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_systems = nullptr;

    QLabel *m_systemTitle = nullptr;
    QLabel *m_urlLabel = nullptr;
    QToolButton *m_copyUrl = nullptr;
    QToolButton *m_copyConfig = nullptr;
    QLabel *m_loginLabel = nullptr;
    QGroupBox *m_faultGroup = nullptr;
    QComboBox *m_faultKind = nullptr;
    QSpinBox *m_faultCount = nullptr;
    QPushButton *m_applyFault = nullptr;
    QLabel *m_faultStatus = nullptr;
    QTabWidget *m_tabs = nullptr;

    QComboBox *m_collection = nullptr;
    QLabel *m_recordCount = nullptr;
    QSplitter *m_recordsSplitter = nullptr;
    QTableView *m_records = nullptr;
    QPlainTextEdit *m_recordJson = nullptr;

    QSplitter *m_requestsSplitter = nullptr;
    QTableView *m_requests = nullptr;
    QLabel *m_requestSummary = nullptr;
    QTableWidget *m_requestHeaders = nullptr;
    QPlainTextEdit *m_requestBody = nullptr;
};

} // namespace sb
