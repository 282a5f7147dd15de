// Conformance: every job of jobs/ run by the real `switchboard run-job` must end in the final
// state OpenFn's runtime (@openfn/runtime 1.9.5, language-common 3.3.4) gives for the same
// job and input, compared as shared/bench/compare-state.py does: `data` and `references`
// equal as JSON values (key order ignored), `errors` by their set of messages; a run that
// crashes on OpenFn must fail here with the same message. The OpenFn side is a live run of
// openfn-peer/run-corpus.mjs when Node.js and the installed peer are there, else the
// committed expected/ outputs. Jobs in deliberate.json are compared with Switchboard's own
// expectation instead, and the test says how and why they differ from OpenFn.
//
// Environment: SB_BINARY (switchboard to run), SB_CONFORMANCE_OPENFN=expected (skip the live
// run), SB_CONFORMANCE_KEEP=1 (keep the temporary directory and print its path).
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome
{
    bool finished = false; // exited (normally or by a signal) within the time limit
    bool crashed = false;  // ended by a signal
    int code = -1;
    QString out;
    QString err;
};

Outcome runProcess(const QString &program, const QStringList &args, int timeoutMs, const QString &dbPath = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dbPath.isEmpty())
        env.insert(QStringLiteral("SWITCHBOARD_DB"), dbPath);
    p.setProcessEnvironment(env);
    p.start(program, args);
    Outcome o;
    if (!p.waitForStarted(10000)) {
        o.err = p.errorString();
        return o;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        o.err = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return o;
    }
    o.finished = true;
    o.crashed = p.exitStatus() != QProcess::NormalExit;
    o.code = o.crashed ? -1 : p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

QJsonValue readJson(const QString &path, QString *error = nullptr)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read ") + path;
        return QJsonValue::Undefined;
    }
    const QByteArray bytes = f.readAll();
    QJsonParseError pe;
    // QJsonDocument wants an object or array at the top; wrap so `null` and scalars load too.
    QByteArray wrapped;
    wrapped.reserve(bytes.size() + 2);
    wrapped.append('[').append(bytes).append(']');
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        if (error)
            *error = QStringLiteral("%1 is not JSON: %2").arg(path, pe.errorString());
        return QJsonValue::Undefined;
    }
    return doc.array().at(0);
}

QString brief(const QJsonValue &v)
{
    QString s;
    if (v.isUndefined())
        s = QStringLiteral("(missing)");
    else if (v.isObject())
        s = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else if (v.isArray())
        s = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        s = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return s.size() > 120 ? s.left(117) + QStringLiteral("...") : s;
}

// compare-state.py's diff: up to ten differences, JSON paths from `$`.
void diff(const QJsonValue &a, const QJsonValue &b, const QString &path, QStringList &found)
{
    if (found.size() >= 10)
        return;
    const bool bothNumbers = a.isDouble() && b.isDouble();
    if (a.type() != b.type() && !bothNumbers) {
        found << QStringLiteral("%1: expected %2 got %3").arg(path, brief(a), brief(b));
    } else if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &k : keys) {
            if (!ob.contains(k))
                found << QStringLiteral("%1.%2: missing").arg(path, k);
            else if (!oa.contains(k))
                found << QStringLiteral("%1.%2: unexpected %3").arg(path, k, brief(ob.value(k)));
            else
                diff(oa.value(k), ob.value(k), path + QLatin1Char('.') + k, found);
        }
    } else if (a.isArray()) {
        const QJsonArray aa = a.toArray(), ab = b.toArray();
        if (aa.size() != ab.size())
            found << QStringLiteral("%1: expected %2 items, got %3").arg(path).arg(aa.size()).arg(ab.size());
        for (qsizetype i = 0; i < qMin(aa.size(), ab.size()); ++i)
            diff(aa.at(i), ab.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), found);
    } else if (a != b) {
        found << QStringLiteral("%1: expected %2 got %3").arg(path, brief(a), brief(b));
    }
}

QStringList errorMessages(const QJsonObject &state)
{
    QStringList out;
    const QJsonObject errors = state.value(QStringLiteral("errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const QJsonValue e = it.value();
        out << (e.isObject() ? e.toObject().value(QStringLiteral("message")).toVariant().toString()
                             : e.toVariant().toString());
    }
    out.sort();
    return out;
}

// "TypeError: Cannot read …" → "TypeError"; messages without a type prefix stay whole.
QString errorType(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("^([A-Za-z]*Error):"));
    const auto m = re.match(message);
    return m.hasMatch() ? m.captured(1) : message;
}

// The user-visible part of a final state, as compare-state.py normalises it.
QJsonObject normalised(const QJsonValue &stateValue, bool typeOnly)
{
    const QJsonObject state = stateValue.toObject();
    QJsonObject n;
    n.insert(QStringLiteral("data"), state.contains(QStringLiteral("data")) ? state.value(QStringLiteral("data")) : QJsonValue());
    n.insert(QStringLiteral("references"),
             state.contains(QStringLiteral("references")) ? state.value(QStringLiteral("references")) : QJsonArray());
    QStringList messages = errorMessages(state);
    if (typeOnly)
        for (QString &m : messages)
            m = errorType(m);
    n.insert(QStringLiteral("errors"), QJsonArray::fromStringList(messages));
    return n;
}

} // namespace

class TestConformance final : public QObject
{
    Q_OBJECT

    QString m_binary;
    QDir m_dir;                 // tests/runtime/conformance
    QString m_openfnDir;        // where NAME.json of the OpenFn side are read from
    QString m_openfnSource;     // "live" or "expected"
    QTemporaryDir m_tmp;
    QStringList m_jobs;
    QMap<QString, QJsonObject> m_deliberate;
    QStringList m_drift;        // live OpenFn outputs that differ from expected/

    QString jobPath(const QString &name) const { return m_dir.filePath(QStringLiteral("jobs/") + name + QStringLiteral(".js")); }
    QString statePath(const QString &name) const
    {
        const QString own = m_dir.filePath(QStringLiteral("jobs/") + name + QStringLiteral(".state.json"));
        return QFileInfo::exists(own) ? own : m_dir.filePath(QStringLiteral("jobs/default.state.json"));
    }
    bool typeOnly(const QString &name) const
    {
        QFile f(jobPath(name));
        if (!f.open(QIODevice::ReadOnly))
            return false;
        return f.read(400).contains("conformance: error-type-only");
    }

    QString findNode() const
    {
        const QString found = QStandardPaths::findExecutable(QStringLiteral("node"));
        if (!found.isEmpty())
            return found;
        const QString built = QStringLiteral(SB_NODE_EXECUTABLE);
        return QFileInfo(built).isExecutable() ? built : QString();
    }

    // The OpenFn side, live: one node process runs the whole corpus into a temp dir.
    bool runPeer()
    {
        if (qEnvironmentVariable("SB_CONFORMANCE_OPENFN") == QLatin1String("expected")) {
            qInfo("SB_CONFORMANCE_OPENFN=expected: not running OpenFn live");
            return false;
        }
        const QString node = findNode();
        const QDir peer(QStringLiteral(SB_CONFORMANCE_PEER_DIR));
        const QString runner = peer.filePath(QStringLiteral("run-corpus.mjs"));
        if (node.isEmpty()) {
            qInfo("node not found: OpenFn side from expected/");
            return false;
        }
        if (!QFileInfo::exists(peer.filePath(QStringLiteral("node_modules/@openfn/runtime/package.json")))
            || !QFileInfo::exists(runner)) {
            qInfo("OpenFn peer not installed in %s (built without npm?): OpenFn side from expected/",
                  qPrintable(peer.path()));
            return false;
        }
        const QString out = m_tmp.filePath(QStringLiteral("openfn"));
        const Outcome o = runProcess(node, {QStringLiteral("--experimental-vm-modules"), QStringLiteral("--no-warnings"), runner,
                                            m_dir.filePath(QStringLiteral("jobs")), out},
                                     300000);
        if (!o.finished || o.crashed || o.code != 0) {
            qWarning("OpenFn peer run failed (exit %d): %s\nOpenFn side from expected/", o.code, qPrintable(o.err));
            return false;
        }
        for (const QString &name : m_jobs) {
            const QString live = out + QLatin1Char('/') + name + QStringLiteral(".json");
            if (!QFileInfo::exists(live)) {
                qWarning("OpenFn peer wrote no %s.json: OpenFn side from expected/", qPrintable(name));
                return false;
            }
            const QJsonValue committed = readJson(m_dir.filePath(QStringLiteral("expected/") + name + QStringLiteral(".json")));
            if (readJson(live) != committed)
                m_drift << name;
        }
        m_openfnDir = out;
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_binary = qEnvironmentVariable("SB_BINARY");
        if (m_binary.isEmpty())
            m_binary = QStringLiteral(SB_BINARY);
        QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(QStringLiteral("no switchboard binary at ") + m_binary));

        m_dir = QDir(QStringLiteral(SB_CONFORMANCE_DIR));
        const QStringList files = QDir(m_dir.filePath(QStringLiteral("jobs"))).entryList({QStringLiteral("*.js")}, QDir::Files, QDir::Name);
        static const QRegularExpression jobName(QStringLiteral("^\\d+-[A-Za-z0-9-]+\\.js$"));
        for (const QString &f : files)
            if (jobName.match(f).hasMatch())
                m_jobs << f.chopped(3);
        QVERIFY2(m_jobs.size() >= 45, qPrintable(QStringLiteral("only %1 jobs in the corpus").arg(m_jobs.size())));

        QString error;
        const QJsonValue deliberate = readJson(m_dir.filePath(QStringLiteral("deliberate.json")), &error);
        QVERIFY2(deliberate.isObject(), qPrintable(error));
        for (const QJsonValue c : deliberate.toObject().value(QStringLiteral("cases")).toArray()) {
            const QString job = c.toObject().value(QStringLiteral("job")).toString();
            QVERIFY2(m_jobs.contains(job), qPrintable(QStringLiteral("deliberate.json names unknown job ") + job));
            m_deliberate.insert(job, c.toObject());
        }

        if (runPeer()) {
            m_openfnSource = QStringLiteral("live");
            qInfo("OpenFn side: live run of @openfn/runtime in %s", qPrintable(m_openfnDir));
            if (!m_drift.isEmpty())
                qWarning("live OpenFn output differs from the committed expected/ for: %s (regenerate expected/ if the peer changed on purpose)",
                         qPrintable(m_drift.join(QStringLiteral(", "))));
        } else {
            m_openfnSource = QStringLiteral("expected");
            m_openfnDir = m_dir.filePath(QStringLiteral("expected"));
            qInfo("OpenFn side: committed outputs in %s", qPrintable(m_openfnDir));
        }
        if (qEnvironmentVariableIntValue("SB_CONFORMANCE_KEEP")) {
            m_tmp.setAutoRemove(false);
            qInfo("keeping %s", qPrintable(m_tmp.path()));
        }
    }

    void job_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : std::as_const(m_jobs))
            QTest::newRow(qPrintable(name)) << name;
    }

    void job()
    {
        QFETCH(QString, name);
        const QString outPath = m_tmp.filePath(QStringLiteral("switchboard/") + name + QStringLiteral(".json"));
        QDir().mkpath(QFileInfo(outPath).absolutePath());
        QFile::remove(outPath);
        const Outcome sb = runProcess(m_binary,
                                      {QStringLiteral("run-job"), jobPath(name), QStringLiteral("--state"), statePath(name),
                                       QStringLiteral("--out"), outPath},
                                      120000, m_tmp.filePath(QStringLiteral("store.db")));
        QVERIFY2(sb.finished, qPrintable(QStringLiteral("switchboard did not finish: ") + sb.err));
        QVERIFY2(!sb.crashed, qPrintable(QStringLiteral("switchboard crashed (killed by a signal); stderr: ") + sb.err.trimmed()));
        QVERIFY2(sb.code == 0 || sb.code == 1,
                 qPrintable(QStringLiteral("run-job exited %1 (usage error?): %2").arg(sb.code).arg(sb.err.trimmed())));
        QString readError;
        const QJsonValue actual = QFileInfo::exists(outPath) ? readJson(outPath, &readError) : QJsonValue(QJsonValue::Undefined);
        const QStringList actualMessages = actual.isObject() ? errorMessages(actual.toObject()) : QStringList();
        const auto reported = [&](const QString &message) {
            return sb.err.contains(message) || actualMessages.contains(message);
        };
        QStringList problems;

        QString error;
        const QJsonValue openfn = readJson(m_openfnDir + QLatin1Char('/') + name + QStringLiteral(".json"), &error);
        QVERIFY2(!openfn.isUndefined(), qPrintable(error));

        if (m_deliberate.contains(name)) {
            const QJsonObject d = m_deliberate.value(name);
            qInfo("%s deliberately differs from OpenFn: %s (OpenFn: %s)", qPrintable(name),
                  qPrintable(d.value(QStringLiteral("reason")).toString()), qPrintable(d.value(QStringLiteral("openfn")).toString()));
            const int exit = d.value(QStringLiteral("expectedExit")).toInt(0);
            if (sb.code != exit)
                problems << QStringLiteral("exit %1, expected %2").arg(sb.code).arg(exit);
            if (d.contains(QStringLiteral("expected"))) {
                if (!actual.isObject()) {
                    problems << QStringLiteral("final state in --out is %1 %2").arg(brief(actual), readError);
                } else {
                    QJsonObject want = normalised(d.value(QStringLiteral("expected")), false);
                    QJsonObject got = normalised(actual, false);
                    want.remove(QStringLiteral("errors"));
                    got.remove(QStringLiteral("errors"));
                    diff(want, got, QStringLiteral("$"), problems);
                }
            }
            const QString pattern = d.value(QStringLiteral("expectedErrorMatches")).toString();
            if (!pattern.isEmpty()) {
                const QRegularExpression re(pattern);
                bool matched = re.match(sb.err).hasMatch();
                for (const QString &m : actualMessages)
                    matched = matched || re.match(m).hasMatch();
                if (!matched)
                    problems << QStringLiteral("no error message matches /%1/ (errors: %2; stderr: %3)")
                                    .arg(pattern, actualMessages.join(QStringLiteral(" | ")), sb.err.trimmed());
            }
        } else if (openfn.toObject().value(QStringLiteral("crashed")).toBool()) {
            const QJsonObject e = openfn.toObject().value(QStringLiteral("error")).toObject();
            const QString message = e.value(QStringLiteral("message")).toString();
            const QString want = typeOnly(name) ? errorType(message) : message;
            if (sb.code != 1)
                problems << QStringLiteral("OpenFn crashes (%1) but run-job exited %2").arg(message).arg(sb.code);
            bool found = reported(want);
            for (const QString &m : actualMessages)
                found = found || (typeOnly(name) && errorType(m) == want);
            if (!found)
                problems << QStringLiteral("OpenFn crashes with \"%1\"; switchboard reported: %2")
                                .arg(message, (actualMessages + QStringList{sb.err.trimmed()}).join(QStringLiteral(" | ")));
        } else {
            const bool openfnFailed = !openfn.toObject().value(QStringLiteral("errors")).toObject().isEmpty();
            const int exit = openfnFailed ? 1 : 0;
            if (sb.code != exit)
                problems << QStringLiteral("exit %1, expected %2 (stderr: %3)").arg(sb.code).arg(exit).arg(sb.err.trimmed());
            if (!actual.isObject() && !(actual.isNull() && openfn.isNull())) {
                problems << QStringLiteral("final state in --out is %1 %2").arg(brief(actual), readError);
            } else {
                const bool t = typeOnly(name);
                diff(normalised(openfn, t), normalised(actual, t), QStringLiteral("$"), problems);
            }
        }

        if (!problems.isEmpty()) {
            const QString text = QStringLiteral("%1 differs from %2 (OpenFn side: %3):\n  %4")
                                     .arg(name, m_deliberate.contains(name) ? QStringLiteral("deliberate.json") : QStringLiteral("OpenFn"),
                                          m_openfnSource, problems.join(QStringLiteral("\n  ")));
            QFAIL(qPrintable(text));
        }
    }

    void cleanupTestCase()
    {
        qInfo("%lld jobs, %lld deliberate differences, OpenFn side: %s", static_cast<long long>(m_jobs.size()),
              static_cast<long long>(m_deliberate.size()), qPrintable(m_openfnSource));
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
