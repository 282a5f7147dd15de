// The trigger panel's engine settings, offscreen, on a real store with the demo project:
// a webhook's auth methods (add, rotate, remove; the secret shown once and only its hash
// stored), its largest body, and a cron trigger's missed-fires policy, previous state and
// last fire. The dialogs are answered by the test (TriggerAuthDialogs); the real secret
// dialog and the add-basic-auth dialog are driven through QTimer::singleShot.
// With SB_SCREENSHOTS set, saves docs/screenshots/trigger-auth.png.

#include "engine/triggersettings.h"
#include "inbox/webhookauth.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "store/store.h"
#include "testsupport.h"
#include "workflows/triggerpanel.h"
#include "workflows/workflowscontroller.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace sb;

namespace {

const QString kProject = QStringLiteral("Switchboard demo");
const QString kCommCare = QStringLiteral("CommCare-patient-registration-to-Salesforce");
const QString kDaily = QStringLiteral("Daily-SMS-schedule");

struct Message
{
    MessageLevel level;
    QString text;
};

} // namespace

class TestUiTriggerAuth final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openWebhookIsAWarning();
    void addBasicAuthShowsTheSecretOnce();
    void typedPasswordAndApiKey();
    void refusedAndCancelledAddsChangeNothing();
    void rotateGivesANewSecret();
    void removeAsksFirst();
    void realSecretDialogCopiesAndSaysOnce();
    void realBasicAuthDialogChecksInput();
    void maxBodySizeIsSavedWithSave();
    void badMaxBodySizeIsRefused();
    void cronSettingsAreSavedWithSave();
    void withoutStoreEngineSettingsAreHidden();
    void screenshot();

private:
    void showTrigger(const QString &workflowKey, const QString &triggerKey);
    QVariant scalar(const QString &sql) const;
    // Every text value stored in these tables, to prove a secret is not among them.
    QStringList storedText() const;
    bool messagesMention(const QString &text) const;
    QTreeWidget *authList() const { return m_panel->findChild<QTreeWidget *>(QStringLiteral("webhookAuthMethods")); }
    bool openWarningShown() const
    {
        return m_panel->findChild<QLabel *>(QStringLiteral("authOpenWarning"))->isVisibleTo(m_panel.get());
    }

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<WorkflowsController> m_controller;
    std::unique_ptr<TriggerPanel> m_panel;
    QList<Message> m_messages;

    // What the test's dialogs answer, and what they saw.
    std::optional<BasicAuthRequest> m_basic;
    std::optional<ApiKeyRequest> m_apiKey;
    std::optional<QString> m_rotateAnswer;
    bool m_removeAnswer = false;
    bool m_lastMethodAsked = false;
    QList<ShownSecret> m_shown;
};

void TestUiTriggerAuth::init()
{
    m_dir = std::make_unique<test::TempDir>();
    auto opened = Store::open(m_dir->file(QStringLiteral("switchboard.db")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_store = std::move(opened.value());
    m_projects = std::make_unique<ProjectStore>(*m_store);
    QVERIFY(installDemoProject(*m_projects));
    m_controller = std::make_unique<WorkflowsController>(*m_projects);
    m_messages.clear();
    connect(m_controller.get(), &WorkflowsController::message, this,
            [this](MessageLevel level, const QString &text) { m_messages.append({level, text}); });
    m_controller->setProjectName(kProject);
    QVERIFY(m_controller->hasProject());

    m_basic.reset();
    m_apiKey.reset();
    m_rotateAnswer.reset();
    m_removeAnswer = false;
    m_lastMethodAsked = false;
    m_shown.clear();
    m_panel = std::make_unique<TriggerPanel>(*m_controller);
    TriggerAuthDialogs dialogs;
    dialogs.askBasicAuth = [this](QWidget *) { return m_basic; };
    dialogs.askApiKey = [this](QWidget *) { return m_apiKey; };
    dialogs.askRotate = [this](QWidget *, const WebhookAuthMethod &) { return m_rotateAnswer; };
    dialogs.confirmRemove = [this](QWidget *, const WebhookAuthMethod &, bool last) {
        m_lastMethodAsked = last;
        return m_removeAnswer;
    };
    dialogs.showSecret = [this](QWidget *, const ShownSecret &secret) { m_shown.append(secret); };
    m_panel->setAuthDialogs(dialogs);
    m_panel->setUnsavedPrompt([](QWidget *, const QString &) { return UnsavedChoice::Cancel; });
    m_panel->setStore(m_store.get());
    m_panel->resize(640, 640);
    showTrigger(kCommCare, QStringLiteral("webhook"));
}

void TestUiTriggerAuth::cleanup()
{
    m_panel.reset();
    m_controller.reset();
    m_projects.reset();
    m_store.reset();
    m_dir.reset();
}

void TestUiTriggerAuth::showTrigger(const QString &workflowKey, const QString &triggerKey)
{
    m_controller->setCurrentWorkflow(workflowKey);
    const Workflow *workflow = m_controller->currentWorkflow();
    QVERIFY(workflow && workflow->key == workflowKey);
    const Trigger *trigger = workflow->trigger(triggerKey);
    QVERIFY(trigger);
    m_panel->setTrigger(workflowKey, *trigger);
    QVERIFY(m_panel->triggerId() > 0);
}

QVariant TestUiTriggerAuth::scalar(const QString &sql) const
{
    QSqlDatabase db = m_store->readConnection();
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QStringList TestUiTriggerAuth::storedText() const
{
    QStringList out;
    QSqlDatabase db = m_store->readConnection();
    for (const QString &sql : {QStringLiteral("SELECT * FROM trigger_auth_methods"), QStringLiteral("SELECT * FROM audit_events"),
                               QStringLiteral("SELECT * FROM settings")}) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            continue;
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                out << q.value(i).toString();
    }
    return out;
}

bool TestUiTriggerAuth::messagesMention(const QString &text) const
{
    for (const Message &m : m_messages)
        if (m.text.contains(text))
            return true;
    return false;
}

void TestUiTriggerAuth::openWebhookIsAWarning()
{
    QVERIFY(m_panel->authMethods().isEmpty());
    QVERIFY(openWarningShown());
    QCOMPARE(m_panel->findChild<QLabel *>(QStringLiteral("authOpenWarning"))->text(),
             QStringLiteral("Open: anyone who knows the URL can post"));
    QVERIFY(!authList()->isVisibleTo(m_panel.get()));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("rotateAuth"))->isEnabled());
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("removeAuth"))->isEnabled());
    // The URL is on the engine's listen address (the demo uses a custom path).
    QCOMPARE(m_panel->webhookUrl(), QStringLiteral("http://127.0.0.1:4000/i/commcare/patient-registration"));
}

void TestUiTriggerAuth::addBasicAuthShowsTheSecretOnce()
{
    m_basic = BasicAuthRequest{QStringLiteral("CommCare forwarder"), QStringLiteral("commcare"), QString()};
    m_panel->findChild<QPushButton *>(QStringLiteral("addBasicAuth"))->click();

    QCOMPARE(m_shown.size(), 1);
    const ShownSecret shown = m_shown.first();
    QVERIFY(shown.secret.size() >= 40); // 32 random bytes, base64url
    QCOMPARE(shown.kind, QStringLiteral("basic"));
    QCOMPARE(shown.username, QStringLiteral("commcare"));
    QCOMPARE(shown.methodName, QStringLiteral("CommCare forwarder"));
    QCOMPARE(shown.url, m_panel->webhookUrl());

    const QList<WebhookAuthMethod> methods = listWebhookAuthMethods(*m_store, m_panel->triggerId()).value();
    QCOMPARE(methods.size(), 1);
    QVERIFY(verifyWebhookSecret(methods.first().secretHash, shown.secret.toUtf8()));
    QVERIFY(!verifyWebhookSecret(methods.first().secretHash, QByteArrayLiteral("guess")));
    // Only the hash is stored; no message repeats the secret.
    for (const QString &text : storedText())
        QVERIFY2(!text.contains(shown.secret), qPrintable(text));
    QVERIFY(!messagesMention(shown.secret));
    QCOMPARE(m_messages.last().level, MessageLevel::Positive);
    QVERIFY(m_messages.last().text.contains(QLatin1String("CommCare forwarder")));

    // The list shows it; the webhook is no longer open.
    QVERIFY(!openWarningShown());
    QCOMPARE(authList()->topLevelItemCount(), 1);
    const QTreeWidgetItem *item = authList()->topLevelItem(0);
    QCOMPARE(item->text(0), QStringLiteral("CommCare forwarder"));
    QCOMPARE(item->text(1), QStringLiteral("Basic auth"));
    QCOMPARE(item->text(2), QStringLiteral("user commcare"));
    QVERIFY(item->text(3).startsWith(QString::number(QDate::currentDate().year())));
    QCOMPARE(item->text(4), QStringLiteral("never"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'webhook_auth_added'")).toInt(), 1);

    // Reopening the trigger lists the method but never shows a secret again.
    showTrigger(kCommCare, QStringLiteral("webhook"));
    QCOMPARE(m_panel->authMethods().size(), 1);
    QCOMPARE(m_shown.size(), 1);
}

void TestUiTriggerAuth::typedPasswordAndApiKey()
{
    const QString password = QStringLiteral("correct horse battery staple");
    m_basic = BasicAuthRequest{QString(), QStringLiteral("forwarder"), password};
    QVERIFY(m_panel->addBasicAuth());
    QCOMPARE(m_shown.size(), 1);
    QCOMPARE(m_shown.last().secret, password);

    m_apiKey = ApiKeyRequest{QStringLiteral("CommCare backup"), QStringLiteral("X-CommCare-Key")};
    QVERIFY(m_panel->addApiKey());
    QCOMPARE(m_shown.size(), 2);
    QCOMPARE(m_shown.last().kind, QStringLiteral("api_key"));
    QCOMPARE(m_shown.last().headerName, QStringLiteral("x-commcare-key"));

    const QList<WebhookAuthMethod> methods = listWebhookAuthMethods(*m_store, m_panel->triggerId()).value();
    QCOMPARE(methods.size(), 2);
    QCOMPARE(methods[0].name, QStringLiteral("Basic auth (forwarder)")); // no name given: one is made
    QVERIFY(verifyWebhookSecret(methods[0].secretHash, password.toUtf8()));
    QVERIFY(verifyWebhookSecret(methods[1].secretHash, m_shown.last().secret.toUtf8()));
    QVERIFY(!verifyWebhookSecret(methods[1].secretHash, password.toUtf8()));
    QCOMPARE(authList()->topLevelItemCount(), 2);
    QCOMPARE(authList()->topLevelItem(1)->text(2), QStringLiteral("header x-commcare-key"));
    // The new method is the selected one.
    QCOMPARE(authList()->currentItem(), authList()->topLevelItem(1));
    for (const QString &text : storedText()) {
        QVERIFY(!text.contains(password));
        QVERIFY(!text.contains(m_shown.last().secret));
    }
}

void TestUiTriggerAuth::refusedAndCancelledAddsChangeNothing()
{
    // Cancelled.
    QVERIFY(!m_panel->addBasicAuth());
    QVERIFY(!m_panel->addApiKey());
    // Refused by core: a user name with ":" and a short password; a reserved header.
    m_basic = BasicAuthRequest{QStringLiteral("x"), QStringLiteral("a:b"), QString()};
    QVERIFY(!m_panel->addBasicAuth());
    QCOMPARE(m_messages.last().level, MessageLevel::Error);
    m_basic = BasicAuthRequest{QStringLiteral("x"), QStringLiteral("ab"), QStringLiteral("short")};
    QVERIFY(!m_panel->addBasicAuth());
    QVERIFY(m_messages.last().text.contains(QLatin1String("12 characters")));
    m_apiKey = ApiKeyRequest{QStringLiteral("x"), QStringLiteral("Authorization")};
    QVERIFY(!m_panel->addApiKey());
    QCOMPARE(m_messages.last().level, MessageLevel::Error);

    QVERIFY(m_shown.isEmpty());
    QVERIFY(listWebhookAuthMethods(*m_store, m_panel->triggerId())->isEmpty());
    QVERIFY(openWarningShown());
}

void TestUiTriggerAuth::rotateGivesANewSecret()
{
    m_apiKey = ApiKeyRequest{QStringLiteral("Forwarder"), QString()};
    QVERIFY(m_panel->addApiKey());
    const QString first = m_shown.last().secret;
    const qint64 id = m_panel->authMethods().first().id;

    // Nothing selected: nothing to rotate.
    authList()->clearSelection();
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("rotateAuth"))->isEnabled());
    QVERIFY(!m_panel->rotateAuth());

    m_panel->selectAuthMethod(id);
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("rotateAuth"))->isEnabled());
    // Cancelled: the secret stays.
    QVERIFY(!m_panel->rotateAuth());
    QCOMPARE(m_shown.size(), 1);

    m_rotateAnswer = QString();
    m_panel->findChild<QPushButton *>(QStringLiteral("rotateAuth"))->click();
    QCOMPARE(m_shown.size(), 2);
    const QString second = m_shown.last().secret;
    QVERIFY(second != first);
    const WebhookAuthMethod method = listWebhookAuthMethods(*m_store, m_panel->triggerId())->first();
    QCOMPARE(method.id, id);
    QVERIFY(verifyWebhookSecret(method.secretHash, second.toUtf8()));
    QVERIFY(!verifyWebhookSecret(method.secretHash, first.toUtf8()));
    QVERIFY(method.rotatedAt > 0);
    QVERIFY(authList()->topLevelItem(0)->text(4) != QLatin1String("never"));
    QVERIFY(m_messages.last().text.contains(QLatin1String("rotated")));
    QVERIFY(!messagesMention(second));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'webhook_auth_rotated'")).toInt(), 1);
}

void TestUiTriggerAuth::removeAsksFirst()
{
    m_basic = BasicAuthRequest{QStringLiteral("One"), QStringLiteral("one"), QString()};
    QVERIFY(m_panel->addBasicAuth());
    m_apiKey = ApiKeyRequest{QStringLiteral("Two"), QString()};
    QVERIFY(m_panel->addApiKey());
    QCOMPARE(m_panel->authMethods().size(), 2);

    // Not confirmed: kept.
    m_removeAnswer = false;
    m_panel->findChild<QPushButton *>(QStringLiteral("removeAuth"))->click();
    QCOMPARE(listWebhookAuthMethods(*m_store, m_panel->triggerId())->size(), 2);
    QVERIFY(!m_lastMethodAsked);

    m_removeAnswer = true;
    QVERIFY(m_panel->removeAuth()); // "Two", the selected one
    QCOMPARE(listWebhookAuthMethods(*m_store, m_panel->triggerId())->size(), 1);
    QCOMPARE(m_panel->authMethods().first().name, QStringLiteral("One"));
    QCOMPARE(m_messages.last().level, MessageLevel::Positive);
    QVERIFY(!openWarningShown());

    m_panel->selectAuthMethod(m_panel->authMethods().first().id);
    QVERIFY(m_panel->removeAuth());
    QVERIFY(m_lastMethodAsked); // the question said the webhook would be open
    QVERIFY(m_panel->authMethods().isEmpty());
    QVERIFY(openWarningShown());
    QCOMPARE(m_messages.last().level, MessageLevel::Warning);
    QVERIFY(m_messages.last().text.contains(QLatin1String("open")));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'webhook_auth_removed'")).toInt(), 2);
    QCOMPARE(m_shown.size(), 2); // removing shows no secret
}

void TestUiTriggerAuth::realSecretDialogCopiesAndSaysOnce()
{
    ShownSecret secret;
    secret.methodName = QStringLiteral("CommCare forwarder");
    secret.kind = QStringLiteral("api_key");
    secret.headerName = QStringLiteral("x-api-key");
    secret.secret = generateWebhookSecret();
    secret.url = m_panel->webhookUrl();
    QApplication::clipboard()->clear();

    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        // Whatever fails below, the dialog closes so exec() returns.
        const auto closeDialog = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        auto *dialog = qobject_cast<WebhookSecretDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->secretText(), secret.secret);
        const QLabel *once = dialog->findChild<QLabel *>(QStringLiteral("secretShownOnce"));
        QVERIFY(once && once->text().contains(QLatin1String("cannot show it again")));
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("secretCopied"))->isVisible());
        dialog->findChild<QPushButton *>(QStringLiteral("copySecret"))->click();
        QCOMPARE(QApplication::clipboard()->text(), secret.secret);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("secretCopied"))->isVisible());
        if (!qEnvironmentVariableIsEmpty("SB_SCREENSHOTS"))
            dialog->grab().save(QDir::temp().filePath(QStringLiteral("trigger-auth-secret.png")));
        checked = true;
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
    });
    TriggerAuthDialogs::defaults().showSecret(m_panel.get(), secret);
    QVERIFY(checked);
    QVERIFY(!QApplication::activeModalWidget());
}

void TestUiTriggerAuth::realBasicAuthDialogChecksInput()
{
    bool checked = false;
    QTimer::singleShot(0, this, [&] {
        const auto closeDialog = qScopeGuard([] {
            if (QWidget *modal = QApplication::activeModalWidget())
                modal->close();
        });
        QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 3); // name, user name, password
        QPushButton *add = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QLabel *problem = dialog->findChild<QLabel *>(QStringLiteral("dialogProblem"));
        QVERIFY(!add->isEnabled()); // no user name yet
        edits[0]->setText(QStringLiteral("CommCare forwarder"));
        edits[1]->setText(QStringLiteral("commcare"));
        QVERIFY(add->isEnabled());
        edits[2]->setText(QStringLiteral("short"));
        QVERIFY(!add->isEnabled());
        QVERIFY(problem->text().contains(QLatin1String("12 characters")));
        edits[2]->clear(); // empty: generated
        QVERIFY(add->isEnabled());
        checked = true;
        add->click();
    });
    const std::optional<BasicAuthRequest> request = TriggerAuthDialogs::defaults().askBasicAuth(m_panel.get());
    QVERIFY(checked);
    QVERIFY(request);
    QCOMPARE(request->name, QStringLiteral("CommCare forwarder"));
    QCOMPARE(request->username, QStringLiteral("commcare"));
    QVERIFY(request->password.isEmpty());
}

void TestUiTriggerAuth::maxBodySizeIsSavedWithSave()
{
    auto *size = m_panel->findChild<QSpinBox *>(QStringLiteral("webhookMaxBody"));
    auto *unit = m_panel->findChild<QComboBox *>(QStringLiteral("webhookMaxBodyUnit"));
    QVERIFY(size->isVisibleTo(m_panel.get()));
    QCOMPARE(size->value(), 0);
    QCOMPARE(size->text(), QStringLiteral("Default (10 MB)"));
    QVERIFY(!unit->isEnabled());
    QVERIFY(!m_panel->isModified());
    const int version = scalar(QStringLiteral("SELECT version FROM workflows WHERE key = '%1'").arg(kCommCare)).toInt();

    size->setValue(512);
    unit->setCurrentIndex(unit->findText(QStringLiteral("KB")));
    QVERIFY(unit->isEnabled());
    QVERIFY(m_panel->isModified());
    QCOMPARE(m_panel->editedSettings().maxBodyBytes, qint64(512 * 1024));
    // Nothing is written before Save.
    QCOMPARE(loadTriggerSettings(*m_store, m_panel->triggerId())->maxBodyBytes, qint64(0));

    m_panel->findChild<QToolButton *>(QStringLiteral("saveTrigger"))->defaultAction()->trigger();
    QVERIFY(!m_panel->isModified());
    QCOMPARE(loadTriggerSettings(*m_store, m_panel->triggerId())->maxBodyBytes, qint64(512 * 1024));
    QCOMPARE(m_messages.last().text, QStringLiteral("Trigger settings saved."));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'trigger_settings'")).toInt(), 1);
    // Console state, not spec: the workflow keeps its version.
    QCOMPARE(scalar(QStringLiteral("SELECT version FROM workflows WHERE key = '%1'").arg(kCommCare)).toInt(), version);

    // Shown again as stored; Revert undoes an edit; 0 is the default again.
    showTrigger(kCommCare, QStringLiteral("webhook"));
    QCOMPARE(size->value(), 512);
    QCOMPARE(unit->currentText(), QStringLiteral("KB"));
    size->setValue(3);
    QVERIFY(m_panel->isModified());
    m_panel->revert();
    QCOMPARE(size->value(), 512);
    QVERIFY(!m_panel->isModified());
    size->setValue(0);
    QVERIFY(m_panel->save());
    QCOMPARE(loadTriggerSettings(*m_store, m_panel->triggerId())->maxBodyBytes, qint64(0));

    // A spec edit and a settings edit together: both saved by one Save.
    auto *reply = m_panel->findChild<QComboBox *>(QStringLiteral("webhookReply"));
    reply->setCurrentIndex(reply->findData(QStringLiteral("after_completion")));
    size->setValue(2);
    unit->setCurrentIndex(unit->findText(QStringLiteral("MB")));
    QVERIFY(m_panel->save());
    QCOMPARE(loadTriggerSettings(*m_store, m_panel->triggerId())->maxBodyBytes, qint64(2 * 1024 * 1024));
    QCOMPARE(m_controller->currentWorkflow()->trigger(QStringLiteral("webhook"))->webhookReply,
             QStringLiteral("after_completion"));
    QVERIFY(!m_panel->isModified());
}

void TestUiTriggerAuth::badMaxBodySizeIsRefused()
{
    auto *size = m_panel->findChild<QSpinBox *>(QStringLiteral("webhookMaxBody"));
    auto *unit = m_panel->findChild<QComboBox *>(QStringLiteral("webhookMaxBodyUnit"));
    auto *error = m_panel->findChild<QLabel *>(QStringLiteral("webhookMaxBodyError"));
    QAction *save = m_panel->findChild<QToolButton *>(QStringLiteral("saveTrigger"))->defaultAction();
    QVERIFY(!error->isVisibleTo(m_panel.get()));

    size->setValue(200);
    unit->setCurrentIndex(unit->findText(QStringLiteral("MB")));
    QVERIFY(!m_panel->areSettingsValid());
    QVERIFY(error->isVisibleTo(m_panel.get()));
    QVERIFY2(m_panel->settingsError().contains(QLatin1String("100 MB")), qPrintable(m_panel->settingsError()));
    QVERIFY(!save->isEnabled());
    QVERIFY(!m_panel->save());
    QCOMPARE(m_messages.last().level, MessageLevel::Error);
    QVERIFY(m_messages.last().text.contains(QLatin1String("1 KB")));
    QCOMPARE(loadTriggerSettings(*m_store, m_panel->triggerId())->maxBodyBytes, qint64(0));

    // Too small, then fine.
    size->setValue(100);
    unit->setCurrentIndex(unit->findText(QStringLiteral("bytes")));
    QVERIFY(!m_panel->areSettingsValid());
    unit->setCurrentIndex(unit->findText(QStringLiteral("MB")));
    QVERIFY(m_panel->areSettingsValid());
    QVERIFY(!error->isVisibleTo(m_panel.get()));
    QVERIFY(save->isEnabled());
    QVERIFY(m_panel->save());
    QCOMPARE(loadTriggerSettings(*m_store, m_panel->triggerId())->maxBodyBytes, qint64(100) * 1024 * 1024);
}

void TestUiTriggerAuth::cronSettingsAreSavedWithSave()
{
    // The engine handled a fire: the panel says when.
    const qint64 trigger = findTriggerId(*m_store, kProject, kDaily, QStringLiteral("cron")).value();
    const QDateTime fired = QDateTime::fromString(QStringLiteral("2024-05-06T06:00:00Z"), Qt::ISODate);
    QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE triggers SET last_fired_at = ? WHERE id = ?"),
                    {fired.toMSecsSinceEpoch(), trigger});
    }));
    showTrigger(kDaily, QStringLiteral("cron"));
    QCOMPARE(m_panel->triggerId(), trigger);
    auto *lastFired = m_panel->findChild<QLabel *>(QStringLiteral("cronLastFired"));
    QVERIFY2(lastFired->text().contains(QLatin1String("2024-05-06 06:00 UTC")), qPrintable(lastFired->text()));
    // No auth methods or body size for a schedule.
    QVERIFY(!m_panel->findChild<QGroupBox *>(QStringLiteral("webhookAuth"))->isVisibleTo(m_panel.get()));

    auto *missed = m_panel->findChild<QComboBox *>(QStringLiteral("missedFires"));
    auto *fromLast = m_panel->findChild<QCheckBox *>(QStringLiteral("cronFromLastState"));
    auto *help = m_panel->findChild<QLabel *>(QStringLiteral("missedFiresHelp"));
    QVERIFY(missed->isVisibleTo(m_panel.get()));
    QCOMPARE(missed->currentData().toString(), QStringLiteral("run_once"));
    QVERIFY(!fromLast->isChecked());
    const QString runOnceHelp = help->text();

    missed->setCurrentIndex(missed->findData(QStringLiteral("skip")));
    QVERIFY(help->text() != runOnceHelp);
    fromLast->setChecked(true);
    QVERIFY(m_panel->isModified());

    // Leaving asks (the prompt here answers Cancel).
    QVERIFY(!m_panel->maybeLeave());
    QVERIFY(m_panel->save());
    QVERIFY(!m_panel->isModified());
    TriggerEngineSettings stored = loadTriggerSettings(*m_store, trigger).value();
    QCOMPARE(stored.missedFires, QStringLiteral("skip"));
    QVERIFY(stored.fromLastState);
    QCOMPARE(stored.lastFiredAt, fired.toMSecsSinceEpoch()); // the engine's, untouched

    // Reopened as stored.
    showTrigger(kCommCare, QStringLiteral("webhook"));
    showTrigger(kDaily, QStringLiteral("cron"));
    QCOMPARE(missed->currentData().toString(), QStringLiteral("skip"));
    QVERIFY(fromLast->isChecked());

    // A never-fired schedule says so.
    QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE triggers SET last_fired_at = NULL WHERE id = ?"), {trigger});
    }));
    showTrigger(kDaily, QStringLiteral("cron"));
    QVERIFY(lastFired->text().startsWith(QLatin1String("Never")));
}

void TestUiTriggerAuth::withoutStoreEngineSettingsAreHidden()
{
    TriggerPanel bare(*m_controller);
    const Trigger trigger = *m_controller->project().workflow(kCommCare)->trigger(QStringLiteral("webhook"));
    m_controller->setCurrentWorkflow(kCommCare);
    bare.setTrigger(kCommCare, trigger);
    QCOMPARE(bare.triggerId(), qint64(0));
    QVERIFY(!bare.findChild<QGroupBox *>(QStringLiteral("webhookAuth"))->isVisibleTo(&bare));
    QVERIFY(!bare.findChild<QSpinBox *>(QStringLiteral("webhookMaxBody"))->isVisibleTo(&bare));
    QVERIFY(!bare.addApiKey());
    QVERIFY(bare.webhookUrl().endsWith(QLatin1String("/i/commcare/patient-registration")));
    // The spec fields still save.
    QVERIFY(bare.save());
}

void TestUiTriggerAuth::screenshot()
{
    const bool save = !qEnvironmentVariableIsEmpty("SB_SCREENSHOTS");
    if (save) // the open webhook, for a look
        m_panel->grab().save(QDir::temp().filePath(QStringLiteral("trigger-auth-open.png")));
    // A CommCare webhook with two methods, one of them rotated, and a custom body limit.
    m_basic = BasicAuthRequest{QStringLiteral("CommCare forwarder"), QStringLiteral("commcare-cast"), QString()};
    QVERIFY(m_panel->addBasicAuth());
    m_apiKey = ApiKeyRequest{QStringLiteral("CommCare data export"), QStringLiteral("x-commcare-key")};
    QVERIFY(m_panel->addApiKey());
    m_rotateAnswer = QString();
    m_panel->selectAuthMethod(m_panel->authMethods().first().id);
    QVERIFY(m_panel->rotateAuth());
    m_panel->findChild<QSpinBox *>(QStringLiteral("webhookMaxBody"))->setValue(2);
    QVERIFY(m_panel->save());
    m_panel->selectAuthMethod(m_panel->authMethods().last().id);
    QCOMPARE(authList()->topLevelItemCount(), 2);

    if (!save)
        QSKIP("set SB_SCREENSHOTS to save docs/screenshots/trigger-auth.png");
    m_panel->resize(640, m_panel->sizeHint().height());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    const QString dir = QDir(test::sourceDir()).filePath(QStringLiteral("docs/screenshots"));
    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(QStringLiteral("trigger-auth.png"));
    QVERIFY2(m_panel->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));

    showTrigger(kDaily, QStringLiteral("cron"));
    m_panel->grab().save(QDir::temp().filePath(QStringLiteral("trigger-cron-settings.png")));
}

QTEST_MAIN(TestUiTriggerAuth)
#include "tst_ui_triggerauth.moc"
