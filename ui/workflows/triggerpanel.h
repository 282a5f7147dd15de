#pragma once

#include "engine/triggersettings.h"
#include "inbox/webhookauth.h"
#include "main/unsavedprompt.h"
#include "project/model.h"

#include <QDateTime>
#include <QDialog>
#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace sb {

class NextFiresModel;
class Store;
class WorkflowsController;

// What an administrator asks for when adding a webhook auth method.
struct BasicAuthRequest
{
    QString name;
    QString username;
    QString password; // empty = generate one
};

struct ApiKeyRequest
{
    QString name;
    QString headerName; // empty = x-api-key
};

// A secret just made or rotated, for the one time it is shown. Never stored or logged.
struct ShownSecret
{
    QString methodName;
    QString kind;       // "basic" | "api_key"
    QString username;   // basic
    QString headerName; // api_key
    QString secret;
    QString url;        // the webhook's URL, to say where the secret is used
};

// The questions the trigger panel asks about auth methods, one function each so tests
// can answer them instead of a person (no modal dialog in a test run). Each returns
// nothing when the person cancelled.
struct TriggerAuthDialogs
{
    std::function<std::optional<BasicAuthRequest>(QWidget *parent)> askBasicAuth;
    std::function<std::optional<ApiKeyRequest>(QWidget *parent)> askApiKey;
    // A new password for basic auth (empty = generate one); always empty for an API key.
    std::function<std::optional<QString>(QWidget *parent, const WebhookAuthMethod &method)> askRotate;
    std::function<bool(QWidget *parent, const WebhookAuthMethod &method, bool lastMethod)> confirmRemove;
    std::function<void(QWidget *parent, const ShownSecret &secret)> showSecret;

    // The real dialogs.
    static TriggerAuthDialogs defaults();
};

// Shows a new secret once, with a Copy button and the sentence that it cannot be shown
// again. Used by TriggerAuthDialogs::defaults().showSecret.
class WebhookSecretDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WebhookSecretDialog(const ShownSecret &secret, QWidget *parent = nullptr);

    QString secretText() const;

public slots:
    void copySecret();

private:
    QLineEdit *m_secret = nullptr;
    QLabel *m_copied = nullptr;
};

// Shows and edits one trigger. A webhook: its URL (with Copy), reply mode, enabled, the
// largest body it accepts, and its auth methods. A cron trigger: the expression with live
// validation, its plain-language reading and the next five fire times in UTC and local
// time, enabled, what happens to fires missed while no engine ran, whether runs start
// from the previous run's final state, and when it last fired.
//
// Spec fields and the engine settings (body size, missed fires, previous state) are saved
// together by Save and reverted by Revert; the engine settings are console state written
// with saveTriggerSettings(). Auth methods are changed at once by their own buttons.
// Engine settings and auth methods need the store (setStore); without it they are hidden.
class TriggerPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit TriggerPanel(WorkflowsController &controller, QWidget *parent = nullptr);

    void setStore(Store *store);
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

    // The trigger's database id (0 without a store or when it is not found).
    qint64 triggerId() const { return m_triggerId; }
    // The engine settings as the widgets show them.
    TriggerEngineSettings editedSettings() const;
    bool areSettingsValid() const { return m_settingsValid; }
    QString settingsError() const;
    QList<WebhookAuthMethod> authMethods() const { return m_methods; }

    bool maybeLeave();
    void setUnsavedPrompt(UnsavedPrompt prompt) { m_prompt = std::move(prompt); }
    void setAuthDialogs(TriggerAuthDialogs dialogs) { m_dialogs = std::move(dialogs); }
    // For tests: the time next fires are computed from (default: now).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

public slots:
    bool save();
    void revert();
    void copyUrl();
    bool addBasicAuth();
    bool addApiKey();
    // The selected auth method.
    bool rotateAuth();
    bool removeAuth();
    void selectAuthMethod(qint64 methodId);

signals:
    void modifiedChanged(bool modified);

private:
    void buildWebhookPage(QWidget *page);
    void buildCronPage(QWidget *page);
    void loadEngineState();
    void showSettings(const TriggerEngineSettings &settings);
    void reloadAuthMethods(qint64 selectMethodId = 0);
    const WebhookAuthMethod *selectedMethod() const;
    void updateAuthButtons();
    void showSecretOnce(const WebhookAuthMethod *method, qint64 methodId, QString secret);
    void validateExpression();
    void validateSettings();
    void updateMissedHelp();
    void updateModified();
    bool engineVisible() const { return m_store && m_triggerId > 0; }

    WorkflowsController &m_controller;
    Store *m_store = nullptr;
    QString m_workflowKey;
    Trigger m_original;
    qint64 m_triggerId = 0;
    TriggerEngineSettings m_settings; // as stored
    QList<WebhookAuthMethod> m_methods;
    bool m_modified = false;
    bool m_loading = false;
    bool m_expressionValid = true;
    bool m_settingsValid = true;
    UnsavedPrompt m_prompt;
    TriggerAuthDialogs m_dialogs;
    std::function<QDateTime()> m_clock;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_modifiedLabel = nullptr;
    QToolButton *m_save = nullptr;
    QToolButton *m_revert = nullptr;
    QCheckBox *m_enabled = nullptr;
    QStackedWidget *m_pages = nullptr;
    // Webhook
    QFormLayout *m_webhookForm = nullptr;
    QLineEdit *m_url = nullptr;
    QToolButton *m_copy = nullptr;
    QComboBox *m_reply = nullptr;
    QWidget *m_maxBodyRow = nullptr;
    QSpinBox *m_maxBody = nullptr;
    QComboBox *m_maxBodyUnit = nullptr;
    QLabel *m_maxBodyError = nullptr;
    QWidget *m_authSection = nullptr;
    QWidget *m_openWarning = nullptr;
    QLabel *m_authSummary = nullptr;
    QTreeWidget *m_authList = nullptr;
    QPushButton *m_addBasic = nullptr;
    QPushButton *m_addApiKey = nullptr;
    QPushButton *m_rotate = nullptr;
    QPushButton *m_remove = nullptr;
    // Cron
    QFormLayout *m_cronForm = nullptr;
    QLineEdit *m_expression = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_reading = nullptr;
    QTableView *m_firesView = nullptr;
    NextFiresModel *m_fires = nullptr;
    QWidget *m_cronEngine = nullptr;
    QComboBox *m_missed = nullptr;
    QLabel *m_missedHelp = nullptr;
    QCheckBox *m_fromLastState = nullptr;
    QLabel *m_lastFired = nullptr;
};

} // namespace sb
