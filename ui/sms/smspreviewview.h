#pragma once

#include "common/result.h"
#include "sms/smspreviewresult.h"
#include "sms/smstable.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSettings;
class QShowEvent;
class QSplitter;
class QTableWidget;
class QTextBrowser;

namespace sb {

namespace sandbox {
class Sandbox;
}

class MessageBanner;
class Store;
class StoreWatcher;

// Preview: one message of the mapping table for one contact, live. The contact is typed in
// a form (demo values to start with) or loaded from a Salesforce Contact as JSON; the view
// shows the rendered text (placeholders without a value in red), the bulkId, when it would be
// sent (local with the zone's offset, and UTC) and why, its segments and the sender id. It
// runs the core functions the scheduler runs; it never writes anything.
class SmsPreviewView final : public QWidget
{
    Q_OBJECT
public:
    explicit SmsPreviewView(Store &store, QWidget *parent = nullptr);
    ~SmsPreviewView() override;

    // Reads the store again (the page was shown, or another view changed the SMS data).
    void refresh();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    // The running built-in sandbox (nullptr: none): "Load a contact" then offers the
    // contacts of its Salesforce.
    void setSandbox(sandbox::Sandbox *sandbox);
    // The sandbox Salesforce's contacts as the scheduler reads them (the clinic nested as
    // Account {Name, Status__c, Country__c}); empty without a sandbox.
    QList<QJsonObject> sandboxContacts() const;

    // For tests and the "Load a contact…" actions.
    Status loadContactJson(const QByteArray &json, const QString &source = QString());
    void resetToDemoContact();
    bool selectTable(const QString &name);
    bool selectRow(int row); // 0-based data row
    bool selectLanguage(const QString &longName);
    void setContactField(const QString &apiName, const QString &value);
    QString contactFieldText(const QString &apiName) const;
    void setNow(const QDateTime &now);
    QJsonObject contact() const;
    const SmsPreviewResult &result() const { return m_result; }
    MessageBanner *banner() const { return m_banner; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    QWidget *buildContactForm();
    QWidget *buildOutput();
    void reloadTables();
    void loadTable();
    void fillRows();
    void fillLanguages();
    void fillCountries();
    void countryPicked();
    void recompute();
    void fillLanguageTable(SmsPreviewInput in);
    void loadFromFile();
    void loadFromPaste();
    void loadFromSandbox();
    void fillForm(const QJsonObject &contact);

    Store &m_store;
    StoreWatcher *m_watcher = nullptr;
    bool m_stale = false;
    bool m_filling = false;

    sms::SmsTable m_table;
    bool m_haveTable = false;
    QList<sms::Country> m_countries;
    QJsonObject m_base; // the loaded contact; the form's values are laid over it
    SmsPreviewResult m_result;

    MessageBanner *m_banner = nullptr;
    QComboBox *m_tableCombo = nullptr;
    QLabel *m_versionLabel = nullptr;
    QComboBox *m_rowCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QDateTimeEdit *m_now = nullptr;
    QSplitter *m_splitter = nullptr;

    QHash<QString, QLineEdit *> m_fields; // by API name
    QComboBox *m_zoneCombo = nullptr;
    QComboBox *m_countryCombo = nullptr;
    QLabel *m_contactSource = nullptr;

    QLabel *m_heading = nullptr;
    QTextBrowser *m_text = nullptr;
    QLabel *m_problems = nullptr;
    QLabel *m_bulkId = nullptr;
    QLabel *m_sender = nullptr;
    QLabel *m_ssd = nullptr;
    QLabel *m_local = nullptr;
    QLabel *m_utc = nullptr;
    QLabel *m_decision = nullptr;
    QLabel *m_segments = nullptr;
    QTableWidget *m_languages = nullptr;
    sandbox::Sandbox *m_sandbox = nullptr;
    QAction *m_fromSandbox = nullptr;
};

} // namespace sb
