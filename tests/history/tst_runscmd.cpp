// `switchboard runs` as a script uses it: the real binary, exit codes, the JSON shape.
#include "historyfixture.h"
#include "testsupport.h"

#include "store/store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace sb;

namespace {

struct Outcome
{
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestRunsCommand final : public QObject
{
    Q_OBJECT

    test::TempDir m_dir;
    QString m_db;

    Outcome run(QStringList args)
    {
        args.prepend(m_db);
        args.prepend(QStringLiteral("--db"));
        QProcess p;
        p.start(QStringLiteral(SB_BINARY), args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.file(QStringLiteral("runs.db"));
        auto opened = Store::open(m_db);
        QVERIFY(opened.ok());
        test::HistoryFixture fx;
        QCOMPARE(test::fillHistory(*opened.value(), 60, &fx), QString());
    }

    void json()
    {
        const Outcome o = run({QStringLiteral("runs"), QStringLiteral("--state"), QStringLiteral("failed"),
                               QStringLiteral("--workflow"), QStringLiteral("intake"), QStringLiteral("--limit"),
                               QStringLiteral("3"), QStringLiteral("--json")});
        QVERIFY2(o.code == 0, qPrintable(o.err));
        const QJsonArray rows = QJsonDocument::fromJson(o.out.toUtf8()).array();
        QCOMPARE(rows.size(), 3);
        // Newest first: failed intake work orders are i % 4 == 2 and i % 3 != 0 → 58, 50, 46.
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("id")).toInteger(), 58);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("id")).toInteger(), 50);
        const QJsonObject first = rows.at(0).toObject();
        for (const char *key : {"id", "workflow", "state", "createdAt", "lastActivity", "runs"})
            QVERIFY2(first.contains(QLatin1String(key)), key);
        QCOMPARE(first.value(QStringLiteral("workflow")).toString(), QStringLiteral("Intake"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(first.value(QStringLiteral("createdAt")).toString().endsWith(QLatin1Char('Z')));
        const QJsonObject run0 = first.value(QStringLiteral("runs")).toArray().at(0).toObject();
        QVERIFY(run0.contains(QStringLiteral("id")));
        QCOMPARE(run0.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const QJsonArray steps = run0.value(QStringLiteral("steps")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("job")).toString(), QStringLiteral("forward"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("exitReason")).toString(), QStringLiteral("fail"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("durationMs")).toInteger(), 990);
    }

    void countAndSearch()
    {
        Outcome o = run({QStringLiteral("runs"), QStringLiteral("--count")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out.trimmed(), QStringLiteral("60"));
        o = run({QStringLiteral("runs"), QStringLiteral("--search"), QStringLiteral("token17"), QStringLiteral("--count")});
        QCOMPARE(o.out.trimmed(), QStringLiteral("1"));
        o = run({QStringLiteral("runs"), QStringLiteral("--search"), QStringLiteral("NEAR( \" AND -"), QStringLiteral("--count")});
        QCOMPARE(o.code, 0);
        QCOMPARE(o.out.trimmed(), QStringLiteral("0"));
        o = run({QStringLiteral("runs"), QStringLiteral("--since"), QStringLiteral("2026-01-01T00:50:00Z"), QStringLiteral("--count")});
        QCOMPARE(o.out.trimmed(), QStringLiteral("11")); // 50 … 60
    }

    void humanTable()
    {
        const Outcome o = run({QStringLiteral("runs"), QStringLiteral("--limit"), QStringLiteral("5")});
        QCOMPARE(o.code, 0);
        const QStringList lines = o.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1 + 5 + 1); // header, rows, "newest 5 shown"
        QVERIFY(lines.at(1).startsWith(QStringLiteral("60")));
    }

    void errors()
    {
        Outcome o = run({QStringLiteral("runs"), QStringLiteral("--state"), QStringLiteral("broken")});
        QCOMPARE(o.code, 2);
        QVERIFY(o.err.contains(QStringLiteral("Unknown state \"broken\"")));
        o = run({QStringLiteral("runs"), QStringLiteral("--since"), QStringLiteral("yesterday")});
        QCOMPARE(o.code, 2);
        QVERIFY(o.err.contains(QStringLiteral("--since wants an ISO 8601 time")));
        o = run({QStringLiteral("runs"), QStringLiteral("--limit"), QStringLiteral("0")});
        QCOMPARE(o.code, 2);
        o = run({QStringLiteral("runs"), QStringLiteral("--workflow"), QStringLiteral("nope")});
        QCOMPARE(o.code, 1);
        QVERIFY(o.err.contains(QStringLiteral("No workflow is named \"nope\"")));
    }
};

QTEST_GUILESS_MAIN(TestRunsCommand)
#include "tst_runscmd.moc"
