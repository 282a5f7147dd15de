#include "sms/mappingtableversionsdialog.h"

#include "main/listtable.h"
#include "main/messagebanner.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

QString formatTime(qint64 msecs)
{
    if (msecs <= 0)
        return QString();
    return QDateTime::fromMSecsSinceEpoch(msecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

// --- MappingVersionsModel ------------------------------------------------------------

MappingVersionsModel::MappingVersionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void MappingVersionsModel::setVersions(const QList<sms::TableVersion> &versions, int currentVersion)
{
    beginResetModel();
    m_versions = versions;
    // Newest first: the one an administrator looks for.
    std::sort(m_versions.begin(), m_versions.end(), [](const auto &a, const auto &b) { return a.version > b.version; });
    m_current = currentVersion;
    endResetModel();
}

int MappingVersionsModel::rowOfVersion(int version) const
{
    for (int i = 0; i < m_versions.size(); ++i)
        if (m_versions.at(i).version == version)
            return i;
    return -1;
}

int MappingVersionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int MappingVersionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingVersionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const sms::TableVersion &v = m_versions.at(index.row());
    if (role == Qt::UserRole)
        return v.version;
    if (role == Qt::FontRole && v.version == m_current) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Version: return v.version == m_current ? tr("%1 (published)").arg(v.version) : QString::number(v.version);
    case Created: return formatTime(v.createdAt);
    case Published: return v.publishedAt > 0 ? formatTime(v.publishedAt) : tr("never");
    case Rows: return v.rowCount;
    case Note: return v.note;
    default: return {};
    }
}

QVariant MappingVersionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Version: return tr("Version");
    case Created: return tr("Created");
    case Published: return tr("Last published");
    case Rows: return tr("Messages");
    case Note: return tr("Note");
    default: return {};
    }
}

// --- MappingDiffModel ----------------------------------------------------------------

MappingDiffModel::MappingDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

void MappingDiffModel::setChanges(const QList<sms::CellChange> &changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

int MappingDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int MappingDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MappingDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const sms::CellChange &c = m_changes.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == Row ? int(Qt::AlignRight | Qt::AlignTop) : int(Qt::AlignLeft | Qt::AlignTop);
    if (role == Qt::ForegroundRole && index.column() == Before)
        return MessageBanner::accentColor(MessageLevel::Error);
    if (role == Qt::ForegroundRole && index.column() == After)
        return MessageBanner::accentColor(MessageLevel::Positive);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Row: return c.row;
    case ColumnName: return c.column;
    case Before: return c.before.isEmpty() && role == Qt::DisplayRole ? tr("(empty)") : c.before;
    case After: return c.after.isEmpty() && role == Qt::DisplayRole ? tr("(empty)") : c.after;
    default: return {};
    }
}

QVariant MappingDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row: return tr("Row");
    case ColumnName: return tr("Column");
    case Before: return tr("Before");
    case After: return tr("After");
    default: return {};
    }
}

// --- MappingTableVersionsDialog ------------------------------------------------------

MappingTableVersionsDialog::MappingTableVersionsDialog(Store &store, const QString &tableName, int shownVersion,
                                                       QWidget *parent)
    : QDialog(parent), m_store(store), m_name(tableName), m_shown(shownVersion),
      m_versions(new MappingVersionsModel(this)), m_diff(new MappingDiffModel(this))
{
    setObjectName(QStringLiteral("mappingVersionsDialog"));
    setWindowTitle(tr("Versions of “%1”").arg(tableName));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Every import and every save is a version. Select two versions and compare them "
                                "cell by cell, or open one in the editor."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_versionsTable = new QTableView(splitter);
    m_versionsTable->setObjectName(QStringLiteral("mappingVersions"));
    m_versionsTable->setModel(m_versions);
    setUpListTable(m_versionsTable, QAbstractItemView::ExtendedSelection);
    const QFontMetrics fm = fontMetrics();
    m_versionsTable->setColumnWidth(MappingVersionsModel::Version, fm.averageCharWidth() * 16);
    m_versionsTable->setColumnWidth(MappingVersionsModel::Created, fm.averageCharWidth() * 20);
    m_versionsTable->setColumnWidth(MappingVersionsModel::Published, fm.averageCharWidth() * 20);
    m_versionsTable->setColumnWidth(MappingVersionsModel::Rows, fm.averageCharWidth() * 11);

    auto *diffBox = new QWidget(splitter);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 6, 0, 0);
    m_summary = new QLabel(tr("Select two versions and press Compare."), diffBox);
    m_summary->setObjectName(QStringLiteral("mappingDiffSummary"));
    m_summary->setWordWrap(true);
    diffLayout->addWidget(m_summary);
    m_diffTable = new QTableView(diffBox);
    m_diffTable->setObjectName(QStringLiteral("mappingDiff"));
    m_diffTable->setModel(m_diff);
    setUpListTable(m_diffTable);
    m_diffTable->setWordWrap(true);
    m_diffTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_diffTable->setColumnWidth(MappingDiffModel::Row, fm.averageCharWidth() * 7);
    m_diffTable->setColumnWidth(MappingDiffModel::ColumnName, fm.averageCharWidth() * 18);
    m_diffTable->setColumnWidth(MappingDiffModel::Before, fm.averageCharWidth() * 48);
    diffLayout->addWidget(m_diffTable, 1);
    splitter->addWidget(m_versionsTable);
    splitter->addWidget(diffBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("compareVersions"));
    m_compare->setToolTip(tr("Compare the two selected versions cell by cell"));
    m_open = buttons->addButton(tr("&Open in editor"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openVersion"));
    m_open->setToolTip(tr("Show the selected version in the editor"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> v = selectedVersions();
        if (v.size() == 2)
            compare(v.at(0), v.at(1));
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const QList<int> v = selectedVersions();
        if (v.size() == 1)
            Q_EMIT openRequested(v.first());
    });
    connect(m_versionsTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(m_versions->version(index.row()).version);
    });
    connect(m_versionsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MappingTableVersionsDialog::updateButtons);
    layout->addWidget(buttons);

    resize(fm.averageCharWidth() * 150, fm.height() * 36);
    reload();
}

void MappingTableVersionsDialog::reload()
{
    sms::SmsTableStore tables(m_store);
    const auto versions = tables.versions(m_name);
    const auto current = tables.currentVersion(m_name);
    if (!versions) {
        m_banner->showMessage(versions.error().toString(), MessageLevel::Error);
        return;
    }
    m_versions->setVersions(versions.value(), current ? current.value() : 0);
    // Preselect the shown version and the one before it: the usual question is "what did
    // I change since the last one".
    const int shownRow = m_versions->rowOfVersion(m_shown);
    if (shownRow >= 0) {
        auto *sel = m_versionsTable->selectionModel();
        sel->select(m_versions->index(shownRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        if (shownRow + 1 < m_versions->rowCount())
            sel->select(m_versions->index(shownRow + 1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    updateButtons();
}

QList<int> MappingTableVersionsDialog::selectedVersions() const
{
    QList<int> out;
    for (const QModelIndex &i : m_versionsTable->selectionModel()->selectedRows())
        out << m_versions->version(i.row()).version;
    std::sort(out.begin(), out.end());
    return out;
}

void MappingTableVersionsDialog::updateButtons()
{
    const int n = int(selectedVersions().size());
    m_compare->setEnabled(n == 2);
    m_open->setEnabled(n == 1);
}

bool MappingTableVersionsDialog::compare(int before, int after)
{
    sms::SmsTableStore tables(m_store);
    const auto a = tables.load(m_name, before);
    const auto b = tables.load(m_name, after);
    if (!a || !b) {
        m_banner->showMessage((!a ? a.error() : b.error()).toString(), MessageLevel::Error);
        m_diff->setChanges({});
        return false;
    }
    m_banner->hideMessage();
    const QList<sms::CellChange> changes = sms::diffTables(a.value(), b.value());
    m_diff->setChanges(changes);
    if (changes.isEmpty())
        m_summary->setText(tr("Versions %1 and %2 are the same.").arg(before).arg(after));
    else
        m_summary->setText((changes.size() == 1
                                ? tr("1 cell differs between version %1 and version %2.")
                                : tr("%n cells differ between version %1 and version %2.", nullptr, int(changes.size())))
                               .arg(before)
                               .arg(after));
    return true;
}

} // namespace sb
