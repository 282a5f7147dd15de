// The Sandbox view, offscreen, over a real sandbox on 127.0.0.1 (free port): the systems,
// records put in and read back, requests made over HTTP (secrets redacted), the fault knob,
// reset, the empty state, and the view's place in the main window.
// With SB_SCREENSHOT_DIR set, saves PNGs of the view.

#include "main/mainwindow.h"
#include "project/projectstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxmodels.h"
#include "sandbox/sandboxsystem.h"
#include "sandbox/sandboxview.h"
#include "store/store.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QUrl>
#include <QtTest>

#include <memory>

using namespace sb;
using sb::sandbox::Fault;
using sb::sandbox::FaultKind;
using sb::sandbox::Sandbox;

namespace {

const QString kSystem = QStringLiteral("salesforce");
const QString kCollection = QStringLiteral("Contact");
const QString kKey = QStringLiteral("003SBVIEWTEST0001");
const QByteArray kSecret = QByteArrayLiteral("sb-view-test-secret-4711");

QStringList columnTitles(const QAbstractItemModel *model)
{
    QStringList titles;
    for (int c = 0; c < model->columnCount(); ++c)
        titles << model->headerData(c, Qt::Horizontal).toString();
    return titles;
}

} // namespace

class TestUiSandbox final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listsSystems();
    void showsRecords();
    void updatesKeepSelection();
    void showsRequests();
    void faultKnob();
    void resetAsksFirst();
    void emptyState();
    void mainWindowPage();

private:
    void screenshot(QWidget *widget, const QString &name);
    // GET through the sandbox; returns the HTTP status (0 = no answer).
    int get(const QString &pathAndQuery, const QByteArray &authorization = {});

    std::unique_ptr<test::TempDir> m_dir;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxView> m_view;
    QNetworkAccessManager m_network;
};

void TestUiSandbox::initTestCase()
{
    m_dir = std::make_unique<test::TempDir>();
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_sandbox"));

    m_sandbox = std::make_unique<Sandbox>();
    const Status started = m_sandbox->start(QStringLiteral("127.0.0.1"), 0);
    QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    QVERIFY(m_sandbox->port() > 0);

    m_view = std::make_unique<SandboxView>();
    m_view->resize(1500, 900);
    m_view->setSandbox(m_sandbox.get());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestUiSandbox::cleanupTestCase()
{
    m_view.reset();
    m_sandbox.reset();
}

void TestUiSandbox::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

int TestUiSandbox::get(const QString &pathAndQuery, const QByteArray &authorization)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl() + pathAndQuery));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(60000))
        qWarning("no answer from %s", qPrintable(pathAndQuery));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

void TestUiSandbox::listsSystems()
{
    QAbstractItemModelTester systemsTester(m_view->systemsModel());
    QVERIFY(!m_view->showsEmptyState());
    const QList<sandbox::SystemInfo> systems = m_sandbox->systems();
    QVERIFY(!systems.isEmpty());
    QCOMPARE(m_view->systemsModel()->rowCount(), int(systems.size()));
    for (int row = 0; row < systems.size(); ++row) {
        const QModelIndex title = m_view->systemsModel()->index(row, SandboxSystemsModel::Title);
        QCOMPARE(title.data().toString(), systems.at(row).title);
        QCOMPARE(title.data(SandboxSystemsModel::IdRole).toString(), systems.at(row).id);
        QCOMPARE(m_view->systemsModel()->index(row, SandboxSystemsModel::Url).data().toString(), systems.at(row).url);
        QVERIFY(systems.at(row).url.contains(QString::number(m_sandbox->port())));
        QCOMPARE(m_view->systemsModel()->index(row, SandboxSystemsModel::Fault).data().toString(), QStringLiteral("off"));
    }
    // The first system is shown at once, with its login and URL.
    QCOMPARE(m_view->selectedSystem(), systems.first().id);
    QVERIFY(m_view->selectSystem(kSystem));
    QCOMPARE(m_view->findChild<QLabel *>(QStringLiteral("sandboxUrl"))->text(), m_sandbox->systemUrl(kSystem));
    const QString loginHint = m_view->findChild<QLabel *>(QStringLiteral("sandboxLogin"))->text();
    QVERIFY(!loginHint.isEmpty());
    for (const sandbox::SystemInfo &info : systems) {
        if (info.id == kSystem)
            QCOMPARE(loginHint, info.loginHint);
    }
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("sandboxRunningLabel"))->text().contains(m_sandbox->baseUrl()));
}

void TestUiSandbox::showsRecords()
{
    QAbstractItemModelTester recordsTester(m_view->recordsModel());
    QVERIFY(m_view->selectSystem(kSystem));
    m_sandbox->data().put(kSystem, kCollection, kKey,
                          QJsonObject{{QStringLiteral("Id"), kKey},
                                      {QStringLiteral("LastName"), QStringLiteral("Sokha")},
                                      {QStringLiteral("Zz_Score__c"), 42},
                                      {QStringLiteral("Zz_Address__c"),
                                       QJsonObject{{QStringLiteral("City"), QStringLiteral("Phnom Penh")}}}});
    auto *combo = m_view->findChild<QComboBox *>(QStringLiteral("collectionCombo"));
    QVERIFY(combo);
    QTRY_VERIFY_WITH_TIMEOUT(combo->findData(kCollection) >= 0, 30000);
    QVERIFY(m_view->selectCollection(kCollection));
    QCOMPARE(m_view->currentCollection(), kCollection);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->recordsModel()->rowOf(kKey) >= 0, 30000);

    SandboxRecordsModel *model = m_view->recordsModel();
    const QStringList titles = columnTitles(model);
    QCOMPARE(titles.first(), QStringLiteral("Key"));
    QVERIFY(titles.contains(QStringLiteral("LastName")));
    QVERIFY(titles.contains(QStringLiteral("Zz_Address__c")));
    const int row = model->rowOf(kKey);
    QCOMPARE(model->index(row, SandboxRecordsModel::kKeyColumn).data().toString(), kKey);
    QCOMPARE(model->index(row, int(titles.indexOf(QStringLiteral("LastName")))).data().toString(),
             QStringLiteral("Sokha"));
    QCOMPARE(model->index(row, int(titles.indexOf(QStringLiteral("Zz_Score__c")))).data().toString(), QStringLiteral("42"));
    QCOMPARE(model->index(row, int(titles.indexOf(QStringLiteral("Zz_Address__c")))).data().toString(),
             QStringLiteral("{\"City\":\"Phnom Penh\"}"));
    // Every record of the collection is listed, in the sandbox's order.
    const QList<QPair<QString, QJsonObject>> all = m_sandbox->data().all(kSystem, kCollection);
    QCOMPARE(model->rowCount(), int(all.size()));
    for (int i = 0; i < all.size(); ++i)
        QCOMPARE(model->keyAt(i), all.at(i).first);

    QVERIFY(m_view->selectRecord(kKey));
    auto *json = m_view->findChild<QPlainTextEdit *>(QStringLiteral("recordJson"));
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"City\": \"Phnom Penh\"")));
    QVERIFY(json->toPlainText().contains(QStringLiteral("\"LastName\": \"Sokha\"")));
    screenshot(m_view.get(), QStringLiteral("sandbox-records"));
}

void TestUiSandbox::updatesKeepSelection()
{
    QVERIFY(m_view->selectSystem(kSystem));
    QVERIFY(m_view->selectCollection(kCollection));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->recordsModel()->rowOf(kKey) >= 0, 30000);
    QVERIFY(m_view->selectRecord(kKey));
    auto *records = m_view->findChild<QTableView *>(QStringLiteral("sandboxRecords"));
    const int shownBefore = records->indexAt(QPoint(5, 5)).row();

    // A new record with a new field (a column appended), and an edit of the selected one.
    const QString other = QStringLiteral("003SBVIEWTEST0002");
    m_sandbox->data().put(kSystem, kCollection, other,
                          QJsonObject{{QStringLiteral("Id"), other}, {QStringLiteral("Zz_New_Field__c"), true}});
    QJsonObject edited = m_sandbox->data().get(kSystem, kCollection, kKey);
    edited.insert(QStringLiteral("LastName"), QStringLiteral("Sokha-Edited"));
    m_sandbox->data().put(kSystem, kCollection, kKey, edited);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->recordsModel()->rowOf(other) >= 0, 30000);
    QVERIFY(columnTitles(m_view->recordsModel()).contains(QStringLiteral("Zz_New_Field__c")));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->findChild<QPlainTextEdit *>(QStringLiteral("recordJson"))
                                 ->toPlainText()
                                 .contains(QStringLiteral("Sokha-Edited")),
                             30000);
    QCOMPARE(m_view->selectedRecordKey(), kKey);
    QCOMPARE(m_view->currentCollection(), kCollection);
    QCOMPARE(m_view->selectedSystem(), kSystem);
    // The view stays where it was; at most the horizontal scroll bar the new column brings
    // scrolls the selected row (at the bottom) into view by one row.
    QVERIFY(qAbs(records->indexAt(QPoint(5, 5)).row() - shownBefore) <= 1);
    QVERIFY(records->viewport()->rect().intersects(records->visualRect(m_view->recordsModel()->index(m_view->recordsModel()->rowOf(kKey), 0))));

    // A removal elsewhere keeps the selection too.
    QVERIFY(m_sandbox->data().remove(kSystem, kCollection, other));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->recordsModel()->rowOf(other) < 0, 30000);
    QCOMPARE(m_view->selectedRecordKey(), kKey);
}

void TestUiSandbox::showsRequests()
{
    QAbstractItemModelTester requestsTester(m_view->requestsModel());
    QVERIFY(m_view->selectSystem(kSystem));
    const int before = m_view->systemsModel()
                           ->index(m_view->systemsModel()->rowOf(kSystem), SandboxSystemsModel::Requests)
                           .data(SandboxSystemsModel::RawRole)
                           .toInt();
    const int rowsBefore = m_view->requestsModel()->rowCount();
    const int status = get(QStringLiteral("/salesforce/services/data/v52.0/query?q=SELECT+Id+FROM+Contact&access_token=")
                               + QString::fromLatin1(kSecret),
                           QByteArrayLiteral("Bearer ") + kSecret);
    QVERIFY(status > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->requestsModel()->rowCount(), rowsBefore + 1, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_view->systemsModel()
                                  ->index(m_view->systemsModel()->rowOf(kSystem), SandboxSystemsModel::Requests)
                                  .data(SandboxSystemsModel::RawRole)
                                  .toInt(),
                              before + 1, 30000);

    SandboxRequestsModel *model = m_view->requestsModel();
    // Newest first.
    QCOMPARE(model->index(0, SandboxRequestsModel::Method).data().toString(), QStringLiteral("GET"));
    const QString path = model->index(0, SandboxRequestsModel::Path).data().toString();
    QVERIFY2(path.startsWith(QStringLiteral("/services/data/v52.0/query?q=SELECT Id FROM Contact")), qPrintable(path));
    QVERIFY2(!path.contains(QString::fromLatin1(kSecret)), qPrintable(path));
    QVERIFY(path.contains(QStringLiteral("access_token=[redacted]")));
    QCOMPARE(model->index(0, SandboxRequestsModel::Status).data().toString(), QString::number(status));

    auto *tabs = m_view->findChild<QTabWidget *>(QStringLiteral("sandboxTabs"));
    tabs->setCurrentIndex(1);
    auto *requests = m_view->findChild<QTableView *>(QStringLiteral("sandboxRequests"));
    requests->selectRow(0);
    auto *headers = m_view->findChild<QTableWidget *>(QStringLiteral("requestHeaders"));
    bool sawAuthorization = false;
    for (int i = 0; i < headers->rowCount(); ++i) {
        QVERIFY(!headers->item(i, 1)->text().contains(QString::fromLatin1(kSecret)));
        if (headers->item(i, 0)->text().compare(QStringLiteral("authorization"), Qt::CaseInsensitive) == 0) {
            QCOMPARE(headers->item(i, 1)->text(), QStringLiteral("[redacted]"));
            sawAuthorization = true;
        }
    }
    QVERIFY(sawAuthorization);
    QVERIFY(!m_view->findChild<QLabel *>(QStringLiteral("requestSummary"))->text().contains(QString::fromLatin1(kSecret)));

    // A second request comes in on top and the selected one stays selected.
    QVERIFY(get(QStringLiteral("/salesforce/services/data/v52.0/sobjects/Contact/") + kKey,
                QByteArrayLiteral("Bearer ") + kSecret)
            > 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), rowsBefore + 2, 30000);
    QCOMPARE(requests->selectionModel()->selectedRows().value(0).row(), 1);
    QVERIFY(model->index(1, SandboxRequestsModel::Path).data().toString().contains(QStringLiteral("/query")));
    screenshot(m_view.get(), QStringLiteral("sandbox-requests"));
    tabs->setCurrentIndex(0);
}

void TestUiSandbox::faultKnob()
{
    QVERIFY(m_view->selectSystem(kSystem));
    auto *kind = m_view->findChild<QComboBox *>(QStringLiteral("faultKind"));
    auto *count = m_view->findChild<QSpinBox *>(QStringLiteral("faultCount"));
    auto *apply = m_view->findChild<QPushButton *>(QStringLiteral("applyFaultButton"));
    auto *status = m_view->findChild<QLabel *>(QStringLiteral("faultStatus"));
    QVERIFY(kind && count && apply && status);
    QCOMPARE(kind->currentData().toInt(), int(FaultKind::None));
    QVERIFY(!count->isEnabled());

    kind->setCurrentIndex(kind->findData(int(FaultKind::TooManyRequests)));
    QVERIFY(count->isEnabled());
    count->setValue(2);
    QTest::mouseClick(apply, Qt::LeftButton);
    Fault fault = m_sandbox->fault(kSystem);
    QCOMPARE(fault.kind, FaultKind::TooManyRequests);
    QCOMPARE(fault.remaining, 2);
    QVERIFY2(status->text().contains(QStringLiteral("2")) && status->text().contains(QStringLiteral("429")),
             qPrintable(status->text()));
    const int row = m_view->systemsModel()->rowOf(kSystem);
    QVERIFY(m_view->systemsModel()->index(row, SandboxSystemsModel::Fault).data().toString().contains(QStringLiteral("429")));
    screenshot(m_view.get(), QStringLiteral("sandbox-fault"));

    // A call uses one failure up; the view follows.
    QCOMPARE(get(QStringLiteral("/salesforce/services/data/v52.0/sobjects/Contact/") + kKey,
                 QByteArrayLiteral("Bearer ") + kSecret),
             429);
    QCOMPARE(m_sandbox->fault(kSystem).remaining, 1);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("1 call")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->requestsModel()->rowCount() > 0
                                 && m_view->requestsModel()->index(0, SandboxRequestsModel::Status).data().toString()
                                        == QStringLiteral("429"),
                             30000);

    // Off again.
    kind->setCurrentIndex(kind->findData(int(FaultKind::None)));
    QTest::mouseClick(apply, Qt::LeftButton);
    fault = m_sandbox->fault(kSystem);
    QCOMPARE(fault.kind, FaultKind::None);
    QVERIFY(status->text().startsWith(QStringLiteral("Off")));
    QCOMPARE(m_view->systemsModel()->index(row, SandboxSystemsModel::Fault).data().toString(), QStringLiteral("off"));

    // A knob set elsewhere (the CLI, a test) shows within a poll.
    m_sandbox->setFault(kSystem, Fault{FaultKind::ServerError, 5});
    QTRY_VERIFY_WITH_TIMEOUT(m_view->systemsModel()->index(row, SandboxSystemsModel::Fault).data().toString().contains(
                                 QStringLiteral("500")),
                             30000);
    m_sandbox->setFault(kSystem, Fault{});
    QTRY_COMPARE_WITH_TIMEOUT(m_view->systemsModel()->index(row, SandboxSystemsModel::Fault).data().toString(),
                              QStringLiteral("off"), 30000);
}

void TestUiSandbox::resetAsksFirst()
{
    QVERIFY(m_view->selectSystem(kSystem));
    QVERIFY(m_view->selectCollection(kCollection));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->recordsModel()->rowOf(kKey) >= 0, 30000);
    int asked = 0;
    m_view->setResetConfirmation([&asked](QWidget *) {
        ++asked;
        return false;
    });
    auto *reset = m_view->findChild<QPushButton *>(QStringLiteral("resetSandboxButton"));
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(asked, 1);
    QVERIFY(m_sandbox->data().contains(kSystem, kCollection, kKey));

    m_view->setResetConfirmation([&asked](QWidget *) {
        ++asked;
        return true;
    });
    QTest::mouseClick(reset, Qt::LeftButton);
    QCOMPARE(asked, 2);
    QVERIFY(!m_sandbox->data().contains(kSystem, kCollection, kKey));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->recordsModel()->rowOf(kKey) < 0, 30000);
    QCOMPARE(m_view->selectedSystem(), kSystem);
}

void TestUiSandbox::emptyState()
{
    SandboxView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.showsEmptyState());
    auto *detail = view.findChild<QLabel *>(QStringLiteral("sandboxEmptyDetail"));
    QVERIFY(detail->isVisible());
    QVERIFY(detail->text().contains(QStringLiteral("“sandbox”")));
    auto *start = view.findChild<QPushButton *>(QStringLiteral("startSandboxButton"));
    QVERIFY(start && start->isVisible());
    QSignalSpy requested(&view, &SandboxView::startSandboxRequested);
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(requested.size(), 1);
    screenshot(&view, QStringLiteral("sandbox-empty"));

    // Given a sandbox, then none again; and a sandbox that goes away.
    view.setSandbox(m_sandbox.get());
    QVERIFY(!view.showsEmptyState());
    QCOMPARE(view.systemsModel()->rowCount(), int(m_sandbox->systems().size()));
    view.setSandbox(nullptr);
    QVERIFY(view.showsEmptyState());
    QCOMPARE(view.systemsModel()->rowCount(), 0);
    {
        auto other = std::make_unique<Sandbox>();
        QVERIFY(other->start(QStringLiteral("127.0.0.1"), 0).ok());
        view.setSandbox(other.get());
        QVERIFY(!view.showsEmptyState());
    }
    QVERIFY(view.showsEmptyState());
    QVERIFY(!view.sandbox());
    // The same with nullptr from the start: nothing to poll, nothing breaks.
    view.refresh();
    QVERIFY(view.showsEmptyState());
}

void TestUiSandbox::mainWindowPage()
{
    Result<std::unique_ptr<Store>> store = Store::open(m_dir->file(QStringLiteral("switchboard.db")));
    QVERIFY2(store.ok(), qPrintable(store.error().toString()));
    ProjectStore projects(*store.value());
    MainWindow window(*store.value(), projects);
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.navigation()->count(), int(MainWindow::PageCount));
    QCOMPARE(window.navigation()->item(MainWindow::SandboxPage)->text(), QStringLiteral("Sandbox"));
    window.showPage(MainWindow::SandboxPage);
    QCOMPARE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget(),
             static_cast<QWidget *>(window.sandboxView()));
    QVERIFY(window.sandboxView()->showsEmptyState());
    QSignalSpy requested(&window, &MainWindow::startSandboxRequested);
    QTest::mouseClick(window.sandboxView()->findChild<QPushButton *>(QStringLiteral("startSandboxButton")),
                      Qt::LeftButton);
    QCOMPARE(requested.size(), 1);

    window.setSandbox(m_sandbox.get());
    QCOMPARE(window.sandboxView()->sandbox(), m_sandbox.get());
    QVERIFY(!window.sandboxView()->showsEmptyState());
    QVERIFY(window.sandboxView()->selectSystem(kSystem));
    QTRY_VERIFY_WITH_TIMEOUT(window.sandboxView()->recordsModel()->rowCount() > 0
                                 || window.sandboxView()->currentCollection().isEmpty(),
                             30000);
    screenshot(&window, QStringLiteral("sandbox-window"));

    // View → Sandbox (Ctrl+7) and the remembered layout.
    window.showPage(MainWindow::OverviewPage);
    bool found = false;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_7)) {
            action->trigger();
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(window.currentPage(), MainWindow::SandboxPage);
    QSettings settings;
    window.sandboxView()->saveSettings(settings);
    QCOMPARE(settings.value(QStringLiteral("Sandbox/system")).toString(), kSystem);
    window.setSandbox(nullptr);
    QVERIFY(window.sandboxView()->showsEmptyState());
}

QTEST_MAIN(TestUiSandbox)
#include "tst_ui_sandbox.moc"
