// The Inbox view over 500 received requests of every kind (offscreen): paging, filters,
// counts, the detail pane (secrets never shown), opening the work order, and live rows
// written by another connection. With SB_SCREENSHOTS (or SB_SCREENSHOT_DIR) set, saves
// docs/screenshots/inbox.png from a realistic inbox.

#include "testsupport.h"

#include "inbox/inboxmodel.h"
#include "inbox/inboxview.h"
#include "inbox/messagequery.h"
#include "store/store.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace sb;

namespace {

// Credentials a sender put in its headers; none may ever appear in the view.
const QString kBasicSecret = QStringLiteral("Basic Y29tbWNhcmU6aHVudGVyMg==");
const QString kKeySecret = QStringLiteral("sk-live-7d1e0c5a9b");

struct Fixture
{
    qint64 clinicsId = 0, otherId = 0;
    qint64 intakeWf = 0, referralsWf = 0, otherWf = 0;
    qint64 intakeTrigger = 0, referralsTrigger = 0, otherTrigger = 0;
    qint64 baseMs = 1767225600000; // 2026-01-01T00:00:00Z; message i arrives i minutes later
};

// Message i (1-based, id = i): what happened to it.
QString outcomeOf(int i)
{
    if (i % 20 == 9)
        return QStringLiteral("unknown_path");
    if (i % 10 == 3)
        return QStringLiteral("auth_failed");
    if (i % 25 == 7)
        return QStringLiteral("not_json");
    if (i % 50 == 11)
        return QStringLiteral("too_large");
    if (i % 100 == 42)
        return QStringLiteral("trigger_disabled");
    return QStringLiteral("accepted");
}

// Which trigger message i was sent to: the other project's every 7th, referrals every 3rd.
int triggerOf(int i)
{
    if (outcomeOf(i) == QLatin1String("unknown_path"))
        return 0;
    return i % 7 == 0 ? 3 : i % 3 == 0 ? 2 : 1;
}

qint64 insertRow(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        bindValue(q, b);
    if (!q.exec()) {
        if (error->isEmpty())
            *error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

struct Project
{
    qint64 id = 0;
    QList<qint64> workflows;
    QList<qint64> triggers;
};

// A project with one webhook trigger per workflow name; the first has an API-key method.
Project insertProject(QSqlDatabase &db, const QString &name, const QStringList &workflows, qint64 t0, QString *error)
{
    Project p;
    p.id = insertRow(db, QStringLiteral("INSERT INTO projects (name, created_at, updated_at) VALUES (?, ?, ?)"), {name, t0, t0},
                     error);
    int position = 0;
    for (const QString &wf : workflows) {
        const QString key = wf.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
        const qint64 wfId = insertRow(db, QStringLiteral("INSERT INTO workflows (project_id, key, name, position, created_at, "
                                                         "updated_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                      {p.id, key, wf, position, t0, t0}, error);
        const qint64 trigger = insertRow(db, QStringLiteral("INSERT INTO triggers (workflow_id, key, type, webhook_id, updated_at) "
                                                            "VALUES (?, 'webhook', 'webhook', ?, ?)"),
                                         {wfId, QStringLiteral("%1-%2").arg(key).arg(p.id), t0}, error);
        p.workflows << wfId;
        p.triggers << trigger;
        ++position;
    }
    insertRow(db, QStringLiteral("INSERT INTO trigger_auth_methods (trigger_id, kind, name, header_name, keychain_ref, "
                                 "created_at) VALUES (?, 'api_key', 'CommCare', 'x-commcare-key', '', ?)"),
              {p.triggers.first(), t0}, error);
    return p;
}

struct NewMessage
{
    qint64 id = 0; // 0 = next
    qint64 triggerId = 0;
    qint64 workflowId = 0;
    qint64 projectId = 0;
    qint64 receivedAt = 0;
    QString method = QStringLiteral("POST");
    QString path;
    QString remote = QStringLiteral("203.0.113.24");
    QString headers = QStringLiteral("{}");
    QString body;      // accepted: the JSON body
    qint64 bodySize = -1;
    QString outcome;
    int status = 0;
    QString reason;
    QString replyBody;
};

// Writes a message as the inbox does: accepted ones with their input dataclip and work order.
qint64 insertMessage(QSqlDatabase &db, NewMessage m, QString *error)
{
    QVariant dataclip, workOrder;
    if (m.outcome == QLatin1String("accepted")) {
        const QString input = QStringLiteral(R"({"data":%1,"request":{"method":"POST","path":"%2","query":{},"headers":{"content-type":"application/json"}}})")
                                  .arg(m.body, m.path);
        dataclip = insertRow(db, QStringLiteral("INSERT INTO dataclips (project_id, type, body, size, created_at) "
                                                "VALUES (?, 'http_request', ?, ?, ?)"),
                             {m.projectId, input, input.size(), m.receivedAt}, error);
        workOrder = insertRow(db, QStringLiteral("INSERT INTO work_orders (workflow_id, trigger_id, dataclip_id, state, "
                                                 "input_summary, created_at, last_activity_at) VALUES (?, ?, ?, 'success', '', ?, ?)"),
                              {m.workflowId, m.triggerId, dataclip, m.receivedAt, m.receivedAt + 900}, error);
        if (m.replyBody.isEmpty())
            m.replyBody = QStringLiteral(R"({"work_order_id":%1,"run_id":%1})").arg(workOrder.toLongLong());
        if (m.status == 0)
            m.status = 202;
    }
    if (m.replyBody.isEmpty())
        m.replyBody = QStringLiteral(R"({"error":"%1"})").arg(m.reason);
    const qint64 id = insertRow(
        db,
        QStringLiteral("INSERT INTO messages (id, trigger_id, received_at, method, path, remote_address, headers, body_size, "
                       "dataclip_id, outcome, reply_status, reply_body, reason, work_order_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.id > 0 ? QVariant(m.id) : QVariant(), m.triggerId > 0 ? QVariant(m.triggerId) : QVariant(), m.receivedAt, m.method,
         m.path, m.remote, m.headers, m.bodySize >= 0 ? m.bodySize : qint64(m.body.toUtf8().size()), dataclip, m.outcome,
         m.status, m.replyBody, m.reason, workOrder},
        error);
    if (workOrder.isValid())
        insertRow(db, QStringLiteral("UPDATE work_orders SET message_id = ? WHERE id = ?"), {id, workOrder}, error);
    return id;
}

QString fill(Store &store, int count, Fixture *fx)
{
    QString error;
    const Status s = store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const Project clinics = insertProject(db, QStringLiteral("Clinics"), {QStringLiteral("Intake"), QStringLiteral("Referrals")},
                                              fx->baseMs, &error);
        const Project other = insertProject(db, QStringLiteral("Other"), {QStringLiteral("Surveys")}, fx->baseMs, &error);
        fx->clinicsId = clinics.id;
        fx->otherId = other.id;
        fx->intakeWf = clinics.workflows.at(0);
        fx->referralsWf = clinics.workflows.at(1);
        fx->otherWf = other.workflows.at(0);
        fx->intakeTrigger = clinics.triggers.at(0);
        fx->referralsTrigger = clinics.triggers.at(1);
        fx->otherTrigger = other.triggers.at(0);
        for (int i = 1; i <= count && error.isEmpty(); ++i) {
            NewMessage m;
            m.id = i;
            m.outcome = outcomeOf(i);
            m.receivedAt = fx->baseMs + qint64(i) * 60000;
            switch (triggerOf(i)) {
            case 1: m.triggerId = fx->intakeTrigger; m.workflowId = fx->intakeWf; m.projectId = fx->clinicsId; break;
            case 2: m.triggerId = fx->referralsTrigger; m.workflowId = fx->referralsWf; m.projectId = fx->clinicsId; break;
            case 3: m.triggerId = fx->otherTrigger; m.workflowId = fx->otherWf; m.projectId = fx->otherId; break;
            default: break;
            }
            m.path = m.triggerId > 0 ? QStringLiteral("/i/trigger-%1").arg(m.triggerId) : QStringLiteral("/webhooks/commcare");
            m.headers = QStringLiteral(R"({"content-type":"application/json","user-agent":"CommCareHQ/2.53"})");
            if (m.outcome == QLatin1String("accepted")) {
                m.body = QStringLiteral(R"({"form":{"patient":{"id":"P%1","name":"Name%1"}},"domain":"clinics"})").arg(i);
            } else if (m.outcome == QLatin1String("auth_failed")) {
                m.status = 401;
                m.reason = QStringLiteral("The credentials sent match none of this trigger's auth methods.");
                // As an older build stored them: the values in clear. The view must not show them.
                m.headers = QStringLiteral(R"({"authorization":"%1","x-commcare-key":"%2","user-agent":"curl/8.5"})")
                                .arg(kBasicSecret, kKeySecret);
                m.bodySize = 120;
            } else if (m.outcome == QLatin1String("not_json")) {
                m.status = 400;
                m.reason = QStringLiteral("The body is not JSON: error at line 3, column 7 (byte 41).");
                m.bodySize = 60;
            } else if (m.outcome == QLatin1String("too_large")) {
                m.status = 413;
                m.reason = QStringLiteral("The body (12582912 bytes) is larger than the limit of 10485760 bytes.");
                m.bodySize = 12582912;
                m.headers = QStringLiteral("{}");
            } else if (m.outcome == QLatin1String("unknown_path")) {
                m.status = 404;
                m.reason = QStringLiteral("No webhook trigger has the path /webhooks/commcare.");
            } else {
                m.status = 403;
                m.reason = QStringLiteral("Workflow \"Referrals\" is disabled.");
            }
            insertMessage(db, m, &error);
        }
        return error.isEmpty() ? Status(Ok{}) : Status(makeError(error));
    });
    return s ? QString() : s.error().message;
}

int expectedCount(int count, const std::function<bool(int)> &match)
{
    int n = 0;
    for (int i = 1; i <= count; ++i)
        n += match(i);
    return n;
}

void selectOutcome(QComboBox *combo, const QStringList &outcomes)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).isValid() && combo->itemData(i).toStringList() == outcomes) {
            combo->setCurrentIndex(i);
            return;
        }
    QFAIL("no such outcome item");
}

// Every text the detail pane shows.
QString detailTexts(const InboxView &view)
{
    QString all;
    for (const QLabel *l : view.findChild<QWidget *>(QStringLiteral("inboxDetail"))->findChildren<QLabel *>())
        all += l->text() + l->toolTip() + QLatin1Char('\n');
    const auto *headers = view.findChild<QTableWidget *>(QStringLiteral("detailHeaders"));
    for (int r = 0; r < headers->rowCount(); ++r)
        for (int c = 0; c < headers->columnCount(); ++c)
            if (const QTableWidgetItem *item = headers->item(r, c))
                all += item->text() + item->toolTip() + QLatin1Char('\n');
    for (const QPlainTextEdit *e : view.findChildren<QPlainTextEdit *>())
        all += e->toPlainText() + e->placeholderText() + QLatin1Char('\n');
    for (int c = 0; c < view.model()->columnCount(); ++c)
        for (int r = 0; r < view.model()->rowCount(); ++r)
            all += view.model()->index(r, c).data(Qt::ToolTipRole).toString();
    return all;
}

} // namespace

class TestInboxView final : public QObject
{
    Q_OBJECT

    static constexpr int kCount = 500;
    test::TempDir m_dir;
    std::unique_ptr<Store> m_store;
    Fixture m_fx;

    void loadAll(InboxView &view)
    {
        QTRY_VERIFY(!view.model()->isLoading() && view.model()->rowCount() > 0);
        while (view.model()->canFetchMore({})) {
            const int before = view.model()->rowCount();
            view.model()->fetchMore({});
            QTRY_VERIFY(view.model()->rowCount() > before || view.model()->atEnd());
        }
        QTRY_VERIFY(!view.model()->isLoading());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto opened = Store::open(m_dir.file(QStringLiteral("inbox.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        m_store = std::move(opened.value());
        const QString error = fill(*m_store, kCount, &m_fx);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void keysetPages()
    {
        QSqlDatabase db = m_store->readConnection();
        qint64 before = 0;
        QList<qint64> seen;
        for (int page = 0; page < 3; ++page) {
            const Result<MessagePage> p = loadMessagePage(db, {}, before, 200);
            QVERIFY(p.ok());
            QCOMPARE(p->rows.size(), page < 2 ? 200 : kCount - 400);
            QCOMPARE(p->atEnd, page == 2);
            for (const MessageRow &r : p->rows)
                seen << r.id;
            before = p->continueBefore;
        }
        QCOMPARE(seen.size(), kCount);
        for (int i = 0; i < kCount; ++i)
            QCOMPARE(seen.at(i), qint64(kCount - i));
        // Filtered pages skip what does not match without gaps.
        MessageFilter f;
        f.outcomes = {QStringLiteral("auth_failed")};
        const Result<MessagePage> p = loadMessagePage(db, f, 0, 10);
        QVERIFY(p.ok());
        QCOMPARE(p->rows.size(), 10);
        QCOMPARE(p->rows.first().id, qint64(493));
        QCOMPARE(p->rows.last().id, qint64(403));
        const Result<MessageCounts> counts = countMessagesByOutcome(db, f); // the outcomes aside
        QVERIFY(counts.ok());
        QCOMPARE(counts->total, qint64(kCount));
        QCOMPARE(counts->byOutcome.value(QStringLiteral("auth_failed")),
                 qint64(expectedCount(kCount, [](int i) { return outcomeOf(i) == QLatin1String("auth_failed"); })));
    }

    void pagesInNewestFirstAndCounts()
    {
        InboxView view(*m_store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 800);
        view.show();
        // The first page arrives off the GUI thread; scrolling brings the next ones.
        QTRY_VERIFY(view.model()->rowCount() >= InboxModel::kPageSize);
        QCOMPARE(view.model()->messageId(0), qint64(kCount));
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), kCount);
        QVERIFY(!view.model()->canFetchMore({}));
        for (int r = 0; r < kCount; ++r)
            QCOMPARE(view.model()->messageId(r), qint64(kCount - r));

        // The header line counts every request, split into accepted and refused.
        QTRY_VERIFY(view.countsReady());
        const int accepted = expectedCount(kCount, [](int i) { return outcomeOf(i) == QLatin1String("accepted"); });
        QCOMPARE(view.counts().total, qint64(kCount));
        QCOMPARE(view.counts().accepted(), qint64(accepted));
        QCOMPARE(view.counts().refused(), qint64(kCount - accepted));
        const QLocale locale;
        const QString expected = QStringLiteral("%1 requests · %2 accepted · %3 refused")
                                     .arg(locale.toString(kCount), locale.toString(accepted), locale.toString(kCount - accepted));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("inboxCounts"))->text(), expected);

        // The columns a person reads.
        const int row = view.model()->rowOf(13); // auth_failed, intake
        QVERIFY(row >= 0);
        auto cell = [&](int column) { return view.model()->index(row, column).data().toString(); };
        QCOMPARE(cell(InboxModel::Method), QStringLiteral("POST"));
        QCOMPARE(cell(InboxModel::Path), QStringLiteral("/i/trigger-%1").arg(m_fx.intakeTrigger));
        QCOMPARE(cell(InboxModel::Trigger), QStringLiteral("Intake"));
        QCOMPARE(cell(InboxModel::Outcome), QStringLiteral("Auth failed"));
        QCOMPARE(cell(InboxModel::Status), QStringLiteral("401"));
        QVERIFY(cell(InboxModel::Reason).contains(QStringLiteral("match none")));
        QCOMPARE(view.model()->index(row, InboxModel::Received).data().toString(),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_fx.baseMs + 13 * 60000, Qt::UTC).toLocalTime(),
                                    QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        const int unknownRow = view.model()->rowOf(9);
        QCOMPARE(view.model()->index(unknownRow, InboxModel::Trigger).data().toString(), QStringLiteral("—"));
        QCOMPARE(view.model()->index(unknownRow, InboxModel::Status).data().toString(), QStringLiteral("404"));
        // Accepted and refused look different.
        QVERIFY(view.model()->index(row, InboxModel::Outcome).data(Qt::ForegroundRole)
                != view.model()->index(view.model()->rowOf(1), InboxModel::Outcome).data(Qt::ForegroundRole));
    }

    void filtersByOutcomeTriggerAndPath()
    {
        InboxView view(*m_store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() > 0);
        auto *outcome = view.findChild<QComboBox *>(QStringLiteral("outcomeFilter"));
        auto *trigger = view.findChild<QComboBox *>(QStringLiteral("triggerFilter"));
        auto *path = view.findChild<QLineEdit *>(QStringLiteral("pathSearch"));
        QVERIFY(outcome && trigger && path);

        // Refused: every reason, none accepted, across pages.
        selectOutcome(outcome, refusedMessageOutcomes());
        QCOMPARE(view.filter().outcomes, refusedMessageOutcomes());
        loadAll(view);
        const int refused = expectedCount(kCount, [](int i) { return outcomeOf(i) != QLatin1String("accepted"); });
        QCOMPARE(view.model()->rowCount(), refused);
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QVERIFY(!view.model()->rowAt(r).isAccepted());
        QTRY_VERIFY(view.countsReady());
        QVERIFY(view.countsText().startsWith(QStringLiteral("%1 shown · ").arg(QLocale().toString(refused))));
        // The combo says how many each choice has.
        QVERIFY(outcome->currentText().contains(QLocale().toString(refused)));

        // One reason.
        selectOutcome(outcome, {QStringLiteral("not_json")});
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), expectedCount(kCount, [](int i) { return outcomeOf(i) == QLatin1String("not_json"); }));
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->rowAt(r).outcome, QStringLiteral("not_json"));

        // One trigger (its combo lists the webhook triggers of every project).
        selectOutcome(outcome, {});
        QTRY_VERIFY(trigger->findData(m_fx.referralsTrigger) > 0);
        trigger->setCurrentIndex(trigger->findData(m_fx.referralsTrigger));
        QCOMPARE(view.filter().triggerId, m_fx.referralsTrigger);
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), expectedCount(kCount, [](int i) { return triggerOf(i) == 2; }));
        for (int r = 0; r < view.model()->rowCount(); ++r)
            QCOMPARE(view.model()->rowAt(r).workflowName, QStringLiteral("Referrals"));
        trigger->setCurrentIndex(0);

        // A path typed in the box (debounced): the unknown paths.
        path->setText(QStringLiteral("WEBHOOKS/"));
        QTRY_COMPARE(view.filter().pathContains, QStringLiteral("WEBHOOKS/"));
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), expectedCount(kCount, [](int i) { return triggerOf(i) == 0; }));
        QTRY_VERIFY(view.countsReady());
        QCOMPARE(view.counts().total, qint64(view.model()->rowCount()));
        path->clear();

        // setFilter() moves the controls.
        MessageFilter f;
        f.outcomes = {QStringLiteral("too_large")};
        f.sinceMs = m_fx.baseMs + 100 * 60000;
        view.setFilter(f);
        QCOMPARE(outcome->currentData().toStringList(), f.outcomes);
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), expectedCount(kCount, [](int i) {
                     return i >= 100 && outcomeOf(i) == QLatin1String("too_large");
                 }));

        // A combination the menu does not offer gets an item of its own.
        f = MessageFilter();
        f.outcomes = {QStringLiteral("too_large"), QStringLiteral("not_json")};
        view.setFilter(f);
        QCOMPARE(outcome->currentData().toStringList(), f.outcomes);
        QVERIFY(outcome->currentText().startsWith(QStringLiteral("Too large, Not JSON")));
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), expectedCount(kCount, [](int i) {
                     return outcomeOf(i) == QLatin1String("too_large") || outcomeOf(i) == QLatin1String("not_json");
                 }));
        // The refusals in another order are still "Refused".
        f.outcomes = refusedMessageOutcomes();
        std::reverse(f.outcomes.begin(), f.outcomes.end());
        view.setFilter(f);
        QCOMPARE(outcome->currentData().toStringList(), refusedMessageOutcomes());

        // A project: its triggers' requests and those that matched no trigger.
        view.setFilter({});
        view.setProjectId(m_fx.otherId);
        loadAll(view);
        QCOMPARE(view.model()->rowCount(), expectedCount(kCount, [](int i) { return triggerOf(i) == 3 || triggerOf(i) == 0; }));
        QTRY_COMPARE(trigger->count(), 2); // "All triggers" and Surveys
        QCOMPARE(trigger->itemData(1).toLongLong(), m_fx.otherTrigger);
    }

    void detailShowsWhatHappenedWithoutSecrets()
    {
        InboxView view(*m_store);
        view.resize(1200, 800);
        view.show();
        QSignalSpy loaded(&view, &InboxView::detailLoaded);
        QSignalSpy open(&view, &InboxView::openWorkOrderRequested);
        QTRY_VERIFY(view.model()->rowCount() > 0);
        // The newest request is shown without asking.
        QTRY_COMPARE(view.selectedMessageId(), qint64(kCount));
        QTRY_VERIFY(!loaded.isEmpty());
        auto *button = view.findChild<QPushButton *>(QStringLiteral("openWorkOrderButton"));
        auto *body = view.findChild<QPlainTextEdit *>(QStringLiteral("detailBody"));
        auto *reply = view.findChild<QPlainTextEdit *>(QStringLiteral("detailReply"));
        auto *summary = view.findChild<QLabel *>(QStringLiteral("detailSummary"));
        auto *headers = view.findChild<QTableWidget *>(QStringLiteral("detailHeaders"));
        auto *bodyNote = view.findChild<QLabel *>(QStringLiteral("detailBodyNote"));
        QVERIFY(button && body && reply && summary && headers && bodyNote);

        // A refusal: the reason, the headers with the credentials hidden, no body, the reply.
        loaded.clear();
        view.selectMessage(kCount - 7); // 493: auth_failed
        QTRY_COMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toLongLong(), qint64(kCount - 7));
        QCOMPARE(view.detail().row.outcome, QStringLiteral("auth_failed"));
        QVERIFY(summary->text().contains(QStringLiteral("match none of this trigger")));
        QVERIFY(summary->text().contains(QStringLiteral("203.0.113.24")));
        QVERIFY(!button->isEnabled());
        QCOMPARE(headers->rowCount(), 3);
        QStringList names;
        for (int r = 0; r < headers->rowCount(); ++r)
            names << headers->item(r, 0)->text();
        QCOMPARE(names, (QStringList{QStringLiteral("authorization"), QStringLiteral("x-commcare-key"),
                                     QStringLiteral("user-agent")}));
        QCOMPARE(headers->item(2, 1)->text(), QStringLiteral("curl/8.5"));
        QVERIFY(body->toPlainText().isEmpty());
        QVERIFY(body->placeholderText().contains(QStringLiteral("without their body")));
        QVERIFY(reply->toPlainText().contains(QStringLiteral("\"error\": ")));
        const QString shown = detailTexts(view);
        QVERIFY2(!shown.contains(kBasicSecret) && !shown.contains(QStringLiteral("Y29tbWNhcmU6aHVudGVyMg")),
                 "the Authorization value is shown");
        QVERIFY2(!shown.contains(kKeySecret), "the API key is shown");
        // The core query redacts too (the CLI and other views rely on it).
        QSqlDatabase db = m_store->readConnection();
        const Result<MessageDetail> raw = loadMessage(db, kCount - 7);
        QVERIFY(raw.ok());
        QCOMPARE(raw->headers.at(0).second, QString::fromLatin1(kRedacted));
        QCOMPARE(raw->headers.at(1).second, QString::fromLatin1(kRedacted));

        // An accepted request: the body as sent (indented, without the run's request
        // envelope), the reply, and its work order one click away.
        loaded.clear();
        view.selectMessage(kCount - 2); // 498: accepted
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(view.detail().row.isAccepted());
        QVERIFY(view.detail().row.workOrderId > 0);
        QVERIFY(body->toPlainText().contains(QStringLiteral("\"id\": \"P498\"")));
        QVERIFY(body->placeholderText().isEmpty());
        QVERIFY(body->toPlainText().startsWith(QStringLiteral("{\n  \"form\": {")));
        QVERIFY(!body->toPlainText().contains(QStringLiteral("\"request\"")));
        QVERIFY(reply->toPlainText().contains(QStringLiteral("\"work_order_id\": %1").arg(view.detail().row.workOrderId)));
        QVERIFY(summary->text().contains(QStringLiteral("Work order %1 created").arg(view.detail().row.workOrderId)));
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toLongLong(), view.detail().row.workOrderId);
        // Double-click (activate) on the row does the same.
        emit view.table()->activated(view.model()->index(view.model()->rowOf(kCount - 2), 0));
        QCOMPARE(open.size(), 2);
        // Activating a refusal opens nothing.
        emit view.table()->activated(view.model()->index(view.model()->rowOf(kCount - 7), 0));
        QCOMPARE(open.size(), 2);

        // A body the retention policy erased says so.
        const Status erased = m_store->writeAndWait([&](QSqlDatabase &w) {
            return exec(w, QStringLiteral("UPDATE dataclips SET body = NULL, wiped_at = ? WHERE id = "
                                          "(SELECT dataclip_id FROM messages WHERE id = ?)"),
                        {m_fx.baseMs, kCount - 4});
        });
        QVERIFY(erased.ok());
        loaded.clear();
        view.selectMessage(kCount - 4);
        QTRY_COMPARE(loaded.size(), 1);
        QVERIFY(body->placeholderText().contains(QStringLiteral("retention policy")));
        QVERIFY(body->toPlainText().isEmpty());
    }

    void liveRowsFromAnotherConnection()
    {
        InboxView view(*m_store);
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(1200, 800);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() > 0);
        QTRY_VERIFY(view.countsReady());
        const qint64 total = view.counts().total;
        const qint64 top = view.model()->messageId(0);

        // Another process on the same file (a headless engine's inbox) receives a request
        // whose reply waits for its run.
        const QString name = QStringLiteral("other-process");
        qint64 newId = 0;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(m_store->path());
            QVERIFY(other.open());
            QSqlQuery(other).exec(QStringLiteral("PRAGMA busy_timeout = 10000"));
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO messages (trigger_id, received_at, method, path, headers, body_size, "
                                           "outcome, reply_status, reply_body, reason) VALUES (%1, %2, 'POST', "
                                           "'/i/live-one', '{}', 10, 'accepted', 0, '', '')")
                                .arg(m_fx.intakeTrigger)
                                .arg(m_fx.baseMs + 1000 * 60000)),
                     qPrintable(q.lastError().text()));
            newId = q.lastInsertId().toLongLong();
        }
        // It appears on top, the selection stays, and the counts follow.
        const qint64 selected = view.selectedMessageId();
        QTRY_COMPARE(view.model()->messageId(0), newId);
        QCOMPARE(view.model()->messageId(1), top);
        QCOMPARE(view.selectedMessageId(), selected);
        QCOMPARE(view.model()->index(0, InboxModel::Status).data().toString(), QStringLiteral("waiting"));
        QTRY_COMPARE(view.counts().total, total + 1);

        // Its reply goes out when the run ends: the row changes in place, and the detail
        // of the selected request follows.
        view.selectMessage(newId);
        QTRY_COMPARE(view.detail().row.id, newId);
        {
            QSqlDatabase other = QSqlDatabase::database(name);
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("UPDATE messages SET reply_status = 200, reply_body = '{\"ok\":true}' WHERE id = %1")
                               .arg(newId)));
        }
        QTRY_COMPARE(view.model()->index(0, InboxModel::Status).data().toString(), QStringLiteral("200"));
        QTRY_COMPARE(view.detail().row.replyStatus, 200);
        QVERIFY(view.findChild<QPlainTextEdit *>(QStringLiteral("detailReply"))->toPlainText().contains(QStringLiteral("\"ok\": true")));
        QSqlDatabase::removeDatabase(name);
    }

    void longBodiesAreCutForDisplay()
    {
        // 1.5 MB re-indented is over the display limit; 9 MB is shown from its raw text.
        qint64 mid = 0, huge = 0;
        QString error;
        const Status s = m_store->writeAndWait([&](QSqlDatabase &db) -> Status {
            for (int size : {1500 * 1000, 9 * 1000 * 1000}) {
                NewMessage m;
                m.outcome = QStringLiteral("accepted");
                m.triggerId = m_fx.intakeTrigger;
                m.workflowId = m_fx.intakeWf;
                m.projectId = m_fx.clinicsId;
                m.receivedAt = m_fx.baseMs + 2000 * 60000;
                m.path = QStringLiteral("/i/long");
                m.body = QStringLiteral(R"({"rows":[)") + QStringLiteral(R"({"n":1},)").repeated(size / 8)
                         + QStringLiteral(R"({"n":2}]})");
                (size < 2000000 ? mid : huge) = insertMessage(db, m, &error);
            }
            return error.isEmpty() ? Status(Ok{}) : Status(makeError(error));
        });
        QVERIFY2(s.ok(), qPrintable(error));
        QSqlDatabase db = m_store->readConnection();
        const Result<MessageDetail> a = loadMessage(db, mid);
        QVERIFY(a.ok());
        QVERIFY(a->bodyTruncated);
        QCOMPARE(a->body.size(), kMaxBodyDisplayChars);
        QVERIFY(a->body.startsWith(QStringLiteral("{\n  \"rows\": [")));
        const Result<MessageDetail> b = loadMessage(db, huge);
        QVERIFY(b.ok());
        QVERIFY(b->bodyTruncated);
        QCOMPARE(b->body.size(), kMaxBodyDisplayChars);
        QVERIFY(b->body.startsWith(QStringLiteral(R"({"rows":[{"n":1},)")));

        InboxView view(*m_store);
        view.show();
        QTRY_VERIFY(view.model()->rowOf(mid) >= 0);
        QSignalSpy loaded(&view, &InboxView::detailLoaded);
        view.selectMessage(mid);
        QTRY_VERIFY(!loaded.isEmpty() && view.detail().row.id == mid);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("detailBodyNote"))->text().contains(QStringLiteral("beginning")));
    }

    // A realistic inbox for the documentation.
    void screenshot()
    {
        QString path;
        if (const QString dir = qEnvironmentVariable("SB_SCREENSHOT_DIR"); !dir.isEmpty())
            path = QDir(dir).filePath(QStringLiteral("inbox.png"));
        else if (qEnvironmentVariableIsSet("SB_SCREENSHOTS"))
            path = QDir(test::sourceDir()).filePath(QStringLiteral("docs/screenshots/inbox.png"));
        if (path.isEmpty())
            QSKIP("set SB_SCREENSHOTS to save docs/screenshots/inbox.png");

        test::TempDir dir;
        auto opened = Store::open(dir.file(QStringLiteral("shot.db")));
        QVERIFY(opened.ok());
        std::unique_ptr<Store> store = std::move(opened.value());
        qint64 selected = 0;
        QString error;
        const Status s = store->writeAndWait([&](QSqlDatabase &db) -> Status {
            const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 3 * 3600 * 1000;
            const Project p = insertProject(db, QStringLiteral("MiracleFeet Cambodia"),
                                            {QStringLiteral("CommCare to Salesforce"), QStringLiteral("Clinic SMS reminders")}, t0,
                                            &error);
            const QString commcare = QStringLiteral("/i/8f14e45f-ceea-467a-9b1e-2c6d0a5f3b7e");
            const QString sms = QStringLiteral("/i/c9f0f895-fb98-4ab9-9d4a-1a7e6b2c0d31");
            insertRow(db, QStringLiteral("UPDATE triggers SET webhook_id = ? WHERE id = ?"), {commcare.mid(3), p.triggers.at(0)}, &error);
            insertRow(db, QStringLiteral("UPDATE triggers SET webhook_id = ? WHERE id = ?"), {sms.mid(3), p.triggers.at(1)}, &error);
            const QStringList clinics = {QStringLiteral("KH-PNH-004"), QStringLiteral("KH-BTB-011"), QStringLiteral("KH-SRP-002")};
            const QStringList names = {QStringLiteral("Sokha Chea"), QStringLiteral("Dara Lim"), QStringLiteral("Bopha Kim"),
                                       QStringLiteral("Vibol Sok"), QStringLiteral("Srey Mom"), QStringLiteral("Rithy Chan")};
            const QString commcareHeaders = QStringLiteral(
                R"json({"content-type":"application/json","user-agent":"CommCareHQ/2.53 (formforwarding)","x-forwarded-for":"52.44.10.7","accept-encoding":"gzip, deflate","content-length":"%1","x-commcare-key":"[redacted]"})json");
            qint64 at = t0;
            for (int i = 0; i < 40 && error.isEmpty(); ++i) {
                at += 240000 + (i * 37 % 11) * 13000;
                NewMessage m;
                m.receivedAt = at;
                m.remote = QStringLiteral("52.44.10.7");
                const bool toSms = i % 5 == 4;
                m.triggerId = p.triggers.at(toSms ? 1 : 0);
                m.workflowId = p.workflows.at(toSms ? 1 : 0);
                m.projectId = p.id;
                m.path = toSms ? sms : commcare;
                m.outcome = QStringLiteral("accepted");
                const QString name = names.at(i % names.size());
                m.body = QStringLiteral(
                    R"({"domain":"miraclefeet-cambodia","form":{"@name":"Patient Registration","@xmlns":"http:\/\/openrosa.org\/formdesigner\/5C3A1F2E","patient":{"name":"%1","sex":"%2","date_of_birth":"2025-%3-1%4","clubfoot_side":"%5"},"clinic_id":"%6","ponseti_stage":"casting","meta":{"instanceID":"6b1f%7c2e-41d8-4c8e-9a77-0f3e5d%8a1b2","timeEnd":"2026-03-0%9T08:4%4:12.000Z","username":"clinician.%10"}},"received_on":"2026-03-0%9T08:4%4:15.118Z","id":"6b1f%7c2e-41d8-4c8e-9a77-0f3e5d%8a1b2"})")
                             .arg(name, i % 2 ? QStringLiteral("female") : QStringLiteral("male"))
                             .arg(1 + i % 9, 2, 10, QLatin1Char('0'))
                             .arg(i % 10)
                             .arg(i % 3 ? QStringLiteral("left") : QStringLiteral("both"), clinics.at(i % 3))
                             .arg(1000 + i)
                             .arg(2000 + i * 7)
                             .arg(1 + i % 8)
                             .arg(clinics.at(i % 3).toLower().mid(3, 3));
                m.headers = commcareHeaders.arg(m.body.size());
                if (toSms) {
                    m.body = QStringLiteral(R"({"contact":{"phone":"+85512345%1","language":"km"},"clinic_id":"%2","appointment":"2026-03-1%3T09:00:00+07:00"})")
                                 .arg(100 + i)
                                 .arg(clinics.at(i % 3))
                                 .arg(i % 10);
                    m.headers = QStringLiteral(R"({"content-type":"application/json","user-agent":"Primero/2.11","content-length":"%1"})")
                                    .arg(m.body.size());
                }
                switch (i) {
                case 31:
                    m.outcome = QStringLiteral("auth_failed");
                    m.status = 401;
                    m.reason = QStringLiteral("The credentials sent match none of this trigger's auth methods.");
                    m.headers = QStringLiteral(R"({"authorization":"[redacted]","content-type":"application/json","user-agent":"python-requests/2.31.0","content-length":"612"})");
                    m.remote = QStringLiteral("198.51.100.23");
                    m.method = QStringLiteral("POST");
                    break;
                case 34:
                    m.outcome = QStringLiteral("too_large");
                    m.status = 413;
                    m.reason = QStringLiteral("The body (14680064 bytes) is larger than this trigger's limit of 10485760 bytes.");
                    m.bodySize = 14680064;
                    m.headers = QStringLiteral(R"json({"content-type":"application/json","user-agent":"CommCareHQ/2.53 (case export)","content-length":"14680064"})json");
                    break;
                case 36:
                    m.outcome = QStringLiteral("not_json");
                    m.status = 400;
                    m.reason = QStringLiteral("The body is not JSON: error at line 14, column 3 (byte 412).");
                    m.bodySize = 873;
                    m.headers = QStringLiteral(R"json({"content-type":"application/xml","user-agent":"CommCareHQ/2.53 (formforwarding)","content-length":"873"})json");
                    break;
                case 38:
                    m.outcome = QStringLiteral("unknown_path");
                    m.status = 404;
                    m.triggerId = 0;
                    m.path = QStringLiteral("/i/commcare-forms");
                    m.reason = QStringLiteral("No webhook trigger has the path /i/commcare-forms.");
                    m.bodySize = 1204;
                    m.remote = QStringLiteral("41.203.18.5");
                    m.headers = QStringLiteral(R"json({"content-type":"application/json","user-agent":"CommCareHQ/2.53 (formforwarding)","content-length":"1204"})json");
                    break;
                default: break;
                }
                if (m.outcome != QLatin1String("accepted"))
                    m.replyBody = QStringLiteral(R"({"error":"%1"})").arg(QString(m.reason).replace(QLatin1Char('"'), QStringLiteral("\\\"")));
                const qint64 id = insertMessage(db, m, &error);
                if (i == 37)
                    selected = id;
            }
            return error.isEmpty() ? Status(Ok{}) : Status(makeError(error));
        });
        QVERIFY2(s.ok(), qPrintable(s ? QString() : s.error().message));

        InboxView view(*store);
        view.resize(1280, 860);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() == 40);
        QTRY_VERIFY(view.countsReady());
        QSignalSpy loaded(&view, &InboxView::detailLoaded);
        view.selectMessage(selected);
        QTRY_VERIFY(!loaded.isEmpty() && view.detail().row.id == selected);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QVERIFY(view.grab().save(path));
    }
};

QTEST_MAIN(TestInboxView)
#include "tst_inboxview.moc"
