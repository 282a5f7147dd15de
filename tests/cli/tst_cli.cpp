// The command line as a script or CI uses it: the real binary, exit codes, stdout/stderr.
#include "testsupport.h"

#include "engine/enginesettings.h"
#include "engine/triggersettings.h"
#include "inbox/webhookauth.h"
#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

Outcome run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("SWITCHBOARD_DB"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SB_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

const char *kSpec = R"(name: CLI project
description: Imported from the command line
credentials:
  me@example.org-HTTP:
    name: HTTP
    owner: me@example.org
workflows:
  intake:
    name: Intake
    jobs:
      receive:
        name: Receive
        adaptor: '@openfn/language-common@1.7.5'
        body: |
          fn(state => state);
      forward:
        name: Forward
        adaptor: '@openfn/language-http@6.5.1'
        credential: me@example.org-HTTP
        body:
          path: jobs/forward.js
    triggers:
      webhook:
        type: webhook
        enabled: true
      cron:
        type: cron
        enabled: true
        cron_expression: '10 0 * * *'
    edges:
      webhook->receive:
        source_trigger: webhook
        target_job: receive
        condition_type: always
        enabled: true
      receive->forward:
        source_job: receive
        target_job: forward
        condition_type: on_job_success
        enabled: true
)";

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

    sb::test::TempDir m_dir;

    QString db(const QString &name) const { return m_dir.file(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.write(QStringLiteral("spec/openfn-1-spec.yaml"), kSpec));
        QVERIFY(m_dir.write(QStringLiteral("spec/jobs/forward.js"), "post('/forward', { body: $.data });\n"));
    }

    void importDryRunThenImportThenAgain()
    {
        const QString spec = m_dir.file(QStringLiteral("spec/openfn-1-spec.yaml"));
        Outcome o = run({QStringLiteral("--db"), db(QStringLiteral("a.db")), QStringLiteral("import"), spec,
                         QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QJsonObject j = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("applied")).toBool(), false);
        QVERIFY(j.value(QStringLiteral("newProject")).toBool());
        QVERIFY(j.value(QStringLiteral("changes")).toArray().size() >= 7);

        // The dry run wrote nothing: exporting finds no project.
        o = run({QStringLiteral("export"), m_dir.file(QStringLiteral("out.yaml")), QStringLiteral("--db"),
                 db(QStringLiteral("a.db"))});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains(QLatin1String("no project")), qPrintable(o.err));

        o = run({QStringLiteral("--db"), db(QStringLiteral("a.db")), QStringLiteral("import"), spec});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QVERIFY2(o.out.contains(QLatin1String("Imported \"CLI project\"")), qPrintable(o.out));

        o = run({QStringLiteral("--db"), db(QStringLiteral("a.db")), QStringLiteral("import"), spec, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        j = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(j.value(QStringLiteral("changes")).toArray().size(), 0);
    }

    void exportThenImportIsIdentical()
    {
        const QString spec = m_dir.file(QStringLiteral("spec/openfn-1-spec.yaml"));
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("b.db")), QStringLiteral("import"), spec}).code, 0);
        const QString out = m_dir.file(QStringLiteral("export/openfn-spec.yaml"));
        Outcome o = run({QStringLiteral("--db"), db(QStringLiteral("b.db")), QStringLiteral("export"), out});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        // The body kept as a file is written back as a file.
        QCOMPARE(sb::test::readFile(m_dir.file(QStringLiteral("export/jobs/forward.js"))),
                 QByteArray("post('/forward', { body: $.data });\n"));
        // Importing the export into the original store changes nothing; into a new one, everything.
        o = run({QStringLiteral("--db"), db(QStringLiteral("b.db")), QStringLiteral("import"), out, QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("changes")).toArray().size(), 0);
        const QString again = m_dir.file(QStringLiteral("export/again.yaml"));
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("b2.db")), QStringLiteral("import"), out}).code, 0);
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("b2.db")), QStringLiteral("export"), again}).code, 0);
        QCOMPARE(sb::test::readFile(again), sb::test::readFile(out));
    }

    void malformedSpecFailsWithLocationAndChangesNothing()
    {
        QVERIFY(m_dir.write(QStringLiteral("bad.yaml"), "name: x\nworkflows:\n  a:\n    jobs: [\n"));
        const Outcome o = run({QStringLiteral("--db"), db(QStringLiteral("c.db")), QStringLiteral("import"),
                               m_dir.file(QStringLiteral("bad.yaml"))});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains(QLatin1String("bad.yaml:")), qPrintable(o.err));
        QVERIFY(o.out.isEmpty());
        const Outcome t = run({QStringLiteral("--db"), db(QStringLiteral("c.db")), QStringLiteral("triggers"), QStringLiteral("--json")});
        QCOMPARE(t.code, 0);
        QCOMPARE(QJsonDocument::fromJson(t.out.toUtf8()).array().size(), 0);

        const Outcome missing = run({QStringLiteral("--db"), db(QStringLiteral("c.db")), QStringLiteral("import"),
                                     m_dir.file(QStringLiteral("nope.yaml"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(!missing.err.isEmpty());
    }

    // Webhook URLs on the listen address the engine uses, the number of auth methods, and
    // the cron trigger's missed-fires policy, in text and JSON.
    void triggersShowEngineSettings()
    {
        const QString spec = m_dir.file(QStringLiteral("spec/openfn-1-spec.yaml"));
        const QString path = db(QStringLiteral("t.db"));
        QCOMPARE(run({QStringLiteral("--db"), path, QStringLiteral("import"), spec}).code, 0);
        QString webhookId;
        {
            auto store = sb::Store::open(path);
            QVERIFY(store);
            sb::Store &s = *store.value();
            QVERIFY(sb::setListenAddress(s, QStringLiteral("192.168.10.4:4810")));
            const auto webhook = sb::findTriggerId(s, QStringLiteral("CLI project"), QStringLiteral("intake"),
                                                   QStringLiteral("webhook"));
            const auto cron = sb::findTriggerId(s, QStringLiteral("CLI project"), QStringLiteral("intake"),
                                                QStringLiteral("cron"));
            QVERIFY(webhook && cron);
            QVERIFY(sb::addBasicAuth(s, webhook.value(), QStringLiteral("Forwarder"), QStringLiteral("commcare")));
            QVERIFY(sb::addApiKeyAuth(s, webhook.value(), QStringLiteral("Backup"), QString()));
            sb::TriggerEngineSettings settings = sb::loadTriggerSettings(s, cron.value()).value();
            settings.missedFires = QStringLiteral("skip");
            QVERIFY(sb::saveTriggerSettings(s, settings));
            sb::TriggerEngineSettings hook = sb::loadTriggerSettings(s, webhook.value()).value();
            hook.maxBodyBytes = 512 * 1024;
            QVERIFY(sb::saveTriggerSettings(s, hook));
            QSqlDatabase rdb = s.readConnection();
            QSqlQuery q(rdb);
            QVERIFY(q.exec(QStringLiteral("SELECT webhook_id FROM triggers WHERE id = %1").arg(webhook.value())) && q.next());
            webhookId = q.value(0).toString();
        }
        const QString url = QStringLiteral("http://192.168.10.4:4810/i/") + webhookId;

        Outcome o = run({QStringLiteral("--db"), path, QStringLiteral("triggers"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QJsonArray rows = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(rows.size(), 2);
        for (const QJsonValue &v : rows) {
            const QJsonObject t = v.toObject();
            // The keys the documented shape promises are all still there.
            for (const char *key : {"workflow", "type", "enabled"})
                QVERIFY2(t.contains(QLatin1String(key)), key);
            if (t.value(QStringLiteral("type")).toString() == QLatin1String("webhook")) {
                QCOMPARE(t.value(QStringLiteral("url")).toString(), url);
                QCOMPARE(t.value(QStringLiteral("authMethods")).toInt(), 2);
                QCOMPARE(t.value(QStringLiteral("maxBodyBytes")).toInteger(), 512 * 1024);
            } else {
                QCOMPARE(t.value(QStringLiteral("cron")).toString(), QStringLiteral("10 0 * * *"));
                QVERIFY(t.value(QStringLiteral("nextFire")).toString().endsWith(QLatin1Char('Z')));
                QCOMPARE(t.value(QStringLiteral("missedFires")).toString(), QStringLiteral("skip"));
                QCOMPARE(t.value(QStringLiteral("fromLastState")).toBool(), false);
                QVERIFY(t.value(QStringLiteral("lastFired")).isNull());
            }
        }

        o = run({QStringLiteral("--db"), path, QStringLiteral("triggers")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QStringList lines = o.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QString webhookLine = lines.filter(QStringLiteral("\twebhook\t")).value(0);
        QVERIFY2(webhookLine.contains(url) && webhookLine.contains(QLatin1String("2 auth methods")), qPrintable(o.out));
        const QString cronLine = lines.filter(QStringLiteral("\tcron\t")).value(0);
        QVERIFY2(cronLine.contains(QLatin1String("missed fires: skip")), qPrintable(o.out));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("d.db")), QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("d.db")), QStringLiteral("import")}).code, 2);
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("d.db")), QStringLiteral("export")}).code, 2);
        QCOMPARE(run({QStringLiteral("--db"), db(QStringLiteral("d.db")), QStringLiteral("import"), QStringLiteral("x"),
                      QStringLiteral("--bogus")}).code, 2);
    }

    void runJob()
    {
        const QString job = m_dir.file(QStringLiteral("job.js"));
        const QString state = m_dir.file(QStringLiteral("state.json"));
        const QString bad = m_dir.file(QStringLiteral("bad.json"));
        const QString out = m_dir.file(QStringLiteral("out.json"));
        auto write = [](const QString &path, const QByteArray &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        };
        write(job, "fn(s => { console.log('mapping', s.data.n); return { ...s, data: { n: s.data.n + 1 } }; });\n");
        write(state, "{\"data\": {\"n\": 41}}");
        write(bad, "{\"data\": {\n  \"n\": 41,\n}");

        // Final state on stdout, the job's log on stderr.
        Outcome r = run({QStringLiteral("run-job"), job, QStringLiteral("--state"), state});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("data")).toObject()
                     .value(QStringLiteral("n")).toInt(), 42);
        QVERIFY(r.err.contains(QLatin1String("INFO  mapping 41")));

        // --runs prints one JSON line with the bench's keys; the state goes to --out.
        r = run({QStringLiteral("run-job"), job, QStringLiteral("--state"), state, QStringLiteral("--runs"),
                 QStringLiteral("5"), QStringLiteral("--out"), out});
        QCOMPARE(r.code, 0);
        const QJsonObject line = QJsonDocument::fromJson(r.out.trimmed().toUtf8()).object();
        for (const char *key : {"engine", "runs", "cold_ms", "median_ms", "p95_ms"})
            QVERIFY2(line.contains(QLatin1String(key)), key);
        QCOMPARE(line.value(QStringLiteral("runs")).toInt(), 5);
        QVERIFY(QFile::exists(out));

        // Bad input: where the JSON breaks; a missing --state is a usage error.
        r = run({QStringLiteral("run-job"), job, QStringLiteral("--state"), bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(bad + QStringLiteral(":3:")), qPrintable(r.err));
        QCOMPARE(run({QStringLiteral("run-job"), job}).code, 2);
        r = run({QStringLiteral("run-job"), job, QStringLiteral("--state"), state, QStringLiteral("--adaptor"),
                 QStringLiteral("@openfn/language-nosuch@1.0.0")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("language-nosuch")));

        // A failing job: exit 1, the exit reason and the job's line on stderr, errors in the state.
        write(job, "fn(s => s);\nfn(s => {\n  throw new Error('no clinic');\n});\n");
        r = run({QStringLiteral("run-job"), job, QStringLiteral("--state"), state});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("Exit reason: fail")));
        QVERIFY(r.err.contains(QLatin1String("line 3")));
        QVERIFY(r.out.contains(QLatin1String("no clinic")));
    }

    void demoAddsTheDemoOnlyWhenAsked()
    {
        // Other commands on an empty store leave it empty.
        Outcome o = run({QStringLiteral("--db"), db(QStringLiteral("e.db")), QStringLiteral("triggers"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 0);

        o = run({QStringLiteral("--db"), db(QStringLiteral("e.db")), QStringLiteral("demo")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        o = run({QStringLiteral("--db"), db(QStringLiteral("e.db")), QStringLiteral("triggers"), QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        const QJsonArray triggers = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QVERIFY(triggers.size() >= 4);
        bool sawCron = false, sawWebhook = false;
        for (const QJsonValue &v : triggers) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("type")).toString() == QLatin1String("cron")) {
                sawCron = true;
                QVERIFY(t.value(QStringLiteral("nextFire")).toString().endsWith(QLatin1Char('Z')));
            } else {
                sawWebhook = true;
                QVERIFY(t.value(QStringLiteral("url")).toString().startsWith(QLatin1String("http://127.0.0.1:")));
            }
        }
        QVERIFY(sawCron && sawWebhook);
        // A second demo changes nothing.
        o = run({QStringLiteral("--db"), db(QStringLiteral("e.db")), QStringLiteral("demo")});
        QCOMPARE(o.code, 0);
        QVERIFY2(o.out.contains(QLatin1String("no changes")), qPrintable(o.out));
    }

    // clinics, clinics sync and clinics set-status on the demo (sandbox environment: the
    // sandbox starts in the command's own process).
    void clinicsCommands()
    {
        const QString store = db(QStringLiteral("clinics.db"));
        auto clinics = [&](QStringList args) {
            args.prepend(QStringLiteral("clinics"));
            args.prepend(store);
            args.prepend(QStringLiteral("--db"));
            return run(args);
        };
        QVERIFY(run({QStringLiteral("--db"), store, QStringLiteral("demo")}).code == 0);
        Outcome o = clinics({QStringLiteral("--json")});
        QCOMPARE(o.code, 0);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 0);

        o = clinics({QStringLiteral("sync"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("clinics")).toInt(), 8);
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).object().value(QStringLiteral("patients")).toInt(), 28);
        o = clinics({QStringLiteral("--json")});
        const QJsonArray rows = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(rows.size(), 8);
        QSet<QString> statuses;
        for (const QJsonValue &v : rows)
            statuses.insert(v.toObject().value(QStringLiteral("status")).toString());
        QCOMPARE(statuses.size(), 4); // one clinic at least in each status
        o = clinics({});
        QVERIFY(o.out.contains(QLatin1String("Lagos University Teaching Hospital")));

        const QString lagos = QStringLiteral("Lagos University Teaching Hospital");
        o = clinics({QStringLiteral("set-status"), lagos, QStringLiteral("Previously Supported"), QStringLiteral("--dry-run"),
                     QStringLiteral("--json")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        QJsonObject effect = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(effect.value(QStringLiteral("from")).toString(), QStringLiteral("Actively Supported"));
        QCOMPARE(effect.value(QStringLiteral("to")).toString(), QStringLiteral("Previously Supported"));
        QCOMPARE(effect.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(effect.value(QStringLiteral("applied")).toBool(), false);
        QCOMPARE(effect.value(QStringLiteral("patients")).toInt(), 6);
        o = clinics({QStringLiteral("history"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(o.out.toUtf8()).array().size(), 0); // the dry run recorded nothing

        o = clinics({QStringLiteral("set-status"), lagos, QStringLiteral("temporarily suspended"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, qPrintable(o.err + o.out));
        effect = QJsonDocument::fromJson(o.out.toUtf8()).object();
        QCOMPARE(effect.value(QStringLiteral("applied")).toBool(), true);
        QCOMPARE(effect.value(QStringLiteral("change")).toObject().value(QStringLiteral("source")).toString(), QStringLiteral("cli"));
        o = clinics({QStringLiteral("history"), lagos, QStringLiteral("--json")});
        const QJsonArray history = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().toObject().value(QStringLiteral("to")).toString(), QStringLiteral("Temporarily Suspended"));
        o = clinics({QStringLiteral("--search"), QStringLiteral("lagos")});
        QVERIFY2(o.out.contains(QLatin1String("Temporarily Suspended")), qPrintable(o.out));

        // Bad input: a clear message, the right exit code.
        o = clinics({QStringLiteral("set-status"), lagos, QStringLiteral("Closed")});
        QCOMPARE(o.code, 2);
        QVERIFY(o.err.contains(QLatin1String("Actively Supported")));
        o = clinics({QStringLiteral("set-status"), QStringLiteral("No Such Clinic"), QStringLiteral("Previously Supported")});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.err.contains(QLatin1String("No Such Clinic")), qPrintable(o.err));
        o = clinics({QStringLiteral("sync"), QStringLiteral("--dry-run")});
        QCOMPARE(o.code, 2);
    }

    void environmentVariableChoosesTheStore()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SWITCHBOARD_DB"), db(QStringLiteral("env.db")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SB_BINARY), {QStringLiteral("demo")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(db(QStringLiteral("env.db"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
