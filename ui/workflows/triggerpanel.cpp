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
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sb {

namespace {

constexpr int kFireCount = 5;
constexpr qint64 kKB = 1024;
constexpr qint64 kMB = 1024 * 1024;
constexpr int kMethodIdRole = Qt::UserRole + 1;

enum AuthColumn { NameColumn, KindColumn, SentAsColumn, CreatedColumn, RotatedColumn, AuthColumnCount };

QFont monospace(QFont font)
{
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    return font;
}

QLabel *helpLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setVisible(false);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, MessageBanner::accentColor(MessageLevel::Error));
    label->setPalette(palette);
    return label;
}

QString kindText(const QString &kind)
{
    return kind == QLatin1String("basic") ? TriggerPanel::tr("Basic auth") : TriggerPanel::tr("API key");
}

QString sentAsText(const WebhookAuthMethod &method)
{
    return method.kind == QLatin1String("basic") ? TriggerPanel::tr("user %1").arg(method.username)
                                                 : TriggerPanel::tr("header %1").arg(method.headerName);
}

QString dateText(qint64 ms)
{
    if (ms <= 0)
        return TriggerPanel::tr("never");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString dateToolTip(qint64 ms)
{
    return ms <= 0 ? QString() : NextFiresModel::formatUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

// The checks addBasicAuth() and addApiKeyAuth() make, so the dialogs can say what is
// wrong before the person presses the button.
QString basicAuthProblem(const QString &username, const QString &password)
{
    const QString user = username.trimmed();
    if (user.isEmpty())
        return TriggerPanel::tr("Type the user name the sending system will use.");
    if (user.contains(QLatin1Char(':')))
        return TriggerPanel::tr("A user name cannot contain \":\".");
    if (!password.isEmpty() && password.size() < 12)
        return TriggerPanel::tr("Choose a password of at least 12 characters, or leave it empty to generate one.");
    return {};
}

QString headerProblem(const QString &headerName)
{
    const QString header = headerName.trimmed().isEmpty() ? QStringLiteral("x-api-key") : headerName.trimmed().toLower();
    static const QRegularExpression token(QStringLiteral("^[a-z0-9!#$%&'*+.^_`|~-]+$"));
    if (!token.match(header).hasMatch())
        return TriggerPanel::tr("\"%1\" is not a valid HTTP header name.").arg(header);
    if (header == QLatin1String("authorization") || header == QLatin1String("content-type")
        || header == QLatin1String("content-length") || header == QLatin1String("host"))
        return TriggerPanel::tr("The key needs a header of its own, such as x-api-key.");
    return {};
}

// A small form dialog: rows, an inline problem line, OK (named) and Cancel. `check`
// returns the problem with the current input (empty = fine) and runs on every edit.
class FormDialog final : public QDialog
{
public:
    FormDialog(const QString &title, const QString &intro, const QString &okText, QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(title);
        auto *layout = new QVBoxLayout(this);
        if (!intro.isEmpty()) {
            auto *introLabel = new QLabel(intro, this);
            introLabel->setWordWrap(true);
            layout->addWidget(introLabel);
        }
        form = new QFormLayout;
        layout->addLayout(form);
        m_problem = errorLabel(this);
        m_problem->setObjectName(QStringLiteral("dialogProblem"));
        layout->addWidget(m_problem);
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
        layout->addWidget(m_buttons);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        setMinimumWidth(460);
    }

    void watch(QLineEdit *edit) { connect(edit, &QLineEdit::textChanged, this, [this] { recheck(); }); }
    void setCheck(std::function<QString()> check)
    {
        m_check = std::move(check);
        recheck();
    }

    QFormLayout *form = nullptr;

private:
    void recheck()
    {
        const QString problem = m_check ? m_check() : QString();
        m_problem->setText(problem);
        m_problem->setVisible(!problem.isEmpty());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
    }

    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString()> m_check;
};

QLineEdit *passwordEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(TriggerPanel::tr("Leave empty to generate a strong one"));
    return edit;
}

std::optional<BasicAuthRequest> askBasicAuthDialog(QWidget *parent)
{
    FormDialog dialog(TriggerPanel::tr("Add basic auth"),
                      TriggerPanel::tr("The sending system will post with this user name and password "
                                       "(HTTP basic authentication)."),
                      TriggerPanel::tr("Add"), parent);
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(TriggerPanel::tr("e.g. CommCare forwarder"));
    auto *user = new QLineEdit(&dialog);
    auto *password = passwordEdit(&dialog);
    dialog.form->addRow(TriggerPanel::tr("&Name:"), name);
    dialog.form->addRow(TriggerPanel::tr("&User name:"), user);
    dialog.form->addRow(TriggerPanel::tr("&Password:"), password);
    dialog.watch(user);
    dialog.watch(password);
    dialog.setCheck([user, password] { return basicAuthProblem(user->text(), password->text()); });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return BasicAuthRequest{name->text().trimmed(), user->text().trimmed(), password->text()};
}

std::optional<ApiKeyRequest> askApiKeyDialog(QWidget *parent)
{
    FormDialog dialog(TriggerPanel::tr("Add API key"),
                      TriggerPanel::tr("Switchboard makes a random key. The sending system sends it in this "
                                       "header with every request."),
                      TriggerPanel::tr("Add"), parent);
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(TriggerPanel::tr("e.g. CommCare forwarder"));
    auto *header = new QLineEdit(QStringLiteral("x-api-key"), &dialog);
    header->setFont(monospace(header->font()));
    dialog.form->addRow(TriggerPanel::tr("&Name:"), name);
    dialog.form->addRow(TriggerPanel::tr("&Header:"), header);
    dialog.watch(header);
    dialog.setCheck([header] { return headerProblem(header->text()); });
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return ApiKeyRequest{name->text().trimmed(), header->text().trimmed().toLower()};
}

std::optional<QString> askRotateDialog(QWidget *parent, const WebhookAuthMethod &method)
{
    const bool basic = method.kind == QLatin1String("basic");
    FormDialog dialog(TriggerPanel::tr("Rotate “%1”").arg(method.name),
                      TriggerPanel::tr("The current secret of “%1” stops working at once. Give the new one to "
                                       "the sending system right after.")
                          .arg(method.name),
                      TriggerPanel::tr("Rotate"), parent);
    QLineEdit *password = nullptr;
    if (basic) {
        dialog.form->addRow(TriggerPanel::tr("User name:"), new QLabel(method.username, &dialog));
        password = passwordEdit(&dialog);
        dialog.form->addRow(TriggerPanel::tr("New &password:"), password);
        dialog.watch(password);
        dialog.setCheck([password, method] { return basicAuthProblem(method.username, password->text()); });
    }
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return password ? password->text() : QString();
}

bool confirmRemoveDialog(QWidget *parent, const WebhookAuthMethod &method, bool lastMethod)
{
    QMessageBox box(QMessageBox::Warning, TriggerPanel::tr("Remove auth method"),
                    TriggerPanel::tr("Remove “%1”?").arg(method.name), QMessageBox::Cancel, parent);
    QString info = TriggerPanel::tr("Requests that use it are refused from now on.");
    if (lastMethod)
        info += QLatin1Char(' ')
                + TriggerPanel::tr("It is the last one: the webhook will be open, and anyone who knows the URL can post.");
    box.setInformativeText(info);
    QPushButton *remove = box.addButton(TriggerPanel::tr("Remove"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

TriggerAuthDialogs TriggerAuthDialogs::defaults()
{
    TriggerAuthDialogs d;
    d.askBasicAuth = &askBasicAuthDialog;
    d.askApiKey = &askApiKeyDialog;
    d.askRotate = &askRotateDialog;
    d.confirmRemove = &confirmRemoveDialog;
    d.showSecret = [](QWidget *parent, const ShownSecret &secret) {
        WebhookSecretDialog dialog(secret, parent);
        dialog.exec();
    };
    return d;
}

WebhookSecretDialog::WebhookSecretDialog(const ShownSecret &secret, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("webhookSecretDialog"));
    setWindowTitle(tr("New secret for “%1”").arg(secret.methodName));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);

    auto *warningRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(themedPixmap(QStringLiteral("warning"), 24, MessageBanner::accentColor(MessageLevel::Warning),
                                 devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop);
    auto *once = new QLabel(tr("Copy this secret now. It is shown only this once: Switchboard keeps only a "
                               "fingerprint of it and cannot show it again."),
                            this);
    once->setObjectName(QStringLiteral("secretShownOnce"));
    once->setWordWrap(true);
    QFont bold = once->font();
    bold.setBold(true);
    once->setFont(bold);
    warningRow->addWidget(icon);
    warningRow->addWidget(once, 1);
    layout->addLayout(warningRow);

    const bool basic = secret.kind == QLatin1String("basic");
    auto *form = new QFormLayout;
    if (!secret.url.isEmpty()) {
        auto *url = new QLabel(secret.url, this);
        url->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(tr("Webhook:"), url);
    }
    if (basic) {
        auto *user = new QLabel(secret.username, this);
        user->setTextInteractionFlags(Qt::TextSelectableByMouse);
        user->setFont(monospace(user->font()));
        form->addRow(tr("User name:"), user);
    } else {
        auto *header = new QLabel(secret.headerName, this);
        header->setFont(monospace(header->font()));
        form->addRow(tr("Header:"), header);
    }
    auto *secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(secret.secret, this);
    m_secret->setObjectName(QStringLiteral("webhookSecret"));
    m_secret->setReadOnly(true);
    m_secret->setFont(monospace(m_secret->font()));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(secret.secret) + 16);
    auto *copy = new QPushButton(themedIcon(QStringLiteral("copy")), tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copySecret"));
    copy->setToolTip(tr("Copy the secret to the clipboard"));
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(copy);
    form->addRow(basic ? tr("Password:") : tr("API key:"), secretRow);
    layout->addLayout(form);

    layout->addWidget(helpLabel(basic ? tr("The sending system uses HTTP basic authentication with this user name "
                                           "and password.")
                                      : tr("The sending system sends this key in the %1 header of every request.")
                                            .arg(secret.headerName),
                                this));
    layout->addWidget(helpLabel(tr("If it is lost, use Rotate… to make a new one."), this));
    m_copied = new QLabel(tr("Copied to the clipboard."), this);
    m_copied->setObjectName(QStringLiteral("secretCopied"));
    m_copied->setVisible(false);
    layout->addWidget(m_copied);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Done"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(copy, &QPushButton::clicked, this, &WebhookSecretDialog::copySecret);
    copy->setFocus();
}

QString WebhookSecretDialog::secretText() const
{
    return m_secret->text();
}

void WebhookSecretDialog::copySecret()
{
    QApplication::clipboard()->setText(m_secret->text());
    m_copied->setVisible(true);
}

TriggerPanel::TriggerPanel(WorkflowsController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_prompt(&askAboutUnsavedChanges)
    , m_dialogs(TriggerAuthDialogs::defaults())
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
    auto *webhook = new QWidget(m_pages);
    buildWebhookPage(webhook);
    m_pages->addWidget(webhook);
    auto *cron = new QWidget(m_pages);
    buildCronPage(cron);
    m_pages->addWidget(cron);

    connect(m_copy, &QToolButton::clicked, this, &TriggerPanel::copyUrl);
    connect(m_enabled, &QCheckBox::toggled, this, &TriggerPanel::updateModified);
    connect(m_reply, &QComboBox::currentIndexChanged, this, &TriggerPanel::updateModified);
    connect(m_expression, &QLineEdit::textChanged, this, [this] {
        validateExpression();
        updateModified();
    });
    auto settingsEdited = [this] {
        validateSettings();
        updateModified();
    };
    connect(m_maxBody, &QSpinBox::valueChanged, this, [this, settingsEdited] {
        m_maxBodyUnit->setEnabled(m_maxBody->value() > 0);
        settingsEdited();
    });
    connect(m_maxBodyUnit, &QComboBox::currentIndexChanged, this, settingsEdited);
    connect(m_missed, &QComboBox::currentIndexChanged, this, [this, settingsEdited] {
        updateMissedHelp();
        settingsEdited();
    });
    connect(m_fromLastState, &QCheckBox::toggled, this, settingsEdited);
    connect(m_addBasic, &QPushButton::clicked, this, &TriggerPanel::addBasicAuth);
    connect(m_addApiKey, &QPushButton::clicked, this, &TriggerPanel::addApiKey);
    connect(m_rotate, &QPushButton::clicked, this, &TriggerPanel::rotateAuth);
    connect(m_remove, &QPushButton::clicked, this, &TriggerPanel::removeAuth);
    connect(m_authList, &QTreeWidget::itemSelectionChanged, this, &TriggerPanel::updateAuthButtons);
    setEnabled(false);
}

void TriggerPanel::buildWebhookPage(QWidget *page)
{
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 6, 0, 0);
    m_webhookForm = new QFormLayout;
    auto *urlRow = new QHBoxLayout;
    m_url = new QLineEdit(page);
    m_url->setObjectName(QStringLiteral("webhookUrl"));
    m_url->setReadOnly(true);
    m_copy = new QToolButton(page);
    m_copy->setObjectName(QStringLiteral("copyUrl"));
    m_copy->setIcon(themedIcon(QStringLiteral("copy")));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the URL to the clipboard"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_copy);
    m_webhookForm->addRow(tr("URL:"), urlRow);
    m_reply = new QComboBox(page);
    m_reply->setObjectName(QStringLiteral("webhookReply"));
    m_reply->addItem(tr("Reply at once (when the request is stored)"), QStringLiteral("before_start"));
    m_reply->addItem(tr("Reply when the run has finished"), QStringLiteral("after_completion"));
    m_webhookForm->addRow(tr("Re&ply:"), m_reply);
    m_webhookForm->addRow(helpLabel(tr("Systems send an HTTP POST with a JSON body to this URL. "
                                       "Each request is stored and starts a run."),
                                    page));

    // Largest body: a number and a unit; 0 is the engine's default.
    m_maxBodyRow = new QWidget(page);
    auto *maxLayout = new QVBoxLayout(m_maxBodyRow);
    maxLayout->setContentsMargins(0, 0, 0, 0);
    auto *maxRow = new QHBoxLayout;
    m_maxBody = new QSpinBox(m_maxBodyRow);
    m_maxBody->setObjectName(QStringLiteral("webhookMaxBody"));
    m_maxBody->setRange(0, 999999999);
    m_maxBody->setSpecialValueText(tr("Default (%1)").arg(formatByteSize(kDefaultWebhookMaxBytes)));
    m_maxBody->setToolTip(tr("0 uses the default of %1").arg(formatByteSize(kDefaultWebhookMaxBytes)));
    m_maxBody->setMinimumWidth(m_maxBody->fontMetrics().horizontalAdvance(m_maxBody->specialValueText()) + 48);
    m_maxBody->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_maxBodyUnit = new QComboBox(m_maxBodyRow);
    m_maxBodyUnit->setObjectName(QStringLiteral("webhookMaxBodyUnit"));
    m_maxBodyUnit->addItem(tr("bytes"), qint64(1));
    m_maxBodyUnit->addItem(tr("KB"), kKB);
    m_maxBodyUnit->addItem(tr("MB"), kMB);
    maxRow->addWidget(m_maxBody);
    maxRow->addWidget(m_maxBodyUnit);
    auto *maxHelp = helpLabel(tr("Larger requests are refused (HTTP 413). From %1 to %2.")
                                  .arg(formatByteSize(kMinWebhookMaxBytes), formatByteSize(kMaxWebhookMaxBytes)),
                              m_maxBodyRow);
    maxRow->addWidget(maxHelp, 1);
    maxLayout->addLayout(maxRow);
    m_maxBodyError = errorLabel(m_maxBodyRow);
    m_maxBodyError->setObjectName(QStringLiteral("webhookMaxBodyError"));
    maxLayout->addWidget(m_maxBodyError);
    auto *maxLabel = new QLabel(tr("Largest &body:"), page);
    maxLabel->setBuddy(m_maxBody);
    m_webhookForm->addRow(maxLabel, m_maxBodyRow);
    pageLayout->addLayout(m_webhookForm);

    // Auth methods: applied at once by their buttons, not by Save.
    auto *auth = new QGroupBox(tr("Authentication"), page);
    auth->setObjectName(QStringLiteral("webhookAuth"));
    m_authSection = auth;
    auto *authLayout = new QVBoxLayout(auth);
    m_openWarning = new QWidget(auth);
    auto *openLayout = new QHBoxLayout(m_openWarning);
    openLayout->setContentsMargins(0, 0, 0, 0);
    auto *openIcon = new QLabel(m_openWarning);
    openIcon->setPixmap(themedPixmap(QStringLiteral("warning"), 20, MessageBanner::accentColor(MessageLevel::Warning),
                                     devicePixelRatioF()));
    auto *openText = new QLabel(tr("Open: anyone who knows the URL can post"), m_openWarning);
    openText->setObjectName(QStringLiteral("authOpenWarning"));
    QFont bold = openText->font();
    bold.setBold(true);
    openText->setFont(bold);
    openLayout->addWidget(openIcon);
    openLayout->addWidget(openText, 1);
    authLayout->addWidget(m_openWarning);
    m_authSummary = helpLabel(QString(), auth);
    m_authSummary->setObjectName(QStringLiteral("authSummary"));
    authLayout->addWidget(m_authSummary);
    m_authList = new QTreeWidget(auth);
    m_authList->setObjectName(QStringLiteral("webhookAuthMethods"));
    m_authList->setColumnCount(AuthColumnCount);
    m_authList->setHeaderLabels({tr("Name"), tr("Kind"), tr("Sent as"), tr("Created"), tr("Rotated")});
    m_authList->setRootIsDecorated(false);
    m_authList->setUniformRowHeights(true);
    m_authList->setAlternatingRowColors(true);
    m_authList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_authList->header()->setStretchLastSection(false);
    m_authList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_authList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    authLayout->addWidget(m_authList);
    auto *buttons = new QHBoxLayout;
    m_addBasic = new QPushButton(tr("Add basic &auth…"), auth);
    m_addBasic->setObjectName(QStringLiteral("addBasicAuth"));
    m_addApiKey = new QPushButton(tr("Add API &key…"), auth);
    m_addApiKey->setObjectName(QStringLiteral("addApiKey"));
    m_rotate = new QPushButton(tr("R&otate…"), auth);
    m_rotate->setObjectName(QStringLiteral("rotateAuth"));
    m_rotate->setToolTip(tr("Give the selected method a new secret; the old one stops working"));
    m_remove = new QPushButton(tr("Re&move…"), auth);
    m_remove->setObjectName(QStringLiteral("removeAuth"));
    buttons->addWidget(m_addBasic);
    buttons->addWidget(m_addApiKey);
    buttons->addStretch(1);
    buttons->addWidget(m_rotate);
    buttons->addWidget(m_remove);
    authLayout->addLayout(buttons);
    pageLayout->addWidget(auth);
    pageLayout->addStretch(1);
}

void TriggerPanel::buildCronPage(QWidget *page)
{
    auto *cronLayout = new QVBoxLayout(page);
    cronLayout->setContentsMargins(0, 6, 0, 0);
    auto *cronForm = new QFormLayout;
    m_expression = new QLineEdit(page);
    m_expression->setObjectName(QStringLiteral("cronExpression"));
    m_expression->setPlaceholderText(tr("minute hour day month weekday, e.g. 0 6 * * *"));
    m_expression->setFont(monospace(m_expression->font()));
    cronForm->addRow(tr("&Schedule:"), m_expression);
    m_error = errorLabel(page);
    m_error->setObjectName(QStringLiteral("cronError"));
    cronForm->addRow(QString(), m_error);
    m_reading = new QLabel(page);
    m_reading->setObjectName(QStringLiteral("cronReading"));
    m_reading->setWordWrap(true);
    cronForm->addRow(tr("Runs:"), m_reading);
    m_lastFired = new QLabel(page);
    m_lastFired->setObjectName(QStringLiteral("cronLastFired"));
    m_lastFired->setWordWrap(true);
    cronForm->addRow(tr("Last fired:"), m_lastFired);
    m_cronForm = cronForm;
    cronLayout->addLayout(cronForm);
    auto *firesLabel = new QLabel(tr("Next runs:"), page);
    cronLayout->addWidget(firesLabel);
    m_fires = new NextFiresModel(this);
    m_firesView = new QTableView(page);
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

    // Engine settings of the schedule (console state, saved with Save).
    m_cronEngine = new QWidget(page);
    auto *engineForm = new QFormLayout(m_cronEngine);
    engineForm->setContentsMargins(0, 10, 0, 0);
    auto *missedField = new QWidget(m_cronEngine);
    auto *missedLayout = new QVBoxLayout(missedField);
    missedLayout->setContentsMargins(0, 0, 0, 0);
    missedLayout->setSpacing(2);
    m_missed = new QComboBox(missedField);
    m_missed->setObjectName(QStringLiteral("missedFires"));
    m_missed->addItem(tr("Run once now"), QStringLiteral("run_once"));
    m_missed->addItem(tr("Skip them"), QStringLiteral("skip"));
    m_missedHelp = helpLabel(QString(), missedField);
    m_missedHelp->setObjectName(QStringLiteral("missedFiresHelp"));
    missedLayout->addWidget(m_missed);
    missedLayout->addWidget(m_missedHelp);
    auto *missedLabel = new QLabel(tr("&Missed runs:"), m_cronEngine);
    missedLabel->setBuddy(m_missed);
    engineForm->addRow(missedLabel, missedField);
    m_fromLastState = new QCheckBox(tr("Start each run from the final state of the previous successful run"),
                                    m_cronEngine);
    m_fromLastState->setObjectName(QStringLiteral("cronFromLastState"));
    m_fromLastState->setToolTip(tr("Otherwise each run starts from an empty state. Useful for jobs that keep a "
                                   "cursor, such as the time of the last record fetched."));
    engineForm->addRow(tr("Input:"), m_fromLastState);
    cronLayout->addWidget(m_cronEngine);
    cronLayout->addStretch(1);
    updateMissedHelp();
}

void TriggerPanel::setStore(Store *store)
{
    m_store = store;
    if (hasTrigger())
        setTrigger(m_workflowKey, m_original);
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
    loadEngineState();
    validateExpression();
    validateSettings();
    m_loading = false;
    setEnabled(true);
    updateModified();
}

void TriggerPanel::loadEngineState()
{
    m_triggerId = 0;
    m_settings = TriggerEngineSettings();
    m_methods.clear();
    if (m_store) {
        const Result<qint64> id = findTriggerId(*m_store, m_controller.projectName(), m_workflowKey, m_original.key);
        const Result<TriggerEngineSettings> settings =
            id ? loadTriggerSettings(*m_store, id.value()) : Result<TriggerEngineSettings>(id.error());
        if (settings) {
            m_triggerId = id.value();
            m_settings = settings.value();
        } else {
            m_controller.report(MessageLevel::Warning,
                                tr("The trigger's engine settings cannot be read: %1").arg(settings.error().message));
        }
    }
    showSettings(m_settings);
    const bool visible = engineVisible();
    m_webhookForm->setRowVisible(m_maxBodyRow, visible);
    m_authSection->setVisible(visible);
    m_cronEngine->setVisible(visible);
    m_cronForm->setRowVisible(m_lastFired, visible);
    if (!visible || m_original.type != TriggerType::Webhook)
        return;
    // The address the engine listens on (what `switchboard triggers` prints too).
    if (const Result<QString> url = webhookFullUrl(*m_store, m_triggerId)) {
        m_url->setText(url.value());
        m_url->setPlaceholderText(QString());
        m_copy->setEnabled(true);
    }
    reloadAuthMethods();
}

void TriggerPanel::showSettings(const TriggerEngineSettings &settings)
{
    const qint64 bytes = settings.maxBodyBytes;
    const qint64 unit = bytes == 0 || bytes % kMB == 0 ? kMB : bytes % kKB == 0 ? kKB : 1;
    m_maxBodyUnit->setCurrentIndex(m_maxBodyUnit->findData(unit));
    m_maxBody->setValue(int(std::min<qint64>(bytes / unit, m_maxBody->maximum())));
    m_maxBodyUnit->setEnabled(bytes > 0);
    m_missed->setCurrentIndex(std::max(0, m_missed->findData(settings.missedFires)));
    m_fromLastState->setChecked(settings.fromLastState);
    if (settings.lastFiredAt > 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(settings.lastFiredAt, Qt::UTC);
        m_lastFired->setText(tr("%1 (%2)").arg(NextFiresModel::formatUtc(at), NextFiresModel::formatLocal(at)));
    } else {
        m_lastFired->setText(tr("Never: the engine starts counting when it first sees this schedule"));
    }
    updateMissedHelp();
}

TriggerEngineSettings TriggerPanel::editedSettings() const
{
    TriggerEngineSettings s = m_settings;
    if (m_original.type == TriggerType::Cron) {
        s.missedFires = m_missed->currentData().toString();
        s.fromLastState = m_fromLastState->isChecked();
    } else {
        s.maxBodyBytes = qint64(m_maxBody->value()) * m_maxBodyUnit->currentData().toLongLong();
    }
    return s;
}

QString TriggerPanel::settingsError() const
{
    return m_maxBodyError->isVisibleTo(this) ? m_maxBodyError->text() : QString();
}

void TriggerPanel::validateSettings()
{
    const Status valid = engineVisible() ? validateTriggerSettings(editedSettings()) : Status(Ok{});
    m_settingsValid = valid.ok();
    m_maxBodyError->setText(valid ? QString() : valid.error().message);
    m_maxBodyError->setVisible(!valid);
}

void TriggerPanel::updateMissedHelp()
{
    m_missedHelp->setText(m_missed->currentData().toString() == QLatin1String("skip")
                              ? tr("Times missed while no engine was running are skipped; the next run is at "
                                   "the next scheduled time.")
                              : tr("When times were missed while no engine was running, the workflow runs once "
                                   "as soon as an engine starts again, however many were missed."));
}

void TriggerPanel::reloadAuthMethods(qint64 selectMethodId)
{
    m_methods.clear();
    if (engineVisible()) {
        const Result<QList<WebhookAuthMethod>> methods = listWebhookAuthMethods(*m_store, m_triggerId);
        if (methods)
            m_methods = methods.value();
        else
            m_controller.report(MessageLevel::Error,
                                tr("The webhook's auth methods cannot be read: %1").arg(methods.error().message));
    }
    m_authList->clear();
    for (const WebhookAuthMethod &method : std::as_const(m_methods)) {
        auto *item = new QTreeWidgetItem(m_authList);
        item->setText(NameColumn, method.name);
        item->setText(KindColumn, kindText(method.kind));
        item->setText(SentAsColumn, sentAsText(method));
        item->setText(CreatedColumn, dateText(method.createdAt));
        item->setToolTip(CreatedColumn, dateToolTip(method.createdAt));
        item->setText(RotatedColumn, dateText(method.rotatedAt));
        item->setToolTip(RotatedColumn, dateToolTip(method.rotatedAt));
        item->setData(NameColumn, kMethodIdRole, method.id);
        if (method.id == selectMethodId)
            m_authList->setCurrentItem(item);
    }
    // As tall as its rows (2 to 6; more scroll), so the buttons stay next to the list.
    const int rows = std::clamp(int(m_methods.size()), 2, 6);
    const int rowHeight = m_methods.isEmpty() ? m_authList->fontMetrics().height() + 6 : m_authList->sizeHintForRow(0);
    m_authList->setFixedHeight(m_authList->header()->sizeHint().height() + rows * rowHeight
                               + 2 * m_authList->frameWidth());
    const bool open = m_methods.isEmpty();
    m_openWarning->setVisible(open);
    m_authList->setVisible(!open);
    m_authSummary->setText(open ? tr("Add basic auth or an API key so that only the systems you give a secret to "
                                     "can post.")
                                : tr("Requests must carry one of these credentials; others are refused (HTTP 401)."));
    updateAuthButtons();
}

const WebhookAuthMethod *TriggerPanel::selectedMethod() const
{
    const QTreeWidgetItem *item = m_authList->currentItem();
    if (!item || !item->isSelected())
        return nullptr;
    const qint64 id = item->data(NameColumn, kMethodIdRole).toLongLong();
    for (const WebhookAuthMethod &method : m_methods)
        if (method.id == id)
            return &method;
    return nullptr;
}

void TriggerPanel::selectAuthMethod(qint64 methodId)
{
    for (int i = 0; i < m_authList->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_authList->topLevelItem(i);
        if (item->data(NameColumn, kMethodIdRole).toLongLong() == methodId) {
            m_authList->setCurrentItem(item);
            return;
        }
    }
}

void TriggerPanel::updateAuthButtons()
{
    const bool selected = selectedMethod() != nullptr;
    m_rotate->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void TriggerPanel::showSecretOnce(const WebhookAuthMethod *method, qint64 methodId, QString secret)
{
    if (!method) {
        for (const WebhookAuthMethod &m : std::as_const(m_methods))
            if (m.id == methodId)
                method = &m;
    }
    ShownSecret shown;
    if (method) {
        shown.methodName = method->name;
        shown.kind = method->kind;
        shown.username = method->username;
        shown.headerName = method->headerName;
    }
    shown.secret = std::move(secret);
    shown.url = m_url->text();
    if (m_dialogs.showSecret)
        m_dialogs.showSecret(this, shown);
    // Best effort: do not leave the secret in this copy's memory.
    shown.secret.fill(QLatin1Char('\0'));
}

bool TriggerPanel::addBasicAuth()
{
    if (!engineVisible() || m_original.type != TriggerType::Webhook || !m_dialogs.askBasicAuth)
        return false;
    const std::optional<BasicAuthRequest> request = m_dialogs.askBasicAuth(this);
    if (!request)
        return false;
    const bool wasOpen = m_methods.isEmpty();
    Result<WebhookSecret> made = sb::addBasicAuth(*m_store, m_triggerId, request->name, request->username,
                                                  request->password);
    if (!made) {
        m_controller.report(MessageLevel::Error, tr("Basic auth not added: %1").arg(made.error().message));
        return false;
    }
    reloadAuthMethods(made->methodId);
    showSecretOnce(nullptr, made->methodId, std::move(made->secret));
    const WebhookAuthMethod *method = selectedMethod();
    const QString name = method ? method->name : request->username;
    m_controller.report(MessageLevel::Positive,
                        wasOpen ? tr("Basic auth “%1” added. The webhook now refuses requests without a credential.")
                                      .arg(name)
                                : tr("Basic auth “%1” added.").arg(name));
    return true;
}

bool TriggerPanel::addApiKey()
{
    if (!engineVisible() || m_original.type != TriggerType::Webhook || !m_dialogs.askApiKey)
        return false;
    const std::optional<ApiKeyRequest> request = m_dialogs.askApiKey(this);
    if (!request)
        return false;
    const bool wasOpen = m_methods.isEmpty();
    Result<WebhookSecret> made = addApiKeyAuth(*m_store, m_triggerId, request->name, request->headerName);
    if (!made) {
        m_controller.report(MessageLevel::Error, tr("API key not added: %1").arg(made.error().message));
        return false;
    }
    reloadAuthMethods(made->methodId);
    showSecretOnce(nullptr, made->methodId, std::move(made->secret));
    const WebhookAuthMethod *method = selectedMethod();
    const QString name = method ? method->name : request->name;
    m_controller.report(MessageLevel::Positive,
                        wasOpen ? tr("API key “%1” added. The webhook now refuses requests without a credential.")
                                      .arg(name)
                                : tr("API key “%1” added.").arg(name));
    return true;
}

bool TriggerPanel::rotateAuth()
{
    const WebhookAuthMethod *selected = selectedMethod();
    if (!engineVisible() || !selected || !m_dialogs.askRotate)
        return false;
    const WebhookAuthMethod method = *selected;
    const std::optional<QString> password = m_dialogs.askRotate(this, method);
    if (!password)
        return false;
    Result<WebhookSecret> made = rotateWebhookAuth(*m_store, method.id, *password);
    if (!made) {
        m_controller.report(MessageLevel::Error, tr("“%1” not rotated: %2").arg(method.name, made.error().message));
        reloadAuthMethods(method.id);
        return false;
    }
    reloadAuthMethods(method.id);
    showSecretOnce(nullptr, method.id, std::move(made->secret));
    m_controller.report(MessageLevel::Positive,
                        tr("“%1” rotated: the previous secret no longer works.").arg(method.name));
    return true;
}

bool TriggerPanel::removeAuth()
{
    const WebhookAuthMethod *selected = selectedMethod();
    if (!engineVisible() || !selected || !m_dialogs.confirmRemove)
        return false;
    const WebhookAuthMethod method = *selected;
    if (!m_dialogs.confirmRemove(this, method, m_methods.size() == 1))
        return false;
    const Status removed = removeWebhookAuth(*m_store, method.id);
    reloadAuthMethods();
    if (!removed) {
        m_controller.report(MessageLevel::Error, tr("“%1” not removed: %2").arg(method.name, removed.error().message));
        return false;
    }
    m_controller.report(m_methods.isEmpty() ? MessageLevel::Warning : MessageLevel::Positive,
                        m_methods.isEmpty()
                            ? tr("“%1” removed. The webhook is open: anyone who knows the URL can post.").arg(method.name)
                            : tr("“%1” removed.").arg(method.name));
    return true;
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
    const bool modified =
        hasTrigger() && (editedTrigger() != m_original || (engineVisible() && editedSettings() != m_settings));
    m_modifiedLabel->setVisible(modified);
    m_revert->defaultAction()->setEnabled(modified);
    m_save->defaultAction()->setEnabled(hasTrigger() && m_expressionValid && m_settingsValid);
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
    if (!m_settingsValid) {
        m_controller.report(MessageLevel::Error, tr("Trigger not saved: %1").arg(m_maxBodyError->text()));
        return false;
    }
    const Trigger trigger = editedTrigger();
    const TriggerEngineSettings settings = editedSettings();
    const bool specChanged = trigger != m_original;
    const bool settingsChanged = engineVisible() && settings != m_settings;
    // The spec is saved when it changed (or when nothing did: Save then stores it as shown).
    if (specChanged || !settingsChanged) {
        if (!m_controller.saveTrigger(trigger))
            return false;
        const Workflow *workflow = m_controller.currentWorkflow();
        const Trigger *stored = workflow ? workflow->trigger(trigger.key) : nullptr;
        m_original = stored ? *stored : trigger;
    }
    if (settingsChanged) {
        const Status saved = saveTriggerSettings(*m_store, settings);
        if (!saved) {
            m_controller.report(MessageLevel::Error, tr("Trigger settings not saved: %1").arg(saved.error().message));
            updateModified();
            return false;
        }
        if (!specChanged)
            m_controller.report(MessageLevel::Positive, tr("Trigger settings saved."));
    }
    setTrigger(m_workflowKey, m_original);
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
    return resolveUnsavedChanges(m_prompt, this, what, [this] { return save(); }, [this] { revert(); });
}

} // namespace sb
