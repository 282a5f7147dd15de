// Credentials: types, the keychain (a private gnome-keyring in its own D-Bus session: see
// tests/support/with-keyring.sh), headless sources, environments, run-time resolution and
// the command line.

#include "credentials/credentialstore.h"
#include "credentials/credentialtypes.h"
#include "credentials/headlesssecrets.h"
#include "credentials/keychain.h"
#include "engine/credentialsource.h"
#include "project/demoproject.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace sb;
using namespace sb::credentials;

namespace {

// Distinctive values, so a search of the database file finds them only if they leaked.
const QString kPassword = QStringLiteral("Pw-7f3a9c-never-in-db");
const QString kToken = QStringLiteral("Tok-51d0e2-never-in-db");
const QString kRotated = QStringLiteral("Pw-rotated-88b1-never-in-db");

QByteArray fileBytes(const QString &path)
{
    return sb::test::readDatabaseFileBytes(path);
}

bool keyringAvailable()
{
    return qEnvironmentVariableIsSet("SB_TEST_KEYRING");
}

} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private:
    sb::test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    qint64 m_demo = 0;

    qint64 demoProjectId()
    {
        QSqlQuery q(m_store->readConnection());
        q.exec(QStringLiteral("SELECT id FROM projects ORDER BY id LIMIT 1"));
        return q.next() ? q.value(0).toLongLong() : 0;
    }

    QProcess *cli(const QStringList &args, const QByteArray &stdinBytes = {}, const QStringList &extraEnv = {},
                  bool dropBus = false)
    {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : extraEnv)
            env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        if (dropBus)
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(SB_BINARY), QStringList{QStringLiteral("--db"), m_dir.file(QStringLiteral("store.db"))} + args);
        p->waitForStarted();
        if (!stdinBytes.isEmpty())
            p->write(stdinBytes);
        p->closeWriteChannel();
        p->waitForFinished(60000);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!keyringAvailable())
            QSKIP("needs the private keyring (run through ctest: tests/support/with-keyring.sh)");
        auto store = Store::open(m_dir.file(QStringLiteral("store.db")));
        QVERIFY2(store, qPrintable(store.error().toString()));
        m_store = std::move(store.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
        QVERIFY(installDemoProject(*m_projects));
        m_demo = demoProjectId();
        QVERIFY(m_demo > 0);
    }

    void types_validate()
    {
        QVERIFY(credentialType(QStringLiteral("salesforce")));
        QVERIFY(isSecretField(QStringLiteral("salesforce"), QStringLiteral("password")));
        QVERIFY(!isSecretField(QStringLiteral("salesforce"), QStringLiteral("username")));
        QVERIFY(isSecretField(QStringLiteral("salesforce"), QStringLiteral("unknownField")));
        QVERIFY(isSecretField(QStringLiteral("raw"), QStringLiteral("anything")));
        QVERIFY(isSecretField(QStringLiteral("http"), QStringLiteral("headers")));
        // A complete password login.
        QVERIFY(validate(QStringLiteral("salesforce"), {{QStringLiteral("username"), QStringLiteral("u@x.org")},
                                                       {QStringLiteral("password"), QStringLiteral("p")}})
                    .isEmpty());
        // Or a token login.
        QVERIFY(validate(QStringLiteral("salesforce"), {{QStringLiteral("access_token"), QStringLiteral("t")},
                                                       {QStringLiteral("instance_url"), QStringLiteral("https://x.my.salesforce.com")}})
                    .isEmpty());
        // Neither: one problem saying what is needed.
        const auto none = validate(QStringLiteral("salesforce"), {{QStringLiteral("apiVersion"), QStringLiteral("47.0")}});
        QCOMPARE(none.size(), 1);
        QVERIFY(none.first().message.contains(QStringLiteral("access token")));
        // A typo in a field name, a bad URL, a required field, a non-boolean switch.
        const auto bad = validate(QStringLiteral("primero"), {{QStringLiteral("url"), QStringLiteral("primero.example.org")},
                                                             {QStringLiteral("usr"), QStringLiteral("a")},
                                                             {QStringLiteral("password"), QStringLiteral("p")},
                                                             {QStringLiteral("basicAuth"), QStringLiteral("yes")}});
        QStringList fields;
        for (const auto &p : bad)
            fields << p.field;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("basicAuth"), QStringLiteral("url"), QStringLiteral("user"), QStringLiteral("usr")}));
        QVERIFY(!validate(QStringLiteral("nosuchtype"), {}).isEmpty());
        QCOMPARE(typeForAdaptor(QStringLiteral("@openfn/language-salesforce@4.8.6")), QStringLiteral("salesforce"));
        QCOMPARE(typeForAdaptor(QStringLiteral("@openfn/language-common@latest")), QStringLiteral("raw"));
        QJsonObject b;
        QString problem;
        QVERIFY(parseFieldValue(QStringLiteral("his"), QStringLiteral("verifyTls"), QStringLiteral("false"), &b, &problem));
        QCOMPARE(b.value(QStringLiteral("verifyTls")), QJsonValue(false));
        QVERIFY(!parseFieldValue(QStringLiteral("http"), QStringLiteral("headers"), QStringLiteral("[1]"), &b, &problem));
        QVERIFY(problem.contains(QStringLiteral("JSON object")));
    }

    void keychain_roundTrip()
    {
        Keychain &k = Keychain::instance();
        const QString key = QStringLiteral("tst/roundtrip");
        QVERIFY2(k.writeNow(key, "one").ok(), qPrintable(k.writeNow(key, "one").message));
        QCOMPARE(k.readNow(key).data, QByteArray("one"));
        QVERIFY(k.writeNow(key, "two").ok());
        QCOMPARE(k.readNow(key).data, QByteArray("two"));
        QVERIFY(k.removeNow(key).ok());
        QCOMPARE(k.readNow(key).error, KeychainError::NotFound);
        QVERIFY(k.removeNow(key).ok()); // removing what is not there is fine

        // The asynchronous form answers on the owning object's thread.
        QObject owner;
        bool called = false;
        k.write(key, "async", &owner, [&](const KeychainReply &r) {
            called = true;
            QVERIFY(r.ok());
            QCOMPARE(QThread::currentThread(), owner.thread());
        });
        QTRY_VERIFY_WITH_TIMEOUT(called, 30000);
        // A reply whose owner is gone is dropped, not delivered to a dangling object.
        bool late = false;
        {
            QObject gone;
            k.read(key, &gone, [&](const KeychainReply &) { late = true; });
        }
        QTest::qWait(300);
        QVERIFY(!late);
        k.removeNow(key);
    }

    void create_read_rotate_delete()
    {
        CredentialStore cs(*m_store);
        BodyUpdate u;
        u.projectId = m_demo;
        u.key = QStringLiteral("sf-prod");
        u.name = QStringLiteral("Salesforce production");
        u.type = QStringLiteral("salesforce");
        u.environment = QStringLiteral("production");
        u.body = {{QStringLiteral("loginUrl"), QStringLiteral("https://login.salesforce.com")},
                  {QStringLiteral("username"), QStringLiteral("integration@miraclefeet.org")},
                  {QStringLiteral("password"), kPassword},
                  {QStringLiteral("securityToken"), kToken}};
        const Status created = cs.setBody(u);
        QVERIFY2(created, qPrintable(created.error().message));

        auto rec = cs.find(m_demo, QStringLiteral("sf-prod"));
        QVERIFY(rec);
        QCOMPARE(rec->type, QStringLiteral("salesforce"));
        QCOMPARE(int(rec->source(QStringLiteral("production"))), int(SecretSource::Keychain));
        const EnvironmentBody *b = rec->body(QStringLiteral("production"));
        QVERIFY(b);
        QCOMPARE(b->settings.value(QStringLiteral("username")).toString(), QStringLiteral("integration@miraclefeet.org"));
        QVERIFY(!b->settings.contains(QStringLiteral("password")));
        QCOMPARE(QSet<QString>(b->secretFields.begin(), b->secretFields.end()),
                 (QSet<QString>{QStringLiteral("password"), QStringLiteral("securityToken")}));

        // Read back: settings from the store, secrets from the keychain.
        auto body = cs.loadBody(m_demo, QStringLiteral("sf-prod"), QStringLiteral("production"));
        QVERIFY2(body, qPrintable(body.error().message));
        QCOMPARE(body->value(QStringLiteral("password")).toString(), kPassword);
        QCOMPARE(body->value(QStringLiteral("username")).toString(), QStringLiteral("integration@miraclefeet.org"));
        // The secret is in the keychain under the reference the store keeps.
        const KeychainReply raw = Keychain::instance().readNow(b->keychainRef);
        QVERIFY(raw.ok());
        QVERIFY(raw.data.contains(kPassword.toUtf8()));
        QVERIFY(b->keychainRef.contains(QStringLiteral("/sf-prod/production")));

        // Rotate the password only: the token and the user stay.
        BodyUpdate rotate;
        rotate.projectId = m_demo;
        rotate.key = QStringLiteral("sf-prod");
        rotate.environment = QStringLiteral("production");
        rotate.body = {{QStringLiteral("password"), kRotated}};
        QVERIFY(cs.setBody(rotate));
        body = cs.loadBody(m_demo, QStringLiteral("sf-prod"), QStringLiteral("production"));
        QCOMPARE(body->value(QStringLiteral("password")).toString(), kRotated);
        QCOMPARE(body->value(QStringLiteral("securityToken")).toString(), kToken);

        // A run resolves the active environment's body. The demo is in "sandbox": switch.
        QVERIFY(cs.switchEnvironment(m_demo, QStringLiteral("production")));
        // Bind a demo job to it? Resolution is by key: any key the project has works.
        const auto conf = resolveConfiguration(*m_store, m_demo, QStringLiteral("sf-prod"), {});
        QVERIFY2(conf, qPrintable(conf.error().message));
        QCOMPARE(QJsonDocument::fromJson(conf.value()).object().value(QStringLiteral("password")).toString(), kRotated);

        // Validation: nothing written when the body is bad.
        BodyUpdate bad = rotate;
        bad.body = {{QStringLiteral("loginUrl"), QStringLiteral("not a url")}};
        const Status refused = cs.setBody(bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QStringLiteral("not a web address")), qPrintable(refused.error().message));
        QCOMPARE(cs.loadBody(m_demo, QStringLiteral("sf-prod"), QStringLiteral("production"))->value(QStringLiteral("loginUrl")).toString(),
                 QStringLiteral("https://login.salesforce.com"));

        // Nothing secret in the database file or its WAL.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            const QByteArray bytes = fileBytes(m_dir.file(QStringLiteral("store.db")) + suffix);
            QVERIFY(!bytes.contains(kPassword.toUtf8()));
            QVERIFY(!bytes.contains(kRotated.toUtf8()));
            QVERIFY(!bytes.contains(kToken.toUtf8()));
        }

        // Delete: the keychain entry goes too.
        const QString ref = b->keychainRef;
        QVERIFY(cs.remove(m_demo, QStringLiteral("sf-prod")));
        QVERIFY(!cs.find(m_demo, QStringLiteral("sf-prod")));
        QCOMPARE(Keychain::instance().readNow(ref).error, KeychainError::NotFound);

        // The audit holds every step, and no secret.
        const auto events = cs.auditEvents(m_demo);
        QVERIFY(events);
        QStringList actions;
        for (const AuditEntry &e : events.value())
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("created")));
        QVERIFY(actions.contains(QStringLiteral("updated")));
        QVERIFY(actions.contains(QStringLiteral("deleted")));
        QVERIFY(actions.contains(QStringLiteral("environment-switched")));
        for (const AuditEntry &e : events.value()) {
            const QByteArray d = QJsonDocument(e.detail).toJson();
            QVERIFY(!d.contains(kRotated.toUtf8()) && !d.contains(kPassword.toUtf8()));
            QVERIFY(!e.summary().isEmpty());
        }
        QVERIFY(cs.switchEnvironment(m_demo, QStringLiteral("sandbox")));
    }

    void import_marks_secret_missing()
    {
        // A spec with credentials and no secrets: they are created typed, flagged missing.
        const QByteArray spec = R"YAML(name: imported
credentials:
  sf:
    name: Salesforce
    owner: ops@example.org
  raw-one:
    name: Other
    owner: ops@example.org
workflows:
  wf:
    name: Sync
    jobs:
      push:
        name: Push
        adaptor: "@openfn/language-salesforce@4.8.6"
        credential: sf
        body: "fn(s => s)"
      other:
        name: Other
        adaptor: "@openfn/language-common@latest"
        credential: raw-one
        body: "fn(s => s)"
    triggers:
      hook:
        type: webhook
    edges:
      hook->push:
        source_trigger: hook
        target_job: push
        condition_type: always
)YAML";
        QVERIFY(m_dir.write(QStringLiteral("imported.yaml"), spec));
        auto parsed = readSpecFile(m_dir.file(QStringLiteral("imported.yaml")));
        QVERIFY2(parsed, qPrintable(parsed.error().toString()));
        auto applied = m_projects->import(parsed.value());
        QVERIFY2(applied, qPrintable(applied.error().toString()));
        CredentialStore cs(*m_store);
        auto all = cs.list();
        QVERIFY(all);
        const CredentialRecord *sf = nullptr;
        for (const CredentialRecord &r : all.value())
            if (r.projectName == QLatin1String("imported") && r.key == QLatin1String("sf"))
                sf = &r;
        QVERIFY(sf);
        QCOMPARE(sf->type, QStringLiteral("salesforce"));
        QCOMPARE(sf->projectEnvironment, QStringLiteral("production"));
        QCOMPARE(int(sf->source(QStringLiteral("production"))), int(SecretSource::Missing));
        QCOMPARE(sf->jobs, QStringList{QStringLiteral("Sync › Push")});
        const auto conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
        QVERIFY(!conf);
        QVERIFY2(conf.error().message.contains(QStringLiteral("secret missing")), qPrintable(conf.error().message));
        QVERIFY(conf.error().message.contains(QStringLiteral("credentials set sf --env production")));
    }

    void environments_switch_every_job()
    {
        CredentialStore cs(*m_store);
        auto sf = cs.find(0, QStringLiteral("sf"));
        QVERIFY(sf);
        for (const QString &env : {QStringLiteral("production"), QStringLiteral("staging")}) {
            BodyUpdate u;
            u.projectId = sf->projectId;
            u.key = QStringLiteral("sf");
            u.environment = env;
            u.body = {{QStringLiteral("username"), QString(QStringLiteral("user-") + env)},
                      {QStringLiteral("password"), QString(QStringLiteral("pw-") + env)}};
            QVERIFY(cs.setBody(u));
        }
        auto user = [&]() {
            const auto conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
            return conf ? QJsonDocument::fromJson(conf.value()).object().value(QStringLiteral("username")).toString()
                        : conf.error().message;
        };
        QCOMPARE(user(), QStringLiteral("user-production"));
        QVERIFY(cs.switchEnvironment(sf->projectId, QStringLiteral("staging")));
        QCOMPARE(user(), QStringLiteral("user-staging"));
        QVERIFY(cs.switchEnvironment(sf->projectId, QStringLiteral("qa")));
        QVERIFY(user().contains(QStringLiteral("secret missing")));
        QVERIFY(cs.environments(sf->projectId).contains(QStringLiteral("qa")));
        QVERIFY(cs.switchEnvironment(sf->projectId, QStringLiteral("production")));
        // last used is recorded on resolution
        QCOMPARE(user(), QStringLiteral("user-production"));
        QTRY_VERIFY(cs.find(sf->projectId, QStringLiteral("sf"))->body(QStringLiteral("production"))->lastUsedAt > 0);
    }

    void headless_file_and_environment()
    {
        CredentialStore cs(*m_store);
        auto sf = cs.find(0, QStringLiteral("sf"));
        QVERIFY(sf);
        const QString path = m_dir.file(QStringLiteral("secrets.yaml"));
        QVERIFY(m_dir.write(QStringLiteral("secrets.yaml"),
                            "# headless secrets\nimported/sf:\n  production:\n    username: file-user\n    password: \"from file\"\n"));
        ::chmod(QFile::encodeName(path).constData(), 0644);
        qputenv("SWITCHBOARD_SECRETS_FILE", path.toUtf8());
        // World-readable: refused, with the fix.
        auto conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
        QVERIFY(!conf);
        QVERIFY2(conf.error().message.contains(QStringLiteral("chmod 600")), qPrintable(conf.error().message));
        QVERIFY(!checkSecretsFile());
        // 600: used, over the keychain.
        ::chmod(QFile::encodeName(path).constData(), 0600);
        conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
        QVERIFY2(conf, qPrintable(conf.error().message));
        QCOMPARE(QJsonDocument::fromJson(conf.value()).object().value(QStringLiteral("username")).toString(), QStringLiteral("file-user"));
        QCOMPARE(int(cs.find(sf->projectId, QStringLiteral("sf"))->source(QStringLiteral("production"))), int(SecretSource::File));
        // Malformed YAML: a clear error with the line.
        QVERIFY(m_dir.write(QStringLiteral("secrets.yaml"), "sf:\n  production: [unclosed\n"));
        ::chmod(QFile::encodeName(path).constData(), 0600);
        conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
        QVERIFY(!conf);
        QVERIFY2(conf.error().message.contains(QStringLiteral("not valid YAML")), qPrintable(conf.error().message));
        qunsetenv("SWITCHBOARD_SECRETS_FILE");

        // An environment variable wins.
        const QString var = environmentVariableName(QStringLiteral("sf"), QStringLiteral("production"));
        QCOMPARE(var, QStringLiteral("SWITCHBOARD_CREDENTIAL__SF__PRODUCTION"));
        qputenv(var.toLatin1().constData(), R"({"username":"env-user","password":"from env"})");
        conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
        QVERIFY(conf);
        QCOMPARE(QJsonDocument::fromJson(conf.value()).object().value(QStringLiteral("username")).toString(), QStringLiteral("env-user"));
        qputenv(var.toLatin1().constData(), "not json");
        conf = resolveConfiguration(*m_store, sf->projectId, QStringLiteral("sf"), {});
        QVERIFY(!conf);
        QVERIFY(conf.error().message.contains(var));
        qunsetenv(var.toLatin1().constData());
    }

    void sandbox_environment_uses_sandbox_login()
    {
        // With nothing stored for "sandbox", the sandbox's own login is used.
        const auto sandboxConf = [](const QString &type) -> Result<QJsonObject> {
            return QJsonObject{{QStringLiteral("type"), type}};
        };
        CredentialStore cs(*m_store);
        auto all = cs.list(m_demo);
        QVERIFY(all && !all->isEmpty());
        const CredentialRecord first = all->first();
        QCOMPARE(int(first.source(QStringLiteral("sandbox"))), int(SecretSource::Sandbox));
        const auto conf = resolveConfiguration(*m_store, m_demo, first.key, sandboxConf);
        QVERIFY2(conf, qPrintable(conf.error().message));
        QCOMPARE(QJsonDocument::fromJson(conf.value()).object().value(QStringLiteral("type")).toString(), first.type);
    }

    void cli_set_list_test_delete()
    {
        // A value from stdin; the others on the command line.
        QProcess *p = cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("sf"), QStringLiteral("--project"),
                           QStringLiteral("imported"), QStringLiteral("--env"), QStringLiteral("staging"),
                           QStringLiteral("username=cli-user"), QStringLiteral("password=-")},
                          kPassword.toUtf8() + '\n');
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        QVERIFY(!p->readAllStandardOutput().contains(kPassword.toUtf8()));
        CredentialStore cs(*m_store);
        auto sf = cs.find(0, QStringLiteral("sf"));
        auto body = cs.loadBody(sf->projectId, QStringLiteral("sf"), QStringLiteral("staging"));
        QVERIFY(body);
        QCOMPARE(body->value(QStringLiteral("password")).toString(), kPassword); // newline stripped

        p = cli({QStringLiteral("credentials"), QStringLiteral("--json")});
        QCOMPARE(p->exitCode(), 0);
        const QByteArray listing = p->readAllStandardOutput();
        QVERIFY(!listing.contains(kPassword.toUtf8()));
        const QJsonArray rows = QJsonDocument::fromJson(listing).array();
        bool sawMissing = false, sawStaging = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject r = v.toObject();
            for (const QJsonValue &e : r.value(QStringLiteral("environments")).toArray()) {
                if (r.value(QStringLiteral("key")) == QLatin1String("raw-one") && e[QStringLiteral("secretMissing")].toBool())
                    sawMissing = true;
                if (r.value(QStringLiteral("key")) == QLatin1String("sf") && e[QStringLiteral("environment")] == QLatin1String("staging")
                    && e[QStringLiteral("source")] == QLatin1String("keychain"))
                    sawStaging = true;
            }
        }
        QVERIFY2(sawMissing && sawStaging, listing.constData());

        p = cli({QStringLiteral("credentials"), QStringLiteral("--project"), QStringLiteral("imported")});
        QCOMPARE(p->exitCode(), 0);
        const QString text = QString::fromUtf8(p->readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("secret missing")), qPrintable(text));

        // Usage errors exit 2 with a sentence.
        p = cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("brand-new"), QStringLiteral("--project"),
                 QStringLiteral("imported"), QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("a=b")});
        QCOMPARE(p->exitCode(), 2);
        QVERIFY(p->readAllStandardError().contains("--type"));
        // A validation error exits 1 and stores nothing.
        p = cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("sf"), QStringLiteral("--project"),
                 QStringLiteral("imported"), QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("loginUrl=nope")});
        QCOMPARE(p->exitCode(), 1);
        QVERIFY(p->readAllStandardError().contains("not a web address"));

        // Test against a closed port: a plain "unreachable" and exit 1, recorded.
        p = cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("sf"), QStringLiteral("--project"),
                 QStringLiteral("imported"), QStringLiteral("--env"), QStringLiteral("staging"),
                 QStringLiteral("loginUrl=http://127.0.0.1:9")});
        QCOMPARE(p->exitCode(), 0);
        p = cli({QStringLiteral("credentials"), QStringLiteral("test"), QStringLiteral("sf"), QStringLiteral("--project"),
                 QStringLiteral("imported"), QStringLiteral("--env"), QStringLiteral("staging"), QStringLiteral("--json")});
        QCOMPARE(p->exitCode(), 1);
        const QByteArray testErr = p->readAllStandardError();
        QVERIFY2(!testErr.contains("warning"), testErr.constData());
        const QJsonObject result = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("unreachable"));
        // Recorded: the listing (another process) shows the result on the staging body.
        p = cli({QStringLiteral("credentials"), QStringLiteral("--json"), QStringLiteral("--project"), QStringLiteral("imported")});
        QVERIFY2(p->readAllStandardOutput().contains("\"lastTestResult\":\"Host unreachable"), "test result not recorded");

        // Switch the environment from the command line.
        p = cli({QStringLiteral("credentials"), QStringLiteral("environment"), QStringLiteral("staging"), QStringLiteral("--project"),
                 QStringLiteral("imported")});
        QCOMPARE(p->exitCode(), 0);
        QCOMPARE(p->readAllStandardOutput().trimmed(), QByteArray("staging"));

        // Delete one environment, then the credential; the jobs that lose it are named.
        p = cli({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("sf"), QStringLiteral("--project"),
                 QStringLiteral("imported"), QStringLiteral("--env"), QStringLiteral("staging")});
        QCOMPARE(p->exitCode(), 0);
        p = cli({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("sf"), QStringLiteral("--project"),
                 QStringLiteral("imported")});
        QCOMPARE(p->exitCode(), 0);
        QVERIFY(p->readAllStandardError().contains("Sync › Push"));
    }

    void reimport_removing_a_credential_removes_its_secret()
    {
        CredentialStore cs(*m_store);
        auto raw = cs.find(0, QStringLiteral("raw-one"));
        QVERIFY(raw);
        BodyUpdate u;
        u.projectId = raw->projectId;
        u.key = QStringLiteral("raw-one");
        u.environment = QStringLiteral("production");
        u.body = {{QStringLiteral("token"), kToken}};
        QVERIFY(cs.setBody(u));
        const QString ref = cs.find(0, QStringLiteral("raw-one"))->body(QStringLiteral("production"))->keychainRef;
        QVERIFY(Keychain::instance().readNow(ref).ok());
        // The same project without that credential and its job.
        const QByteArray spec = R"YAML(name: imported
credentials:
  sf:
    name: Salesforce
    owner: ops@example.org
workflows:
  wf:
    name: Sync
    jobs:
      push:
        name: Push
        adaptor: "@openfn/language-salesforce@4.8.6"
        credential: sf
        body: "fn(s => s)"
    triggers:
      hook:
        type: webhook
    edges:
      hook->push:
        source_trigger: hook
        target_job: push
        condition_type: always
)YAML";
        QVERIFY(m_dir.write(QStringLiteral("imported2.yaml"), spec));
        auto parsed = readSpecFile(m_dir.file(QStringLiteral("imported2.yaml")));
        QVERIFY(parsed);
        QVERIFY(m_projects->import(parsed.value()));
        QVERIFY(!cs.find(0, QStringLiteral("raw-one")));
        QCOMPARE(Keychain::instance().readNow(ref).error, KeychainError::NotFound);
    }

    void no_dbus_session_is_a_clear_error()
    {
        // Without a session bus nothing can be stored, and nothing is written elsewhere.
        QProcess *p = cli({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("nobus"), QStringLiteral("--project"),
                           QStringLiteral("imported"), QStringLiteral("--type"), QStringLiteral("infobip"), QStringLiteral("--env"),
                           QStringLiteral("production"), QStringLiteral("baseUrl=https://x.api.infobip.com"),
                           QStringLiteral("apiKey=") + kToken},
                          {}, {}, /*dropBus=*/true);
        QCOMPARE(p->exitCode(), 1);
        const QString error = QString::fromUtf8(p->readAllStandardError());
        QVERIFY2(error.contains(QStringLiteral("D-Bus")) && error.contains(QStringLiteral("secrets file")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("nothing was written elsewhere")), qPrintable(error));
        QVERIFY(!CredentialStore(*m_store).find(0, QStringLiteral("nobus")));
        QVERIFY(!fileBytes(m_dir.file(QStringLiteral("store.db"))).contains(kToken.toUtf8()));
    }

    void locked_keyring_is_a_clear_error()
    {
        // Last: the keyring stays locked (unlocking needs a prompt this session cannot show).
        CredentialStore cs(*m_store);
        BodyUpdate u;
        u.projectId = m_demo;
        u.key = QStringLiteral("locked-one");
        u.type = QStringLiteral("infobip");
        u.environment = QStringLiteral("production");
        u.body = {{QStringLiteral("baseUrl"), QStringLiteral("https://x.api.infobip.com")}, {QStringLiteral("apiKey"), kToken}};
        QVERIFY(cs.setBody(u));
        auto rec = cs.find(m_demo, QStringLiteral("locked-one"));
        QVERIFY(rec);
        QVERIFY(cs.switchEnvironment(m_demo, QStringLiteral("production")));

        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
                   {QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("--type=method_call"),
                    QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/secrets"),
                    QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                    QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
        QVERIFY(lock.waitForFinished(20000));
        QCOMPARE(lock.exitCode(), 0);

        // Reading: "locked", not "missing". (A new process: this one caches what it read.)
        QProcess *p = cli({QStringLiteral("credentials"), QStringLiteral("test"), QStringLiteral("locked-one"),
                           QStringLiteral("--project"), QStringLiteral("Switchboard demo"), QStringLiteral("--env"), QStringLiteral("production")});
        const QString readError = QString::fromUtf8(p->readAllStandardError());
        QCOMPARE(p->exitCode(), 1);
        QVERIFY2(readError.contains(QStringLiteral("locked")), qPrintable(readError));
        // Writing: refused with the remedy; the stored body is unchanged.
        u.body = {{QStringLiteral("apiKey"), kRotated}};
        const Status s = cs.setBody(u);
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QStringLiteral("locked")), qPrintable(s.error().message));
        QVERIFY2(s.error().message.contains(QStringLiteral("nothing was written elsewhere")), qPrintable(s.error().message));
        QCOMPARE(cs.find(m_demo, QStringLiteral("locked-one"))->body(QStringLiteral("production"))->changedAt,
                 rec->body(QStringLiteral("production"))->changedAt);
        QVERIFY(!fileBytes(m_dir.file(QStringLiteral("store.db"))).contains(kRotated.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
