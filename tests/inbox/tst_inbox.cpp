// The webhook inbox over real HTTP on 127.0.0.1: status codes, auth methods (basic, API
// key, several per trigger, rotate, remove), disabled triggers, custom paths, redaction,
// durability before the reply, after_completion replies and early 413.

#include "testsupport.h"

#include "inbox/inboxserver.h"
#include "inbox/webhookauth.h"
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

using namespace sb;

namespace {

const char kSpec[] = R"(name: Inbox test
workflows:
  Intake:
    name: Intake
    jobs:
      Noop:
        name: Noop
        adaptor: '@openfn/language-common@3.3.4'
        body: fn(state => state);
    triggers:
      webhook:
        type: webhook
        enabled: true
        custom_path: commcare/forms
    edges:
      webhook->Noop:
        source_trigger: webhook
        target_job: Noop
        condition_type: always
        enabled: true
  Sync:
    name: Sync
    jobs:
      Noop:
        name: Noop
        adaptor: '@openfn/language-common@3.3.4'
        body: fn(state => state);
    triggers:
      webhook:
        type: webhook
        enabled: true
        webhook_reply: after_completion
        webhook_response_config:
          status: 201
          body:
            ok: true
            received: "{{ work_order_id }}"
    edges:
      webhook->Noop:
        source_trigger: webhook
        target_job: Noop
        condition_type: always
        enabled: true
)";

struct Reply
{
    int status = 0;
    QByteArray body;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
};

} // namespace

class TestInbox : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ProjectStore> m_projects;
    std::unique_ptr<InboxServer> m_inbox;
    QNetworkAccessManager m_net;
    QString m_intakePath, m_syncPath;
    qint64 m_intakeTrigger = 0;

    Reply post(const QString &path, const QByteArray &body,
               const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &verb = "POST")
    {
        QNetworkRequest request(QUrl(m_inbox->baseUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        for (const auto &[k, v] : headers)
            request.setRawHeader(k, v);
        QNetworkReply *reply = m_net.sendCustomRequest(request, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            done.wait(30000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        for (const auto &[k, v] : reply->rawHeaderPairs())
            r.headers.insert(k.toLower(), v);
        reply->deleteLater();
        return r;
    }

    QVariant scalar(const QString &sql)
    {
        QSqlDatabase db = m_store->readConnection();
        QSqlQuery q(db);
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::open(m_dir.file(QStringLiteral("inbox.db")));
        QVERIFY(opened);
        m_store = std::move(opened.value());
        m_projects = std::make_unique<ProjectStore>(*m_store);
        const auto spec = readSpec(QByteArray(kSpec), QStringLiteral("inbox.yaml"), m_dir.path());
        QVERIFY2(spec, qPrintable(spec ? QString() : spec.error().toString()));
        QVERIFY(m_projects->import(spec.value()));
        m_intakePath = QStringLiteral("/i/") + m_projects->webhookId(QStringLiteral("Inbox test"), QStringLiteral("Intake"),
                                                                     QStringLiteral("webhook")).value();
        m_syncPath = QStringLiteral("/i/") + m_projects->webhookId(QStringLiteral("Inbox test"), QStringLiteral("Sync"),
                                                                   QStringLiteral("webhook")).value();
        m_intakeTrigger = scalar(QStringLiteral("SELECT t.id FROM triggers t JOIN workflows w ON w.id = t.workflow_id "
                                                "WHERE w.key = 'Intake'")).toLongLong();
        InboxOptions options;
        options.port = 0;
        options.maxBodyBytes = 64 * 1024;
        options.afterCompletionTimeoutMs = 2000;
        m_inbox = std::make_unique<InboxServer>(*m_store, options);
        QVERIFY(m_inbox->listen());
        QVERIFY(m_inbox->port() > 0);
    }

    void acceptedIsCommittedBeforeTheReply()
    {
        QSignalSpy created(m_inbox.get(), &InboxServer::workOrderCreated);
        const Reply r = post(m_intakePath + QStringLiteral("?source=cast"),
                             R"({"form":{"@name":"Register New Patient","case":{"@case_id":"c-77"}},"id":"f-1"})",
                             {{"X-Forwarded-For", "10.0.0.9"}});
        QCOMPARE(r.status, 202);
        const auto json = QJsonDocument::fromJson(r.body).object();
        const qint64 workOrder = json.value(QStringLiteral("work_order_id")).toInteger();
        QVERIFY(workOrder > 0);
        QVERIFY(json.value(QStringLiteral("run_id")).toInteger() > 0);
        QCOMPARE(created.size(), 1);
        // Read through a separate connection: it is there, with its message and run.
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(m_store->path());
        QVERIFY(other.open());
        {
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("SELECT m.outcome, m.reply_status, d.body, r.state, wo.input_summary FROM work_orders wo "
                                          "JOIN messages m ON m.id = wo.message_id JOIN dataclips d ON d.id = wo.dataclip_id "
                                          "JOIN runs r ON r.work_order_id = wo.id WHERE wo.id = %1").arg(workOrder)));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("accepted"));
            QCOMPARE(q.value(1).toInt(), 202);
            const QString input = q.value(2).toString();
            QVERIFY(input.startsWith(QLatin1String("{\"data\":{\"form\"")));
            QVERIFY(input.contains(QLatin1String("\"query\":{\"source\":\"cast\"}")));
            QCOMPARE(q.value(3).toString(), QStringLiteral("available"));
            QCOMPARE(q.value(4).toString(), QStringLiteral("Register New Patient · c-77 · f-1"));
        }
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }

    void customPath()
    {
        QCOMPARE(post(QStringLiteral("/commcare/forms"), "{}").status, 202);
        QCOMPARE(post(QStringLiteral("/i/commcare/forms"), "{}").status, 202);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown path") << QStringLiteral("/i/nope") << QByteArray("POST") << QByteArray("{}") << 404
                                      << QStringLiteral("unknown_path") << QStringLiteral("No webhook trigger has the path /i/nope");
        QTest::newRow("not json") << QString() << QByteArray("POST") << QByteArray("{\"a\":\n  1,,}") << 400
                                  << QStringLiteral("not_json") << QStringLiteral("line 2, column 5");
        QTest::newRow("empty") << QString() << QByteArray("POST") << QByteArray() << 400 << QStringLiteral("not_json")
                               << QStringLiteral("The body is empty");
        QTest::newRow("GET") << QString() << QByteArray("GET") << QByteArray() << 405 << QStringLiteral("error")
                             << QStringLiteral("Webhooks take POST");
    }

    void refusals()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, verb);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, outcome);
        QFETCH(QString, reason);
        const Reply r = post(path.isEmpty() ? m_intakePath : path, body, {}, verb);
        QCOMPARE(r.status, status);
        QVERIFY2(QString::fromUtf8(r.body).contains(reason), r.body.constData());
        QTRY_COMPARE(scalar(QStringLiteral("SELECT outcome FROM messages ORDER BY id DESC LIMIT 1")).toString(), outcome);
        QTRY_VERIFY(scalar(QStringLiteral("SELECT reason FROM messages ORDER BY id DESC LIMIT 1")).toString().contains(reason));
        QCOMPARE(scalar(QStringLiteral("SELECT reply_status FROM messages ORDER BY id DESC LIMIT 1")).toInt(), status);
    }

    void tooLargeIsRefusedEarly()
    {
        // 1 MB against a 64 KB limit: refused from its Content-Length, body never buffered.
        const Reply r = post(m_intakePath, QByteArray(1024 * 1024, ' '));
        QCOMPARE(r.status, 413);
        QVERIFY(r.body.contains("larger than the limit"));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT outcome FROM messages ORDER BY id DESC LIMIT 1")).toString(),
                     QStringLiteral("too_large"));
        // The server still serves the next request.
        QCOMPARE(post(m_intakePath, "{}").status, 202);
        // A header block over 64 KB: 431, also before anything is buffered.
        const Reply big = post(m_intakePath, "{}", {{"X-Padding", QByteArray(80 * 1024, 'a')}});
        QCOMPARE(big.status, 431);
        QVERIFY(big.body.contains("headers are larger"));
        QCOMPARE(post(m_intakePath, "{}").status, 202);
    }

    void perTriggerBodyLimit()
    {
        auto setLimit = [&](qint64 bytes) {
            QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
                return exec(db, QStringLiteral("UPDATE triggers SET webhook_max_bytes = ? WHERE id = ?"), {bytes, m_intakeTrigger});
            }));
            m_inbox->reloadRoutes();
        };
        // Above the server's default (64 KB here): a body between the two is accepted.
        setLimit(256 * 1024);
        const QByteArray big = "{\"note\":\"" + QByteArray(128 * 1024, 'a') + "\"}";
        QCOMPARE(post(m_intakePath, big).status, 202);
        QCOMPARE(post(m_intakePath, "{\"note\":\"" + QByteArray(300 * 1024, 'a') + "\"}").status, 413);
        // Below it: the trigger's own limit, with its own sentence.
        setLimit(1024);
        const Reply small = post(m_intakePath, "{\"note\":\"" + QByteArray(2048, 'a') + "\"}");
        QCOMPARE(small.status, 413);
        QVERIFY(small.body.contains("this trigger's limit"));
        setLimit(0);
        QCOMPARE(post(m_intakePath, big).status, 413);
        QCOMPARE(post(m_intakePath, "{}").status, 202);
    }

    void authMethods()
    {
        const auto key = addApiKeyAuth(*m_store, m_intakeTrigger, QStringLiteral("CommCare"));
        QVERIFY(key);
        const auto basic = addBasicAuth(*m_store, m_intakeTrigger, QStringLiteral("Ops"), QStringLiteral("ops"),
                                        QStringLiteral("correct horse battery"));
        QVERIFY(basic);
        QVERIFY(!addBasicAuth(*m_store, m_intakeTrigger, QString(), QStringLiteral("x"), QStringLiteral("short")));
        QVERIFY(!addApiKeyAuth(*m_store, m_intakeTrigger, QString(), QStringLiteral("Authorization")));
        m_inbox->reloadRoutes();

        Reply r = post(m_intakePath, "{}");
        QCOMPARE(r.status, 401);
        QVERIFY(r.header("www-authenticate").startsWith("Basic"));
        QCOMPARE(post(m_intakePath, "{}", {{"x-api-key", "wrong"}}).status, 401);
        QCOMPARE(post(m_intakePath, "{}", {{"x-api-key", key->secret.toUtf8()}}).status, 202);
        const QByteArray good = "Basic " + QByteArray("ops:correct horse battery").toBase64();
        const QByteArray badUser = "Basic " + QByteArray("opz:correct horse battery").toBase64();
        QCOMPARE(post(m_intakePath, "{}", {{"Authorization", good}}).status, 202);
        QCOMPARE(post(m_intakePath, "{}", {{"Authorization", badUser}}).status, 401);
        QTRY_COMPARE(scalar(QStringLiteral("SELECT reason FROM messages ORDER BY id DESC LIMIT 1")).toString(),
                     QStringLiteral("The credentials sent match none of this trigger's auth methods."));

        // Rotate: the old key stops working, the new one works.
        const auto rotated = rotateWebhookAuth(*m_store, key->methodId);
        QVERIFY(rotated);
        QVERIFY(rotated->secret != key->secret);
        m_inbox->reloadRoutes();
        QCOMPARE(post(m_intakePath, "{}", {{"x-api-key", key->secret.toUtf8()}}).status, 401);
        QCOMPARE(post(m_intakePath, "{}", {{"x-api-key", rotated->secret.toUtf8()}}).status, 202);

        // A valid key in a header of the trigger's own naming, on a request refused for
        // another reason (not JSON), is not stored either.
        const auto custom = addApiKeyAuth(*m_store, m_intakeTrigger, QStringLiteral("Forwarder"),
                                          QStringLiteral("X-Forwarder-Auth"));
        QVERIFY(custom);
        m_inbox->reloadRoutes();
        QCOMPARE(post(m_intakePath, "{oops", {{"X-Forwarder-Auth", custom->secret.toUtf8()}}).status, 400);

        // Secrets never reach the database: not in messages, dataclips, methods or audit.
        QTRY_VERIFY(m_store->committedWrites() > 0);
        QVERIFY(QTest::qWaitFor([&] { return scalar(QStringLiteral("SELECT COUNT(*) FROM messages")).toInt() > 10; }));
        QTest::qWait(200);
        const QByteArray db = test::readFile(m_store->path()) + test::readFile(m_store->path() + QStringLiteral("-wal"));
        for (const QString &secret : {key->secret, rotated->secret, custom->secret, QStringLiteral("correct horse battery")})
            QVERIFY2(!db.contains(secret.toUtf8()), qPrintable(secret));
        QVERIFY(!db.contains(QByteArray("ops:correct horse battery").toBase64()));
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action LIKE 'webhook_auth_%'")).toInt() >= 3);
        // Audit details are JSON whatever the name holds.
        const auto quoted = addApiKeyAuth(*m_store, m_intakeTrigger, QStringLiteral("Ops \"night\"\nshift\\"));
        QVERIFY(quoted);
        QVERIFY(removeWebhookAuth(*m_store, quoted->methodId));
        {
            QSqlDatabase rdb = m_store->readConnection();
            QSqlQuery q(rdb);
            QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_events WHERE action LIKE 'webhook_auth_%'")));
            while (q.next()) {
                QJsonParseError e;
                QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &e);
                QVERIFY2(e.error == QJsonParseError::NoError, qPrintable(q.value(0).toString()));
            }
        }

        // Remove both: open again.
        QVERIFY(removeWebhookAuth(*m_store, key->methodId));
        QVERIFY(removeWebhookAuth(*m_store, basic->methodId));
        QVERIFY(removeWebhookAuth(*m_store, custom->methodId));
        m_inbox->reloadRoutes();
        QCOMPARE(post(m_intakePath, "{}").status, 202);
    }

    void constantTimeCompare()
    {
        QVERIFY(constantTimeEquals("abc", "abc"));
        QVERIFY(!constantTimeEquals("abc", "abd"));
        QVERIFY(!constantTimeEquals("abc", "abcd"));
        QVERIFY(constantTimeEquals("", ""));
        const QString hash = hashWebhookSecret("s3cret");
        QVERIFY(hash.startsWith(QLatin1String("sha256:")));
        QVERIFY(verifyWebhookSecret(hash, "s3cret"));
        QVERIFY(!verifyWebhookSecret(hash, "s3cret "));
        QVERIFY(hashWebhookSecret("s3cret") != hash); // salted
    }

    void disabledTrigger()
    {
        QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE triggers SET enabled = 0 WHERE id = ?"), {m_intakeTrigger});
        }));
        m_inbox->reloadRoutes();
        const Reply r = post(m_intakePath, "{}");
        QCOMPARE(r.status, 403);
        QVERIFY(r.body.contains("disabled"));
        QVERIFY(m_store->writeAndWait([&](QSqlDatabase &db) {
            return exec(db, QStringLiteral("UPDATE triggers SET enabled = 1 WHERE id = ?"), {m_intakeTrigger});
        }));
        m_inbox->reloadRoutes();
        QCOMPARE(post(m_intakePath, "{}").status, 202);
    }

    void afterCompletionReplies()
    {
        QSignalSpy created(m_inbox.get(), &InboxServer::workOrderCreated);
        // Finish the run ourselves, as the engine would.
        connect(m_inbox.get(), &InboxServer::workOrderCreated, this, [this](qint64 workOrder, qint64) {
            QTimer::singleShot(50, this, [this, workOrder] {
                m_inbox->workOrderFinished(workOrder, QStringLiteral("success"), R"({"data":{"saved":1}})");
            });
        }, Qt::SingleShotConnection);
        const Reply r = post(m_syncPath, R"({"x":1})");
        QCOMPARE(r.status, 201); // the configured status and body template
        const auto json = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("received")).toString(),
                 QString::number(created.first().first().toLongLong()));
        // No run result in time: 202 with the ids, still accepted.
        const Reply late = post(m_syncPath, R"({"x":2})");
        QCOMPARE(late.status, 202);
        QVERIFY(late.body.contains("did not finish in time"));
    }

    void concurrentRequestsGroupCommit()
    {
        const quint64 writes = m_store->committedWrites();
        const quint64 batches = m_store->committedBatches();
        QList<QNetworkReply *> replies;
        for (int i = 0; i < 60; ++i) {
            QNetworkRequest request(QUrl(m_inbox->baseUrl() + m_intakePath));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
            replies << m_net.post(request, QStringLiteral("{\"n\":%1}").arg(i).toUtf8());
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.begin(), replies.end(), [](QNetworkReply *r) { return r->isFinished(); }),
                                 30000);
        for (QNetworkReply *r : replies) {
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 202);
            r->deleteLater();
        }
        QVERIFY(m_store->committedWrites() - writes >= 60);
        QVERIFY(m_store->committedBatches() - batches < m_store->committedWrites() - writes);
    }

    void portInUseIsExplained()
    {
        InboxOptions options;
        options.port = m_inbox->port();
        InboxServer second(*m_store, options);
        const Status s = second.listen();
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains(QLatin1String("--listen HOST:PORT")), qPrintable(s.error().message));
    }
};

QTEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
