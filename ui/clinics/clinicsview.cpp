#include "clinics/clinicsview.h"

#include "clinics/clinicsmodel.h"
#include "clinics/clinicstatusdialog.h"
#include "clinics/clinicstore.h"
#include "common/async.h"
#include "store/store.h"
#include "store/storewatcher.h"

#include "main/icons.h"
#include "main/listtable.h"
#include "main/messagebanner.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

Q_DECLARE_METATYPE(sb::ClinicsModel::Row)

namespace sb {

using namespace clinics;

namespace {

struct Load
{
    QList<ClinicsModel::Row> rows;
    QString error;
};

struct HistoryLoad
{
    QList<StatusChange> changes;
    QList<PendingReplan> pending;
};

} // namespace

ClinicsView::ClinicsView(Store &store, QWidget *parent)
    : QWidget(parent), m_store(store), m_watcher(new StoreWatcher(store, 1000, this)), m_model(new ClinicsModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("clinicsView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ClinicsModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clinicsSearch"));
    m_search->setPlaceholderText(tr("Search clinics by name or country"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themedIcon(QStringLiteral("find"), palette().color(QPalette::Text)), QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(360);
    connect(m_search, &QLineEdit::textChanged, this, &ClinicsView::applyFilter);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("clinicsStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &s : knownStatuses())
        m_statusFilter->addItem(s, s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ClinicsView::applyFilter);
    m_sync = new QPushButton(themedIcon(QStringLiteral("refresh"), palette().color(QPalette::ButtonText)), tr("&Sync now"), this);
    m_sync->setObjectName(QStringLiteral("clinicsSync"));
    m_sync->setToolTip(tr("Read the clinics from Salesforce now; a status changed there is recorded and re-planned"));
    connect(m_sync, &QPushButton::clicked, this, &ClinicsView::syncNow);
    m_change = new QPushButton(tr("&Change status…"), this);
    m_change->setObjectName(QStringLiteral("clinicsChange"));
    m_change->setToolTip(tr("Change the selected clinic's status; what it does to SMS is shown before anything changes"));
    connect(m_change, &QPushButton::clicked, this, &ClinicsView::changeStatus);
    m_retry = new QPushButton(tr("&Retry re-planning"), this);
    m_retry->setObjectName(QStringLiteral("clinicsRetry"));
    m_retry->setToolTip(tr("Re-plan the selected clinic's contacts again (a change could not re-plan them all)"));
    connect(m_retry, &QPushButton::clicked, this, &ClinicsView::retrySelected);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("clinicsCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    top->addWidget(m_search, 1);
    top->addWidget(m_statusFilter);
    top->addWidget(m_sync);
    top->addWidget(m_change);
    top->addWidget(m_retry);
    top->addWidget(m_count, 1);
    layout->addLayout(top);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName(QStringLiteral("clinicsBanner"));
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("clinicsSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("clinicsTable"));
    m_table->setModel(m_proxy);
    setUpListTable(m_table);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ClinicsModel::Name, Qt::AscendingOrder);
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(ClinicsModel::Name, fm.averageCharWidth() * 44);
    m_table->setColumnWidth(ClinicsModel::Country, fm.averageCharWidth() * 14);
    m_table->setColumnWidth(ClinicsModel::Status, fm.horizontalAdvance(QLatin1String(kGuest)) + 48);
    for (int c : {int(ClinicsModel::Patients), int(ClinicsModel::Educational), int(ClinicsModel::Reminders)})
        m_table->setColumnWidth(c, fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28);
    m_table->setColumnWidth(ClinicsModel::Replan, fm.averageCharWidth() * 14);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClinicsView::selectionChanged);
    connect(m_table, &QTableView::doubleClicked, this, &ClinicsView::changeStatus);

    auto *lower = new QWidget(m_splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 6, 0, 0);
    m_historyTitle = new QLabel(lower);
    m_historyTitle->setObjectName(QStringLiteral("clinicsHistoryTitle"));
    QFont bold = m_historyTitle->font();
    bold.setBold(true);
    m_historyTitle->setFont(bold);
    lowerLayout->addWidget(m_historyTitle);
    m_pending = new QLabel(lower);
    m_pending->setObjectName(QStringLiteral("clinicsPending"));
    m_pending->setWordWrap(true);
    m_pending->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pending->setVisible(false);
    lowerLayout->addWidget(m_pending);
    m_history = new QTableWidget(0, 5, lower);
    m_history->setObjectName(QStringLiteral("clinicsHistory"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Change"), tr("By"), tr("Source"), tr("What it did")});
    setUpListTable(m_history);
    m_history->setColumnWidth(0, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 24);
    m_history->setColumnWidth(1, fm.averageCharWidth() * 56);
    m_history->setColumnWidth(2, fm.averageCharWidth() * 14);
    m_history->setColumnWidth(3, fm.averageCharWidth() * 24);
    lowerLayout->addWidget(m_history, 1);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_watcher, &StoreWatcher::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    updateButtons();
    refresh();
}

ClinicsView::~ClinicsView() = default;

void ClinicsView::setSandbox(sandbox::Sandbox *sandbox)
{
    m_sandbox = sandbox;
}

void ClinicsView::setConnectionsProvider(ConnectionsProvider provider)
{
    m_provider = std::move(provider);
}

ClinicsView::ConnectionsProvider ClinicsView::connections() const
{
    if (m_provider)
        return m_provider;
    Store *store = &m_store;
    sandbox::Sandbox *sandbox = m_sandbox;
    return [store, sandbox] { return resolveConnections(*store, sandbox); };
}

void ClinicsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ClinicsView::refresh()
{
    // Read off the GUI thread: the pending counts group every stored SMS plan.
    m_stale = false;
    const quint64 generation = ++m_generation;
    ++m_busy;
    updateButtons();
    Store *store = &m_store;
    runAsync(
        this,
        [store]() -> QVariant {
            ClinicStore clinics(*store);
            const Result<QList<Clinic>> all = clinics.list();
            const Result<QHash<QString, PendingSms>> pending = clinics.pendingSms();
            const Result<QHash<QString, int>> replans = clinics.pendingReplanCounts();
            if (!all || !pending || !replans)
                return QVariantMap{{QStringLiteral("error"), !all ? all.error().message
                                                              : !pending ? pending.error().message
                                                                         : replans.error().message}};
            QVariantList rows;
            for (const Clinic &c : all.value())
                rows << QVariant::fromValue(ClinicsModel::Row{c, pending->value(c.name), replans->value(c.salesforceId)});
            return QVariantMap{{QStringLiteral("rows"), rows}};
        },
        [this, generation](const QVariant &result) {
            --m_busy;
            if (generation == m_generation) {
                const QVariantMap m = result.toMap();
                if (m.contains(QStringLiteral("error")))
                    m_banner->showMessage(m.value(QStringLiteral("error")).toString(), MessageLevel::Error);
                else
                    m_all = m.value(QStringLiteral("rows")).toList();
                applyFilter();
            }
            updateButtons();
        });
}

void ClinicsView::applyFilter()
{
    const QString keep = selectedName();
    const QString search = m_search->text().trimmed();
    const QString status = m_statusFilter->currentData().toString();
    QList<ClinicsModel::Row> rows;
    for (const QVariant &v : std::as_const(m_all)) {
        const ClinicsModel::Row r = v.value<ClinicsModel::Row>();
        if (!status.isEmpty() && r.clinic.status != status)
            continue;
        if (!search.isEmpty() && !r.clinic.name.contains(search, Qt::CaseInsensitive)
            && !r.clinic.country.contains(search, Qt::CaseInsensitive))
            continue;
        rows << r;
    }
    m_model->setRows(rows);
    const QLocale l;
    if (m_all.isEmpty()) {
        m_count->setText(tr("No clinics yet: Sync now reads them from Salesforce."));
    } else {
        int patients = 0;
        for (const ClinicsModel::Row &r : std::as_const(rows))
            patients += r.clinic.patients;
        m_count->setText(tr("%1 of %2 clinics, %3 patients").arg(l.toString(rows.size()), l.toString(m_all.size()), l.toString(patients)));
    }
    if (!keep.isEmpty())
        selectClinic(keep);
    selectionChanged();
}

QString ClinicsView::selectedName() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const ClinicsModel::Row *r = m_model->rowAt(m_proxy->mapToSource(rows.first()).row());
    return r ? r->clinic.name : QString();
}

bool ClinicsView::selectClinic(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    return true;
}

void ClinicsView::setSearch(const QString &text)
{
    m_search->setText(text);
}

void ClinicsView::setStatusFilter(const QString &status)
{
    const int i = m_statusFilter->findData(status);
    m_statusFilter->setCurrentIndex(i < 0 ? 0 : i);
}

int ClinicsView::visibleRows() const
{
    return m_proxy->rowCount();
}

void ClinicsView::selectionChanged()
{
    const QString name = selectedName();
    m_history->setRowCount(0);
    m_pending->setVisible(false);
    updateButtons();
    if (name.isEmpty()) {
        m_historyTitle->setText(tr("Select a clinic to see its history of status changes."));
        return;
    }
    const ClinicsModel::Row *r = m_model->rowAt(m_model->rowOf(name));
    if (!r)
        return;
    m_historyTitle->setText(tr("%1 — %2 (%3)").arg(r->clinic.name, r->clinic.status, statusEffect(r->clinic.status)));
    ClinicStore clinics(m_store);
    const Result<QList<StatusChange>> history = clinics.history(r->clinic.salesforceId);
    if (history) {
        const QLocale l;
        for (const StatusChange &c : history.value()) {
            const int row = m_history->rowCount();
            m_history->insertRow(row);
            const QString source = sourceTitle(sourceFromName(c.source));
            const QStringList cells{c.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                    tr("%1 → %2").arg(c.from.isEmpty() ? tr("(none)") : c.from, c.to), c.actor, source, c.detail};
            for (int col = 0; col < cells.size(); ++col) {
                auto *item = new QTableWidgetItem(cells.at(col));
                item->setToolTip(cells.at(col));
                m_history->setItem(row, col, item);
            }
        }
    }
    if (r->replan > 0) {
        const Result<QList<PendingReplan>> pending = clinics.pendingReplans(r->clinic.salesforceId);
        QStringList lines;
        if (pending)
            for (const PendingReplan &p : pending.value())
                lines << tr("%1: %2").arg(p.contactId, p.error).toHtmlEscaped();
        m_pending->setText(tr("<b>%n contact(s) still to re-plan</b> after the last change (press Retry re-planning):",
                              nullptr, r->replan)
                           + QStringLiteral("<br>") + lines.join(QStringLiteral("<br>")));
        m_pending->setVisible(true);
    }
}

QString ClinicsView::historyText() const
{
    QStringList lines;
    for (int r = 0; r < m_history->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_history->columnCount(); ++c)
            cells << (m_history->item(r, c) ? m_history->item(r, c)->text() : QString());
        lines << cells.join(QStringLiteral(" | "));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ClinicsView::pendingText() const
{
    return m_pending->isVisible() ? m_pending->text() : QString();
}

void ClinicsView::updateButtons()
{
    const QString name = selectedName();
    const ClinicsModel::Row *r = name.isEmpty() ? nullptr : m_model->rowAt(m_model->rowOf(name));
    m_sync->setEnabled(m_busy == 0);
    m_change->setEnabled(m_busy == 0 && r);
    m_retry->setEnabled(m_busy == 0 && r && r->replan > 0);
    m_retry->setVisible(r && r->replan > 0);
}

void ClinicsView::syncNow()
{
    ++m_busy;
    updateButtons();
    m_banner->showMessage(tr("Reading the clinics from Salesforce…"), MessageLevel::Information);
    Store *store = &m_store;
    const ConnectionsProvider findConnections = connections();
    runAsync(
        this,
        [store, findConnections]() -> QVariant {
            const Result<Connections> c = findConnections();
            if (!c)
                return QVariantMap{{QStringLiteral("error"), c.error().message}};
            ClinicService service(*store, c.value());
            const Result<SyncOutcome> o = service.sync();
            if (!o)
                return QVariantMap{{QStringLiteral("error"), o.error().message}};
            int cancelled = 0;
            int scheduled = 0;
            int pending = 0;
            for (const ChangeOutcome &r : o->replans) {
                cancelled += r.effect.cancel.total();
                scheduled += r.effect.schedule.total();
                pending += int(r.pending.size());
            }
            return QVariantMap{{QStringLiteral("clinics"), o->clinics}, {QStringLiteral("changes"), int(o->changes.size())},
                               {QStringLiteral("cancelled"), cancelled}, {QStringLiteral("scheduled"), scheduled},
                               {QStringLiteral("pending"), pending}};
        },
        [this](const QVariant &result) {
            --m_busy;
            const QVariantMap m = result.toMap();
            refresh();
            if (m.contains(QStringLiteral("error"))) {
                m_banner->showMessage(tr("The sync failed: %1").arg(m.value(QStringLiteral("error")).toString()), MessageLevel::Error);
            } else if (m.value(QStringLiteral("changes")).toInt() == 0) {
                m_banner->showMessage(tr("%n clinic(s) read from Salesforce; no status changed since the last sync.", nullptr,
                                         m.value(QStringLiteral("clinics")).toInt()),
                                      MessageLevel::Positive, 8000);
            } else {
                m_banner->showMessage(tr("%1 clinic(s) read; %2 status change(s) made in Salesforce were applied: %3 SMS "
                                         "cancelled, %4 scheduled, %5 contact(s) still to re-plan.")
                                          .arg(m.value(QStringLiteral("clinics")).toInt())
                                          .arg(m.value(QStringLiteral("changes")).toInt())
                                          .arg(m.value(QStringLiteral("cancelled")).toInt())
                                          .arg(m.value(QStringLiteral("scheduled")).toInt())
                                          .arg(m.value(QStringLiteral("pending")).toInt()),
                                      m.value(QStringLiteral("pending")).toInt() > 0 ? MessageLevel::Warning : MessageLevel::Positive);
                Q_EMIT smsChanged();
            }
            updateButtons();
        });
}

ClinicStatusDialog *ClinicsView::createStatusDialog()
{
    const QString name = selectedName();
    const ClinicsModel::Row *r = name.isEmpty() ? nullptr : m_model->rowAt(m_model->rowOf(name));
    if (!r)
        return nullptr;
    Store *store = &m_store;
    const ConnectionsProvider findConnections = connections();
    const QString clinic = r->clinic.name;
    auto *dialog = new ClinicStatusDialog(
        r->clinic,
        [store, findConnections, clinic](const QString &status) -> Result<Effect> {
            const Result<Connections> c = findConnections();
            if (!c)
                return c.error();
            ClinicService service(*store, c.value());
            return service.preview(clinic, status);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

void ClinicsView::changeStatus()
{
    ClinicStatusDialog *dialog = createStatusDialog();
    if (!dialog)
        return;
    const QString clinic = selectedName();
    connect(dialog, &QDialog::accepted, this, [this, dialog, clinic] { applyStatus(clinic, dialog->chosenStatus()); });
    dialog->open();
}

void ClinicsView::reportOutcome(const ChangeOutcome &o, const QString &verb)
{
    if (!o.pending.isEmpty()) {
        m_banner->showMessage(tr("%1 %2: %3 SMS cancelled, %4 scheduled; %n contact(s) could not be re-planned yet — the "
                                 "clinic lists them; press Retry re-planning.",
                                 nullptr, int(o.pending.size()))
                                  .arg(o.effect.clinic, verb)
                                  .arg(o.effect.cancel.total())
                                  .arg(o.effect.schedule.total()),
                              MessageLevel::Warning);
    } else {
        m_banner->showMessage(tr("%1 %2: %3 SMS cancelled, %4 scheduled, for %5 of %6 patients.")
                                  .arg(o.effect.clinic, verb)
                                  .arg(o.effect.cancel.total())
                                  .arg(o.effect.schedule.total())
                                  .arg(o.effect.patientsAffected)
                                  .arg(o.effect.patients),
                              MessageLevel::Positive, 12000);
    }
}

void ClinicsView::applyStatus(const QString &clinic, const QString &status)
{
    ++m_busy;
    updateButtons();
    m_banner->showMessage(tr("Changing %1 to %2: writing to Salesforce, then re-planning its patients' SMS…").arg(clinic, status),
                          MessageLevel::Information);
    Store *store = &m_store;
    const ConnectionsProvider findConnections = connections();
    auto outcome = std::make_shared<Result<ChangeOutcome>>(makeError(QString()));
    runAsync(
        this,
        [store, findConnections, clinic, status, outcome]() -> QVariant {
            const Result<Connections> c = findConnections();
            if (!c) {
                *outcome = c.error();
                return {};
            }
            ClinicService service(*store, c.value());
            *outcome = service.setStatus(clinic, status, ChangeSource::Console);
            return {};
        },
        [this, outcome, status](const QVariant &) {
            --m_busy;
            refresh();
            if (!*outcome) {
                m_banner->showMessage(tr("The status was not changed: %1").arg(outcome->error().message), MessageLevel::Error);
            } else {
                reportOutcome(outcome->value(), tr("is now %1").arg(status));
                Q_EMIT smsChanged();
            }
            updateButtons();
        });
}

void ClinicsView::retrySelected()
{
    const QString clinic = selectedName();
    if (clinic.isEmpty())
        return;
    ++m_busy;
    updateButtons();
    Store *store = &m_store;
    const ConnectionsProvider findConnections = connections();
    auto outcome = std::make_shared<Result<ChangeOutcome>>(makeError(QString()));
    runAsync(
        this,
        [store, findConnections, clinic, outcome]() -> QVariant {
            const Result<Connections> c = findConnections();
            if (!c) {
                *outcome = c.error();
                return {};
            }
            *outcome = ClinicService(*store, c.value()).retry(clinic);
            return {};
        },
        [this, outcome](const QVariant &) {
            --m_busy;
            refresh();
            if (!*outcome)
                m_banner->showMessage(tr("Re-planning failed: %1").arg(outcome->error().message), MessageLevel::Error);
            else
                reportOutcome(outcome->value(), tr("re-planned"));
            Q_EMIT smsChanged();
            updateButtons();
        });
}

void ClinicsView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("ClinicsPage/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("ClinicsPage/columns"), m_table->horizontalHeader()->saveState());
}

void ClinicsView::restoreSettings(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("ClinicsPage/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("ClinicsPage/columns")).toByteArray());
}

} // namespace sb
