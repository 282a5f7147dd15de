// The Clinics page against the built-in sandbox: the list with status, patients and
// pending SMS by kind, filter and search, the status dialog's effect preview, the change
// with its history, the Salesforce failure shown with nothing changed, and the pending
// re-plans with Retry. With SB_SCREENSHOT_DIR set, saves clinics.png and
// clinics-effect.png there.

#include "clinics/clinicsmodel.h"
#include "clinics/clinicstatusdialog.h"
#include "clinics/clinicsview.h"
#include "clinics/clinicservice.h"
#include "main/messagebanner.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"
#include "sms/smstable.h"
#include "store/store.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QTest>

using namespace sb;
using namespace sb::clinics;
using namespace Qt::StringLiterals;

namespace {
const QString kLagos = u"Lagos University Teaching Hospital"_s;
}

class TestUiClinics final : public QObject
{
    Q_OBJECT

    sandbox::Sandbox m_sandbox;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ClinicsView> m_view;

    Connections connections()
    {
        Connections c;
        c.salesforce = m_sandbox.configuration(u"salesforce"_s);
        c.infobip = m_sandbox.configuration(u"infobip"_s);
        return c;
    }

    QString salesforceStatus(const QString &name)
    {
        for (const auto &[id, record] : m_sandbox.data().all(u"salesforce"_s, u"Account"_s))
            if (record.value(u"Name"_s).toString() == name)
                return record.value(u"Status__c"_s).toString();
        return {};
    }

    QString shownStatus(const QString &name)
    {
        const ClinicsModel::Row *r = m_view->model()->rowAt(m_view->model()->rowOf(name));
        return r ? r->clinic.status : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_sandbox.start(u"127.0.0.1"_s, 0).ok());
        auto opened = Store::open(m_dir.file(u"clinics.db"_s));
        QVERIFY(opened);
        m_store = std::move(opened).value();
        QVERIFY(sms::installBuiltInTable(*m_store));
        // The SMS plans of every clinic, as the daily SMS run leaves them.
        ClinicService service(*m_store, connections());
        QVERIFY(service.sync());
        for (const QString &name : {u"Lagos University Teaching Hospital"_s, u"Mulago National Referral Hospital"_s,
                                    u"Nigeria Test (nigeria_test)"_s, u"CCBRT Dar es Salaam"_s})
            QVERIFY(service.retry(name));
        m_view = std::make_unique<ClinicsView>(*m_store);
        m_view->setConnectionsProvider([this]() -> Result<Connections> { return connections(); });
        m_view->resize(1400, 820);
        m_view->show();
        m_view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_store.reset();
    }

    void listsEveryClinic()
    {
        QCOMPARE(m_view->model()->rowCount(), 8);
        const ClinicsModel::Row *lagos = m_view->model()->rowAt(m_view->model()->rowOf(kLagos));
        QVERIFY(lagos);
        QCOMPARE(lagos->clinic.status, QLatin1String(kActive));
        QCOMPARE(lagos->clinic.country, u"Nigeria"_s);
        QCOMPARE(lagos->clinic.patients, 6);
        QCOMPARE(lagos->pending.reminders, 8);
        QVERIFY(lagos->pending.educational > 10);
        const ClinicsModel::Row *mulago = m_view->model()->rowAt(m_view->model()->rowOf(u"Mulago National Referral Hospital"_s));
        QCOMPARE(mulago->pending.reminders, 0); // suspended: no reminders
        QVERIFY(mulago->pending.educational > 0);
    }

    void filterAndSearch()
    {
        m_view->setStatusFilter(QLatin1String(kSuspended));
        QCOMPARE(m_view->visibleRows(), 2);
        m_view->setStatusFilter({});
        m_view->setSearch(u"nigeria"_s);
        QCOMPARE(m_view->visibleRows(), 2); // by country
        m_view->setSearch(u"lagos"_s);
        QCOMPARE(m_view->visibleRows(), 1);
        m_view->setSearch({});
        QCOMPARE(m_view->visibleRows(), 8);
    }

    // The dialog works the effect out before anything changes; applying it changes
    // Salesforce, the list and the history.
    void changeShowsTheEffectFirst()
    {
        QVERIFY(m_view->selectClinic(kLagos));
        ClinicStatusDialog *dialog = m_view->createStatusDialog();
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(dialog->selectStatus(QLatin1String(kSuspended)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->effectReady(), 30000);
        QVERIFY(dialog->applyButton()->isEnabled());
        QVERIFY2(dialog->effectText().contains(u"Cancelled"_s), qPrintable(dialog->effectText()));
        QVERIFY(dialog->effectText().contains(u"For 4 of the clinic's 6 patients"_s));
        QCOMPARE(salesforceStatus(kLagos), QLatin1String(kActive)); // nothing changed yet
        dialog->close();

        m_view->applyStatus(kLagos, QLatin1String(kSuspended));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        QCOMPARE(salesforceStatus(kLagos), QLatin1String(kSuspended));
        QCOMPARE(shownStatus(kLagos), QLatin1String(kSuspended));
        QVERIFY(m_view->banner()->text().contains(u"8 SMS cancelled"_s));
        const ClinicsModel::Row *lagos = m_view->model()->rowAt(m_view->model()->rowOf(kLagos));
        QCOMPARE(lagos->pending.reminders, 0);
        QVERIFY(m_view->selectClinic(kLagos));
        QVERIFY2(m_view->historyText().contains(u"Actively Supported → Temporarily Suspended"_s), qPrintable(m_view->historyText()));
    }

    // Salesforce already has the chosen status (changed there since the last sync): the
    // dialog says so and offers nothing to apply.
    void statusChangedInSalesforceMeanwhile()
    {
        QVERIFY(m_view->selectClinic(u"Mulago National Referral Hospital"_s));
        for (auto [id, a] : m_sandbox.data().all(u"salesforce"_s, u"Account"_s)) {
            if (a.value(u"Name"_s).toString() != u"Mulago National Referral Hospital"_s)
                continue;
            a.insert(u"Status__c"_s, QLatin1String(kPrevious));
            m_sandbox.data().put(u"salesforce"_s, u"Account"_s, id, a);
        }
        ClinicStatusDialog *dialog = m_view->createStatusDialog();
        dialog->show();
        QVERIFY(dialog->selectStatus(QLatin1String(kPrevious)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->effectReady() || dialog->effectText().contains(u"nothing to change"_s), 30000);
        QVERIFY2(dialog->effectText().contains(u"changed there since the last sync"_s), qPrintable(dialog->effectText()));
        QVERIFY(!dialog->applyButton()->isEnabled());
        dialog->close();
        for (auto [id, a] : m_sandbox.data().all(u"salesforce"_s, u"Account"_s)) {
            if (a.value(u"Name"_s).toString() != u"Mulago National Referral Hospital"_s)
                continue;
            a.insert(u"Status__c"_s, QLatin1String(kSuspended));
            m_sandbox.data().put(u"salesforce"_s, u"Account"_s, id, a);
        }
    }

    void salesforceFailureShowsTheErrorAndChangesNothing()
    {
        m_sandbox.setFault(u"salesforce"_s, {sandbox::FaultKind::ServerError, 20});
        m_view->applyStatus(kLagos, QLatin1String(kPrevious));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        m_sandbox.setFault(u"salesforce"_s, {});
        QVERIFY2(m_view->banner()->text().contains(u"not changed"_s), qPrintable(m_view->banner()->text()));
        QCOMPARE(m_view->banner()->level(), MessageLevel::Error);
        QCOMPARE(shownStatus(kLagos), QLatin1String(kSuspended));
        QCOMPARE(salesforceStatus(kLagos), QLatin1String(kSuspended));
    }

    void partialFailureIsListedWithRetry()
    {
        m_sandbox.setFault(u"infobip"_s, {sandbox::FaultKind::ServerError, 2});
        m_view->applyStatus(kLagos, QLatin1String(kActive));
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        QCOMPARE(m_view->banner()->level(), MessageLevel::Warning);
        QVERIFY(m_view->selectClinic(kLagos));
        QVERIFY2(m_view->pendingText().contains(u"still to re-plan"_s), qPrintable(m_view->pendingText()));
        auto *retry = m_view->findChild<QPushButton *>(u"clinicsRetry"_s);
        QVERIFY(retry->isVisible() && retry->isEnabled());
        retry->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        QVERIFY(m_view->selectClinic(kLagos));
        QVERIFY(m_view->pendingText().isEmpty());
        QCOMPARE(m_view->model()->rowAt(m_view->model()->rowOf(kLagos))->pending.reminders, 8);
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("SB_SCREENSHOT_DIR is not set");
        QVERIFY(QDir().mkpath(dir));
        m_view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        QTest::qWait(1200); // the store watcher's own refresh after the earlier changes
        QTRY_VERIFY_WITH_TIMEOUT(!m_view->isBusy(), 30000);
        QVERIFY(m_view->selectClinic(kLagos));
        m_view->banner()->hideMessage();
        QTest::qWait(50);
        QVERIFY(m_view->grab().save(QDir(dir).filePath(u"clinics.png"_s)));
        ClinicStatusDialog *dialog = m_view->createStatusDialog();
        dialog->show();
        QVERIFY(dialog->selectStatus(QLatin1String(kPrevious)));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->effectReady(), 30000);
        dialog->findChild<QPushButton *>(u"clinicShowIds"_s)->setChecked(true);
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(QDir(dir).filePath(u"clinics-effect.png"_s)));
        dialog->close();
    }
};

QTEST_MAIN(TestUiClinics)
#include "tst_ui_clinics.moc"
