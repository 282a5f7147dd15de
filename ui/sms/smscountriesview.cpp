#include "sms/smscountriesview.h"

#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace sb {

SmsCountriesView::SmsCountriesView(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

void SmsCountriesView::refresh() {}

void SmsCountriesView::saveSettings(QSettings &) const {}

void SmsCountriesView::restoreSettings(const QSettings &) {}

} // namespace sb
