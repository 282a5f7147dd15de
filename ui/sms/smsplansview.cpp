#include "sms/smsplansview.h"

#include "sms/smsplan.h"
#include "sms/smsplansmodel.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include "main/icons.h"
#include "main/listtable.h"
#include "main/messagebanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace sb {

SmsPlansView::SmsPlansView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_watcher(new StoreWatcher(store, 1000, this)),
      m_contacts(new SmsPlanContactsModel(this)), m_messages(new SmsPlanMessagesModel(this)),
      m_contactsProxy(new QSortFilterProxyModel(this)), m_messagesProxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("smsPlansView"));
    m_contactsProxy->setSourceModel(m_contacts);
    m_contactsProxy->setSortRole(SmsPlanContactsModel::RawRole);
    m_contactsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_messagesProxy->setSourceModel(m_messages);
    m_messagesProxy->setSortRole(SmsPlanMessagesModel::RawRole);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("plansFilter"));
    m_filter->setPlaceholderText(tr("Filter by contact id, name or clinic"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(themedIcon(QStringLiteral("find"), palette().color(QPalette::Text)), QLineEdit::LeadingPosition);
    m_filter->setMaximumWidth(420);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &SmsPlansView::refresh);
    auto *refreshButton = new QPushButton(themedIcon(QStringLiteral("refresh"), palette().color(QPalette::ButtonText)),
                                          tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("plansRefresh"));
    refreshButton->setToolTip(tr("Read the plans again (F5)"));
    refreshButton->setShortcut(QKeySequence::Refresh);
    connect(refreshButton, &QPushButton::clicked, this, &SmsPlansView::refresh);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("plansCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_filter, 1);
    top->addWidget(refreshButton);
    top->addWidget(m_count, 1);
    layout->addLayout(top);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("plansBanner"));
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(tr("No plans yet: run the daily SMS workflow or `switchboard sms plan`.\n\nEach contact the "
                            "scheduler plans for appears here with every message: planned (beyond the 180-day horizon "
                            "or not yet written), scheduled in Infobip, sent, cancelled or skipped — and why."),
                         m_stack);
    m_empty->setObjectName(QStringLiteral("plansEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->addWidget(m_empty);

    m_splitter = new QSplitter(Qt::Vertical, m_stack);
    m_splitter->setObjectName(QStringLiteral("plansSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_contactTable = new QTableView(m_splitter);
    m_contactTable->setObjectName(QStringLiteral("plansContacts"));
    m_contactTable->setModel(m_contactsProxy);
    setUpListTable(m_contactTable);
    m_contactTable->setSortingEnabled(true);
    m_contactTable->sortByColumn(SmsPlanContactsModel::Name, Qt::AscendingOrder);
    const QFontMetrics fm = m_contactTable->fontMetrics();
    const int pad = 24;
    const int timeW = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + pad;
    const int countW = fm.horizontalAdvance(tr("Cancelled")) + pad;
    m_contactTable->setColumnWidth(SmsPlanContactsModel::Contact, fm.averageCharWidth() * 24);
    m_contactTable->setColumnWidth(SmsPlanContactsModel::Name, fm.averageCharWidth() * 24);
    m_contactTable->setColumnWidth(SmsPlanContactsModel::Clinic, fm.averageCharWidth() * 40);
    for (int c = SmsPlanContactsModel::Planned; c <= SmsPlanContactsModel::Skipped; ++c)
        m_contactTable->setColumnWidth(c, countW);
    m_contactTable->setColumnWidth(SmsPlanContactsModel::NextSend, timeW);
    connect(m_contactTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SmsPlansView::contactSelected);

    auto *lower = new QWidget(m_splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    m_contactTitle = new QLabel(lower);
    m_contactTitle->setObjectName(QStringLiteral("plansContactTitle"));
    QFont bold = m_contactTitle->font();
    bold.setBold(true);
    m_contactTitle->setFont(bold);
    lowerLayout->addWidget(m_contactTitle);
    m_detailSplitter = new QSplitter(Qt::Horizontal, lower);
    m_detailSplitter->setChildrenCollapsible(false);
    m_messageTable = new QTableView(m_detailSplitter);
    m_messageTable->setObjectName(QStringLiteral("plansMessages"));
    m_messageTable->setModel(m_messagesProxy);
    setUpListTable(m_messageTable);
    m_messageTable->setSortingEnabled(true);
    m_messageTable->sortByColumn(-1, Qt::AscendingOrder); // table order until a header is clicked
    const int localW = fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59 +05:45 Asia/Kathmandu")) + 12;
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::Group, fm.averageCharWidth() * 27);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::Row, fm.horizontalAdvance(QStringLiteral("0000")) + pad);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::BulkId, fm.averageCharWidth() * 33);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::State, fm.horizontalAdvance(tr("Cancelled")) + pad + 8);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::SendLocal, localW);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::SendUtc, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59 UTC")) + pad);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::Language, fm.horizontalAdvance(tr("Language")) + pad);
    m_messageTable->setColumnWidth(SmsPlanMessagesModel::Reason, fm.averageCharWidth() * 30);
    connect(m_messageTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SmsPlansView::messageSelected);
    m_detail = new QTextBrowser(m_detailSplitter);
    m_detail->setObjectName(QStringLiteral("plansDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a message to see its text and why it is in this state."));
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 1);
    lowerLayout->addWidget(m_detailSplitter, 1);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({220, 600});
    m_detailSplitter->setSizes({1000, 300});
    m_stack->addWidget(m_splitter);
    layout->addWidget(m_stack, 1);

    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    refresh();
}

SmsPlansView::~SmsPlansView() = default;

void SmsPlansView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh(); // the store changed while the tab was hidden
}

QString SmsPlansView::selectedContactId() const
{
    const QModelIndexList rows = m_contactTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const int r = m_contactsProxy->mapToSource(rows.first()).row();
    return r >= 0 && r < m_contacts->rows().size() ? m_contacts->rows().at(r).contactId : QString();
}

void SmsPlansView::refresh()
{
    m_stale = false;
    const QString selected = selectedContactId();
    const QString filter = m_filter->text().trimmed();
    const auto contacts = sms::SmsPlanStore(m_store).contacts(filter);
    if (!contacts) {
        m_banner->showMessage(tr("The plans cannot be read: %1").arg(contacts.error().toString()), MessageLevel::Error);
        return;
    }
    if (m_banner->level() == MessageLevel::Error)
        m_banner->hideMessage();
    const QList<sms::ContactPlanSummary> &rows = contacts.value();
    if (rows.isEmpty() && filter.isEmpty()) {
        m_contacts->setRows({});
        m_messages->setPlan({});
        m_stack->setCurrentWidget(m_empty);
        m_count->clear();
        return;
    }
    m_stack->setCurrentWidget(m_splitter);
    m_contacts->setRows(rows);
    int scheduled = 0;
    for (const sms::ContactPlanSummary &s : rows)
        scheduled += s.counts[std::size_t(sms::MessageState::Scheduled)];
    m_count->setText(filter.isEmpty() ? tr("%n contact(s)", nullptr, int(rows.size())) + QStringLiteral(" · ")
                                            + tr("%n scheduled message(s)", nullptr, scheduled)
                                      : tr("%n contact(s) match", nullptr, int(rows.size())));
    if (!selected.isEmpty() && selectContact(selected))
        return;
    if (!rows.isEmpty())
        m_contactTable->selectRow(0);
    else
        contactSelected();
}

bool SmsPlansView::selectContact(const QString &contactId)
{
    const int r = m_contacts->rowOfContact(contactId);
    if (r < 0)
        return false;
    const QModelIndex proxy = m_contactsProxy->mapFromSource(m_contacts->index(r, 0));
    if (selectedContactId() == contactId) {
        contactSelected(); // the same contact: its messages may have changed
        return true;
    }
    m_contactTable->selectRow(proxy.row());
    m_contactTable->scrollTo(proxy);
    return true;
}

void SmsPlansView::contactSelected()
{
    const QString id = selectedContactId();
    int selectedMessage = -1;
    if (const QModelIndexList m = m_messageTable->selectionModel()->selectedRows(); !m.isEmpty() && m_messages->plan().contactId == id)
        selectedMessage = m_messagesProxy->mapToSource(m.first()).row();
    if (id.isEmpty()) {
        m_messages->setPlan({});
        m_contactTitle->clear();
        m_detail->clear();
        return;
    }
    const auto plan = sms::SmsPlanStore(m_store).load(id);
    if (!plan) {
        m_banner->showMessage(tr("The plan of %1 cannot be read: %2").arg(id, plan.error().toString()), MessageLevel::Error);
        return;
    }
    m_messages->setPlan(plan.value());
    const sms::ContactPlan &p = plan.value();
    m_contactTitle->setText(tr("%1 · %2 · %3 · %n message(s)", nullptr, int(p.messages.size()))
                                .arg(p.contactName.isEmpty() ? tr("(no name)") : p.contactName, p.clinic, p.contactId));
    m_detail->clear();
    if (selectedMessage >= 0 && selectedMessage < p.messages.size())
        selectMessage(m_messagesProxy->mapFromSource(m_messages->index(selectedMessage, 0)).row());
}

bool SmsPlansView::selectMessage(int row)
{
    if (row < 0 || row >= m_messagesProxy->rowCount())
        return false;
    m_messageTable->selectRow(row);
    messageSelected();
    return true;
}

void SmsPlansView::messageSelected()
{
    const QModelIndexList rows = m_messageTable->selectionModel()->selectedRows();
    const sms::PlannedMessage *m = rows.isEmpty() ? nullptr : m_messages->message(m_messagesProxy->mapToSource(rows.first()).row());
    if (!m) {
        m_detail->clear();
        return;
    }
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right:10px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p><span style=\"color:%1; font-weight:bold\">%2</span> · %3 · #%4</p>")
                       .arg(SmsPlanMessagesModel::stateColor(m->state).name(), sms::stateTitle(m->state).toHtmlEscaped(),
                            m->group.toHtmlEscaped())
                       .arg(m->row);
    QString text = m->text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    html += QStringLiteral("<p style=\"margin:8px 0\">%1</p>")
                .arg(text.isEmpty() ? QStringLiteral("<i>%1</i>").arg(tr("(no text: it could not be rendered)").toHtmlEscaped())
                                    : text);
    html += QStringLiteral("<table>");
    if (!m->reason.isEmpty())
        html += row(tr("Reason"), m->reason);
    html += row(tr("bulkId"), m->bulkId);
    html += row(tr("Send at (local)"), SmsPlanMessagesModel::localText(*m));
    html += row(tr("Send at (UTC)"), SmsPlanMessagesModel::utcText(m->sendAtUtc));
    html += row(tr("Language"), m->language);
    if (!m->to.isEmpty())
        html += row(tr("To"), m->to);
    if (!m->from.isEmpty())
        html += row(tr("From"), m->from);
    html += row(tr("Kind"), m->educational ? tr("educational") : tr("visit reminder"));
    html += QStringLiteral("</table>");
    m_detail->setHtml(html);
}

void SmsPlansView::setFilter(const QString &text)
{
    m_filter->setText(text);
    m_filterTimer->stop();
    refresh();
}

QString SmsPlansView::detailText() const
{
    return m_detail->toPlainText();
}

bool SmsPlansView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void SmsPlansView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("SmsPlans/contacts"), m_contactTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("SmsPlans/messages"), m_messageTable->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("SmsPlans/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("SmsPlans/detailSplitter"), m_detailSplitter->saveState());
}

void SmsPlansView::restoreSettings(const QSettings &settings)
{
    m_contactTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("SmsPlans/contacts")).toByteArray());
    m_messageTable->horizontalHeader()->restoreState(settings.value(QStringLiteral("SmsPlans/messages")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("SmsPlans/splitter")).toByteArray());
    m_detailSplitter->restoreState(settings.value(QStringLiteral("SmsPlans/detailSplitter")).toByteArray());
}

} // namespace sb
