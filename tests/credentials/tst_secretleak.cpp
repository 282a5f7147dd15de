// The demo flows run with secrets kept in the keychain (a private gnome-keyring: see
// tests/support/with-keyring.sh); afterwards no secret's bytes are found in the database
// file, its WAL, the log, or any export (project spec, `runs --json`, `credentials --json`,
// every dataclip written out).

#include "credentials/credentialstore.h"
#include "credentials/credentialtypes.h"
#include "engine/credentialsource.h"
#include "engine/engine.h"
#include "inbox/inboxserver.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "sandbox/sandbox.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace sb;
using namespace sb::credentials;

namespace {

QFile *g_log = nullptr;
QMutex g_logMutex;

void logToFile(QtMsgType, const QMessageLogContext &, const QString &message)
{
    QMutexLocker lock(&g_logMutex);
    if (g_log)
        g_log->write(message.toUtf8() + '\n');
}

QByteArray fileBytes(const QString &path)
{
    return sb::test::readDatabaseFileBytes(path);
}

} // namespace

class TestSecretLeak : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    sb::sandbox::Sandbox m_sandbox;
    std::unique_ptr<Engine> m_engine;
    QStringList m_secrets; // every secret value the runs used, and its encodings

    QString dbPath() const { return m_dir.file(QStringLiteral("leak.db")); }

    QString runCli(const QStringList &args, const QString &outFile)
    {
        QProcess p;
        p.setStandardOutputFile(outFile);
        p.start(QStringLiteral(SB_BINARY), QStringList{QStringLiteral("--db"), dbPath()} + args);
        p.waitForFinished(60000);
        return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAllStandardError());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!qEnvironmentVariableIsSet("SB_TEST_KEYRING"))
            QSKIP("needs the private keyring (run through ctest: tests/support/with-keyring.sh)");
        g_log = new QFile(m_dir.file(QStringLiteral("switchboard.log")));
        QVERIFY(g_log->open(QIODevice::WriteOnly));
        qInstallMessageHandler(logToFile);

        auto opened = Store::open(dbPath());
        QVERIFY(opened);
        m_store = std::move(opened.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
        QVERIFY(installDemoProject(*m_projects));
        QVERIFY(m_sandbox.start(QStringLiteral("127.0.0.1"), 0));
    }

    void cleanupTestCase()
    {
        if (m_engine) {
            m_engine->stop(2000);
            QTRY_VERIFY_WITH_TIMEOUT(m_engine->isStopped(), 20000);
        }
        m_engine.reset();
        m_sandbox.stop();
        qInstallMessageHandler(nullptr);
        delete g_log;
        g_log = nullptr;
    }

    // Every demo credential gets a "staging" body in the keychain: the sandbox's logins.
    // The project is switched to staging, so runs take their secrets from the keychain.
    void storeSecretsInKeychain()
    {
        CredentialStore cs(*m_store);
        const auto all = cs.list();
        QVERIFY(all && !all->isEmpty());
        for (const CredentialRecord &r : all.value()) {
            QJsonObject body = m_sandbox.configuration(r.type);
            QVERIFY2(!body.isEmpty(), qPrintable(r.type));
            if (r.type == QLatin1String("commcare"))
                body.insert(QStringLiteral("inboxUrl"), QStringLiteral("http://127.0.0.1:1/")); // set below, once listening
            BodyUpdate u;
            u.projectId = r.projectId;
            u.key = r.key;
            u.environment = QStringLiteral("staging");
            u.body = body;
            const Status s = cs.setBody(u);
            QVERIFY2(s, qPrintable(s.error().message));
            for (auto it = body.begin(); it != body.end(); ++it)
                if (isSecretField(r.type, it.key()) && it.value().isString() && it.key() != QLatin1String("inboxUrl"))
                    m_secrets << it.value().toString();
            const QString user = body.value(QStringLiteral("username")).toString();
            if (!user.isEmpty() && body.contains(QStringLiteral("password")))
                m_secrets << QString::fromLatin1(QString(user + QLatin1Char(':') + body.value(QStringLiteral("password")).toString()).toUtf8().toBase64());
            QVERIFY(cs.switchEnvironment(r.projectId, QStringLiteral("staging")));
        }
        m_secrets.removeDuplicates();
        QVERIFY(m_secrets.size() >= 5);
    }

    void runTheDemoFlows()
    {
        EngineOptions options;
        options.workers = 2;
        options.listenPort = 0;
        options.cron = false;
        options.credentials = credentialSource(*m_store, &m_sandbox, {});
        auto engine = Engine::start(*m_store, options);
        QVERIFY(engine);
        m_engine = std::move(engine.value());

        // The CommCare credential's inbox URL is this engine's inbox.
        CredentialStore cs(*m_store);
        const auto records = cs.list();
        QVERIFY(records);
        for (const CredentialRecord &r : records.value())
            if (r.type == QLatin1String("commcare")) {
                BodyUpdate u;
                u.projectId = r.projectId;
                u.key = r.key;
                u.environment = QStringLiteral("staging");
                u.body = {{QStringLiteral("inboxUrl"), m_engine->inbox()->baseUrl()}};
                QVERIFY(cs.setBody(u));
            }

        const auto queued = queueDemoFirstRuns(*m_store);
        QVERIFY2(queued, qPrintable(queued ? QString() : queued.error().toString()));
        m_engine->wake();
        QSqlDatabase db = m_store->readConnection();
        auto finished = [&db] {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE state IN ('success', 'failed', 'crashed', 'killed', "
                                  "'exception', 'lost', 'cancelled')"));
            return q.next() ? q.value(0).toInt() : -1;
        };
        QTRY_COMPARE_WITH_TIMEOUT(finished(), queued.value(), 120000);
        // They ran with the keychain's secrets: the same outcome as with the sandbox's
        // own logins (one registration from an unknown clinic fails), no credential error.
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM work_orders WHERE state = 'success'")) && q.next());
        QCOMPARE(q.value(0).toInt(), queued.value() - 1);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM steps WHERE error_type = 'CredentialError'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // And the keychain path was taken: "last used" is set for staging.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QSqlQuery u(m_store->readConnection());
            return u.exec(QStringLiteral("SELECT COUNT(*) FROM credential_environments WHERE environment = 'staging' AND "
                                         "last_used_at IS NOT NULL")) && u.next() && u.value(0).toInt() >= 4;
        }(), 10000);
    }

    void noSecretAnywhere()
    {
        m_engine->stop(2000);
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->isStopped(), 20000);

        // Exports: the project spec, the history, the credential listing, every dataclip.
        auto project = m_projects->load(QStringLiteral("Switchboard demo"));
        QVERIFY(project);
        QVERIFY(writeSpecFile(project.value(), m_dir.file(QStringLiteral("export.yaml"))));
        QString e = runCli({QStringLiteral("runs"), QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")},
                           m_dir.file(QStringLiteral("runs.json")));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        e = runCli({QStringLiteral("credentials"), QStringLiteral("--json")}, m_dir.file(QStringLiteral("credentials.json")));
        QVERIFY2(e.isEmpty(), qPrintable(e));
        {
            QFile dump(m_dir.file(QStringLiteral("dataclips.jsonl")));
            QVERIFY(dump.open(QIODevice::WriteOnly));
            QSqlQuery q(m_store->readConnection());
            QVERIFY(q.exec(QStringLiteral("SELECT body FROM dataclips")));
            int n = 0;
            while (q.next()) {
                dump.write(q.value(0).toByteArray() + '\n');
                ++n;
            }
            QVERIFY(n > 10);
        }
        {
            QMutexLocker lock(&g_logMutex);
            g_log->flush();
        }

        const QStringList files = {dbPath(), QString(dbPath() + QStringLiteral("-wal")), QString(dbPath() + QStringLiteral("-shm")),
                                   m_dir.file(QStringLiteral("switchboard.log")), m_dir.file(QStringLiteral("export.yaml")),
                                   m_dir.file(QStringLiteral("runs.json")), m_dir.file(QStringLiteral("credentials.json")),
                                   m_dir.file(QStringLiteral("dataclips.jsonl"))};
        QVERIFY(fileBytes(dbPath()).size() > 0);
        QVERIFY(fileBytes(m_dir.file(QStringLiteral("runs.json"))).size() > 100);
        for (const QString &path : files) {
            const QByteArray bytes = fileBytes(path);
            for (const QString &secret : std::as_const(m_secrets)) {
                QVERIFY2(!bytes.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("a secret (%1…) is in %2").arg(secret.left(3), path)));
                // UTF-16 too (a QString dumped raw)
                const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
                QVERIFY2(!bytes.contains(utf16), qPrintable(path));
            }
        }
        qInfo("searched %d files for %d secret values and encodings: none found", int(files.size()), int(m_secrets.size()));
    }
};

QTEST_GUILESS_MAIN(TestSecretLeak)
#include "tst_secretleak.moc"
