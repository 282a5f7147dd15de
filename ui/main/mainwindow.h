#pragma once

#include "messagebanner.h"
#include "unsavedprompt.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace sb {

namespace sandbox {
class Sandbox;
}

class CredentialsView;
class SmsView;
class ClinicsView;
class Engine;
class HistoryView;
class InboxView;
class OverviewView;
class RunDetailView;
class SandboxView;
class MainController;
class ProjectStore;
class Store;
class TriggersController;
class TriggersView;
class WorkflowsController;
class WorkflowsView;
struct ProjectDiff;

// The console window: navigation on the left, the selected view on the right, an inline
// message banner above it, the project picker in the toolbar, and the database and
// project in the status bar. Each view has its own controller; this class only wires.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { OverviewPage, WorkflowsPage, TriggersPage, HistoryPage, RunPage, InboxPage, SandboxPage, CredentialsPage, SmsPage, ClinicsPage, PageCount };

    MainWindow(Store &store, ProjectStore &projects, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The engine this console runs (null when another process runs it; `note` then says
    // which, or why none could start).
    void setEngine(Engine *engine, const QString &note);
    Engine *engine() const { return m_engine; }

    // The sandbox this console runs (null when none: the Sandbox view then says how to
    // start one). Not owned; the view notices when it is destroyed.
    void setSandbox(sb::sandbox::Sandbox *sandbox);

    void showPage(Page page);
    Page currentPage() const;
    void setUnsavedPrompt(const UnsavedPrompt &prompt);

    MessageBanner *banner() const { return m_banner; }
    MainController *controller() const { return m_controller; }
    WorkflowsController *workflowsController() const { return m_workflowsController; }
    TriggersController *triggersController() const { return m_triggersController; }
    WorkflowsView *workflowsView() const { return m_workflowsView; }
    TriggersView *triggersView() const { return m_triggersView; }
    QListWidget *navigation() const { return m_navigation; }
    OverviewView *overviewView() const { return m_overviewView; }
    HistoryView *historyView() const { return m_historyView; }
    RunDetailView *runDetailView() const { return m_runDetailView; }
    InboxView *inboxView() const { return m_inboxView; }
    SandboxView *sandboxView() const { return m_sandboxView; }
    CredentialsView *credentialsView() const { return m_credentialsView; }
    SmsView *smsView() const { return m_smsView; }
    ClinicsView *clinicsView() const { return m_clinicsView; }
    // Shows a work order's runs, steps, logs and data.
    void openWorkOrder(qint64 workOrderId);
    QComboBox *projectPicker() const { return m_projectPicker; }

public slots:
    void refresh();
    void importProject();
    void exportProject();
    bool exportProjectTo(const QString &path);
    void showAbout();
    void runWorkflowNow();
    void editProjectSettings();
    void showMessage(sb::MessageLevel level, const QString &text);

signals:
    // The Sandbox view's "Start sandbox" button (shown while no sandbox runs).
    void startSandboxRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void onProjectsChanged();
    void onCurrentProjectChanged(const QString &projectName);
    void onProjectPicked(int index);
    void onImported(const QString &projectName, const ProjectDiff &diff);
    void openTrigger(const QString &workflowKey, const QString &triggerKey);
    void saveSettings();
    qint64 currentProjectId() const;
    void restoreSettings();

    Store &m_store;
    ProjectStore &m_projects;
    MainController *m_controller = nullptr;
    WorkflowsController *m_workflowsController = nullptr;
    TriggersController *m_triggersController = nullptr;

    MessageBanner *m_banner = nullptr;
    QWidget *m_bannerHolder = nullptr;
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    WorkflowsView *m_workflowsView = nullptr;
    TriggersView *m_triggersView = nullptr;
    OverviewView *m_overviewView = nullptr;
    HistoryView *m_historyView = nullptr;
    RunDetailView *m_runDetailView = nullptr;
    InboxView *m_inboxView = nullptr;
    SandboxView *m_sandboxView = nullptr;
    CredentialsView *m_credentialsView = nullptr;
    SmsView *m_smsView = nullptr;
    ClinicsView *m_clinicsView = nullptr;
    QComboBox *m_projectPicker = nullptr;
    QAction *m_projectPickerAction = nullptr;
    QAction *m_exportAction = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_projectLabel = nullptr;
    QLabel *m_engineLabel = nullptr;
    Engine *m_engine = nullptr;
    bool m_syncingPicker = false;
};

} // namespace sb
