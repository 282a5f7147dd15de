#pragma once

#include <QWidget>

class QLabel;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace sb {

class TriggerTableModel;
class TriggersController;

// The Triggers page: every trigger of the project with its URL or schedule, what it
// does and when it fires next. A double-click opens the trigger in its workflow.
class TriggersView final : public QWidget
{
    Q_OBJECT

public:
    explicit TriggersView(TriggersController &controller, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    TriggerTableModel *model() const { return m_model; }

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

signals:
    void openTriggerRequested(const QString &workflowKey, const QString &triggerKey);

private:
    void onRowsChanged();

    TriggersController &m_controller;
    TriggerTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    bool m_sized = false;
};

} // namespace sb
