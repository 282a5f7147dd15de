#include "sms/mappingtableview.h"

#include "sms/mappingtablegrid.h"
#include "sms/mappingtablemodel.h"
#include "sms/mappingtableversionsdialog.h"

#include "sms/smsplan.h"
#include "sms/smstable.h"

#include "main/icons.h"
#include "main/listtable.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

using sms::SmsTableStore;

namespace {

const QString kSettingsSplitter = QStringLiteral("SmsTable/splitter");
const QString kSettingsWidths = QStringLiteral("SmsTable/columnWidths");
const QString kSettingsLanguage = QStringLiteral("SmsTable/language");

bool askYesNo(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setText(text);
    QPushButton *yes = box.addButton(title, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

QString formatTime(qint64 msecs)
{
    return msecs > 0 ? QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

MappingTableView::MappingTableView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new MappingTableModel(this)), m_filter(new MappingTableFilter(this)),
      m_problems(new MappingProblemsModel(this)), m_undo(new QUndoStack(this)), m_prompt(askAboutUnsavedChanges),
      m_confirm(askYesNo)
{
    setObjectName(QStringLiteral("mappingTableView"));
    m_model->setUndoStack(m_undo);
    m_filter->setSourceModel(m_model);
    buildUi();
    connect(m_model, &MappingTableModel::validated, this, &MappingTableView::updateProblems);
    connect(m_undo, &QUndoStack::cleanChanged, this, &MappingTableView::updateUnsavedMarker);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MappingTableView::updateRowCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MappingTableView::updateRowCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &MappingTableView::updateRowCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &MappingTableView::updateRowCount);
}

MappingTableView::~MappingTableView() = default;

// --- building ------------------------------------------------------------------------

void MappingTableView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("mappingBanner"));
    layout->addWidget(m_banner);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildEditorPage());
    layout->addWidget(m_pages, 1);

    // Edits are undone with the usual keys anywhere in the editor; an open cell editor
    // takes them first for its own text.
    auto *undo = new QAction(tr("Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, m_undo, &QUndoStack::undo);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo (Ctrl+Z)") : tr("Undo “%1” (Ctrl+Z)").arg(text));
    });
    auto *redo = new QAction(tr("Redo"), this);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, m_undo, &QUndoStack::redo);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo (Ctrl+Shift+Z)") : tr("Redo “%1” (Ctrl+Shift+Z)").arg(text));
    });
    undo->setToolTip(tr("Undo (Ctrl+Z)"));
    redo->setToolTip(tr("Redo (Ctrl+Shift+Z)"));
    addAction(undo);
    addAction(redo);
    m_undoButton->setDefaultAction(undo);
    m_redoButton->setDefaultAction(redo);

    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    auto *save = new QAction(this);
    save->setShortcut(QKeySequence::Save);
    save->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(save, &QAction::triggered, this, &MappingTableView::saveClicked);
    addAction(save);
}

QWidget *MappingTableView::buildEmptyPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("mappingEmptyPage"));
    auto *outer = new QVBoxLayout(page);
    outer->addStretch(1);
    auto *title = boldLabel(tr("No Master Mapping Table yet"), page);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title->setFont(f);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);
    auto *text = new QLabel(tr("Import the sheet's CSV export (in Google Sheets: File → Download → Comma-separated "
                               "values) or the JSON the converter produced. Switchboard checks every text, keeps "
                               "each import as a version, and the scheduler uses the version you publish."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(text->fontMetrics().averageCharWidth() * 80);
    auto *textRow = new QHBoxLayout;
    textRow->addStretch(1);
    textRow->addWidget(text);
    textRow->addStretch(1);
    outer->addLayout(textRow);
    auto *buttonRow = new QHBoxLayout;
    auto *import = new QPushButton(themedIcon(QStringLiteral("import"), palette().color(QPalette::ButtonText)),
                                   tr("&Import…"), page);
    import->setObjectName(QStringLiteral("mappingImportEmpty"));
    connect(import, &QPushButton::clicked, this, &MappingTableView::importClicked);
    buttonRow->addStretch(1);
    buttonRow->addWidget(import);
    buttonRow->addStretch(1);
    outer->addLayout(buttonRow);
    outer->addStretch(2);
    return page;
}

QWidget *MappingTableView::buildEditorPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    const QColor iconColor = palette().color(QPalette::ButtonText);

    // Which table and version, and what the scheduler uses.
    auto *top = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Table:"), page);
    m_tableCombo = new QComboBox(page);
    m_tableCombo->setObjectName(QStringLiteral("mappingTableName"));
    m_tableCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tableLabel->setBuddy(m_tableCombo);
    connect(m_tableCombo, &QComboBox::currentIndexChanged, this, &MappingTableView::tablePicked);
    auto *versionLabel = new QLabel(tr("&Version:"), page);
    m_versionCombo = new QComboBox(page);
    m_versionCombo->setObjectName(QStringLiteral("mappingVersion"));
    m_versionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_versionCombo->setToolTip(tr("Every import and save is a version; the published one is what the scheduler uses"));
    versionLabel->setBuddy(m_versionCombo);
    connect(m_versionCombo, &QComboBox::currentIndexChanged, this, &MappingTableView::versionPicked);
    m_versionInfo = new QLabel(page);
    m_versionInfo->setObjectName(QStringLiteral("mappingVersionInfo"));
    m_versionInfo->setWordWrap(true); // shrinks to two lines before the choosers do
    m_tableCombo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_versionCombo->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_unsaved = new QLabel(tr("● Unsaved edits"), page);
    m_unsaved->setObjectName(QStringLiteral("mappingUnsaved"));
    m_unsaved->setToolTip(tr("Save them as a new version (Ctrl+S). A saved version is used by the scheduler only "
                             "once it is published."));
    {
        QPalette p = m_unsaved->palette();
        p.setColor(QPalette::WindowText, MessageBanner::accentColor(MessageLevel::Warning));
        m_unsaved->setPalette(p);
        QFont f = m_unsaved->font();
        f.setBold(true);
        m_unsaved->setFont(f);
    }
    m_unsaved->hide();
    top->addWidget(tableLabel);
    top->addWidget(m_tableCombo);
    top->addSpacing(8);
    top->addWidget(versionLabel);
    top->addWidget(m_versionCombo);
    top->addSpacing(8);
    top->addWidget(m_versionInfo, 1);
    top->addWidget(m_unsaved);
    top->addSpacing(8);

    auto *importButton = new QPushButton(themedIcon(QStringLiteral("import"), iconColor), tr("&Import…"), page);
    importButton->setObjectName(QStringLiteral("mappingImport"));
    importButton->setToolTip(tr("Read the sheet's CSV export or the converter's JSON as a new version (not published)"));
    connect(importButton, &QPushButton::clicked, this, &MappingTableView::importClicked);
    auto *exportButton = new QPushButton(themedIcon(QStringLiteral("export"), iconColor), tr("E&xport…"), page);
    exportButton->setObjectName(QStringLiteral("mappingExport"));
    exportButton->setToolTip(tr("Write the grid, with any unsaved edits, as CSV the sheet can import"));
    connect(exportButton, &QPushButton::clicked, this, &MappingTableView::exportClicked);
    m_saveButton = new QPushButton(themedIcon(QStringLiteral("save"), iconColor), tr("&Save version…"), page);
    m_saveButton->setObjectName(QStringLiteral("mappingSave"));
    m_saveButton->setToolTip(tr("Save the grid as the next version, with a note (Ctrl+S)"));
    connect(m_saveButton, &QPushButton::clicked, this, &MappingTableView::saveClicked);
    auto *versionsButton = new QPushButton(themedIcon(QStringLiteral("history"), iconColor), tr("Versi&ons…"), page);
    versionsButton->setObjectName(QStringLiteral("mappingVersions"));
    versionsButton->setToolTip(tr("Every version with its note; compare two of them cell by cell"));
    connect(versionsButton, &QPushButton::clicked, this, &MappingTableView::openVersions);
    m_publishButton = new QPushButton(themedIcon(QStringLiteral("success"), iconColor), tr("&Publish…"), page);
    m_publishButton->setObjectName(QStringLiteral("mappingPublish"));
    m_publishButton->setToolTip(tr("Make the shown version the one the scheduler uses from its next run"));
    connect(m_publishButton, &QPushButton::clicked, this, &MappingTableView::publishClicked);
    for (QPushButton *b : {importButton, exportButton, m_saveButton, versionsButton, m_publishButton})
        top->addWidget(b);
    layout->addLayout(top);

    // Filters.
    auto *filters = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("&Group:"), page);
    m_groupCombo = new QComboBox(page);
    m_groupCombo->setObjectName(QStringLiteral("mappingGroup"));
    m_groupCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_groupCombo->setMinimumContentsLength(18);
    groupLabel->setBuddy(m_groupCombo);
    connect(m_groupCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            setGroupFilter(m_groupCombo->currentData().toString());
    });
    auto *languageLabel = new QLabel(tr("&Language:"), page);
    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("mappingLanguage"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageCombo->setToolTip(tr("Show one language's texts next to the key columns"));
    languageLabel->setBuddy(m_languageCombo);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            setLanguageFilter(m_languageCombo->currentData().toString());
    });
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("mappingSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search every cell (Ctrl+F)"));
    m_search->addAction(themedIcon(QStringLiteral("find"), palette().color(QPalette::PlaceholderText)),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 34);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearch(text);
        updateRowCount();
    });
    m_rowCount = new QLabel(page);
    m_rowCount->setObjectName(QStringLiteral("mappingRowCount"));
    m_undoButton = new QToolButton(page);
    m_undoButton->setObjectName(QStringLiteral("mappingUndo"));
    m_undoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_redoButton = new QToolButton(page);
    m_redoButton->setObjectName(QStringLiteral("mappingRedo"));
    m_redoButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->addWidget(groupLabel);
    filters->addWidget(m_groupCombo);
    filters->addSpacing(8);
    filters->addWidget(languageLabel);
    filters->addWidget(m_languageCombo);
    filters->addSpacing(8);
    filters->addWidget(m_search);
    filters->addSpacing(8);
    filters->addWidget(m_rowCount, 1);
    filters->addWidget(m_undoButton);
    filters->addWidget(m_redoButton);
    layout->addLayout(filters);

    m_splitter = new QSplitter(Qt::Vertical, page);
    m_splitter->setObjectName(QStringLiteral("mappingSplitter"));
    m_splitter->setChildrenCollapsible(false);

    m_grid = new MappingTableGrid(m_splitter);
    m_grid->setModel(m_filter);
    connect(m_grid->mainView(), &MappingGridView::copyRequested, this, &MappingTableView::copySelection);
    connect(m_grid->mainView(), &MappingGridView::pasteRequested, this, &MappingTableView::pasteClipboard);
    connect(m_grid->mainView(), &MappingGridView::clearRequested, this, &MappingTableView::clearSelection);

    auto *problemsBox = new QWidget(m_splitter);
    auto *problemsLayout = new QVBoxLayout(problemsBox);
    problemsLayout->setContentsMargins(0, 6, 0, 0);
    auto *problemsTop = new QHBoxLayout;
    problemsTop->addWidget(boldLabel(tr("Problems"), problemsBox));
    m_problemsSummary = new QLabel(problemsBox);
    m_problemsSummary->setObjectName(QStringLiteral("mappingProblemsSummary"));
    m_problemsSummary->setWordWrap(true);
    problemsTop->addWidget(m_problemsSummary, 1);
    auto *kindLabel = new QLabel(tr("S&how:"), problemsBox);
    m_kindCombo = new QComboBox(problemsBox);
    m_kindCombo->setObjectName(QStringLiteral("mappingProblemKind"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kindLabel->setBuddy(m_kindCombo);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_syncing)
            m_problems->setKindFilter(m_kindCombo->currentData().toString());
    });
    problemsTop->addWidget(kindLabel);
    problemsTop->addWidget(m_kindCombo);
    problemsLayout->addLayout(problemsTop);
    m_problemsTable = new QTableView(problemsBox);
    m_problemsTable->setObjectName(QStringLiteral("mappingProblems"));
    m_problemsTable->setModel(m_problems);
    setUpListTable(m_problemsTable);
    const QFontMetrics fm = m_problemsTable->fontMetrics();
    int kindWidth = 0;
    for (const char *kind : {sms::kUnknownPlaceholder, sms::kUnbalancedBraces, sms::kMissingTranslation, sms::kMultiSegment,
                             sms::kDuplicateBulkId, sms::kBadBulkIdTemplate, sms::kBadNumber})
        kindWidth = std::max(kindWidth, fm.horizontalAdvance(MappingProblemsModel::kindLabel(QLatin1String(kind))));
    m_problemsTable->setColumnWidth(MappingProblemsModel::Kind, kindWidth + m_problemsTable->iconSize().width() + 36);
    m_problemsTable->setColumnWidth(MappingProblemsModel::Row, fm.averageCharWidth() * 7);
    m_problemsTable->setColumnWidth(MappingProblemsModel::ColumnName, fm.averageCharWidth() * 24);
    m_problemsTable->setToolTip(tr("Click a problem to go to its cell"));
    connect(m_problemsTable, &QTableView::clicked, this, &MappingTableView::problemActivated);
    connect(m_problemsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MappingTableView::problemActivated);
    problemsLayout->addWidget(m_problemsTable, 1);

    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(problemsBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    layout->addWidget(m_splitter, 1);
    return page;
}

// --- state ---------------------------------------------------------------------------

bool MappingTableView::isEmptyState() const
{
    return m_pages->currentIndex() == 0;
}

bool MappingTableView::hasUnsavedEdits() const
{
    return !m_undo->isClean();
}

void MappingTableView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

void MappingTableView::refresh()
{
    SmsTableStore tables(m_store);
    const auto names = tables.tableNames();
    if (!names) {
        m_banner->showMessage(tr("Could not read the SMS tables: %1").arg(names.error().toString()), MessageLevel::Error);
        return;
    }
    m_loadedOnce = true;
    if (names->isEmpty()) {
        m_pages->setCurrentIndex(0);
        m_name.clear();
        m_version = 0;
        m_published = 0;
        m_model->setTable({});
        m_undo->clear();
        return;
    }
    m_pages->setCurrentIndex(1);
    const QString defaultName = QLatin1String(sms::kDefaultTableName);
    const QString name = names->contains(m_name)        ? m_name
                         : names->contains(defaultName) ? defaultName
                                                        : names->first();
    fillTableCombo(names.value());
    if (name == m_name && m_version > 0) {
        // Versions never change once saved: keep the grid (and any unsaved edits), only
        // what is published or newest may have moved.
        fillVersionCombo();
        updateVersionInfo();
        return;
    }
    loadVersion(name, 0);
}

bool MappingTableView::showTable(const QString &name, int version)
{
    if (name == m_name && version == m_version && version > 0)
        return true;
    if (!resolveUnsaved(QString()))
        return false;
    return loadVersion(name, version);
}

bool MappingTableView::loadVersion(const QString &name, int version)
{
    SmsTableStore tables(m_store);
    if (version <= 0) {
        const auto versions = tables.versions(name);
        if (!versions || versions->isEmpty()) {
            m_banner->showMessage(tr("Could not read the versions of “%1”: %2")
                                      .arg(name, versions ? tr("it has none") : versions.error().toString()),
                                  MessageLevel::Error);
            return false;
        }
        for (const auto &v : versions.value())
            version = std::max(version, v.version);
    }
    const auto table = tables.load(name, version);
    if (!table) {
        m_banner->showMessage(tr("Could not read version %1 of “%2”: %3").arg(version).arg(name, table.error().toString()),
                              MessageLevel::Error);
        return false;
    }
    m_pages->setCurrentIndex(1);
    m_name = name;
    m_version = version;
    m_model->setTable(table.value());
    m_undo->clear();
    m_grid->setKeyColumns(m_model->keyColumns());
    applyColumnWidths();
    fillFilterCombos();
    applyLanguageFilter();
    m_syncing = true;
    m_tableCombo->setCurrentIndex(m_tableCombo->findText(name));
    m_syncing = false;
    fillVersionCombo();
    updateVersionInfo();
    updateUnsavedMarker();
    updateRowCount();
    m_grid->updateRowHeights();
    return true;
}

bool MappingTableView::maybeLeave()
{
    return resolveUnsaved(QString());
}

bool MappingTableView::resolveUnsaved(const QString &)
{
    if (!hasUnsavedEdits())
        return true;
    // Saving makes a new version; the question says so ("Save your changes to …?").
    return resolveUnsavedChanges(m_prompt, this, tr("“%2” as a new version (the edits of version %1)").arg(m_version).arg(m_name),
                                 [this] { return saveAsNewVersion(QString()) > 0; });
}

void MappingTableView::fillTableCombo(const QStringList &names)
{
    m_syncing = true;
    m_tableCombo->clear();
    m_tableCombo->addItems(names);
    m_tableCombo->setCurrentIndex(m_tableCombo->findText(m_name));
    m_syncing = false;
}

QList<int> MappingTableView::shownVersions() const
{
    QList<int> out;
    for (int i = 0; i < m_versionCombo->count(); ++i)
        out << m_versionCombo->itemData(i).toInt();
    return out;
}

void MappingTableView::fillVersionCombo()
{
    SmsTableStore tables(m_store);
    const auto versions = tables.versions(m_name);
    const auto current = tables.currentVersion(m_name);
    m_published = current ? current.value() : 0;
    m_newest = 0;
    m_syncing = true;
    m_versionCombo->clear();
    if (versions) {
        QList<sms::TableVersion> list = versions.value();
        std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.version > b.version; });
        for (const auto &v : list) {
            m_newest = std::max(m_newest, v.version);
            const QString text = v.version == m_published ? tr("%1 · published").arg(v.version) : QString::number(v.version);
            m_versionCombo->addItem(text, v.version);
            m_versionCombo->setItemData(m_versionCombo->count() - 1,
                                        v.note.isEmpty() ? tr("Created %1").arg(formatTime(v.createdAt))
                                                         : tr("Created %1: %2").arg(formatTime(v.createdAt), v.note),
                                        Qt::ToolTipRole);
        }
    } else {
        m_banner->showMessage(versions.error().toString(), MessageLevel::Error);
    }
    m_versionCombo->setCurrentIndex(m_versionCombo->findData(m_version));
    m_syncing = false;
}

void MappingTableView::fillFilterCombos()
{
    m_syncing = true;
    const QString group = m_filter->group();
    m_groupCombo->clear();
    m_groupCombo->addItem(tr("All groups"), QString());
    for (const QString &g : m_model->groups())
        m_groupCombo->addItem(g, g);
    const int gi = m_groupCombo->findData(group);
    m_groupCombo->setCurrentIndex(std::max(0, gi));
    if (gi < 0)
        m_filter->setGroup(QString());

    m_languageCombo->clear();
    m_languageCombo->addItem(tr("All languages"), QString());
    for (const QString &l : m_model->table().languageColumns())
        m_languageCombo->addItem(l, l);
    const int li = m_languageCombo->findData(m_language);
    m_languageCombo->setCurrentIndex(std::max(0, li));
    m_syncing = false;
}

static QString schedulerNote(int shown, int published)
{
    if (published == 0)
        return MappingTableView::tr("Nothing is published: the scheduler sends nothing from this table yet.");
    if (shown == published)
        return MappingTableView::tr("This version is published: the scheduler uses it.");
    return MappingTableView::tr("Not published: the scheduler uses version %1.").arg(published);
}

void MappingTableView::updateVersionInfo()
{
    QString text = schedulerNote(m_version, m_published);
    if (m_version > 0 && m_newest > 0 && m_version != m_newest)
        text = tr("An older version (the newest is %1).").arg(m_newest) + QLatin1Char(' ') + text;
    m_versionInfo->setText(text);
    m_publishButton->setEnabled(m_version > 0 && m_version != m_published);
}

void MappingTableView::updateUnsavedMarker()
{
    m_unsaved->setVisible(hasUnsavedEdits());
}

void MappingTableView::updateRowCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    if (shown == all)
        m_rowCount->setText(all == 1 ? tr("1 message") : tr("%n messages", nullptr, all));
    else
        m_rowCount->setText(tr("%1 of %n messages", nullptr, all).arg(shown));
}

void MappingTableView::updateProblems()
{
    m_problems->setFindings(m_model->findings());
    const auto counts = m_problems->countsByKind();
    const int total = m_problems->totalCount();
    if (total == 0) {
        m_problemsSummary->setText(tr("No problems found."));
    } else {
        QStringList parts;
        for (const auto &c : counts)
            parts << MappingProblemsModel::kindLabelPlural(c.first, c.second);
        m_problemsSummary->setText((total == 1 ? tr("1 problem: %1") : tr("%n problems: %1", nullptr, total))
                                       .arg(parts.join(QStringLiteral(", "))));
    }
    m_syncing = true;
    const QString kind = m_problems->kindFilter();
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All problems (%1)").arg(total), QString());
    for (const auto &c : counts) {
        const ProblemSeverity s = MappingTableModel::severityOf(c.first);
        const QString icon = s == ProblemSeverity::Error     ? QStringLiteral("error")
                             : s == ProblemSeverity::Warning ? QStringLiteral("warning")
                                                             : QStringLiteral("info");
        m_kindCombo->addItem(themedIcon(icon, MappingTableModel::severityColor(s)),
                             tr("%1 (%2)").arg(MappingProblemsModel::kindLabel(c.first)).arg(c.second), c.first);
    }
    const int ki = m_kindCombo->findData(kind);
    m_kindCombo->setCurrentIndex(std::max(0, ki));
    if (ki < 0)
        m_problems->setKindFilter(QString());
    m_syncing = false;
}

void MappingTableView::applyColumnWidths()
{
    const QFontMetrics fm = m_grid->fontMetrics();
    const int ch = fm.averageCharWidth();
    const sms::SmsTable &t = m_model->table();
    for (int c = 0; c < t.columns.size(); ++c) {
        const QString name = t.columns.at(c);
        int width = std::max(ch * 10, fm.horizontalAdvance(name) + 24);
        if (name == QLatin1String(sms::kColumnAlert) || name == QLatin1String(sms::kColumnSms))
            width = std::max(ch * 6, fm.horizontalAdvance(name) + 16);
        else if (name == QLatin1String(sms::kColumnName))
            width = ch * 26;
        else if (name == QLatin1String("Condition"))
            width = ch * 32;
        else if (name == QLatin1String(sms::kColumnBulkId))
            width = ch * 36;
        else if (m_model->isLanguageColumn(c))
            width = ch * 46;
        m_grid->setColumnWidth(c, m_columnWidths.value(name, width));
    }
}

void MappingTableView::rememberShownWidths() const
{
    // Widths are kept by column name, also while a language filter hides the column; the
    // last shown column stretches to the edge, so its width is not a choice.
    const QList<int> shown = m_grid->shownColumns();
    for (int i = 0; i + 1 < shown.size(); ++i) {
        const QString name = m_model->table().columns.value(shown.at(i));
        const int width = m_grid->columnWidth(shown.at(i));
        if (!name.isEmpty() && width > 0)
            m_columnWidths.insert(name, width);
    }
}

void MappingTableView::applyLanguageFilter()
{
    rememberShownWidths();
    const int column = m_language.isEmpty() ? -1 : m_model->table().columnIndex(m_language);
    m_grid->setVisibleColumns(column >= 0 ? QList<int>{column} : QList<int>());
}

// --- filters and navigation ----------------------------------------------------------

void MappingTableView::setGroupFilter(const QString &group)
{
    m_filter->setGroup(group);
    m_syncing = true;
    m_groupCombo->setCurrentIndex(std::max(0, m_groupCombo->findData(group)));
    m_syncing = false;
    updateRowCount();
}

void MappingTableView::setLanguageFilter(const QString &language)
{
    m_language = sms::languageColumn(language).isEmpty() ? QString() : sms::languageColumn(language);
    m_syncing = true;
    m_languageCombo->setCurrentIndex(std::max(0, m_languageCombo->findData(m_language)));
    m_syncing = false;
    applyLanguageFilter();
}

void MappingTableView::setSearchText(const QString &text)
{
    m_search->setText(text); // filters through textChanged
}

void MappingTableView::setProblemKindFilter(const QString &kind)
{
    m_problems->setKindFilter(kind);
    m_syncing = true;
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(kind)));
    m_syncing = false;
}

void MappingTableView::goToProblem(int problemRow)
{
    const QModelIndex index = m_problems->index(problemRow, 0);
    if (!index.isValid())
        return;
    m_problemsTable->setCurrentIndex(index);
    problemActivated(index);
}

void MappingTableView::problemActivated(const QModelIndex &index)
{
    if (!index.isValid() || index.row() >= m_problems->rowCount())
        return;
    const sms::Finding &f = m_problems->finding(index.row());
    const int row = f.row - 1;
    const int column = m_model->table().columnIndex(f.column);
    if (row < 0 || row >= m_model->rowCount() || column < 0)
        return;
    bool changed = false;
    if (!m_grid->isColumnShown(column)) {
        setLanguageFilter(QString());
        changed = true;
    }
    QModelIndex target = m_filter->mapFromSource(m_model->index(row, column));
    if (!target.isValid()) {
        // Filtered out: show every row again rather than refuse to go there.
        setGroupFilter(QString());
        setSearchText(QString());
        target = m_filter->mapFromSource(m_model->index(row, column));
        changed = true;
    }
    if (changed)
        m_grid->updateRowHeights();
    m_grid->selectCell(target);
}

QModelIndex MappingTableView::currentCell() const
{
    return m_filter->mapToSource(m_grid->currentIndex());
}

// --- clipboard -----------------------------------------------------------------------

void MappingTableView::copySelection()
{
    QModelIndexList selected = m_grid->mainView()->selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return;
    const QList<int> columns = m_grid->shownColumns();
    std::sort(selected.begin(), selected.end(), [&columns](const QModelIndex &a, const QModelIndex &b) {
        return a.row() != b.row() ? a.row() < b.row() : columns.indexOf(a.column()) < columns.indexOf(b.column());
    });
    // As spreadsheets copy: a multi-line text goes in quotes, so pasting it back (here or
    // into the sheet) keeps it one cell.
    QList<QStringList> rows;
    QStringList cells;
    int row = selected.first().row();
    for (const QModelIndex &i : selected) {
        if (!columns.contains(i.column()))
            continue;
        if (i.row() != row) {
            rows << cells;
            cells.clear();
            row = i.row();
        }
        cells << i.data(Qt::EditRole).toString();
    }
    rows << cells;
    QGuiApplication::clipboard()->setText(sms::writeTabSeparated(rows));
}

void MappingTableView::pasteClipboard()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.isEmpty())
        return;
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return;
    // Spreadsheet cells: a quoted cell may hold line breaks and tabs.
    const QList<QStringList> lines = sms::readTabSeparated(text);
    if (lines.isEmpty())
        return;
    QList<CellEdit> edits;
    const QModelIndexList selected = m_grid->mainView()->selectionModel()->selectedIndexes();
    if (lines.size() == 1 && lines.first().size() == 1 && selected.size() > 1) {
        // One value into every selected cell.
        for (const QModelIndex &i : selected) {
            const QModelIndex s = m_filter->mapToSource(i);
            edits << CellEdit{s.row(), s.column(), lines.first().first()};
        }
    } else {
        const QList<int> columns = m_grid->shownColumns();
        const int firstColumn = int(columns.indexOf(current.column()));
        for (int r = 0; r < lines.size() && current.row() + r < m_filter->rowCount(); ++r) {
            const QStringList &cells = lines.at(r);
            for (int c = 0; c < cells.size() && firstColumn + c < columns.size(); ++c) {
                const QModelIndex s = m_filter->mapToSource(m_filter->index(current.row() + r, columns.at(firstColumn + c)));
                edits << CellEdit{s.row(), s.column(), cells.at(c)};
            }
        }
    }
    m_model->editCells(edits, tr("Paste into %n cell(s)", nullptr, int(edits.size())));
}

void MappingTableView::clearSelection()
{
    QList<CellEdit> edits;
    for (const QModelIndex &i : m_grid->mainView()->selectionModel()->selectedIndexes()) {
        const QModelIndex s = m_filter->mapToSource(i);
        edits << CellEdit{s.row(), s.column(), QString()};
    }
    m_model->editCells(edits, tr("Clear %n cell(s)", nullptr, int(edits.size())));
}

// --- versions: import, export, save, publish -----------------------------------------

void MappingTableView::tablePicked(int index)
{
    if (m_syncing || index < 0)
        return;
    const QString name = m_tableCombo->itemText(index);
    if (name == m_name)
        return;
    if (!showTable(name, 0)) {
        m_syncing = true;
        m_tableCombo->setCurrentIndex(m_tableCombo->findText(m_name));
        m_syncing = false;
    }
}

void MappingTableView::versionPicked(int index)
{
    if (m_syncing || index < 0)
        return;
    const int version = m_versionCombo->itemData(index).toInt();
    if (version == m_version)
        return;
    if (!showTable(m_name, version)) {
        m_syncing = true;
        m_versionCombo->setCurrentIndex(m_versionCombo->findData(m_version));
        m_syncing = false;
    }
}

bool MappingTableView::importFile(const QString &path)
{
    const auto table = sms::readTableFile(path);
    const QString fileName = QFileInfo(path).fileName();
    if (!table) {
        m_banner->showMessage(tr("Could not import %1: %2").arg(fileName, table.error().toString()), MessageLevel::Error);
        return false;
    }
    if (table->rows.isEmpty()) {
        m_banner->showMessage(tr("Could not import %1: it has no messages.").arg(fileName), MessageLevel::Error);
        return false;
    }
    if (table->languageColumns().isEmpty()) {
        m_banner->showMessage(tr("Could not import %1: it has no language column (English, French …). Is it the "
                                 "Master Mapping Table?")
                                  .arg(fileName),
                              MessageLevel::Error);
        return false;
    }
    if (!resolveUnsaved(QString()))
        return false;
    const QString name = m_name.isEmpty() ? QLatin1String(sms::kDefaultTableName) : m_name;
    SmsTableStore tables(m_store);
    const auto version = tables.saveVersion(name, table.value(), tr("Imported from %1").arg(fileName));
    if (!version) {
        m_banner->showMessage(tr("Could not save the import: %1").arg(version.error().toString()), MessageLevel::Error);
        return false;
    }
    m_undo->clear();
    const auto names = tables.tableNames();
    fillTableCombo(names ? names.value() : QStringList{name});
    if (!loadVersion(name, version.value()))
        return false;
    m_banner->showMessage(tr("Imported %n messages from %1 as version %2. %3", nullptr, int(table->rows.size()))
                              .arg(fileName)
                              .arg(version.value())
                              .arg(schedulerNote(m_version, m_published)),
                          MessageLevel::Positive);
    return true;
}

bool MappingTableView::exportFile(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(sms::writeCsv(m_model->table())) < 0 || !file.commit()) {
        m_banner->showMessage(tr("Could not write %1: %2").arg(path, file.errorString()), MessageLevel::Error);
        return false;
    }
    m_banner->showMessage(hasUnsavedEdits() ? tr("Exported version %1 with the unsaved edits to %2.").arg(m_version).arg(path)
                                            : tr("Exported version %1 to %2.").arg(m_version).arg(path),
                          MessageLevel::Positive);
    return true;
}

int MappingTableView::saveAsNewVersion(const QString &note)
{
    if (m_name.isEmpty())
        return 0;
    SmsTableStore tables(m_store);
    const auto version = tables.saveVersion(m_name, m_model->table(), note.trimmed());
    if (!version) {
        m_banner->showMessage(tr("Could not save: %1").arg(version.error().toString()), MessageLevel::Error);
        return 0;
    }
    m_version = version.value();
    m_undo->setClean();
    fillVersionCombo();
    updateVersionInfo();
    updateUnsavedMarker();
    m_banner->showMessage(tr("Saved as version %1. %2").arg(m_version).arg(schedulerNote(m_version, m_published)),
                          MessageLevel::Positive);
    return m_version;
}

bool MappingTableView::publishShown()
{
    if (m_version <= 0)
        return false;
    if (hasUnsavedEdits()) {
        m_banner->showMessage(tr("Save the edits as a new version first: only a saved version can be published."),
                              MessageLevel::Warning);
        return false;
    }
    if (m_version == m_published) {
        m_banner->showMessage(tr("Version %1 is already the one the scheduler uses.").arg(m_version),
                              MessageLevel::Information);
        return true;
    }
    int errors = 0;
    for (const sms::Finding &f : m_model->findings())
        if (MappingTableModel::severityOf(f.kind) == ProblemSeverity::Error)
            ++errors;
    QString text = tr("The scheduler will use version %1 of “%2” from its next run.").arg(m_version).arg(m_name);
    if (errors > 0)
        text += QLatin1Char('\n') + tr("This version still has %n error(s) (unknown placeholders, broken braces or "
                                       "bulkIds); affected messages may go out wrong.",
                                       nullptr, errors);
    if (!m_confirm(this, tr("Publish"), text))
        return false;
    SmsTableStore tables(m_store);
    const Status s = tables.publish(m_name, m_version);
    if (!s.ok()) {
        m_banner->showMessage(tr("Could not publish: %1").arg(s.error().toString()), MessageLevel::Error);
        return false;
    }
    fillVersionCombo();
    updateVersionInfo();
    if (m_versionsDialog)
        m_versionsDialog->reload();
    m_banner->showMessage(tr("Version %1 is published: the scheduler uses it from its next run.").arg(m_version),
                          MessageLevel::Positive);
    Q_EMIT published(m_name, m_version);
    return true;
}

MappingTableVersionsDialog *MappingTableView::openVersions()
{
    if (m_name.isEmpty())
        return nullptr;
    if (m_versionsDialog)
        m_versionsDialog->close();
    auto *dialog = new MappingTableVersionsDialog(m_store, m_name, m_version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &MappingTableVersionsDialog::openRequested, this, [this](int version) { showTable(m_name, version); });
    m_versionsDialog = dialog;
    dialog->show();
    return dialog;
}

void MappingTableView::importClicked()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import the Master Mapping Table"), QString(),
                                                      tr("Sheet exports (*.csv *.json);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MappingTableView::exportClicked()
{
    if (m_name.isEmpty())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"),
                                                QStringLiteral("%1 v%2.csv").arg(m_name).arg(m_version),
                                                tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QLatin1String(".csv");
    exportFile(path);
}

void MappingTableView::saveClicked()
{
    if (m_name.isEmpty())
        return;
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Save as a new version"),
                                               tr("Note for the versions list (what changed):"), QLineEdit::Normal,
                                               QString(), &ok);
    if (ok)
        saveAsNewVersion(note);
}

void MappingTableView::publishClicked()
{
    publishShown();
}

// --- settings ------------------------------------------------------------------------

void MappingTableView::saveSettings(QSettings &settings) const
{
    settings.setValue(kSettingsSplitter, m_splitter->saveState());
    rememberShownWidths();
    QVariantMap map;
    for (auto it = m_columnWidths.cbegin(); it != m_columnWidths.cend(); ++it)
        if (!it.key().isEmpty() && it.value() > 0)
            map.insert(it.key(), it.value());
    settings.setValue(kSettingsWidths, map);
    settings.setValue(kSettingsLanguage, m_language);
}

void MappingTableView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(kSettingsSplitter).toByteArray());
    const QVariantMap map = settings.value(kSettingsWidths).toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        if (it.value().toInt() > 0)
            m_columnWidths.insert(it.key(), it.value().toInt());
    if (m_model->columnCount() > 0) {
        applyColumnWidths();
        setLanguageFilter(settings.value(kSettingsLanguage).toString());
    } else {
        m_language = sms::languageColumn(settings.value(kSettingsLanguage).toString());
    }
}

} // namespace sb
