#pragma once

#include "credentialsmodel.h"
#include "main/messagebanner.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QSplitter;
class QTableView;

namespace sb {

class CredentialDialog;
class Store;
class StoreWatcher;

// Credentials: the project's credentials as seen in one environment (where each secret
// comes from, who uses it, when it was last used, changed and tested), the project's
// active environment with the switch that moves every job to another environment's
// secrets at once, and the audit of changes. New / Edit open the typed form
// (CredentialDialog); Test connection signs in with the stored body and records the result;
// Delete says which jobs lose the credential first. Store and keychain work runs off the
// GUI thread; problems are shown in the view's banner.
class CredentialsView final : public QWidget
{
    Q_OBJECT

public:
    explicit CredentialsView(Store &store, QWidget *parent = nullptr);
    ~CredentialsView() override;

    // The project shown (0: the first of the store). The chooser is shown when the store
    // has several projects.
    void setProjectId(qint64 projectId);
    qint64 projectId() const { return m_projectId; }
    // The project's active environment, and the environment whose secrets are listed
    // (the active one unless the person chose to only look at another).
    QString activeEnvironment() const { return m_activeEnvironment; }
    QString shownEnvironment() const;
    // Lists another environment's secrets without switching the project (empty: the active one).
    void showEnvironment(const QString &environment);
    // Asks, then makes `environment` the project's active one.
    void requestEnvironmentSwitch(const QString &environment);

    CredentialsModel *model() const { return m_model; }
    CredentialAuditModel *auditModel() const { return m_auditModel; }
    QTableView *table() const { return m_table; }
    QTableView *auditTable() const { return m_audit; }
    QComboBox *environmentCombo() const { return m_environmentCombo; }
    QComboBox *projectCombo() const { return m_projectCombo; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *statusLine() const { return m_status; }
    // True while a reload, a test or a delete is running.
    bool isBusy() const { return m_pending > 0; }

    bool selectCredential(const QString &key);
    QString selectedKey() const;

    // Opens the typed form (window-modal, deletes itself on close) for the credential
    // `key` in the shown environment, or for a new credential when `key` is empty.
    CredentialDialog *openEditor(const QString &key = QString());

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

public Q_SLOTS:
    void refresh();
    void newCredential();
    void editSelected();
    void testSelected();
    void deleteSelected();

Q_SIGNALS:
    // After a reload was shown.
    void loaded();
    void testFinished(const QString &key, bool ok, const QString &message);
    void deleted(const QString &key);
    void environmentSwitched(const QString &environment);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void applyLoad(const QVariant &result);
    void fillEnvironmentCombo(const QStringList &environments);
    void environmentPicked(int index);
    void projectPicked(int index);
    void updateButtons();
    void updateEnvironmentNote();
    void setStatus(const QString &text, MessageLevel level);
    void startWork();
    void endWork();
    QString projectName() const;

    Store &m_store;
    StoreWatcher *m_watcher = nullptr;
    CredentialsModel *m_model = nullptr;
    CredentialAuditModel *m_auditModel = nullptr;
    qint64 m_projectId = 0;
    QString m_activeEnvironment;
    QString m_viewEnvironment; // shown without switching; empty: the active one
    QList<QPair<qint64, QString>> m_projects;
    quint64 m_generation = 0;
    int m_pending = 0;
    bool m_syncing = false;
    bool m_stale = true;
    bool m_loadedOnce = false;
    bool m_columnsSized = false; // fitted once, or restored from the settings

    QLabel *m_projectLabel = nullptr;
    QComboBox *m_projectCombo = nullptr;
    QComboBox *m_environmentCombo = nullptr;
    QLabel *m_environmentNote = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_makeActive = nullptr;
    QLabel *m_status = nullptr;
    MessageBanner *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    QTableView *m_audit = nullptr;
};

} // namespace sb
