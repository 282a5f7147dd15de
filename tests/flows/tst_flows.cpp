// The six demonstration flows of the demo project (docs/demo-flows.md), end to end: the
// demo project installed in a fresh store, the real engine with its inbox on a free port,
// and the built-in sandbox giving every step its credential. Each flow is triggered the
// way it is in the field (a webhook POST of a fixture, or the run a cron fire would make),
// then the records in the emulated systems and the runs' steps are checked; each flow is
// run again to show it does not duplicate, and the fault knob shows its failure branch.

#include "testsupport.h"

#include "engine/credentialsource.h"
#include "engine/engine.h"
#include "engine/enginesettings.h"
#include "engine/workorders.h"
#include "inbox/inboxserver.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"
#include "clinics/clinicstore.h"
#include "sms/smsplan.h"
#include "sms/smstable.h"
#include "store/store.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QUrlQuery>
#include <QtTest>

using namespace sb;
using sb::sandbox::Fault;
using sb::sandbox::FaultKind;

namespace {

constexpr int kRunTimeoutMs = 60000;
const QString kProject = QStringLiteral("Switchboard demo");
const QString kRegistration = QStringLiteral("CommCare-patient-registration-to-Salesforce");
const QString kMonthly = QStringLiteral("Fetch-cleaned-CommCare-forms-monthly");
const QString kDailySms = QStringLiteral("Daily-SMS-schedule");
const QString kReferrals = QStringLiteral("Primero-to-OSCaR-referrals");
const QString kChildShield = QStringLiteral("HIS-to-Primero-Child-Shield");

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject fixture(const QString &name)
{
    const QByteArray bytes = test::readFile(test::sourceDir() + QStringLiteral("/tests/flows/fixtures/") + name);
    return QJsonDocument::fromJson(bytes).object();
}

// A CommCare form as forwarding sends it (the fixture also records the forwarder's query).
QJsonObject registrationForm()
{
    QJsonObject form = fixture(QStringLiteral("patientRegistration_educationalMessage.json"));
    form.remove(QStringLiteral("__query_params"));
    return form;
}

QJsonValue at(const QJsonValue &root, const QString &path)
{
    QJsonValue v = root;
    for (const QString &part : path.split(QLatin1Char('.'))) {
        bool isIndex = false;
        const int index = part.toInt(&isIndex);
        v = isIndex ? v.toArray().at(index) : v.toObject().value(part);
    }
    return v;
}

// The run ended in `state`; otherwise fail with its steps, errors and log.
#define EXPECT_RUN(workOrder, state)                                                              \
    do {                                                                                          \
        const qint64 wo_ = (workOrder);                                                           \
        QVERIFY(wo_ > 0);                                                                         \
        const QString got_ = waitFor(wo_);                                                        \
        QVERIFY2(got_ == QLatin1String(state), qPrintable(got_ + QLatin1Char('\n') + explain(wo_))); \
    } while (false)

struct Reply
{
    int status = 0;
    QByteArray body;
};

} // namespace

class TestFlows : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    sb::sandbox::Sandbox m_sandbox;
    std::unique_ptr<Engine> m_engine;
    QNetworkAccessManager m_net;
    QString m_inbox; // http://127.0.0.1:PORT/i/

    Reply post(const QString &url, const QJsonObject &body)
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return r;
    }

    QString text(const QString &sql, const QVariantList &binds = {})
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

    qint64 workflowId(const QString &key)
    {
        return text(QStringLiteral("SELECT id FROM workflows WHERE key = ?"), {key}).toLongLong();
    }

    int successfulOrders(const QString &workflowKey)
    {
        return text(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE workflow_id = ? AND state = 'success'"),
                    {workflowId(workflowKey)})
            .toInt();
    }

    // Waits until the work order's latest run is final; its state.
    QString waitFor(qint64 workOrder)
    {
        const QString sql = QStringLiteral("SELECT state FROM work_orders WHERE id = ?");
        if (!QTest::qWaitFor([&] { return isFinalRunState(text(sql, {workOrder})); }, kRunTimeoutMs))
            return QStringLiteral("(still %1 after %2 s)").arg(text(sql, {workOrder})).arg(kRunTimeoutMs / 1000);
        return text(sql, {workOrder});
    }

    // "Job:success Job:fail" for the work order's latest run, in the order the steps ran.
    QString steps(qint64 workOrder)
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT job_key || ':' || exit_reason FROM steps WHERE run_id = "
                                 "(SELECT MAX(id) FROM runs WHERE work_order_id = ?) ORDER BY position, id"));
        q.addBindValue(workOrder);
        q.exec();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out.join(QLatin1Char(' '));
    }

    QString stepError(qint64 workOrder, const QString &jobKey)
    {
        return text(QStringLiteral("SELECT error_message FROM steps WHERE job_key = ? AND run_id = "
                                   "(SELECT MAX(id) FROM runs WHERE work_order_id = ?)"),
                    {jobKey, workOrder});
    }

    QString runLog(qint64 workOrder)
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT message FROM log_lines WHERE run_id = "
                                 "(SELECT MAX(id) FROM runs WHERE work_order_id = ?) ORDER BY id"));
        q.addBindValue(workOrder);
        q.exec();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out.join(QLatin1Char('\n'));
    }

    QString explain(qint64 workOrder)
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT job_key, exit_reason, COALESCE(error_message, '') FROM steps WHERE run_id = "
                                 "(SELECT MAX(id) FROM runs WHERE work_order_id = ?) ORDER BY position, id"));
        q.addBindValue(workOrder);
        q.exec();
        QStringList out;
        while (q.next())
            out << QStringLiteral("%1: %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return out.join(QLatin1Char('\n')) + QStringLiteral("\n--- log ---\n") + runLog(workOrder).right(6000);
    }

    QJsonObject finalState(qint64 workOrder)
    {
        return QJsonDocument::fromJson(
                   text(QStringLiteral("SELECT d.body FROM runs r JOIN dataclips d ON d.id = r.final_dataclip_id "
                                       "WHERE r.work_order_id = ? ORDER BY r.id DESC LIMIT 1"),
                        {workOrder})
                       .toUtf8())
            .object();
    }

    // POSTs to a webhook path of the inbox; the work order it made (0 on a refusal).
    qint64 trigger(const QString &path, const QJsonObject &body)
    {
        const Reply r = post(m_inbox + path, body);
        if (r.status != 202)
            qWarning("%s answered %d: %s", qPrintable(path), r.status, r.body.constData());
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("work_order_id")).toInteger();
    }

    // The run a cron fire makes (with `input` as its state), started by hand.
    qint64 runNow(const QString &workflowKey, const QJsonObject &input)
    {
        const auto made = startManualRun(*m_store, workflowId(workflowKey), QJsonDocument(input).toJson(QJsonDocument::Compact));
        if (!made) {
            qWarning("manual run: %s", qPrintable(made.error().toString()));
            return 0;
        }
        m_engine->wake();
        return made->workOrderId;
    }

    QList<QJsonObject> records(const QString &system, const QString &collection, const QString &field = {},
                               const QString &value = {})
    {
        QList<QJsonObject> out;
        for (const auto &entry : m_sandbox.data().all(system, collection)) {
            if (field.isEmpty() || entry.second.value(field).toVariant().toString() == value)
                out << entry.second;
        }
        return out;
    }

    QJsonObject primeroCase(const QString &id) { return m_sandbox.data().get(s("primero"), s("cases"), id); }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::open(m_dir.file(QStringLiteral("flows.db")));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        m_store = std::move(opened.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
        const auto installed = installDemoProject(*m_projects);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().toString()));
        QVERIFY2(m_sandbox.start(QStringLiteral("127.0.0.1"), 0), "the sandbox did not start");

        EngineOptions options;
        options.workers = 2;
        options.listenPort = 0;
        options.cron = false; // cron runs are started by hand below, with the state a fire gives
        options.credentials = credentialSource(*m_store, &m_sandbox, [this] {
            return m_engine && m_engine->inbox() ? m_engine->inbox()->baseUrl() : QString();
        });
        auto engine = Engine::start(*m_store, options);
        QVERIFY2(engine, qPrintable(engine ? QString() : engine.error().toString()));
        m_engine = std::move(engine.value());
        QVERIFY(m_engine->inbox());
        m_inbox = QStringLiteral("http://127.0.0.1:%1/i/").arg(m_engine->inbox()->port());
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            m_engine->stop(2000);
            QTRY_VERIFY_WITH_TIMEOUT(m_engine->isStopped(), 20000);
        }
        m_engine.reset();
        m_sandbox.stop();
        m_projects.reset();
        m_store.reset();
    }

    void cleanup()
    {
        for (const char *system : {"salesforce", "commcare", "infobip", "primero", "oscar", "his"})
            m_sandbox.setFault(s(system), Fault{});
    }

    // 1. CommCare forwards a registration: filter edge, upsert by external id with the
    //    clinic related by its external id, fan-out to the device and the welcome SMS.
    void registrationToSalesforce()
    {
        const QJsonObject form = registrationForm();
        const QString caseId = at(form, s("form.case.@case_id")).toString();
        const qint64 first = trigger(s("commcare/patient-registration"), form);
        QVERIFY(first > 0);
        EXPECT_RUN(first, "success");
        QCOMPARE(steps(first), s("Filter-registration-forms:success Upsert-patient-contact:success "
                                 "Register-CAST-device:success Schedule-welcome-SMS:success"));

        const auto contacts = records(s("salesforce"), s("Contact"), s("CommCare_Case_ID__c"), caseId);
        QCOMPARE(contacts.size(), 1);
        const QJsonObject contact = contacts.first();
        const auto clinics = records(s("salesforce"), s("Account"), s("CAST_Location_ID__c"),
                                     at(form, s("form.case.create.owner_id")).toString());
        QCOMPARE(clinics.size(), 1);
        QCOMPARE(contact.value(s("AccountId")).toString(), clinics.first().value(s("Id")).toString());
        QCOMPARE(contact.value(s("LastName")).toString(), s("SMS"));
        QCOMPARE(contact.value(s("Gender__c")).toString(), s("Female"));
        QCOMPARE(contact.value(s("Send_SMS__c")).toBool(), true);
        const QString deviceId = at(form, s("metadata.deviceID")).toString();
        const auto devices = records(s("salesforce"), s("Devices__c"), s("Device_ID__c"), deviceId);
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.first().value(s("Clinic__c")).toString(), clinics.first().value(s("Id")).toString());
        const QString bulkId = s("registration-1-") + caseId;
        QVERIFY(m_sandbox.data().contains(s("infobip"), s("bulks"), bulkId));

        // CommCare forwards the same form again: still one Contact, one device, one SMS.
        const int messages = records(s("infobip"), s("messages")).size();
        const qint64 replay = trigger(s("commcare/patient-registration"), form);
        EXPECT_RUN(replay, "success");
        QCOMPARE(records(s("salesforce"), s("Contact"), s("CommCare_Case_ID__c"), caseId).size(), 1);
        QCOMPARE(records(s("salesforce"), s("Devices__c"), s("Device_ID__c"), deviceId).size(), 1);
        QCOMPARE(records(s("infobip"), s("messages")).size(), messages);
        QVERIFY(runLog(replay).contains(s("already exists in Infobip")));

        // A visit form is not a registration: the filter edge stops the run after the first step.
        QJsonObject visit = fixture(QStringLiteral("newVisit_ReminderMessage.json"));
        visit.remove(QStringLiteral("__query_params"));
        const qint64 other = trigger(s("commcare/patient-registration"), visit);
        EXPECT_RUN(other, "success");
        QCOMPARE(steps(other), s("Filter-registration-forms:success"));
    }

    // 2. The monthly catch-up: CommCare pages (3 pages of 2), a 429 waited out, and each form
    //    edited after it was received posted again to the registration webhook.
    void monthlyFetchOfCleanedForms()
    {
        const QJsonObject base = registrationForm();
        const QDate today = QDate::currentDate();
        const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
        QStringList edited;
        for (int i = 0; i < 5; ++i) {
            QJsonObject form = base;
            const QString id = QStringLiteral("monthly-form-%1").arg(i);
            const QString caseId = QStringLiteral("monthly-case-%1").arg(i);
            const QString received = lastMonth.addDays(i + 1).toString(Qt::ISODate) + s("T10:00:00.000000Z");
            form.insert(s("id"), id);
            form.insert(s("received_on"), received);
            form.insert(s("indexed_on"), received);
            // Forms 0, 2 and 4 were cleaned by a data manager a day after they came in.
            form.insert(s("server_modified_on"),
                        i % 2 == 0 ? lastMonth.addDays(i + 2).toString(Qt::ISODate) + s("T09:00:00.000000Z") : received);
            QJsonObject inner = form.value(s("form")).toObject();
            QJsonObject kase = inner.value(s("case")).toObject();
            kase.insert(s("@case_id"), caseId);
            inner.insert(s("case"), kase);
            form.insert(s("form"), inner);
            m_sandbox.data().put(s("commcare"), s("forms"), id, form);
            if (i % 2 == 0)
                edited << id;
        }
        const int registrationsBefore = successfulOrders(kRegistration);
        m_sandbox.clearRequests();
        m_sandbox.setFault(s("commcare"), Fault{FaultKind::TooManyRequests, 1});

        const qint64 run = runNow(kMonthly, QJsonObject{{s("pageSize"), 2},
                                                        {s("inboxUrl"), QString(m_inbox + s("commcare/patient-registration"))}});
        QVERIFY(run > 0);
        EXPECT_RUN(run, "success");
        QCOMPARE(steps(run), s("Fetch-edited-registration-forms:success Re-post-forms-to-the-inbox:success"));

        // One 429, then the three pages (offsets 0, 2, 4) of last month's registrations.
        QStringList pages;
        for (const auto &r : m_sandbox.requests(s("commcare")))
            pages << QStringLiteral("%1 %2").arg(r.status).arg(QUrlQuery(r.query).queryItemValue(s("offset")));
        QCOMPARE(pages.join(s(", ")), s("429 , 200 , 200 2, 200 4"));

        const QJsonObject data = finalState(run).value(s("data")).toObject();
        QCOMPARE(data.value(s("reposted")).toArray(), QJsonArray::fromStringList(edited));

        // The inbox took each form; the registration workflow made one Contact per case.
        QTRY_COMPARE_WITH_TIMEOUT(successfulOrders(kRegistration), registrationsBefore + 3, kRunTimeoutMs);
        for (int i = 0; i < 5; ++i) {
            const int expected = i % 2 == 0 ? 1 : 0;
            QCOMPARE(records(s("salesforce"), s("Contact"), s("CommCare_Case_ID__c"), QStringLiteral("monthly-case-%1").arg(i)).size(),
                     expected);
        }
        // Run again: the same forms replayed, still one Contact each.
        // The second run takes the inbox's URL from the CommCare credential, as the console's runs do.
        const qint64 again = runNow(kMonthly, QJsonObject{});
        EXPECT_RUN(again, "success");
        QTRY_COMPARE_WITH_TIMEOUT(successfulOrders(kRegistration), registrationsBefore + 6, kRunTimeoutMs);
        QCOMPARE(records(s("salesforce"), s("Contact"), s("CommCare_Case_ID__c"), s("monthly-case-0")).size(), 1);
    }

    // 3. The daily SMS schedule: paged query, one bulk per reminder (same bulkId every run),
    //    moved appointments cancel the old reminder, the result written back in one batch.
    void dailySmsSchedule()
    {
        // Amina's visit in 3 days: her reminder (2 days before, 09:10 Lagos) is still ahead.
        const QDate today = QDate::currentDate();
        auto contact = [this](const QString &caseId) {
            const auto found = records(s("salesforce"), s("Contact"), s("CommCare_Case_ID__c"), caseId);
            return found.isEmpty() ? QJsonObject() : found.first();
        };
        QJsonObject amina = contact(s("sandbox-case-0001"));
        QVERIFY(!amina.isEmpty());
        const QString visit = today.addDays(3).toString(Qt::ISODate);
        amina.insert(s("Next_Visit_Date_New__c"), visit);
        m_sandbox.data().put(s("salesforce"), s("Contact"), amina.value(s("Id")).toString(), amina);
        m_sandbox.clearRequests();

        const qint64 run = runNow(kDailySms, QJsonObject{{s("pageSize"), 1}});
        QVERIFY(run > 0);
        EXPECT_RUN(run, "success");
        QCOMPARE(steps(run), s("Query-contacts-due-for-SMS:success Plan-reminder-messages:success "
                               "Schedule-SMS-in-Infobip:success Record-reminders-in-Salesforce:success"));

        // The query came back in pages of one (the two eligible contacts: two pages).
        int queryPages = 0;
        for (const auto &r : m_sandbox.requests(s("salesforce")))
            queryPages += r.path.contains(s("/query")) ? 1 : 0;
        QCOMPARE(queryPages, 2);

        const QString aminaBulk = s("visitBefore-sandbox-case-0001-") + visit;
        const QString chidiBulk = s("visitAfter1-sandbox-case-0002-") + today.addDays(-5).toString(Qt::ISODate);
        QCOMPARE(m_sandbox.data().get(s("infobip"), s("bulks"), aminaBulk).value(s("status")).toString(), s("PENDING"));
        QVERIFY(m_sandbox.data().contains(s("infobip"), s("bulks"), chidiBulk));
        // Ravi's clinic is only temporarily supported and Tiana has SMS off: no reminders.
        for (const auto &b : records(s("infobip"), s("bulks")))
            QVERIFY2(!b.value(s("bulkId")).toString().contains(s("case-0003")) && !b.value(s("bulkId")).toString().contains(s("case-0004")),
                     qPrintable(b.value(s("bulkId")).toString()));

        // Written back in one batch: sObject Collections, both contacts in one request.
        int batches = 0;
        for (const auto &r : m_sandbox.requests(s("salesforce"))) {
            if (r.method == "PATCH" && r.path.endsWith(s("/composite/sobjects/Contact/CommCare_Case_ID__c"))) {
                ++batches;
                QCOMPARE(QJsonDocument::fromJson(r.body).object().value(s("records")).toArray().size(), 2);
            }
        }
        QCOMPARE(batches, 1);
        QCOMPARE(contact(s("sandbox-case-0001")).value(s("SMS_Next_Reminder_Bulk_ID__c")).toString(), aminaBulk);

        // The next day's run changes nothing in Infobip.
        const int bulks = records(s("infobip"), s("bulks")).size();
        const int messages = records(s("infobip"), s("messages")).size();
        const qint64 again = runNow(kDailySms, QJsonObject{});
        EXPECT_RUN(again, "success");
        QCOMPARE(records(s("infobip"), s("bulks")).size(), bulks);
        QCOMPARE(records(s("infobip"), s("messages")).size(), messages);

        // The clinic moves Amina's visit two days later: the old reminder is cancelled, a new
        // one scheduled.
        amina = contact(s("sandbox-case-0001"));
        const QString moved = today.addDays(5).toString(Qt::ISODate);
        amina.insert(s("Original_Next_Visit_Date__c"), visit);
        amina.insert(s("Next_Visit_Date_New__c"), moved);
        m_sandbox.data().put(s("salesforce"), s("Contact"), amina.value(s("Id")).toString(), amina);
        const qint64 rescheduled = runNow(kDailySms, QJsonObject{});
        EXPECT_RUN(rescheduled, "success");
        QCOMPARE(m_sandbox.data().get(s("infobip"), s("bulks"), aminaBulk).value(s("status")).toString(), s("CANCELED"));
        QCOMPARE(m_sandbox.data().get(s("infobip"), s("bulks"), s("visitBefore-sandbox-case-0001-") + moved)
                     .value(s("status")).toString(),
                 s("PENDING"));

        // A new family whose number lacks its country code: Infobip rejects it, and the
        // rejection is written on the Contact, which tomorrow's query then leaves out.
        QJsonObject kemi = contact(s("sandbox-case-0002"));
        const QString kemiId = s("003SB9999999999AAA");
        kemi.insert(s("Id"), kemiId);
        kemi.insert(s("FirstName"), s("Kemi"));
        kemi.insert(s("Patient_Name__c"), s("Kemi Ade"));
        kemi.insert(s("CommCare_Case_ID__c"), s("sandbox-case-0099"));
        kemi.insert(s("Guardian_1_Phone_Number_1__c"), s("0803123"));
        kemi.insert(s("Next_Visit_Date_New__c"), visit);
        m_sandbox.data().put(s("salesforce"), s("Contact"), kemiId, kemi);
        const qint64 rejected = runNow(kDailySms, QJsonObject{});
        EXPECT_RUN(rejected, "success");
        QCOMPARE(m_sandbox.data().get(s("salesforce"), s("Contact"), kemiId).value(s("SMS_Error__c")).toString(),
                 s("REJECTED_PREFIX_MISSING"));

        // Infobip down: the step fails as a whole, and its failure branch opens a Task for
        // the SMS team in Salesforce and fails the run.
        m_sandbox.setFault(s("infobip"), Fault{FaultKind::ServerError, 50});
        const qint64 down = runNow(kDailySms, QJsonObject{});
        EXPECT_RUN(down, "failed");
        QCOMPARE(steps(down), s("Query-contacts-due-for-SMS:success Plan-reminder-messages:success "
                                "Schedule-SMS-in-Infobip:fail Report-SMS-scheduling-failure:fail"));
        QVERIFY2(stepError(down, s("Report-SMS-scheduling-failure")).contains(s("retried tomorrow")),
                 qPrintable(stepError(down, s("Report-SMS-scheduling-failure"))));
        const auto tasks = records(s("salesforce"), s("Task"));
        QCOMPARE(tasks.size(), 1);
        QVERIFY(tasks.first().value(s("Subject")).toString().startsWith(s("SMS scheduling failed")));
        QCOMPARE(tasks.first().value(s("Priority")).toString(), s("High"));
        QVERIFY(tasks.first().value(s("Description")).toString().contains(s("500")));
    }

    // 4 and 5. Primero referrals go to OSCaR (upsert keyed on the Primero case id); OSCaR's
    //    decisions come back onto the Primero cases. OSCaR down: the referrals are re-queued
    //    in the run's final state and sent by the next run.
    void primeroOscarReferrals()
    {
        const int clientsBefore = records(s("oscar"), s("clients")).size();
        const int casesBefore = records(s("primero"), s("cases")).size();
        const qint64 run = runNow(kReferrals, QJsonObject{});
        QVERIFY(run > 0);
        EXPECT_RUN(run, "success");
        QCOMPARE(steps(run), s("Fetch-Primero-referrals:success Upsert-clients-in-OSCaR:success "
                               "Fetch-OSCaR-decisions:success Update-referral-status-in-Primero:success"));

        // Aicha's case was already an OSCaR client (matched by external_id); Sokha's is new,
        // for the partner "cif" ("agency-cif" in Primero).
        QCOMPARE(records(s("oscar"), s("clients")).size(), clientsBefore + 1);
        const auto sokha = records(s("oscar"), s("clients"), s("external_id"), s("c2b8f4e1-5a6d-4b7c-8e9f-0a1b2c3d4e5f"));
        QCOMPARE(sokha.size(), 1);
        QCOMPARE(sokha.first().value(s("organization_name")).toString(), s("cif"));
        QCOMPARE(sokha.first().value(s("address_current_village_code")).toString(), s("01070101"));

        // OSCaR accepted Aicha's referral: the decision and the OSCaR number are on her case.
        const QJsonObject aicha = primeroCase(s("ee03c7e4-46bd-40ed-9312-01ce08515f1a"));
        QCOMPARE(aicha.value(s("oscar_number")).toString(), s("01H2M8K4T7P3Q9W5E1R6Y0UZXC"));
        QCOMPARE(at(aicha, s("services_section.0.referral_status_edf41f2")).toString(), s("accepted_340953"));
        QCOMPARE(at(aicha, s("services_section.0.service_implementing_agency")).toString(), s("agency-demo"));
        // A client whose external id is not a case of this Primero creates nothing.
        QCOMPARE(records(s("primero"), s("cases")).size(), casesBefore);
        const QJsonObject data = finalState(run).value(s("data")).toObject();
        QVERIFY(data.value(s("skipped")).toArray().contains(s("cf579546-49fc-4352-afc6-6c2636392077")));
        QVERIFY(!finalState(run).value(s("lastRunDateTime")).toString().isEmpty());

        // The same referrals again (a run from the same cursor): nothing duplicated.
        const qint64 again = runNow(kReferrals, QJsonObject{});
        EXPECT_RUN(again, "success");
        QCOMPARE(records(s("oscar"), s("clients")).size(), clientsBefore + 1);
        QCOMPARE(records(s("primero"), s("cases")).size(), casesBefore);

        // OSCaR answers 500: the failure branch keeps both referrals for the next run.
        m_sandbox.setFault(s("oscar"), Fault{FaultKind::ServerError, 1});
        const qint64 down = runNow(kReferrals, QJsonObject{});
        EXPECT_RUN(down, "success"); // the failure was handled by its branch
        QCOMPARE(steps(down), s("Fetch-Primero-referrals:success Upsert-clients-in-OSCaR:fail "
                                "Re-queue-failed-referrals:success"));
        const QJsonObject kept = finalState(down);
        const QJsonArray requeue = kept.value(s("requeue")).toArray();
        QCOMPARE(requeue.size(), 2);
        QCOMPARE(requeue.at(0).toObject().value(s("syncAttempts")).toInt(), 1);

        // The next hourly run starts from that final state (as the cron trigger does):
        // nothing new in Primero since, the two re-queued referrals are sent.
        m_sandbox.clearRequests();
        const qint64 next = runNow(kReferrals, kept);
        EXPECT_RUN(next, "success");
        QCOMPARE(steps(next), s("Fetch-Primero-referrals:success Upsert-clients-in-OSCaR:success "
                                "Fetch-OSCaR-decisions:success Update-referral-status-in-Primero:success"));
        int upserts = 0;
        for (const auto &r : m_sandbox.requests(s("oscar")))
            upserts += r.path.endsWith(s("/clients/upsert")) ? 1 : 0;
        QCOMPARE(upserts, 2);
        QCOMPARE(finalState(next).value(s("requeue")).toArray().size(), 0);
        QCOMPARE(records(s("oscar"), s("clients")).size(), clientsBefore + 1);
    }

    // 6. Primero asks for a case's HIS data: found → the case is filled in and marked synced;
    //    not found or HIS down → the failure branch writes not_found / failed on the case.
    void hisToPrimero()
    {
        const QJsonObject request = fixture(QStringLiteral("sampleSyncRequestFromPrimero.json"));
        const QString recordId = at(request, s("data.record_id")).toString();
        const qint64 run = trigger(s("primero/child-shield-sync"), request);
        QVERIFY(run > 0);
        EXPECT_RUN(run, "success");
        QCOMPARE(steps(run), s("Fetch-HIS-person:success Update-Primero-case:success"));
        QJsonObject kase = primeroCase(recordId);
        QCOMPARE(kase.value(s("mark_synced_status")).toString(), s("synced"));
        QCOMPARE(kase.value(s("mark_synced")).toBool(), true);
        QCOMPARE(kase.value(s("name_first")).toString(), QString::fromUtf8("มาลี"));
        QCOMPARE(kase.value(s("sex")).toString(), s("female"));
        QCOMPARE(kase.value(s("outpatient_number")).toString(), s("65-0311081201"));
        QVERIFY(kase.value(s("main_diagnosis__04438ee")).toString().startsWith(s("T741")));
        const int cases = records(s("primero"), s("cases")).size();

        // Saved again: the same case updated, none created.
        const qint64 again = trigger(s("primero/child-shield-sync"), request);
        EXPECT_RUN(again, "success");
        QCOMPARE(records(s("primero"), s("cases")).size(), cases);

        // A national ID HIS does not know.
        QJsonObject unknown = request;
        unknown.insert(s("data"), QJsonObject{{s("record_id"), recordId},
                                             {s("national_id_no"), s("1100000000001")},
                                             {s("record_type"), s("case")}});
        const qint64 missing = trigger(s("primero/child-shield-sync"), unknown);
        EXPECT_RUN(missing, "success");
        QCOMPARE(steps(missing), s("Fetch-HIS-person:fail Mark-HIS-lookup-failed-in-Primero:success"));
        QCOMPARE(primeroCase(recordId).value(s("mark_synced_status")).toString(), s("not_found"));

        // HIS down.
        m_sandbox.setFault(s("his"), Fault{FaultKind::ServerError, 1});
        const qint64 hisDown = trigger(s("primero/child-shield-sync"), request);
        EXPECT_RUN(hisDown, "success");
        QCOMPARE(steps(hisDown), s("Fetch-HIS-person:fail Mark-HIS-lookup-failed-in-Primero:success"));
        QCOMPARE(primeroCase(recordId).value(s("mark_synced_status")).toString(), s("failed"));

        // Primero refuses the update: the second failure branch marks the case failed.
        m_sandbox.setFault(s("primero"), Fault{FaultKind::ServerError, 1});
        const qint64 primeroDown = trigger(s("primero/child-shield-sync"), request);
        EXPECT_RUN(primeroDown, "success");
        QCOMPARE(steps(primeroDown), s("Fetch-HIS-person:success Update-Primero-case:fail Mark-sync-failed-in-Primero:success"));
        QCOMPARE(primeroCase(recordId).value(s("mark_synced_status")).toString(), s("failed"));
        QCOMPARE(records(s("primero"), s("cases")).size(), cases);
    }

    // What a console opened on a new store queues (queueDemoFirstRuns): every one runs
    // against the sandbox, and exactly the registration from a clinic Salesforce does not
    // know fails, with the reason in its step.
    void demoFirstRuns()
    {
        for (const auto &system : m_sandbox.systems())
            m_sandbox.setFault(system.id, Fault{});
        QSqlDatabase db = m_store->readConnection();
        qint64 before = 0;
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM work_orders")) && q.next());
            before = q.value(0).toLongLong();
        }
        const auto queued = queueDemoFirstRuns(*m_store);
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().toString()));
        QCOMPARE(queued.value(), 6);
        QList<qint64> orders;
        {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM work_orders WHERE id > ? ORDER BY id"));
            q.addBindValue(before);
            QVERIFY(q.exec());
            while (q.next())
                orders << q.value(0).toLongLong();
        }
        QCOMPARE(orders.size(), 6);
        const char *expected[] = {"success", "success", "failed", "success", "success", "success"};
        for (int i = 0; i < 6; ++i)
            EXPECT_RUN(orders[i], expected[i]);
        QVERIFY2(explain(orders[2]).contains(QStringLiteral("Foreign key external ID")), qPrintable(explain(orders[2])));
    }

    // "Salesforce contacts to SMS": the sms adaptor schedules the published Master Mapping
    // Table for every contact of the sandbox's Salesforce in the sandbox's Infobip; the
    // plans land in the store; a second run writes nothing.
    void salesforceContactsToSms()
    {
        const auto installed = sms::installBuiltInTable(*m_store);
        QVERIFY2(installed, qPrintable(installed ? QString() : installed.error().toString()));
        const qint64 run = runNow(s("Salesforce-contacts-to-SMS"), QJsonObject{});
        QVERIFY(run > 0);
        EXPECT_RUN(run, "success");
        QCOMPARE(steps(run), s("Fetch-SMS-contacts:success Schedule-from-the-Mapping-Table:success"));

        // Amina (casting for 10 days, Lagos): her casting campaign's next messages are in
        // Infobip, from the Nigerian sender id.
        int amina = 0;
        for (const auto &m : records(s("infobip"), s("messages"))) {
            if (!m.value(s("bulkId")).toString().endsWith(s("-sandbox-case-0001")))
                continue;
            ++amina;
            QCOMPARE(m.value(s("from")).toString(), s("TSCFFOOT"));
            QVERIFY(!m.value(s("text")).toString().contains(u'{'));
        }
        QVERIFY(amina > 3);
        QVERIFY(m_sandbox.data().contains(s("infobip"), s("bulks"), s("casting_intro-16-sandbox-case-0001"))
                || m_sandbox.data().contains(s("infobip"), s("bulks"), s("casting_intro-15-sandbox-case-0001")));
        // Ravi's clinic is in India, which the countries table does not have; Tiana has SMS
        // off: nothing for them, and their plans say why.
        sms::SmsPlanStore plans(*m_store);
        const auto ravi = plans.load(s("sandbox-case-0003"));
        QVERIFY(ravi && !ravi->messages.isEmpty());
        for (const auto &m : ravi->messages) {
            QCOMPARE(m.state, sms::MessageState::Skipped);
            QVERIFY2(m.reason.contains(s("India")) || m.reason.contains(s("Temporarily Suspended")) || m.reason.contains(s("visit_date")),
                     qPrintable(m.reason));
        }
        const auto tiana = plans.load(s("sandbox-case-0004"));
        QVERIFY(tiana && !tiana->messages.isEmpty());
        QCOMPARE(tiana->messages.first().reason, s("not sent: Send_SMS__c is not true"));
        for (const auto &b : records(s("infobip"), s("bulks")))
            QVERIFY2(!b.value(s("bulkId")).toString().endsWith(s("case-0003")) && !b.value(s("bulkId")).toString().endsWith(s("case-0004")),
                     qPrintable(b.value(s("bulkId")).toString()));

        // The next run the same day changes nothing in Infobip.
        const int bulks = records(s("infobip"), s("bulks")).size();
        const int messages = records(s("infobip"), s("messages")).size();
        const qint64 again = runNow(s("Salesforce-contacts-to-SMS"), QJsonObject{});
        EXPECT_RUN(again, "success");
        QCOMPARE(records(s("infobip"), s("bulks")).size(), bulks);
        QCOMPARE(records(s("infobip"), s("messages")).size(), messages);
    }

    // 8. The daily clinic status sync: clinics into the store; a status changed directly in
    //    Salesforce is recorded (by Salesforce) and re-planned as the Clinics page does it.
    void clinicStatusSync()
    {
        QVERIFY(sms::installBuiltInTable(*m_store));
        EXPECT_RUN(runNow(s("Salesforce-contacts-to-SMS"), QJsonObject{}), "success");
        const qint64 first = runNow(s("Clinic-status-sync"), QJsonObject{});
        EXPECT_RUN(first, "success");
        QCOMPARE(steps(first), s("Fetch-clinics:success Apply-clinic-statuses:success"));
        clinics::ClinicStore clinics(*m_store);
        QCOMPARE(clinics.list().value().size(), 8);
        QVERIFY(clinics.history().value().isEmpty());
        const QString reminder = s("visitAfter1-luth-1-") + QDate::currentDate().addDays(12).toString(Qt::ISODate);
        QCOMPARE(m_sandbox.data().get(s("infobip"), s("bulks"), reminder).value(s("status")).toString(), s("PENDING"));

        // Lagos is suspended in Salesforce; the next sync cancels its visit reminders.
        for (auto a : records(s("salesforce"), s("Account"))) {
            if (a.value(s("Name")).toString() != s("Lagos University Teaching Hospital"))
                continue;
            a.insert(s("Status__c"), s("Temporarily Suspended"));
            m_sandbox.data().put(s("salesforce"), s("Account"), a.value(s("Id")).toString(), a);
        }
        const qint64 second = runNow(s("Clinic-status-sync"), QJsonObject{});
        EXPECT_RUN(second, "success");
        const QList<clinics::StatusChange> history = clinics.history().value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().source, s("salesforce"));
        QCOMPARE(history.first().to, s("Temporarily Suspended"));
        QVERIFY2(history.first().detail.contains(s("8 SMS cancelled")), qPrintable(history.first().detail));
        QCOMPARE(m_sandbox.data().get(s("infobip"), s("bulks"), reminder).value(s("status")).toString(), s("CANCELED"));
        QCOMPARE(clinics.find(s("Lagos University Teaching Hospital")).value().status, s("Temporarily Suspended"));
    }
};

QTEST_GUILESS_MAIN(TestFlows)
#include "tst_flows.moc"
