#pragma once

#include "main/unsavedprompt.h"
#include "sms/smscountries.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QTableWidget;

namespace sb {

class MessageBanner;
class Store;
class StoreWatcher;

// Countries: the per-country SMS settings (sender id, dial code, time zone, default
// language) as an editable table. Changes are kept until Save, which validates every row
// (a refused row is named and selected, nothing is saved) and writes an audit event.
class SmsCountriesView final : public QWidget
{
    Q_OBJECT
public:
    explicit SmsCountriesView(Store &store, QWidget *parent = nullptr);
    ~SmsCountriesView() override;

    enum Column { Name, DialCode, SenderId, TimeZone, Language, ColumnCount };

    // Reads the store again (the page was shown, or another view changed the SMS data).
    // Unsaved edits are kept.
    void refresh();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

    // The actions, callable from tests (the buttons ask for file names first).
    bool save();
    void revert();
    bool importCsv(const QString &path);
    bool exportCsv(const QString &path);
    void restoreBuiltIn();
    void addRow();
    void removeSelectedRows();

    QList<sms::Country> editedCountries() const; // fully blank rows are left out
    void setEditedCountries(const QList<sms::Country> &countries);
    bool isDirty() const { return m_dirty; }
    // Before the window closes: with unsaved changes, asks to save, discard or stay.
    // False: stay (or the save was refused; the banner says why).
    bool maybeLeave();
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    QTableWidget *table() const { return m_table; }
    MessageBanner *banner() const { return m_banner; }
    QString statusText() const;

private:
    void load();
    void updateState();

    Store &m_store;
    StoreWatcher *m_watcher = nullptr;
    QList<sms::Country> m_saved;
    bool m_builtIn = false;
    bool m_dirty = false;
    bool m_filling = false;
    UnsavedPrompt m_prompt = askAboutUnsavedChanges;

    MessageBanner *m_banner = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_unsaved = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace sb
