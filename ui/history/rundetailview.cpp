#include "rundetailview.h"

#include "readthread.h"
#include "rundetailmodels.h"
#include "statestyle.h"

#include "engine/retry.h"
#include "main/messagebanner.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sb {

namespace {

constexpr int kLogPage = 1000;
constexpr qsizetype kMaxRawChars = 2 * 1024 * 1024;

struct ClipView
{
    QString message;                            // non-empty: show this instead
    std::shared_ptr<const nlohmann::json> json; // null when not JSON
    QString pretty;
    bool truncated = false;
    QByteArray body;
};

ClipView readClip(QSqlDatabase &db, qint64 id, const QString &none)
{
    ClipView v;
    if (id <= 0) {
        v.message = none;
        return v;
    }
    const Result<DataclipContent> c = loadDataclip(db, id);
    if (!c) {
        v.message = c.error().message;
        return v;
    }
    if (c->isErased()) {
        v.message = erasedSentence(c->wipedAt);
        return v;
    }
    v.body = c->body;
    auto doc = std::make_shared<nlohmann::json>(
        nlohmann::json::parse(c->body.constBegin(), c->body.constEnd(), nullptr, false));
    if (doc->is_discarded()) {
        v.pretty = QString::fromUtf8(c->body);
    } else {
        const std::string dumped = doc->dump(2);
        v.pretty = QString::fromUtf8(dumped.data(), qsizetype(dumped.size()));
        v.json = std::move(doc);
    }
    if (v.pretty.size() > kMaxRawChars) {
        v.pretty.truncate(kMaxRawChars);
        v.truncated = true;
    }
    return v;
}

struct Clips
{
    ClipView input;
    ClipView output;
};

} // namespace

// ---- DataclipPanel ---------------------------------------------------------------------

DataclipPanel::DataclipPanel(const QString &what, QWidget *parent) : QWidget(parent), m_what(what)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_treeButton = new QToolButton(this);
    m_treeButton->setText(tr("Tree"));
    m_treeButton->setCheckable(true);
    m_treeButton->setChecked(true);
    m_treeButton->setAutoExclusive(true);
    m_rawButton = new QToolButton(this);
    m_rawButton->setText(tr("Raw"));
    m_rawButton->setCheckable(true);
    m_rawButton->setAutoExclusive(true);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setToolTip(tr("Copy the %1 as JSON").arg(what));
    m_save = new QPushButton(tr("Save…"), this);
    m_save->setToolTip(tr("Save the %1 to a JSON file").arg(what));
    bar->addWidget(m_treeButton);
    bar->addWidget(m_rawButton);
    bar->addWidget(m_note, 1);
    bar->addWidget(m_copy);
    bar->addWidget(m_save);
    layout->addLayout(bar);
    m_stack = new QStackedWidget(this);
    m_model = new JsonTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(JsonTreeModel::Value, QHeaderView::Stretch);
    m_tree->setColumnWidth(JsonTreeModel::Key, 220);
    m_raw = new QPlainTextEdit(this);
    m_raw->setReadOnly(true);
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_raw);
    layout->addWidget(m_stack, 1);
    connect(m_rawButton, &QToolButton::toggled, this, &DataclipPanel::setRawMode);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(QString::fromUtf8(m_body)); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save %1").arg(m_what), m_what + QStringLiteral(".json"),
                                                          tr("JSON files (*.json)"));
        if (path.isEmpty())
            return;
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(m_body) != m_body.size() || !f.commit())
            m_note->setText(tr("Could not save %1: %2").arg(path, f.errorString()));
    });
    showMessage(tr("Nothing selected."));
}

void DataclipPanel::setRawMode(bool raw)
{
    m_stack->setCurrentWidget(raw ? static_cast<QWidget *>(m_raw) : m_tree);
    if (m_rawButton->isChecked() != raw)
        (raw ? m_rawButton : m_treeButton)->setChecked(true);
}

void DataclipPanel::showMessage(const QString &message)
{
    m_body.clear();
    m_model->clear();
    m_raw->clear();
    m_note->setText(message);
    m_copy->setEnabled(false);
    m_save->setEnabled(false);
}

void DataclipPanel::showDataclip(std::shared_ptr<const nlohmann::json> document, const QString &pretty, bool truncated,
                                 const QByteArray &body)
{
    m_body = body;
    const bool json = document != nullptr;
    m_model->setDocument(std::move(document));
    m_tree->expandToDepth(json && m_model->rowCount() < 50 ? 1 : 0);
    m_raw->setPlainText(pretty);
    m_note->setText(truncated ? tr("%1 bytes; the text shows the beginning, Save keeps it all.")
                                    .arg(QLocale().toString(qint64(body.size())))
                              : (json ? QString() : tr("Not JSON; shown as text.")));
    if (!json)
        setRawMode(true);
    m_treeButton->setEnabled(json);
    m_copy->setEnabled(true);
    m_save->setEnabled(true);
}

QString DataclipPanel::rawText() const
{
    return m_raw->toPlainText();
}

QString DataclipPanel::message() const
{
    return m_note->text();
}

// ---- RunDetailView ---------------------------------------------------------------------

RunDetailView::RunDetailView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_reader(new ReadThread(store, this)), m_watcher(new StoreWatcher(store, 500, this))
{
    buildUi();
    connect(m_watcher, &StoreWatcher::changed, this, &RunDetailView::reload);
}

RunDetailView::~RunDetailView() = default;

void RunDetailView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);

    auto *bar = new QHBoxLayout;
    m_runCombo = new QComboBox(this);
    m_runCombo->setMinimumContentsLength(36);
    m_runCombo->setAccessibleName(tr("Run"));
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_runId = m_runCombo->currentData().toLongLong();
        m_stepId = 0;
        showRun();
    });
    m_retryStart = new QPushButton(tr("Retry from start"), this);
    m_retryStart->setShortcut(QKeySequence(tr("Ctrl+R")));
    m_retryStart->setToolTip(tr("Queue a new run of this work order from its input (%1)")
                                 .arg(m_retryStart->shortcut().toString(QKeySequence::NativeText)));
    connect(m_retryStart, &QPushButton::clicked, this, &RunDetailView::retryFromStart);
    m_retryStep = new QPushButton(tr("Retry from this step"), this);
    m_retryStep->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    m_retryStep->setToolTip(tr("Queue a new run starting at the selected step, with the input it had (%1)")
                                .arg(m_retryStep->shortcut().toString(QKeySequence::NativeText)));
    connect(m_retryStep, &QPushButton::clicked, this, &RunDetailView::retryFromSelectedStep);
    bar->addWidget(new QLabel(tr("Run:"), this));
    bar->addWidget(m_runCombo);
    bar->addStretch(1);
    bar->addWidget(m_retryStart);
    bar->addWidget(m_retryStep);
    layout->addLayout(bar);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_split = split;
    m_steps = new StepsModel(this);
    m_stepTable = new QTableView(split);
    m_stepTable->setModel(m_steps);
    m_stepTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_stepTable->verticalHeader()->hide();
    m_stepTable->setWordWrap(false);
    m_stepTable->horizontalHeader()->setSectionResizeMode(StepsModel::Error, QHeaderView::Stretch);
    const int charW = fontMetrics().averageCharWidth();
    m_stepTable->setColumnWidth(StepsModel::Job, charW * 26);
    m_stepTable->setColumnWidth(StepsModel::ExitReason, charW * 16);
    m_stepTable->setColumnWidth(StepsModel::Duration, charW * 12);
    connect(m_stepTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_updating || !current.isValid())
            return;
        m_stepId = current.data(StepsModel::StepIdRole).toLongLong();
        m_retryStep->setEnabled(true);
        loadDataclips();
    });

    auto *tabs = new QTabWidget(split);
    auto *logPage = new QWidget(tabs);
    auto *logLayout = new QVBoxLayout(logPage);
    auto *logBar = new QHBoxLayout;
    for (const QString &level : {QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warn"), QStringLiteral("error")}) {
        auto *b = new QToolButton(logPage);
        b->setCheckable(true);
        b->setChecked(true);
        b->setText(level == QLatin1String("debug")  ? tr("Debug")
                   : level == QLatin1String("info") ? tr("Info")
                   : level == QLatin1String("warn") ? tr("Warn")
                                                    : tr("Error"));
        b->setProperty("level", level);
        connect(b, &QToolButton::toggled, this, [this] { loadLogs(false); });
        m_levelButtons << b;
        logBar->addWidget(b);
    }
    m_logSearch = new QLineEdit(logPage);
    m_logSearch->setPlaceholderText(tr("Search log lines"));
    m_logSearch->setClearButtonEnabled(true);
    m_logDebounce = new QTimer(this);
    m_logDebounce->setSingleShot(true);
    m_logDebounce->setInterval(250);
    connect(m_logSearch, &QLineEdit::textChanged, m_logDebounce, qOverload<>(&QTimer::start));
    connect(m_logDebounce, &QTimer::timeout, this, [this] { loadLogs(false); });
    auto *copyLogs = new QPushButton(tr("Copy"), logPage);
    copyLogs->setToolTip(tr("Copy the selected log lines, or all shown when none is selected"));
    logBar->addWidget(m_logSearch, 1);
    logBar->addWidget(copyLogs);
    logLayout->addLayout(logBar);
    m_logs = new LogModel(this);
    m_logTable = new QTableView(logPage);
    m_logTable->setModel(m_logs);
    m_logTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_logTable->verticalHeader()->hide();
    m_logTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_logTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_logTable->setWordWrap(false);
    m_logTable->horizontalHeader()->setSectionResizeMode(LogModel::Message, QHeaderView::Stretch);
    m_logTable->setColumnWidth(LogModel::Time,
                               QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).horizontalAdvance(QStringLiteral("00:00:00.000")) + 16);
    m_logTable->setColumnWidth(LogModel::Level, charW * 8);
    m_logTable->setColumnWidth(LogModel::Step, charW * 20);
    m_highlight = new HighlightDelegate(this);
    m_logTable->setItemDelegateForColumn(LogModel::Message, m_highlight);
    m_logTable->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    logLayout->addWidget(m_logTable, 1);
    auto copy = [this] {
        QStringList lines;
        QModelIndexList rows = m_logTable->selectionModel()->selectedRows();
        std::sort(rows.begin(), rows.end());
        if (rows.isEmpty())
            for (int r = 0; r < m_logs->rowCount(); ++r)
                lines << m_logs->lineText(r);
        for (const QModelIndex &i : rows)
            lines << m_logs->lineText(i.row());
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    };
    connect(copyLogs, &QPushButton::clicked, this, copy);
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_logTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(copyShortcut, &QShortcut::activated, this, copy);
    tabs->addTab(logPage, tr("Logs"));
    m_input = new DataclipPanel(tr("input"), tabs);
    m_output = new DataclipPanel(tr("output"), tabs);
    tabs->addTab(m_input, tr("Input"));
    tabs->addTab(m_output, tr("Output"));
    split->addWidget(m_stepTable);
    split->addWidget(tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    m_retryStart->setEnabled(false);
    m_retryStep->setEnabled(false);
}

void RunDetailView::setWorkOrder(qint64 workOrderId, qint64 runId)
{
    m_workOrderId = workOrderId;
    m_runId = runId;
    m_stepId = 0;
    m_detail = {};
    m_banner->hideMessage();
    m_logs->clear();
    m_steps->setSteps({});
    reload();
}

void RunDetailView::reload()
{
    if (m_workOrderId <= 0)
        return;
    const quint64 generation = ++m_generation;
    const qint64 id = m_workOrderId;
    m_reader->run<Result<WorkOrderDetail>>([id](QSqlDatabase &db) { return loadWorkOrderDetail(db, id); },
                                           [this, generation](Result<WorkOrderDetail> d) {
                                               if (generation != m_generation)
                                                   return;
                                               if (!d) {
                                                   m_title->setText(tr("Work order %1").arg(m_workOrderId));
                                                   m_banner->showMessage(d.error().message, MessageLevel::Error);
                                                   return;
                                               }
                                               showDetail(std::move(d.value()));
                                           });
}

const RunDetail *RunDetailView::currentRun() const
{
    for (const RunDetail &r : m_detail.runs)
        if (r.id == m_runId)
            return &r;
    return nullptr;
}

const StepDetail *RunDetailView::currentStep() const
{
    if (const RunDetail *run = currentRun())
        for (const StepDetail &s : run->steps)
            if (s.id == m_stepId)
                return &s;
    return nullptr;
}

void RunDetailView::showDetail(WorkOrderDetail detail)
{
    const bool sameWorkOrder = m_detail.id == detail.id;
    const RunDetail *before = currentRun();
    const bool unchanged = sameWorkOrder && m_detail.lastActivityAt == detail.lastActivityAt
                           && m_detail.state == detail.state && m_detail.runs.size() == detail.runs.size() && before
                           && !detail.runs.isEmpty();
    if (unchanged) {
        // Nothing new: keep what is on screen (and its scroll positions).
        bool same = true;
        for (const RunDetail &r : detail.runs)
            if (r.id == m_runId)
                same = r.state == before->state && r.steps.size() == before->steps.size()
                       && (r.steps.isEmpty() || r.steps.constLast().exitReason == before->steps.constLast().exitReason);
        if (same)
            return;
    }
    const qint64 previousNewest = m_detail.runs.isEmpty() ? 0 : m_detail.runs.first().id;
    m_detail = std::move(detail);
    m_title->setText(tr("Work order %1 · %2 · %3 · received %4")
                         .arg(m_detail.id)
                         .arg(m_detail.workflowName, stateLabel(m_detail.state), formatTime(m_detail.createdAt)));
    m_updating = true;
    m_runCombo->clear();
    bool found = false;
    for (const RunDetail &r : m_detail.runs) {
        QString text = tr("Run %1 · %2 · %3").arg(r.id).arg(stateLabel(r.state), formatTime(r.createdAt));
        if (!r.startingJobKey.isEmpty())
            text += tr(" · from %1").arg(r.startingJobKey);
        m_runCombo->addItem(stateIcon(r.state), text, r.id);
        found = found || r.id == m_runId;
    }
    // Follow a new run (a retry) when the person was looking at the newest one.
    if (!found || (m_runId == previousNewest && !m_detail.runs.isEmpty()))
        m_runId = m_detail.runs.isEmpty() ? 0 : m_detail.runs.first().id;
    m_runCombo->setCurrentIndex(std::max(0, m_runCombo->findData(m_runId)));
    m_updating = false;
    m_retryStart->setEnabled(true);
    showRun();
}

void RunDetailView::showRun()
{
    const RunDetail *run = currentRun();
    m_updating = true;
    m_steps->setSteps(run ? run->steps : QList<StepDetail>{});
    QHash<qint64, QString> names;
    if (run)
        for (const StepDetail &s : run->steps)
            names.insert(s.id, s.jobName.isEmpty() ? s.jobKey : s.jobName);
    m_logs->setStepNames(names);
    // Keep the chosen step; otherwise the first that did not succeed, else the last.
    if (!currentStep() && run && !run->steps.isEmpty()) {
        m_stepId = run->steps.constLast().id;
        for (const StepDetail &s : run->steps)
            if (!s.exitReason.isEmpty() && s.exitReason != QLatin1String("success")) {
                m_stepId = s.id;
                break;
            }
    }
    int row = -1;
    if (run)
        for (int i = 0; i < run->steps.size(); ++i)
            if (run->steps[i].id == m_stepId)
                row = i;
    if (row >= 0)
        m_stepTable->selectionModel()->setCurrentIndex(m_steps->index(row, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_updating = false;
    m_retryStep->setEnabled(row >= 0);
    if (run && !run->errorMessage.isEmpty() && run->steps.isEmpty())
        m_banner->showMessage(run->errorType.isEmpty() ? run->errorMessage : run->errorType + QStringLiteral(": ") + run->errorMessage,
                              MessageLevel::Warning, 0);
    loadLogs(false);
    loadDataclips();
}

void RunDetailView::setLogSearch(const QString &text)
{
    m_logSearch->setText(text);
    m_logDebounce->stop();
    loadLogs(false);
}

void RunDetailView::setLogLevels(const QStringList &levels)
{
    for (QToolButton *b : m_levelButtons) {
        const QSignalBlocker block(b);
        b->setChecked(levels.contains(b->property("level").toString()));
    }
    loadLogs(false);
}

void RunDetailView::loadLogs(bool append)
{
    const RunDetail *run = currentRun();
    if (!run) {
        m_logs->clear();
        return;
    }
    LogQuery q;
    q.runId = run->id;
    q.text = m_logSearch->text();
    for (QToolButton *b : m_levelButtons)
        if (b->isChecked())
            q.levels << b->property("level").toString();
    if (q.levels.isEmpty()) {
        m_logs->clear();
        return;
    }
    if (q.levels.size() == m_levelButtons.size())
        q.levels.clear();
    q.after = append ? m_logs->lastId() : 0;
    q.limit = kLogPage;
    m_highlight->setTerm(q.text);
    const quint64 generation = append ? m_logGeneration : ++m_logGeneration;
    m_reader->run<Result<QList<LogLineRow>>>([q](QSqlDatabase &db) { return loadLogLines(db, q); },
                                             [this, generation, append](Result<QList<LogLineRow>> lines) {
                                                 if (generation != m_logGeneration)
                                                     return;
                                                 if (!lines) {
                                                     m_banner->showMessage(lines.error().message, MessageLevel::Error);
                                                     return;
                                                 }
                                                 if (!append)
                                                     m_logs->clear();
                                                 m_logs->append(lines.value());
                                                 // Long logs come in pages; keep reading until all are shown.
                                                 if (lines->size() == kLogPage)
                                                     loadLogs(true);
                                                 else {
                                                     m_logTable->viewport()->update();
                                                     Q_EMIT logsLoaded();
                                                     Q_EMIT loaded();
                                                 }
                                             });
}

void RunDetailView::loadDataclips()
{
    const RunDetail *run = currentRun();
    const StepDetail *step = currentStep();
    qint64 inputId = m_detail.inputDataclipId;
    qint64 outputId = 0;
    if (step) {
        inputId = step->inputDataclipId;
        outputId = step->outputDataclipId;
    } else if (run) {
        inputId = run->startingDataclipId ? run->startingDataclipId : m_detail.inputDataclipId;
        outputId = run->finalDataclipId;
    }
    const QString noInput = tr("This step has no recorded input.");
    const QString noOutput = step && step->exitReason.isEmpty() ? tr("The step is still running.")
                                                                : tr("This step has no recorded output.");
    const quint64 generation = ++m_clipGeneration;
    m_reader->run<std::shared_ptr<Clips>>(
        [inputId, outputId, noInput, noOutput](QSqlDatabase &db) {
            auto c = std::make_shared<Clips>();
            c->input = readClip(db, inputId, noInput);
            c->output = readClip(db, outputId, noOutput);
            return c;
        },
        [this, generation](std::shared_ptr<Clips> c) {
            if (generation != m_clipGeneration)
                return;
            for (auto [panel, clip] : {std::pair{m_input, &c->input}, std::pair{m_output, &c->output}}) {
                if (!clip->message.isEmpty())
                    panel->showMessage(clip->message);
                else
                    panel->showDataclip(clip->json, clip->pretty, clip->truncated, clip->body);
            }
            Q_EMIT dataclipsLoaded();
        });
}

void RunDetailView::selectRun(qint64 runId)
{
    const int i = m_runCombo->findData(runId);
    if (i >= 0)
        m_runCombo->setCurrentIndex(i);
}

void RunDetailView::selectStep(qint64 stepId)
{
    for (int r = 0; r < m_steps->rowCount(); ++r)
        if (m_steps->steps().at(r).id == stepId)
            m_stepTable->selectionModel()->setCurrentIndex(m_steps->index(r, 0), QItemSelectionModel::ClearAndSelect
                                                                                     | QItemSelectionModel::Rows);
}

void RunDetailView::retryFromStart()
{
    retry({});
}

void RunDetailView::retryFromSelectedStep()
{
    if (const StepDetail *s = currentStep())
        retry(s->jobKey);
}

void RunDetailView::retry(const QString &jobKey)
{
    if (m_workOrderId <= 0)
        return;
    const Result<qint64> run = retryWorkOrder(m_store, m_workOrderId, jobKey);
    if (!run) {
        m_banner->showMessage(run.error().message, MessageLevel::Error, 0); // its sentence, as is
        return;
    }
    m_banner->showMessage(jobKey.isEmpty() ? tr("Queued run %1 from the start.").arg(run.value())
                                           : tr("Queued run %1 from step %2.").arg(run.value()).arg(jobKey),
                          MessageLevel::Positive);
    m_runId = 0; // follow the new run
    m_stepId = 0;
    m_detail.runs.clear();
    reload();
    Q_EMIT retried(run.value());
}

void RunDetailView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("RunDetail/steps"), m_stepTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("RunDetail/logs"), m_logTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("RunDetail/split"), m_split->saveState());
}

void RunDetailView::restoreSettings(const QSettings &settings)
{
    m_stepTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("RunDetail/steps")).toByteArray());
    m_logTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("RunDetail/logs")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("RunDetail/split")).toByteArray());
}

} // namespace sb
