#include "sandboxview.h"

#include "sandboxmodels.h"

#include "main/listtable.h"
#include "main/icons.h"
#include "main/messagebanner.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

constexpr int kPollMs = 500;
constexpr int kMaxInitialColumnWidth = 280;

enum Tab { RecordsTab, RequestsTab };

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}


// Selects a row without scrolling to it (the person's scroll position stays).
void selectRowQuietly(QTableView *table, int row)
{
    QItemSelectionModel *selection = table->selectionModel();
    if (row < 0) {
        selection->clearSelection();
        return;
    }
    const QModelIndex index = table->model()->index(row, 0);
    selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

int selectedRow(const QTableView *table)
{
    // Not selectedRows(): a column inserted since would make the row "partly" selected.
    const QModelIndexList indexes = table->selectionModel()->selectedIndexes();
    return indexes.isEmpty() ? -1 : indexes.first().row();
}

// Replaces a text box's text only when it changed, keeping its scroll position.
void setTextKeepingScroll(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() == text)
        return;
    const int v = edit->verticalScrollBar()->value();
    const int h = edit->horizontalScrollBar()->value();
    edit->setPlainText(text);
    edit->verticalScrollBar()->setValue(v);
    edit->horizontalScrollBar()->setValue(h);
}

bool defaultResetConfirmation(QWidget *parent)
{
    QMessageBox box(QMessageBox::Warning, SandboxView::tr("Reset sandbox"),
                    SandboxView::tr("Reset the sandbox?"), QMessageBox::NoButton, parent);
    box.setInformativeText(SandboxView::tr("This erases every record the sandbox holds, in every system, "
                                           "including what jobs wrote to it, and seeds it again with the "
                                           "demo records. Every fault knob is turned off."));
    QPushButton *reset = box.addButton(SandboxView::tr("Reset"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == reset;
}

} // namespace

SandboxView::SandboxView(QWidget *parent)
    : QWidget(parent)
    , m_systemsModel(new SandboxSystemsModel(this))
    , m_recordsModel(new SandboxRecordsModel(this))
    , m_requestsModel(new SandboxRequestsModel(this))
    , m_poll(new QTimer(this))
    , m_confirmReset(defaultResetConfirmation)
{
    setObjectName(QStringLiteral("sandboxView"));
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &SandboxView::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_emptyState = buildEmptyState();
    m_content = buildContent();
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_content);
    layout->addWidget(m_stack);
    showSelectedSystem();
    updatePage();
}

SandboxView::~SandboxView() = default;

QWidget *SandboxView::buildEmptyState()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sandboxEmptyState"));
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto *icon = new QLabel(page);
    icon->setPixmap(themedPixmap(QStringLiteral("sandbox"), 48, palette().color(QPalette::PlaceholderText),
                                 devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    outer->addWidget(icon);
    auto *title = new QLabel(tr("The sandbox is not running"), page);
    title->setObjectName(QStringLiteral("sandboxEmptyTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    m_emptyDetail = new QLabel(page);
    m_emptyDetail->setObjectName(QStringLiteral("sandboxEmptyDetail"));
    m_emptyDetail->setWordWrap(true);
    m_emptyDetail->setAlignment(Qt::AlignCenter);
    m_emptyDetail->setMinimumWidth(440);
    m_emptyDetail->setMaximumWidth(600);
    m_emptyDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailRow = new QHBoxLayout;
    detailRow->addStretch(1);
    detailRow->addWidget(m_emptyDetail);
    detailRow->addStretch(1);
    outer->addLayout(detailRow);
    m_startButton = new QPushButton(tr("Start sandbox"), page);
    m_startButton->setObjectName(QStringLiteral("startSandboxButton"));
    m_startButton->setToolTip(tr("Start the emulated systems on this computer for this console"));
    connect(m_startButton, &QPushButton::clicked, this, &SandboxView::startSandboxRequested);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_startButton);
    buttonRow->addStretch(1);
    outer->addSpacing(8);
    outer->addLayout(buttonRow);
    outer->addStretch(2);
    return page;
}

QWidget *SandboxView::buildContent()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("sandboxContent"));
    auto *layout = new QVBoxLayout(page);

    auto *top = new QHBoxLayout;
    m_runningLabel = new QLabel(page);
    m_runningLabel->setObjectName(QStringLiteral("sandboxRunningLabel"));
    m_runningLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_runningLabel->font();
    bold.setBold(true);
    m_runningLabel->setFont(bold);
    m_resetButton = new QPushButton(themedIcon(QStringLiteral("revert")), tr("Reset sandbox…"), page);
    m_resetButton->setObjectName(QStringLiteral("resetSandboxButton"));
    m_resetButton->setToolTip(tr("Erase every record of every system and seed the sandbox again"));
    connect(m_resetButton, &QPushButton::clicked, this, &SandboxView::resetSandbox);
    top->addWidget(m_runningLabel, 1);
    top->addWidget(m_resetButton);
    layout->addLayout(top);

    m_banner = new MessageBanner(page);
    m_banner->setObjectName(QStringLiteral("sandboxBanner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, page);
    m_splitter->setObjectName(QStringLiteral("sandboxSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_systems = new QTableView(m_splitter);
    m_systems->setObjectName(QStringLiteral("sandboxSystems"));
    m_systems->setAccessibleName(tr("Emulated systems"));
    m_systems->setModel(m_systemsModel);
    setUpListTable(m_systems);
    const QFontMetrics fm = m_systems->fontMetrics();
    constexpr int pad = 24;
    m_systems->setColumnWidth(SandboxSystemsModel::Title, fm.horizontalAdvance(QStringLiteral("HIS (Child Shield)")) + pad);
    m_systems->setColumnWidth(SandboxSystemsModel::Url,
                              fm.horizontalAdvance(QStringLiteral("http://127.0.0.1:65535/salesforce")) + pad);
    m_systems->setColumnWidth(SandboxSystemsModel::Requests,
                              std::max(fm.horizontalAdvance(QStringLiteral("99,999")), fm.horizontalAdvance(tr("Requests")))
                                  + pad);
    m_systems->setColumnWidth(SandboxSystemsModel::Fault,
                              std::max(fm.horizontalAdvance(QStringLiteral("timeout × 999")), fm.horizontalAdvance(tr("Fault")))
                                  + pad);
    connect(m_systems->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SandboxView::showSelectedSystem);

    m_splitter->addWidget(m_systems);
    m_splitter->addWidget(buildSystemPane(m_splitter));
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    // Wide enough for every column of the systems at first; the splitter state is restored.
    int systemsWidth = 2 * m_systems->frameWidth() + m_systems->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    for (int c = 0; c < SandboxSystemsModel::ColumnCount; ++c)
        systemsWidth += m_systems->columnWidth(c);
    m_splitter->setSizes({systemsWidth, 1100});
    layout->addWidget(m_splitter, 1);
    return page;
}

QWidget *SandboxView::buildSystemPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    pane->setObjectName(QStringLiteral("sandboxSystemPane"));
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 0, 0, 0);

    m_systemTitle = new QLabel(pane);
    m_systemTitle->setObjectName(QStringLiteral("sandboxSystemTitle"));
    QFont titleFont = m_systemTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    titleFont.setBold(true);
    m_systemTitle->setFont(titleFont);
    layout->addWidget(m_systemTitle);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("URL:"), pane), 0, 0);
    m_urlLabel = new QLabel(pane);
    m_urlLabel->setObjectName(QStringLiteral("sandboxUrl"));
    m_urlLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(m_urlLabel, 0, 1);
    m_copyUrl = new QToolButton(pane);
    m_copyUrl->setObjectName(QStringLiteral("copyUrlButton"));
    m_copyUrl->setIcon(themedIcon(QStringLiteral("copy")));
    m_copyUrl->setText(tr("Copy URL"));
    m_copyUrl->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyUrl->setToolTip(tr("Copy the system's URL, for a credential or a job"));
    connect(m_copyUrl, &QToolButton::clicked, this, [this] {
        const int row = m_systemsModel->rowOf(selectedSystem());
        if (row >= 0)
            copyToClipboard(m_systemsModel->rowAt(row).info.url, tr("the URL"));
    });
    grid->addWidget(m_copyUrl, 0, 2);
    m_copyConfig = new QToolButton(pane);
    m_copyConfig->setObjectName(QStringLiteral("copyConfigurationButton"));
    m_copyConfig->setIcon(themedIcon(QStringLiteral("copy")));
    m_copyConfig->setText(tr("Copy configuration"));
    m_copyConfig->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_copyConfig->setToolTip(tr("Copy the adaptor configuration (JSON) that reaches this system"));
    connect(m_copyConfig, &QToolButton::clicked, this, [this] {
        if (!m_sandbox || selectedSystem().isEmpty())
            return;
        const QJsonObject config = m_sandbox->configuration(selectedSystem());
        copyToClipboard(QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Indented)),
                        tr("the configuration"));
    });
    grid->addWidget(m_copyConfig, 0, 3);
    grid->addWidget(new QLabel(tr("Login:"), pane), 1, 0);
    m_loginLabel = new QLabel(pane);
    m_loginLabel->setObjectName(QStringLiteral("sandboxLogin"));
    m_loginLabel->setWordWrap(true);
    m_loginLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loginLabel->setToolTip(tr("The login this system accepts (sandbox credentials, not real ones)"));
    grid->addWidget(m_loginLabel, 1, 1, 1, 3);
    layout->addLayout(grid);

    m_faultGroup = new QGroupBox(tr("Fault knob"), pane);
    m_faultGroup->setObjectName(QStringLiteral("faultKnob"));
    m_faultGroup->setToolTip(tr("Make the next calls to this system fail, to see how workflows handle "
                                "rate limits, server errors and timeouts"));
    auto *faultLayout = new QVBoxLayout(m_faultGroup);
    auto *faultRow = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Answer with:"), m_faultGroup);
    m_faultKind = new QComboBox(m_faultGroup);
    m_faultKind->setObjectName(QStringLiteral("faultKind"));
    for (const sandbox::FaultKind kind : {sandbox::FaultKind::None, sandbox::FaultKind::TooManyRequests,
                                          sandbox::FaultKind::ServerError, sandbox::FaultKind::Timeout})
        m_faultKind->addItem(faultKindLabel(kind), int(kind));
    kindLabel->setBuddy(m_faultKind);
    auto *countLabel = new QLabel(tr("&Fail the next:"), m_faultGroup);
    m_faultCount = new QSpinBox(m_faultGroup);
    m_faultCount->setObjectName(QStringLiteral("faultCount"));
    m_faultCount->setRange(1, 100000);
    m_faultCount->setValue(3);
    m_faultCount->setSuffix(tr(" calls"));
    m_faultCount->setEnabled(false);
    countLabel->setBuddy(m_faultCount);
    m_applyFault = new QPushButton(tr("Apply"), m_faultGroup);
    m_applyFault->setObjectName(QStringLiteral("applyFaultButton"));
    connect(m_applyFault, &QPushButton::clicked, this, &SandboxView::applyFault);
    connect(m_faultKind, &QComboBox::currentIndexChanged, this, [this] {
        m_faultCount->setEnabled(m_faultKind->currentData().toInt() != int(sandbox::FaultKind::None));
    });
    faultRow->addWidget(kindLabel);
    faultRow->addWidget(m_faultKind);
    faultRow->addSpacing(12);
    faultRow->addWidget(countLabel);
    faultRow->addWidget(m_faultCount);
    faultRow->addWidget(m_applyFault);
    faultRow->addStretch(1);
    faultLayout->addLayout(faultRow);
    m_faultStatus = new QLabel(m_faultGroup);
    m_faultStatus->setObjectName(QStringLiteral("faultStatus"));
    m_faultStatus->setWordWrap(true);
    faultLayout->addWidget(m_faultStatus);
    layout->addWidget(m_faultGroup);

    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(QStringLiteral("sandboxTabs"));
    m_tabs->insertTab(RecordsTab, buildRecordsTab(m_tabs), tr("Records"));
    m_tabs->insertTab(RequestsTab, buildRequestsTab(m_tabs), tr("Requests"));
    layout->addWidget(m_tabs, 1);
    return pane;
}

QWidget *SandboxView::buildRecordsTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Collection:"), tab);
    m_collection = new QComboBox(tab);
    m_collection->setObjectName(QStringLiteral("collectionCombo"));
    m_collection->setMinimumContentsLength(16);
    m_collection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_collection);
    connect(m_collection, &QComboBox::currentIndexChanged, this, [this] {
        if (m_syncing)
            return;
        m_recordsModel->clear();
        reloadRecords();
    });
    m_recordCount = new QLabel(tab);
    m_recordCount->setObjectName(QStringLiteral("recordCount"));
    m_recordCount->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(label);
    row->addWidget(m_collection);
    row->addWidget(m_recordCount, 1);
    layout->addLayout(row);

    m_recordsSplitter = new QSplitter(Qt::Vertical, tab);
    m_recordsSplitter->setObjectName(QStringLiteral("recordsSplitter"));
    m_recordsSplitter->setChildrenCollapsible(false);
    m_records = new QTableView(m_recordsSplitter);
    m_records->setObjectName(QStringLiteral("sandboxRecords"));
    m_records->setAccessibleName(tr("Records"));
    m_records->setModel(m_recordsModel);
    setUpListTable(m_records);
    m_records->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(m_records->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SandboxView::showRecord);
    m_recordJson = new QPlainTextEdit(m_recordsSplitter);
    m_recordJson->setObjectName(QStringLiteral("recordJson"));
    m_recordJson->setReadOnly(true);
    m_recordJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_recordJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recordJson->setPlaceholderText(tr("Select a record to see it as JSON."));
    m_recordsSplitter->addWidget(m_records);
    m_recordsSplitter->addWidget(m_recordJson);
    m_recordsSplitter->setStretchFactor(0, 3);
    m_recordsSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_recordsSplitter, 1);
    return tab;
}

QWidget *SandboxView::buildRequestsTab(QWidget *parent)
{
    auto *tab = new QWidget(parent);
    auto *layout = new QVBoxLayout(tab);
    m_requestsSplitter = new QSplitter(Qt::Vertical, tab);
    m_requestsSplitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_requestsSplitter->setChildrenCollapsible(false);

    m_requests = new QTableView(m_requestsSplitter);
    m_requests->setObjectName(QStringLiteral("sandboxRequests"));
    m_requests->setAccessibleName(tr("Requests"));
    m_requests->setModel(m_requestsModel);
    setUpListTable(m_requests);
    const QFontMetrics fm = m_requests->fontMetrics();
    constexpr int pad = 24;
    m_requests->setColumnWidth(SandboxRequestsModel::Time, fm.horizontalAdvance(QStringLiteral("23:59:59.999")) + pad);
    m_requests->setColumnWidth(SandboxRequestsModel::Method, fm.horizontalAdvance(QStringLiteral("DELETE")) + pad);
    m_requests->setColumnWidth(SandboxRequestsModel::Status,
                               std::max(fm.horizontalAdvance(SandboxRequestsModel::statusText(0)),
                                        fm.horizontalAdvance(tr("Status")))
                                   + pad);
    // The path takes the room left; the status stays beside it.
    m_requests->horizontalHeader()->setStretchLastSection(false);
    m_requests->horizontalHeader()->setSectionResizeMode(SandboxRequestsModel::Path, QHeaderView::Stretch);
    connect(m_requests->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SandboxView::showRequest);
    connect(m_requestsModel, &SandboxRequestsModel::rowsPrepended, this, [this](int count) {
        // Keep what the person is looking at in place when newer requests arrive above it.
        QScrollBar *bar = m_requests->verticalScrollBar();
        if (bar->value() > 0)
            bar->setValue(bar->value() + (m_requests->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                                              ? count
                                              : count * m_requests->verticalHeader()->defaultSectionSize()));
    });

    auto *detail = new QWidget(m_requestsSplitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 6, 0, 0);
    m_requestSummary = new QLabel(detail);
    m_requestSummary->setObjectName(QStringLiteral("requestSummary"));
    m_requestSummary->setWordWrap(true);
    m_requestSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_requestSummary);
    auto *detailSplitter = new QSplitter(Qt::Horizontal, detail);
    detailSplitter->setChildrenCollapsible(false);
    auto *left = new QWidget(detailSplitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(caption(tr("Headers"), left));
    m_requestHeaders = new QTableWidget(0, 2, left);
    m_requestHeaders->setObjectName(QStringLiteral("requestHeaders"));
    m_requestHeaders->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_requestHeaders->verticalHeader()->hide();
    m_requestHeaders->verticalHeader()->setDefaultSectionSize(m_requestHeaders->fontMetrics().height() + 6);
    m_requestHeaders->horizontalHeader()->setStretchLastSection(true);
    m_requestHeaders->setColumnWidth(0, m_requestHeaders->fontMetrics().averageCharWidth() * 18);
    m_requestHeaders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_requestHeaders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_requestHeaders->setWordWrap(false);
    m_requestHeaders->setAlternatingRowColors(true);
    leftLayout->addWidget(m_requestHeaders, 1);
    auto *right = new QWidget(detailSplitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(caption(tr("Body"), right));
    m_requestBody = new QPlainTextEdit(right);
    m_requestBody->setObjectName(QStringLiteral("requestBody"));
    m_requestBody->setReadOnly(true);
    m_requestBody->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_requestBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    rightLayout->addWidget(m_requestBody, 1);
    detailSplitter->addWidget(left);
    detailSplitter->addWidget(right);
    detailSplitter->setStretchFactor(0, 2);
    detailSplitter->setStretchFactor(1, 3);
    detailLayout->addWidget(detailSplitter, 1);

    m_requestsSplitter->addWidget(m_requests);
    m_requestsSplitter->addWidget(detail);
    m_requestsSplitter->setStretchFactor(0, 3);
    m_requestsSplitter->setStretchFactor(1, 2);
    layout->addWidget(m_requestsSplitter, 1);
    showRequest();
    return tab;
}

void SandboxView::setSandbox(sandbox::Sandbox *sandbox)
{
    if (m_sandbox)
        disconnect(m_sandbox.data(), nullptr, this, nullptr);
    const QString keep = selectedSystem();
    m_sandbox = sandbox;
    m_handled.clear();
    m_handledTotal = 0;
    m_shownHandledTotal = 0;
    m_revisionKnown = false;
    m_shownSystem.reset();
    m_shownUrlsRunning = false;
    m_recordsModel->clear();
    m_requestsModel->clear();
    if (sandbox) {
        // Requests answered before this view was given the sandbox count too; each one
        // after is counted as the sandbox reports it.
        for (const sandbox::RecordedRequest &r : sandbox->requests())
            ++m_handled[r.system];
        connect(sandbox, &sandbox::Sandbox::requestHandled, this, [this](const QString &system, int) {
            ++m_handled[system];
            ++m_handledTotal;
        });
        connect(sandbox, &QObject::destroyed, this, [this] { setSandbox(nullptr); });
        m_shownUrlsRunning = sandbox->isRunning();
        m_systemsModel->setSystems(sandbox->systems());
        QString want = keep.isEmpty() ? m_preferredSystem : keep;
        if (m_systemsModel->rowOf(want) < 0)
            want = m_systemsModel->rowCount() > 0 ? m_systemsModel->rowAt(0).info.id : QString();
        if (!want.isEmpty())
            selectSystem(want);
    } else {
        m_systemsModel->setSystems({});
    }
    if (!m_shownSystem)
        showSelectedSystem();
    if (isVisible() && sandbox)
        m_poll->start();
    else if (!sandbox)
        m_poll->stop();
    updatePage();
    refresh();
}

sandbox::Sandbox *SandboxView::sandbox() const
{
    return m_sandbox.data();
}

bool SandboxView::showsEmptyState() const
{
    return m_stack->currentWidget() == m_emptyState;
}

void SandboxView::updatePage()
{
    const bool running = m_sandbox && m_sandbox->isRunning();
    if (running) {
        m_runningLabel->setText(tr("The sandbox answers at %1, one path per system.").arg(m_sandbox->baseUrl()));
        m_stack->setCurrentWidget(m_content);
        return;
    }
    m_emptyDetail->setText(
        (m_sandbox ? tr("The sandbox has stopped.") + QLatin1Char(' ') : QString())
        + tr("The sandbox emulates, on this computer, the external systems the adaptors talk to (Salesforce, "
             "CommCare, Infobip, DHIS2 …), so that workflows can be tried and demonstrated without touching real "
             "data. It runs when the project's environment is “sandbox”."));
    m_stack->setCurrentWidget(m_emptyState);
}

QString SandboxView::selectedSystem() const
{
    const int row = selectedRow(m_systems);
    return row < 0 ? QString() : m_systemsModel->rowAt(row).info.id;
}

bool SandboxView::selectSystem(const QString &id)
{
    const int row = m_systemsModel->rowOf(id);
    if (row < 0)
        return false;
    if (selectedRow(m_systems) != row)
        m_systems->selectRow(row);
    return true;
}

QString SandboxView::currentCollection() const
{
    return m_collection->currentData().toString();
}

bool SandboxView::selectCollection(const QString &collection)
{
    const int index = m_collection->findData(collection);
    if (index < 0)
        return false;
    m_collection->setCurrentIndex(index);
    return true;
}

QString SandboxView::selectedRecordKey() const
{
    const int row = selectedRow(m_records);
    return row < 0 ? QString() : m_recordsModel->keyAt(row);
}

bool SandboxView::selectRecord(const QString &key)
{
    const int row = m_recordsModel->rowOf(key);
    if (row < 0)
        return false;
    m_records->selectRow(row);
    return true;
}

void SandboxView::showSelectedSystem()
{
    const QString id = selectedSystem();
    if (m_shownSystem && *m_shownSystem == id)
        return;
    m_shownSystem = id;
    if (!id.isEmpty())
        m_preferredSystem = id;
    const int row = m_systemsModel->rowOf(id);
    const bool has = row >= 0;
    const sandbox::SystemInfo info = has ? m_systemsModel->rowAt(row).info : sandbox::SystemInfo();
    m_systemTitle->setText(has ? info.title : tr("Select a system"));
    m_urlLabel->setText(info.url);
    m_loginLabel->setText(info.loginHint);
    m_copyUrl->setEnabled(has);
    m_copyConfig->setEnabled(has);
    m_faultGroup->setEnabled(has);
    m_tabs->setEnabled(has);

    m_recordsModel->clear();
    m_requestsModel->clear();
    m_syncing = true;
    m_collection->clear();
    m_syncing = false;
    reloadCollections();
    reloadRecords();
    reloadRequests();
    syncFaultControls();
    updateFaultStatus();
}

void SandboxView::refresh()
{
    if (!m_sandbox) {
        updatePage();
        return;
    }
    const bool running = m_sandbox->isRunning();
    if (running != m_shownUrlsRunning) {
        // Started (or stopped) since the systems were listed: their URLs name the port.
        m_shownUrlsRunning = running;
        const QString keep = selectedSystem();
        m_shownSystem.reset();
        m_systemsModel->setSystems(m_sandbox->systems());
        if (!selectSystem(keep) && m_systemsModel->rowCount() > 0)
            m_systems->selectRow(0);
        if (!m_shownSystem)
            showSelectedSystem();
    }
    if (running != (m_stack->currentWidget() == m_content))
        updatePage();
    if (!running)
        return;

    reloadSystemStates();
    const quint64 revision = m_sandbox->data().revision();
    if (!m_revisionKnown || revision != m_shownRevision) {
        m_revisionKnown = true;
        m_shownRevision = revision;
        reloadCollections();
        reloadRecords();
    }
    if (m_handledTotal != m_shownHandledTotal) {
        m_shownHandledTotal = m_handledTotal;
        reloadRequests();
    }
    updateFaultStatus();
}

void SandboxView::reloadSystemStates()
{
    if (!m_sandbox)
        return;
    for (int row = 0; row < m_systemsModel->rowCount(); ++row) {
        const QString id = m_systemsModel->rowAt(row).info.id;
        m_systemsModel->setState(id, m_handled.value(id), m_sandbox->fault(id));
    }
}

void SandboxView::reloadCollections()
{
    const QString id = selectedSystem();
    const QStringList collections = (m_sandbox && !id.isEmpty()) ? m_sandbox->data().collections(id) : QStringList();
    QStringList shown;
    for (int i = 0; i < m_collection->count(); ++i)
        shown << m_collection->itemData(i).toString();
    if (collections == shown)
        return;
    const QString keep = currentCollection();
    m_syncing = true;
    m_collection->clear();
    for (const QString &c : collections)
        m_collection->addItem(c, c);
    const int index = m_collection->findData(keep);
    m_collection->setCurrentIndex(index >= 0 ? index : (collections.isEmpty() ? -1 : 0));
    m_syncing = false;
    if (currentCollection() != keep)
        m_recordsModel->clear();
}

void SandboxView::reloadRecords()
{
    const QString id = selectedSystem();
    const QString collection = currentCollection();
    if (!m_sandbox || id.isEmpty() || collection.isEmpty()) {
        m_recordsModel->clear();
        m_recordCount->setText(id.isEmpty() ? QString() : tr("This system holds no records."));
        showRecord();
        return;
    }
    const bool fresh = m_recordsModel->rowCount() == 0 && m_recordsModel->columnCount() <= 1;
    const QString key = selectedRecordKey();
    const int v = m_records->verticalScrollBar()->value();
    const int h = m_records->horizontalScrollBar()->value();
    const int columns = m_recordsModel->columnCount();
    const bool reset = m_recordsModel->setRecords(m_sandbox->data().all(id, collection));
    if (fresh) {
        m_records->resizeColumnsToContents();
        for (int c = 0; c < m_recordsModel->columnCount(); ++c)
            m_records->setColumnWidth(c, std::min(m_records->columnWidth(c), kMaxInitialColumnWidth));
        if (m_recordsModel->rowCount() > 0)
            selectRowQuietly(m_records, 0);
    } else if (reset) {
        selectRowQuietly(m_records, key.isEmpty() ? -1 : m_recordsModel->rowOf(key));
        m_records->verticalScrollBar()->setValue(v);
        m_records->horizontalScrollBar()->setValue(h);
    } else if (columns != m_recordsModel->columnCount() && !key.isEmpty()) {
        // Select the new columns of the selected row too.
        selectRowQuietly(m_records, m_recordsModel->rowOf(key));
    }
    m_recordCount->setText(tr("%n record(s)", nullptr, m_recordsModel->rowCount()));
    showRecord();
}

void SandboxView::reloadRequests()
{
    const QString id = selectedSystem();
    if (!m_sandbox || id.isEmpty()) {
        m_requestsModel->clear();
        return;
    }
    m_requestsModel->setRequests(m_sandbox->requests(id));
}

void SandboxView::showRecord()
{
    const int row = selectedRow(m_records);
    if (row < 0) {
        m_recordJson->clear();
        return;
    }
    setTextKeepingScroll(m_recordJson,
                         QString::fromUtf8(QJsonDocument(m_recordsModel->recordAt(row)).toJson(QJsonDocument::Indented)));
}

void SandboxView::showRequest()
{
    const int row = selectedRow(m_requests);
    m_requestHeaders->setRowCount(0);
    if (row < 0) {
        m_requestSummary->setText(tr("Select a request to see its headers and body."));
        m_requestBody->clear();
        m_requestBody->setPlaceholderText(QString());
        return;
    }
    const sandbox::RecordedRequest &r = m_requestsModel->requestAt(row);
    m_requestSummary->setText(tr("%1 %2 — answered %3 at %4")
                                  .arg(QString::fromLatin1(r.method), SandboxRequestsModel::target(r),
                                       SandboxRequestsModel::statusText(r.status),
                                       QLocale().toString(r.at.toLocalTime(), QLocale::LongFormat)));
    m_requestHeaders->setRowCount(int(r.headers.size()));
    for (int i = 0; i < r.headers.size(); ++i) {
        const QString name = QString::fromLatin1(r.headers.at(i).first);
        const bool secret = isSandboxSecretName(name);
        auto *nameItem = new QTableWidgetItem(name);
        auto *valueItem = new QTableWidgetItem(secret ? QString::fromLatin1(kSandboxRedacted)
                                                      : QString::fromUtf8(r.headers.at(i).second));
        if (secret) {
            valueItem->setForeground(palette().color(QPalette::PlaceholderText));
            valueItem->setToolTip(tr("Credentials are not shown, even the sandbox's."));
        }
        m_requestHeaders->setItem(i, 0, nameItem);
        m_requestHeaders->setItem(i, 1, valueItem);
    }
    m_requestBody->setPlainText(readableBody(r.body));
    m_requestBody->setPlaceholderText(tr("The request had no body."));
}

void SandboxView::syncFaultControls()
{
    const QString id = selectedSystem();
    const sandbox::Fault fault = (m_sandbox && !id.isEmpty()) ? m_sandbox->fault(id) : sandbox::Fault();
    const bool on = fault.kind != sandbox::FaultKind::None && fault.remaining > 0;
    m_faultKind->setCurrentIndex(std::max(0, m_faultKind->findData(int(on ? fault.kind : sandbox::FaultKind::None))));
    if (on)
        m_faultCount->setValue(fault.remaining);
}

void SandboxView::updateFaultStatus()
{
    const QString id = selectedSystem();
    const int row = m_systemsModel->rowOf(id);
    if (!m_sandbox || row < 0) {
        m_faultStatus->clear();
        return;
    }
    const QString title = m_systemsModel->rowAt(row).info.title;
    const sandbox::Fault fault = m_sandbox->fault(id);
    if (fault.kind == sandbox::FaultKind::None || fault.remaining <= 0) {
        m_faultStatus->setText(tr("Off: every call to %1 is answered normally.").arg(title));
        m_faultStatus->setForegroundRole(QPalette::PlaceholderText);
        return;
    }
    m_faultStatus->setText(tr("On: the next %n call(s) to %1 fail with %2.", nullptr, fault.remaining)
                               .arg(title, faultKindLabel(fault.kind)));
    m_faultStatus->setForegroundRole(QPalette::WindowText);
}

void SandboxView::applyFault()
{
    const QString id = selectedSystem();
    if (!m_sandbox || id.isEmpty())
        return;
    sandbox::Fault fault;
    fault.kind = static_cast<sandbox::FaultKind>(m_faultKind->currentData().toInt());
    fault.remaining = fault.kind == sandbox::FaultKind::None ? 0 : m_faultCount->value();
    m_sandbox->setFault(id, fault);
    reloadSystemStates();
    updateFaultStatus();
}

void SandboxView::resetSandbox()
{
    if (!m_sandbox || !m_sandbox->isRunning())
        return;
    if (m_confirmReset && !m_confirmReset(this))
        return;
    m_sandbox->reset();
    syncFaultControls();
    refresh();
    m_banner->showMessage(tr("The sandbox was reset: every system holds its seed records again and every fault "
                             "knob is off."),
                          MessageLevel::Positive);
}

void SandboxView::copyToClipboard(const QString &text, const QString &what)
{
    QApplication::clipboard()->setText(text);
    const int row = m_systemsModel->rowOf(selectedSystem());
    m_banner->showMessage(tr("Copied %1 of %2.").arg(what, row >= 0 ? m_systemsModel->rowAt(row).info.title : QString()),
                          MessageLevel::Information);
}

void SandboxView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sandbox) {
        refresh();
        m_poll->start();
    }
}

void SandboxView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_poll->stop();
}

void SandboxView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("Sandbox/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("Sandbox/systemsHeader"), m_systems->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Sandbox/recordsSplitter"), m_recordsSplitter->saveState());
    settings.setValue(QStringLiteral("Sandbox/requestsSplitter"), m_requestsSplitter->saveState());
    settings.setValue(QStringLiteral("Sandbox/requestsHeader"), m_requests->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("Sandbox/tab"), m_tabs->currentIndex());
    settings.setValue(QStringLiteral("Sandbox/system"), m_preferredSystem);
}

void SandboxView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("Sandbox/splitter")).toByteArray());
    m_systems->horizontalHeader()->restoreState(settings.value(QStringLiteral("Sandbox/systemsHeader")).toByteArray());
    m_recordsSplitter->restoreState(settings.value(QStringLiteral("Sandbox/recordsSplitter")).toByteArray());
    m_requestsSplitter->restoreState(settings.value(QStringLiteral("Sandbox/requestsSplitter")).toByteArray());
    m_requests->horizontalHeader()->restoreState(settings.value(QStringLiteral("Sandbox/requestsHeader")).toByteArray());
    const int tab = settings.value(QStringLiteral("Sandbox/tab"), int(RecordsTab)).toInt();
    m_tabs->setCurrentIndex(tab >= 0 && tab < m_tabs->count() ? tab : int(RecordsTab));
    const QString system = settings.value(QStringLiteral("Sandbox/system")).toString();
    if (!system.isEmpty()) {
        m_preferredSystem = system;
        selectSystem(system);
    }
}

} // namespace sb
