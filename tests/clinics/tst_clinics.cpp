// Clinic status changes against the built-in sandbox (Salesforce and Infobip on
// 127.0.0.1): every transition between the four statuses on a clinic with a patient in each
// treatment phase, with the exact bulkIds cancelled and scheduled; a clinic back to
// Actively Supported gets its messages again under new bulkIds; a Salesforce write that
// fails changes nothing; a sync finds a status changed in Salesforce and does the same.
//
// The clinic is the sandbox's "Lagos University Teaching Hospital" (Nigeria, Africa/Lagos):
// patients luth-1 … luth-6 in Casting, Tenotomy, Bracing Day (brace problem "Not Wearing
// Enough"), Bracing Night, Suspended and Complete, next visits 12 … 17 days ahead.

#include "clinics/clinicservice.h"
#include "clinics/clinicstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"
#include "sms/smsplan.h"
#include "sms/smsscheduler.h"
#include "sms/smstable.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSet>
#include <QTest>

using namespace sb;
using namespace sb::clinics;
using namespace Qt::StringLiterals;

namespace {

const QString kClinic = u"Lagos University Teaching Hospital"_s;

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

// The missed-visit reminders of the four patients in active treatment (the Suspended and
// Complete ones get none): visitAfter1 and visitAfter2 for each next visit, worked out by
// hand from the sheet's templates "visitAfter1-{CommCare_Case_ID__c}-{Next_Visit_Date_New__c}".
QSet<QString> reminders(const QString &suffix = {})
{
    QSet<QString> out;
    for (int k = 1; k <= 4; ++k)
        for (const char *row : {"visitAfter1", "visitAfter2"})
            out.insert(QStringLiteral("%1-luth-%2-%3%4").arg(QLatin1String(row)).arg(k).arg(day(11 + k), suffix));
    return out;
}

bool allowsEducational(const QString &status)
{
    return status == QLatin1String(kActive) || status == QLatin1String(kSuspended);
}

bool allowsReminders(const QString &status)
{
    return status == QLatin1String(kActive);
}

QSet<QString> ids(const QList<sms::RunWrite> &writes, sms::RunWrite::Kind kind, int educational = -1)
{
    QSet<QString> out;
    for (const sms::RunWrite &w : writes)
        if (w.kind == kind && !w.failed && (educational < 0 || w.educational == bool(educational)))
            out.insert(w.bulkId);
    return out;
}

} // namespace

class TestClinics final : public QObject
{
    Q_OBJECT

    sandbox::Sandbox m_sandbox;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_stores = 0;

    Connections connections() const
    {
        Connections c;
        c.project = u"test"_s;
        c.environment = u"sandbox"_s;
        c.salesforce = m_sandbox.configuration(u"salesforce"_s);
        c.infobip = m_sandbox.configuration(u"infobip"_s);
        return c;
    }

    // A fresh sandbox and store; the clinic put in `status` in Salesforce, synced, and its
    // contacts planned and scheduled as that status allows.
    std::unique_ptr<ClinicService> prepare(const QString &status)
    {
        m_sandbox.reset();
        m_store.reset();
        auto opened = Store::open(m_dir.file(QStringLiteral("clinics-%1.db").arg(++m_stores)));
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        m_store = std::move(opened).value();
        if (!sms::installBuiltInTable(*m_store))
            qFatal("no table");
        setSalesforceStatus(status);
        auto service = std::make_unique<ClinicService>(*m_store, connections());
        const Result<SyncOutcome> synced = service->sync();
        if (!synced)
            qFatal("%s", qPrintable(synced.error().message));
        const Result<ChangeOutcome> baseline = service->retry(kClinic);
        if (!baseline || !baseline->pending.isEmpty())
            qFatal("baseline failed");
        return service;
    }

    QJsonObject account()
    {
        for (const auto &[id, record] : m_sandbox.data().all(u"salesforce"_s, u"Account"_s))
            if (record.value(u"Name"_s).toString() == kClinic)
                return record;
        return {};
    }

    void setSalesforceStatus(const QString &status)
    {
        QJsonObject a = account();
        a.insert(u"Status__c"_s, status);
        m_sandbox.data().put(u"salesforce"_s, u"Account"_s, a.value(u"Id"_s).toString(), a);
    }

    // The clinic's scheduled messages in the store, by kind.
    QSet<QString> scheduled(bool educational)
    {
        QSet<QString> out;
        sms::SmsPlanStore plans(*m_store);
        for (int k = 1; k <= 6; ++k) {
            const sms::ContactPlan plan = plans.load(QStringLiteral("luth-%1").arg(k)).value();
            for (const sms::PlannedMessage &m : plan.messages)
                if (m.state == sms::MessageState::Scheduled && m.educational == educational)
                    out.insert(m.bulkId);
        }
        return out;
    }

    QString infobipStatus(const QString &bulkId)
    {
        return m_sandbox.data().get(u"infobip"_s, u"bulks"_s, bulkId).value(u"status"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Status started = m_sandbox.start(u"127.0.0.1"_s, 0);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
    }

    void cleanupTestCase() { m_store.reset(); }

    // The baseline a status gives: what each status lets through.
    void baselinePerStatus_data()
    {
        QTest::addColumn<QString>("status");
        for (const QString &s : knownStatuses())
            QTest::newRow(qPrintable(s)) << s;
    }
    void baselinePerStatus()
    {
        QFETCH(QString, status);
        prepare(status);
        QCOMPARE(scheduled(false), allowsReminders(status) ? reminders() : QSet<QString>());
        QCOMPARE(!scheduled(true).isEmpty(), allowsEducational(status));
        const Result<Clinic> c = ClinicStore(*m_store).find(kClinic);
        QVERIFY(c);
        QCOMPARE(c->status, status);
        QCOMPARE(c->patients, 6);
        QCOMPARE(c->country, u"Nigeria"_s);
    }

    // Each status to each other: the preview names exactly what the change then does.
    void transitions_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        for (const QString &a : knownStatuses())
            for (const QString &b : knownStatuses())
                if (a != b)
                    QTest::newRow(qPrintable(a + u" → "_s + b)) << a << b;
    }
    void transitions()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        const std::unique_ptr<ClinicService> service = prepare(from);
        const QSet<QString> educationalBefore = scheduled(true);
        const QSet<QString> remindersBefore = scheduled(false);

        // Expected, from the rules: what the old status allowed and the new one does not is
        // cancelled; what the new one allows and the old one did not is scheduled.
        QSet<QString> expectCancel;
        QSet<QString> expectSchedule;
        if (allowsReminders(from) && !allowsReminders(to))
            expectCancel += reminders();
        if (!allowsReminders(from) && allowsReminders(to))
            expectSchedule += reminders();
        if (allowsEducational(from) && !allowsEducational(to))
            expectCancel += educationalBefore;
        const bool educationalAgain = !allowsEducational(from) && allowsEducational(to);

        const Result<Effect> preview = service->preview(kClinic, to);
        QVERIFY2(preview, qPrintable(preview ? QString() : preview.error().message));
        QCOMPARE(preview->from, from);
        QCOMPARE(preview->to, to);
        QCOMPARE(preview->patients, 6);
        QCOMPARE(ids(preview->writes, sms::RunWrite::Cancel), expectCancel);
        QCOMPARE(infobipStatus(*reminders().begin()).isEmpty(), !allowsReminders(from)); // nothing sent by the preview

        const Result<ChangeOutcome> done = service->setStatus(kClinic, to, ChangeSource::Console);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QVERIFY2(done->pending.isEmpty(), qPrintable(done->errors.join(u'\n')));
        QCOMPARE(ids(done->effect.writes, sms::RunWrite::Cancel), expectCancel);
        QCOMPARE(ids(done->effect.writes, sms::RunWrite::Schedule, 0), expectSchedule);
        QCOMPARE(ids(preview->writes, sms::RunWrite::Schedule), ids(done->effect.writes, sms::RunWrite::Schedule));
        QCOMPARE(done->effect.cancel.total(), int(expectCancel.size()));
        if (educationalAgain) {
            QVERIFY(!ids(done->effect.writes, sms::RunWrite::Schedule, 1).isEmpty());
            QCOMPARE(scheduled(true), ids(done->effect.writes, sms::RunWrite::Schedule, 1));
        } else {
            QVERIFY(ids(done->effect.writes, sms::RunWrite::Schedule, 1).isEmpty());
        }
        for (const QString &id : std::as_const(expectCancel))
            QCOMPARE(infobipStatus(id), u"CANCELED"_s);
        for (const QString &id : ids(done->effect.writes, sms::RunWrite::Schedule))
            QCOMPARE(infobipStatus(id), u"PENDING"_s);

        // The stored plans, Salesforce, the clinic and its history agree.
        QCOMPARE(scheduled(false), allowsReminders(to) ? reminders() : QSet<QString>());
        QCOMPARE(!scheduled(true).isEmpty(), allowsEducational(to));
        if (allowsEducational(from) && allowsEducational(to))
            QCOMPARE(scheduled(true), educationalBefore);
        Q_UNUSED(remindersBefore);
        QCOMPARE(account().value(u"Status__c"_s).toString(), to);
        ClinicStore clinics(*m_store);
        QCOMPARE(clinics.find(kClinic).value().status, to);
        const QList<StatusChange> history = clinics.history().value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().from, from);
        QCOMPARE(history.first().to, to);
        QCOMPARE(history.first().source, u"console"_s);
        QVERIFY(!history.first().actor.isEmpty());
        QVERIFY(history.first().detail.contains(QString::number(expectCancel.size())));
        QVERIFY(clinics.pendingReplans(account().value(u"Id"_s).toString()).value().isEmpty());

        // Idempotent: the same status again changes nothing.
        const Result<ChangeOutcome> again = service->setStatus(kClinic, to, ChangeSource::Console);
        QVERIFY(again);
        QCOMPARE(again->change.id, 0);
        QVERIFY(again->effect.writes.isEmpty());
    }

    // Suspended or dropped, then active again: every message cancelled meanwhile is
    // scheduled again under the next generation's bulkId, with no re-enrolment.
    void backToActiveSchedulesAgainUnderNewIds()
    {
        const std::unique_ptr<ClinicService> service = prepare(QLatin1String(kActive));
        const QSet<QString> educational = scheduled(true);
        QVERIFY(service->setStatus(kClinic, QLatin1String(kPrevious), ChangeSource::Console));
        QVERIFY(scheduled(true).isEmpty());
        const Result<ChangeOutcome> back = service->setStatus(kClinic, QLatin1String(kActive), ChangeSource::Console);
        QVERIFY(back);
        QCOMPARE(ids(back->effect.writes, sms::RunWrite::Schedule, 0), reminders(u"-r2"_s));
        QSet<QString> educationalAgain;
        for (const QString &id : educational)
            educationalAgain.insert(id + u"-r2"_s);
        QCOMPARE(ids(back->effect.writes, sms::RunWrite::Schedule, 1), educationalAgain);
        for (const QString &id : reminders())
            QCOMPARE(infobipStatus(id), u"CANCELED"_s);
        for (const QString &id : reminders(u"-r2"_s))
            QCOMPARE(infobipStatus(id), u"PENDING"_s);
        QCOMPARE(ClinicStore(*m_store).history().value().size(), 2);
    }

    // Salesforce refuses the write: nothing changes in Switchboard or Infobip.
    void salesforceFailureChangesNothing()
    {
        const std::unique_ptr<ClinicService> service = prepare(QLatin1String(kActive));
        const QSet<QString> educational = scheduled(true);
        service->setBeforeWrite([this] { m_sandbox.setFault(u"salesforce"_s, {sandbox::FaultKind::ServerError, 1}); });
        m_sandbox.clearRequests();
        const Result<ChangeOutcome> failed = service->setStatus(kClinic, QLatin1String(kPrevious), ChangeSource::Console);
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(u"nothing was changed"_s), qPrintable(failed.error().message));
        QVERIFY(failed.error().message.contains(u"500"_s));
        QCOMPARE(account().value(u"Status__c"_s).toString(), QLatin1String(kActive));
        ClinicStore clinics(*m_store);
        QCOMPARE(clinics.find(kClinic).value().status, QLatin1String(kActive));
        QVERIFY(clinics.history().value().isEmpty());
        QCOMPARE(scheduled(true), educational);
        QCOMPARE(scheduled(false), reminders());
        for (const auto &r : m_sandbox.requests(u"infobip"_s))
            QCOMPARE(r.method, QByteArray("GET")); // looked up for the preview at most; nothing written
        for (const QString &id : reminders())
            QCOMPARE(infobipStatus(id), u"PENDING"_s);
    }

    // Re-planning that partly fails leaves the contacts pending, with the error; retry does
    // the rest.
    void partialReplanFailureIsPendingThenRetried()
    {
        const std::unique_ptr<ClinicService> service = prepare(QLatin1String(kActive));
        service->setBeforeWrite([this] { m_sandbox.setFault(u"infobip"_s, {sandbox::FaultKind::ServerError, 3}); });
        const Result<ChangeOutcome> done = service->setStatus(kClinic, QLatin1String(kSuspended), ChangeSource::Console);
        QVERIFY(done);
        QVERIFY(!done->pending.isEmpty());
        QVERIFY(!done->pending.first().error.isEmpty());
        ClinicStore clinics(*m_store);
        const QString clinicId = account().value(u"Id"_s).toString();
        QCOMPARE(clinics.pendingReplans(clinicId).value().size(), done->pending.size());
        QCOMPARE(clinics.find(kClinic).value().status, QLatin1String(kSuspended)); // the status change itself is done
        const Result<ChangeOutcome> retried = service->retry(kClinic);
        QVERIFY(retried);
        QVERIFY(retried->pending.isEmpty());
        QVERIFY(clinics.pendingReplans(clinicId).value().isEmpty());
        QVERIFY(scheduled(false).isEmpty());
        for (const QString &id : reminders())
            QCOMPARE(infobipStatus(id), u"CANCELED"_s);
    }

    // A status changed directly in Salesforce: the next sync records it (source
    // Salesforce) and re-plans the same way.
    void syncFindsAChangeMadeInSalesforce()
    {
        const std::unique_ptr<ClinicService> service = prepare(QLatin1String(kActive));
        setSalesforceStatus(QLatin1String(kSuspended));
        const Result<SyncOutcome> synced = service->sync();
        QVERIFY(synced);
        QCOMPARE(synced->clinics, 8);
        QCOMPARE(synced->changes.size(), 1);
        QCOMPARE(synced->changes.first().source, u"salesforce"_s);
        QCOMPARE(synced->changes.first().actor, u"Salesforce"_s);
        QCOMPARE(synced->replans.size(), 1);
        QCOMPARE(ids(synced->replans.first().effect.writes, sms::RunWrite::Cancel), reminders());
        QVERIFY(scheduled(false).isEmpty());
        QCOMPARE(service->sync()->changes.size(), 0);
    }

    void badInput()
    {
        const std::unique_ptr<ClinicService> service = prepare(QLatin1String(kActive));
        const Result<ChangeOutcome> unknownStatus = service->setStatus(kClinic, u"Closed"_s, ChangeSource::Console);
        QVERIFY(!unknownStatus);
        QVERIFY(unknownStatus.error().message.contains(u"Temporarily Suspended"_s));
        const Result<ChangeOutcome> unknownClinic = service->setStatus(u"No Such Clinic"_s, QLatin1String(kPrevious), ChangeSource::Console);
        QVERIFY(!unknownClinic);
        QVERIFY(unknownClinic.error().message.contains(u"No Such Clinic"_s));
        // Typed in any case.
        QCOMPARE(canonicalStatus(u"temporarily suspended"_s), QLatin1String(kSuspended));

        Connections wrong = connections();
        wrong.salesforce.insert(u"password"_s, u"nope"_s);
        ClinicService refused(*m_store, wrong);
        const Result<SyncOutcome> s = refused.sync();
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(u"refused the login"_s), qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains(u"nope"_s));
    }
};

QTEST_GUILESS_MAIN(TestClinics)
#include "tst_clinics.moc"
