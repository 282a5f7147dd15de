#pragma once

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTableWidget;
class QLabel;
class QPlainTextEdit;

namespace sb {

class Store;

// Project → Settings: the active environment, how long run data is kept (retention) and how many runs of each
// workflow may run at once. Saved when the person presses Save.
class ProjectSettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    ProjectSettingsDialog(Store &store, qint64 projectId, const QString &projectName, QWidget *parent = nullptr);

    // Saves; on failure shows why in the dialog and returns false.
    bool save();

private:
    void updateDays();

    Store &m_store;
    qint64 m_projectId;
    QComboBox *m_environment = nullptr;
    QComboBox *m_policy = nullptr;
    QSpinBox *m_days = nullptr;
    QTableWidget *m_workflows = nullptr;
    QLabel *m_error = nullptr;
};

// Workflows → Run now…: start a workflow by hand with an input typed or pasted as JSON.
class RunNowDialog final : public QDialog
{
    Q_OBJECT

public:
    RunNowDialog(Store &store, qint64 projectId, QWidget *parent = nullptr);

    // The work order made, 0 if none.
    qint64 workOrderId() const { return m_workOrderId; }

private:
    void start();

    Store &m_store;
    QComboBox *m_workflow = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_error = nullptr;
    qint64 m_workOrderId = 0;
};

} // namespace sb
