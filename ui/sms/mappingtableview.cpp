#include "sms/mappingtableview.h"

#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace sb {

MappingTableView::MappingTableView(Store &store, QWidget *parent) : QWidget(parent), m_store(store)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Not built yet."), this));
}

void MappingTableView::refresh() {}

void MappingTableView::saveSettings(QSettings &) const {}

void MappingTableView::restoreSettings(const QSettings &) {}

} // namespace sb
