#include "sms/smscountriesview.h"

#include "sms/smsplan.h"
#include "sms/smstable.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include "main/icons.h"
#include "main/messagebanner.h"

#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sb {

namespace {

// Time zone and language cells are edited with a combo box: the zone one editable with a
// completer over the IANA ids, the language one over the eleven language columns.
class ComboDelegate final : public QStyledItemDelegate
{
public:
    ComboDelegate(QStringList items, bool editable, QObject *parent)
        : QStyledItemDelegate(parent), m_items(std::move(items)), m_editable(editable)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItems(m_items);
        combo->setEditable(m_editable);
        if (m_editable) {
            combo->setInsertPolicy(QComboBox::NoInsert);
            combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
            combo->completer()->setFilterMode(Qt::MatchContains);
            combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString value = index.data(Qt::EditRole).toString();
        const int i = combo->findText(value);
        if (i >= 0)
            combo->setCurrentIndex(i);
        else if (m_editable)
            combo->setEditText(value);
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentText().trimmed(), Qt::EditRole);
    }

private:
    QStringList m_items;
    bool m_editable = false;
};

QStringList zoneIds()
{
    QStringList ids;
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromUtf8(id);
    return ids;
}

QStringList languageNames()
{
    QStringList names;
    for (const sms::Language &l : sms::languages())
        names << QString::fromLatin1(l.longName);
    return names;
}

// "Line 4: the time zone …" → "the time zone …": the row is named by the view instead.
QString withoutLinePrefix(const QString &message)
{
    static const QRegularExpression prefix(QStringLiteral("^[^:]{1,20}\\d+\\s*:\\s*"));
    QString m = message;
    m.remove(prefix);
    return m;
}

} // namespace

SmsCountriesView::SmsCountriesView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_watcher(new StoreWatcher(store, 1000, this))
{
    setObjectName(QStringLiteral("smsCountriesView"));
    auto *layout = new QVBoxLayout(this);

    const QColor iconColor = palette().color(QPalette::ButtonText);
    auto *buttons = new QHBoxLayout;
    auto button = [&](const QString &icon, const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        if (!icon.isEmpty())
            b->setIcon(themedIcon(icon, iconColor));
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_save = button(QStringLiteral("save"), tr("&Save"), QStringLiteral("countriesSave"),
                    tr("Check every row and save the table; the scheduler uses it from its next run"));
    m_save->setShortcut(QKeySequence::Save);
    m_revert = button(QStringLiteral("revert"), tr("Re&vert"), QStringLiteral("countriesRevert"),
                      tr("Drop the unsaved changes"));
    buttons->addSpacing(12);
    auto *add = button(QString(), tr("&Add country"), QStringLiteral("countriesAdd"), tr("Add an empty row at the end"));
    m_remove = button(QString(), tr("Re&move"), QStringLiteral("countriesRemove"), tr("Remove the selected rows"));
    buttons->addSpacing(12);
    auto *import = button(QStringLiteral("import"), tr("&Import CSV…"), QStringLiteral("countriesImport"),
                          tr("Replace the table with a CSV file (Country, Dial code, Sender id, Time zone, Default "
                             "language); saved only with Save"));
    auto *exportButton = button(QStringLiteral("export"), tr("&Export CSV…"), QStringLiteral("countriesExport"),
                                tr("Write the table as shown to a CSV file"));
    auto *builtIn = button(QString(), tr("Restore &built-in table"), QStringLiteral("countriesBuiltIn"),
                           tr("Replace the table with the one Switchboard ships with; saved only with Save"));
    m_unsaved = new QLabel(tr("● Unsaved changes"), this);
    m_unsaved->setObjectName(QStringLiteral("countriesUnsaved"));
    m_unsaved->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(MessageBanner::accentColor(MessageLevel::Warning).name()));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("countriesStatus"));
    m_status->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    buttons->addSpacing(12);
    buttons->addWidget(m_unsaved);
    buttons->addWidget(m_status, 1);
    layout->addLayout(buttons);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("countriesBanner"));
    layout->addWidget(m_banner);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("countriesTable"));
    m_table->setHorizontalHeaderLabels({tr("Country"), tr("Dial code"), tr("Sender id"), tr("Time zone"), tr("Default language")});
    m_table->horizontalHeaderItem(Name)->setToolTip(tr("As in Salesforce Account.Country__c"));
    m_table->horizontalHeaderItem(DialCode)->setToolTip(tr("Digits without +: 234"));
    m_table->horizontalHeaderItem(SenderId)->setToolTip(tr("The Infobip sender: at most 11 letters, digits or spaces"));
    m_table->horizontalHeaderItem(TimeZone)->setToolTip(tr("The IANA zone used when a contact has no SMS_Timezone__c"));
    m_table->horizontalHeaderItem(Language)->setToolTip(tr("The language column used when a contact has no SMS_Language__c"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(Name, fm.averageCharWidth() * 28);
    m_table->setColumnWidth(DialCode, fm.averageCharWidth() * 12);
    m_table->setColumnWidth(SenderId, fm.averageCharWidth() * 18);
    m_table->setColumnWidth(TimeZone, fm.averageCharWidth() * 30);
    m_table->setItemDelegateForColumn(TimeZone, new ComboDelegate(zoneIds(), true, m_table));
    m_table->setItemDelegateForColumn(Language, new ComboDelegate(languageNames(), false, m_table));
    layout->addWidget(m_table, 1);

    connect(m_save, &QPushButton::clicked, this, &SmsCountriesView::save);
    connect(m_revert, &QPushButton::clicked, this, &SmsCountriesView::revert);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
    });
    connect(m_remove, &QPushButton::clicked, this, &SmsCountriesView::removeSelectedRows);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import countries"), QString(),
                                                          tr("CSV files (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importCsv(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export countries"), QStringLiteral("countries.csv"),
                                                          tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(builtIn, &QPushButton::clicked, this, &SmsCountriesView::restoreBuiltIn);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            updateState();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SmsCountriesView::updateState);
    connect(m_watcher, &StoreWatcher::changed, this, &SmsCountriesView::refresh);

    load();
}

SmsCountriesView::~SmsCountriesView() = default;

void SmsCountriesView::refresh()
{
    if (!m_dirty)
        load();
}

void SmsCountriesView::load()
{
    sms::SmsSettingsStore settings(m_store);
    const auto countries = settings.countries();
    if (!countries) {
        m_banner->showMessage(tr("The countries table cannot be read: %1").arg(countries.error().toString()),
                              MessageLevel::Error);
        return;
    }
    m_saved = countries.value();
    m_builtIn = settings.countriesAreDefault();
    setEditedCountries(m_saved);
}

void SmsCountriesView::setEditedCountries(const QList<sms::Country> &countries)
{
    m_filling = true;
    m_table->setRowCount(0);
    m_table->setRowCount(int(countries.size()));
    for (int r = 0; r < countries.size(); ++r) {
        const sms::Country &c = countries.at(r);
        const QStringList cells{c.name, c.dialCode, c.senderId, c.timeZone, c.defaultLanguage};
        for (int col = 0; col < ColumnCount; ++col)
            m_table->setItem(r, col, new QTableWidgetItem(cells.at(col)));
    }
    m_filling = false;
    updateState();
}

QList<sms::Country> SmsCountriesView::editedCountries() const
{
    QList<sms::Country> list;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        auto cell = [&](int col) {
            const QTableWidgetItem *item = m_table->item(r, col);
            return item ? item->text().trimmed() : QString();
        };
        sms::Country c{cell(Name), cell(DialCode), cell(SenderId), cell(TimeZone), cell(Language)};
        if (c.name.isEmpty() && c.dialCode.isEmpty() && c.senderId.isEmpty() && c.timeZone.isEmpty()
            && c.defaultLanguage.isEmpty())
            continue;
        list << c;
    }
    return list;
}

void SmsCountriesView::updateState()
{
    m_dirty = editedCountries() != m_saved;
    m_save->setEnabled(m_dirty);
    m_revert->setEnabled(m_dirty);
    m_unsaved->setVisible(m_dirty);
    m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
    m_status->setText(statusText());
}

QString SmsCountriesView::statusText() const
{
    const int n = int(m_saved.size());
    return m_builtIn ? tr("Built-in table · %n countries", nullptr, n) : tr("Saved table · %n countries", nullptr, n);
}

bool SmsCountriesView::maybeLeave()
{
    if (!m_dirty)
        return true;
    return resolveUnsavedChanges(m_prompt, this, tr("the countries table"), [this] { return save(); });
}

bool SmsCountriesView::save()
{
    // Row by row first, so the message names the row and the row is shown.
    const QList<sms::Country> list = editedCountries();
    QList<int> tableRows; // the table row of each entry of `list` (blank rows are left out)
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int col = 0; col < ColumnCount; ++col) {
            if (const QTableWidgetItem *i = m_table->item(r, col); i && !i->text().trimmed().isEmpty()) {
                tableRows << r;
                break;
            }
        }
    }
    for (int k = 0; k < list.size(); ++k) {
        const sms::Country &c = list.at(k);
        const auto check = sms::readCountriesCsv(sms::writeCountriesCsv({c}));
        if (!check) {
            const int row = tableRows.value(k);
            m_banner->showMessage(tr("Not saved. Row %1 (%2): %3")
                                      .arg(row + 1)
                                      .arg(c.name.isEmpty() ? tr("no name") : c.name,
                                           withoutLinePrefix(check.error().message)),
                                  MessageLevel::Error);
            m_table->selectRow(row);
            m_table->scrollToItem(m_table->item(row, Name));
            return false;
        }
    }
    const Status saved = sms::SmsSettingsStore(m_store).saveCountries(list);
    if (!saved) {
        // A whole-table problem (a country listed twice): the error names the CSV line.
        const int line = saved.error().line;
        const int row = line >= 2 ? tableRows.value(line - 2, -1) : -1;
        if (row >= 0)
            m_table->selectRow(row);
        m_banner->showMessage(row >= 0 ? tr("Not saved. Row %1: %2").arg(row + 1).arg(withoutLinePrefix(saved.error().message))
                                        : tr("Not saved: %1").arg(saved.error().message),
                              MessageLevel::Error);
        return false;
    }
    m_banner->showMessage(tr("Saved %n countries. The scheduler uses them from its next run.", nullptr, int(list.size())),
                          MessageLevel::Positive);
    m_dirty = false;
    load();
    m_watcher->poll();
    return true;
}

void SmsCountriesView::revert()
{
    m_banner->hideMessage();
    m_dirty = false;
    load();
}

bool SmsCountriesView::importCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), MessageLevel::Error);
        return false;
    }
    const auto read = sms::readCountriesCsv(f.readAll(), QFileInfo(path).fileName());
    if (!read) {
        m_banner->showMessage(tr("Not imported: %1").arg(read.error().toString()), MessageLevel::Error);
        return false;
    }
    setEditedCountries(read.value());
    m_banner->showMessage(tr("Imported %n countries from %1. Save to use them.", nullptr, int(read.value().size()))
                              .arg(QFileInfo(path).fileName()),
                          MessageLevel::Information);
    return true;
}

bool SmsCountriesView::exportCsv(const QString &path)
{
    const QByteArray csv = sms::writeCountriesCsv(editedCountries());
    if (const auto check = sms::readCountriesCsv(csv); !check) {
        m_banner->showMessage(tr("Not exported: the table has a problem. %1").arg(check.error().message), MessageLevel::Error);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit()) {
        m_banner->showMessage(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()), MessageLevel::Error);
        return false;
    }
    m_banner->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), MessageLevel::Positive);
    return true;
}

void SmsCountriesView::restoreBuiltIn()
{
    setEditedCountries(sms::defaultCountries());
    if (m_dirty)
        m_banner->showMessage(tr("The built-in table is shown. Save to use it."), MessageLevel::Information);
}

void SmsCountriesView::addRow()
{
    m_filling = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int col = 0; col < ColumnCount; ++col)
        m_table->setItem(r, col, new QTableWidgetItem);
    m_filling = false;
    m_table->setCurrentCell(r, Name);
    updateState();
}

void SmsCountriesView::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int r : rows)
        m_table->removeRow(r);
    updateState();
}

void SmsCountriesView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("SmsCountries/header"), m_table->horizontalHeader()->saveState());
}

void SmsCountriesView::restoreSettings(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("SmsCountries/header")).toByteArray());
}

} // namespace sb
