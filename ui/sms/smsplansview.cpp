#include "sms/smsplansview.h"

#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace sb {

SmsPlansView::SmsPlansView(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

void SmsPlansView::refresh() {}

void SmsPlansView::saveSettings(QSettings &) const {}

void SmsPlansView::restoreSettings(const QSettings &) {}

} // namespace sb
