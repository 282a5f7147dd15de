#pragma once

#include "main/unsavedprompt.h"
#include "project/model.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace sb {

class CodeEditor;
class FindBar;
class WorkflowsController;

// Edits one job: name, adaptor and version, credential, and its code. Save (Ctrl+S)
// validates and saves through the controller; Revert goes back to the stored job.
class JobEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit JobEditor(WorkflowsController &controller, QWidget *parent = nullptr);

    void setJob(const Job &job, const QList<CredentialRef> &credentials);
    bool hasJob() const { return !m_original.key.isEmpty(); }
    QString jobKey() const { return m_original.key; }
    const Job &storedJob() const { return m_original; }
    // The job as the fields describe it now.
    Job editedJob() const;
    bool isModified() const { return m_modified; }

    // Before showing something else: asks about unsaved changes. False means stay.
    bool maybeLeave();
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }

    CodeEditor *codeEditor() const { return m_code; }
    FindBar *findBar() const { return m_findBar; }

public slots:
    bool save();
    void revert();

signals:
    void modifiedChanged(bool modified);

private:
    void updateModified();
    void fillCredentials(const QList<CredentialRef> &credentials, const QString &selected);

    WorkflowsController &m_controller;
    Job m_original;
    bool m_modified = false;
    bool m_loading = false;
    UnsavedPrompt m_prompt;

    QLabel *m_title = nullptr;
    QLabel *m_keyLabel = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_revert = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_adaptor = nullptr;
    QLineEdit *m_version = nullptr;
    QComboBox *m_credential = nullptr;
    CodeEditor *m_code = nullptr;
    FindBar *m_findBar = nullptr;
};

} // namespace sb
