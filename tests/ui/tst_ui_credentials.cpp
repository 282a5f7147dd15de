// The Credentials view and its typed edit form, offscreen, on a real store with the demo
// project and the real OS keychain (a private, unlocked gnome-keyring: KEYRING label).
// Covers what an administrator sees: where each secret comes from per environment, a
// credential created through the form (its secret in the keychain, never in the database
// file), "leave empty to keep", a refused address marked under its field, an audited reveal,
// the jobs listed before a delete, the audited environment switch and "Test connection".
// With SB_SCREENSHOT_DIR set, screenshot() saves credentials.png and credential-edit.png there.

#include "credentials/credentialdialog.h"
#include "credentials/credentialsmodel.h"
#include "credentials/credentialsview.h"
#include "credentials/credentialstore.h"
#include "main/messagebanner.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "sandbox/sandbox.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTimer>
#include <QtTest>

#include <functional>
#include <memory>

using namespace sb;
using credentials::CredentialStore;

namespace {

const QString kSalesforceDemo = QStringLiteral("admin@switchboard.demo-Salesforce sandbox");
const QString kInfobipDemo = QStringLiteral("admin@switchboard.demo-Infobip SMS");
const QString kPassword = QStringLiteral("Pa55-word-never-in-the-db-7781");
const QString kToken = QStringLiteral("tokEn-never-in-the-db-4410");

constexpr int kWait = 60000;

// Answers the next modal message box: records its text, then clicks the button whose text
// contains `button`. Polls because the box only appears once exec() runs.
class BoxAnswerer final : public QObject
{
public:
    explicit BoxAnswerer(QString button) : m_button(std::move(button))
    {
        m_timer.setInterval(50);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            m_timer.stop();
            seenText = box->text() + QLatin1Char('\n') + box->informativeText();
            for (QAbstractButton *b : box->buttons())
                buttons << b->text();
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().contains(m_button)) {
                    answered = true;
                    b->click();
                    return;
                }
            }
            box->reject();
        });
        m_timer.start();
    }
    QString seenText;
    QStringList buttons;
    bool answered = false;

private:
    QString m_button;
    QTimer m_timer;
};

QString cellText(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
{
    return model->data(model->index(row, column), role).toString();
}

} // namespace

class TestUiCredentials final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listShowsWhereEachSecretComesFrom();
    void incompleteBodyNamesTheMissingFields();
    void createSalesforceThroughTheForm();
    void emptyPasswordKeepsTheStoredOne();
    void badUrlIsShownUnderItsField();
    void revealFillsTheFieldAndIsAudited();
    void deleteListsTheJobsFirst();
    void deleteOnlyOneEnvironment();
    void environmentSwitchIsConfirmedAndAudited();
    void testConnectionShowsAndRecordsTheResult();
    void screenshot();

private:
    void waitIdle();
    int rowOf(const QString &key) const { return m_view->model()->rowOfKey(key); }
    QString secretCell(const QString &key) const { return cellText(m_view->model(), rowOf(key), CredentialsModel::Secret); }
    void putBody(const QString &key, const QString &type, const QString &environment, const QJsonObject &body,
                 const QString &name = QString());
    QByteArray databaseBytes() const;
    QStringList auditActions() const;

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<CredentialsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_auditTester;
    qint64 m_projectId = 0;
};

void TestUiCredentials::init()
{
    QVERIFY2(qEnvironmentVariableIsSet("SB_TEST_KEYRING"), "run through ctest: it needs the private keyring");
    m_dir = std::make_unique<test::TempDir>();
    auto opened = Store::open(m_dir->file(QStringLiteral("switchboard.db")));
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_store = std::move(opened.value());
    m_projects = std::make_unique<ProjectStore>(*m_store);
    QVERIFY(installDemoProject(*m_projects));
    m_projectId = m_projects->projects().value(0).id;
    QVERIFY(m_projectId > 0);

    m_view = std::make_unique<CredentialsView>(*m_store);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_auditTester = std::make_unique<QAbstractItemModelTester>(m_view->auditModel(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_view->resize(1400, 760);
    m_view->show();
    m_view->setProjectId(m_projectId);
    waitIdle();
    QCOMPARE(m_view->model()->rowCount(), 7);
}

void TestUiCredentials::cleanup()
{
    // Dialogs are children of the view; closing the view deletes them.
    m_auditTester.reset();
    m_tester.reset();
    m_view.reset();
    m_projects.reset();
    m_store.reset();
    m_dir.reset();
}

void TestUiCredentials::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), kWait);
}

void TestUiCredentials::putBody(const QString &key, const QString &type, const QString &environment, const QJsonObject &body,
                                const QString &name)
{
    credentials::BodyUpdate u;
    u.projectId = m_projectId;
    u.key = key;
    u.name = name;
    u.type = type;
    u.environment = environment;
    u.body = body;
    const Status s = CredentialStore(*m_store).setBody(u);
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
}

QByteArray TestUiCredentials::databaseBytes() const
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        all += sb::test::readDatabaseFileBytes(m_store->path() + suffix);
    return all;
}

QStringList TestUiCredentials::auditActions() const
{
    QStringList out;
    auto events = CredentialStore(*m_store).auditEvents(m_projectId);
    if (events)
        for (const auto &e : events.value())
            out << e.action;
    return out;
}

void TestUiCredentials::listShowsWhereEachSecretComesFrom()
{
    // The demo runs in the sandbox environment: every credential gets the sandbox's login.
    QCOMPARE(m_view->activeEnvironment(), QStringLiteral("sandbox"));
    QCOMPARE(m_view->environmentCombo()->currentData().toString(), QStringLiteral("sandbox"));
    for (int row = 0; row < m_view->model()->rowCount(); ++row)
        QCOMPARE(cellText(m_view->model(), row, CredentialsModel::Secret), QStringLiteral("built-in sandbox login"));
    const int sf = rowOf(kSalesforceDemo);
    QVERIFY(sf >= 0);
    QCOMPARE(cellText(m_view->model(), sf, CredentialsModel::Name), QStringLiteral("Salesforce sandbox"));
    QCOMPARE(cellText(m_view->model(), sf, CredentialsModel::Type), QStringLiteral("Salesforce"));
    QCOMPARE(cellText(m_view->model(), sf, CredentialsModel::Owner), QStringLiteral("admin@switchboard.demo"));
    QVERIFY(cellText(m_view->model(), sf, CredentialsModel::UsedBy).endsWith(QStringLiteral("jobs")));
    QVERIFY(cellText(m_view->model(), sf, CredentialsModel::UsedBy, Qt::ToolTipRole).contains(QStringLiteral(" › ")));

    // Production has nothing stored yet: "secret missing", in the warning colour.
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    QCOMPARE(m_view->shownEnvironment(), QStringLiteral("production"));
    QCOMPARE(m_view->activeEnvironment(), QStringLiteral("sandbox"));
    for (int row = 0; row < m_view->model()->rowCount(); ++row) {
        QCOMPARE(cellText(m_view->model(), row, CredentialsModel::Secret), QStringLiteral("secret missing"));
        QVERIFY(m_view->model()->data(m_view->model()->index(row, 0), CredentialsModel::SecretProblemRole).toBool());
    }
    QCOMPARE(m_view->model()->data(m_view->model()->index(sf, CredentialsModel::Secret), Qt::ForegroundRole).value<QBrush>().color(),
             MessageBanner::accentColor(MessageLevel::Warning));
    // The note says the jobs still use the sandbox.
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("environmentNote"))->text().contains(QStringLiteral("still use sandbox")));

}

void TestUiCredentials::incompleteBodyNamesTheMissingFields()
{
    // A body stored before a field became required (or by an older build) lacks it.
    credentials::CredentialRecord record;
    record.projectName = QStringLiteral("Old project");
    record.key = QStringLiteral("infobip-old");
    record.name = record.key;
    record.type = QStringLiteral("infobip");
    credentials::EnvironmentBody body;
    body.environment = QStringLiteral("production");
    body.secretFields = {QStringLiteral("apiKey")};
    body.keychainRef = QStringLiteral("switchboard/test/1/infobip-old/production");
    record.bodies = {body};
    CredentialsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows({CredentialsModel::makeRow(record, QStringLiteral("production"))}, QStringLiteral("production"));
    QCOMPARE(cellText(&model, 0, CredentialsModel::Secret), QStringLiteral("incomplete: baseUrl"));
    QVERIFY(model.data(model.index(0, 0), CredentialsModel::SecretProblemRole).toBool());
    QCOMPARE(cellText(&model, 0, CredentialsModel::UsedBy), QStringLiteral("no job"));
    QCOMPARE(cellText(&model, 0, CredentialsModel::LastTest), QStringLiteral("not tested"));
}

void TestUiCredentials::createSalesforceThroughTheForm()
{
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    CredentialDialog *dialog = m_view->openEditor();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->nameEdit()->setText(QStringLiteral("Salesforce production"));
    dialog->setTypeId(QStringLiteral("salesforce"));
    QCOMPARE(dialog->typeId(), QStringLiteral("salesforce"));
    // Typed fields: the login URL shows its default as a placeholder; secrets are hidden.
    auto *loginUrl = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("loginUrl")));
    auto *user = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("username")));
    auto *password = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("password")));
    auto *token = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("securityToken")));
    QVERIFY(loginUrl && user && password && token);
    QCOMPARE(loginUrl->placeholderText(), QStringLiteral("https://login.salesforce.com"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("groupHelp"))->text().isEmpty());
    loginUrl->setText(QStringLiteral("https://login.salesforce.com"));
    user->setText(QStringLiteral("integration@cast.example.org"));
    password->setText(kPassword);
    token->setText(kToken);

    QSignalSpy saved(dialog, &CredentialDialog::saved);
    QPointer<CredentialDialog> guard(dialog);
    dialog->saveButton()->click();
    QVERIFY(saved.wait(kWait));
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !guard->isVisible(), kWait);
    waitIdle();

    const QString key = saved.first().first().toString();
    QCOMPARE(key, QStringLiteral("Salesforce production"));
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(key) >= 0, kWait);
    QCOMPARE(secretCell(key), QStringLiteral("in the keychain"));
    QCOMPARE(m_view->selectedKey(), key);

    // The secret is in the keychain…
    auto body = CredentialStore(*m_store).loadBody(m_projectId, key, QStringLiteral("production"));
    QVERIFY2(body, qPrintable(body ? QString() : body.error().toString()));
    QCOMPARE(body->value(QStringLiteral("password")).toString(), kPassword);
    QCOMPARE(body->value(QStringLiteral("securityToken")).toString(), kToken);
    QCOMPARE(body->value(QStringLiteral("username")).toString(), QStringLiteral("integration@cast.example.org"));
    // …and nowhere in the database file (nor its WAL).
    const QByteArray db = databaseBytes();
    QVERIFY(db.contains("integration@cast.example.org"));
    QVERIFY(!db.contains(kPassword.toUtf8()));
    QVERIFY(!db.contains(kToken.toUtf8()));
    QVERIFY(auditActions().contains(QStringLiteral("created")));
}

void TestUiCredentials::emptyPasswordKeepsTheStoredOne()
{
    putBody(kSalesforceDemo, QString(), QStringLiteral("production"),
            {{QStringLiteral("username"), QStringLiteral("old@cast.example.org")},
             {QStringLiteral("password"), kPassword},
             {QStringLiteral("securityToken"), kToken}});
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    QVERIFY(m_view->selectCredential(kSalesforceDemo));
    CredentialDialog *dialog = m_view->openEditor(kSalesforceDemo);
    QVERIFY(dialog);
    QVERIFY(!dialog->typeCombo()->isEnabled()); // fixed unless "Change type…"
    QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("Salesforce sandbox"));
    auto *user = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("username")));
    auto *password = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("password")));
    QCOMPARE(user->text(), QStringLiteral("old@cast.example.org"));
    QVERIFY(password->text().isEmpty());
    QCOMPARE(password->placeholderText(), QStringLiteral("Stored — leave empty to keep"));
    QVERIFY(dialog->revealButton()->isVisible());
    user->setText(QStringLiteral("new@cast.example.org"));

    QSignalSpy saved(dialog, &CredentialDialog::saved);
    dialog->saveButton()->click();
    QVERIFY(saved.wait(kWait));
    waitIdle();
    auto body = CredentialStore(*m_store).loadBody(m_projectId, kSalesforceDemo, QStringLiteral("production"));
    QVERIFY(body);
    QCOMPARE(body->value(QStringLiteral("username")).toString(), QStringLiteral("new@cast.example.org"));
    QCOMPARE(body->value(QStringLiteral("password")).toString(), kPassword);
    QCOMPARE(body->value(QStringLiteral("securityToken")).toString(), kToken);
}

void TestUiCredentials::badUrlIsShownUnderItsField()
{
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    CredentialDialog *dialog = m_view->openEditor();
    QVERIFY(dialog);
    dialog->nameEdit()->setText(QStringLiteral("Broken Salesforce"));
    dialog->setTypeId(QStringLiteral("salesforce"));
    qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("loginUrl")))->setText(QStringLiteral("login.salesforce"));
    qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("username")))->setText(QStringLiteral("a@b.org"));
    qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("password")))->setText(kPassword);
    QSignalSpy failed(dialog, &CredentialDialog::saveFailed);
    QSignalSpy saved(dialog, &CredentialDialog::saved);
    dialog->saveButton()->click();
    QCOMPARE(failed.count(), 1); // validation runs before anything is written
    QLabel *problem = dialog->problemLabel(QStringLiteral("loginUrl"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("is not a web address")), qPrintable(problem->text()));
    QVERIFY(!dialog->problemLabel(QStringLiteral("username"))->isVisible());
    QVERIFY(dialog->isVisible());
    QCOMPARE(saved.count(), 0);
    // What was typed is still there; fixing the address saves.
    QCOMPARE(qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("password")))->text(), kPassword);
    qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("loginUrl")))->setText(QStringLiteral("https://test.salesforce.com"));
    dialog->saveButton()->click();
    QVERIFY(saved.wait(kWait));
    QVERIFY(!problem->isVisible());
    waitIdle();
}

void TestUiCredentials::revealFillsTheFieldAndIsAudited()
{
    putBody(kSalesforceDemo, QString(), QStringLiteral("production"),
            {{QStringLiteral("username"), QStringLiteral("old@cast.example.org")}, {QStringLiteral("password"), kPassword}});
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    QVERIFY(!auditActions().contains(QStringLiteral("revealed")));
    CredentialDialog *dialog = m_view->openEditor(kSalesforceDemo);
    QVERIFY(dialog);
    auto *password = qobject_cast<QLineEdit *>(dialog->fieldEditor(QStringLiteral("password")));
    QVERIFY(password->text().isEmpty()); // nothing read until asked
    QSignalSpy revealed(dialog, &CredentialDialog::revealed);
    dialog->revealButton()->click();
    QVERIFY(revealed.wait(kWait));
    QCOMPARE(password->text(), kPassword);
    QCOMPARE(password->echoMode(), QLineEdit::Normal);
    QVERIFY(auditActions().contains(QStringLiteral("revealed")));
    // The view's audit list shows it too.
    QTRY_VERIFY_WITH_TIMEOUT(cellText(m_view->auditModel(), 0, CredentialAuditModel::Summary).startsWith(QStringLiteral("Revealed")),
                             kWait);
    dialog->reject();
}

void TestUiCredentials::deleteListsTheJobsFirst()
{
    const int row = rowOf(kSalesforceDemo);
    const QStringList jobs = m_view->model()->recordAt(row)->jobs;
    QVERIFY(jobs.size() >= 2);
    QVERIFY(m_view->selectCredential(kSalesforceDemo));

    // Cancel first: nothing happens.
    {
        BoxAnswerer answer(QStringLiteral("Cancel"));
        m_view->deleteSelected();
        QVERIFY(answer.answered);
    }
    waitIdle();
    QVERIFY(rowOf(kSalesforceDemo) >= 0);

    QSignalSpy deleted(m_view.get(), &CredentialsView::deleted);
    BoxAnswerer answer(QStringLiteral("Delete the whole credential"));
    m_view->deleteSelected();
    QVERIFY(answer.answered);
    for (const QString &job : jobs)
        QVERIFY2(answer.seenText.contains(job), qPrintable(answer.seenText));
    QVERIFY(answer.seenText.contains(QStringLiteral("Salesforce sandbox")));
    // Nothing stored for sandbox: only the whole credential can go.
    QVERIFY(!answer.buttons.join(QLatin1Char('|')).contains(QStringLiteral("secret only")));
    QVERIFY(deleted.wait(kWait));
    waitIdle();
    QTRY_COMPARE_WITH_TIMEOUT(rowOf(kSalesforceDemo), -1, kWait);
    QVERIFY(!CredentialStore(*m_store).find(m_projectId, kSalesforceDemo));
    QVERIFY(auditActions().contains(QStringLiteral("deleted")));
}

void TestUiCredentials::deleteOnlyOneEnvironment()
{
    putBody(kInfobipDemo, QString(), QStringLiteral("production"),
            {{QStringLiteral("baseUrl"), QStringLiteral("https://xyz.api.infobip.com")}, {QStringLiteral("apiKey"), kToken}});
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    QCOMPARE(secretCell(kInfobipDemo), QStringLiteral("in the keychain"));
    QVERIFY(m_view->selectCredential(kInfobipDemo));
    QSignalSpy deleted(m_view.get(), &CredentialsView::deleted);
    BoxAnswerer answer(QStringLiteral("Delete the production secret only"));
    m_view->deleteSelected();
    QVERIFY(answer.answered);
    QVERIFY(deleted.wait(kWait));
    waitIdle();
    QTRY_COMPARE_WITH_TIMEOUT(secretCell(kInfobipDemo), QStringLiteral("secret missing"), kWait);
    QVERIFY(CredentialStore(*m_store).find(m_projectId, kInfobipDemo)); // the credential stays
}

void TestUiCredentials::environmentSwitchIsConfirmedAndAudited()
{
    QComboBox *combo = m_view->environmentCombo();
    const int production = combo->findData(QStringLiteral("production"));
    QVERIFY(production >= 0);

    // Cancelled: nothing changes, the chooser goes back.
    {
        BoxAnswerer answer(QStringLiteral("Cancel"));
        combo->setCurrentIndex(production);
        QVERIFY(answer.answered);
    }
    waitIdle();
    QCOMPARE(m_view->activeEnvironment(), QStringLiteral("sandbox"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("sandbox"));
    QVERIFY(!auditActions().contains(QStringLiteral("environment-switched")));

    QSignalSpy switched(m_view.get(), &CredentialsView::environmentSwitched);
    BoxAnswerer answer(QStringLiteral("Switch to production"));
    combo->setCurrentIndex(production);
    QVERIFY(answer.answered);
    QVERIFY2(answer.seenText.contains(QStringLiteral("Switch project “Switchboard demo” to production? Every job of the project will "
                                                     "use its production secrets at once.")),
             qPrintable(answer.seenText));
    QVERIFY(switched.wait(kWait));
    waitIdle();
    QTRY_COMPARE_WITH_TIMEOUT(m_view->activeEnvironment(), QStringLiteral("production"), kWait);
    QCOMPARE(m_view->shownEnvironment(), QStringLiteral("production"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("production"));
    QCOMPARE(secretCell(kSalesforceDemo), QStringLiteral("secret missing"));
    QVERIFY(auditActions().contains(QStringLiteral("environment-switched")));
    QTRY_VERIFY_WITH_TIMEOUT(cellText(m_view->auditModel(), 0, CredentialAuditModel::Summary)
                                 .contains(QStringLiteral("from sandbox to production")),
                             kWait);
}

void TestUiCredentials::testConnectionShowsAndRecordsTheResult()
{
    // A port nothing listens on: the test fails fast with "unreachable", in red.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    putBody(kInfobipDemo, QString(), QStringLiteral("production"),
            {{QStringLiteral("baseUrl"), QStringLiteral("http://127.0.0.1:%1").arg(port)}, {QStringLiteral("apiKey"), kToken}});
    m_view->showEnvironment(QStringLiteral("production"));
    waitIdle();
    QVERIFY(m_view->selectCredential(kInfobipDemo));
    QCOMPARE(cellText(m_view->model(), rowOf(kInfobipDemo), CredentialsModel::LastTest), QStringLiteral("not tested"));
    QSignalSpy finished(m_view.get(), &CredentialsView::testFinished);
    m_view->testSelected();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first().at(1).toBool(), false);
    const QString message = finished.first().at(2).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(kToken));
    QVERIFY(m_view->statusLine()->text().contains(message));
    waitIdle();
    const int row = rowOf(kInfobipDemo);
    QTRY_COMPARE_WITH_TIMEOUT(cellText(m_view->model(), row, CredentialsModel::LastTest), message, kWait);
    QCOMPARE(m_view->model()->data(m_view->model()->index(row, CredentialsModel::LastTest), Qt::ForegroundRole).value<QBrush>().color(),
             MessageBanner::accentColor(MessageLevel::Error));
    QVERIFY(auditActions().contains(QStringLiteral("tested")));

    // The sandbox environment's login needs no test; nothing is recorded.
    m_view->showEnvironment(QString());
    waitIdle();
    QVERIFY(m_view->selectCredential(kInfobipDemo));
    m_view->testSelected();
    QVERIFY(m_view->statusLine()->text().contains(QStringLiteral("nothing to test")));
}

void TestUiCredentials::screenshot()
{
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SB_SCREENSHOT_DIR is not set");
    QVERIFY(QDir().mkpath(dir));

    // Realistic production logins; the tested ones point at the built-in sandbox, so the
    // results are real sign-ins (one accepted, one refused).
    sandbox::Sandbox sandbox;
    const Status started = sandbox.start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().toString()));
    const QJsonObject ib = sandbox.configuration(QStringLiteral("infobip"));
    const QJsonObject pr = sandbox.configuration(QStringLiteral("primero"));
    const QString prod = QStringLiteral("production");
    putBody(kInfobipDemo, QString(), prod,
            {{QStringLiteral("baseUrl"), ib.value(QStringLiteral("baseUrl"))}, {QStringLiteral("apiKey"), ib.value(QStringLiteral("apiKey"))}});
    putBody(QStringLiteral("admin@switchboard.demo-Primero Cambodia"), QString(), prod,
            {{QStringLiteral("url"), pr.value(QStringLiteral("url"))},
             {QStringLiteral("user"), pr.value(QStringLiteral("user"))},
             {QStringLiteral("password"), QStringLiteral("an-old-password")}});
    putBody(kSalesforceDemo, QString(), prod,
            {{QStringLiteral("loginUrl"), QStringLiteral("https://login.salesforce.com")},
             {QStringLiteral("username"), QStringLiteral("integration@cast-cambodia.org")},
             {QStringLiteral("password"), kPassword},
             {QStringLiteral("securityToken"), kToken}});
    putBody(QStringLiteral("admin@switchboard.demo-CommCare CAST API with inbox URLs"), QString(), prod,
            {{QStringLiteral("hostUrl"), QStringLiteral("https://www.commcarehq.org")},
             {QStringLiteral("domain"), QStringLiteral("cast-cambodia")},
             {QStringLiteral("username"), QStringLiteral("integration@cast-cambodia.org")},
             {QStringLiteral("apiKey"), kToken}});
    putBody(QStringLiteral("admin@switchboard.demo-OSCaR"), QString(), prod,
            {{QStringLiteral("baseUrl"), QStringLiteral("https://demo.oscarhq.com")},
             {QStringLiteral("email"), QStringLiteral("referrals@cast-cambodia.org")},
             {QStringLiteral("password"), kPassword}});
    putBody(QStringLiteral("admin@switchboard.demo-Primero Thailand"), QString(), prod,
            {{QStringLiteral("url"), QStringLiteral("https://primero.childshield.example.org")},
             {QStringLiteral("user"), QStringLiteral("switchboard-sync")},
             {QStringLiteral("password"), kPassword}});
    // "HIS Child Shield" stays without a production secret.

    // Switch the project through the view, as a person would.
    BoxAnswerer answer(QStringLiteral("Switch to production"));
    m_view->environmentCombo()->setCurrentIndex(m_view->environmentCombo()->findData(prod));
    QVERIFY(answer.answered);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->activeEnvironment(), prod, kWait);
    waitIdle();

    for (const QString &key : {kInfobipDemo, QStringLiteral("admin@switchboard.demo-Primero Cambodia")}) {
        QVERIFY(m_view->selectCredential(key));
        QSignalSpy finished(m_view.get(), &CredentialsView::testFinished);
        m_view->testSelected();
        QVERIFY(finished.wait(kWait));
        waitIdle();
    }
    QVERIFY(m_view->selectCredential(kInfobipDemo));
    m_view->banner()->hideMessage();
    m_view->resize(1440, 680);
    QTest::qWait(50);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), kWait);
    QVERIFY(m_view->grab().save(QDir(dir).filePath(QStringLiteral("credentials.png"))));

    QVERIFY(m_view->selectCredential(kSalesforceDemo));
    CredentialDialog *dialog = m_view->openEditor(kSalesforceDemo);
    QVERIFY(dialog);
    dialog->adjustSize();
    QTest::qWait(50);
    QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("credential-edit.png"))));
    dialog->reject();
}

QTEST_MAIN(TestUiCredentials)
#include "tst_ui_credentials.moc"
