// Adaptors against the built-in sandbox: Primero, Infobip, OSCaR, HIS, DHIS2, OpenMRS,
// RapidPro and CHT. Each test runs a small job through the real runtime and checks the
// exact requests the sandbox recorded and the step's final state.

#include "runtime/jobruntime.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxsystem.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace sb;
using sb::sandbox::RecordedRequest;

namespace {

struct Run
{
    StepResult result;
    QJsonObject state;
    QString error() const { return result.error ? result.error->message : QString(); }
};

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

// The query as sent, decoded by hand: '+' and %20 both mean a space, %5B a bracket.
QList<QPair<QString, QString>> queryItems(const RecordedRequest &r)
{
    QList<QPair<QString, QString>> out;
    const auto decode = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
    for (const QByteArray &pair : r.query.toUtf8().split('&')) {
        if (pair.isEmpty())
            continue;
        const int eq = pair.indexOf('=');
        out.append({decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return out;
}

QString queryValue(const RecordedRequest &r, const QString &key)
{
    for (const auto &item : queryItems(r)) {
        if (item.first == key)
            return item.second;
    }
    return {};
}

bool hasQueryKey(const RecordedRequest &r, const QString &key)
{
    for (const auto &item : queryItems(r)) {
        if (item.first == key)
            return true;
    }
    return false;
}

QByteArray header(const RecordedRequest &r, const QByteArray &name)
{
    for (const auto &h : r.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString describe(const QList<RecordedRequest> &requests)
{
    QStringList lines;
    for (const auto &r : requests)
        lines << QStringLiteral("%1 %2?%3 → %4").arg(QString::fromLatin1(r.method), r.path, r.query).arg(r.status);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestAdaptorsB : public QObject
{
    Q_OBJECT

private:
    sandbox::Sandbox m_sandbox;
    std::unique_ptr<JobRuntime> m_runtime;

    // Runs source with the adaptor against the system's sandbox configuration (plus
    // overrides). Skips the test when this build's sandbox has no such system yet.
    Run run(const QString &adaptor, const QString &system, const QString &source,
            const QJsonObject &overrides = {}, const QByteArray &input = QByteArrayLiteral("{}"))
    {
        QJsonObject config = m_sandbox.configuration(system);
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            config.insert(it.key(), it.value());
        StepRequest req;
        req.source = source;
        req.adaptor = adaptor;
        req.inputState = input;
        req.configuration = QJsonDocument(config).toJson(QJsonDocument::Compact);
        req.limits.timeoutMs = 120000;
        Run out;
        out.result = m_runtime->run(req);
        out.state = json(out.result.finalState);
        return out;
    }

    bool hasSystem(const QString &id) const { return !m_sandbox.configuration(id).isEmpty(); }

    QList<RecordedRequest> requests(const QString &system) const { return m_sandbox.requests(system); }

private Q_SLOTS:
    void initTestCase()
    {
        const Status started = m_sandbox.start();
        QVERIFY2(started.ok(), qPrintable(started.error().message));
        QVERIFY(m_sandbox.isRunning());
        m_runtime = std::make_unique<JobRuntime>();
        const Status up = m_runtime->status();
        QVERIFY2(up.ok(), qPrintable(up.error().message));
    }

    void init()
    {
        m_sandbox.reset();
        m_sandbox.clearRequests();
    }

    // ---- Primero -------------------------------------------------------------------------
    void primeroTokenLoginAndCasesWithReferrals()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"),
                          QStringLiteral("getCases({ remote: true }, { withReferrals: true });"));
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QVERIFY(reqs.size() >= 3);

        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("primero"));
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/v2/tokens"));
        QCOMPARE(json(reqs[0].body),
                 (QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("user_name"), cfg.value(QStringLiteral("user"))},
                                                                   {QStringLiteral("password"), cfg.value(QStringLiteral("password"))}}}}));

        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v2/cases"));
        QCOMPARE(reqs[1].query, QStringLiteral("remote=true"));
        QVERIFY(header(reqs[1], "Authorization").startsWith("Bearer "));

        const QJsonArray cases = r.state.value(QStringLiteral("data")).toArray();
        QVERIFY(!cases.isEmpty());
        QCOMPARE(reqs.size(), 2 + cases.size()); // one referrals request per case
        bool sawReferral = false;
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            QCOMPARE(reqs[2 + i].method, QByteArray("GET"));
            QCOMPARE(reqs[2 + i].path, QStringLiteral("/api/v2/cases/%1/referrals").arg(c.value(QStringLiteral("id")).toString()));
            QCOMPARE(header(reqs[2 + i], "Authorization"), header(reqs[1], "Authorization"));
            QVERIFY(c.value(QStringLiteral("referrals")).isArray());
            for (const auto &ref : c.value(QStringLiteral("referrals")).toArray()) {
                QCOMPARE(ref.toObject().value(QStringLiteral("record_id")).toString(), c.value(QStringLiteral("id")).toString());
                sawReferral = true;
            }
        }
        QVERIFY(sawReferral);
        QVERIFY(r.state.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("total")));
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray(), (QJsonArray{QJsonObject()}) /* the input state had no data: the runtime starts it as {} */);
        QVERIFY(!r.state.contains(QStringLiteral("auth")));
        QVERIFY(!r.state.contains(QStringLiteral("configuration")));
    }

    void primeroUpsertCreatesThenUpdates()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"), QStringLiteral(
            "upsertCase({ externalIds: ['case_id'], data: { case_id: 'sb-test-0001', name_first: 'Ana', sex: 'female' } });\n"
            "upsertCase({ externalIds: ['case_id'], data: state => ({ case_id: 'sb-test-0001', name_first: 'Anna' }) });\n"));
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 5);

        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v2/cases"));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("remote")), QStringLiteral("true"));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("case_id")), QStringLiteral("sb-test-0001"));

        QCOMPARE(reqs[2].method, QByteArray("POST"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/v2/cases"));
        QCOMPARE(json(reqs[2].body),
                 (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("case_id"), QStringLiteral("sb-test-0001")},
                                                                   {QStringLiteral("name_first"), QStringLiteral("Ana")},
                                                                   {QStringLiteral("sex"), QStringLiteral("female")}}}}));

        QCOMPARE(reqs[3].method, QByteArray("GET"));
        QCOMPARE(queryValue(reqs[3], QStringLiteral("case_id")), QStringLiteral("sb-test-0001"));

        const QJsonObject created = r.state.value(QStringLiteral("references")).toArray().last().toObject();
        const QString id = created.value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(reqs[4].method, QByteArray("PATCH"));
        QCOMPARE(reqs[4].path, QStringLiteral("/api/v2/cases/%1").arg(id));
        QCOMPARE(json(reqs[4].body),
                 (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("case_id"), QStringLiteral("sb-test-0001")},
                                                                   {QStringLiteral("name_first"), QStringLiteral("Anna")}}}}));

        const QJsonObject data = r.state.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(data.value(QStringLiteral("name_first")).toString(), QStringLiteral("Anna"));
        QCOMPARE(data.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));

        int matches = 0; // no duplicate in Primero
        for (const auto &c : m_sandbox.data().all(QStringLiteral("primero"), QStringLiteral("cases")))
            matches += c.second.value(QStringLiteral("case_id")).toString() == QLatin1String("sb-test-0001");
        QCOMPARE(matches, 1);
    }

    void primeroUpsertByRecordIdDropsIt()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const auto seeded = m_sandbox.data().all(QStringLiteral("primero"), QStringLiteral("cases"));
        QVERIFY(!seeded.isEmpty());
        const QString id = seeded.first().first;
        const Run r = run(QStringLiteral("@openfn/language-primero@2.12.4"), QStringLiteral("primero"), QStringLiteral(
            "upsertCase({ externalIds: ['record_id', 'oscar_number'], data: { record_id: '%1', name_nickname: 'Kiki' } });").arg(id));
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(queryValue(reqs[1], QStringLiteral("record_id")), id);
        QVERIFY(!hasQueryKey(reqs[1], QStringLiteral("oscar_number"))); // no value, not searched
        QCOMPARE(reqs[2].method, QByteArray("PATCH"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/v2/cases/%1").arg(id));
        QCOMPARE(json(reqs[2].body),
                 (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("name_nickname"), QStringLiteral("Kiki")}}}}));
        QCOMPARE(r.state.value(QStringLiteral("data")).toObject().value(QStringLiteral("name_nickname")).toString(), QStringLiteral("Kiki"));
    }

    void primeroUpsertWithoutIdValuesIsRefused()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"),
                          QStringLiteral("upsertCase({ externalIds: ['case_id'], data: { name_first: 'X' } });"));
        QCOMPARE(r.result.reason, ExitReason::Fail);
        QVERIFY2(r.error().contains(QLatin1String("externalIds")), qPrintable(r.error()));
        QCOMPARE(requests(QStringLiteral("primero")).size(), 1); // the login only
    }

    void primeroBasicAuth()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"),
                          QStringLiteral("getLookups({ per: 5 });\ngetForms();\ngetLocations();"),
                          QJsonObject{{QStringLiteral("basicAuth"), true}});
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3); // no token request
        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("primero"));
        const QByteArray basic = "Basic " + (cfg.value(QStringLiteral("user")).toString() + QLatin1Char(':')
                                             + cfg.value(QStringLiteral("password")).toString()).toUtf8().toBase64();
        QCOMPARE(reqs[0].path, QStringLiteral("/api/v2/lookups"));
        QCOMPARE(reqs[0].query, QStringLiteral("per=5"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v2/forms"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/v2/locations"));
        for (const auto &q : reqs)
            QCOMPARE(header(q, "Authorization"), basic);
        QVERIFY(r.state.value(QStringLiteral("data")).isArray());
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray().size(), 3);
    }

    void primeroReferralsAndCaseFunctions()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const auto referrals = m_sandbox.data().all(QStringLiteral("primero"), QStringLiteral("referrals"));
        QVERIFY(!referrals.isEmpty());
        const QJsonObject referral = referrals.first().second;
        const QString caseId = referral.value(QStringLiteral("record_id")).toString();
        const QString refId = referral.value(QStringLiteral("id")).toString();
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"), QStringLiteral(
            "getReferrals({ externalId: 'record_id', id: '%1' });\n"
            "updateReferral({ caseExternalId: 'record_id', caseId: '%1', id: '%2', data: { status: 'accepted' } });\n"
            "createCase({ data: { name_first: 'Bo', sex: 'male' } });\n"
            "updateCase($.data.id, { data: { age: 7 } });\n").arg(caseId, refId));
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 5);
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v2/cases/%1/referrals").arg(caseId));
        QCOMPARE(reqs[2].method, QByteArray("PATCH"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/v2/cases/%1/referrals/%2").arg(caseId, refId));
        QCOMPARE(json(reqs[2].body), (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}}}}));
        QCOMPARE(reqs[3].method, QByteArray("POST"));
        QCOMPARE(reqs[3].path, QStringLiteral("/api/v2/cases"));
        const QJsonObject data = r.state.value(QStringLiteral("data")).toObject();
        QCOMPARE(reqs[4].path, QStringLiteral("/api/v2/cases/%1").arg(data.value(QStringLiteral("id")).toString()));
        QCOMPARE(json(reqs[4].body), (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("age"), 7}}}}));
        QCOMPARE(data.value(QStringLiteral("age")).toInt(), 7);
        QCOMPARE(data.value(QStringLiteral("name_first")).toString(), QStringLiteral("Bo"));
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray().size(), 4);
    }

    void primeroCreateReferralsThenUpdateReferrals()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const auto seeded = m_sandbox.data().all(QStringLiteral("primero"), QStringLiteral("cases"));
        QVERIFY(!seeded.isEmpty());
        const QString caseId = seeded.first().first;
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"), QStringLiteral(
            "createReferrals({ data: { ids: ['%1'], transitioned_to: 'sb_social_worker', notes: 'please follow up' } });\n"
            "fn(s => { s.created = s.data; return s; });\n"
            "updateReferrals(s => ({ caseExternalId: 'record_id', caseId: '%1', id: s.created[0].id, data: { status: 'accepted' } }));\n").arg(caseId));
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[1].method, QByteArray("POST"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v2/cases/referrals"));
        QCOMPARE(reqs[1].query, QString());
        QCOMPARE(json(reqs[1].body),
                 (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("ids"), QJsonArray{caseId}},
                                                                   {QStringLiteral("transitioned_to"), QStringLiteral("sb_social_worker")},
                                                                   {QStringLiteral("notes"), QStringLiteral("please follow up")}}}}));
        QVERIFY(header(reqs[1], "Authorization").startsWith("Bearer "));
        QVERIFY(header(reqs[1], "Content-Type").startsWith("application/json"));
        QCOMPARE(reqs[1].status, 200);

        const QJsonArray created = r.state.value(QStringLiteral("created")).toArray();
        QCOMPARE(created.size(), 1);
        const QJsonObject referral = created[0].toObject();
        const QString refId = referral.value(QStringLiteral("id")).toString();
        QVERIFY(!refId.isEmpty());
        QCOMPARE(referral.value(QStringLiteral("record_id")).toString(), caseId);
        QCOMPARE(referral.value(QStringLiteral("status")).toString(), QStringLiteral("in_progress"));
        QCOMPARE(referral.value(QStringLiteral("transitioned_to")).toString(), QStringLiteral("sb_social_worker"));

        QCOMPARE(reqs[2].method, QByteArray("PATCH"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/v2/cases/%1/referrals/%2").arg(caseId, refId));
        QCOMPARE(json(reqs[2].body), (QJsonObject{{QStringLiteral("data"), QJsonObject{{QStringLiteral("status"), QStringLiteral("accepted")}}}}));
        const QJsonObject data = r.state.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toString(), refId);
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
        QCOMPARE(m_sandbox.data().get(QStringLiteral("primero"), QStringLiteral("referrals"), refId).value(QStringLiteral("status")).toString(),
                 QStringLiteral("accepted"));
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray().size(), 2);

        // createReferrals without ids: Primero's 422 fails the step
        m_sandbox.clearRequests();
        const Run bad = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"),
                            QStringLiteral("createReferrals({ data: { transitioned_to: 'x' } });"));
        QCOMPARE(bad.result.reason, ExitReason::Fail);
        QVERIFY2(bad.error().contains(QLatin1String("422")), qPrintable(bad.error()));
    }

    void primeroV11CookieSession()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const Run r = run(QStringLiteral("@openfn/language-primero@1.0.7"), QStringLiteral("primero"),
                          QStringLiteral("getCases({ remote: true, scope: { sex: 'list||female' } }, state => { state.count = state.data.length; return state; });"));
        const auto reqs = requests(QStringLiteral("primero"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/login"));
        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("primero"));
        QCOMPARE(json(reqs[0].body), (QJsonObject{{QStringLiteral("user_name"), cfg.value(QStringLiteral("user"))},
                                                  {QStringLiteral("password"), cfg.value(QStringLiteral("password"))}}));
        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/cases"));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("remote")), QStringLiteral("true"));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("scope[sex]")), QStringLiteral("list||female"));
        QVERIFY(header(reqs[1], "Cookie").contains("_primero_session="));
        QVERIFY(header(reqs[1], "Authorization").isEmpty());
        const QJsonArray cases = r.state.value(QStringLiteral("data")).toArray();
        QVERIFY(!cases.isEmpty());
        for (const auto &c : cases)
            QCOMPARE(c.toObject().value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
        QCOMPARE(r.state.value(QStringLiteral("count")).toInt(), cases.size());
    }

    void primeroBadPasswordFails()
    {
        if (!hasSystem(QStringLiteral("primero")))
            QSKIP("the sandbox has no Primero system in this build");
        const Run r = run(QStringLiteral("@openfn/language-primero@3.0.0"), QStringLiteral("primero"),
                          QStringLiteral("getCases({ remote: true });"),
                          QJsonObject{{QStringLiteral("password"), QStringLiteral("wrong")}});
        QCOMPARE(r.result.reason, ExitReason::Fail);
        QVERIFY2(r.error().contains(QLatin1String("401")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("Invalid")), qPrintable(r.error()));
        QCOMPARE(requests(QStringLiteral("primero")).size(), 1);
    }

    // ---- Infobip -------------------------------------------------------------------------
    void infobipScheduleStatusRescheduleCancel()
    {
        if (!hasSystem(QStringLiteral("infobip")))
            QSKIP("the sandbox has no Infobip system in this build");
        // Within Infobip's 180 days, whenever the test runs.
        const QString firstAt = QDateTime::currentDateTimeUtc().addDays(7).toString(QStringLiteral("yyyy-MM-ddT08:00:00.000+0000"));
        const QString secondAt = QDateTime::currentDateTimeUtc().addDays(8).toString(QStringLiteral("yyyy-MM-ddT08:00:00.000+0000"));
        const Run r = run(QStringLiteral("@openfn/language-infobip@2.0.0"), QStringLiteral("infobip"), QStringLiteral(
            "sendSMS({ bulkId: 'sb-bulk-1', messages: [{ from: 'Clinic', destinations: [{ to: '255700000001' }], text: 'Hello', sendAt: 'FIRST_AT' }] });\n"
            "getBulkStatus('sb-bulk-1');\n"
            "rescheduleBulk('sb-bulk-1', 'SECOND_AT');\n"
            "getBulk('sb-bulk-1');\n"
            "cancelBulk($.references[1].bulkId);\n"
            "getBulkStatus('sb-bulk-1');\n").replace(QStringLiteral("FIRST_AT"), firstAt).replace(QStringLiteral("SECOND_AT"), secondAt));
        const auto reqs = requests(QStringLiteral("infobip"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 6);
        const QByteArray auth = "App " + m_sandbox.configuration(QStringLiteral("infobip")).value(QStringLiteral("apiKey")).toString().toUtf8();
        for (const auto &q : reqs)
            QCOMPARE(header(q, "Authorization"), auth);

        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/sms/2/text/advanced"));
        const QJsonObject sent = json(reqs[0].body);
        QCOMPARE(sent.value(QStringLiteral("bulkId")).toString(), QStringLiteral("sb-bulk-1"));
        const QJsonObject msg = sent.value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(msg.value(QStringLiteral("text")).toString(), QStringLiteral("Hello"));
        QCOMPARE(msg.value(QStringLiteral("sendAt")).toString(), firstAt);
        QCOMPARE(msg.value(QStringLiteral("destinations")).toArray(), (QJsonArray{QJsonObject{{QStringLiteral("to"), QStringLiteral("255700000001")}}}));

        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/sms/1/bulks/status"));
        QCOMPARE(reqs[1].query, QStringLiteral("bulkId=sb-bulk-1"));
        QCOMPARE(reqs[2].method, QByteArray("PUT"));
        QCOMPARE(reqs[2].path, QStringLiteral("/sms/1/bulks"));
        QCOMPARE(reqs[2].query, QStringLiteral("bulkId=sb-bulk-1"));
        QCOMPARE(json(reqs[2].body), (QJsonObject{{QStringLiteral("sendAt"), secondAt}}));
        QCOMPARE(reqs[3].method, QByteArray("GET"));
        QCOMPARE(reqs[3].path, QStringLiteral("/sms/1/bulks"));
        QCOMPARE(reqs[4].method, QByteArray("PUT"));
        QCOMPARE(reqs[4].path, QStringLiteral("/sms/1/bulks/status"));
        QCOMPARE(reqs[4].query, QStringLiteral("bulkId=sb-bulk-1"));
        QCOMPARE(json(reqs[4].body), (QJsonObject{{QStringLiteral("status"), QStringLiteral("CANCELED")}}));

        const QJsonArray refs = r.state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs.size(), 6);
        QCOMPARE(refs[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        QCOMPARE(r.state.value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("CANCELED"));
        QCOMPARE(r.state.value(QStringLiteral("data")).toObject().value(QStringLiteral("bulkId")).toString(), QStringLiteral("sb-bulk-1"));
    }

    void infobipLogsReportsAndUnknownBulk()
    {
        if (!hasSystem(QStringLiteral("infobip")))
            QSKIP("the sandbox has no Infobip system in this build");
        const Run r = run(QStringLiteral("@openfn/language-infobip@2.0.0"), QStringLiteral("infobip"), QStringLiteral(
            "sendSMS({ to: '255700000002', text: 'Now', from: 'Clinic', bulkId: 'sb-bulk-2' });\n"
            "getLogs({ bulkId: 'sb-bulk-2' });\n"
            "getReports({ bulkId: 'sb-bulk-2' });\n"
            "getBulkStatus('no-such-bulk');\n"));
        const auto reqs = requests(QStringLiteral("infobip"));
        QCOMPARE(r.result.reason, ExitReason::Fail);
        QVERIFY2(r.error().contains(QLatin1String("404")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("NOT_FOUND")), qPrintable(r.error()));
        QCOMPARE(reqs.size(), 4);
        QCOMPARE(json(reqs[0].body).value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("destinations")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("to"), QStringLiteral("255700000002")}}}));
        QCOMPARE(reqs[1].path, QStringLiteral("/sms/1/logs"));
        QCOMPARE(reqs[1].query, QStringLiteral("bulkId=sb-bulk-2"));
        QCOMPARE(reqs[2].path, QStringLiteral("/sms/1/reports"));
        QCOMPARE(reqs[2].query, QStringLiteral("bulkId=sb-bulk-2"));
        QCOMPARE(reqs[3].query, QStringLiteral("bulkId=no-such-bulk"));
    }

    // ---- OSCaR ---------------------------------------------------------------------------
    void oscarHeaderAuth()
    {
        if (!hasSystem(QStringLiteral("oscar")))
            QSKIP("the sandbox has no OSCaR system in this build");
        const Run r = run(QStringLiteral("@switchboard/language-oscar@1.0.0"), QStringLiteral("oscar"),
                          QStringLiteral("getClients('2020-01-01 00:00:00');\nget('/api/v1/organizations/clients', { since_date: '2999-01-01 00:00:00' });"));
        const auto reqs = requests(QStringLiteral("oscar"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("oscar"));
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/v1/admin_auth/sign_in"));
        QCOMPARE(json(reqs[0].body), (QJsonObject{{QStringLiteral("email"), cfg.value(QStringLiteral("email"))},
                                                  {QStringLiteral("password"), cfg.value(QStringLiteral("password"))}}));
        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v1/organizations/clients"));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("since_date")), QStringLiteral("2020-01-01 00:00:00"));
        QVERIFY(!header(reqs[1], "access-token").isEmpty());
        QVERIFY(!header(reqs[1], "client").isEmpty());
        QCOMPARE(QString::fromUtf8(header(reqs[1], "uid")), cfg.value(QStringLiteral("email")).toString());
        QCOMPARE(reqs[1].status, 200);
        QCOMPARE(reqs[2].status, 200);
        QVERIFY(!header(reqs[2], "access-token").isEmpty());

        const QJsonArray refs = r.state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs.size(), 2);
        const QJsonArray clients = refs[1].toArray();
        QVERIFY(!clients.isEmpty());
        QVERIFY(clients.first().toObject().contains(QStringLiteral("global_id")));
        QVERIFY(r.state.value(QStringLiteral("data")).toObject().value(QStringLiteral("data")).toArray().isEmpty());
    }

    void oscarUpsertAndStatusUpdates()
    {
        if (!hasSystem(QStringLiteral("oscar")))
            QSKIP("the sandbox has no OSCaR system in this build");
        const Run r = run(QStringLiteral("@switchboard/language-oscar@1.0.0"), QStringLiteral("oscar"), QStringLiteral(
            "upsertClient({ external_id: 'sb-ext-1', external_id_display: 'ext1', given_name: 'Dara', family_name: 'Sok', gender: 'female', "
            "date_of_birth: '2015-02-03', organization_name: 'cif', location_current_village_code: '01070101', services: [] });\n"
            "updateLinks([{ external_id: 'sb-ext-1', global_id: 'G1', external_id_display: 'ext1', organization_name: 'cif' }]);\n"
            "updateReferralStatuses([{ external_id: 'sb-ext-1', organization_name: 'cif', referral_status: 'Accepted' }]);\n"));
        const auto reqs = requests(QStringLiteral("oscar"));
        QCOMPARE(reqs.size(), 4);
        QCOMPARE(reqs[1].method, QByteArray("POST"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v1/organizations/clients/upsert"));
        QCOMPARE(json(reqs[1].body).value(QStringLiteral("organization")).toObject().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("sb-ext-1"));
        QCOMPARE(reqs[2].method, QByteArray("PUT"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/v1/organizations/clients/update_links"));
        QCOMPARE(json(reqs[2].body).value(QStringLiteral("data")).toArray().size(), 1);
        QCOMPARE(reqs[3].method, QByteArray("PUT"));
        QCOMPARE(reqs[3].path, QStringLiteral("/api/v1/organizations/referrals/update_statuses"));
        QCOMPARE(json(reqs[3].body).value(QStringLiteral("data")).toArray().first().toObject().value(QStringLiteral("referral_status")).toString(),
                 QStringLiteral("Accepted"));
        for (int i = 1; i < reqs.size(); ++i)
            QVERIFY(!header(reqs[i], "access-token").isEmpty());
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray()[1].toObject().value(QStringLiteral("external_id")).toString(),
                 QStringLiteral("sb-ext-1"));
    }

    // ---- HIS -----------------------------------------------------------------------------
    void hisUnknownPersonFailsWithStatusAndBody()
    {
        if (!hasSystem(QStringLiteral("his")))
            QSKIP("the sandbox has no HIS system in this build");
        const Run r = run(QStringLiteral("@switchboard/language-his@1.0.0"), QStringLiteral("his"),
                          QStringLiteral("findPerson('0000000000000', ['interventions', 'riskmodel']);"));
        const auto reqs = requests(QStringLiteral("his"));
        QCOMPARE(r.result.reason, ExitReason::Fail);
        QVERIFY2(r.error().contains(QLatin1String("404")), qPrintable(r.error()));
        QVERIFY2(r.error().contains(QLatin1String("MODEL_NOT_FOUND")), qPrintable(r.error()));
        QCOMPARE(reqs.size(), 2);
        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("his"));
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/Users/login"));
        QCOMPARE(json(reqs[0].body), (QJsonObject{{QStringLiteral("email"), cfg.value(QStringLiteral("email"))},
                                                  {QStringLiteral("password"), cfg.value(QStringLiteral("password"))}}));
        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/people/findOne"));
        QCOMPARE(json(queryValue(reqs[1], QStringLiteral("filter")).toUtf8()),
                 (QJsonObject{{QStringLiteral("where"), QJsonObject{{QStringLiteral("cid"), QStringLiteral("0000000000000")}}},
                              {QStringLiteral("include"), QJsonArray{QStringLiteral("interventions"), QStringLiteral("riskmodel")}}}));
        const QString token = queryValue(reqs[1], QStringLiteral("access_token"));
        QVERIFY(!token.isEmpty());
        QVERIFY2(!r.error().contains(token), "the token must not appear in the error");
        QCOMPARE(reqs[1].status, 404);
    }

    void hisPersonAndInterventions()
    {
        if (!hasSystem(QStringLiteral("his")))
            QSKIP("the sandbox has no HIS system in this build");
        const Run r = run(QStringLiteral("@switchboard/language-his@1.0.0"), QStringLiteral("his"), QStringLiteral(
            "findPerson('3411100424351');\n"
            "createIntervention({ cid: '3411100424351', type: 'home_visit', date: '2024-03-01' });\n"
            "updateIntervention($.data.id, { status: 'done' });\n"
            "getInterventions({ where: { cid: '3411100424351' } });\n"),
            QJsonObject{{QStringLiteral("verifyTls"), false}});
        const auto reqs = requests(QStringLiteral("his"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 5);
        QCOMPARE(reqs[2].method, QByteArray("POST"));
        QCOMPARE(reqs[2].path, QStringLiteral("/interventions"));
        const QString id = r.state.value(QStringLiteral("references")).toArray()[2].toObject().value(QStringLiteral("id")).toVariant().toString();
        QCOMPARE(reqs[3].method, QByteArray("PATCH"));
        QCOMPARE(reqs[3].path, QStringLiteral("/interventions/%1").arg(id));
        QCOMPARE(json(reqs[3].body), (QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}}));
        QCOMPARE(reqs[4].path, QStringLiteral("/interventions"));
        for (int i = 1; i < reqs.size(); ++i)
            QVERIFY(!queryValue(reqs[i], QStringLiteral("access_token")).isEmpty());
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray()[1].toObject().value(QStringLiteral("cid")).toString(),
                 QStringLiteral("3411100424351"));
        QVERIFY(r.state.value(QStringLiteral("data")).isArray());
    }

    void hisPatchUpsertsThenUpdates()
    {
        if (!hasSystem(QStringLiteral("his")))
            QSKIP("the sandbox has no HIS system in this build");
        const Run r = run(QStringLiteral("@switchboard/language-his@1.0.0"), QStringLiteral("his"), QStringLiteral(
            "patch('/interventions', { cid: '3411100424351', type: 'phone_call', date: '2024-04-01' });\n"
            "fn(s => { s.first = s.data; return s; });\n"
            "patch(s => `/interventions/${s.first.id}`, { status: 'done' }, s => { s.called = true; return s; });\n"));
        const auto reqs = requests(QStringLiteral("his"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[1].method, QByteArray("PATCH"));
        QCOMPARE(reqs[1].path, QStringLiteral("/interventions"));
        QCOMPARE(json(reqs[1].body), (QJsonObject{{QStringLiteral("cid"), QStringLiteral("3411100424351")},
                                                  {QStringLiteral("type"), QStringLiteral("phone_call")},
                                                  {QStringLiteral("date"), QStringLiteral("2024-04-01")}}));
        QVERIFY(header(reqs[1], "Content-Type").startsWith("application/json"));
        QCOMPARE(header(reqs[1], "Accept"), QByteArray("application/json"));
        const QString token = queryValue(reqs[1], QStringLiteral("access_token"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(queryItems(reqs[1]).size(), 1); // the token only
        const QString id = r.state.value(QStringLiteral("first")).toObject().value(QStringLiteral("id")).toVariant().toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(reqs[2].method, QByteArray("PATCH"));
        QCOMPARE(reqs[2].path, QStringLiteral("/interventions/%1").arg(id));
        QCOMPARE(json(reqs[2].body), (QJsonObject{{QStringLiteral("status"), QStringLiteral("done")}}));
        QCOMPARE(queryValue(reqs[2], QStringLiteral("access_token")), token);
        const QJsonObject data = r.state.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("id")).toVariant().toString(), id);
        QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(data.value(QStringLiteral("type")).toString(), QStringLiteral("phone_call"));
        QCOMPARE(r.state.value(QStringLiteral("called")).toBool(), true);
        QCOMPARE(m_sandbox.data().get(QStringLiteral("his"), QStringLiteral("interventions"), id).value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
    }

    // ---- DHIS2 ---------------------------------------------------------------------------
    void dhis2TrackerUpsertExportAndDataValues()
    {
        if (!hasSystem(QStringLiteral("dhis2")))
            QSKIP("the sandbox has no DHIS2 system in this build");
        const Run r = run(QStringLiteral("@openfn/language-dhis2@6.0.0"), QStringLiteral("dhis2"), QStringLiteral(
            "upsert('trackedEntities', {}, { trackedEntity: 'sbTe0000001', orgUnit: 'DiszpKrYNg8', trackedEntityType: 'nEenWmSyUEp', "
            "attributes: [{ attribute: 'w75KJ2mc4zz', value: 'Ama' }] });\n"
            "tracker.export('trackedEntities', { orgUnit: 'DiszpKrYNg8', trackedEntityType: 'nEenWmSyUEp' });\n"
            "create('dataValueSets', { dataSet: 'BfMAe6Itzgt', period: '202401', orgUnit: 'DiszpKrYNg8', dataValues: [{ dataElement: 's46m5MS0hxu', value: '12' }] });\n"));
        const auto reqs = requests(QStringLiteral("dhis2"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QVERIFY2(reqs[0].path.endsWith(QLatin1String("/tracker")), qPrintable(reqs[0].path));
        QCOMPARE(queryValue(reqs[0], QStringLiteral("async")), QStringLiteral("false"));
        QCOMPARE(queryValue(reqs[0], QStringLiteral("importStrategy")), QStringLiteral("CREATE_AND_UPDATE"));
        const QJsonArray tes = json(reqs[0].body).value(QStringLiteral("trackedEntities")).toArray();
        QCOMPARE(tes.size(), 1);
        QCOMPARE(tes[0].toObject().value(QStringLiteral("trackedEntity")).toString(), QStringLiteral("sbTe0000001"));
        QVERIFY(header(reqs[0], "Authorization").startsWith("Basic "));
        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QVERIFY2(reqs[1].path.endsWith(QLatin1String("/tracker/trackedEntities")), qPrintable(reqs[1].path));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("orgUnit")), QStringLiteral("DiszpKrYNg8"));
        QCOMPARE(reqs[2].method, QByteArray("POST"));
        QVERIFY2(reqs[2].path.endsWith(QLatin1String("/dataValueSets")), qPrintable(reqs[2].path));
        QCOMPARE(json(reqs[2].body).value(QStringLiteral("period")).toString(), QStringLiteral("202401"));
        const QJsonObject exported = r.state.value(QStringLiteral("references")).toArray()[2].toObject();
        const QJsonArray list = exported.contains(QStringLiteral("instances")) ? exported.value(QStringLiteral("instances")).toArray()
                                                                                 : exported.value(QStringLiteral("trackedEntities")).toArray();
        bool found = false;
        for (const auto &te : list)
            found |= te.toObject().value(QStringLiteral("trackedEntity")).toString() == QLatin1String("sbTe0000001");
        QVERIFY2(found, "the imported tracked entity is exported");
    }

    void dhis2PersonalAccessToken()
    {
        if (!hasSystem(QStringLiteral("dhis2")))
            QSKIP("the sandbox has no DHIS2 system in this build");
        const Run r = run(QStringLiteral("@openfn/language-dhis2@6.0.0"), QStringLiteral("dhis2"),
                          QStringLiteral("get('dataValueSets', { dataSet: 'BfMAe6Itzgt', period: '202401', orgUnit: 'DiszpKrYNg8' });"),
                          QJsonObject{{QStringLiteral("pat"), QStringLiteral("d2pat_sandbox")}});
        const auto reqs = requests(QStringLiteral("dhis2"));
        QVERIFY(!reqs.isEmpty());
        QCOMPARE(header(reqs[0], "Authorization"), QByteArray("ApiToken d2pat_sandbox"));
        QCOMPARE(reqs[0].method, QByteArray("GET"));
        QVERIFY(reqs[0].path.endsWith(QLatin1String("/dataValueSets")));
        QCOMPARE(queryValue(reqs[0], QStringLiteral("period")), QStringLiteral("202401"));
        Q_UNUSED(r);
    }

    void dhis2TrackerImportExportDestroyAndHelpers()
    {
        if (!hasSystem(QStringLiteral("dhis2")))
            QSKIP("the sandbox has no DHIS2 system in this build");
        const Run r = run(QStringLiteral("@openfn/language-dhis2@6.0.0"), QStringLiteral("dhis2"), QStringLiteral(
            "tracker.import('CREATE', { trackedEntities: [{ trackedEntity: 'sbTe0000002', orgUnit: 'DiszpKrYNg8', trackedEntityType: 'nEenWmSyUEp', "
            "attributes: [attr('w75KJ2mc4zz', 'Kofi'), util.attr('zDhUuAYrxNC', 'Mensah')] }] }, { atomicMode: 'ALL' });\n"
            "fn(s => { s.imported = s.data; return s; });\n"
            "tracker.export('trackedEntities/sbTe0000002');\n"
            "fn(s => {\n"
            "  s.helpers = {\n"
            "    byId: findAttributeValueById(s.data, 'w75KJ2mc4zz'),\n"
            "    missing: findAttributeValueById(s.data, 'nope') === undefined,\n"
            "    byName: findAttributeValue({ attributes: [{ attribute: 'x', displayName: 'First name', value: 'Kofi' }] }, 'first NAME'),\n"
            "    noAttributes: findAttributeValue({}, 'First name') === undefined,\n"
            "    dv: dv('s46m5MS0hxu', 3),\n"
            "    attr: attr('w75KJ2mc4zz', 'A'),\n"
            "  };\n"
            "  return s;\n"
            "});\n"
            "destroy('trackedEntities', 'sbTe0000002');\n"));
        const auto reqs = requests(QStringLiteral("dhis2"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/tracker"));
        QCOMPARE(queryValue(reqs[0], QStringLiteral("async")), QStringLiteral("false"));
        QCOMPARE(queryValue(reqs[0], QStringLiteral("importStrategy")), QStringLiteral("CREATE"));
        QCOMPARE(queryValue(reqs[0], QStringLiteral("atomicMode")), QStringLiteral("ALL"));
        const QJsonObject te = json(reqs[0].body).value(QStringLiteral("trackedEntities")).toArray().at(0).toObject();
        QCOMPARE(te.value(QStringLiteral("attributes")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("attribute"), QStringLiteral("w75KJ2mc4zz")}, {QStringLiteral("value"), QStringLiteral("Kofi")}},
                             QJsonObject{{QStringLiteral("attribute"), QStringLiteral("zDhUuAYrxNC")}, {QStringLiteral("value"), QStringLiteral("Mensah")}}}));
        QVERIFY(header(reqs[0], "Authorization").startsWith("Basic "));
        QCOMPARE(r.state.value(QStringLiteral("imported")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
        QCOMPARE(r.state.value(QStringLiteral("imported")).toObject().value(QStringLiteral("stats")).toObject().value(QStringLiteral("created")).toInt(), 1);

        QCOMPARE(reqs[1].method, QByteArray("GET"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/tracker/trackedEntities/sbTe0000002"));
        QCOMPARE(reqs[1].query, QString());

        QCOMPARE(r.state.value(QStringLiteral("helpers")).toObject(),
                 (QJsonObject{{QStringLiteral("byId"), QStringLiteral("Kofi")},
                              {QStringLiteral("missing"), true},
                              {QStringLiteral("byName"), QStringLiteral("Kofi")},
                              {QStringLiteral("noAttributes"), true},
                              {QStringLiteral("dv"), QJsonObject{{QStringLiteral("dataElement"), QStringLiteral("s46m5MS0hxu")}, {QStringLiteral("value"), 3}}},
                              {QStringLiteral("attr"), QJsonObject{{QStringLiteral("attribute"), QStringLiteral("w75KJ2mc4zz")}, {QStringLiteral("value"), QStringLiteral("A")}}}}));

        // 6.x: destroy of a tracker type is a tracker import with importStrategy=DELETE
        QCOMPARE(reqs[2].method, QByteArray("POST"));
        QCOMPARE(reqs[2].path, QStringLiteral("/api/tracker"));
        QCOMPARE(queryValue(reqs[2], QStringLiteral("importStrategy")), QStringLiteral("DELETE"));
        QCOMPARE(queryValue(reqs[2], QStringLiteral("async")), QStringLiteral("false"));
        QCOMPARE(json(reqs[2].body),
                 (QJsonObject{{QStringLiteral("trackedEntities"), QJsonArray{QJsonObject{{QStringLiteral("trackedEntity"), QStringLiteral("sbTe0000002")}}}}}));
        QCOMPARE(r.state.value(QStringLiteral("data")).toObject().value(QStringLiteral("stats")).toObject().value(QStringLiteral("deleted")).toInt(), 1);
        QVERIFY(m_sandbox.data().get(QStringLiteral("dhis2"), QStringLiteral("trackedEntities"), QStringLiteral("sbTe0000002")).isEmpty());

        // a bad strategy is refused before any request
        m_sandbox.clearRequests();
        const Run bad = run(QStringLiteral("@openfn/language-dhis2@6.0.0"), QStringLiteral("dhis2"),
                            QStringLiteral("tracker.import('MERGE', { trackedEntities: [] });"));
        QCOMPARE(bad.result.reason, ExitReason::Fail);
        QVERIFY2(bad.error().contains(QLatin1String("CREATE, UPDATE, CREATE_AND_UPDATE or DELETE")), qPrintable(bad.error()));
        QCOMPARE(requests(QStringLiteral("dhis2")).size(), 0);
    }

    void dhis2PatchAndDestroyMetadata()
    {
        if (!hasSystem(QStringLiteral("dhis2")))
            QSKIP("the sandbox has no DHIS2 system in this build");
        const Run r = run(QStringLiteral("@openfn/language-dhis2@6.0.0"), QStringLiteral("dhis2"), QStringLiteral(
            "patch('dataElements', 's46m5MS0hxu', [{ op: 'replace', path: '/displayName', value: 'BCG given' }], { apiVersion: 40 });\n"
            "fn(s => { s.patched = s.data; return s; });\n"
            "destroy('dataElements', 'pikOziyCXbM');\n"));
        const auto reqs = requests(QStringLiteral("dhis2"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 2);
        QCOMPARE(reqs[0].method, QByteArray("PATCH"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/40/dataElements/s46m5MS0hxu"));
        QCOMPARE(reqs[0].query, QString());
        QCOMPARE(QJsonDocument::fromJson(reqs[0].body).array(),
                 (QJsonArray{QJsonObject{{QStringLiteral("op"), QStringLiteral("replace")}, {QStringLiteral("path"), QStringLiteral("/displayName")},
                                         {QStringLiteral("value"), QStringLiteral("BCG given")}}}));
        QVERIFY(header(reqs[0], "Authorization").startsWith("Basic "));
        QCOMPARE(reqs[0].status, 200);
        QCOMPARE(r.state.value(QStringLiteral("patched")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("OK"));
        QCOMPARE(m_sandbox.data().get(QStringLiteral("dhis2"), QStringLiteral("dataElements"), QStringLiteral("s46m5MS0hxu"))
                     .value(QStringLiteral("displayName")).toString(),
                 QStringLiteral("BCG given"));
        QCOMPARE(reqs[1].method, QByteArray("DELETE"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/dataElements/pikOziyCXbM"));
        QCOMPARE(reqs[1].body, QByteArray());
        QCOMPARE(reqs[1].status, 200);
        const QJsonObject data = r.state.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("response")).toObject().value(QStringLiteral("uid")).toString(), QStringLiteral("pikOziyCXbM"));
        QVERIFY(m_sandbox.data().get(QStringLiteral("dhis2"), QStringLiteral("dataElements"), QStringLiteral("pikOziyCXbM")).isEmpty());
        QCOMPARE(r.state.value(QStringLiteral("references")).toArray().size(), 2);

        // an unknown object: DHIS2's 404 fails the step
        m_sandbox.clearRequests();
        const Run missing = run(QStringLiteral("@openfn/language-dhis2@6.0.0"), QStringLiteral("dhis2"),
                                QStringLiteral("destroy('dataElements', 'pikOziyCXbM');"));
        QCOMPARE(missing.result.reason, ExitReason::Fail);
        QVERIFY2(missing.error().contains(QLatin1String("404")), qPrintable(missing.error()));
    }

    // ---- OpenMRS -------------------------------------------------------------------------
    void openmrsPagingFollowsNextLinks()
    {
        if (!hasSystem(QStringLiteral("openmrs")))
            QSKIP("the sandbox has no OpenMRS system in this build");
        // 120 patients named "Pagetest …": three pages at OpenMRS's default of 50.
        for (int i = 0; i < 120; ++i) {
            const QString uuid = QStringLiteral("sb-page-%1").arg(i, 4, 10, QLatin1Char('0'));
            const QString name = QStringLiteral("Pagetest Number%1").arg(i);
            m_sandbox.data().put(QStringLiteral("openmrs"), QStringLiteral("patient"), uuid, QJsonObject{
                {QStringLiteral("uuid"), uuid}, {QStringLiteral("display"), name},
                {QStringLiteral("person"), QJsonObject{{QStringLiteral("uuid"), uuid}, {QStringLiteral("display"), name}}}});
        }
        const Run r = run(QStringLiteral("@openfn/language-openmrs@4.0.0"), QStringLiteral("openmrs"),
                          QStringLiteral("get('patient', { q: 'Pagetest', v: 'default' });\nget('patient', { q: 'Pagetest', limit: 1 });"));
        const auto reqs = requests(QStringLiteral("openmrs"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QVERIFY(reqs.size() >= 2);
        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("openmrs"));
        const QByteArray basic = "Basic " + (cfg.value(QStringLiteral("username")).toString() + QLatin1Char(':')
                                             + cfg.value(QStringLiteral("password")).toString()).toUtf8().toBase64();
        for (const auto &q : reqs) {
            QCOMPARE(header(q, "Authorization"), basic);
            QVERIFY(q.path.endsWith(QLatin1String("/ws/rest/v1/patient")));
        }
        QCOMPARE(queryValue(reqs[0], QStringLiteral("q")), QStringLiteral("Pagetest"));
        QCOMPARE(reqs.size(), 4); // three pages, then the limited request
        const QJsonArray all = r.state.value(QStringLiteral("references")).toArray()[1].toObject().value(QStringLiteral("results")).toArray();
        const int pages = reqs.size() - 1; // the last request is the limited one
        for (int i = 1; i < pages; ++i)
            QVERIFY2(hasQueryKey(reqs[i], QStringLiteral("startIndex")), qPrintable(reqs[i].query));
        QCOMPARE(queryValue(reqs.last(), QStringLiteral("limit")), QStringLiteral("1"));
        const QJsonObject one = r.state.value(QStringLiteral("data")).toObject();
        QCOMPARE(one.value(QStringLiteral("results")).toArray().size(), 1);
        QCOMPARE(all.size(), 120);
        QSet<QString> uuids;
        for (const auto &p : all)
            uuids.insert(p.toObject().value(QStringLiteral("uuid")).toString());
        QCOMPARE(uuids.size(), 120); // no page twice
    }

    void openmrsUpsertCreatesThenUpdates()
    {
        if (!hasSystem(QStringLiteral("openmrs")))
            QSKIP("the sandbox has no OpenMRS system in this build");
        const Run r = run(QStringLiteral("@openfn/language-openmrs@4.0.0"), QStringLiteral("openmrs"), QStringLiteral(
            "upsert('person', { q: 'Zebedee Sandboxson' }, { gender: 'M', names: [{ givenName: 'Zebedee', familyName: 'Sandboxson' }] });\n"
            "upsert('person', { q: 'Zebedee Sandboxson' }, { birthdate: '2001-02-03' });\n"
            "getPatient('no-such-uuid');\n"));
        const auto reqs = requests(QStringLiteral("openmrs"));
        QCOMPARE(r.result.reason, ExitReason::Fail);
        QVERIFY2(r.error().contains(QLatin1String("404")), qPrintable(r.error()));
        QCOMPARE(reqs.size(), 5);
        QCOMPARE(reqs[0].method, QByteArray("GET"));
        QCOMPARE(reqs[1].method, QByteArray("POST"));
        QVERIFY(reqs[1].path.endsWith(QLatin1String("/ws/rest/v1/person")));
        QCOMPARE(reqs[2].method, QByteArray("GET"));
        QCOMPARE(reqs[3].method, QByteArray("POST"));
        QVERIFY2(reqs[3].path.contains(QLatin1String("/ws/rest/v1/person/")), qPrintable(reqs[3].path));
        QCOMPARE(json(reqs[3].body), (QJsonObject{{QStringLiteral("birthdate"), QStringLiteral("2001-02-03")}}));
        QVERIFY(reqs[4].path.endsWith(QLatin1String("/ws/rest/v1/patient/no-such-uuid")));
        QCOMPARE(queryValue(reqs[4], QStringLiteral("v")), QStringLiteral("full"));
    }

    // ---- RapidPro ------------------------------------------------------------------------
    void rapidproContactsFlowsBroadcasts()
    {
        if (!hasSystem(QStringLiteral("rapidpro")))
            QSKIP("the sandbox has no RapidPro system in this build");
        const Run r = run(QStringLiteral("@openfn/language-rapidpro@2.0.0"), QStringLiteral("rapidpro"), QStringLiteral(
            "addContact({ name: 'Awa', language: 'eng', urns: ['tel:+250788000111'] });\n"
            "upsertContact({ name: 'Mamadou D', language: 'eng', urns: ['tel:+250788123123'] });\n"
            "startFlow({ flow: 'f5901b62-ba76-4003-9c62-72fdacc1b7b7', urns: ['tel:+250788123123'] });\n"
            "sendBroadcast({ text: 'Hello', urns: ['tel:+250788123123'] });\n"));
        const auto reqs = requests(QStringLiteral("rapidpro"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 5); // the upsert's first post is refused: the URN is taken
        const QByteArray auth = "Token " + m_sandbox.configuration(QStringLiteral("rapidpro")).value(QStringLiteral("token")).toString().toUtf8();
        for (const auto &q : reqs) {
            QCOMPARE(q.method, QByteArray("POST"));
            QCOMPARE(header(q, "Authorization"), auth);
        }
        QVERIFY(reqs[0].path.endsWith(QLatin1String("/api/v2/contacts.json")));
        QCOMPARE(reqs[1].status, 400);
        QVERIFY(reqs[2].path.endsWith(QLatin1String("/api/v2/contacts.json")));
        QCOMPARE(queryValue(reqs[2], QStringLiteral("urn")), QStringLiteral("tel:+250788123123"));
        QVERIFY(!json(reqs[2].body).contains(QStringLiteral("urns")));
        QVERIFY(reqs[3].path.endsWith(QLatin1String("/api/v2/flow_starts.json")));
        QVERIFY(reqs[4].path.endsWith(QLatin1String("/api/v2/broadcasts.json")));
        QCOMPARE(json(reqs[4].body).value(QStringLiteral("text")).toString(), QStringLiteral("Hello"));
        const QJsonArray refs = r.state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs[2].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Mamadou D"));
        QVERIFY(!r.state.contains(QStringLiteral("response")));
    }

    // ---- CHT -----------------------------------------------------------------------------
    void chtRecordsAndContactsByPhone()
    {
        if (!hasSystem(QStringLiteral("cht")))
            QSKIP("the sandbox has no CHT system in this build");
        const Run r = run(QStringLiteral("@openfn/language-cht@1.0.0"), QStringLiteral("cht"), QStringLiteral(
            "createRecord({ patient_name: 'Wanjiru', _meta: { form: 'V', from: '+254712345678', reported_date: 1704067200000 } });\n"
            "getContactsByPhone('+254712345678');\n"
            "get('/api/v1/contacts-by-phone', { query: { phone: '+254700000000' }, errors: false });\n"));
        const auto reqs = requests(QStringLiteral("cht"));
        QVERIFY2(r.result.ok(), qPrintable(r.error() + QLatin1Char('\n') + describe(reqs)));
        QCOMPARE(reqs.size(), 3);
        const QJsonObject cfg = m_sandbox.configuration(QStringLiteral("cht"));
        const QByteArray basic = "Basic " + (cfg.value(QStringLiteral("username")).toString() + QLatin1Char(':')
                                             + cfg.value(QStringLiteral("password")).toString()).toUtf8().toBase64();
        for (const auto &q : reqs)
            QCOMPARE(header(q, "Authorization"), basic);
        QCOMPARE(reqs[0].method, QByteArray("POST"));
        QCOMPARE(reqs[0].path, QStringLiteral("/api/v2/records"));
        QCOMPARE(json(reqs[0].body).value(QStringLiteral("_meta")).toObject().value(QStringLiteral("form")).toString(), QStringLiteral("V"));
        QCOMPARE(reqs[1].path, QStringLiteral("/api/v1/contacts-by-phone"));
        QCOMPARE(queryValue(reqs[1], QStringLiteral("phone")), QStringLiteral("+254712345678"));
        const QJsonArray refs = r.state.value(QStringLiteral("references")).toArray();
        QCOMPARE(refs[1].toObject().value(QStringLiteral("success")).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestAdaptorsB)
#include "tst_adaptors_b.moc"
