// The console end to end, offscreen: a real store with the demo project, the main window,
// every view, the graph, the job editor, triggers, import and export.
// With SB_SCREENSHOT_DIR set, saves PNGs of the window along the way.

#include "common/paths.h"
#include "engine/enginesettings.h"
#include "history/historyview.h"
#include "history/rundetailview.h"
#include "inbox/inboxview.h"
#include "overview/overviewview.h"
#include "main/maincontroller.h"
#include "main/mainwindow.h"
#include "main/messagebanner.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "sms/smscountriesview.h"
#include "sms/smsview.h"
#include "store/store.h"
#include "testsupport.h"
#include "workflows/codeeditor.h"
#include "workflows/findbar.h"
#include "workflows/graphedgeitem.h"
#include "workflows/graphnodeitem.h"
#include "workflows/importcontroller.h"
#include "workflows/importdialog.h"
#include "workflows/importpreviewmodel.h"
#include "workflows/jshighlighter.h"
#include "workflows/jobeditor.h"
#include "workflows/nextfiresmodel.h"
#include "workflows/triggerpanel.h"
#include "workflows/triggerscontroller.h"
#include "workflows/triggersview.h"
#include "workflows/triggertablemodel.h"
#include "workflows/workflowgraphview.h"
#include "workflows/workflowlistmodel.h"
#include "workflows/workflowscontroller.h"
#include "workflows/workflowsview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

#include <memory>

using namespace sb;

class TestUiSmoke final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void navigationHasOnlyRealViews();
    void everyWorkflowHasItsGraph();
    void clickJobAndTrigger();
    void editAndSaveJob();
    void invalidJobIsRefused();
    void leavingModifiedJobAsks();
    void cronTriggerPanel();
    void edgeAndWorkflowToggles();
    void triggersPage();
    void importAndExport();
    void darkPalette();
    void severalProjects();
    void closingWithUnsavedSmsChangesAsks();
    void layoutIsRemembered();

private:
    void screenshot(const QString &name);
    QString keyOfWorkflowNamed(const QString &part) const;
    bool selectWorkflow(const QString &key);
    void clickItem(QGraphicsItem *item);
    Project loadProject() const;

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<MainWindow> m_window;
    QString m_projectName;
    UnsavedChoice m_answer = UnsavedChoice::Cancel;
    int m_asked = 0;
};

void TestUiSmoke::initTestCase()
{
    m_dir = std::make_unique<test::TempDir>();
    // Window layouts go to the temporary directory, not the user's settings.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_smoke"));

    Result<std::unique_ptr<Store>> store = Store::open(m_dir->file(QStringLiteral("switchboard.db")));
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    m_store = std::move(store).value();
    m_projects = std::make_unique<ProjectStore>(*m_store);
    const Result<ProjectDiff> installed = installDemoProject(*m_projects);
    QVERIFY2(installed.ok(), qPrintable(installed.error().toString()));
    const QList<ProjectInfo> projects = m_projects->projects();
    QCOMPARE(projects.size(), 1);
    m_projectName = projects.first().name;

    m_window = std::make_unique<MainWindow>(*m_store, *m_projects);
    m_window->setUnsavedPrompt([this](QWidget *, const QString &) {
        ++m_asked;
        return m_answer;
    });
    m_window->resize(1600, 1000);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiSmoke::cleanupTestCase()
{
    m_window.reset();
    m_projects.reset();
    m_store.reset();
}

void TestUiSmoke::screenshot(const QString &name)
{
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

QString TestUiSmoke::keyOfWorkflowNamed(const QString &part) const
{
    for (const Workflow &w : m_window->workflowsController()->project().workflows)
        if (w.name.contains(part, Qt::CaseInsensitive))
            return w.key;
    return {};
}

bool TestUiSmoke::selectWorkflow(const QString &key)
{
    // As a click in the list does: select the row.
    QTableView *table = m_window->workflowsView()->workflowTable();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, WorkflowListModel::Name);
        if (index.data(WorkflowListModel::KeyRole).toString() == key) {
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
            return m_window->workflowsController()->currentWorkflowKey() == key;
        }
    }
    return false;
}

void TestUiSmoke::clickItem(QGraphicsItem *item)
{
    QVERIFY(item);
    WorkflowGraphView *graph = m_window->workflowsView()->graphView();
    graph->ensureVisible(item);
    const QPoint pos = graph->mapFromScene(item->sceneBoundingRect().center());
    QVERIFY(graph->viewport()->rect().contains(pos));
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, pos);
}

Project TestUiSmoke::loadProject() const
{
    const Result<Project> project = m_projects->load(m_projectName);
    if (!project)
        qWarning("load failed: %s", qPrintable(project.error().toString()));
    return project ? project.value() : Project();
}

void TestUiSmoke::navigationHasOnlyRealViews()
{
    QListWidget *nav = m_window->navigation();
    const QStringList names = {QStringLiteral("Overview"), QStringLiteral("Workflows"), QStringLiteral("Triggers"),
                               QStringLiteral("History"),  QStringLiteral("Run detail"), QStringLiteral("Inbox")};
    QCOMPARE(nav->count(), int(MainWindow::PageCount));
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(nav->item(i)->text(), names[i]);
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(pages);
    QCOMPARE(pages->count(), int(MainWindow::PageCount));
    // A new console opens on Overview.
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(m_window->overviewView()));
    const QList<QWidget *> views = {m_window->overviewView(), m_window->workflowsView(), m_window->triggersView(),
                                    m_window->historyView(),  m_window->runDetailView(), m_window->inboxView()};
    for (int i = views.size() - 1; i >= 0; --i) {
        nav->setCurrentRow(i);
        QCOMPARE(pages->currentWidget(), views[i]);
    }
    nav->setCurrentRow(MainWindow::WorkflowsPage);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(m_window->workflowsView()));
    // One project: no picker; the status bar names the database and the project.
    QVERIFY(!m_window->projectPicker()->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("databaseLabel"))->text().contains(QStringLiteral("switchboard.db")));
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("projectLabel"))->text().contains(m_projectName));
    // Menus and shortcuts.
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("importAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("exportAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("quitAction"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("refreshAction"))->shortcut(), QKeySequence(Qt::Key_F5));
}

void TestUiSmoke::everyWorkflowHasItsGraph()
{
    WorkflowsView *view = m_window->workflowsView();
    QAbstractItemModelTester tester(view->workflowModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Project project = loadProject();
    QVERIFY(project.workflows.size() >= 4);
    QCOMPARE(view->workflowModel()->rowCount(), int(project.workflows.size()));
    WorkflowGraphView *graph = view->graphView();
    for (const Workflow &workflow : project.workflows) {
        QVERIFY2(selectWorkflow(workflow.key), qPrintable(workflow.key));
        QCOMPARE(graph->workflowKey(), workflow.key);
        QCOMPARE(graph->nodeItems().size(), int(workflow.triggers.size() + workflow.jobs.size()));
        QCOMPARE(graph->edgeItems().size(), int(workflow.edges.size()));
        // Nodes never overlap and labels are the condition captions.
        const QList<GraphNodeItem *> nodes = graph->nodeItems();
        for (int a = 0; a < nodes.size(); ++a)
            for (int b = a + 1; b < nodes.size(); ++b)
                QVERIFY(!nodes[a]->sceneBoundingRect().adjusted(4, 4, -4, -4).intersects(
                    nodes[b]->sceneBoundingRect().adjusted(4, 4, -4, -4)));
        for (const Edge &edge : workflow.edges)
            QVERIFY(graph->edgeItem(edge.key)->label().startsWith(conditionCaption(edge)));
        // Fitted: the whole graph is visible.
        const QRect visible = graph->mapFromScene(graph->scene()->itemsBoundingRect()).boundingRect();
        if (graph->zoom() > 0.61)
            QVERIFY2(graph->viewport()->rect().adjusted(-2, -2, 2, 2).contains(visible), qPrintable(workflow.key));
        QCOMPARE(view->detailsStack()->currentIndex(), 0); // empty state
        screenshot(QStringLiteral("z-graph-") + workflow.key.toLower());
    }
    const QString commcare = keyOfWorkflowNamed(QStringLiteral("CommCare patient"));
    QVERIFY(!commcare.isEmpty());
    QVERIFY(selectWorkflow(commcare));
    screenshot(QStringLiteral("a-graph-commcare"));
}

void TestUiSmoke::clickJobAndTrigger()
{
    WorkflowsView *view = m_window->workflowsView();
    const Workflow *workflow = m_window->workflowsController()->currentWorkflow();
    QVERIFY(workflow);
    const Job job = workflow->jobs.at(1);
    // Ctrl+wheel zooms; the fit button fits again.
    WorkflowGraphView *zoomed = view->graphView();
    const qreal fitted = zoomed->zoom();
    const QPointF at = zoomed->viewport()->rect().center();
    QWheelEvent wheel(at, zoomed->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(zoomed->viewport(), &wheel);
    QVERIFY(zoomed->zoom() > fitted * 1.2);
    zoomed->fitGraph();
    QCOMPARE(zoomed->zoom(), fitted);
    clickItem(view->graphView()->jobItem(job.key));
    QCOMPARE(view->detailsStack()->currentWidget(), static_cast<QWidget *>(view->jobEditor()));
    QCOMPARE(view->jobEditor()->jobKey(), job.key);
    QCOMPARE(view->jobEditor()->codeEditor()->toPlainText(), job.body);
    QVERIFY(view->graphView()->jobItem(job.key)->isSelected());
    QVERIFY(!view->jobEditor()->isModified());

    const Trigger trigger = workflow->triggers.first();
    clickItem(view->graphView()->triggerItem(trigger.key));
    QCOMPARE(view->detailsStack()->currentWidget(), static_cast<QWidget *>(view->triggerPanel()));
    QCOMPARE(view->triggerPanel()->triggerKey(), trigger.key);
    QVERIFY(trigger.type == TriggerType::Webhook);
    // Reply mode: a change is saved through the store.
    auto *reply = view->triggerPanel()->findChild<QComboBox *>(QStringLiteral("webhookReply"));
    reply->setCurrentIndex(reply->findData(QStringLiteral("after_completion")));
    QVERIFY(view->triggerPanel()->isModified());
    QVERIFY(view->triggerPanel()->save());
    QCOMPARE(loadProject().workflow(m_window->workflowsController()->currentWorkflowKey())->trigger(trigger.key)->webhookReply,
             QStringLiteral("after_completion"));
    QVERIFY(view->graphView()->triggerItem(trigger.key)->isSelected());
    reply->setCurrentIndex(reply->findData(QStringLiteral("before_start")));
    QVERIFY(view->triggerPanel()->save());
    workflow = m_window->workflowsController()->currentWorkflow();

    const QString url = view->triggerPanel()->webhookUrl();
    QVERIFY2(url.startsWith(QStringLiteral("http://") + listenAddress(*m_store) + QStringLiteral("/i/")), qPrintable(url));
    if (!trigger.customPath.isEmpty())
        QVERIFY(url.endsWith(trigger.customPath));
    view->triggerPanel()->findChild<QToolButton *>(QStringLiteral("copyUrl"))->click();
    QCOMPARE(QApplication::clipboard()->text(), url);

    // Clicking the background keeps the selection (the background pans).
    WorkflowGraphView *graph = view->graphView();
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, QPoint(3, 3));
    QVERIFY(graph->triggerItem(trigger.key)->isSelected());
    QCOMPARE(view->detailsStack()->currentWidget(), static_cast<QWidget *>(view->triggerPanel()));
}

void TestUiSmoke::editAndSaveJob()
{
    WorkflowsView *view = m_window->workflowsView();
    const Workflow *workflow = m_window->workflowsController()->currentWorkflow();
    const QString workflowKey = workflow->key;
    const Job job = workflow->jobs.at(1);
    clickItem(view->graphView()->jobItem(job.key));
    JobEditor *editor = view->jobEditor();
    CodeEditor *code = editor->codeEditor();
    code->setFocus();
    QTextCursor cursor = code->textCursor();
    cursor.movePosition(QTextCursor::End);
    code->setTextCursor(cursor);
    QTest::keyClicks(code, QStringLiteral("// checked by the smoke test"));
    QVERIFY(editor->isModified());
    QVERIFY(editor->findChild<QLabel *>(QStringLiteral("modifiedLabel"))->isVisible());
    const QString expected = code->toPlainText();

    QTest::keyClick(code, Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!editor->isModified());
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(m_window->banner()->level(), MessageLevel::Positive);

    const Project stored = loadProject();
    QCOMPARE(stored.workflow(workflowKey)->job(job.key)->body, expected);
    // The rest of the job is as it was.
    QCOMPARE(stored.workflow(workflowKey)->job(job.key)->adaptor, job.adaptor);
    QCOMPARE(stored.workflow(workflowKey)->job(job.key)->credential, job.credential);

    // Adaptor version and name through the fields.
    editor->findChild<QLineEdit *>(QStringLiteral("jobAdaptorVersion"))->setText(QStringLiteral("4.1.0"));
    editor->findChild<QLineEdit *>(QStringLiteral("jobName"))->setText(job.name + QStringLiteral(" (edited)"));
    QVERIFY(editor->save());
    const Project afterSave = loadProject();
    const Job *saved = afterSave.workflow(workflowKey)->job(job.key);
    QVERIFY2(saved->adaptor.endsWith(QStringLiteral("@4.1.0")), qPrintable(saved->adaptor));
    QCOMPARE(saved->name, job.name + QStringLiteral(" (edited)"));
    QCOMPARE(view->graphView()->jobItem(job.key)->title(), saved->name);
    QVERIFY(view->graphView()->jobItem(job.key)->subtitle().endsWith(QStringLiteral("4.1.0")));
    // The lead's screenshot: the job from its first line, with the find bar showing matches.
    code->moveCursor(QTextCursor::Start);
    editor->findBar()->activate();
    editor->findBar()->setSearchText(QStringLiteral("dataValue"));
    QVERIFY(editor->findBar()->matchCount() > 3);
    QCOMPARE(editor->findBar()->currentMatch(), 1);
    code->moveCursor(QTextCursor::Start);
    code->ensureCursorVisible();
    screenshot(QStringLiteral("b-job-editor"));
    editor->findBar()->hideBar();
}

void TestUiSmoke::invalidJobIsRefused()
{
    WorkflowsView *view = m_window->workflowsView();
    JobEditor *editor = view->jobEditor();
    const QString workflowKey = m_window->workflowsController()->currentWorkflowKey();
    const QString jobKey = editor->jobKey();
    const Project before = loadProject();
    m_window->banner()->hideMessage();

    editor->codeEditor()->clear();
    QVERIFY(editor->isModified());
    QVERIFY(!editor->save());
    QVERIFY(m_window->banner()->isVisible());
    QCOMPARE(m_window->banner()->level(), MessageLevel::Error);
    QVERIFY(!m_window->banner()->text().isEmpty());
    QVERIFY(editor->isModified()); // the edit is still there to fix
    QCOMPARE(loadProject().workflow(workflowKey)->job(jobKey)->body, before.workflow(workflowKey)->job(jobKey)->body);
    QCOMPARE(loadProject(), before);

    // A credential the project does not know is refused too.
    editor->revert();
    QVERIFY(!editor->isModified());
    auto *credential = editor->findChild<QComboBox *>(QStringLiteral("jobCredential"));
    QVERIFY(credential->count() >= 2); // (none) + the project's credentials
    QCOMPARE(credential->itemText(0), QStringLiteral("(none)"));
}

void TestUiSmoke::leavingModifiedJobAsks()
{
    WorkflowsView *view = m_window->workflowsView();
    JobEditor *editor = view->jobEditor();
    const Workflow workflow = *m_window->workflowsController()->currentWorkflow();
    const QString jobKey = editor->jobKey();
    const QString otherKey = workflow.jobs.first().key;
    QVERIFY(jobKey != otherKey);
    editor->codeEditor()->appendPlainText(QStringLiteral("// unsaved"));
    QVERIFY(editor->isModified());

    // Cancel: stay on the job, the graph keeps it selected.
    m_answer = UnsavedChoice::Cancel;
    m_asked = 0;
    clickItem(view->graphView()->jobItem(otherKey));
    QCOMPARE(m_asked, 1);
    QCOMPARE(editor->jobKey(), jobKey);
    QVERIFY(editor->isModified());
    QVERIFY(view->graphView()->jobItem(jobKey)->isSelected());

    // Cancel also keeps the workflow when another one is picked in the list.
    const QString otherWorkflow = keyOfWorkflowNamed(QStringLiteral("Daily SMS"));
    QVERIFY(!selectWorkflow(otherWorkflow));
    QCOMPARE(m_asked, 2);
    QCOMPARE(m_window->workflowsController()->currentWorkflowKey(), workflow.key);

    // Discard: go to the other job; the store never saw the edit.
    m_answer = UnsavedChoice::Discard;
    clickItem(view->graphView()->jobItem(otherKey));
    QCOMPARE(m_asked, 3);
    QCOMPARE(editor->jobKey(), otherKey);
    QVERIFY(!editor->isModified());
    QVERIFY(!loadProject().workflow(workflow.key)->job(jobKey)->body.contains(QStringLiteral("// unsaved")));

    // Save: the edit is saved on the way out.
    editor->codeEditor()->appendPlainText(QStringLiteral("// saved on leaving"));
    m_answer = UnsavedChoice::Save;
    clickItem(view->graphView()->jobItem(jobKey));
    QCOMPARE(m_asked, 4);
    QCOMPARE(editor->jobKey(), jobKey);
    QVERIFY(loadProject().workflow(workflow.key)->job(otherKey)->body.endsWith(QStringLiteral("// saved on leaving")));
    // Nothing modified: no question.
    clickItem(view->graphView()->jobItem(otherKey));
    QCOMPARE(m_asked, 4);
}

void TestUiSmoke::cronTriggerPanel()
{
    const QString daily = keyOfWorkflowNamed(QStringLiteral("Daily SMS"));
    QVERIFY(selectWorkflow(daily));
    WorkflowsView *view = m_window->workflowsView();
    const Workflow workflow = *m_window->workflowsController()->currentWorkflow();
    const Trigger cron = workflow.triggers.first();
    QVERIFY(cron.type == TriggerType::Cron);
    clickItem(view->graphView()->triggerItem(cron.key));
    TriggerPanel *panel = view->triggerPanel();
    QCOMPARE(view->detailsStack()->currentWidget(), static_cast<QWidget *>(panel));
    QCOMPARE(panel->nextFiresModel()->rowCount(), 5);
    QVERIFY(!panel->cronReading().isEmpty());
    QVERIFY(panel->cronError().isEmpty());
    screenshot(QStringLiteral("c-cron-trigger"));

    auto *expression = panel->findChild<QLineEdit *>(QStringLiteral("cronExpression"));
    expression->setText(QStringLiteral("61 * * * *"));
    QVERIFY(!panel->isExpressionValid());
    QVERIFY(!panel->cronError().isEmpty());
    QCOMPARE(panel->nextFiresModel()->rowCount(), 0);
    QVERIFY(!panel->save());
    QCOMPARE(m_window->banner()->level(), MessageLevel::Error);
    QCOMPARE(loadProject().workflow(daily)->trigger(cron.key)->cronExpression, cron.cronExpression);

    expression->setText(QStringLiteral("*/15 * * * *"));
    QVERIFY(panel->isExpressionValid());
    QCOMPARE(panel->nextFiresModel()->rowCount(), 5);
    const QList<QDateTime> fires = panel->nextFiresModel()->fireTimes();
    QCOMPARE(fires[0].secsTo(fires[1]), 15 * 60);
    QVERIFY(panel->save());
    QCOMPARE(loadProject().workflow(daily)->trigger(cron.key)->cronExpression, QStringLiteral("*/15 * * * *"));
    // The graph shows the new schedule.
    QVERIFY(view->graphView()->triggerItem(cron.key)->subtitle().contains(QStringLiteral("*/15")));
    expression->setText(cron.cronExpression);
    QVERIFY(panel->save());
}

void TestUiSmoke::edgeAndWorkflowToggles()
{
    WorkflowsView *view = m_window->workflowsView();
    const Workflow workflow = *m_window->workflowsController()->currentWorkflow();
    const Edge edge = workflow.edges.last();
    QVERIFY(edge.enabled);
    std::unique_ptr<QMenu> menu(view->graphView()->createEdgeMenu(edge.key, nullptr));
    QVERIFY(menu);
    QAction *toggle = menu->findChild<QAction *>(QStringLiteral("toggleEdge"));
    QCOMPARE(toggle->text(), QStringLiteral("Disable edge"));
    toggle->trigger();
    QVERIFY(!loadProject().workflow(workflow.key)->edge(edge.key)->enabled);
    QVERIFY(!view->graphView()->edgeItem(edge.key)->isEdgeEnabled());
    QVERIFY(view->graphView()->edgeItem(edge.key)->label().contains(QStringLiteral("(disabled)")));
    screenshot(QStringLiteral("d-disabled-edge"));
    menu.reset(view->graphView()->createEdgeMenu(edge.key, nullptr));
    menu->findChild<QAction *>(QStringLiteral("toggleEdge"))->trigger();
    QVERIFY(loadProject().workflow(workflow.key)->edge(edge.key)->enabled);

    // A click on the edge's label shows the edge with a button that does the same.
    GraphEdgeItem *edgeItem = view->graphView()->edgeItem(edge.key);
    WorkflowGraphView *graph = view->graphView();
    const QPoint labelPos = graph->mapFromScene(edgeItem->mapToScene(edgeItem->labelRect().center()));
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, labelPos);
    QVERIFY(graph->edgeItem(edge.key)->isSelected());
    auto *edgeToggle = view->findChild<QPushButton *>(QStringLiteral("edgeToggle"));
    QVERIFY(edgeToggle && edgeToggle->isVisible());
    QCOMPARE(edgeToggle->text(), QStringLiteral("Disable edge"));
    edgeToggle->click();
    QVERIFY(!loadProject().workflow(workflow.key)->edge(edge.key)->enabled);
    QCOMPARE(edgeToggle->text(), QStringLiteral("Enable edge"));
    QVERIFY(m_window->banner()->text().contains(QStringLiteral("→")));
    edgeToggle->click();
    QVERIFY(loadProject().workflow(workflow.key)->edge(edge.key)->enabled);

    // The workflow's checkbox in the list.
    QAbstractItemModel *model = view->workflowTable()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, 0).data(WorkflowListModel::KeyRole).toString() == workflow.key)
            row = r;
    QVERIFY(row >= 0);
    const QModelIndex box = model->index(row, WorkflowListModel::Enabled);
    QVERIFY(model->setData(box, Qt::Unchecked, Qt::CheckStateRole));
    auto stateOf = [this](const QString &key) {
        const Result<QList<WorkflowState>> states = m_projects->workflowStates(m_projectName);
        for (const WorkflowState &s : states.value())
            if (s.key == key)
                return s.enabled;
        return true;
    };
    QVERIFY(!stateOf(workflow.key));
    QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(model->setData(box, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(stateOf(workflow.key));
}

void TestUiSmoke::triggersPage()
{
    m_window->showPage(MainWindow::TriggersPage);
    TriggersView *view = m_window->triggersView();
    QVERIFY(view->isVisible());
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Project project = loadProject();
    int triggers = 0;
    for (const Workflow &w : project.workflows)
        triggers += int(w.triggers.size());
    QCOMPARE(view->model()->rowCount(), triggers);
    bool sawWebhook = false;
    bool sawCron = false;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QString endpoint = view->model()->index(row, TriggerTableModel::Endpoint).data().toString();
        const QString type = view->model()->index(row, TriggerTableModel::Type).data().toString();
        if (type == QStringLiteral("Webhook")) {
            sawWebhook = true;
            QVERIFY2(endpoint.startsWith(QStringLiteral("http://") + listenAddress(*m_store) + QStringLiteral("/i/")), qPrintable(endpoint));
        } else {
            sawCron = true;
            QVERIFY(!view->model()->index(row, TriggerTableModel::Reading).data().toString().isEmpty());
        }
    }
    QVERIFY(sawWebhook && sawCron);
    screenshot(QStringLiteral("e-triggers"));

    // A double-click opens the trigger in its workflow.
    QTableView *table = view->table();
    const QModelIndex index = table->model()->index(1, TriggerTableModel::Workflow);
    const QString workflowKey = index.data(TriggerTableModel::WorkflowKeyRole).toString();
    const QString triggerKey = index.data(TriggerTableModel::TriggerKeyRole).toString();
    emit table->doubleClicked(index);
    QCOMPARE(m_window->currentPage(), MainWindow::WorkflowsPage);
    QCOMPARE(m_window->workflowsController()->currentWorkflowKey(), workflowKey);
    QCOMPARE(m_window->workflowsView()->triggerPanel()->triggerKey(), triggerKey);
}

void TestUiSmoke::importAndExport()
{
    // Export the stored project, change a job in the file, import it back.
    const QString exported = m_dir->file(QStringLiteral("export/project-spec.yaml"));
    QDir().mkpath(QFileInfo(exported).absolutePath());
    QVERIFY(m_window->exportProjectTo(exported));
    Result<Project> spec = readSpecFile(exported);
    QVERIFY2(spec.ok(), qPrintable(spec.error().toString()));
    QCOMPARE(spec->workflows.size(), loadProject().workflows.size());

    Project changed = spec.value();
    changed.workflows[0].jobs[0].body += QStringLiteral("\n// changed by import\n");
    changed.workflows[0].jobs[0].bodyPath.clear();
    const QString changedPath = m_dir->file(QStringLiteral("changed-spec.yaml"));
    QVERIFY(m_dir->write(QStringLiteral("changed-spec.yaml"), writeSpec(changed)));

    ImportDialog dialog(*m_projects, m_window.get());
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.resize(800, 560);
    dialog.show();
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    connect(&dialog, &ImportDialog::imported, m_window.get(), [this](const QString &, const ProjectDiff &) {
        m_window->refresh();
    });
    dialog.openFile(changedPath);
    QTRY_VERIFY(dialog.canApply());
    QVERIFY(dialog.previewModel()->rowCount() >= 1);
    QVERIFY(dialog.summaryText().contains(QStringLiteral("changed")));
    if (!qEnvironmentVariable("SB_SCREENSHOT_DIR").isEmpty())
        QVERIFY(dialog.grab().save(QDir(qEnvironmentVariable("SB_SCREENSHOT_DIR")).filePath(QStringLiteral("f-import-preview.png"))));
    QVERIFY(dialog.apply());
    QCOMPARE(imported.count(), 1);
    QVERIFY(loadProject().workflows[0].jobs[0].body.contains(QStringLiteral("// changed by import")));

    // Importing the same file again changes nothing.
    ImportDialog again(*m_projects);
    again.openFile(changedPath);
    QTRY_VERIFY(!again.controller()->isReading());
    QVERIFY(!again.canApply());
    QVERIFY(again.summaryText().startsWith(QStringLiteral("No changes")));

    // A broken file: the error names the file, line and column; nothing to apply.
    QVERIFY(m_dir->write(QStringLiteral("broken.yaml"), "name: Broken\nworkflows:\n  a: [unclosed\n"));
    ImportDialog broken(*m_projects);
    broken.openFile(m_dir->file(QStringLiteral("broken.yaml")));
    QTRY_VERIFY(!broken.controller()->isReading());
    QVERIFY(!broken.canApply());
    QVERIFY2(broken.errorText().contains(QStringLiteral("broken.yaml:")), qPrintable(broken.errorText()));
    QCOMPARE(broken.previewModel()->rowCount(), 0);
}

void TestUiSmoke::darkPalette()
{
    // A dark palette as desktop themes set it: views follow palette roles.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    dark.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x71, 0x76));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();

    m_window->showPage(MainWindow::WorkflowsPage);
    WorkflowsView *view = m_window->workflowsView();
    QVERIFY(selectWorkflow(keyOfWorkflowNamed(QStringLiteral("HIS to Primero"))));
    const Workflow workflow = *m_window->workflowsController()->currentWorkflow();
    clickItem(view->graphView()->jobItem(workflow.jobs.first().key));
    CodeEditor *code = view->jobEditor()->codeEditor();
    QVERIFY(code->highlighter()->isDarkPalette());
    QVERIFY(view->graphView()->palette().color(QPalette::Base).lightness() < 128);
    // Keyword colour readable on the dark base.
    QVERIFY(code->highlighter()->format(JsHighlighter::Token::Keyword).foreground().color().lightness() > 128);
    screenshot(QStringLiteral("g-dark-his-primero"));

    QApplication::setPalette(before);
    QCoreApplication::processEvents();
    QVERIFY(!code->highlighter()->isDarkPalette());
}

void TestUiSmoke::severalProjects()
{
    QVERIFY(!m_window->projectPicker()->isVisible());
    Project second = demoProject().value();
    second.name = QStringLiteral("Second project");
    // Webhook paths are unique per store: give the copy its own.
    for (Workflow &workflow : second.workflows)
        for (Trigger &trigger : workflow.triggers)
            if (!trigger.customPath.isEmpty())
                trigger.customPath.prepend(QStringLiteral("second/"));
    second.workflows.removeLast();
    const Result<ProjectDiff> imported = m_projects->import(second);
    QVERIFY2(imported.ok(), qPrintable(imported.error().toString()));
    m_window->refresh();
    QComboBox *picker = m_window->projectPicker();
    QTRY_VERIFY(picker->isVisible()); // the toolbar lays out on the next event loop pass
    QCOMPARE(picker->count(), 2);
    QCOMPARE(picker->currentText(), m_projectName);
    picker->setCurrentIndex(picker->findText(second.name));
    QCOMPARE(m_window->controller()->currentProject(), second.name);
    QCOMPARE(m_window->workflowsController()->projectName(), second.name);
    QCOMPARE(m_window->workflowsView()->workflowModel()->rowCount(), int(second.workflows.size()));
    QCOMPARE(m_window->triggersController()->projectName(), second.name);
    QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("projectLabel"))->text().contains(second.name));
    QVERIFY(m_window->windowTitle().contains(second.name));
    picker->setCurrentIndex(picker->findText(m_projectName));
    QCOMPARE(m_window->workflowsController()->projectName(), m_projectName);
}

void TestUiSmoke::closingWithUnsavedSmsChangesAsks()
{
    SmsCountriesView *countries = m_window->smsView()->countriesView();
    QList<sms::Country> edited = countries->editedCountries();
    QVERIFY(!edited.isEmpty());
    edited.first().senderId = QStringLiteral("EDITED");
    countries->setEditedCountries(edited);
    QVERIFY(countries->isDirty());
    m_window->showPage(MainWindow::OverviewPage);

    // Cancel: the window stays open, on the SMS page, with the change.
    m_answer = UnsavedChoice::Cancel;
    m_asked = 0;
    QVERIFY(!m_window->close());
    QCOMPARE(m_asked, 1);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->currentPage(), MainWindow::SmsPage);
    QVERIFY(countries->isDirty());

    // Nothing saved yet; dropping the change lets the window close.
    countries->revert();
    QVERIFY(!countries->isDirty());
}

void TestUiSmoke::layoutIsRemembered()
{
    auto *splitter = m_window->findChild<QSplitter *>(QStringLiteral("workflowsMainSplitter"));
    QVERIFY(splitter);
    splitter->setSizes({500, 900});
    const QList<int> sizes = splitter->sizes();
    m_window->showPage(MainWindow::TriggersPage);
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(*m_store, *m_projects);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentPage(), MainWindow::TriggersPage);
    m_window->showPage(MainWindow::WorkflowsPage);
    QTRY_COMPARE(m_window->findChild<QSplitter *>(QStringLiteral("workflowsMainSplitter"))->sizes(), sizes);
    QCOMPARE(m_window->controller()->currentProject(), m_projectName);
}

QTEST_MAIN(TestUiSmoke)
#include "tst_ui_smoke.moc"
