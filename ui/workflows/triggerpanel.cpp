#include "triggerpanel.h"

#include "main/icons.h"
#include "main/messagebanner.h"
#include "nextfiresmodel.h"
#include "scheduler/cronexpression.h"
#include "triggerscontroller.h"
#include "workflowscontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sb {

namespace {
constexpr int kFireCount = 5;
}

TriggerPanel::TriggerPanel(WorkflowsController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_prompt(&askAboutUnsavedChanges)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    setObjectName(QStringLiteral("triggerPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);

    auto *header = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_modifiedLabel = new QLabel(tr("● Modified"), this);
    m_modifiedLabel->setToolTip(tr("This trigger has changes that are not saved"));
    m_modifiedLabel->setVisible(false);
    auto *saveAction = new QAction(themedIcon(QStringLiteral("save")), tr("&Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(saveAction);
    auto *revertAction = new QAction(themedIcon(QStringLiteral("revert")), tr("&Revert"), this);
    addAction(revertAction);
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveTrigger"));
    m_save->setDefaultAction(saveAction);
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_revert = new QToolButton(this);
    m_revert->setDefaultAction(revertAction);
    m_revert->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(saveAction, &QAction::triggered, this, &TriggerPanel::save);
    connect(revertAction, &QAction::triggered, this, &TriggerPanel::revert);
    header->addWidget(m_icon);
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_modifiedLabel);
    header->addWidget(m_revert);
    header->addWidget(m_save);
    layout->addLayout(header);

    m_enabled = new QCheckBox(tr("&Enabled: start a run when this trigger fires"), this);
    m_enabled->setObjectName(QStringLiteral("triggerEnabled"));
    layout->addWidget(m_enabled);

    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages, 1);

    // Webhook page.
    auto *webhook = new QWidget(m_pages);
    auto *webhookForm = new QFormLayout(webhook);
    webhookForm->setContentsMargins(0, 6, 0, 0);
    auto *urlRow = new QHBoxLayout;
    m_url = new QLineEdit(webhook);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setReadOnly(true);
    m_copy = new QToolButton(webhook);
    m_copy->setObjectName(QStringLiteral("copyUrl"));
    m_copy->setIcon(themedIcon(QStringLiteral("copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the URL to the clipboard"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    webhookForm->addRow(tr("URL:"), urlRow);
    m_reply = new QComboBox(webhook);
    m_reply->setObjectName(QStringLiteral("webhookReply"));
    m_reply->addItem(tr("Reply at once (when the request is stored)"), QStringLiteral("before_start"));
    m_reply->addItem(tr("Reply when the run has finished"), QStringLiteral("after_completion"));
    webhookForm->addRow(tr("Re&ply:"), m_reply);
    auto *webhookHelp = new QLabel(tr("Systems send an HTTP POST with a JSON body to this URL. "
                                      "Each request is stored and starts a run."),
                                   webhook);
    webhookHelp->setWordWrap(true);
    webhookHelp->setForegroundRole(QPalette::PlaceholderText);
    webhookForm->addRow(webhookHelp);
    m_pages->addWidget(webhook);

    // Cron page.
    auto *cron = new QWidget(m_pages);
    auto *cronLayout = new QVBoxLayout(cron);
    cronLayout->setContentsMargins(0, 6, 0, 0);
    auto *cronForm = new QFormLayout;
    m_expression = new QLineEdit(cron);
    m_expression->setObjectName(QStringLiteral("cronExpression"));
    m_expression->setPlaceholderText(tr("minute hour day month weekday, e.g. 0 6 * * *"));
    QFont mono = m_expression->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_expression->setFont(mono);
    cronForm->addRow(tr("&Schedule:"), m_expression);
    m_error = new QLabel(cron);
    m_error->setObjectName(QStringLiteral("cronError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, MessageBanner::accentColor(MessageLevel::Error));
    m_error->setPalette(errorPalette);
    cronForm->addRow(QString(), m_error);
    m_reading = new QLabel(cron);
    m_reading->setObjectName(QStringLiteral("cronReading"));
    m_reading->setWordWrap(true);
    cronForm->addRow(tr("Runs:"), m_reading);
    cronLayout->addLayout(cronForm);
    auto *firesLabel = new QLabel(tr("Next runs:"), cron);
    cronLayout->addWidget(firesLabel);
    m_fires = new NextFiresModel(this);
    m_firesView = new QTableView(cron);
    m_firesView->setObjectName(QStringLiteral("nextFires"));
    m_firesView->setModel(m_fires);
    m_firesView->verticalHeader()->hide();
    m_firesView->horizontalHeader()->setStretchLastSection(true);
    m_firesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_firesView->setSelectionMode(QAbstractItemView::NoSelection);
    m_firesView->setFocusPolicy(Qt::NoFocus);
    m_firesView->setAlternatingRowColors(true);
    m_firesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_firesView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_firesView->setFixedHeight(m_firesView->horizontalHeader()->sizeHint().height()
                                + kFireCount * m_firesView->verticalHeader()->defaultSectionSize()
                                + 2 * m_firesView->frameWidth());
    cronLayout->addWidget(m_firesView);
    cronLayout->addStretch(1);
    m_pages->addWidget(cron);

    connect(m_copy, &QToolButton::clicked, this, &TriggerPanel::copyUrl);
    connect(m_enabled, &QCheckBox::toggled, this, &TriggerPanel::updateModified);
    connect(m_reply, &QComboBox::currentIndexChanged, this, &TriggerPanel::updateModified);
    connect(m_expression, &QLineEdit::textChanged, this, [this] {
        validateExpression();
        updateModified();
    });
    setEnabled(false);
}

void TriggerPanel::setTrigger(const QString &workflowKey, const Trigger &trigger)
{
    m_loading = true;
    m_workflowKey = workflowKey;
    m_original = trigger;
    const bool cron = trigger.type == TriggerType::Cron;
    m_icon->setPixmap(themedPixmap(cron ? QStringLiteral("cron") : QStringLiteral("webhook"), 20,
                                   QColor(0x0f, 0x9d, 0x9a), devicePixelRatioF()));
    m_title->setText(cron ? tr("Cron trigger") : tr("Webhook trigger"));
    m_enabled->setChecked(trigger.enabled);
    m_pages->setCurrentIndex(cron ? 1 : 0);
    if (cron) {
        m_expression->setText(trigger.cronExpression);
    } else {
        const Result<QString> url = m_controller.webhookUrl(workflowKey, trigger);
        m_url->setText(url ? url.value() : QString());
        m_url->setPlaceholderText(url ? QString() : tr("Unknown: %1").arg(url.error().message));
        m_copy->setEnabled(url.ok());
        const int reply = m_reply->findData(trigger.webhookReply.isEmpty() ? QStringLiteral("before_start")
                                                                            : trigger.webhookReply);
        m_reply->setCurrentIndex(std::max(0, reply));
    }
    validateExpression();
    m_loading = false;
    setEnabled(true);
    updateModified();
}

Trigger TriggerPanel::editedTrigger() const
{
    Trigger trigger = m_original;
    trigger.enabled = m_enabled->isChecked();
    if (trigger.type == TriggerType::Cron) {
        trigger.cronExpression = m_expression->text().simplified();
    } else {
        const QString reply = m_reply->currentData().toString();
        // An empty reply in the spec means "before_start": keep it empty unless changed.
        trigger.webhookReply = (m_original.webhookReply.isEmpty() && reply == QLatin1String("before_start"))
                                   ? QString()
                                   : reply;
    }
    return trigger;
}

QString TriggerPanel::webhookUrl() const
{
    return m_url->text();
}

QString TriggerPanel::cronError() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

QString TriggerPanel::cronReading() const
{
    return m_reading->text();
}

void TriggerPanel::validateExpression()
{
    if (m_original.type != TriggerType::Cron) {
        m_expressionValid = true;
        return;
    }
    const Result<CronExpression> cron = CronExpression::parse(m_expression->text().simplified());
    m_expressionValid = cron.ok();
    if (!cron) {
        m_error->setText(cron.error().message);
        m_error->setVisible(true);
        m_reading->clear();
        m_fires->setFireTimes({});
        return;
    }
    m_error->clear();
    m_error->setVisible(false);
    m_reading->setText(cron->describe());
    const QList<QDateTime> fires = cron->nextFires(m_clock(), kFireCount);
    m_fires->setFireTimes(fires);
    if (fires.isEmpty())
        m_reading->setText(tr("%1 (never happens)").arg(cron->describe()));
}

void TriggerPanel::updateModified()
{
    if (m_loading)
        return;
    const bool modified = hasTrigger() && editedTrigger() != m_original;
    m_modifiedLabel->setVisible(modified);
    m_revert->defaultAction()->setEnabled(modified);
    m_save->defaultAction()->setEnabled(hasTrigger() && m_expressionValid);
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

bool TriggerPanel::save()
{
    if (!hasTrigger())
        return false;
    if (!m_expressionValid) {
        m_controller.report(MessageLevel::Error,
                                  tr("Trigger not saved: the schedule is not valid (%1).").arg(m_error->text()));
        return false;
    }
    const Trigger trigger = editedTrigger();
    if (!m_controller.saveTrigger(trigger))
        return false;
    const Workflow *workflow = m_controller.currentWorkflow();
    const Trigger *stored = workflow ? workflow->trigger(trigger.key) : nullptr;
    setTrigger(m_workflowKey, stored ? *stored : trigger);
    return true;
}

void TriggerPanel::revert()
{
    if (hasTrigger())
        setTrigger(m_workflowKey, m_original);
}

void TriggerPanel::copyUrl()
{
    if (m_url->text().isEmpty())
        return;
    QApplication::clipboard()->setText(m_url->text());
    m_controller.report(MessageLevel::Information, tr("Webhook URL copied to the clipboard."));
}

bool TriggerPanel::maybeLeave()
{
    if (!m_modified)
        return true;
    const QString what = m_original.type == TriggerType::Cron ? tr("the cron trigger") : tr("the webhook trigger");
    switch (m_prompt(this, what)) {
    case UnsavedChoice::Save: return save();
    case UnsavedChoice::Discard: revert(); return true;
    case UnsavedChoice::Cancel: return false;
    }
    return false;
}

} // namespace sb
