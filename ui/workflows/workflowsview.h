#pragma once

#include "main/unsavedprompt.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace sb {

class JobEditor;
class TriggerPanel;
class WorkflowGraphView;
class WorkflowListModel;
class WorkflowsController;

// The Workflows page: the project's workflows (top left), the selected workflow's graph
// (bottom left) and the selected job or trigger in an editor (right).
class WorkflowsView final : public QWidget
{
    Q_OBJECT

public:
    explicit WorkflowsView(WorkflowsController &controller, QWidget *parent = nullptr);

    // Before the project changes or the window closes: unsaved edits are saved,
    // discarded, or the change is cancelled (false).
    bool maybeLeave();
    void setUnsavedPrompt(const UnsavedPrompt &prompt);

    // Shows a workflow and one of its jobs or triggers, as a click in the graph would.
    bool showWorkflow(const QString &workflowKey);
    bool showJob(const QString &jobKey);
    bool showTrigger(const QString &triggerKey);

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    QTableView *workflowTable() const { return m_table; }
    WorkflowListModel *workflowModel() const { return m_model; }
    WorkflowGraphView *graphView() const { return m_graph; }
    JobEditor *jobEditor() const { return m_jobEditor; }
    TriggerPanel *triggerPanel() const { return m_triggerPanel; }
    QStackedWidget *detailsStack() const { return m_details; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum DetailsPage { EmptyPage, JobPage, TriggerPage, EdgePage };

    QWidget *createEmptyPage();
    QWidget *createEdgePage();
    void onProjectReloaded();
    void onCurrentWorkflowChanged();
    void onTableSelectionChanged();
    void onJobActivated(const QString &jobKey);
    void onTriggerActivated(const QString &triggerKey);
    void onEdgeActivated(const QString &edgeKey);
    void restoreGraphSelection();
    void selectTableRow(const QString &workflowKey);
    void showEdge(const QString &edgeKey);
    void updateGraphHeader();

    WorkflowsController &m_controller;
    WorkflowListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_graphTitle = nullptr;
    QString m_graphTitleText;
    QToolButton *m_fit = nullptr;
    QComboBox *m_direction = nullptr;
    WorkflowGraphView *m_graph = nullptr;
    QStackedWidget *m_details = nullptr;
    JobEditor *m_jobEditor = nullptr;
    TriggerPanel *m_triggerPanel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_edgeText = nullptr;
    QPushButton *m_edgeToggle = nullptr;
    QString m_edgeKey;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
    bool m_syncing = false;
};

} // namespace sb
