#include "jobeditor.h"

#include "adaptorname.h"
#include "codeeditor.h"
#include "findbar.h"
#include "main/icons.h"
#include "workflowscontroller.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

JobEditor::JobEditor(WorkflowsController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_prompt(&askAboutUnsavedChanges)
{
    setObjectName(QStringLiteral("jobEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    // Header: what is being edited, whether it changed, and the two actions.
    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 8, 0);
    auto *icon = new QLabel(this);
    icon->setPixmap(themedPixmap(QStringLiteral("job"), 20, QColor(0x4f, 0x6b, 0xed), devicePixelRatioF()));
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_keyLabel = new QLabel(this);
    m_keyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_keyLabel->setTextFormat(Qt::PlainText);
    m_modifiedLabel = new QLabel(tr("● Modified"), this);
    m_modifiedLabel->setObjectName(QStringLiteral("modifiedLabel"));
    m_modifiedLabel->setToolTip(tr("This job has changes that are not saved"));
    m_modifiedLabel->setVisible(false);

    auto *saveAction = new QAction(themedIcon(QStringLiteral("save")), tr("&Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    saveAction->setToolTip(tr("Check and save the job (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    addAction(saveAction);
    auto *revertAction = new QAction(themedIcon(QStringLiteral("revert")), tr("&Revert"), this);
    revertAction->setToolTip(tr("Discard the changes and show the saved job"));
    addAction(revertAction);
    m_save = new QToolButton(this);
    m_save->setObjectName(QStringLiteral("saveJob"));
    m_save->setDefaultAction(saveAction);
    m_save->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_revert = new QToolButton(this);
    m_revert->setObjectName(QStringLiteral("revertJob"));
    m_revert->setDefaultAction(revertAction);
    m_revert->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(saveAction, &QAction::triggered, this, &JobEditor::save);
    connect(revertAction, &QAction::triggered, this, &JobEditor::revert);

    header->addWidget(icon);
    header->addWidget(m_title);
    header->addWidget(m_keyLabel);
    header->addStretch(1);
    header->addWidget(m_modifiedLabel);
    header->addWidget(m_revert);
    header->addWidget(m_save);
    layout->addLayout(header);

    // Fields.
    auto *form = new QFormLayout;
    form->setContentsMargins(8, 0, 8, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("jobName"));
    form->addRow(tr("&Name:"), m_name);

    auto *adaptorRow = new QHBoxLayout;
    m_adaptor = new QComboBox(this);
    m_adaptor->setObjectName(QStringLiteral("jobAdaptor"));
    m_adaptor->setEditable(true);
    m_adaptor->setInsertPolicy(QComboBox::NoInsert);
    m_adaptor->addItems(AdaptorName::commonPackages());
    m_adaptor->setToolTip(tr("The adaptor package: @openfn/language-<name>"));
    m_version = new QLineEdit(this);
    m_version->setObjectName(QStringLiteral("jobAdaptorVersion"));
    m_version->setPlaceholderText(tr("latest"));
    m_version->setToolTip(tr("A version such as 4.0.5, or latest"));
    auto *versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    adaptorRow->addWidget(m_adaptor, 2);
    adaptorRow->addWidget(versionLabel);
    adaptorRow->addWidget(m_version, 1);
    form->addRow(tr("&Adaptor:"), adaptorRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(adaptorRow)))
        label->setBuddy(m_adaptor);

    m_credential = new QComboBox(this);
    m_credential->setObjectName(QStringLiteral("jobCredential"));
    form->addRow(tr("&Credential:"), m_credential);
    layout->addLayout(form);

    m_code = new CodeEditor(this);
    layout->addWidget(m_code, 1);
    m_findBar = new FindBar(m_code, this, this);
    layout->addWidget(m_findBar);

    connect(m_name, &QLineEdit::textChanged, this, &JobEditor::updateModified);
    connect(m_adaptor, &QComboBox::currentTextChanged, this, &JobEditor::updateModified);
    connect(m_version, &QLineEdit::textChanged, this, &JobEditor::updateModified);
    connect(m_credential, &QComboBox::currentIndexChanged, this, &JobEditor::updateModified);
    connect(m_code, &QPlainTextEdit::textChanged, this, &JobEditor::updateModified);
    setEnabled(false);
    updateModified();
}

void JobEditor::fillCredentials(const QList<CredentialRef> &credentials, const QString &selected)
{
    m_credential->clear();
    m_credential->addItem(tr("(none)"), QString());
    for (const CredentialRef &credential : credentials) {
        const QString label = credential.name.isEmpty() ? credential.key
                              : credential.owner.isEmpty()
                                  ? credential.name
                                  : tr("%1 (%2)").arg(credential.name, credential.owner);
        m_credential->addItem(label, credential.key);
    }
    int index = m_credential->findData(selected);
    if (index < 0 && !selected.isEmpty()) {
        // A credential the project no longer lists: keep it visible so saving shows the problem.
        m_credential->addItem(tr("%1 (unknown)").arg(selected), selected);
        index = m_credential->count() - 1;
    }
    m_credential->setCurrentIndex(std::max(0, index));
}

void JobEditor::setJob(const Job &job, const QList<CredentialRef> &credentials)
{
    m_loading = true;
    m_original = job;
    const AdaptorName adaptor = AdaptorName::parse(job.adaptor);
    m_title->setText(job.name.isEmpty() ? job.key : job.name);
    m_keyLabel->setText(tr("key: %1").arg(job.key));
    m_name->setText(job.name);
    if (m_adaptor->findText(adaptor.package) < 0 && !adaptor.package.isEmpty())
        m_adaptor->addItem(adaptor.package);
    m_adaptor->setCurrentText(adaptor.package);
    m_version->setText(adaptor.version);
    fillCredentials(credentials, job.credential);
    m_code->setPlainText(job.body);
    m_code->document()->setModified(false);
    m_loading = false;
    setEnabled(true);
    updateModified();
}

Job JobEditor::editedJob() const
{
    Job job = m_original;
    job.name = m_name->text().trimmed();
    AdaptorName adaptor;
    adaptor.package = m_adaptor->currentText().trimmed();
    adaptor.version = m_version->text().trimmed();
    // Keep the stored spelling when the fields say the same thing.
    const AdaptorName stored = AdaptorName::parse(m_original.adaptor);
    job.adaptor = (adaptor.package == stored.package && adaptor.version == stored.version)
                      ? m_original.adaptor
                      : adaptor.toString();
    job.credential = m_credential->currentData().toString();
    job.body = m_code->toPlainText();
    return job;
}

void JobEditor::updateModified()
{
    if (m_loading)
        return;
    const bool modified = hasJob() && editedJob() != m_original;
    m_modifiedLabel->setVisible(modified);
    m_revert->defaultAction()->setEnabled(modified);
    m_save->defaultAction()->setEnabled(hasJob());
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
}

bool JobEditor::save()
{
    if (!hasJob())
        return false;
    const Job job = editedJob();
    if (!m_controller.saveJob(job))
        return false;
    // The controller reloaded the project; show what the store has now.
    const Workflow *workflow = m_controller.currentWorkflow();
    const Job *stored = workflow ? workflow->job(job.key) : nullptr;
    const QTextCursor cursor = m_code->textCursor();
    m_original = stored ? *stored : job;
    m_title->setText(m_original.name.isEmpty() ? m_original.key : m_original.name);
    if (m_code->toPlainText() != m_original.body) {
        m_loading = true;
        m_code->setPlainText(m_original.body);
        m_loading = false;
    } else {
        m_code->setTextCursor(cursor);
    }
    updateModified();
    return true;
}

void JobEditor::revert()
{
    if (!hasJob())
        return;
    setJob(m_original, m_controller.project().credentials);
}

bool JobEditor::maybeLeave()
{
    if (!m_modified)
        return true;
    const QString name = m_original.name.isEmpty() ? m_original.key : m_original.name;
    return resolveUnsavedChanges(m_prompt, this, tr("the job “%1”").arg(name), [this] { return save(); }, [this] { revert(); });
}

} // namespace sb
