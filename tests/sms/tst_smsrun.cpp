// Scheduling runs against the built-in sandbox's Infobip (127.0.0.1): idempotent upsert,
// cancellations by rule, rescheduling, the stored plan, and failures that lose nothing.
// Contact dates are relative to today, since the sandbox keeps real time.

#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"
#include "sms/smsplan.h"
#include "sms/smsrun.h"
#include "sms/smsscheduler.h"
#include "sms/smstable.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace sb;
using namespace sb::sms;
using namespace Qt::StringLiterals;

namespace {

SmsTable realSheet()
{
    QFile f(test::sourceDir() + u"/tests/sms/fixtures/master-mapping-table.csv"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    return readCsv(f.readAll()).value();
}

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

// A casting patient in Manila who started casting yesterday; next visit in a week.
QJsonObject contact(const QString &id)
{
    return QJsonObject{
        {u"Id"_s, QString(u"003"_s + id)},
        {u"CommCare_Case_ID__c"_s, id},
        {u"Patient_Name__c"_s, u"Juan Dela Cruz"_s},
        {u"Guardian_1_First_Name__c"_s, u"Maria"_s},
        {u"Pronoun_he_she__c"_s, u"siya"_s},
        {u"Pronoun_him_her__c"_s, u"siya"_s},
        {u"Pronoun_his_her__c"_s, u"kanyang"_s},
        {u"Account"_s, QJsonObject{{u"Name"_s, u"Manila Clinic"_s}, {u"Status__c"_s, u"Actively Supported"_s},
                                   {u"Country__c"_s, u"Philippines"_s}}},
        {u"Guardian_1_Phone_Number_1__c"_s, u"+63 917 123 4567"_s},
        {u"SMS_Language__c"_s, u"Tagalog"_s},
        {u"SMS_Timezone__c"_s, u"Asia/Manila"_s},
        {u"SMS_Treatment__c"_s, u"Casting"_s},
        {u"SMS_Treatment_Start_Date__c"_s, day(-1)},
        {u"Registration_Date__c"_s, day(-2)},
        {u"Next_Visit_Date_New__c"_s, day(7)},
        {u"Last_Visit_Date__c"_s, day(-1)},
        {u"Send_SMS__c"_s, true},
        {u"SMS_Opt_In__c"_s, true},
        {u"SMS_Opt_In_II__c"_s, true},
    };
}

QJsonObject with(QJsonObject o, const QString &field, const QJsonValue &value)
{
    o.insert(field, value);
    return o;
}

QJsonObject withClinicStatus(QJsonObject o, const QString &status)
{
    QJsonObject account = o.value(u"Account"_s).toObject();
    account.insert(u"Status__c"_s, status);
    o.insert(u"Account"_s, account);
    return o;
}

int inState(const ContactPlan &plan, MessageState state, const QString &prefix = {})
{
    int n = 0;
    for (const PlannedMessage &m : plan.messages)
        n += m.state == state && m.bulkId.startsWith(prefix);
    return n;
}

const PlannedMessage *find(const ContactPlan &plan, const QString &bulkId)
{
    for (const PlannedMessage &m : plan.messages)
        if (m.bulkId == bulkId)
            return &m;
    return nullptr;
}

} // namespace

class TestSmsRun final : public QObject
{
    Q_OBJECT

    sandbox::Sandbox m_sandbox;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SmsPlanner> m_planner;
    InfobipAccount m_account;

    RunReport run(const QList<QJsonObject> &contacts, const QDateTime &now = QDateTime::currentDateTimeUtc())
    {
        SmsPlanStore plans(*m_store);
        return runScheduler(*m_planner, contacts, now, m_account, &plans, RunOptions{});
    }

    ContactPlan stored(const QString &id)
    {
        return SmsPlanStore(*m_store).load(id).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Status started = m_sandbox.start(u"127.0.0.1"_s, 0);
        QVERIFY2(started.ok(), qPrintable(started.error().toString()));
        const QJsonObject config = m_sandbox.configuration(u"infobip"_s);
        m_account.baseUrl = config.value(u"baseUrl"_s).toString();
        m_account.apiKey = config.value(u"apiKey"_s).toString();
        auto store = Store::open(m_dir.file(u"sms.db"_s));
        QVERIFY2(store, qPrintable(store.error().toString()));
        m_store = std::move(store).value();
        m_planner = std::make_unique<SmsPlanner>(realSheet(), defaultCountries());
    }

    // The first run schedules every due message; a second run on the same day looks them up
    // and writes nothing.
    void secondRunTheSameDayWritesNothing()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RunReport first = run({contact(u"idem-1"_s), contact(u"idem-2"_s)}, now);
        QVERIFY2(first.errors.isEmpty(), qPrintable(first.errors.join(u'\n')));
        QVERIFY(first.counts.due > 10);
        QCOMPARE(first.counts.scheduled, first.counts.due);
        QCOMPARE(first.counts.failed, 0);
        QCOMPARE(inState(stored(u"idem-1"_s), MessageState::Scheduled) + inState(stored(u"idem-1"_s), MessageState::Sent),
                 first.counts.due / 2);

        const RunReport second = run({contact(u"idem-1"_s), contact(u"idem-2"_s)}, now);
        QCOMPARE(second.counts.writes(), 0);
        QCOMPARE(second.counts.scheduled, 0);
        QCOMPARE(second.counts.rescheduled, 0);
        QCOMPARE(second.counts.cancelled, 0);
        QVERIFY(second.counts.lookups >= second.counts.due);
        QCOMPARE(second.counts.failed, 0);
        // Later the same day: still nothing to write.
        const RunReport third = run({contact(u"idem-1"_s), contact(u"idem-2"_s)}, now.addSecs(3600));
        QCOMPARE(third.counts.writes(), 0);
    }

    // A message whose time passed less than a day ago goes at the next allowed moment. That
    // moment moves with every run; once Infobip has the message, a later run the same day
    // keeps its time and writes nothing — whatever the hour (in the window, or before it).
    void lateMessagesKeepTheirTimeLaterTheSameDay_data()
    {
        QTest::addColumn<QTime>("manilaTime");
        QTest::newRow("12:00, in the window") << QTime(12, 0);
        QTest::newRow("07:10, before the window") << QTime(7, 10);
    }
    void lateMessagesKeepTheirTimeLaterTheSameDay()
    {
        QFETCH(QTime, manilaTime);
        // Tomorrow, so that the sandbox's clock holds every bulk as pending.
        const QDate base = QDate::currentDate().addDays(1);
        const QDateTime first = QDateTime(base, manilaTime, QTimeZone("Asia/Manila")).toUTC();
        const QString id = u"late-%1"_s.arg(manilaTime.hour());
        QJsonObject c = contact(id);
        c = with(c, u"SMS_Treatment_Start_Date__c"_s, base.addDays(-1).toString(Qt::ISODate));
        c = with(c, u"Registration_Date__c"_s, base.addDays(-2).toString(Qt::ISODate));
        c = with(c, u"Next_Visit_Date_New__c"_s, base.addDays(7).toString(Qt::ISODate));
        c = with(c, u"Last_Visit_Date__c"_s, base.addDays(-1).toString(Qt::ISODate));
        const RunReport r1 = run({c}, first);
        QVERIFY2(r1.errors.isEmpty(), qPrintable(r1.errors.join(u'\n')));
        QList<PlannedMessage> late;
        for (const PlannedMessage &m : r1.decisions.first().plan.messages)
            if (m.late)
                late << m;
        QVERIFY(!late.isEmpty());
        QCOMPARE(r1.counts.scheduled, r1.counts.due);

        const RunReport r2 = run({c}, first.addSecs(3600));
        QCOMPARE(r2.counts.writes(), 0);
        QCOMPARE(r2.counts.failed, 0);
        // The stored plan keeps the time Infobip has.
        const ContactPlan plan = stored(id);
        for (const PlannedMessage &m : late) {
            const auto it = std::find_if(plan.messages.cbegin(), plan.messages.cend(),
                                         [&m](const PlannedMessage &s) { return s.bulkId == m.bulkId; });
            QVERIFY(it != plan.messages.cend());
            QCOMPARE(it->sendAtUtc, m.sendAtUtc);
            QCOMPARE(it->state, MessageState::Scheduled);
        }
    }

    // Casting → Bracing Day: the pending casting bulks are cancelled in Infobip, the new
    // treatment's scheduled; the stored plan says why.
    void treatmentChangeCancelsInInfobip()
    {
        const QString id = u"treat-1"_s;
        const RunReport first = run({contact(id)});
        const int pendingCasting = inState(stored(id), MessageState::Scheduled, u"casting_intro-"_s);
        QVERIFY(pendingCasting > 5);
        QCOMPARE(first.counts.failed, 0);

        const RunReport changed = run({with(contact(id), u"SMS_Treatment__c"_s, u"Bracing Day"_s)});
        QCOMPARE(changed.counts.failed, 0);
        QCOMPARE(changed.counts.cancelled, pendingCasting);
        QVERIFY(changed.counts.scheduled > 0);
        const ContactPlan plan = stored(id);
        QCOMPARE(inState(plan, MessageState::Cancelled, u"casting_intro-"_s), pendingCasting);
        QCOMPARE(inState(plan, MessageState::Scheduled, u"casting_intro-"_s), 0);
        QVERIFY(inState(plan, MessageState::Scheduled, u"bracing_day-"_s) > 0);
        for (const PlannedMessage &m : plan.messages)
            if (m.bulkId.startsWith(u"casting_intro-"_s) && m.state == MessageState::Cancelled)
                QCOMPARE(m.reason, u"cancelled: the treatment is now Bracing Day"_s);

        // And again: nothing to do.
        const RunReport again = run({with(contact(id), u"SMS_Treatment__c"_s, u"Bracing Day"_s)});
        QCOMPARE(again.counts.writes(), 0);
    }

    // The appointment moves a week: the old date's reminders are cancelled, the new date's
    // scheduled.
    void appointmentMovedInInfobip()
    {
        const QString id = u"visit-1"_s;
        run({contact(id)});
        const QString oldAfter1 = u"visitAfter1-visit-1-"_s + day(7);
        QCOMPARE(find(stored(id), oldAfter1)->state, MessageState::Scheduled);

        QJsonObject moved = with(contact(id), u"Next_Visit_Date_New__c"_s, day(14));
        moved = with(moved, u"Original_Next_Visit_Date__c"_s, day(7));
        const RunReport r = run({moved});
        QCOMPARE(r.counts.failed, 0);
        QCOMPARE(r.counts.cancelled, 2);
        const ContactPlan plan = stored(id);
        QCOMPARE(find(plan, oldAfter1)->state, MessageState::Cancelled);
        QCOMPARE(find(plan, oldAfter1)->reason, u"cancelled: the appointment moved from %1 to %2"_s.arg(day(7), day(14)));
        QCOMPARE(find(plan, u"visitAfter1-visit-1-"_s + day(14))->state, MessageState::Scheduled);
    }

    // A changed start date moves the pending messages (PUT sendAt), creating none.
    void changedDatesReschedule()
    {
        const QString id = u"move-1"_s;
        run({contact(id)});
        const RunReport r = run({with(contact(id), u"SMS_Treatment_Start_Date__c"_s, day(0))});
        QCOMPARE(r.counts.failed, 0);
        QVERIFY(r.counts.rescheduled > 5);
        QCOMPARE(r.counts.scheduled, 0);
        bool sawReason = false;
        for (const PlannedMessage &m : stored(id).messages)
            sawReason = sawReason || m.reason.startsWith(u"rescheduled from "_s);
        QVERIFY(sawReason);
    }

    // Clinic Temporarily Suspended: its reminders are cancelled, education goes on; back to
    // Actively Supported, the next run schedules the plan again (a new appointment's
    // reminders) with no re-enrolment. Cancelled bulkIds stay cancelled: Infobip uses a
    // bulkId once.
    void clinicSuspendedAndBack()
    {
        const QString id = u"clinic-1"_s;
        run({contact(id)});
        const RunReport suspended = run({withClinicStatus(contact(id), u"Temporarily Suspended"_s)});
        QCOMPARE(suspended.counts.failed, 0);
        QCOMPARE(suspended.counts.cancelled, 2); // visitAfter1, visitAfter2 for day 7
        QCOMPARE(suspended.counts.writes(), 2);
        QVERIFY(inState(stored(id), MessageState::Scheduled, u"casting_intro-"_s) > 0);

        QJsonObject back = with(contact(id), u"Next_Visit_Date_New__c"_s, day(21));
        back = with(back, u"Original_Next_Visit_Date__c"_s, day(7));
        const RunReport active = run({back});
        QCOMPARE(active.counts.failed, 0);
        QCOMPARE(active.counts.scheduled, 2);
        QCOMPARE(find(stored(id), u"visitAfter1-clinic-1-"_s + day(21))->state, MessageState::Scheduled);
        QCOMPARE(find(stored(id), u"visitAfter1-clinic-1-"_s + day(7))->state, MessageState::Cancelled);
    }

    // The same appointment's reminders, cancelled while the clinic was suspended, are
    // scheduled again when it is active again: under "-r2" ids (Infobip uses a bulkId
    // once), with no re-enrolment; the next run writes nothing; a second suspension and
    // return gives "-r3".
    void clinicBackSchedulesTheSameAppointmentAgain()
    {
        const QString id = u"resend-1"_s;
        const QString after1 = u"visitAfter1-resend-1-"_s + day(7);
        const QString after2 = u"visitAfter2-resend-1-"_s + day(7);
        run({contact(id)});
        QCOMPARE(find(stored(id), after1)->state, MessageState::Scheduled);
        const RunReport suspended = run({withClinicStatus(contact(id), u"Temporarily Suspended"_s)});
        QCOMPARE(suspended.counts.cancelled, 2);
        QCOMPARE(find(stored(id), after1)->state, MessageState::Cancelled);

        const RunReport back = run({contact(id)});
        QCOMPARE(back.counts.failed, 0);
        QCOMPARE(back.counts.scheduled, 2);
        QStringList scheduled;
        for (const RunWrite &w : back.writes) {
            QCOMPARE(w.kind, RunWrite::Schedule);
            QVERIFY(!w.educational);
            scheduled << w.bulkId;
        }
        scheduled.sort();
        QCOMPARE(scheduled, QStringList({after1 + u"-r2"_s, after2 + u"-r2"_s}));
        QCOMPARE(find(stored(id), after1 + u"-r2"_s)->state, MessageState::Scheduled);
        QCOMPARE(find(stored(id), after1)->state, MessageState::Cancelled); // history stays
        QCOMPARE(run({contact(id)}).counts.writes(), 0);

        const RunReport again = run({withClinicStatus(contact(id), u"Temporarily Suspended"_s)});
        QCOMPARE(again.counts.cancelled, 2);
        QCOMPARE(find(stored(id), after2 + u"-r2"_s)->state, MessageState::Cancelled);
        const RunReport third = run({contact(id)});
        QCOMPARE(third.counts.scheduled, 2);
        QCOMPARE(find(stored(id), after2 + u"-r3"_s)->state, MessageState::Scheduled);
    }

    // A preview works out the same writes against the store and sends nothing.
    void previewListsWritesAndSendsNothing()
    {
        const QString id = u"preview-1"_s;
        run({contact(id)});
        RunOptions preview;
        preview.preview = true;
        SmsPlanStore plans(*m_store);
        const int requests = int(m_sandbox.requests(u"infobip"_s).size());
        const RunReport r = runScheduler(*m_planner, {withClinicStatus(contact(id), u"Previously Supported"_s)},
                                         QDateTime::currentDateTimeUtc(), m_account, &plans, preview);
        QCOMPARE(int(m_sandbox.requests(u"infobip"_s).size()), requests);
        int cancels = 0;
        for (const RunWrite &w : r.writes)
            cancels += w.kind == RunWrite::Cancel;
        QCOMPARE(cancels, inState(stored(id), MessageState::Scheduled));
        QCOMPARE(int(r.writes.size()), cancels);
        QVERIFY(cancels > 5);
        QCOMPARE(inState(stored(id), MessageState::Cancelled), 0); // nothing saved
    }

    // Opting out of educational messages cancels the pending ones.
    void optOutCancels()
    {
        const QString id = u"optout-1"_s;
        run({contact(id)});
        const int pending = inState(stored(id), MessageState::Scheduled, u"casting_intro-"_s)
            + inState(stored(id), MessageState::Scheduled, u"registration-"_s);
        const RunReport r = run({with(contact(id), u"SMS_Opt_In_II__c"_s, false)});
        QCOMPARE(r.counts.failed, 0);
        QCOMPARE(r.counts.cancelled, pending);
        QCOMPARE(inState(stored(id), MessageState::Scheduled, u"visitAfter"_s), 2);
    }

    // A contact seen for the first time: whatever an earlier scheduler left pending under
    // a bulkId the rules cancel is found and cancelled.
    void firstSeenContactCancelsWhatAnEarlierSchedulerLeft()
    {
        const QString id = u"legacy-1"_s;
        // The earlier scheduler: a bracing-day message for this contact, pending.
        const QJsonObject bracing = with(contact(id), u"SMS_Treatment__c"_s, u"Bracing Day"_s);
        const RunReport old = runScheduler(*m_planner, {bracing}, QDateTime::currentDateTimeUtc(), m_account, nullptr, RunOptions{});
        QVERIFY(old.counts.scheduled > 0);
        // Switchboard's first run: the contact is in casting now.
        const RunReport r = run({contact(id)});
        QCOMPARE(r.counts.failed, 0);
        QCOMPARE(r.counts.cancelled, old.counts.scheduled - inState(old.decisions.first().plan, MessageState::Scheduled, u"registration-"_s)
                                         - inState(old.decisions.first().plan, MessageState::Scheduled, u"visitAfter"_s));
    }

    // Without adoption (a programme that starts on Switchboard), a new contact's cancel
    // candidates are not looked up: only the due messages are.
    void withoutAdoptionOnlyDueMessagesAreLookedUp()
    {
        const QString id = u"noadopt-1"_s;
        const QJsonObject bracing = with(contact(id), u"SMS_Treatment__c"_s, u"Bracing Day"_s);
        const RunReport old = runScheduler(*m_planner, {bracing}, QDateTime::currentDateTimeUtc(), m_account, nullptr, RunOptions{});
        QVERIFY(old.counts.scheduled > 0);
        RunOptions options;
        options.adoptExisting = false;
        SmsPlanStore plans(*m_store);
        const RunReport r = runScheduler(*m_planner, {contact(id)}, QDateTime::currentDateTimeUtc(), m_account, &plans, options);
        QCOMPARE(r.counts.failed, 0);
        QCOMPARE(r.counts.cancelled, 0);
        // Each due message is looked up (a second GET for the sendAt of those the earlier
        // scheduler had pending under the same bulkId); the old bracing bulks are not.
        QVERIFY(r.counts.lookups >= r.counts.due && r.counts.lookups < r.counts.due + 10);
        int oldPending = 0;
        for (const PlannedMessage &m : old.decisions.first().plan.messages)
            if (m.bulkId.startsWith(u"bracing_"_s) && m.state == MessageState::Scheduled) {
                ++oldPending;
                QCOMPARE(m_sandbox.data().get(u"infobip"_s, u"bulks"_s, m.bulkId).value(u"status"_s).toString(), u"PENDING"_s);
            }
        QVERIFY(oldPending > 0);
    }

    // A refused key or a dead server: every message stays planned with the reason; the
    // next run (with the right key) schedules them.
    void failuresLoseNothing()
    {
        const QString id = u"fail-1"_s;
        InfobipAccount wrong = m_account;
        wrong.apiKey = u"not-the-key"_s;
        SmsPlanStore plans(*m_store);
        const RunReport refused = runScheduler(*m_planner, {contact(id)}, QDateTime::currentDateTimeUtc(), wrong, &plans, RunOptions{});
        QVERIFY(refused.counts.failed > 0);
        QCOMPARE(refused.counts.scheduled, 0);
        QVERIFY2(refused.errors.first().contains(u"refused the API key"_s), qPrintable(refused.errors.first()));
        const ContactPlan plan = stored(id);
        QCOMPARE(inState(plan, MessageState::Scheduled), 0);
        QVERIFY(inState(plan, MessageState::Planned) >= refused.counts.due);
        QVERIFY(find(plan, u"casting_intro-1-fail-1"_s)->reason.startsWith(u"not scheduled yet: Infobip refused the API key"_s));

        InfobipAccount dead = m_account;
        dead.baseUrl = u"http://127.0.0.1:9"_s; // discard port: nothing listens
        dead.timeoutMs = 5000;
        const RunReport down = runScheduler(*m_planner, {contact(id)}, QDateTime::currentDateTimeUtc(), dead, &plans, RunOptions{});
        QVERIFY(down.counts.failed > 0);
        QVERIFY2(down.errors.first().contains(u"did not answer"_s), qPrintable(down.errors.first()));

        const RunReport fixed = run({contact(id)});
        QCOMPARE(fixed.counts.failed, 0);
        QCOMPARE(fixed.counts.scheduled, fixed.counts.due);
    }

    // A dry run calls nothing and saves nothing.
    void dryRunTouchesNothing()
    {
        m_sandbox.clearRequests();
        RunOptions dry;
        dry.dryRun = true;
        SmsPlanStore plans(*m_store);
        const RunReport r = runScheduler(*m_planner, {contact(u"dry-1"_s)}, QDateTime::currentDateTimeUtc(), m_account, &plans, dry);
        QVERIFY(r.counts.due > 0);
        QCOMPARE(r.counts.lookups, 0);
        QVERIFY(m_sandbox.requests(u"infobip"_s).isEmpty());
        QVERIFY(stored(u"dry-1"_s).messages.isEmpty());
    }

    // A dry run keeps the rule cancellations as rows; `sms plan --json` builds them contact
    // by contact, and gets exactly what planning with every id built gives.
    void dryRunPlanJsonBuildsEveryCancellation()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString today = now.date().toString(Qt::ISODate);
        const QList<QJsonObject> contacts{
            contact(u"dry-a"_s), with(contact(u"dry-b"_s), u"SMS_Treatment__c"_s, u"Bracing Night"_s),
            with(with(contact(u"dry-c"_s), u"Next_Visit_Date_New__c"_s, now.date().addDays(9).toString(Qt::ISODate)),
                 u"Original_Next_Visit_Date__c"_s, now.date().addDays(2).toString(Qt::ISODate)),
            with(contact(u"dry-d"_s), u"Send_SMS__c"_s, false), with(contact(u"dry-e"_s), u"Last_Visit_Date__c"_s, today)};
        RunOptions dry;
        dry.dryRun = true;
        RunReport r = runScheduler(*m_planner, contacts, now, m_account, nullptr, dry);
        int rows = 0;
        for (const ContactDecision &d : std::as_const(r.decisions))
            rows += int(d.cancelRows.size());
        QVERIFY(rows > 0);
        QList<ContactDecision> eager;
        for (const QJsonObject &c : contacts)
            eager << m_planner->plan(c, now, true);
        const QJsonObject lazy = planJson(*m_planner, contacts, r.decisions);
        QVERIFY(!lazy.value(u"cancel"_s).toArray().isEmpty());
        const QJsonObject full = planJson(eager);
        QCOMPARE(lazy.value(u"schedule"_s), full.value(u"schedule"_s));
        QCOMPARE(lazy.value(u"skipped"_s), full.value(u"skipped"_s));
        // The same cancellations; within a contact, the rule ones come first.
        auto lines = [](const QJsonValue &cancel) {
            QStringList out;
            for (const QJsonValue &c : cancel.toArray())
                out << QString::fromUtf8(QJsonDocument(c.toObject()).toJson(QJsonDocument::Compact));
            out.sort();
            return out;
        };
        QCOMPARE(lines(lazy.value(u"cancel"_s)), lines(full.value(u"cancel"_s)));
        for (const ContactDecision &d : std::as_const(r.decisions))
            QVERIFY(d.cancel.isEmpty()); // dropped once written
    }
};

QTEST_GUILESS_MAIN(TestSmsRun)
#include "tst_smsrun.moc"
