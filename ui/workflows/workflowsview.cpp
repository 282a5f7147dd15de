#include "workflowsview.h"

#include "graphedgeitem.h"
#include "jobeditor.h"
#include "main/icons.h"
#include "triggerpanel.h"
#include "workflowgraphview.h"
#include "workflowlistmodel.h"
#include "workflowscontroller.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

WorkflowsView::WorkflowsView(WorkflowsController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new WorkflowListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("workflowsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkflowListModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_model->setEnabledSetter([this](const QString &key, bool enabled) {
        const bool saved = m_controller.setWorkflowEnabled(key, enabled);
        if (saved)
            updateGraphHeader();
        return saved;
    });

    // Workflow list.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("workflowTable"));
    m_table->setAccessibleName(tr("Workflows"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // spec order until the user sorts
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(WorkflowListModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WorkflowListModel::Triggers, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(WorkflowListModel::Jobs, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WorkflowListModel::Enabled, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(WorkflowListModel::Triggers, 200);

    // Graph with a small header.
    auto *graphPane = new QWidget(this);
    auto *graphLayout = new QVBoxLayout(graphPane);
    graphLayout->setContentsMargins(0, 0, 0, 0);
    graphLayout->setSpacing(0);
    auto *graphHeader = new QHBoxLayout;
    graphHeader->setContentsMargins(8, 4, 4, 4);
    m_graphTitle = new QLabel(graphPane);
    m_graphTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_graphTitle->font();
    titleFont.setBold(true);
    m_graphTitle->setFont(titleFont);
    // Long names are elided rather than pushing the controls away.
    m_graphTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_graphTitle->installEventFilter(this);
    m_direction = new QComboBox(graphPane);
    m_direction->setObjectName(QStringLiteral("graphDirection"));
    m_direction->addItem(tr("Automatic layout"), int(WorkflowGraphView::DirectionMode::Auto));
    m_direction->addItem(tr("Left to right"), int(WorkflowGraphView::DirectionMode::LeftToRight));
    m_direction->addItem(tr("Top to bottom"), int(WorkflowGraphView::DirectionMode::TopToBottom));
    m_direction->setToolTip(tr("How the graph is laid out; automatic picks what fits the view best"));
    m_fit = new QToolButton(graphPane);
    m_fit->setIcon(themedIcon(QStringLiteral("fit")));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("Fit the graph to the view (Ctrl+wheel zooms)"));
    m_fit->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fit->setAutoRaise(true);
    graphHeader->addWidget(m_graphTitle, 1);
    graphHeader->addWidget(m_direction);
    graphHeader->addWidget(m_fit);
    graphLayout->addLayout(graphHeader);
    m_graph = new WorkflowGraphView(graphPane);
    graphLayout->addWidget(m_graph, 1);

    // Details: empty state, job editor, trigger panel, edge.
    m_details = new QStackedWidget(this);
    m_details->setObjectName(QStringLiteral("detailsStack"));
    m_jobEditor = new JobEditor(m_controller, m_details);
    m_triggerPanel = new TriggerPanel(m_controller, m_details);
    m_details->insertWidget(EmptyPage, createEmptyPage());
    m_details->insertWidget(JobPage, m_jobEditor);
    m_details->insertWidget(TriggerPage, m_triggerPanel);
    m_details->insertWidget(EdgePage, createEdgePage());

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("workflowsLeftSplitter"));
    m_leftSplitter->addWidget(m_table);
    m_leftSplitter->addWidget(graphPane);
    m_leftSplitter->setStretchFactor(0, 0);
    m_leftSplitter->setStretchFactor(1, 1);
    m_leftSplitter->setSizes({170, 600});
    m_leftSplitter->setChildrenCollapsible(false);
    m_mainSplitter = new QSplitter(Qt::Horizontal, this);
    m_mainSplitter->setObjectName(QStringLiteral("workflowsMainSplitter"));
    m_mainSplitter->addWidget(m_leftSplitter);
    m_mainSplitter->addWidget(m_details);
    m_mainSplitter->setStretchFactor(0, 1);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setChildrenCollapsible(false);
    // The code editor gets a little more room than the graph by default.
    m_mainSplitter->setSizes({720, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_mainSplitter);

    connect(&m_controller, &WorkflowsController::projectReloaded, this, &WorkflowsView::onProjectReloaded);
    connect(&m_controller, &WorkflowsController::currentWorkflowChanged, this,
            &WorkflowsView::onCurrentWorkflowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WorkflowsView::onTableSelectionChanged);
    connect(m_graph, &WorkflowGraphView::jobActivated, this, &WorkflowsView::onJobActivated);
    connect(m_graph, &WorkflowGraphView::triggerActivated, this, &WorkflowsView::onTriggerActivated);
    connect(m_graph, &WorkflowGraphView::edgeActivated, this, &WorkflowsView::onEdgeActivated);
    connect(m_graph, &WorkflowGraphView::edgeEnabledChangeRequested, &m_controller,
            &WorkflowsController::setEdgeEnabled);
    connect(m_fit, &QToolButton::clicked, m_graph, &WorkflowGraphView::fitGraph);
    connect(m_direction, &QComboBox::currentIndexChanged, this, [this] {
        m_graph->setDirectionMode(
            static_cast<WorkflowGraphView::DirectionMode>(m_direction->currentData().toInt()));
    });

    onProjectReloaded();
}

QWidget *WorkflowsView::createEmptyPage()
{
    auto *page = new QWidget(m_details);
    auto *layout = new QVBoxLayout(page);
    m_emptyLabel = new QLabel(tr("Select a job or trigger in the graph"), page);
    m_emptyLabel->setObjectName(QStringLiteral("detailsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addStretch(1);
    layout->addWidget(m_emptyLabel);
    layout->addSpacing(16);

    // What the edge colours mean.
    auto *legend = new QWidget(page);
    legend->setObjectName(QStringLiteral("edgeLegend"));
    auto *grid = new QGridLayout(legend);
    grid->setHorizontalSpacing(10);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const struct
    {
        ConditionType condition;
        QString text;
    } entries[] = {
        {ConditionType::Always, tr("always: the next step runs in any case")},
        {ConditionType::OnJobSuccess, tr("on success: runs when the step before succeeded")},
        {ConditionType::OnJobFailure, tr("on failure: runs when the step before failed")},
        {ConditionType::JsExpression, tr("a JavaScript condition, shown by its label")},
    };
    int row = 0;
    for (const auto &entry : entries) {
        QPixmap line(QSize(36, 12) * devicePixelRatioF());
        line.setDevicePixelRatio(devicePixelRatioF());
        line.fill(Qt::transparent);
        QPainter painter(&line);
        painter.setRenderHint(QPainter::Antialiasing);
        QPen pen(GraphEdgeItem::conditionColor(entry.condition, dark), 2);
        if (entry.condition == ConditionType::OnJobFailure)
            pen.setDashPattern({4, 3});
        painter.setPen(pen);
        painter.drawLine(QPointF(2, 6), QPointF(34, 6));
        painter.end();
        auto *swatch = new QLabel(legend);
        swatch->setPixmap(line);
        auto *text = new QLabel(entry.text, legend);
        text->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(swatch, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    for (const QString &hint : {tr("Faded nodes and edges are disabled."),
                                tr("Right-click an edge to enable or disable it.")}) {
        auto *label = new QLabel(hint, legend);
        label->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, ++row, 0, 1, 2);
    }
    layout->addWidget(legend, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    return page;
}

QWidget *WorkflowsView::createEdgePage()
{
    auto *page = new QWidget(m_details);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    m_edgeText = new QLabel(page);
    m_edgeText->setWordWrap(true);
    m_edgeText->setTextFormat(Qt::PlainText);
    m_edgeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edgeToggle = new QPushButton(page);
    m_edgeToggle->setObjectName(QStringLiteral("edgeToggle"));
    layout->addWidget(m_edgeText);
    layout->addWidget(m_edgeToggle, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_edgeToggle, &QPushButton::clicked, this, [this] {
        const Workflow *workflow = m_controller.currentWorkflow();
        const Edge *edge = workflow ? workflow->edge(m_edgeKey) : nullptr;
        if (edge)
            m_controller.setEdgeEnabled(edge->key, !edge->enabled);
    });
    return page;
}

void WorkflowsView::setUnsavedPrompt(const UnsavedPrompt &prompt)
{
    m_jobEditor->setUnsavedPrompt(prompt);
    m_triggerPanel->setUnsavedPrompt(prompt);
}

bool WorkflowsView::maybeLeave()
{
    switch (m_details->currentIndex()) {
    case JobPage: return m_jobEditor->maybeLeave();
    case TriggerPage: return m_triggerPanel->maybeLeave();
    default: return true;
    }
}

void WorkflowsView::onProjectReloaded()
{
    m_syncing = true;
    m_model->setProject(m_controller.project(), m_controller.workflowStates());
    m_syncing = false;
    if (!m_controller.hasProject()) {
        m_emptyLabel->setText(m_controller.projectName().isEmpty()
                                  ? tr("No project yet. Use File → Import project… to add one.")
                                  : tr("The project could not be loaded."));
    } else {
        m_emptyLabel->setText(tr("Select a job or trigger in the graph"));
    }
    selectTableRow(m_controller.currentWorkflowKey());
    const Workflow *workflow = m_controller.currentWorkflow();
    if (workflow)
        m_graph->setWorkflow(*workflow);
    else
        m_graph->clearWorkflow();
    updateGraphHeader();

    // Keep the open job or trigger when it still exists; unsaved edits stay in the editor.
    switch (m_details->currentIndex()) {
    case JobPage: {
        const Job *job = workflow ? workflow->job(m_jobEditor->jobKey()) : nullptr;
        if (!job)
            m_details->setCurrentIndex(EmptyPage);
        else if (!m_jobEditor->isModified() && *job != m_jobEditor->storedJob())
            m_jobEditor->setJob(*job, m_controller.project().credentials);
        break;
    }
    case TriggerPage: {
        const Trigger *trigger = workflow ? workflow->trigger(m_triggerPanel->triggerKey()) : nullptr;
        if (!trigger)
            m_details->setCurrentIndex(EmptyPage);
        else if (!m_triggerPanel->isModified())
            m_triggerPanel->setTrigger(workflow->key, *trigger);
        break;
    }
    case EdgePage:
        if (workflow && workflow->edge(m_edgeKey))
            showEdge(m_edgeKey);
        else
            m_details->setCurrentIndex(EmptyPage);
        break;
    default: break;
    }
    restoreGraphSelection();
}

void WorkflowsView::onCurrentWorkflowChanged()
{
    selectTableRow(m_controller.currentWorkflowKey());
    const Workflow *workflow = m_controller.currentWorkflow();
    if (workflow)
        m_graph->setWorkflow(*workflow);
    else
        m_graph->clearWorkflow();
    m_graph->clearNodeSelection();
    m_details->setCurrentIndex(EmptyPage);
    updateGraphHeader();
}

void WorkflowsView::updateGraphHeader()
{
    const Workflow *workflow = m_controller.currentWorkflow();
    if (!workflow) {
        m_graphTitleText.clear();
    } else {
        const QString name = workflow->name.isEmpty() ? workflow->key : workflow->name;
        m_graphTitleText = m_controller.isWorkflowEnabled(workflow->key) ? name : tr("%1 (disabled)").arg(name);
    }
    m_graphTitle->setToolTip(m_graphTitleText);
    m_graphTitle->setText(m_graphTitle->fontMetrics().elidedText(m_graphTitleText, Qt::ElideRight,
                                                                 m_graphTitle->width()));
}

bool WorkflowsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_graphTitle && event->type() == QEvent::Resize)
        m_graphTitle->setText(m_graphTitle->fontMetrics().elidedText(m_graphTitleText, Qt::ElideRight,
                                                                     m_graphTitle->width()));
    return QWidget::eventFilter(watched, event);
}

void WorkflowsView::selectTableRow(const QString &workflowKey)
{
    const int row = m_model->rowOf(workflowKey);
    m_syncing = true;
    if (row < 0) {
        m_table->selectionModel()->clearSelection();
    } else {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, WorkflowListModel::Name));
        m_table->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_syncing = false;
}

void WorkflowsView::onTableSelectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString key = rows.first().data(WorkflowListModel::KeyRole).toString();
    if (key == m_controller.currentWorkflowKey())
        return;
    if (!maybeLeave()) {
        selectTableRow(m_controller.currentWorkflowKey());
        return;
    }
    m_controller.setCurrentWorkflow(key);
}

void WorkflowsView::restoreGraphSelection()
{
    switch (m_details->currentIndex()) {
    case JobPage: m_graph->selectJob(m_jobEditor->jobKey()); break;
    case TriggerPage: m_graph->selectTrigger(m_triggerPanel->triggerKey()); break;
    case EdgePage: m_graph->selectEdge(m_edgeKey); break;
    default: m_graph->clearNodeSelection(); break;
    }
}

void WorkflowsView::onJobActivated(const QString &jobKey)
{
    if (m_details->currentIndex() == JobPage && m_jobEditor->jobKey() == jobKey)
        return;
    const Workflow *workflow = m_controller.currentWorkflow();
    const Job *job = workflow ? workflow->job(jobKey) : nullptr;
    if (!job || !maybeLeave()) {
        restoreGraphSelection();
        return;
    }
    m_jobEditor->setJob(*job, m_controller.project().credentials);
    m_details->setCurrentIndex(JobPage);
}

void WorkflowsView::onTriggerActivated(const QString &triggerKey)
{
    if (m_details->currentIndex() == TriggerPage && m_triggerPanel->triggerKey() == triggerKey)
        return;
    const Workflow *workflow = m_controller.currentWorkflow();
    const Trigger *trigger = workflow ? workflow->trigger(triggerKey) : nullptr;
    if (!trigger || !maybeLeave()) {
        restoreGraphSelection();
        return;
    }
    m_triggerPanel->setTrigger(workflow->key, *trigger);
    m_details->setCurrentIndex(TriggerPage);
}

void WorkflowsView::onEdgeActivated(const QString &edgeKey)
{
    if (!maybeLeave()) {
        restoreGraphSelection();
        return;
    }
    showEdge(edgeKey);
}

void WorkflowsView::showEdge(const QString &edgeKey)
{
    const Workflow *workflow = m_controller.currentWorkflow();
    const Edge *edge = workflow ? workflow->edge(edgeKey) : nullptr;
    if (!edge)
        return;
    m_edgeKey = edgeKey;
    QString text = tr("Edge: %1\nCondition: %2").arg(m_controller.edgeDescription(edgeKey), conditionCaption(*edge));
    if (edge->condition == ConditionType::JsExpression)
        text += QLatin1Char('\n') + tr("Expression: %1").arg(edge->conditionExpression);
    text += QLatin1Char('\n') + (edge->enabled ? tr("State: enabled") : tr("State: disabled"));
    m_edgeText->setText(text);
    m_edgeToggle->setText(edge->enabled ? tr("Disable edge") : tr("Enable edge"));
    m_details->setCurrentIndex(EdgePage);
}

bool WorkflowsView::showWorkflow(const QString &workflowKey)
{
    if (workflowKey == m_controller.currentWorkflowKey())
        return true;
    if (!m_controller.project().workflow(workflowKey) || !maybeLeave())
        return false;
    m_controller.setCurrentWorkflow(workflowKey);
    return true;
}

bool WorkflowsView::showJob(const QString &jobKey)
{
    const Workflow *workflow = m_controller.currentWorkflow();
    if (!workflow || !workflow->job(jobKey))
        return false;
    onJobActivated(jobKey);
    m_graph->selectJob(m_jobEditor->jobKey());
    return m_details->currentIndex() == JobPage && m_jobEditor->jobKey() == jobKey;
}

bool WorkflowsView::showTrigger(const QString &triggerKey)
{
    const Workflow *workflow = m_controller.currentWorkflow();
    if (!workflow || !workflow->trigger(triggerKey))
        return false;
    onTriggerActivated(triggerKey);
    m_graph->selectTrigger(m_triggerPanel->triggerKey());
    return m_details->currentIndex() == TriggerPage && m_triggerPanel->triggerKey() == triggerKey;
}

void WorkflowsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("Workflows/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("Workflows/leftSplitter"), m_leftSplitter->saveState());
    settings.setValue(QStringLiteral("Workflows/listHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Workflows/graphLayout"), m_direction->currentIndex());
}

void WorkflowsView::restoreSettings(const QSettings &settings)
{
    m_mainSplitter->restoreState(settings.value(QStringLiteral("Workflows/mainSplitter")).toByteArray());
    m_leftSplitter->restoreState(settings.value(QStringLiteral("Workflows/leftSplitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("Workflows/listHeader")).toByteArray());
    const int layout = settings.value(QStringLiteral("Workflows/graphLayout"), 0).toInt();
    m_direction->setCurrentIndex(layout >= 0 && layout < m_direction->count() ? layout : 0);
}

} // namespace sb
