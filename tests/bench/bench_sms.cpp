// SMS scheduler benchmark (issue 7): planning speed without network, and a full scheduling
// run against the built-in sandbox's Infobip (first run, then the same day again).
//
//   bench_sms plan [--contacts 100000] [--repeat 3]
//   bench_sms decide | decide-threads [--contacts 20000]   (decide only: one core | every core)
//   bench_sms dry-run [--contacts 20000]   (runScheduler's dry run, as sms plan: every core, decisions kept)
//   bench_sms run  [--contacts 10000] [--concurrency 8] [--adopt 0|1]
//
// run: with --adopt 1 the first run looks up every bulkId the rules cancel for each
// contact (a programme moving from another scheduler); with 0 (a programme that starts on
// Switchboard) only what Switchboard scheduled.
//
// Contacts are generated with a realistic mix: treatments (casting, tenotomy, bracing day
// and night, suspended, complete), 21 countries with their zones and languages, visits
// around today, brace problems, and some ineligible (SMS off, opted out, landline,
// suspended clinics). The table is the real sheet (resources/sms/master-mapping-table.csv).

#include "sandbox/sandbox.h"
#include "sms/smsplan.h"
#include "sms/smsrun.h"
#include "sms/smsscheduler.h"
#include "sms/smstable.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <thread>
#include <vector>

using namespace sb;
using namespace sb::sms;

namespace {

QList<QJsonObject> makeContacts(int n, const QDate &today)
{
    QRandomGenerator rng(7);
    const QList<Country> &countries = defaultCountries();
    const char *treatments[] = {"Casting", "Casting", "Tenotomy", "Bracing Day", "Bracing Day", "Bracing Night",
                                "Bracing Night", "Bracing Night", "Suspended", "Complete"};
    const char *problems[] = {"", "", "", "Not Wearing Enough", "Child Not Tolerating;Family Not Accepting", "None"};
    QList<QJsonObject> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const Country &c = countries.at(int(rng.bounded(int(countries.size()))));
        const QString treatment = QString::fromLatin1(treatments[rng.bounded(10)]);
        const int started = int(rng.bounded(treatment == QLatin1String("Bracing Night") ? 1300 : 60));
        const int visit = int(rng.bounded(40)) - 10;
        QString status = QStringLiteral("Actively Supported");
        if (i % 50 == 7)
            status = QStringLiteral("Temporarily Suspended");
        else if (i % 97 == 3)
            status = QStringLiteral("Previously Supported");
        QJsonObject contact{
            {QStringLiteral("Id"), QStringLiteral("003BENCH%1").arg(i, 8, 10, QLatin1Char('0'))},
            {QStringLiteral("CommCare_Case_ID__c"), QStringLiteral("bench-%1").arg(i)},
            {QStringLiteral("Patient_Name__c"), QStringLiteral("Patient %1 Family").arg(i)},
            {QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("Guardian")},
            {QStringLiteral("Pronoun_he_she__c"), QStringLiteral("she")},
            {QStringLiteral("Pronoun_him_her__c"), QStringLiteral("her")},
            {QStringLiteral("Pronoun_his_her__c"), QStringLiteral("her")},
            {QStringLiteral("Account"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("Clinic %1").arg(i % 300)},
                                                    {QStringLiteral("Status__c"), status},
                                                    {QStringLiteral("Country__c"), c.name}}},
            {QStringLiteral("Guardian_1_Phone_Number_1__c"), QStringLiteral("0%1").arg(700000000 + i)},
            {QStringLiteral("Guardian_1_Phone_Landline__c"), i % 211 == 5},
            {QStringLiteral("SMS_Language__c"), c.defaultLanguage},
            {QStringLiteral("SMS_Timezone__c"), i % 5 == 0 ? QString() : c.timeZone},
            {QStringLiteral("SMS_Treatment__c"), treatment},
            {QStringLiteral("SMS_Treatment_Start_Date__c"), today.addDays(-started).toString(Qt::ISODate)},
            {QStringLiteral("Registration_Date__c"), today.addDays(-started - 3).toString(Qt::ISODate)},
            {QStringLiteral("Date_Completed_Treatment__c"), today.addDays(-1).toString(Qt::ISODate)},
            {QStringLiteral("Next_Visit_Date_New__c"), today.addDays(visit).toString(Qt::ISODate)},
            {QStringLiteral("Last_Visit_Date__c"), today.addDays(visit - 21).toString(Qt::ISODate)},
            {QStringLiteral("Brace_Problems_Type__c"), QString::fromLatin1(problems[rng.bounded(6)])},
            {QStringLiteral("Send_SMS__c"), i % 41 != 1},
            {QStringLiteral("SMS_Opt_In__c"), i % 37 != 2},
            {QStringLiteral("SMS_Opt_In_II__c"), i % 43 != 4},
        };
        out << contact;
    }
    return out;
}

int optionValue(const QStringList &args, const QString &name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

SmsTable sheet()
{
    QFile f(QStringLiteral(SB_SOURCE_DIR "/resources/sms/master-mapping-table.csv"));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read the sheet\n");
        std::exit(2);
    }
    return readCsv(f.readAll()).value();
}

void printCounts(const char *label, const RunReport &r, qint64 totalMs)
{
    const RunCounts &n = r.counts;
    std::printf("%-10s contacts=%d due=%d later=%d skipped=%d cancelCandidates=%d lookups=%d scheduled=%d rescheduled=%d "
                "cancelled=%d unchanged=%d failed=%d writes=%d plan_ms=%lld infobip_ms=%lld save_ms=%lld total_ms=%lld\n",
                label, n.contacts, n.due, n.later, n.skipped, n.cancelCandidates, n.lookups, n.scheduled, n.rescheduled,
                n.cancelled, n.unchanged, n.failed, n.writes(), static_cast<long long>(r.planMs),
                static_cast<long long>(r.infobipMs), static_cast<long long>(r.saveMs), static_cast<long long>(totalMs));
}

// runScheduler's dry run (what sms plan does), timed.
RunReport timedDryRun(const SmsPlanner &planner, const QList<QJsonObject> &contacts, const QDateTime &now, qint64 *ns)
{
    RunOptions dry;
    dry.dryRun = true;
    QElapsedTimer t;
    t.start();
    RunReport report = runScheduler(planner, contacts, now, {}, nullptr, dry);
    *ns = t.nsecsElapsed();
    return report;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const SmsTable table = sheet();
    const SmsPlanner planner(table, defaultCountries());

    if (mode == QLatin1String("decide")) { // one core, decide only (for profiling)
        const int n = optionValue(args, QStringLiteral("--contacts"), 20000);
        const QList<QJsonObject> contacts = makeContacts(n, now.date());
        QElapsedTimer t;
        t.start();
        for (const QJsonObject &c : contacts)
            (void)planner.plan(c, now, false);
        std::printf("decide contacts=%d ms=%lld\n", n, static_cast<long long>(t.elapsed()));
        return 0;
    }
    if (mode == QLatin1String("decide-threads")) { // every core, decide only
        const int n = optionValue(args, QStringLiteral("--contacts"), 20000);
        const QList<QJsonObject> contacts = makeContacts(n, now.date());
        const int threads = QThread::idealThreadCount();
        QElapsedTimer t;
        t.start();
        std::vector<std::thread> pool;
        for (int k = 0; k < threads; ++k)
            pool.emplace_back([&, k] {
                for (qsizetype i = k; i < contacts.size(); i += threads)
                    (void)planner.plan(contacts.at(i), now, false);
            });
        for (auto &th : pool)
            th.join();
        const qint64 ms = t.elapsed();
        std::printf("decide-threads threads=%d contacts=%d ms=%lld contacts_per_s=%.0f\n", threads, n, static_cast<long long>(ms),
                    ms > 0 ? double(n) * 1000.0 / double(ms) : 0.0);
        return 0;
    }
    if (mode == QLatin1String("dry-run")) { // runScheduler's dry run (sms plan), every core
        const int n = optionValue(args, QStringLiteral("--contacts"), 20000);
        const QList<QJsonObject> contacts = makeContacts(n, now.date());
        qint64 ns = 0;
        const RunReport report = timedDryRun(planner, contacts, now, &ns);
        const qint64 ms = ns / 1000000;
        std::printf("dry-run threads=%d contacts=%d due=%d plan_ms=%lld ms=%lld contacts_per_s=%.0f\n",
                    QThread::idealThreadCount(), n, report.counts.due, static_cast<long long>(report.planMs),
                    static_cast<long long>(ms), ms > 0 ? double(n) * 1000.0 / double(ms) : 0.0);
        return 0;
    }
    if (mode == QLatin1String("plan")) {
        const int n = optionValue(args, QStringLiteral("--contacts"), 100000);
        const int repeat = optionValue(args, QStringLiteral("--repeat"), 3);
        const QList<QJsonObject> contacts = makeContacts(n, now.date());
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer t;
            t.start();
            qint64 messages = 0;
            qint64 due = 0;
            qint64 cancels = 0;
            for (const QJsonObject &c : contacts) {
                const ContactDecision d = planner.plan(c, now);
                messages += d.plan.messages.size();
                due += d.due.count(true);
                cancels += d.cancel.size();
            }
            const qint64 ns = t.nsecsElapsed();
            // What a scheduling run plans: rule cancellations as rows, bulkIds built only
            // where needed.
            t.restart();
            for (const QJsonObject &c : contacts) {
                const ContactDecision d = planner.plan(c, now, false);
                due -= d.due.count(true);
            }
            const qint64 nsLazy = t.nsecsElapsed();
            std::printf("plan decide-only round=%d contacts=%d ms=%.1f contacts_per_s=%.0f us_per_contact=%.2f\n", r + 1, n,
                        double(nsLazy) / 1e6, double(n) / (double(nsLazy) / 1e9), double(nsLazy) / 1e3 / n);
            // The same on every core, as a scheduling run plans (each thread a share of the contacts).
            {
                const int threads = QThread::idealThreadCount();
                QElapsedTimer tp;
                tp.start();
                std::vector<std::thread> pool;
                for (int k = 0; k < threads; ++k)
                    pool.emplace_back([&, k] {
                        for (qsizetype i = k; i < contacts.size(); i += threads) {
                            const ContactDecision d = planner.plan(contacts.at(i), now, false);
                            (void)d;
                        }
                    });
                for (auto &th : pool)
                    th.join();
                const qint64 nsp = tp.nsecsElapsed();
                std::printf("plan decide-only all-cores round=%d threads=%d contacts=%d ms=%.1f contacts_per_s=%.0f\n", r + 1,
                            threads, n, double(nsp) / 1e6, double(n) / (double(nsp) / 1e9));
            }
            std::printf("plan one-thread round=%d contacts=%d messages=%lld due=%lld cancel=%lld ms=%.1f contacts_per_s=%.0f "
                        "us_per_contact=%.2f\n",
                        r + 1, n, static_cast<long long>(messages), static_cast<long long>(due),
                        static_cast<long long>(cancels), double(ns) / 1e6, double(n) / (double(ns) / 1e9),
                        double(ns) / 1e3 / n);
            // The same through runScheduler (dry run): every core, as sms plan / the adaptor do.
            qint64 ns2 = 0;
            const RunReport report = timedDryRun(planner, contacts, now, &ns2);
            std::printf("plan all-cores round=%d threads=%d contacts=%d due=%d ms=%.1f contacts_per_s=%.0f\n", r + 1,
                        QThread::idealThreadCount(), n, report.counts.due, double(ns2) / 1e6, double(n) / (double(ns2) / 1e9));
        }
        return 0;
    }
    if (mode == QLatin1String("run")) {
        const int n = optionValue(args, QStringLiteral("--contacts"), 10000);
        const int concurrency = optionValue(args, QStringLiteral("--concurrency"), 8);
        sandbox::Sandbox box;
        if (const Status s = box.start(QStringLiteral("127.0.0.1"), 0); !s) {
            std::fprintf(stderr, "sandbox: %s\n", qPrintable(s.error().toString()));
            return 1;
        }
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("bench.db")));
        if (!store) {
            std::fprintf(stderr, "store: %s\n", qPrintable(store.error().toString()));
            return 1;
        }
        const QJsonObject config = box.configuration(QStringLiteral("infobip"));
        InfobipAccount account;
        account.baseUrl = config.value(QStringLiteral("baseUrl")).toString();
        account.apiKey = config.value(QStringLiteral("apiKey")).toString();
        RunOptions options;
        options.concurrency = concurrency;
        options.adoptExisting = optionValue(args, QStringLiteral("--adopt"), 0) != 0;
        SmsPlanStore plans(*store.value());
        const QList<QJsonObject> contacts = makeContacts(n, now.date());
        for (const char *label : {"first", "second"}) {
            QElapsedTimer t;
            t.start();
            const RunReport r = runScheduler(planner, contacts, now, account, &plans, options);
            printCounts(label, r, t.elapsed());
            for (const QString &e : r.errors.mid(0, 3))
                std::printf("  error: %s\n", qPrintable(e));
        }
        return 0;
    }
    std::fprintf(stderr, "usage: bench_sms plan [--contacts N] [--repeat R] | run [--contacts N] [--concurrency C]\n");
    return 2;
}
