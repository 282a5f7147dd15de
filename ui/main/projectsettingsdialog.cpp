#include "projectsettingsdialog.h"

#include "engine/credentialsource.h"
#include "engine/enginesettings.h"
#include "engine/retention.h"
#include "store/store.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb {

ProjectSettingsDialog::ProjectSettingsDialog(Store &store, qint64 projectId, const QString &projectName,
                                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_projectId(projectId)
{
    setObjectName(QStringLiteral("projectSettingsDialog"));
    setWindowTitle(tr("Settings of %1").arg(projectName));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QFormLayout;
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("projectEnvironment"));
    m_environment->setEditable(true); // any name; these are the usual ones
    m_environment->addItem(tr("production"), QStringLiteral("production"));
    m_environment->addItem(tr("staging"), QStringLiteral("staging"));
    m_environment->addItem(tr("sandbox (the built-in emulated systems)"), QString::fromLatin1(kSandboxEnvironment));
    form->addRow(tr("Environment:"), m_environment);
    auto *envExplain = new QLabel(tr("Every job of the project uses its credentials' logins for this environment. "
                                     "In “sandbox” they log in to the built-in sandbox, which this console starts."),
                                  this);
    envExplain->setWordWrap(true);
    form->addRow(QString(), envExplain);
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("retentionPolicy"));
    m_policy->addItem(tr("Keep everything"), toString(RetentionPolicy::KeepAll));
    m_policy->addItem(tr("Keep data only for failures"), toString(RetentionPolicy::FailuresOnly));
    m_policy->addItem(tr("Erase data after a number of days"), toString(RetentionPolicy::EraseAfter));
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("retentionDays"));
    m_days->setRange(1, 3650);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("Run data:"), m_policy);
    form->addRow(tr("Erase after:"), m_days);
    auto *explain = new QLabel(tr("Data means the inputs and outputs of runs (dataclips). Runs, steps, errors and log "
                                  "lines are kept, so history still explains what happened. Erased inputs cannot be "
                                  "retried."),
                               this);
    explain->setWordWrap(true);
    form->addRow(QString(), explain);
    layout->addLayout(form);

    layout->addWidget(new QLabel(tr("Runs of each workflow at once (0 = no limit):"), this));
    m_workflows = new QTableWidget(0, 2, this);
    m_workflows->setObjectName(QStringLiteral("concurrencyTable"));
    m_workflows->setHorizontalHeaderLabels({tr("Workflow"), tr("At once")});
    m_workflows->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_workflows->verticalHeader()->hide();
    layout->addWidget(m_workflows, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QSqlDatabase db = store.readConnection();
    {
        QSqlQuery q(db);
        if (runQuery(q, QStringLiteral("SELECT environment FROM projects WHERE id = ?"), {projectId}) && q.next()) {
            const QString env = q.value(0).toString();
            const int index = m_environment->findData(env);
            if (index >= 0)
                m_environment->setCurrentIndex(index);
            else
                m_environment->setEditText(env);
        }
    }
    const Result<Retention> retention = projectRetention(db, projectId);
    if (retention) {
        m_policy->setCurrentIndex(m_policy->findData(toString(retention->policy)));
        m_days->setValue(qMax(1, retention->days));
    }
    if (const auto workflows = workflowEngineSettings(store, projectId)) {
        for (const WorkflowEngineSettings &w : workflows.value()) {
            const int row = m_workflows->rowCount();
            m_workflows->insertRow(row);
            auto *name = new QTableWidgetItem(w.name);
            name->setFlags(Qt::ItemIsEnabled);
            name->setData(Qt::UserRole, w.id);
            m_workflows->setItem(row, 0, name);
            auto *spin = new QSpinBox(m_workflows);
            spin->setRange(0, 1000);
            spin->setValue(w.concurrency);
            spin->setSpecialValueText(tr("no limit"));
            m_workflows->setCellWidget(row, 1, spin);
        }
    }
    connect(m_policy, &QComboBox::currentIndexChanged, this, &ProjectSettingsDialog::updateDays);
    updateDays();
    resize(560, 420);
}

void ProjectSettingsDialog::updateDays()
{
    m_days->setEnabled(m_policy->currentData().toString() == toString(RetentionPolicy::EraseAfter));
}

bool ProjectSettingsDialog::save()
{
    Retention r;
    parseRetentionPolicy(m_policy->currentData().toString(), &r.policy);
    r.days = m_days->value();
    const int envIndex = m_environment->findText(m_environment->currentText());
    const QString environment = envIndex >= 0 ? m_environment->itemData(envIndex).toString() : m_environment->currentText().trimmed();
    Status s = setProjectEnvironment(m_store, m_projectId, environment);
    if (s)
        s = setProjectRetention(m_store, m_projectId, r);
    for (int row = 0; s && row < m_workflows->rowCount(); ++row) {
        const qint64 id = m_workflows->item(row, 0)->data(Qt::UserRole).toLongLong();
        const int value = static_cast<QSpinBox *>(m_workflows->cellWidget(row, 1))->value();
        s = setWorkflowConcurrency(m_store, id, value);
    }
    if (!s) {
        m_error->setText(s.error().message);
        m_error->show();
        return false;
    }
    return true;
}

RunNowDialog::RunNowDialog(Store &store, qint64 projectId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("runNowDialog"));
    setWindowTitle(tr("Run a workflow now"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_workflow = new QComboBox(this);
    m_workflow->setObjectName(QStringLiteral("runNowWorkflow"));
    if (const auto workflows = workflowEngineSettings(store, projectId))
        for (const WorkflowEngineSettings &w : workflows.value())
            m_workflow->addItem(w.name, w.id);
    form->addRow(tr("Workflow:"), m_workflow);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Input state (JSON object; the job sees it as state):"), this));
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("runNowInput"));
    m_input->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_input->setPlainText(QStringLiteral("{\n  \"data\": {}\n}\n"));
    layout->addWidget(m_input, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlighted-text); background: #b3261e; padding: 4px;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *run = buttons->addButton(tr("Run now"), QDialogButtonBox::AcceptRole);
    run->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RunNowDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 380);
}

void RunNowDialog::start()
{
    if (m_workflow->currentIndex() < 0) {
        m_error->setText(tr("This project has no workflow to run."));
        m_error->show();
        return;
    }
    const auto made = startManualRun(m_store, m_workflow->currentData().toLongLong(), m_input->toPlainText().toUtf8());
    if (!made) {
        m_error->setText(made.error().message);
        m_error->show();
        return;
    }
    m_workOrderId = made->workOrderId;
    accept();
}

} // namespace sb
