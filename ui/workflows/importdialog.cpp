#include "importdialog.h"

#include "importcontroller.h"
#include "importpreviewmodel.h"
#include "main/icons.h"
#include "main/messagebanner.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace sb {

ImportDialog::ImportDialog(ProjectStore &projects, QWidget *parent)
    : QDialog(parent)
    , m_controller(new ImportController(projects, this))
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import project"));
    resize(760, 560);
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Import an OpenFn project spec file (openfn-…-spec.yaml). "
                                "Nothing changes until you apply the import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setReadOnly(true);
    m_path->setPlaceholderText(tr("No file chosen"));
    auto *browse = new QPushButton(themedIcon(QStringLiteral("import")), tr("&Choose file…"), this);
    browse->setObjectName(QStringLiteral("chooseFile"));
    fileRow->addWidget(new QLabel(tr("File:"), this));
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    layout->addLayout(fileRow);

    m_banner = new MessageBanner(this);
    layout->addWidget(m_banner);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    layout->addWidget(m_status);

    m_errors = new QPlainTextEdit(this);
    m_errors->setObjectName(QStringLiteral("importErrors"));
    m_errors->setReadOnly(true);
    m_errors->setVisible(false);
    QFont mono = m_errors->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_errors->setFont(mono);
    layout->addWidget(m_errors, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("importPreview"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ImportPreviewModel::Item, QHeaderView::Interactive);
    m_tree->setColumnWidth(ImportPreviewModel::Item, 340);
    m_tree->setColumnWidth(ImportPreviewModel::Kind, 110);
    layout->addWidget(m_tree, 3);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply import"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyImport"));
    m_apply->setEnabled(false);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_apply, &QPushButton::clicked, this, &ImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_controller, &ImportController::parsed, this, &ImportDialog::onParsed);
}

void ImportDialog::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : QFileInfo(m_path->text()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import project"), start,
                                                      tr("OpenFn project spec (*.yaml *.yml);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void ImportDialog::openFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_banner->hideMessage();
    m_errors->clear();
    m_errors->setVisible(false);
    m_summary->clear();
    m_model->clear();
    m_apply->setEnabled(false);
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_controller->readFile(path);
}

void ImportDialog::onParsed()
{
    m_status->clear();
    if (!m_controller->hasProject()) {
        m_banner->showMessage(tr("This file cannot be imported. Fix the error below and choose it again."),
                              MessageLevel::Error);
        m_errors->setPlainText(m_controller->error().toString());
        m_errors->setVisible(true);
        m_tree->setVisible(false);
        return;
    }
    m_tree->setVisible(true);
    const std::optional<ProjectDiff> &preview = m_controller->preview();
    if (!preview) {
        m_banner->showMessage(tr("Could not compare with the stored project: %1")
                                  .arg(m_controller->error().toString()),
                              MessageLevel::Error);
        return;
    }
    m_model->setDiff(*preview, &m_controller->project());
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->setFirstColumnSpanned(row, QModelIndex(), true);
    m_tree->expandAll();
    if (preview->isEmpty()) {
        m_summary->setText(tr("No changes: the project “%1” in the store is already the same as this file.")
                               .arg(m_controller->project().name));
        m_apply->setEnabled(false);
        return;
    }
    m_summary->setText(preview->newProject
                           ? tr("New project “%1”: %2").arg(m_controller->project().name, preview->summary())
                           : tr("Changes to “%1”: %2").arg(m_controller->project().name, preview->summary()));
    if (!preview->warnings.isEmpty()) {
        // Importable, but these jobs will not run: say so before anyone applies.
        m_banner->showMessage(tr("%n job(s) use an adaptor this Switchboard does not have; they will fail until changed.",
                                 nullptr, int(preview->warnings.size())),
                              MessageLevel::Warning);
        m_errors->setPlainText(preview->warnings.join(QLatin1Char('\n')));
        m_errors->setVisible(true);
    }
    m_apply->setEnabled(true);
}

bool ImportDialog::canApply() const
{
    return m_apply->isEnabled();
}

QString ImportDialog::errorText() const
{
    return m_errors->toPlainText();
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

bool ImportDialog::apply()
{
    if (!canApply())
        return false;
    const Result<ProjectDiff> applied = m_controller->apply();
    if (!applied) {
        m_banner->showMessage(tr("The import failed and nothing was changed: %1").arg(applied.error().toString()),
                              MessageLevel::Error);
        return false;
    }
    emit imported(m_controller->project().name, applied.value());
    accept();
    return true;
}

} // namespace sb
