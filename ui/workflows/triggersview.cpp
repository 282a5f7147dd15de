#include "triggersview.h"

#include "triggerscontroller.h"
#include "triggertablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

TriggersView::TriggersView(TriggersController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new TriggerTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("triggersView"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(TriggerTableModel::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_model->setEnabledSetter([this](const TriggerRow &row, bool enabled) {
        return m_controller.setTriggerEnabled(row, enabled);
    });

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("triggersSummary"));
    m_summary->setContentsMargins(8, 6, 8, 0);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("triggerTable"));
    m_table->setAccessibleName(tr("Triggers"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(TriggerTableModel::Workflow, 220);
    m_table->setColumnWidth(TriggerTableModel::Type, 90);
    m_table->setColumnWidth(TriggerTableModel::Enabled, 80);
    m_table->setColumnWidth(TriggerTableModel::Endpoint, 330);
    m_table->setColumnWidth(TriggerTableModel::Reading, 240);
    m_table->setColumnWidth(TriggerTableModel::NextUtc, 200);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(&m_controller, &TriggersController::rowsChanged, this, &TriggersView::onRowsChanged);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openTriggerRequested(index.data(TriggerTableModel::WorkflowKeyRole).toString(),
                                  index.data(TriggerTableModel::TriggerKeyRole).toString());
    });
    onRowsChanged();
}

void TriggersView::onRowsChanged()
{
    const QList<TriggerRow> rows = m_controller.rows();
    m_model->setRows(rows);
    int webhooks = 0;
    int crons = 0;
    for (const TriggerRow &row : rows)
        (row.trigger.type == TriggerType::Cron ? crons : webhooks) += 1;
    if (m_controller.projectName().isEmpty())
        m_summary->setText(tr("No project yet. Use File → Import project… to add one."));
    else
        m_summary->setText(tr("%1 — webhooks: %2, cron triggers: %3. Double-click a trigger to open it in its workflow.")
                               .arg(m_controller.projectName())
                               .arg(webhooks)
                               .arg(crons));
    // First data: columns fit their contents (a saved layout wins afterwards).
    if (!m_sized && !rows.isEmpty()) {
        m_sized = true;
        m_table->resizeColumnsToContents();
        for (int column = 0; column < TriggerTableModel::ColumnCount; ++column)
            m_table->setColumnWidth(column, std::min(m_table->columnWidth(column) + 12, 420));
    }
}

void TriggersView::saveSettings(QSettings &settings) const
{
    settings.setValue(QStringLiteral("Triggers/header"), m_table->horizontalHeader()->saveState());
}

void TriggersView::restoreSettings(const QSettings &settings)
{
    m_sized = m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("Triggers/header")).toByteArray());
}

} // namespace sb
