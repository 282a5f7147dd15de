#include "mainwindow.h"

#include "icons.h"
#include "engine/credentialsource.h"
#include "engine/engine.h"
#include "inbox/inboxserver.h"
#include "maincontroller.h"
#include "messagebanner.h"
#include "project/projectstore.h"
#include "workflows/importdialog.h"
#include "workflows/triggerscontroller.h"
#include "workflows/triggersview.h"
#include "workflows/triggerpanel.h"
#include "workflows/workflowscontroller.h"
#include "workflows/workflowsview.h"

#include "projectsettingsdialog.h"
#include "history/historyview.h"
#include "history/rundetailview.h"
#include "inbox/inboxview.h"
#include "overview/overviewview.h"
#include "sandbox/sandboxview.h"
#include "credentials/credentialsview.h"
#include "clinics/clinicsview.h"
#include "sms/smsview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QFontMetrics>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace sb {

MainWindow::MainWindow(Store &store, ProjectStore &projects, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_projects(projects)
    , m_controller(new MainController(store, projects, this))
    , m_workflowsController(new WorkflowsController(projects, this))
    , m_triggersController(new TriggersController(projects, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Switchboard"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/switchboard.svg")));

    m_workflowsView = new WorkflowsView(*m_workflowsController, this);
    m_workflowsView->triggerPanel()->setStore(&store);
    m_triggersView = new TriggersView(*m_triggersController, this);

    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new MessageBanner(central);
    auto *bannerHolder = new QWidget(central);
    auto *bannerLayout = new QVBoxLayout(bannerHolder);
    bannerLayout->setContentsMargins(6, 6, 6, 0);
    bannerLayout->addWidget(m_banner);
    // The holder follows the banner's visibility so there is no empty margin.
    bannerHolder->setVisible(false);
    m_bannerHolder = bannerHolder;
    m_banner->installEventFilter(this);
    connect(m_banner, &MessageBanner::closed, bannerHolder, &QWidget::hide);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_overviewView = new OverviewView(store, this);
    m_historyView = new HistoryView(store, this);
    m_runDetailView = new RunDetailView(store, this);
    m_inboxView = new InboxView(store, this);
    m_sandboxView = new SandboxView(this);
    m_credentialsView = new CredentialsView(store, this);
    m_smsView = new sb::SmsView(store, this);
    m_clinicsView = new ClinicsView(store, this);
    m_pages->insertWidget(OverviewPage, m_overviewView);
    m_pages->insertWidget(WorkflowsPage, m_workflowsView);
    m_pages->insertWidget(TriggersPage, m_triggersView);
    m_pages->insertWidget(HistoryPage, m_historyView);
    m_pages->insertWidget(RunPage, m_runDetailView);
    m_pages->insertWidget(InboxPage, m_inboxView);
    m_pages->insertWidget(SandboxPage, m_sandboxView);
    m_pages->insertWidget(CredentialsPage, m_credentialsView);
    m_pages->insertWidget(SmsPage, m_smsView);
    m_pages->insertWidget(ClinicsPage, m_clinicsView);
    createNavigation();

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({m_navigation->minimumWidth(), 1200});
    centralLayout->addWidget(bannerHolder);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();

    m_databaseLabel = new QLabel(statusBar());
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setText(tr("Database: %1").arg(m_controller->databasePath()));
    m_databaseLabel->setToolTip(m_controller->databasePath());
    m_projectLabel = new QLabel(statusBar());
    m_projectLabel->setObjectName(QStringLiteral("projectLabel"));
    statusBar()->addWidget(m_projectLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(m_controller, &MainController::message, this, &MainWindow::showMessage);
    connect(m_workflowsController, &WorkflowsController::message, this, &MainWindow::showMessage);
    connect(m_triggersController, &TriggersController::message, this, &MainWindow::showMessage);
    connect(m_controller, &MainController::projectsChanged, this, &MainWindow::onProjectsChanged);
    connect(m_controller, &MainController::currentProjectChanged, this, &MainWindow::onCurrentProjectChanged);
    // An edit in one view refreshes the other.
    connect(m_workflowsController, &WorkflowsController::projectModified, m_triggersController,
            &TriggersController::reload);
    connect(m_triggersController, &TriggersController::projectModified, m_workflowsController,
            &WorkflowsController::reload);
    connect(m_triggersView, &TriggersView::openTriggerRequested, this, &MainWindow::openTrigger);
    connect(m_overviewView, &OverviewView::openHistoryRequested, this, [this](const HistoryFilter &filter) {
        HistoryFilter scoped = filter;
        scoped.projectId = currentProjectId();
        m_historyView->setFilter(scoped);
        showPage(HistoryPage);
    });
    connect(m_historyView, &HistoryView::openWorkOrderRequested, this, &MainWindow::openWorkOrder);
    connect(m_inboxView, &InboxView::openWorkOrderRequested, this, &MainWindow::openWorkOrder);
    connect(m_sandboxView, &SandboxView::startSandboxRequested, this, &MainWindow::startSandboxRequested);
    connect(m_clinicsView, &ClinicsView::smsChanged, m_smsView, &SmsView::refresh);
    connect(m_historyView, &HistoryView::bulkFinished, this, [this](const BulkOutcome &) {
        if (m_engine)
            m_engine->wake();
    });
    connect(m_runDetailView, &RunDetailView::retried, this, [this](qint64) {
        if (m_engine)
            m_engine->wake();
    });

    restoreSettings();
    m_controller->refreshProjects();
    onProjectsChanged();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSandbox(sandbox::Sandbox *sandbox)
{
    m_sandboxView->setSandbox(sandbox);
    m_smsView->setSandbox(sandbox);
    m_clinicsView->setSandbox(sandbox);
}

qint64 MainWindow::currentProjectId() const
{
    for (const ProjectInfo &p : m_controller->projects())
        if (p.name == m_controller->currentProject())
            return p.id;
    return 0;
}

void MainWindow::runWorkflowNow()
{
    const qint64 projectId = currentProjectId();
    if (projectId == 0)
        return;
    RunNowDialog dialog(m_store, projectId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_engine)
        m_engine->wake();
    showMessage(MessageLevel::Positive, tr("Work order %1 queued; it runs before triggered work.").arg(dialog.workOrderId()));
}

void MainWindow::editProjectSettings()
{
    const qint64 projectId = currentProjectId();
    if (projectId == 0)
        return;
    ProjectSettingsDialog dialog(m_store, projectId, m_controller->currentProject(), this);
    if (dialog.exec() == QDialog::Accepted) {
        showMessage(MessageLevel::Positive, tr("Project settings saved."));
        // A project switched to the sandbox environment needs the sandbox running.
        if (anyProjectInSandbox(m_store) && m_sandboxView->showsEmptyState())
            Q_EMIT startSandboxRequested();
    }
}

void MainWindow::setEngine(Engine *engine, const QString &note)
{
    m_engine = engine;
    if (!m_engineLabel) {
        m_engineLabel = new QLabel(statusBar());
        m_engineLabel->setObjectName(QStringLiteral("engineLabel"));
        statusBar()->addPermanentWidget(m_engineLabel);
    }
    if (engine) {
        const EngineOptions &o = engine->options();
        connect(engine, &Engine::inboxUnavailable, this, [this](const QString &reason) {
            showMessage(MessageLevel::Warning, tr("Webhooks are not received: %1").arg(reason));
            m_engineLabel->setText(tr("Engine: %n worker(s), no webhooks", nullptr, m_engine->workerCount()));
        });
        m_engineLabel->setText(engine->inbox() ? tr("Engine: %n worker(s), webhooks on %1:%2", nullptr, engine->workerCount())
                                             .arg(o.listenHost)
                                             .arg(engine->inbox()->port())
                                       : tr("Engine: %n worker(s)", nullptr, engine->workerCount()));
        m_engineLabel->setToolTip(tr("This console runs the engine: webhooks, cron and workers."));
        return;
    }
    const auto holder = Engine::holder(m_store);
    if (holder) {
        m_engineLabel->setText(tr("Engine: %1 process %2").arg(holder->mode).arg(holder->pid));
        m_engineLabel->setToolTip(tr("Another Switchboard process (%1, pid %2 on %3%4) runs the engine on this "
                                     "database. This console shows its runs live; retries you ask for are run by it.")
                                      .arg(holder->mode)
                                      .arg(holder->pid)
                                      .arg(holder->host,
                                           holder->listen.isEmpty() ? QString()
                                                                    : tr(", webhooks on %1").arg(holder->listen)));
        return;
    }
    m_engineLabel->setText(tr("Engine: not running"));
    m_engineLabel->setToolTip(note);
    if (!note.isEmpty())
        showMessage(MessageLevel::Warning, tr("The engine did not start, so no webhook, cron or run is processed: %1")
                                                .arg(note));
}

void MainWindow::createNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Views"));
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setBackgroundRole(QPalette::Window);
    QFont font = m_navigation->font();
    font.setPointSizeF(font.pointSizeF() * 1.05);
    m_navigation->setFont(font);
    auto *overview = new QListWidgetItem(themedIcon(QStringLiteral("overview")), tr("Overview"));
    overview->setToolTip(tr("Runs of each workflow in the last 24 hours and 7 days (Ctrl+1)"));
    auto *workflows = new QListWidgetItem(themedIcon(QStringLiteral("workflows")), tr("Workflows"));
    workflows->setToolTip(tr("Workflows, their graphs, jobs and triggers (Ctrl+2)"));
    auto *triggers = new QListWidgetItem(themedIcon(QStringLiteral("triggers")), tr("Triggers"));
    triggers->setToolTip(tr("Every webhook and cron trigger of the project (Ctrl+3)"));
    auto *history = new QListWidgetItem(themedIcon(QStringLiteral("history")), tr("History"));
    history->setToolTip(tr("Work orders and runs: filter, search, retry (Ctrl+4)"));
    auto *run = new QListWidgetItem(themedIcon(QStringLiteral("run")), tr("Run detail"));
    run->setToolTip(tr("Steps, logs and data of the work order opened from History (Ctrl+5)"));
    m_navigation->insertItem(OverviewPage, overview);
    m_navigation->insertItem(WorkflowsPage, workflows);
    m_navigation->insertItem(TriggersPage, triggers);
    m_navigation->insertItem(HistoryPage, history);
    m_navigation->insertItem(RunPage, run);
    auto *inbox = new QListWidgetItem(themedIcon(QStringLiteral("webhook")), tr("Inbox"));
    inbox->setToolTip(tr("Every webhook request received, accepted or refused, with the reason (Ctrl+6)"));
    m_navigation->insertItem(InboxPage, inbox);
    auto *sandbox = new QListWidgetItem(themedIcon(QStringLiteral("sandbox")), tr("Sandbox"));
    sandbox->setToolTip(tr("The emulated external systems: their records, the requests they received, fault knobs "
                           "(Ctrl+7)"));
    m_navigation->insertItem(SandboxPage, sandbox);
    auto *credentials = new QListWidgetItem(themedIcon(QStringLiteral("credentials")), tr("Credentials"));
    credentials->setToolTip(tr("Logins to the external systems per environment, the active environment, tests and "
                               "the audit of changes (Ctrl+8)"));
    m_navigation->insertItem(CredentialsPage, credentials);
    auto *sms = new QListWidgetItem(themedIcon(QStringLiteral("sms")), tr("SMS"));
    sms->setToolTip(tr("The SMS Master Mapping Table, Preview, each contact's SMS plan and the countries table (Ctrl+9)"));
    m_navigation->insertItem(SmsPage, sms);
    auto *clinics = new QListWidgetItem(themedIcon(QStringLiteral("clinics")), tr("Clinics"));
    clinics->setToolTip(tr("Every clinic with its status, patients and pending SMS; change a status and see what it "
                           "does to SMS first (Ctrl+0)"));
    m_navigation->insertItem(ClinicsPage, clinics);
    // Wide enough for the longest name in the language shown (French, Spanish run longer).
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i) {
        m_navigation->item(i)->setSizeHint(QSize(0, 36));
        widest = std::max(widest, QFontMetrics(font).horizontalAdvance(m_navigation->item(i)->text()));
    }
    m_navigation->setMinimumWidth(std::max(140, widest + m_navigation->iconSize().width() + 36));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(WorkflowsPage);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(themedIcon(QStringLiteral("import")), tr("&Import project…"),
                                      this, &MainWindow::importProject);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Import an OpenFn project spec file (Ctrl+I)"));
    m_exportAction = file->addAction(themedIcon(QStringLiteral("export")), tr("&Export project…"),
                                     this, &MainWindow::exportProject);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setToolTip(tr("Write the project as an OpenFn spec file (Ctrl+E)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *project = menuBar()->addMenu(tr("&Project"));
    QAction *runNow = project->addAction(tr("&Run workflow now…"), this, &MainWindow::runWorkflowNow);
    runNow->setObjectName(QStringLiteral("runNowAction"));
    runNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    runNow->setToolTip(tr("Start a workflow by hand with an input you type (Ctrl+Shift+R)"));
    QAction *settings = project->addAction(tr("&Settings…"), this, &MainWindow::editProjectSettings);
    settings->setObjectName(QStringLiteral("projectSettingsAction"));
    settings->setToolTip(tr("Data retention and how many runs of each workflow may run at once"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(themedIcon(QStringLiteral("refresh")), tr("&Refresh"), this,
                                       &MainWindow::refresh);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence(Qt::Key_F5));
    refresh->setToolTip(tr("Read the project again from the database (F5)"));
    view->addSeparator();
    QAction *overview = view->addAction(tr("&Overview"), this, [this] { showPage(OverviewPage); });
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *workflows = view->addAction(tr("&Workflows"), this, [this] { showPage(WorkflowsPage); });
    workflows->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *triggers = view->addAction(tr("&Triggers"), this, [this] { showPage(TriggersPage); });
    triggers->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *history = view->addAction(tr("&History"), this, [this] { showPage(HistoryPage); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *run = view->addAction(tr("R&un detail"), this, [this] { showPage(RunPage); });
    run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *inbox = view->addAction(tr("&Inbox"), this, [this] { showPage(InboxPage); });
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    QAction *sandbox = view->addAction(tr("&Sandbox"), this, [this] { showPage(SandboxPage); });
    sandbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    QAction *credentials = view->addAction(tr("&Credentials"), this, [this] { showPage(CredentialsPage); });
    credentials->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    QAction *sms = view->addAction(tr("S&MS"), this, [this] { showPage(SmsPage); });
    sms->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    QAction *clinicsAction = view->addAction(tr("&Clinics"), this, [this] { showPage(ClinicsPage); });
    clinicsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Switchboard"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(import);
    toolbar->addAction(m_exportAction);
    toolbar->addAction(refresh);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    auto *pickerBox = new QWidget(toolbar);
    auto *pickerLayout = new QHBoxLayout(pickerBox);
    pickerLayout->setContentsMargins(0, 0, 6, 0);
    auto *pickerLabel = new QLabel(tr("&Project:"), pickerBox);
    m_projectPicker = new QComboBox(pickerBox);
    m_projectPicker->setObjectName(QStringLiteral("projectPicker"));
    m_projectPicker->setMinimumContentsLength(18);
    m_projectPicker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickerLabel->setBuddy(m_projectPicker);
    pickerLayout->addWidget(pickerLabel);
    pickerLayout->addWidget(m_projectPicker);
    m_projectPickerAction = toolbar->addWidget(pickerBox);
    connect(m_projectPicker, &QComboBox::currentIndexChanged, this, &MainWindow::onProjectPicked);
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void MainWindow::setUnsavedPrompt(const UnsavedPrompt &prompt)
{
    m_workflowsView->setUnsavedPrompt(prompt);
    m_smsView->setUnsavedPrompt(prompt);
}

void MainWindow::showMessage(sb::MessageLevel level, const QString &text)
{
    m_banner->showMessage(text, level);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // ShowToParent/HideToParent arrive even while the holder itself is hidden.
    if (watched == m_banner
        && (event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent))
        m_bannerHolder->setVisible(event->type() == QEvent::ShowToParent);
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::onProjectsChanged()
{
    const QList<ProjectInfo> projects = m_controller->projects();
    m_syncingPicker = true;
    m_projectPicker->clear();
    for (const ProjectInfo &info : projects) {
        m_projectPicker->addItem(info.name, info.name);
        m_projectPicker->setItemData(m_projectPicker->count() - 1,
                                     info.description.isEmpty() ? info.name : info.description,
                                     Qt::ToolTipRole);
    }
    m_projectPicker->setCurrentIndex(m_projectPicker->findData(m_controller->currentProject()));
    m_syncingPicker = false;
    // Only worth a control when there is a choice.
    m_projectPickerAction->setVisible(projects.size() > 1);
}

void MainWindow::onProjectPicked(int index)
{
    if (m_syncingPicker || index < 0)
        return;
    const QString name = m_projectPicker->itemData(index).toString();
    if (name == m_controller->currentProject())
        return;
    if (!m_workflowsView->maybeLeave()) {
        m_syncingPicker = true;
        m_projectPicker->setCurrentIndex(m_projectPicker->findData(m_controller->currentProject()));
        m_syncingPicker = false;
        return;
    }
    m_controller->setCurrentProject(name);
}

void MainWindow::onCurrentProjectChanged(const QString &projectName)
{
    m_syncingPicker = true;
    m_projectPicker->setCurrentIndex(m_projectPicker->findData(projectName));
    m_syncingPicker = false;
    m_projectLabel->setText(projectName.isEmpty() ? tr("No project") : tr("Project: %1").arg(projectName));
    m_exportAction->setEnabled(!projectName.isEmpty());
    setWindowTitle(projectName.isEmpty() ? tr("Switchboard") : tr("%1 — Switchboard").arg(projectName));
    m_workflowsController->setProjectName(projectName);
    m_triggersController->setProjectName(projectName);
    m_overviewView->setProjectName(projectName);
    m_inboxView->setProjectId(currentProjectId());
    m_credentialsView->setProjectId(currentProjectId());
    HistoryFilter filter = m_historyView->filter();
    if (filter.projectId != currentProjectId()) {
        filter = HistoryFilter();
        filter.projectId = currentProjectId();
        m_historyView->setFilter(filter);
    }
    QSettings().setValue(QStringLiteral("MainWindow/project"), projectName);
}

void MainWindow::refresh()
{
    if (!m_workflowsView->maybeLeave())
        return;
    m_controller->refreshProjects();
    m_workflowsController->reload();
    m_triggersController->reload();
    m_overviewView->refresh();
    m_historyView->refresh();
    m_inboxView->refresh();
    m_sandboxView->refresh();
    m_credentialsView->refresh();
    m_smsView->refresh();
    m_clinicsView->refresh();
}

void MainWindow::importProject()
{
    auto *dialog = new ImportDialog(m_projects, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::onImported);
    dialog->open();
    dialog->chooseFile();
}

void MainWindow::onImported(const QString &projectName, const ProjectDiff &diff)
{
    m_controller->refreshProjects();
    if (m_workflowsView->maybeLeave())
        m_controller->setCurrentProject(projectName);
    m_workflowsController->reload();
    m_triggersController->reload();
    showMessage(MessageLevel::Positive, tr("Imported “%1”: %2.").arg(projectName, diff.summary()));
}

void MainWindow::exportProject()
{
    const QString start = QDir(QDir::homePath()).filePath(m_controller->suggestedExportName());
    const QString path = QFileDialog::getSaveFileName(this, tr("Export project"), start,
                                                      tr("OpenFn project spec (*.yaml *.yml)"));
    if (!path.isEmpty())
        exportProjectTo(path);
}

bool MainWindow::exportProjectTo(const QString &path)
{
    const Status exported = m_controller->exportProject(path);
    if (!exported)
        showMessage(MessageLevel::Error, tr("Export failed: %1").arg(exported.error().toString()));
    return exported.ok();
}

void MainWindow::openWorkOrder(qint64 workOrderId)
{
    m_runDetailView->setWorkOrder(workOrderId);
    showPage(RunPage);
}

void MainWindow::openTrigger(const QString &workflowKey, const QString &triggerKey)
{
    showPage(WorkflowsPage);
    if (m_workflowsView->showWorkflow(workflowKey))
        m_workflowsView->showTrigger(triggerKey);
}

void MainWindow::showAbout()
{
    // Information only: not modal, so it never blocks the console.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Switchboard"),
                                tr("<b>Switchboard %1</b><p>An administrator console for OpenFn-style "
                                   "integration projects: workflows, jobs, triggers and their runs, "
                                   "locally.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setIconPixmap(QIcon(QStringLiteral(":/icons/switchboard.svg")).pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->show();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_workflowsView->maybeLeave()) {
        event->ignore();
        return;
    }
    // Unsaved Mapping Table edits or countries: ask on their page.
    if (m_smsView->hasUnsavedChanges() && currentPage() != SmsPage)
        showPage(SmsPage);
    if (!m_smsView->maybeLeave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("MainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("MainWindow/state"), saveState());
    settings.setValue(QStringLiteral("MainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("MainWindow/page"), int(currentPage()));
    m_workflowsView->saveSettings(settings);
    m_triggersView->saveSettings(settings);
    m_inboxView->saveSettings(settings);
    m_sandboxView->saveSettings(settings);
    m_credentialsView->saveSettings(settings);
    m_smsView->saveSettings(settings);
    m_clinicsView->saveSettings(settings);
    m_historyView->saveSettings(settings);
    m_runDetailView->saveSettings(settings);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("MainWindow/geometry")).toByteArray()))
        resize(1440, 900);
    restoreState(settings.value(QStringLiteral("MainWindow/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("MainWindow/splitter")).toByteArray());
    m_workflowsView->restoreSettings(settings);
    m_triggersView->restoreSettings(settings);
    m_inboxView->restoreSettings(settings);
    m_sandboxView->restoreSettings(settings);
    m_credentialsView->restoreSettings(settings);
    m_smsView->restoreSettings(settings);
    m_clinicsView->restoreSettings(settings);
    m_historyView->restoreSettings(settings);
    m_runDetailView->restoreSettings(settings);
    const int page = settings.value(QStringLiteral("MainWindow/page"), int(OverviewPage)).toInt();
    showPage(page >= 0 && page < PageCount ? static_cast<Page>(page) : OverviewPage);
    // The last project shown comes back when it still exists.
    m_controller->setPreferredProject(settings.value(QStringLiteral("MainWindow/project")).toString());
}

} // namespace sb
