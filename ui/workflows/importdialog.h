#pragma once

#include "project/projectdiff.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace sb {

class ImportController;
class ImportPreviewModel;
class MessageBanner;
class ProjectStore;

// File → Import project: pick an OpenFn spec file, see its errors or what importing it
// would change, then apply.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(ProjectStore &projects, QWidget *parent = nullptr);

    // Reads `path` in the background; the preview or the errors follow.
    void openFile(const QString &path);
    bool canApply() const;
    QString errorText() const;
    QString summaryText() const;
    ImportPreviewModel *previewModel() const { return m_model; }
    ImportController *controller() const { return m_controller; }

public slots:
    void chooseFile();
    bool apply();

signals:
    void imported(const QString &projectName, const sb::ProjectDiff &diff);

private:
    void onParsed();

    ImportController *m_controller = nullptr;
    ImportPreviewModel *m_model = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_path = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_errors = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace sb
