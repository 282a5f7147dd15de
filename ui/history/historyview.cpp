#include "historyview.h"

#include "historymodel.h"
#include "readthread.h"
#include "statestyle.h"

#include "engine/retry.h"
#include "main/listtable.h"
#include "main/messagebanner.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {

enum Range { AnyTime, LastHour, LastDay, LastWeek, LastMonth, Custom };

QString csvField(const QString &s)
{
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))
        && !s.contains(QLatin1Char('\r')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString isoUtc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

struct ExportResult
{
    qint64 rows = 0;
    QString error;
};

// The states offered as chips (claimed is shown together with started).
const QStringList kChipStates = {QStringLiteral("available"), QStringLiteral("started"), QStringLiteral("success"),
                                 QStringLiteral("failed"),    QStringLiteral("crashed"), QStringLiteral("killed"),
                                 QStringLiteral("exception"), QStringLiteral("lost"),    QStringLiteral("cancelled")};

} // namespace

HistoryView::HistoryView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new HistoryModel(store, this)), m_reader(new ReadThread(store, this)),
      m_watcher(new StoreWatcher(store, 500, this))
{
    qRegisterMetaType<sb::BulkOutcome>();
    buildUi();
    connect(m_watcher, &StoreWatcher::changed, this, &HistoryView::refresh);
    connect(m_model, &HistoryModel::loadFailed, this,
            [this](const QString &message) { m_banner->showMessage(message, MessageLevel::Error); });
    connect(m_model, &HistoryModel::rowsPrepended, this, [this](int count) {
        // Keep what the person is looking at in place when newer rows arrive above it.
        QScrollBar *bar = m_table->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + (m_table->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                                              ? count
                                              : count * m_table->verticalHeader()->defaultSectionSize()));
    });
    connect(m_model, &HistoryModel::pageLoaded, this, [this] { updateSelectionInfo(); });
    loadWorkflows();
    applyFilter(m_filter);
}

HistoryView::~HistoryView()
{
    if (m_bulk)
        m_bulk->cancel();
}

void HistoryView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *chips = new QHBoxLayout;
    chips->setSpacing(4);
    for (const QString &state : kChipStates) {
        auto *chip = new QToolButton(this);
        chip->setCheckable(true);
        chip->setText(stateLabel(state));
        chip->setIcon(stateIcon(state));
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setAutoRaise(true);
        chip->setProperty("state", state);
        chip->setToolTip(tr("Show only work orders in this state (several may be chosen)."));
        connect(chip, &QToolButton::toggled, this, &HistoryView::filterControlsChanged);
        m_stateChips << chip;
        chips->addWidget(chip);
    }
    chips->addStretch(1);
    layout->addLayout(chips);

    auto *filters = new QHBoxLayout;
    m_workflowCombo = new QComboBox(this);
    m_workflowCombo->setMinimumContentsLength(18);
    m_workflowCombo->addItem(tr("All workflows"), qint64(0));
    m_workflowCombo->setAccessibleName(tr("Workflow"));
    connect(m_workflowCombo, &QComboBox::currentIndexChanged, this, &HistoryView::filterControlsChanged);
    m_rangeCombo = new QComboBox(this);
    m_rangeCombo->addItem(tr("Any time"), int(AnyTime));
    m_rangeCombo->addItem(tr("Last hour"), int(LastHour));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(LastDay));
    m_rangeCombo->addItem(tr("Last 7 days"), int(LastWeek));
    m_rangeCombo->addItem(tr("Last 30 days"), int(LastMonth));
    m_rangeCombo->addItem(tr("Between…"), int(Custom));
    m_rangeCombo->setAccessibleName(tr("Received"));
    connect(m_rangeCombo, &QComboBox::currentIndexChanged, this, &HistoryView::filterControlsChanged);
    m_fromEdit = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_toEdit = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *e : {m_fromEdit, m_toEdit}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setVisible(false);
        connect(e, &QDateEdit::dateChanged, this, &HistoryView::filterControlsChanged);
    }
    m_fromEdit->setToolTip(tr("Received on or after this day"));
    m_toEdit->setToolTip(tr("Received on or before this day"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search inputs, outputs and logs (\"exact phrase\", prefix*)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_searchDebounce = new QTimer(this);
    m_searchDebounce->setSingleShot(true);
    m_searchDebounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDebounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce->stop();
        filterControlsChanged();
    });
    connect(m_searchDebounce, &QTimer::timeout, this, &HistoryView::filterControlsChanged);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    filters->addWidget(new QLabel(tr("Workflow:"), this));
    filters->addWidget(m_workflowCombo);
    filters->addWidget(new QLabel(tr("Received:"), this));
    filters->addWidget(m_rangeCombo);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toEdit);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    setUpListTable(m_table, QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(HistoryModel::Input, QHeaderView::Stretch);
    const int charW = m_table->fontMetrics().averageCharWidth();
    const int timeW = m_table->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59:59")) + 24;
    m_table->setColumnWidth(HistoryModel::Received, timeW);
    m_table->setColumnWidth(HistoryModel::Workflow, charW * 30);
    m_table->setColumnWidth(HistoryModel::State, charW * 26);
    m_table->setColumnWidth(HistoryModel::Duration, charW * 12);
    m_table->setColumnWidth(HistoryModel::LastActivity, timeW);
    // Sorting: newest or oldest first on "Received" (the keyset order); other columns
    // would need an index per column at a million rows.
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSortIndicator(HistoryModel::Received, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionsClickable(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        const HistoryOrder order = m_model->order() == HistoryOrder::NewestFirst ? HistoryOrder::OldestFirst
                                                                                 : HistoryOrder::NewestFirst;
        Q_UNUSED(section);
        m_table->horizontalHeader()->setSortIndicator(
            HistoryModel::Received, order == HistoryOrder::NewestFirst ? Qt::DescendingOrder : Qt::AscendingOrder);
        m_allMatching = false;
        m_model->setFilter(m_filter, order);
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT openWorkOrderRequested(m_model->workOrderId(index.row())); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (!m_syncing)
            m_allMatching = false;
        updateSelectionInfo();
    });
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_countLabel = new QLabel(this);
    m_selectAllMatching = new QPushButton(this);
    m_selectAllMatching->setFlat(true);
    m_selectAllMatching->setCursor(Qt::PointingHandCursor);
    connect(m_selectAllMatching, &QPushButton::clicked, this, [this] {
        if (m_allMatching)
            m_table->clearSelection();
        else
            selectAllMatching();
    });
    m_retryButton = new QPushButton(tr("Retry from start"), this);
    m_retryButton->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_retryButton->setToolTip(tr("Queue a new run of each selected work order from its input (%1)")
                                  .arg(m_retryButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_retryButton, &QPushButton::clicked, this, &HistoryView::retryFromStart);
    m_retryStepButton = new QPushButton(tr("Retry from step…"), this);
    m_retryStepButton->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_retryStepButton->setToolTip(tr("Queue a new run from a chosen job, with the input that job had (%1)")
                                      .arg(m_retryStepButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_retryStepButton, &QPushButton::clicked, this, &HistoryView::retryFromStep);
    m_cancelButton = new QPushButton(tr("Cancel queued"), this);
    m_cancelButton->setShortcut(QKeySequence(tr("Ctrl+.")));
    m_cancelButton->setToolTip(tr("Cancel the queued runs of the selected work orders; running ones continue (%1)")
                                   .arg(m_cancelButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_cancelButton, &QPushButton::clicked, this, &HistoryView::cancelQueued);
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setShortcut(QKeySequence(tr("Ctrl+E")));
    m_exportButton->setToolTip(tr("Save every work order matching the filter as CSV (%1)")
                                   .arg(m_exportButton->shortcut().toString(QKeySequence::NativeText)));
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryView::exportCsv);
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("%v of %m"));
    m_stopBulkButton = new QPushButton(tr("Stop"), this);
    m_stopBulkButton->setVisible(false);
    connect(m_stopBulkButton, &QPushButton::clicked, this, [this] {
        if (m_bulk)
            m_bulk->cancel();
    });
    auto *refreshAction = new QAction(this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, [this] { applyFilter(m_filter); });
    addAction(refreshAction);

    actions->addWidget(m_countLabel);
    actions->addWidget(m_selectAllMatching);
    actions->addStretch(1);
    actions->addWidget(m_progress);
    actions->addWidget(m_stopBulkButton);
    actions->addWidget(m_retryButton);
    actions->addWidget(m_retryStepButton);
    actions->addWidget(m_cancelButton);
    actions->addWidget(m_exportButton);
    layout->addLayout(actions);
    updateSelectionInfo();
}

void HistoryView::loadWorkflows()
{
    m_reader->run<Result<QList<WorkflowChoice>>>([](QSqlDatabase &db) { return listHistoryWorkflows(db); },
                                                 [this](Result<QList<WorkflowChoice>> all) {
                                                     if (!all) {
                                                         m_banner->showMessage(all.error().message, MessageLevel::Error);
                                                         return;
                                                     }
                                                     m_workflows = all.value();
                                                     m_syncing = true;
                                                     const qint64 current = m_workflowCombo->currentData().toLongLong();
                                                     m_workflowCombo->clear();
                                                     m_workflowCombo->addItem(tr("All workflows"), qint64(0));
                                                     QSet<QString> projects;
                                                     for (const WorkflowChoice &w : m_workflows)
                                                         projects.insert(w.projectName);
                                                     for (const WorkflowChoice &w : m_workflows) {
                                                         QString text = projects.size() > 1
                                                                            ? w.projectName + QStringLiteral(" / ") + w.name
                                                                            : w.name;
                                                         if (w.deleted)
                                                             text = tr("%1 (deleted)").arg(text);
                                                         m_workflowCombo->addItem(text, w.id);
                                                     }
                                                     m_workflowCombo->setCurrentIndex(
                                                         std::max(0, m_workflowCombo->findData(current)));
                                                     m_syncing = false;
                                                     syncControlsFromFilter();
                                                 });
}

void HistoryView::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    syncControlsFromFilter();
    applyFilter(filter);
}

void HistoryView::syncControlsFromFilter()
{
    m_syncing = true;
    for (QToolButton *chip : m_stateChips) {
        const QString state = chip->property("state").toString();
        chip->setChecked(m_filter.states.contains(state));
    }
    if (m_filter.workflowIds.size() == 1)
        m_workflowCombo->setCurrentIndex(std::max(0, m_workflowCombo->findData(m_filter.workflowIds.first())));
    else if (m_filter.workflowIds.isEmpty())
        m_workflowCombo->setCurrentIndex(0);
    if (m_filter.fromMs == 0 && m_filter.toMs == 0) {
        m_rangeCombo->setCurrentIndex(AnyTime);
    } else {
        m_rangeCombo->setCurrentIndex(Custom);
        if (m_filter.fromMs)
            m_fromEdit->setDate(QDateTime::fromMSecsSinceEpoch(m_filter.fromMs).date());
        if (m_filter.toMs)
            m_toEdit->setDate(QDateTime::fromMSecsSinceEpoch(m_filter.toMs - 1).date());
    }
    m_fromEdit->setVisible(m_rangeCombo->currentIndex() == Custom);
    m_toEdit->setVisible(m_rangeCombo->currentIndex() == Custom);
    if (m_search->text() != m_filter.search)
        m_search->setText(m_filter.search);
    m_searchDebounce->stop();
    m_syncing = false;
}

void HistoryView::filterControlsChanged()
{
    if (m_syncing)
        return;
    HistoryFilter f;
    f.projectId = m_filter.projectId; // set by setFilter() only
    f.workflowName = m_filter.workflowName;
    for (QToolButton *chip : m_stateChips)
        if (chip->isChecked()) {
            const QString state = chip->property("state").toString();
            f.states << state;
            if (state == QLatin1String("started"))
                f.states << QStringLiteral("claimed");
        }
    if (const qint64 wf = m_workflowCombo->currentData().toLongLong(); wf > 0)
        f.workflowIds = {wf};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    const int range = m_rangeCombo->currentData().toInt();
    m_fromEdit->setVisible(range == Custom);
    m_toEdit->setVisible(range == Custom);
    switch (range) {
    case LastHour: f.fromMs = now - hour; break;
    case LastDay: f.fromMs = now - 24 * hour; break;
    case LastWeek: f.fromMs = now - 7 * 24 * hour; break;
    case LastMonth: f.fromMs = now - 30 * 24 * hour; break;
    case Custom:
        f.fromMs = QDateTime(m_fromEdit->date(), QTime(0, 0)).toMSecsSinceEpoch();
        f.toMs = QDateTime(m_toEdit->date().addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        break;
    default: break;
    }
    f.search = m_search->text().trimmed();
    m_searchDebounce->stop();
    applyFilter(f);
}

void HistoryView::applyFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    m_allMatching = false;
    m_model->setFilter(filter, m_model->order());
    countMatching();
}

void HistoryView::countMatching()
{
    m_matching = -1;
    const quint64 generation = ++m_countGeneration;
    const HistoryFilter filter = m_filter;
    updateSelectionInfo();
    m_reader->run<Result<qint64>>([filter](QSqlDatabase &db) { return countMatchingWorkOrders(db, filter); },
                                  [this, generation](Result<qint64> n) {
                                      if (generation != m_countGeneration)
                                          return;
                                      if (!n) {
                                          m_banner->showMessage(n.error().message, MessageLevel::Error);
                                          return;
                                      }
                                      m_matching = n.value();
                                      updateSelectionInfo();
                                      Q_EMIT matchingCounted(m_matching);
                                  });
}

void HistoryView::refresh()
{
    const int first = m_table->rowAt(0);
    const int last = m_table->rowAt(m_table->viewport()->height() - 1);
    m_model->refresh(first < 0 ? 0 : first - 20, last < 0 ? m_model->rowCount() : last + 20);
    countMatching();
}

QList<qint64> HistoryView::selectedWorkOrderIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->workOrderId(i.row());
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

void HistoryView::selectAllMatching()
{
    m_syncing = true;
    m_table->selectAll();
    m_syncing = false;
    m_allMatching = true;
    updateSelectionInfo();
}

bool HistoryView::hasActionTarget() const
{
    return m_allMatching || m_table->selectionModel()->hasSelection();
}

void HistoryView::updateSelectionInfo()
{
    const QLocale locale;
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    QString text;
    if (m_matching < 0)
        text = tr("Counting…");
    else if (m_allMatching)
        text = tr("All %1 matching work orders selected").arg(locale.toString(m_matching));
    else if (selected > 0)
        text = tr("%1 selected of %2 matching").arg(locale.toString(selected), locale.toString(m_matching));
    else
        text = tr("%1 matching work orders").arg(locale.toString(m_matching));
    m_countLabel->setText(text);
    if (m_allMatching) {
        m_selectAllMatching->setText(tr("Clear selection"));
        m_selectAllMatching->setVisible(true);
    } else {
        m_selectAllMatching->setText(m_matching >= 0 ? tr("Select all %1 matching").arg(locale.toString(m_matching))
                                                     : tr("Select all matching"));
        m_selectAllMatching->setVisible(m_matching > 0 && (selected > 0 || m_matching > m_model->rowCount()));
    }
    const bool busy = m_bulk && m_bulk->isRunning();
    const bool target = hasActionTarget();
    m_retryButton->setEnabled(target && !busy);
    m_retryStepButton->setEnabled(target && !busy);
    m_cancelButton->setEnabled(target && !busy);
    m_exportButton->setEnabled(m_matching != 0);
}

void HistoryView::retryFromStart()
{
    startBulk(int(BulkAction::Kind::Retry), {});
}

void HistoryView::retryFromJob(const QString &jobKey)
{
    startBulk(int(BulkAction::Kind::Retry), jobKey);
}

void HistoryView::cancelQueued()
{
    startBulk(int(BulkAction::Kind::Cancel), {});
}

void HistoryView::retryFromStep()
{
    if (!hasActionTarget())
        return;
    // A step is a job of one workflow: the filter or the selection must name one.
    QSet<qint64> workflows;
    if (m_filter.workflowIds.size() == 1)
        workflows.insert(m_filter.workflowIds.first());
    else if (!m_allMatching)
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            workflows.insert(m_model->rowAt(i.row()).workflowId);
    if (workflows.size() != 1) {
        m_banner->showMessage(tr("Retry from a step needs work orders of one workflow: choose the workflow in the "
                                 "filter or select rows of one workflow."),
                              MessageLevel::Warning);
        return;
    }
    const qint64 workflowId = *workflows.cbegin();
    m_reader->run<Result<QList<JobChoice>>>(
        [workflowId](QSqlDatabase &db) { return listWorkflowJobs(db, workflowId); },
        [this](Result<QList<JobChoice>> jobs) {
            if (!jobs || jobs->isEmpty()) {
                m_banner->showMessage(jobs ? tr("This workflow has no jobs.") : jobs.error().message, MessageLevel::Error);
                return;
            }
            QStringList items;
            for (const JobChoice &j : jobs.value())
                items << (j.name == j.key ? j.name : tr("%1 (%2)").arg(j.name, j.key));
            bool ok = false;
            const QString picked = QInputDialog::getItem(this, tr("Retry from step"),
                                                         tr("Start the new runs at this job, with the input it had:"),
                                                         items, 0, false, &ok);
            if (!ok)
                return;
            retryFromJob(jobs->at(int(items.indexOf(picked))).key);
        });
}

void HistoryView::startBulk(int kind, const QString &jobKey)
{
    if (!hasActionTarget() || (m_bulk && m_bulk->isRunning()))
        return;
    auto *action = new BulkAction(m_store, BulkAction::Kind(kind), this);
    m_bulk = action;
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_stopBulkButton->setVisible(true);
    connect(action, &BulkAction::progress, this, [this](qint64 processed, qint64 total) {
        // QProgressBar counts in int; a million fits.
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(processed, INT_MAX)));
    });
    connect(action, &BulkAction::finished, this, [this, kind, action](const BulkOutcome &outcome) {
        m_progress->setVisible(false);
        m_stopBulkButton->setVisible(false);
        showBulkOutcome(kind, outcome);
        action->deleteLater();
        updateSelectionInfo();
        m_watcher->poll();
        Q_EMIT bulkFinished(outcome);
    });
    if (m_allMatching)
        action->start(m_filter, jobKey);
    else
        action->start(selectedWorkOrderIds(), jobKey);
    updateSelectionInfo();
}

void HistoryView::showBulkOutcome(int kind, const BulkOutcome &outcome)
{
    const QLocale locale;
    QString text = kind == int(BulkAction::Kind::Retry)
                       ? tr("Asked %1, queued %2.").arg(locale.toString(outcome.asked), locale.toString(outcome.done))
                       : tr("Asked %1, cancelled %2.").arg(locale.toString(outcome.asked), locale.toString(outcome.done));
    if (!outcome.skipped.isEmpty()) {
        QMap<QString, int> reasons;
        for (const auto &s : outcome.skipped)
            ++reasons[s.second];
        QStringList parts;
        for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
            parts << tr("%1: %2").arg(locale.toString(it.value()), it.key());
        text += QLatin1Char(' ')
                + tr("%1 skipped (%2)").arg(locale.toString(qint64(outcome.skipped.size())), parts.join(QStringLiteral("; ")));
    }
    const qint64 untried = outcome.asked - outcome.done - outcome.skipped.size();
    if (outcome.interrupted && untried > 0)
        text += QLatin1Char(' ') + tr("Stopped before %1 were tried.").arg(locale.toString(untried));
    const bool clean = outcome.skipped.isEmpty() && !outcome.interrupted;
    m_banner->showMessage(text, clean ? MessageLevel::Positive : MessageLevel::Warning, clean ? -1 : 0);
}

void HistoryView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export history"), tr("history.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void HistoryView::exportCsvTo(const QString &path)
{
    const HistoryFilter filter = m_filter;
    m_exportButton->setEnabled(false);
    m_reader->run<ExportResult>(
        [filter, path](QSqlDatabase &db) {
            ExportResult r;
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                r.error = file.errorString();
                return r;
            }
            file.write("id,received,workflow,input,state,duration_ms,last_activity,runs\n");
            const Status s = forEachMatchingWorkOrder(db, filter, 1000, [&](const QList<qint64> &ids) {
                const Result<QList<WorkOrderRow>> rows = loadWorkOrderRows(db, ids);
                if (!rows) {
                    r.error = rows.error().message;
                    return false;
                }
                QString chunk;
                for (const WorkOrderRow &w : rows.value()) {
                    chunk += QString::number(w.id) + QLatin1Char(',') + isoUtc(w.createdAt) + QLatin1Char(',')
                             + csvField(w.workflowName) + QLatin1Char(',') + csvField(w.inputSummary) + QLatin1Char(',')
                             + w.state + QLatin1Char(',') + (w.durationMs >= 0 ? QString::number(w.durationMs) : QString())
                             + QLatin1Char(',') + isoUtc(w.lastActivityAt) + QLatin1Char(',') + QString::number(w.runCount)
                             + QLatin1Char('\n');
                    ++r.rows;
                }
                file.write(chunk.toUtf8());
                return true;
            });
            if (!s)
                r.error = s.error().message;
            if (r.error.isEmpty() && !file.commit())
                r.error = file.errorString();
            return r;
        },
        [this, path](ExportResult r) {
            updateSelectionInfo();
            if (r.error.isEmpty())
                m_banner->showMessage(tr("Exported %1 work orders to %2.").arg(QLocale().toString(r.rows), path),
                                      MessageLevel::Positive);
            else
                m_banner->showMessage(tr("Could not export to %1: %2").arg(path, r.error), MessageLevel::Error);
            Q_EMIT exportFinished(r.rows, r.error);
        });
}

void HistoryView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("History/header"), m_table->horizontalHeader()->saveState());
}

void HistoryView::restoreSettings(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("History/header")).toByteArray());
}

} // namespace sb
