#include "sms/smsview.h"

#include "sms/mappingtableview.h"
#include "sms/smscountriesview.h"
#include "sms/smsplansview.h"
#include "sms/smspreviewview.h"

#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

namespace sb {

SmsView::SmsView(Store &store, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("smsTabs"));
    m_tabs->setDocumentMode(true);
    m_table = new MappingTableView(store, m_tabs);
    m_preview = new SmsPreviewView(store, m_tabs);
    m_plans = new SmsPlansView(store, m_tabs);
    m_countries = new SmsCountriesView(store, m_tabs);
    m_tabs->insertTab(TableTab, m_table, tr("Mapping table"));
    m_tabs->insertTab(PreviewTab, m_preview, tr("Preview"));
    m_tabs->insertTab(PlansTab, m_plans, tr("Plans"));
    m_tabs->insertTab(CountriesTab, m_countries, tr("Countries"));
    m_tabs->setTabToolTip(TableTab, tr("The Master Mapping Table: every message in every language, its timing and bulkId, "
                                       "with the problems found in it"));
    m_tabs->setTabToolTip(PreviewTab, tr("One message for one contact: the text, when it is sent (local and UTC) and "
                                         "how many SMS it takes"));
    m_tabs->setTabToolTip(PlansTab, tr("What the scheduler decided for each contact: planned, scheduled, sent, cancelled "
                                       "or skipped, and why"));
    m_tabs->setTabToolTip(CountriesTab, tr("Sender id, time zone and default language per country"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == PlansTab)
            m_plans->refresh();
    });
}

void SmsView::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

void SmsView::setSandbox(sandbox::Sandbox *sandbox)
{
    m_preview->setSandbox(sandbox);
}

bool SmsView::hasUnsavedChanges() const
{
    return m_table->hasUnsavedEdits() || m_countries->isDirty();
}

bool SmsView::maybeLeave()
{
    if (m_table->hasUnsavedEdits()) {
        showTab(TableTab);
        if (!m_table->maybeLeave())
            return false;
    }
    if (m_countries->isDirty()) {
        showTab(CountriesTab);
        if (!m_countries->maybeLeave())
            return false;
    }
    return true;
}

void SmsView::setUnsavedPrompt(const UnsavedPrompt &prompt)
{
    m_table->setUnsavedPrompt(prompt);
    m_countries->setUnsavedPrompt(prompt);
}

void SmsView::refresh()
{
    m_table->refresh();
    m_preview->refresh();
    m_plans->refresh();
    m_countries->refresh();
}

void SmsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("SmsView/tab"), m_tabs->currentIndex());
    m_table->saveSettings(settings);
    m_preview->saveSettings(settings);
    m_plans->saveSettings(settings);
    m_countries->saveSettings(settings);
}

void SmsView::restoreSettings(const QSettings &settings)
{
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("SmsView/tab"), 0).toInt());
    m_table->restoreSettings(settings);
    m_preview->restoreSettings(settings);
    m_plans->restoreSettings(settings);
    m_countries->restoreSettings(settings);
}

} // namespace sb
