#include "sms/smspreviewview.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"

#include "sms/smsplan.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include "main/icons.h"
#include "main/listtable.h"
#include "main/messagebanner.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <cstdlib>

namespace sb {

namespace {

// The form's fields: API name, label, tooltip. Dates are typed as YYYY-MM-DD.
struct FieldSpec
{
    const char *apiName;
    const char *label;
    bool date;
};

const FieldSpec kTextFields[] = {
    {"Patient_Name__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Patient name:"), false},
    {"Guardian_1_First_Name__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Guardian first name:"), false},
    {"Pronoun_he_she__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Pronoun he/she:"), false},
    {"Pronoun_him_her__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Pronoun him/her:"), false},
    {"Pronoun_his_her__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Pronoun his/her:"), false},
    {"Account.Name", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Clinic:"), false},
    {"CommCare_Case_ID__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "CommCare case id:"), false},
};

const FieldSpec kDateFields[] = {
    {"Registration_Date__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Registration date:"), true},
    {"SMS_Treatment_Start_Date__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Treatment start date:"), true},
    {"Last_Visit_Date__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Last visit date:"), true},
    {"Next_Visit_Date_New__c", QT_TRANSLATE_NOOP("sb::SmsPreviewView", "Next visit date:"), true},
};

const QString kZoneField = QStringLiteral("SMS_Timezone__c");
const QString kCountryField = QStringLiteral("Account.Country__c");

QString offsetText(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int a = std::abs(seconds) / 60;
    return QStringLiteral("%1%2:%3").arg(sign).arg(a / 60, 2, 10, QLatin1Char('0')).arg(a % 60, 2, 10, QLatin1Char('0'));
}

void setNested(QJsonObject &contact, const QString &apiName, const QString &value)
{
    const qsizetype dot = apiName.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const QString outer = apiName.left(dot);
        QJsonObject inner = contact.value(outer).toObject();
        if (value.isEmpty())
            inner.remove(apiName.mid(dot + 1));
        else
            inner.insert(apiName.mid(dot + 1), value);
        contact.insert(outer, inner);
    } else if (value.isEmpty()) {
        contact.remove(apiName);
    } else {
        contact.insert(apiName, value);
    }
}

QString dateText(QDate d)
{
    return d.toString(Qt::ISODate);
}

QLabel *valueLabel(QWidget *parent, const QString &objectName)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setWordWrap(true);
    l->setTextFormat(Qt::RichText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

SmsPreviewView::SmsPreviewView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_watcher(new StoreWatcher(store, 1000, this))
{
    setObjectName(QStringLiteral("smsPreviewView"));
    buildUi();
    refresh();
    resetToDemoContact();
    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

SmsPreviewView::~SmsPreviewView() = default;

void SmsPreviewView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh(); // the store changed while the tab was hidden
}

void SmsPreviewView::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    m_tableCombo = new QComboBox(this);
    m_tableCombo->setObjectName(QStringLiteral("previewTable"));
    m_tableCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    tableLabel->setBuddy(m_tableCombo);
    m_versionLabel = new QLabel(this);
    m_versionLabel->setObjectName(QStringLiteral("previewTableVersion"));
    auto *rowLabel = new QLabel(tr("&Message:"), this);
    m_rowCombo = new QComboBox(this);
    m_rowCombo->setObjectName(QStringLiteral("previewRow"));
    m_rowCombo->setMinimumContentsLength(34);
    m_rowCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_rowCombo->setMaxVisibleItems(25);
    m_rowCombo->setToolTip(tr("The row of the table: its group and its number in the group"));
    rowLabel->setBuddy(m_rowCombo);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("previewLanguage"));
    m_languageCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    languageLabel->setBuddy(m_languageCombo);
    auto *nowLabel = new QLabel(tr("&Now:"), this);
    m_now = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_now->setObjectName(QStringLiteral("previewNow"));
    m_now->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_now->setCalendarPopup(true);
    m_now->setToolTip(tr("The moment the scheduler runs, in this computer's time zone (%1). Change it to see what "
                         "a run on another day would decide.")
                          .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    nowLabel->setBuddy(m_now);
    auto *nowButton = new QToolButton(this);
    nowButton->setObjectName(QStringLiteral("previewNowReset"));
    nowButton->setText(tr("Now"));
    nowButton->setIcon(themedIcon(QStringLiteral("refresh"), palette().color(QPalette::ButtonText)));
    nowButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    nowButton->setToolTip(tr("Set to the current time"));
    connect(nowButton, &QToolButton::clicked, this, [this] { m_now->setDateTime(QDateTime::currentDateTime()); });

    top->addWidget(tableLabel);
    top->addWidget(m_tableCombo);
    top->addWidget(m_versionLabel);
    top->addSpacing(12);
    top->addWidget(rowLabel);
    top->addWidget(m_rowCombo, 1);
    top->addSpacing(12);
    top->addWidget(languageLabel);
    top->addWidget(m_languageCombo);
    top->addSpacing(12);
    top->addWidget(nowLabel);
    top->addWidget(m_now);
    auto *machineZone = new QLabel(QTimeZone::systemTimeZone().abbreviation(QDateTime::currentDateTime()), this);
    machineZone->setToolTip(tr("This computer's time zone: %1").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    top->addWidget(machineZone);
    top->addWidget(nowButton);
    layout->addLayout(top);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("previewBanner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("previewSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(buildContactForm());
    m_splitter->addWidget(buildOutput());
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({560, 940});
    layout->addWidget(m_splitter, 1);

    connect(m_tableCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            loadTable();
    });
    connect(m_rowCombo, &QComboBox::currentIndexChanged, this, &SmsPreviewView::recompute);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SmsPreviewView::recompute);
    connect(m_now, &QDateTimeEdit::dateTimeChanged, this, &SmsPreviewView::recompute);
}

QWidget *SmsPreviewView::buildContactForm()
{
    auto *box = new QGroupBox(tr("Contact"), this);
    auto *outer = new QVBoxLayout(box);

    auto *loadRow = new QHBoxLayout;
    auto *load = new QToolButton(box);
    load->setObjectName(QStringLiteral("previewLoadContact"));
    load->setText(tr("Load a contact…"));
    load->setIcon(themedIcon(QStringLiteral("import"), palette().color(QPalette::ButtonText)));
    load->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    load->setPopupMode(QToolButton::InstantPopup);
    load->setToolTip(tr("A Salesforce Contact as JSON (fields by API name, the clinic as Account {Name, Status__c, "
                        "Country__c}), as `switchboard sms plan` reads it"));
    auto *menu = new QMenu(load);
    menu->addAction(tr("From a JSON file…"), this, &SmsPreviewView::loadFromFile);
    menu->addAction(tr("Paste JSON…"), this, &SmsPreviewView::loadFromPaste);
    m_fromSandbox = menu->addAction(tr("From the sandbox’s Salesforce…"), this, &SmsPreviewView::loadFromSandbox);
    m_fromSandbox->setEnabled(false);
    m_fromSandbox->setToolTip(tr("Start the built-in sandbox (Sandbox page) to pick one of its contacts"));
    menu->addSeparator();
    menu->addAction(tr("Demo contact"), this, &SmsPreviewView::resetToDemoContact);
    load->setMenu(menu);
    loadRow->addWidget(load);
    m_contactSource = new QLabel(box);
    m_contactSource->setObjectName(QStringLiteral("previewContactSource"));
    m_contactSource->setWordWrap(true);
    QPalette muted = m_contactSource->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_contactSource->setPalette(muted);
    loadRow->addWidget(m_contactSource, 1);
    outer->addLayout(loadRow);

    auto *scroll = new QScrollArea(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *form = new QFormLayout(inner);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto addField = [&](const FieldSpec &spec) {
        auto *edit = new QLineEdit(inner);
        const QString api = QString::fromLatin1(spec.apiName);
        edit->setObjectName(QStringLiteral("field_") + api);
        edit->setToolTip(api);
        edit->setClearButtonEnabled(true);
        if (spec.date)
            edit->setPlaceholderText(tr("YYYY-MM-DD"));
        else
            edit->setPlaceholderText(tr("(no value)"));
        m_fields.insert(api, edit);
        auto *label = new QLabel(tr(spec.label), inner);
        label->setToolTip(api);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textChanged, this, [this, edit, date = spec.date] {
            if (date) {
                const QString t = edit->text().trimmed();
                const bool bad = !t.isEmpty() && !contactDate(t).isValid();
                edit->setStyleSheet(bad ? QStringLiteral("color: %1;").arg(MessageBanner::accentColor(MessageLevel::Error).name())
                                        : QString());
            }
            recompute();
        });
    };
    for (const FieldSpec &f : kTextFields)
        addField(f);

    m_countryCombo = new QComboBox(inner);
    m_countryCombo->setObjectName(QStringLiteral("field_Account.Country__c"));
    m_countryCombo->setToolTip(kCountryField);
    auto *countryLabel = new QLabel(tr("Country:"), inner);
    countryLabel->setToolTip(kCountryField);
    countryLabel->setBuddy(m_countryCombo);
    form->addRow(countryLabel, m_countryCombo);
    connect(m_countryCombo, &QComboBox::currentIndexChanged, this, &SmsPreviewView::countryPicked);

    m_zoneCombo = new QComboBox(inner);
    m_zoneCombo->setObjectName(QStringLiteral("field_SMS_Timezone__c"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoneCombo->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zoneCombo->addItem(QString::fromUtf8(id));
    m_zoneCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_zoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zoneCombo->lineEdit()->setPlaceholderText(tr("(empty: the country's zone)"));
    m_zoneCombo->setToolTip(tr("SMS_Timezone__c: an IANA time zone name such as Asia/Manila. Empty: the country's "
                               "default zone."));
    auto *zoneLabel = new QLabel(tr("Time zone:"), inner);
    zoneLabel->setToolTip(kZoneField);
    zoneLabel->setBuddy(m_zoneCombo);
    form->addRow(zoneLabel, m_zoneCombo);
    connect(m_zoneCombo, &QComboBox::currentTextChanged, this, &SmsPreviewView::recompute);

    for (const FieldSpec &f : kDateFields)
        addField(f);

    scroll->setWidget(inner);
    outer->addWidget(scroll, 1);
    return box;
}

QWidget *SmsPreviewView::buildOutput()
{
    auto *box = new QGroupBox(tr("Message"), this);
    auto *outer = new QVBoxLayout(box);
    m_heading = new QLabel(box);
    m_heading->setObjectName(QStringLiteral("previewHeading"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    outer->addWidget(m_heading);

    m_text = new QTextBrowser(box);
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setOpenLinks(false);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_text->setFont(textFont);
    m_text->setMinimumHeight(QFontMetrics(textFont).lineSpacing() * 4 + 16);
    m_text->setMaximumHeight(QFontMetrics(textFont).lineSpacing() * 9 + 16);
    outer->addWidget(m_text, 1);

    m_problems = valueLabel(box, QStringLiteral("previewProblems"));
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, MessageBanner::accentColor(MessageLevel::Error));
    m_problems->setPalette(red);
    outer->addWidget(m_problems);

    auto *details = new QFormLayout;
    details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    details->setLabelAlignment(Qt::AlignRight);
    m_local = valueLabel(box, QStringLiteral("previewLocal"));
    m_utc = valueLabel(box, QStringLiteral("previewUtc"));
    m_decision = valueLabel(box, QStringLiteral("previewDecision"));
    m_ssd = valueLabel(box, QStringLiteral("previewSsd"));
    m_segments = valueLabel(box, QStringLiteral("previewSegments"));
    m_sender = valueLabel(box, QStringLiteral("previewSender"));
    m_bulkId = valueLabel(box, QStringLiteral("previewBulkId"));
    details->addRow(tr("Send time (local):"), m_local);
    details->addRow(tr("Send time (UTC):"), m_utc);
    details->addRow(tr("Decision:"), m_decision);
    details->addRow(tr("Schedule start:"), m_ssd);
    details->addRow(tr("Segments:"), m_segments);
    details->addRow(tr("Sender id:"), m_sender);
    details->addRow(tr("bulkId:"), m_bulkId);
    outer->addLayout(details);

    // Every language of the row at once: what a translator has to fix before this row is
    // sendable everywhere.
    auto *allTitle = new QLabel(tr("This message in every language"), box);
    allTitle->setFont(bold);
    outer->addSpacing(6);
    outer->addWidget(allTitle);
    m_languages = new QTableWidget(0, 4, box);
    m_languages->setObjectName(QStringLiteral("previewLanguages"));
    m_languages->setHorizontalHeaderLabels({tr("Language"), tr("Segments"), tr("Characters"), tr("Problem")});
    setUpListTable(m_languages);
    const QFontMetrics fm = m_languages->fontMetrics();
    m_languages->setColumnWidth(0, fm.averageCharWidth() * 14);
    m_languages->setColumnWidth(1, fm.horizontalAdvance(QStringLiteral("3 SMS · UCS-2")) + 24);
    m_languages->setColumnWidth(2, fm.horizontalAdvance(tr("Characters")) + 24);
    m_languages->setToolTip(tr("Double-click a language to show it above"));
    connect(m_languages, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_languages->item(row, 0))
            selectLanguage(item->data(Qt::UserRole).toString());
    });
    outer->addWidget(m_languages, 2);
    return box;
}

void SmsPreviewView::refresh()
{
    m_stale = false;
    auto countries = sms::SmsSettingsStore(m_store).countries();
    if (countries) {
        if (countries.value() != m_countries) {
            m_countries = countries.value();
            fillCountries();
        }
    } else {
        m_banner->showMessage(tr("The countries table cannot be read: %1").arg(countries.error().toString()),
                              MessageLevel::Error);
    }
    reloadTables();
}

void SmsPreviewView::reloadTables()
{
    const auto names = sms::SmsTableStore(m_store).tableNames();
    if (!names) {
        m_banner->showMessage(tr("The mapping tables cannot be read: %1").arg(names.error().toString()), MessageLevel::Error);
        return;
    }
    const QString current = m_tableCombo->currentText();
    QStringList list = names.value();
    QStringList shown;
    for (int i = 0; i < m_tableCombo->count(); ++i)
        shown << m_tableCombo->itemText(i);
    if (list != shown) {
        m_filling = true;
        m_tableCombo->clear();
        m_tableCombo->addItems(list);
        int index = int(list.indexOf(current));
        if (index < 0)
            index = int(list.indexOf(QLatin1String(sms::kDefaultTableName)));
        m_tableCombo->setCurrentIndex(index < 0 ? 0 : index);
        m_filling = false;
    }
    loadTable();
}

void SmsPreviewView::loadTable()
{
    const QString name = m_tableCombo->currentText();
    if (name.isEmpty()) {
        m_haveTable = false;
        m_table = {};
        m_versionLabel->clear();
        fillRows();
        fillLanguages();
        recompute();
        return;
    }
    sms::SmsTableStore tables(m_store);
    const auto loaded = tables.load(name);
    if (!loaded) {
        m_banner->showMessage(tr("The table “%1” cannot be read: %2").arg(name, loaded.error().toString()), MessageLevel::Error);
        m_haveTable = false;
        m_table = {};
    } else {
        const bool changed = !m_haveTable || !(loaded.value() == m_table);
        m_haveTable = true;
        m_table = loaded.value();
        if (!changed) {
            recompute();
            return;
        }
    }
    const auto published = tables.currentVersion(name);
    const auto versions = tables.versions(name);
    int newest = 0;
    if (versions)
        for (const sms::TableVersion &v : versions.value())
            newest = std::max(newest, v.version);
    if (published && published.value() > 0)
        m_versionLabel->setText(tr("version %1, published").arg(published.value()));
    else
        m_versionLabel->setText(tr("version %1, not published").arg(newest));
    m_versionLabel->setToolTip(tr("The Preview uses the published version (what the scheduler uses), else the newest."));
    fillRows();
    fillLanguages();
    recompute();
}

void SmsPreviewView::fillRows()
{
    const int previous = m_rowCombo->currentIndex();
    QSignalBlocker block(m_rowCombo);
    m_rowCombo->clear();
    for (int r = 0; r < m_table.rows.size(); ++r) {
        const QString group = m_table.cell(r, QLatin1String(sms::kColumnName));
        const QString number = m_table.cell(r, QLatin1String(sms::kColumnSms));
        m_rowCombo->addItem(tr("%1 · #%2").arg(group, number), r);
        m_rowCombo->setItemData(r,
                                tr("Row %1: SSD %2, %3 days, clock %4, %5 minutes")
                                    .arg(r + 1)
                                    .arg(m_table.cell(r, QLatin1String(sms::kColumnSsd)),
                                         m_table.cell(r, QLatin1String(sms::kColumnDays)),
                                         m_table.cell(r, QLatin1String(sms::kColumnClock)),
                                         m_table.cell(r, QLatin1String(sms::kColumnMinutes))),
                                Qt::ToolTipRole);
    }
    if (m_rowCombo->count() > 0)
        m_rowCombo->setCurrentIndex(previous >= 0 && previous < m_rowCombo->count() ? previous : 0);
}

void SmsPreviewView::fillLanguages()
{
    const QString previous = m_languageCombo->currentText();
    QSignalBlocker block(m_languageCombo);
    m_languageCombo->clear();
    m_languageCombo->addItems(m_table.languageColumns());
    const int i = m_languageCombo->findText(previous);
    if (i >= 0)
        m_languageCombo->setCurrentIndex(i);
    else if (const sms::Country *c = sms::countryFor(m_countries, m_countryCombo->currentText());
             c && m_languageCombo->findText(c->defaultLanguage) >= 0)
        m_languageCombo->setCurrentIndex(m_languageCombo->findText(c->defaultLanguage));
}

void SmsPreviewView::fillCountries()
{
    const QString previous = m_countryCombo->currentText();
    QSignalBlocker block(m_countryCombo);
    m_countryCombo->clear();
    m_countryCombo->addItem(QString());
    QStringList names;
    for (const sms::Country &c : m_countries)
        names << c.name;
    names.sort(Qt::CaseInsensitive);
    m_countryCombo->addItems(names);
    const int i = m_countryCombo->findText(previous);
    if (i >= 0) {
        m_countryCombo->setCurrentIndex(i);
    } else if (!previous.isEmpty()) {
        // A loaded contact's country that the table does not know: kept, so the view says so.
        m_countryCombo->addItem(previous);
        m_countryCombo->setCurrentIndex(m_countryCombo->count() - 1);
    }
}

void SmsPreviewView::countryPicked()
{
    if (m_filling)
        return;
    // The contact's language usually is the country's default one.
    if (const sms::Country *c = sms::countryFor(m_countries, m_countryCombo->currentText())) {
        const int i = m_languageCombo->findText(c->defaultLanguage);
        if (i >= 0) {
            QSignalBlocker block(m_languageCombo);
            m_languageCombo->setCurrentIndex(i);
        }
    }
    recompute();
}

QJsonObject SmsPreviewView::contact() const
{
    QJsonObject c = m_base;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        setNested(c, it.key(), it.value()->text().trimmed());
    setNested(c, kCountryField, m_countryCombo->currentText().trimmed());
    setNested(c, kZoneField, m_zoneCombo->currentText().trimmed());
    return c;
}

void SmsPreviewView::recompute()
{
    if (m_filling)
        return;
    SmsPreviewInput in;
    in.table = m_haveTable ? &m_table : nullptr;
    in.row = m_rowCombo->currentData().isValid() ? m_rowCombo->currentData().toInt() : -1;
    in.language = m_languageCombo->currentText();
    in.contact = contact();
    in.now = m_now->dateTime();
    in.countries = m_countries;
    m_result = computeSmsPreview(in);
    const SmsPreviewResult &r = m_result;

    const QColor errorColor = MessageBanner::accentColor(MessageLevel::Error);
    const QColor warningColor = MessageBanner::accentColor(MessageLevel::Warning);
    const QColor okColor = MessageBanner::accentColor(MessageLevel::Positive);
    auto coloured = [](const QString &text, const QColor &color) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color.name(), text);
    };

    if (!r.valid) {
        m_heading->setText(m_tableCombo->count() == 0
                               ? tr("No mapping table yet: import the sheet in the Mapping table tab.")
                               : tr("The table has no rows."));
        m_text->clear();
        for (QLabel *l : {m_problems, m_local, m_utc, m_decision, m_ssd, m_segments, m_sender, m_bulkId})
            l->clear();
        m_languages->setRowCount(0);
        return;
    }

    m_heading->setText(tr("%1 · #%2 · %3 · %4")
                           .arg(r.group, r.smsNumber, r.language,
                                r.reminder ? tr("visit reminder") : tr("educational")));

    // The text, with what has no value in red.
    const QString &text = r.render.text;
    QList<bool> red(text.size(), false);
    for (const QString &m : r.render.missing) {
        const bool fragment = m == QLatin1String("}") || m.startsWith(QLatin1Char('{'));
        const QString needle = fragment ? m : QLatin1Char('{') + m + QLatin1Char('}');
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
            for (qsizetype k = at; k < at + needle.size(); ++k)
                red[k] = true;
    }
    QString html;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype j = i;
        while (j < text.size() && red[j] == red[i])
            ++j;
        QString part = showInvisible(text.mid(i, j - i)).toHtmlEscaped();
        part.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        if (red[i])
            part = QStringLiteral("<span style=\"color:%1; font-weight:600; text-decoration:underline\">%2</span>")
                       .arg(errorColor.name(), part);
        html += part;
        i = j;
    }
    if (text.isEmpty())
        html = coloured(tr("(the cell is empty in every language)").toHtmlEscaped(), errorColor);
    m_text->setHtml(html);

    QStringList problems;
    for (const QString &m : r.render.missing) {
        const bool fragment = m == QLatin1String("}") || m.startsWith(QLatin1Char('{'));
        problems << (fragment ? tr("Not sent: the brace in “%1” is not closed or opened.").arg(showInvisible(m))
                              : tr("Not sent: {%1} has no value.").arg(showInvisible(m)))
                        .toHtmlEscaped();
    }
    if (r.fellBack)
        problems << tr("The %1 translation is empty: the scheduler sends the English text and reports it.")
                        .arg(m_languageCombo->currentText())
                        .toHtmlEscaped();
    m_problems->setText(problems.join(QLatin1String("<br>")));
    m_problems->setVisible(!problems.isEmpty());

    // bulkId.
    if (r.bulkIdError.isEmpty())
        m_bulkId->setText(r.bulkId.toHtmlEscaped());
    else
        m_bulkId->setText(coloured(showInvisible(r.bulkIdError).toHtmlEscaped(), errorColor));

    // Sender.
    if (r.country)
        m_sender->setText(tr("%1 (%2)").arg(r.senderId, r.country->name).toHtmlEscaped());
    else if (r.countryName.trimmed().isEmpty())
        m_sender->setText(coloured(tr("None: the clinic has no country (Account.Country__c).").toHtmlEscaped(), errorColor));
    else
        m_sender->setText(coloured(tr("None: “%1” is not in the countries table.").arg(r.countryName).toHtmlEscaped(),
                                   errorColor));

    // Schedule start and the row's timing.
    QString ssd;
    const QString clock = r.sendInput.clock.trimmed().isEmpty()
                              ? tr("%1 (default clock)").arg(r.sendInput.defaultClock.toString(QStringLiteral("H:mm")))
                              : r.sendInput.clock.trimmed();
    QString timing = tr("%n day(s)", nullptr, r.sendInput.days) + QLatin1Char(' ') + tr("at %1").arg(clock);
    if (r.sendInput.minutes != 0)
        timing += QLatin1Char(' ') + tr("+ %n minute(s)", nullptr, r.sendInput.minutes);
    const QString source = r.ssdColumn.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0
                               ? tr("“now” → %1").arg(r.ssdField)
                               : r.ssdField;
    if (r.ssd.isValid())
        ssd = tr("%1 (%2) + %3").arg(dateText(r.ssd), source, timing);
    else
        ssd = tr("— (%1) + %2").arg(source, timing);
    if (r.reminder)
        ssd += QStringLiteral(" · ")
               + (r.appointment.isValid() ? tr("appointment %1").arg(dateText(r.appointment)) : tr("no appointment date"));
    m_ssd->setText(ssd.toHtmlEscaped());

    // Send time and decision.
    const sms::SendTime &s = r.send;
    if (s.decision == sms::SendDecision::Invalid || !s.at.isValid()) {
        m_local->setText(QStringLiteral("—"));
        m_utc->setText(QStringLiteral("—"));
    } else {
        const QString zoneNote = r.zoneFromCountry ? tr("%1, the zone of %2").arg(r.zoneId, r.countryName) : r.zoneId;
        // `at` carries only the offset; the zone names it.
        QString abbreviation = r.sendInput.zone.abbreviation(s.atUtc);
        if (abbreviation.startsWith(QLatin1Char('+')) || abbreviation.startsWith(QLatin1Char('-'))
            || abbreviation.startsWith(QLatin1String("UTC")))
            abbreviation.clear(); // an offset again, not a name
        const QString zoneText = abbreviation.isEmpty() ? zoneNote : tr("%1, %2").arg(abbreviation, zoneNote);
        m_local->setText(QStringLiteral("<b>%1 %2</b> (%3)")
                             .arg(s.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), offsetText(s.at.offsetFromUtc()),
                                  zoneText.toHtmlEscaped()));
        m_utc->setText(QStringLiteral("<b>%1</b>").arg(s.atUtc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"))));
    }
    QString decision;
    QColor decisionColor = okColor;
    switch (s.decision) {
    case sms::SendDecision::Schedule: {
        const qint64 secs = m_now->dateTime().secsTo(s.atUtc);
        const QString when = secs < 3600 ? tr("due now") : secs < 86400 ? tr("in %n hour(s)", nullptr, int(secs / 3600))
                                                                         : tr("in %n day(s)", nullptr, int(secs / 86400));
        if (s.late) {
            decision = tr("Late: its time has passed, so it is sent at the next allowed moment (%1).").arg(when);
            decisionColor = warningColor;
        } else if (s.moved) {
            decision = tr("Scheduled (%1), moved into the 08:00–20:00 local window.").arg(when);
        } else {
            decision = tr("Scheduled (%1).").arg(when);
        }
        if (s.late && s.moved)
            decision += QLatin1Char(' ') + tr("Moved into the 08:00–20:00 local window.");
        break;
    }
    case sms::SendDecision::LaterHorizon:
        decision = tr("Beyond the 180-day horizon: kept in the plan, a later run schedules it.");
        decisionColor = warningColor;
        break;
    case sms::SendDecision::SkippedPast:
        decision = tr("Skipped: %1").arg(s.reason);
        decisionColor = errorColor;
        break;
    case sms::SendDecision::Invalid:
        decision = tr("Not sent: %1").arg(s.reason);
        decisionColor = errorColor;
        break;
    }
    if (!r.render.ok() || !r.bulkIdError.isEmpty()) {
        decision += QLatin1Char(' ') + tr("The text or bulkId cannot be filled, so the scheduler skips it.");
        decisionColor = errorColor;
    }
    m_decision->setText(coloured(decision.toHtmlEscaped(), decisionColor));

    // Segments.
    const sms::SegmentCount &seg = r.segments;
    const int perSegment = seg.segments <= 1 ? (seg.ucs2 ? 70 : 160) : (seg.ucs2 ? 67 : 153);
    const int capacity = std::max(1, seg.segments) * perSegment;
    QString encoding;
    if (seg.ucs2) {
        const QString ch = seg.firstUcs2Character;
        const uint code = ch.isEmpty() ? 0 : ch.toUcs4().value(0);
        encoding = tr("UCS-2, forced by “%1” (U+%2)")
                       .arg(showInvisible(ch), QString::number(code, 16).toUpper().rightJustified(4, QLatin1Char('0')));
    } else {
        encoding = tr("GSM-7");
    }
    const QString segText = tr("%n SMS", nullptr, seg.segments) + QStringLiteral(" · ") + encoding + QStringLiteral(" · ")
                            + tr("%1 of %2 characters").arg(seg.units).arg(capacity);
    m_segments->setText(seg.segments > 1 ? coloured(segText.toHtmlEscaped(), warningColor) : segText.toHtmlEscaped());

    fillLanguageTable(in);
}

void SmsPreviewView::fillLanguageTable(SmsPreviewInput in)
{
    const QStringList languages = m_table.languageColumns();
    m_languages->setRowCount(int(languages.size()));
    const QColor errorColor = MessageBanner::accentColor(MessageLevel::Error);
    const QColor warningColor = MessageBanner::accentColor(MessageLevel::Warning);
    for (int i = 0; i < languages.size(); ++i) {
        in.language = languages.at(i);
        const QString cell = m_table.cell(in.row, in.language);
        const SmsPreviewResult r = computeSmsPreview(in);
        QString problem;
        QColor color;
        if (cell.trimmed().isEmpty()) {
            problem = tr("No translation: English is sent");
            color = warningColor;
        } else if (!r.render.ok()) {
            QStringList shown;
            for (const QString &m : r.render.missing)
                shown << (m == QLatin1String("}") || m.startsWith(QLatin1Char('{')) ? m : QLatin1Char('{') + m + QLatin1Char('}'));
            problem = tr("Not sent: no value for %1").arg(showInvisible(shown.join(QStringLiteral(", "))));
            color = errorColor;
        } else if (r.segments.segments > 1) {
            problem = tr("Longer than one SMS");
            color = warningColor;
        }
        const QString segments = tr("%n SMS", nullptr, r.segments.segments) + QStringLiteral(" · ")
                                 + (r.segments.ucs2 ? QStringLiteral("UCS-2") : QStringLiteral("GSM-7"));
        const QStringList texts{in.language, segments, QString::number(r.segments.units), problem};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = new QTableWidgetItem(texts.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, in.language);
            if (c == 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if ((c == 3 || (c == 1 && r.segments.segments > 1)) && color.isValid())
                item->setForeground(color);
            if (c == 3)
                item->setToolTip(problem);
            if (in.language == m_result.language && !m_result.fellBack) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_languages->setItem(i, c, item);
        }
    }
}

void SmsPreviewView::fillForm(const QJsonObject &c)
{
    m_filling = true;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        it.value()->setText(contactField(c, it.key()));
    const QString country = contactField(c, kCountryField);
    int i = m_countryCombo->findText(country, Qt::MatchFixedString);
    if (i < 0 && !country.isEmpty()) {
        m_countryCombo->addItem(country);
        i = m_countryCombo->count() - 1;
    }
    m_countryCombo->setCurrentIndex(std::max(0, i));
    m_zoneCombo->setCurrentText(contactField(c, kZoneField));
    // The contact's language, else the country's default.
    QString language = sms::languageColumn(contactField(c, QStringLiteral("SMS_Language__c")));
    if (language.isEmpty())
        if (const sms::Country *k = sms::countryFor(m_countries, country))
            language = k->defaultLanguage;
    if (const int l = m_languageCombo->findText(language); l >= 0)
        m_languageCombo->setCurrentIndex(l);
    m_filling = false;
    recompute();
}

void SmsPreviewView::resetToDemoContact()
{
    const QDate today = QDate::currentDate();
    QJsonObject c{
        {QStringLiteral("Patient_Name__c"), QStringLiteral("Miguel Santos")},
        {QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("Maria")},
        {QStringLiteral("Pronoun_he_she__c"), QStringLiteral("he")},
        {QStringLiteral("Pronoun_him_her__c"), QStringLiteral("him")},
        {QStringLiteral("Pronoun_his_her__c"), QStringLiteral("his")},
        {QStringLiteral("CommCare_Case_ID__c"), QStringLiteral("7f3c2a91-4e5b-4d0c-9a8e-1b2c3d4e5f60")},
        {QStringLiteral("SMS_Language__c"), QStringLiteral("Tagalog")},
        {QStringLiteral("SMS_Timezone__c"), QStringLiteral("Asia/Manila")},
        {QStringLiteral("Registration_Date__c"), dateText(today.addDays(-2))},
        {QStringLiteral("SMS_Treatment_Start_Date__c"), dateText(today)},
        {QStringLiteral("Last_Visit_Date__c"), dateText(today)},
        {QStringLiteral("Next_Visit_Date_New__c"), dateText(today.addDays(7))},
        {QStringLiteral("Account"),
         QJsonObject{{QStringLiteral("Name"), QStringLiteral("Philippine General Hospital")},
                     {QStringLiteral("Status__c"), QStringLiteral("Actively Supported")},
                     {QStringLiteral("Country__c"), QStringLiteral("Philippines")}}},
    };
    m_base = QJsonObject();
    m_contactSource->setText(tr("Demo contact: type any value, the message follows."));
    fillForm(c);
}

Status SmsPreviewView::loadContactJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    auto fail = [&](const QString &message) -> Status {
        m_banner->showMessage(message, MessageLevel::Error);
        return makeError(message);
    };
    if (doc.isNull())
        return fail(tr("The contact is not valid JSON: %1 (at character %2).").arg(error.errorString()).arg(error.offset));
    QJsonObject c;
    int count = 1;
    if (doc.isArray()) {
        count = int(doc.array().size());
        c = doc.array().first().toObject();
    } else if (doc.object().value(QStringLiteral("records")).isArray()) {
        const QJsonArray records = doc.object().value(QStringLiteral("records")).toArray();
        count = int(records.size());
        c = records.first().toObject();
    } else {
        c = doc.object();
    }
    if (c.isEmpty())
        return fail(tr("The JSON holds no contact: expected a Salesforce Contact object (fields by API name), a list "
                       "of them, or a query result with “records”."));
    m_base = c;
    const QString who = contactField(c, QStringLiteral("Patient_Name__c")).isEmpty()
                            ? contactField(c, QStringLiteral("Id"))
                            : contactField(c, QStringLiteral("Patient_Name__c"));
    QString note = source.isEmpty() ? tr("Loaded contact %1.").arg(who) : tr("Loaded contact %1 from %2.").arg(who, source);
    if (count > 1)
        note += QLatin1Char(' ') + tr("The first of %n contacts.", nullptr, count);
    m_contactSource->setText(note);
    fillForm(c);
    m_banner->hideMessage();
    return Ok{};
}

void SmsPreviewView::setSandbox(sandbox::Sandbox *sandbox)
{
    m_sandbox = sandbox;
    if (m_fromSandbox)
        m_fromSandbox->setEnabled(sandbox && sandbox->isRunning());
}

QList<QJsonObject> SmsPreviewView::sandboxContacts() const
{
    QList<QJsonObject> out;
    if (!m_sandbox || !m_sandbox->isRunning())
        return out;
    sandbox::SandboxData &data = m_sandbox->data();
    for (auto [id, contact] : data.all(QStringLiteral("salesforce"), QStringLiteral("Contact"))) {
        const QJsonObject account = data.get(QStringLiteral("salesforce"), QStringLiteral("Account"),
                                             contact.value(QStringLiteral("AccountId")).toString());
        contact.insert(QStringLiteral("Account"),
                       QJsonObject{{QStringLiteral("Name"), account.value(QStringLiteral("Name"))},
                                   {QStringLiteral("Status__c"), account.value(QStringLiteral("Status__c"))},
                                   {QStringLiteral("Country__c"), account.value(QStringLiteral("Country__c"))}});
        out << contact;
    }
    return out;
}

void SmsPreviewView::loadFromSandbox()
{
    const QList<QJsonObject> contacts = sandboxContacts();
    if (contacts.isEmpty()) {
        m_banner->showMessage(tr("The sandbox’s Salesforce has no contacts (or the sandbox is not running)."),
                              MessageLevel::Warning);
        return;
    }
    QStringList names;
    for (const QJsonObject &c : contacts)
        names << tr("%1 (%2, %3)").arg(c.value(QStringLiteral("Patient_Name__c")).toString(),
                                      c.value(QStringLiteral("CommCare_Case_ID__c")).toString(),
                                      c.value(QStringLiteral("Account")).toObject().value(QStringLiteral("Name")).toString());
    bool ok = false;
    const QString picked = QInputDialog::getItem(this, tr("A contact from the sandbox"), tr("Contact:"), names, 0, false, &ok);
    if (!ok)
        return;
    const qsizetype i = names.indexOf(picked);
    if (i < 0)
        return;
    loadContactJson(QJsonDocument(contacts.at(i)).toJson(QJsonDocument::Compact), tr("the sandbox’s Salesforce"));
}

void SmsPreviewView::loadFromFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a contact"), QString(),
                                                      tr("JSON files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_banner->showMessage(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()),
                              MessageLevel::Error);
        return;
    }
    loadContactJson(f.readAll(), QFileInfo(path).fileName());
}

void SmsPreviewView::loadFromPaste()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Paste a contact"),
                                                        tr("A Salesforce Contact as JSON (fields by API name, the clinic as "
                                                           "\"Account\": {\"Name\", \"Status__c\", \"Country__c\"}):"),
                                                        QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        loadContactJson(text.toUtf8());
}

bool SmsPreviewView::selectTable(const QString &name)
{
    const int i = m_tableCombo->findText(name);
    if (i < 0)
        return false;
    m_tableCombo->setCurrentIndex(i);
    return true;
}

bool SmsPreviewView::selectRow(int row)
{
    const int i = m_rowCombo->findData(row);
    if (i < 0)
        return false;
    m_rowCombo->setCurrentIndex(i);
    recompute();
    return true;
}

bool SmsPreviewView::selectLanguage(const QString &longName)
{
    const int i = m_languageCombo->findText(longName);
    if (i < 0)
        return false;
    m_languageCombo->setCurrentIndex(i);
    recompute();
    return true;
}

void SmsPreviewView::setContactField(const QString &apiName, const QString &value)
{
    if (apiName == kCountryField) {
        int i = m_countryCombo->findText(value, Qt::MatchFixedString);
        if (i < 0) {
            m_countryCombo->addItem(value);
            i = m_countryCombo->count() - 1;
        }
        m_countryCombo->setCurrentIndex(i);
    } else if (apiName == kZoneField) {
        m_zoneCombo->setCurrentText(value);
    } else if (QLineEdit *e = m_fields.value(apiName)) {
        e->setText(value);
    } else {
        setNested(m_base, apiName, value);
        recompute();
    }
}

QString SmsPreviewView::contactFieldText(const QString &apiName) const
{
    if (apiName == kCountryField)
        return m_countryCombo->currentText();
    if (apiName == kZoneField)
        return m_zoneCombo->currentText();
    if (QLineEdit *e = m_fields.value(apiName))
        return e->text();
    return contactField(m_base, apiName);
}

void SmsPreviewView::setNow(const QDateTime &now)
{
    m_now->setDateTime(now.toLocalTime());
    recompute();
}

void SmsPreviewView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("SmsPreview/table"), m_tableCombo->currentText());
    settings.setValue(QStringLiteral("SmsPreview/row"), m_rowCombo->currentData());
    settings.setValue(QStringLiteral("SmsPreview/language"), m_languageCombo->currentText());
    settings.setValue(QStringLiteral("SmsPreview/splitter"), m_splitter->saveState());
}

void SmsPreviewView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("SmsPreview/splitter")).toByteArray());
    const QString table = settings.value(QStringLiteral("SmsPreview/table")).toString();
    if (!table.isEmpty())
        selectTable(table);
    const QVariant row = settings.value(QStringLiteral("SmsPreview/row"));
    if (row.isValid())
        selectRow(row.toInt());
    const QString language = settings.value(QStringLiteral("SmsPreview/language")).toString();
    if (!language.isEmpty())
        selectLanguage(language);
}

} // namespace sb
