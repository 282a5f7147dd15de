#pragma once

#include "main/unsavedprompt.h"
#include "project/model.h"

#include <QDateTime>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace sb {

class NextFiresModel;
class WorkflowsController;

// Shows and edits one trigger. A webhook: its URL (with Copy), reply mode, enabled.
// A cron trigger: the expression with live validation, its plain-language reading and
// the next five fire times in UTC and local time, enabled.
class TriggerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TriggerPanel(WorkflowsController &controller, QWidget *parent = nullptr);

    void setTrigger(const QString &workflowKey, const Trigger &trigger);
    bool hasTrigger() const { return !m_original.key.isEmpty(); }
    QString triggerKey() const { return m_original.key; }
    Trigger editedTrigger() const;
    bool isModified() const { return m_modified; }
    bool isExpressionValid() const { return m_expressionValid; }

    QString webhookUrl() const;
    QString cronError() const;
    QString cronReading() const;
    NextFiresModel *nextFiresModel() const { return m_fires; }

    bool maybeLeave();
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    // For tests: the time next fires are computed from (default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public slots:
    bool save();
    void revert();
    void copyUrl();

signals:
    void modifiedChanged(bool modified);

private:
    void validateExpression();
    void updateModified();

    WorkflowsController &m_controller;
    QString m_workflowKey;
    Trigger m_original;
    bool m_modified = false;
    bool m_loading = false;
    bool m_expressionValid = true;
    UnsavedPrompt m_prompt;
    std::function<QDateTime()> m_clock;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_revert = nullptr;
    QCheckBox *m_enabled = nullptr;
    QStackedWidget *m_pages = nullptr;
    // Webhook
    QLineEdit *m_url = nullptr;
    QToolButton *m_copy = nullptr;
    QComboBox *m_reply = nullptr;
    // Cron
    QLineEdit *m_expression = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_reading = nullptr;
    QTableView *m_firesView = nullptr;
    NextFiresModel *m_fires = nullptr;
};

} // namespace sb
