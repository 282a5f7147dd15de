#include "sms/smspreviewview.h"

#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace sb {

SmsPreviewView::SmsPreviewView(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

void SmsPreviewView::refresh() {}

void SmsPreviewView::saveSettings(QSettings &) const {}

void SmsPreviewView::restoreSettings(const QSettings &) {}

} // namespace sb
