// The SMS page's Preview, Plans and Countries tabs, offscreen, on a real store holding the
// real Master Mapping Table (tests/sms/fixtures). Covers what an administrator checks: the
// exact text of a known row for a typed contact, its send time hand-computed in the
// contact's zone and in UTC, a placeholder without a value reported, the segments and the
// character that forces UCS-2; the stored plans and one contact's messages; the countries
// table edited, saved and read back, and a bad time zone refused with nothing saved.
// With SB_SCREENSHOT_DIR set, screenshot() saves sms-preview.png and sms-plans.png there.

#include "main/messagebanner.h"
#include "sandbox/sandbox.h"
#include "sms/smscountriesview.h"
#include "sms/smsplan.h"
#include "sms/smsplansmodel.h"
#include "sms/smsplansview.h"
#include "sms/smspreviewresult.h"
#include "sms/smspreviewview.h"
#include "sms/smstable.h"
#include "sms/smsview.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace sb;
using namespace sb::sms;

namespace {

QString fixture()
{
    return test::sourceDir() + QStringLiteral("/tests/sms/fixtures/master-mapping-table.csv");
}

QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

// Rows of the real sheet (0-based), checked by their group and number in the test.
constexpr int kRegistration1 = 0;  // 01 - Patient Registration #1: SSD now, day 0, blank clock
constexpr int kCastingIntro1 = 4;  // 03 - Casting Introduction #1: SSD now, day 1, 11:00
constexpr int kCampaign5 = 8;      // 04 - Casting Campaign #5: SSD now, day 3, 10:00
constexpr int kVisitBefore = 113;  // 14 - Reminder: 2 days before visit (bulkId names {visit_date})
constexpr int kVisitAfter1 = 114;  // 15 - Reminder: 5 day after missed visit #1: Next_Visit + 5, 9:00

QString labelText(QWidget *view, const char *name)
{
    auto *l = view->findChild<QLabel *>(QString::fromLatin1(name));
    return l ? l->text() : QStringLiteral("<no label %1>").arg(QString::fromLatin1(name));
}

PlannedMessage message(int row, const QString &group, MessageState state, const QString &bulkId, const QString &text,
                       const QDateTime &at, const QString &zone, const QString &reason = QString())
{
    PlannedMessage m;
    m.row = row;
    m.group = group;
    m.state = state;
    m.bulkId = bulkId;
    m.text = text;
    m.reason = reason;
    m.language = QStringLiteral("English");
    m.timeZone = zone;
    m.to = QStringLiteral("639171234567");
    m.from = QStringLiteral("PNGOC");
    if (at.isValid()) {
        m.sendAtUtc = at.toUTC();
        m.sendAtLocal = at.toTimeZone(QTimeZone(zone.toUtf8()));
    }
    return m;
}

} // namespace

class TestUiSmsPreview final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void previewOfAKnownRowForATypedContact();
    void missingPlaceholderIsReported();
    void ucs2AndTheCountryZoneAndSender();
    void reminderUsesTheAppointment();
    void contactLoadedFromJson();
    void badJsonIsRefused();
    void contactFromTheSandbox();
    void plansEmptyState();
    void plansListAndDetail();
    void countriesEditSaveReload();
    void badTimeZoneIsRefusedAndNothingSaved();
    void countriesCsvRoundTrip();
    void screenshot();

private:
    void publishSheet();
    void typeManilaContact(SmsPreviewView *view);
    QList<ContactPlan> realisticPlans(const QDateTime &now) const;

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    SmsTable m_sheet;
};

void TestUiSmsPreview::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto opened = Store::open(m_dir->file(QStringLiteral("switchboard.db")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_store = std::move(opened.value());
    const auto sheet = readTableFile(fixture());
    QVERIFY2(sheet, qPrintable(sheet ? QString() : sheet.error().toString()));
    m_sheet = sheet.value();
    QCOMPARE(m_sheet.cell(kCastingIntro1, QStringLiteral("Name")), QStringLiteral("03 - Casting Introduction"));
    QCOMPARE(m_sheet.cell(kCastingIntro1, QStringLiteral("# SMS")), QStringLiteral("1"));
    QCOMPARE(m_sheet.cell(kVisitAfter1, QStringLiteral("Name")), QStringLiteral("15 - Reminder: 5 day after missed visit"));
}

void TestUiSmsPreview::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestUiSmsPreview::publishSheet()
{
    SmsTableStore tables(*m_store);
    // An older draft of another table first, so the default name has to be picked, not the first.
    QVERIFY(tables.saveVersion(QStringLiteral("A draft"), m_sheet, QStringLiteral("draft")));
    const auto v = tables.saveVersion(QLatin1String(kDefaultTableName), m_sheet, QStringLiteral("imported"));
    QVERIFY(v);
    QVERIFY(tables.publish(QLatin1String(kDefaultTableName), v.value()));
}

void TestUiSmsPreview::typeManilaContact(SmsPreviewView *view)
{
    view->setContactField(QStringLiteral("Patient_Name__c"), QStringLiteral("Miguel Santos"));
    view->setContactField(QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("Maria"));
    view->setContactField(QStringLiteral("Account.Name"), QStringLiteral("Philippine General Hospital"));
    view->setContactField(QStringLiteral("Account.Country__c"), QStringLiteral("Philippines"));
    view->setContactField(QStringLiteral("SMS_Timezone__c"), QStringLiteral("Asia/Manila"));
    view->setContactField(QStringLiteral("CommCare_Case_ID__c"), QStringLiteral("case-0042"));
    view->setContactField(QStringLiteral("Registration_Date__c"), QStringLiteral("2026-02-27"));
    view->setContactField(QStringLiteral("SMS_Treatment_Start_Date__c"), QStringLiteral("2026-03-02"));
    view->setContactField(QStringLiteral("Next_Visit_Date_New__c"), QStringLiteral("2026-03-10"));
    view->setNow(utc(2026, 3, 2, 1)); // 09:00 in Manila
}

void TestUiSmsPreview::previewOfAKnownRowForATypedContact()
{
    publishSheet();
    SmsPreviewView view(*m_store);
    view.resize(1400, 860);
    view.show();
    QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("previewTable"))->currentText(), QLatin1String(kDefaultTableName));
    typeManilaContact(&view);
    QVERIFY(view.selectRow(kCastingIntro1));
    QVERIFY(view.selectLanguage(QStringLiteral("English")));

    const SmsPreviewResult &r = view.result();
    QVERIFY(r.valid);
    QCOMPARE(r.render.text, QStringLiteral("Hi Maria. Serial plaster casting is the first phase of clubfoot treatment. Most "
                                           "babies need 5-7 casts to correct their feet, but every child is different."));
    QVERIFY(r.render.missing.isEmpty());
    QCOMPARE(view.findChild<QTextBrowser *>(QStringLiteral("previewText"))->toPlainText(), r.render.text);
    QCOMPARE(r.bulkId, QStringLiteral("casting_intro-1-case-0042"));
    QVERIFY(labelText(&view, "previewBulkId").contains(QStringLiteral("casting_intro-1-case-0042")));

    // SSD "now" → the treatment start 2026-03-02, + 1 day at 11:00 in Manila (UTC+8, no DST)
    // = 2026-03-03 11:00 +08:00 = 03:00 UTC.
    QCOMPARE(r.ssdField, QStringLiteral("SMS_Treatment_Start_Date__c"));
    QCOMPARE(r.send.decision, SendDecision::Schedule);
    QCOMPARE(r.send.atUtc, utc(2026, 3, 3, 3));
    QCOMPARE(r.send.at.date(), QDate(2026, 3, 3));
    QCOMPARE(r.send.at.time(), QTime(11, 0));
    QVERIFY2(labelText(&view, "previewLocal").contains(QStringLiteral("2026-03-03 11:00 +08:00")),
             qPrintable(labelText(&view, "previewLocal")));
    QVERIFY(labelText(&view, "previewLocal").contains(QStringLiteral("Asia/Manila")));
    QVERIFY2(labelText(&view, "previewUtc").contains(QStringLiteral("2026-03-03 03:00 UTC")),
             qPrintable(labelText(&view, "previewUtc")));
    QVERIFY2(labelText(&view, "previewDecision").contains(QStringLiteral("Scheduled")),
             qPrintable(labelText(&view, "previewDecision")));
    QVERIFY(labelText(&view, "previewSsd").contains(QStringLiteral("2026-03-02")));

    // 154 GSM-7 characters: one SMS.
    QCOMPARE(r.segments.segments, 1);
    QVERIFY(!r.segments.ucs2);
    QVERIFY2(labelText(&view, "previewSegments").contains(QStringLiteral("1 SMS · GSM-7 · 154 of 160 characters")),
             qPrintable(labelText(&view, "previewSegments")));
    QVERIFY(labelText(&view, "previewSender").contains(QStringLiteral("PNGOC")));

    // The same row in Tagalog: 218 characters, two GSM-7 segments.
    QVERIFY(view.selectLanguage(QStringLiteral("Tagalog")));
    QVERIFY(view.result().render.text.startsWith(QStringLiteral("Kumusta, Maria. Ang serial plaster casting")));
    QCOMPARE(view.result().segments.segments, 2);
    QVERIFY(labelText(&view, "previewSegments").contains(QStringLiteral("218 of 306")));

    // Registration rows (01/02) start from the registration date; a blank clock is 10:00.
    QVERIFY(view.selectRow(kRegistration1));
    QCOMPARE(view.result().ssdField, QStringLiteral("Registration_Date__c"));
    QCOMPARE(view.result().send.at.date(), QDate(2026, 2, 27));
    // 2026-02-27 10:00 Manila is more than a day before now: skipped.
    QCOMPARE(view.result().send.decision, SendDecision::SkippedPast);
    QVERIFY(labelText(&view, "previewDecision").contains(QStringLiteral("Skipped")));

    // A later "now" moves the casting message past: within 24 h it is late, sent at the next minute.
    QVERIFY(view.selectRow(kCastingIntro1));
    view.setNow(utc(2026, 3, 3, 5, 30)); // 13:30 in Manila
    QCOMPARE(view.result().send.decision, SendDecision::Schedule);
    QVERIFY(view.result().send.late);
    QCOMPARE(view.result().send.atUtc, utc(2026, 3, 3, 5, 31));
    QVERIFY(labelText(&view, "previewDecision").contains(QStringLiteral("Late")));

    // Far ahead: beyond the 180-day horizon.
    view.setNow(utc(2025, 6, 1, 0));
    QCOMPARE(view.result().send.decision, SendDecision::LaterHorizon);
    QVERIFY(labelText(&view, "previewDecision").contains(QStringLiteral("180-day")));
}

void TestUiSmsPreview::missingPlaceholderIsReported()
{
    publishSheet();
    SmsPreviewView view(*m_store);
    view.show();
    typeManilaContact(&view);
    QVERIFY(view.selectRow(kCastingIntro1));
    QVERIFY(view.selectLanguage(QStringLiteral("English")));
    view.setContactField(QStringLiteral("Guardian_1_First_Name__c"), QString());
    QCOMPARE(view.result().render.missing, QStringList{QStringLiteral("Guardian_1_First_Name__c")});
    QVERIFY(view.result().render.text.startsWith(QStringLiteral("Hi {Guardian_1_First_Name__c}.")));
    QVERIFY2(labelText(&view, "previewProblems").contains(QStringLiteral("Not sent: {Guardian_1_First_Name__c} has no value.")),
             qPrintable(labelText(&view, "previewProblems")));
    // Shown in red in the text.
    const QString html = view.findChild<QTextBrowser *>(QStringLiteral("previewText"))->toHtml();
    QVERIFY(html.contains(MessageBanner::accentColor(MessageLevel::Error).name(), Qt::CaseInsensitive));
    QVERIFY(labelText(&view, "previewDecision").contains(QStringLiteral("skips it")));

    // A bulkId template naming an unknown field: the error is shown, no bulkId.
    view.setContactField(QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("Maria"));
    QVERIFY(view.selectRow(kVisitBefore));
    QVERIFY(view.result().bulkId.isEmpty());
    QVERIFY(view.result().bulkIdError.contains(QStringLiteral("visit_date")));
    QVERIFY(labelText(&view, "previewBulkId").contains(QStringLiteral("visit_date")));
}

void TestUiSmsPreview::ucs2AndTheCountryZoneAndSender()
{
    publishSheet();
    SmsPreviewView view(*m_store);
    view.show();
    typeManilaContact(&view);
    // A Dakar contact with no zone of their own: Senegal's zone (UTC+0) and sender.
    view.setContactField(QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("Awa"));
    view.setContactField(QStringLiteral("Account.Country__c"), QStringLiteral("Senegal"));
    view.setContactField(QStringLiteral("SMS_Timezone__c"), QString());
    QVERIFY(view.selectRow(kCastingIntro1));
    QVERIFY(view.selectLanguage(QStringLiteral("French")));
    const SmsPreviewResult &r = view.result();
    QCOMPARE(r.zoneId, QStringLiteral("Africa/Dakar"));
    QVERIFY(r.zoneFromCountry);
    QCOMPARE(r.senderId, QStringLiteral("laagotankSN"));
    QCOMPARE(r.send.atUtc, utc(2026, 3, 3, 11));
    QVERIFY2(labelText(&view, "previewLocal").contains(QStringLiteral("2026-03-03 11:00 +00:00")),
             qPrintable(labelText(&view, "previewLocal")));
    QVERIFY(labelText(&view, "previewLocal").contains(QStringLiteral("Senegal")));
    // "plâtre": â is not in GSM-7, so the 200 characters go as UCS-2 in three parts of 67.
    QVERIFY(r.segments.ucs2);
    QCOMPARE(r.segments.firstUcs2Character, QStringLiteral("â"));
    QCOMPARE(r.segments.segments, 3);
    const QString seg = labelText(&view, "previewSegments");
    QVERIFY2(seg.contains(QStringLiteral("3 SMS")) && seg.contains(QStringLiteral("UCS-2")) && seg.contains(QStringLiteral("U+00E2"))
                 && seg.contains(QStringLiteral("200 of 201")),
             qPrintable(seg));
    QVERIFY(labelText(&view, "previewSender").contains(QStringLiteral("laagotankSN")));
    // Every language of the row, with its own segments and problems.
    auto *all = view.findChild<QTableWidget *>(QStringLiteral("previewLanguages"));
    QVERIFY(all);
    QCOMPARE(all->rowCount(), int(m_sheet.languageColumns().size()));
    bool sawFrench = false;
    for (int i = 0; i < all->rowCount(); ++i) {
        if (all->item(i, 0)->text() == QLatin1String("French")) {
            sawFrench = true;
            QCOMPARE(all->item(i, 1)->text(), QStringLiteral("3 SMS · UCS-2"));
            QCOMPARE(all->item(i, 2)->text(), QStringLiteral("200"));
        }
    }
    QVERIFY(sawFrench);

    // A country the table does not know: no sender, no zone, said so.
    view.setContactField(QStringLiteral("Account.Country__c"), QStringLiteral("Atlantis"));
    QCOMPARE(view.result().send.decision, SendDecision::Invalid);
    QVERIFY(labelText(&view, "previewSender").contains(QStringLiteral("Atlantis")));
    QVERIFY(labelText(&view, "previewDecision").contains(QStringLiteral("No time zone")));
    // A zone typed wrong.
    view.setContactField(QStringLiteral("SMS_Timezone__c"), QStringLiteral("Asia/Manilla"));
    QCOMPARE(view.result().send.decision, SendDecision::Invalid);
    QVERIFY(labelText(&view, "previewDecision").contains(QStringLiteral("Asia/Manilla")));
}

void TestUiSmsPreview::reminderUsesTheAppointment()
{
    publishSheet();
    SmsPreviewView view(*m_store);
    view.show();
    typeManilaContact(&view);
    QVERIFY(view.selectRow(kVisitAfter1));
    QVERIFY(view.selectLanguage(QStringLiteral("English")));
    const SmsPreviewResult &r = view.result();
    QVERIFY(r.reminder);
    QVERIFY(!r.educational);
    QCOMPARE(r.appointment, QDate(2026, 3, 10));
    QCOMPARE(r.render.text, QStringLiteral("Hi Maria. We are sorry you missed Miguel's appointment on 10/03/2026."));
    QCOMPARE(r.bulkId, QStringLiteral("visitAfter1-case-0042-2026-03-10"));
    // 2026-03-10 + 5 days at 9:00 Manila = 2026-03-15 01:00 UTC.
    QCOMPARE(r.send.atUtc, utc(2026, 3, 15, 1));
    QVERIFY(labelText(&view, "previewSsd").contains(QStringLiteral("appointment 2026-03-10")));
}

void TestUiSmsPreview::contactLoadedFromJson()
{
    publishSheet();
    SmsPreviewView view(*m_store);
    view.show();
    const QByteArray json = R"({"totalSize": 1, "done": true, "records": [{
        "Id": "003Hs00004XyZ1AAA", "CommCare_Case_ID__c": "c5d1-77", "Patient_Name__c": "Fatou Ndiaye",
        "Guardian_1_First_Name__c": "Aminata", "SMS_Language__c": "FRA", "SMS_Timezone__c": null,
        "SMS_Treatment_Start_Date__c": "2026-03-02", "Registration_Date__c": "2026-02-20",
        "Account": {"Name": "Hôpital Albert Royer", "Status__c": "Actively Supported", "Country__c": "Senegal"}}]})";
    const Status loaded = view.loadContactJson(json, QStringLiteral("contact.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(view.contactFieldText(QStringLiteral("Patient_Name__c")), QStringLiteral("Fatou Ndiaye"));
    QCOMPARE(view.contactFieldText(QStringLiteral("Account.Country__c")), QStringLiteral("Senegal"));
    QCOMPARE(view.findChild<QComboBox *>(QStringLiteral("previewLanguage"))->currentText(), QStringLiteral("French"));
    view.setNow(utc(2026, 3, 1, 12));
    QVERIFY(view.selectRow(kCampaign5));
    QCOMPARE(view.result().render.text,
             QStringLiteral("Bonjour, Aminata. Il est normal que les enfants ne soient pas très en forme après avoir reçu un "
                            "nouveau plâtre. Fatou se sentira mieux après quelques jours."));
    QCOMPARE(view.result().bulkId, QStringLiteral("casting_intro-5-c5d1-77"));
    QCOMPARE(view.result().send.atUtc, utc(2026, 3, 5, 10)); // + 3 days at 10:00, Dakar is UTC+0
    QVERIFY(labelText(&view, "previewContactSource").contains(QStringLiteral("Fatou Ndiaye")));
}

void TestUiSmsPreview::badJsonIsRefused()
{
    publishSheet();
    SmsPreviewView view(*m_store);
    view.show();
    const Status bad = view.loadContactJson("{\"Patient_Name__c\": ");
    QVERIFY(!bad.ok());
    QVERIFY(view.banner()->isVisibleTo(&view));
    QCOMPARE(view.banner()->level(), MessageLevel::Error);
    QVERIFY(view.banner()->text().contains(QStringLiteral("not valid JSON")));
    QVERIFY(!view.loadContactJson("[]").ok());
    QVERIFY(view.banner()->text().contains(QStringLiteral("no contact")));
}

// The sandbox's Salesforce contacts, with the clinic nested as the scheduler reads them.
void TestUiSmsPreview::contactFromTheSandbox()
{
    publishSheet();
    sandbox::Sandbox box;
    const Status started = box.start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    SmsPreviewView view(*m_store);
    view.show();
    QVERIFY(view.sandboxContacts().isEmpty());
    view.setSandbox(&box);
    const QList<QJsonObject> contacts = view.sandboxContacts();
    QVERIFY(contacts.size() >= 4);
    QJsonObject amina;
    for (const QJsonObject &c : contacts)
        if (c.value(QStringLiteral("CommCare_Case_ID__c")).toString() == QStringLiteral("sandbox-case-0001"))
            amina = c;
    QCOMPARE(amina.value(QStringLiteral("Account")).toObject().value(QStringLiteral("Country__c")).toString(),
             QStringLiteral("Nigeria"));
    QVERIFY(view.loadContactJson(QJsonDocument(amina).toJson(), QStringLiteral("the sandbox")).ok());
    QCOMPARE(view.contactFieldText(QStringLiteral("Guardian_1_First_Name__c")), QStringLiteral("Hauwa"));
    view.setSandbox(nullptr);
    QVERIFY(view.sandboxContacts().isEmpty());
}

void TestUiSmsPreview::plansEmptyState()
{
    SmsPlansView view(*m_store);
    view.show();
    QVERIFY(view.isEmptyStateShown());
    auto *empty = view.findChild<QLabel *>(QStringLiteral("plansEmpty"));
    QVERIFY(empty && empty->text().contains(QStringLiteral("switchboard sms plan")));
}

void TestUiSmsPreview::plansListAndDetail()
{
    const QString manila = QStringLiteral("Asia/Manila");
    ContactPlan a;
    a.contactId = QStringLiteral("case-0042");
    a.contactName = QStringLiteral("Miguel Santos");
    a.clinic = QStringLiteral("Philippine General Hospital");
    a.messages = {
        message(5, QStringLiteral("03 - Casting Introduction"), MessageState::Sent, QStringLiteral("casting_intro-1-case-0042"),
                QStringLiteral("Hi Maria. Serial plaster casting is the first phase."), utc(2026, 3, 3, 3), manila,
                QStringLiteral("sent by Infobip")),
        message(9, QStringLiteral("04 - Casting Campaign"), MessageState::Scheduled, QStringLiteral("casting_intro-5-case-0042"),
                QStringLiteral("Hi Maria. It is normal for children to be fussy."), utc(2099, 3, 5, 2), manila),
        message(28, QStringLiteral("07 - Bracing All Day Campaign"), MessageState::Cancelled,
                QStringLiteral("bracing_day-1-case-0042"), QString(), utc(2099, 4, 1, 2), manila,
                QStringLiteral("treatment is now Casting")),
    };
    ContactPlan b;
    b.contactId = QStringLiteral("c5d1-77");
    b.contactName = QStringLiteral("Fatou Ndiaye");
    b.clinic = QStringLiteral("Hôpital Albert Royer");
    b.messages = {message(1, QStringLiteral("01 - Patient Registration"), MessageState::Skipped,
                          QStringLiteral("registration-1-c5d1-77"), QString(), QDateTime(), QStringLiteral("Africa/Dakar"),
                          QStringLiteral("{Guardian_1_First_Name__c} has no value"))};
    QVERIFY(SmsPlanStore(*m_store).save({a, b}));

    SmsPlansView view(*m_store);
    QAbstractItemModelTester contactsTester(view.contactsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester messagesTester(view.messagesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.resize(1400, 800);
    view.show();
    view.refresh();
    QVERIFY(!view.isEmptyStateShown());
    SmsPlanContactsModel *contacts = view.contactsModel();
    QCOMPARE(contacts->rowCount(), 2);
    const int row = contacts->rowOfContact(QStringLiteral("case-0042"));
    QVERIFY(row >= 0);
    auto cell = [&](int column) { return contacts->data(contacts->index(row, column)).toString(); };
    QCOMPARE(cell(SmsPlanContactsModel::Name), QStringLiteral("Miguel Santos"));
    QCOMPARE(cell(SmsPlanContactsModel::Clinic), QStringLiteral("Philippine General Hospital"));
    QCOMPARE(cell(SmsPlanContactsModel::Sent), QStringLiteral("1"));
    QCOMPARE(cell(SmsPlanContactsModel::Scheduled), QStringLiteral("1"));
    QCOMPARE(cell(SmsPlanContactsModel::Cancelled), QStringLiteral("1"));
    QCOMPARE(cell(SmsPlanContactsModel::Skipped), QString());
    QCOMPARE(cell(SmsPlanContactsModel::NextSend), utc(2099, 3, 5, 2).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    QVERIFY(view.selectContact(QStringLiteral("case-0042")));
    SmsPlanMessagesModel *messages = view.messagesModel();
    QCOMPARE(messages->rowCount(), 3);
    auto mcell = [&](int r, int column) { return messages->data(messages->index(r, column)).toString(); };
    QCOMPARE(mcell(0, SmsPlanMessagesModel::BulkId), QStringLiteral("casting_intro-1-case-0042"));
    QCOMPARE(mcell(0, SmsPlanMessagesModel::State), stateTitle(MessageState::Sent));
    QCOMPARE(mcell(0, SmsPlanMessagesModel::SendLocal), QStringLiteral("2026-03-03 11:00 +08:00 Asia/Manila"));
    QCOMPARE(mcell(0, SmsPlanMessagesModel::SendUtc), QStringLiteral("2026-03-03 03:00 UTC"));
    QCOMPARE(messages->data(messages->index(0, SmsPlanMessagesModel::State), Qt::ForegroundRole).value<QColor>(),
             SmsPlanMessagesModel::stateColor(MessageState::Sent));
    QCOMPARE(mcell(2, SmsPlanMessagesModel::Reason), QStringLiteral("treatment is now Casting"));

    QVERIFY(view.selectMessage(1));
    QVERIFY2(view.detailText().contains(QStringLiteral("Hi Maria. It is normal for children to be fussy.")),
             qPrintable(view.detailText()));
    QVERIFY(view.detailText().contains(QStringLiteral("casting_intro-5-case-0042")));
    QVERIFY(view.selectMessage(2));
    QVERIFY(view.detailText().contains(QStringLiteral("treatment is now Casting")));

    // The filter is applied by the store (id, name or clinic).
    view.setFilter(QStringLiteral("Albert"));
    QCOMPARE(contacts->rowCount(), 1);
    QCOMPARE(contacts->rows().first().contactId, QStringLiteral("c5d1-77"));
    QVERIFY(view.selectContact(QStringLiteral("c5d1-77")));
    QCOMPARE(messages->rowCount(), 1);
    QCOMPARE(mcell(0, SmsPlanMessagesModel::State), stateTitle(MessageState::Skipped));
    view.setFilter(QStringLiteral("nobody-has-this"));
    QCOMPARE(contacts->rowCount(), 0);
    QVERIFY(!view.isEmptyStateShown()); // "no match", not "no plans"
}

void TestUiSmsPreview::countriesEditSaveReload()
{
    SmsCountriesView view(*m_store);
    view.show();
    QVERIFY(view.statusText().contains(QStringLiteral("Built-in")));
    QCOMPARE(view.editedCountries(), defaultCountries());
    QVERIFY(!view.isDirty());

    QTableWidget *table = view.table();
    int senegal = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, SmsCountriesView::Name)->text() == QLatin1String("Senegal"))
            senegal = r;
    QVERIFY(senegal >= 0);
    table->item(senegal, SmsCountriesView::SenderId)->setText(QStringLiteral("PIEDBOTSN"));
    table->item(senegal, SmsCountriesView::Language)->setText(QStringLiteral("French"));
    QVERIFY(view.isDirty());
    QVERIFY(view.findChild<QLabel *>(QStringLiteral("countriesUnsaved"))->isVisibleTo(&view));
    view.addRow();
    const int added = table->rowCount() - 1;
    const QStringList cells{QStringLiteral("Ethiopia"), QStringLiteral("251"), QStringLiteral("CUREETH"),
                            QStringLiteral("Africa/Addis_Ababa"), QStringLiteral("English")};
    for (int c = 0; c < cells.size(); ++c)
        table->item(added, c)->setText(cells.at(c));
    view.addRow(); // left blank: ignored
    QVERIFY(view.save());
    QVERIFY(!view.isDirty());
    QCOMPARE(view.banner()->level(), MessageLevel::Positive);

    const auto stored = SmsSettingsStore(*m_store).countries();
    QVERIFY(stored);
    QVERIFY(!SmsSettingsStore(*m_store).countriesAreDefault());
    QCOMPARE(stored.value().size(), defaultCountries().size() + 1);
    const Country *sn = countryFor(stored.value(), QStringLiteral("senegal"));
    QVERIFY(sn);
    QCOMPARE(sn->senderId, QStringLiteral("PIEDBOTSN"));
    QCOMPARE(sn->defaultLanguage, QStringLiteral("French"));
    QVERIFY(countryFor(stored.value(), QStringLiteral("Ethiopia")));

    SmsCountriesView again(*m_store);
    QCOMPARE(again.editedCountries(), stored.value());
    QVERIFY(again.statusText().contains(QStringLiteral("Saved table")));

    // Revert drops edits.
    again.table()->item(0, SmsCountriesView::DialCode)->setText(QStringLiteral("999"));
    QVERIFY(again.isDirty());
    again.revert();
    QVERIFY(!again.isDirty());
    QCOMPARE(again.editedCountries(), stored.value());

    // Restore the built-in table, then save it.
    again.restoreBuiltIn();
    QVERIFY(again.isDirty());
    QCOMPARE(again.editedCountries(), defaultCountries());
    QVERIFY(again.save());
    QCOMPARE(SmsSettingsStore(*m_store).countries().value(), defaultCountries());
}

void TestUiSmsPreview::badTimeZoneIsRefusedAndNothingSaved()
{
    SmsCountriesView view(*m_store);
    view.show();
    QTableWidget *table = view.table();
    const int row = 8; // the ninth country
    const QString name = table->item(row, SmsCountriesView::Name)->text();
    table->item(row, SmsCountriesView::TimeZone)->setText(QStringLiteral("Africa/Dakkar"));
    table->item(0, SmsCountriesView::SenderId)->setText(QStringLiteral("CHANGED"));
    QVERIFY(!view.save());
    QVERIFY(view.isDirty());
    QCOMPARE(view.banner()->level(), MessageLevel::Error);
    const QString text = view.banner()->text();
    QVERIFY2(text.contains(QStringLiteral("Row %1").arg(row + 1)) && text.contains(name) && text.contains(QStringLiteral("Africa/Dakkar"))
                 && text.contains(QStringLiteral("IANA")),
             qPrintable(text));
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), row);
    // Nothing saved: not even the valid change of row 1.
    QVERIFY(SmsSettingsStore(*m_store).countriesAreDefault());
    QCOMPARE(SmsSettingsStore(*m_store).countries().value(), defaultCountries());

    // A country listed twice is a whole-table problem; still refused, row named.
    table->item(row, SmsCountriesView::TimeZone)->setText(QStringLiteral("Africa/Dakar"));
    table->item(row, SmsCountriesView::Name)->setText(table->item(0, SmsCountriesView::Name)->text());
    QVERIFY(!view.save());
    QVERIFY2(view.banner()->text().contains(QStringLiteral("twice")), qPrintable(view.banner()->text()));
    QVERIFY(SmsSettingsStore(*m_store).countriesAreDefault());
}

void TestUiSmsPreview::countriesCsvRoundTrip()
{
    SmsCountriesView view(*m_store);
    view.table()->item(0, SmsCountriesView::SenderId)->setText(QStringLiteral("GAMBIACF"));
    const QString path = m_dir->file(QStringLiteral("countries.csv"));
    QVERIFY(view.exportCsv(path));
    const QByteArray written = test::readFile(path);
    QVERIFY(written.startsWith("Country,Dial code,Sender id,Time zone,Default language"));
    QVERIFY(written.contains("GAMBIACF"));

    SmsCountriesView other(*m_store);
    QVERIFY(other.importCsv(path));
    QVERIFY(other.isDirty());
    QCOMPARE(other.editedCountries().first().senderId, QStringLiteral("GAMBIACF"));

    QVERIFY(m_dir->write(QStringLiteral("bad.csv"), "Country,Dial code,Sender id,Time zone,Default language\n"
                                                    "Kenya,+254,KE,Africa/Nairobi,Swahili\n"));
    QVERIFY(!other.importCsv(m_dir->file(QStringLiteral("bad.csv"))));
    QVERIFY(other.banner()->text().contains(QStringLiteral("+254")));
    QCOMPARE(other.editedCountries().first().senderId, QStringLiteral("GAMBIACF")); // unchanged
}

QList<ContactPlan> TestUiSmsPreview::realisticPlans(const QDateTime &now) const
{
    struct Person
    {
        const char *id, *name, *guardian, *clinic, *country, *zone, *language;
        int startDaysAgo; // treatment start
        int firstRow, lastRow; // 0-based rows of the sheet
        const char *cancelReason;
    };
    const Person people[] = {
        {"7f3c2a91-4e5b", "Miguel Santos", "Maria", "Philippine General Hospital", "Philippines", "Asia/Manila", "Tagalog", 12,
         4, 22, nullptr},
        {"b81e44d0-93aa", "Awa Diop", "Fatou", "Hôpital d'Enfants Albert Royer", "Senegal", "Africa/Dakar", "French", 2, 4, 22,
         nullptr},
        {"0c9d7e12-5f61", "Chinedu Okafor", "Ngozi", "Lagos University Teaching Hospital", "Nigeria", "Africa/Lagos",
         "English", 40, 49, 108, nullptr},
        {"5a2b8c3d-11fe", "Sita Shrestha", "Gita", "HRDC Banepa", "Nepal", "Asia/Kathmandu", "Nepali", 20, 4, 22,
         "treatment is now Bracing Day"},
        {"e4f5a6b7-2c3d", "Juma Mwinyi", "Amina", "CCBRT Dar es Salaam", "Tanzania", "Africa/Dar_es_Salaam", "Swahili", 5, 24,
         48, nullptr},
        {"91ab0c2d-7e8f", "Jose Reyes", "", "Southern Philippines Medical Center", "Philippines", "Asia/Manila", "Tagalog", 1,
         4, 10, nullptr},
    };
    QList<ContactPlan> plans;
    const QList<Country> &countries = defaultCountries();
    for (const Person &p : people) {
        QJsonObject c{
            {QStringLiteral("CommCare_Case_ID__c"), QString::fromUtf8(p.id)},
            {QStringLiteral("Patient_Name__c"), QString::fromUtf8(p.name)},
            {QStringLiteral("Guardian_1_First_Name__c"), QString::fromUtf8(p.guardian)},
            {QStringLiteral("SMS_Timezone__c"), QString::fromUtf8(p.zone)},
            {QStringLiteral("SMS_Treatment_Start_Date__c"), now.date().addDays(-p.startDaysAgo).toString(Qt::ISODate)},
            {QStringLiteral("Pronoun_he_she__c"), QStringLiteral("he")},
            {QStringLiteral("Pronoun_him_her__c"), QStringLiteral("him")},
            {QStringLiteral("Pronoun_his_her__c"), QStringLiteral("his")},
            {QStringLiteral("Next_Visit_Date_New__c"), now.date().addDays(5).toString(Qt::ISODate)},
            {QStringLiteral("Account"),
             QJsonObject{{QStringLiteral("Name"), QString::fromUtf8(p.clinic)}, {QStringLiteral("Country__c"), QString::fromUtf8(p.country)}}},
        };
        ContactPlan plan;
        plan.contactId = QString::fromUtf8(p.id);
        plan.contactName = QString::fromUtf8(p.name);
        plan.clinic = QString::fromUtf8(p.clinic);
        for (int row = p.firstRow; row <= p.lastRow; ++row) {
            SmsPreviewInput in;
            in.table = &m_sheet;
            in.row = row;
            in.language = QString::fromUtf8(p.language);
            in.contact = c;
            in.now = now;
            in.countries = countries;
            const SmsPreviewResult r = computeSmsPreview(in);
            PlannedMessage m;
            m.row = row + 1;
            m.group = r.group;
            m.bulkId = r.bulkId.isEmpty() ? QStringLiteral("row-%1").arg(row + 1) : r.bulkId;
            m.language = r.language;
            m.to = (r.country ? r.country->dialCode : QString()) + QStringLiteral("7012345678");
            m.from = r.senderId;
            m.text = r.render.ok() ? r.render.text : QString();
            m.timeZone = r.zoneId;
            m.educational = r.educational;
            if (r.send.at.isValid()) {
                m.sendAtUtc = r.send.atUtc;
                m.sendAtLocal = r.send.at;
            }
            // As a plan looks some days into the campaign: what was due is sent by now.
            if (!r.render.ok()) {
                m.state = MessageState::Skipped;
                m.reason = QStringLiteral("the text cannot be filled: {%1} has no value").arg(r.render.missing.join(QStringLiteral("}, {")));
            } else if (r.send.at.isValid() && r.send.atUtc <= now) {
                m.state = MessageState::Sent;
                m.reason = QStringLiteral("delivered");
            } else if (p.cancelReason) {
                m.state = MessageState::Cancelled;
                m.reason = QString::fromUtf8(p.cancelReason);
            } else if (r.send.decision == SendDecision::LaterHorizon) {
                m.state = MessageState::Planned;
                m.reason = QStringLiteral("beyond the 180-day horizon; a later run schedules it");
            } else if (r.send.decision != SendDecision::Schedule) {
                m.state = MessageState::Skipped;
                m.reason = r.send.reason;
            } else {
                m.state = MessageState::Scheduled;
                m.reason = QStringLiteral("scheduled in Infobip");
            }
            if (r.fellBack && m.state != MessageState::Skipped)
                m.reason += QStringLiteral("; the %1 translation is empty, sent in English").arg(QString::fromUtf8(p.language));
            plan.messages << m;
        }
        plans << plan;
    }
    return plans;
}

void TestUiSmsPreview::screenshot()
{
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SB_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));
    publishSheet();
    // Today, so the plans' "next send" lies ahead.
    QDateTime now = QDateTime::currentDateTimeUtc();
    now.setTime(QTime(now.time().hour(), now.time().minute()));
    QVERIFY(SmsPlanStore(*m_store).save(realisticPlans(now)));

    SmsView page(*m_store);
    page.resize(1500, 900);
    page.show();
    page.showTab(SmsView::PreviewTab);
    SmsPreviewView *preview = page.previewView();
    typeManilaContact(preview);
    preview->setContactField(QStringLiteral("Pronoun_he_she__c"), QStringLiteral("siya"));
    preview->setContactField(QStringLiteral("Pronoun_him_her__c"), QStringLiteral("kaniya"));
    preview->setContactField(QStringLiteral("Pronoun_his_her__c"), QStringLiteral("kaniyang"));
    const QDate manilaToday = now.toTimeZone(QTimeZone("Asia/Manila")).date();
    preview->setContactField(QStringLiteral("Registration_Date__c"), manilaToday.addDays(-4).toString(Qt::ISODate));
    preview->setContactField(QStringLiteral("SMS_Treatment_Start_Date__c"), manilaToday.addDays(-1).toString(Qt::ISODate));
    preview->setContactField(QStringLiteral("Last_Visit_Date__c"), manilaToday.addDays(-1).toString(Qt::ISODate));
    preview->setContactField(QStringLiteral("Next_Visit_Date_New__c"), manilaToday.addDays(6).toString(Qt::ISODate));
    preview->setNow(now);
    QVERIFY(preview->selectRow(kCampaign5));
    QVERIFY(preview->selectLanguage(QStringLiteral("Tagalog")));
    QCOMPARE(preview->result().send.decision, SendDecision::Schedule);
    QTest::qWait(50);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("sms-preview.png"))));

    page.showTab(SmsView::PlansTab);
    SmsPlansView *plans = page.plansView();
    plans->refresh();
    QVERIFY(plans->selectContact(QStringLiteral("7f3c2a91-4e5b")));
    QVERIFY(plans->selectMessage(9));
    QTest::qWait(50);
    QVERIFY(page.grab().save(QDir(dir).filePath(QStringLiteral("sms-plans.png"))));
}

QTEST_MAIN(TestUiSmsPreview)
#include "tst_ui_smspreview.moc"
