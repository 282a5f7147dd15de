#pragma once

#include "main/unsavedprompt.h"

#include <QWidget>

class QSettings;
class QTabWidget;

namespace sb {

namespace sandbox {
class Sandbox;
}

class MappingTableView;
class SmsCountriesView;
class SmsPlansView;
class SmsPreviewView;
class Store;

// SMS: the Master Mapping Table editor, the Preview of one message for one contact, the
// SMS plan of each contact (what the scheduler decided and why) and the countries table
// (sender id, time zone, default language per country), one tab each.
class SmsView final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { TableTab, PreviewTab, PlansTab, CountriesTab };

    explicit SmsView(Store &store, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // The running built-in sandbox (nullptr: none), for the Preview's contacts.
    void setSandbox(sandbox::Sandbox *sandbox);
    void refresh();
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    // Before the window closes: unsaved table edits, then unsaved countries (each asks,
    // showing its tab). False: stay.
    bool hasUnsavedChanges() const; // table edits or countries
    bool maybeLeave();
    void setUnsavedPrompt(const UnsavedPrompt &prompt);

    MappingTableView *tableView() const { return m_table; }
    SmsPreviewView *previewView() const { return m_preview; }
    SmsPlansView *plansView() const { return m_plans; }
    SmsCountriesView *countriesView() const { return m_countries; }

private:
    QTabWidget *m_tabs = nullptr;
    MappingTableView *m_table = nullptr;
    SmsPreviewView *m_preview = nullptr;
    SmsPlansView *m_plans = nullptr;
    SmsCountriesView *m_countries = nullptr;
};

} // namespace sb
