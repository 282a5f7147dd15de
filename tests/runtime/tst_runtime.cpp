// The job runtime on SpiderMonkey: compile step, execution, console, state rules, exit
// reasons and limits. Every bad input ends in a clear exit reason and leaves the runtime
// able to run the next step.

#include "runtime/jobruntime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace sb;

namespace {

QJsonObject stateOf(const StepResult &r)
{
    return QJsonDocument::fromJson(r.finalState).object();
}

StepRequest job(const QString &source, const QByteArray &input = QByteArrayLiteral("{\"data\":{}}"))
{
    StepRequest req;
    req.source = source;
    req.inputState = input;
    req.stepId = QStringLiteral("step-1");
    req.limits.timeoutMs = 10000;
    return req;
}

QString messageOf(const StepResult &r)
{
    return r.error ? r.error->message : QString();
}

} // namespace

class TestRuntime : public QObject
{
    Q_OBJECT

private:
    JobRuntime rt;

    // After every bad input: the same runtime still runs a normal job.
    void expectHealthy()
    {
        const StepResult r = rt.run(job(QStringLiteral("fn(s => ({ ...s, data: { ok: 1 + 1 } }));")));
        QVERIFY2(r.reason == ExitReason::Success, qPrintable(messageOf(r)));
        QCOMPARE(stateOf(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("ok")).toInt(), 2);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(rt.status().ok()); }

    void operationsRunInOrder()
    {
        const StepResult r = rt.run(job(QStringLiteral(
            "const add = (k, v) => fn(s => ({ ...s, data: { ...s.data, [k]: v, order: [...(s.data.order || []), k] } }));\n"
            "add('a', 1);\n"
            "add('b', 2), add('c', 3);\n"
            "fn(async s => { await new Promise(r => setTimeout(r, 5)); return { ...s, data: { ...s.data, late: true } }; });\n")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("order")).toArray(), (QJsonArray{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QVERIFY(data.value(QStringLiteral("late")).toBool());
    }

    void moduleCodeRunsBeforeOperationsAndSeesState()
    {
        // A global `state` exists before the job's code runs; top-level arguments see it.
        const StepResult r = rt.run(job(QStringLiteral(
            "const who = state.data.name;\n"
            "fn(s => ({ ...s, data: { greeting: 'hi ' + who, helper: double(21) } }));\n"
            "function double(x) { return x * 2; }\n"),
            QByteArrayLiteral("{\"data\":{\"name\":\"Ana\"}}")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("greeting")).toString(), QStringLiteral("hi Ana"));
        QCOMPARE(data.value(QStringLiteral("helper")).toInt(), 42);
    }

    void lazyState_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        // $ is resolved when the operation runs, after earlier operations changed state.
        QTest::newRow("argument") << QStringLiteral("fn(s => ({ ...s, data: { x: 5 } }));\nfn(s => ({ ...s, data: { y: dataValue('x')(s) } }));\nfield('k', $.data.y);\nfn(s => s);") << QStringLiteral("5");
        QTest::newRow("builtin call inside argument")
            << QStringLiteral("fn(s => ({ ...s, data: { a: 3, b: 9 } }));\nfn(s => ({ ...s, data: { m: Math.max(s.data.a, s.data.b) } }));\ncursor(Math.max($.data.m, 1), { key: 'c' });\nfn(s => ({ ...s, data: { y: s.c } }));")
            << QStringLiteral("9");
        QTest::newRow("inside a callback") << QStringLiteral("fn(s => ({ ...s, data: { y: Math.max($.data.a, $.data.b) } }));") << QStringLiteral("7");
        QTest::newRow("object argument") << QStringLiteral("fn(s => ({ ...s, data: { y: util.expandReferences(s, { v: $.data.a })[0].v } }));") << QStringLiteral("2");
    }
    void lazyState()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const StepResult r = rt.run(job(source, QByteArrayLiteral("{\"data\":{\"a\":2,\"b\":7}}")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r) + QLatin1Char(' ') + source));
        QCOMPARE(QString::number(stateOf(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("y")).toDouble()), expected);
    }

    void sloppyModeAndTopLevelDeclarations()
    {
        const StepResult r = rt.run(job(QStringLiteral("fn(s => { total = 10; return { ...s, data: { total } }; });")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        QCOMPARE(stateOf(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("total")).toInt(), 10);
    }

    void freshGlobalPerStep()
    {
        QVERIFY(rt.run(job(QStringLiteral("leaked = 1; globalThis.other = 2; fn(s => s);"))).ok());
        const StepResult r = rt.run(job(QStringLiteral("fn(s => ({ data: { a: typeof leaked, b: typeof other } }));")));
        QVERIFY(r.ok());
        QCOMPARE(stateOf(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("a")).toString(), QStringLiteral("undefined"));
        QCOMPARE(stateOf(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("b")).toString(), QStringLiteral("undefined"));
    }

    void sharedLibraryCannotBeChanged()
    {
        // Steps share the warm library realm; a job cannot change it for the next step.
        const StepResult r1 = rt.run(job(QStringLiteral(
            "fn(s => {\n"
            "  const o = fields(field('a', 1));\n"
            "  try { Object.getPrototypeOf(o).polluted = 'yes'; } catch (e) {}\n"
            "  try { _.extraThing = 1; } catch (e) {}\n"
            "  try { Array.prototype.polluted = 'mine only'; } catch (e) {}\n"
            "  o.toString = () => 'own toString';\n"
            "  return { ...s, data: { own: String(o), mineOnly: [].polluted } };\n"
            "});\n")));
        QVERIFY2(r1.ok(), qPrintable(messageOf(r1)));
        QCOMPARE(stateOf(r1).value(QStringLiteral("data")).toObject().value(QStringLiteral("own")).toString(), QStringLiteral("own toString"));
        QCOMPARE(stateOf(r1).value(QStringLiteral("data")).toObject().value(QStringLiteral("mineOnly")).toString(), QStringLiteral("mine only"));
        const StepResult r2 = rt.run(job(QStringLiteral(
            "fn(s => ({ data: { p: typeof fields(field('a', 1)).polluted, x: typeof _.extraThing, a: typeof [].polluted } }));")));
        QVERIFY2(r2.ok(), qPrintable(messageOf(r2)));
        const QJsonObject data = stateOf(r2).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("p")).toString(), QStringLiteral("undefined"));
        QCOMPARE(data.value(QStringLiteral("x")).toString(), QStringLiteral("undefined"));
        QCOMPARE(data.value(QStringLiteral("a")).toString(), QStringLiteral("undefined"));
    }

    void adaptorStateIsPerStep()
    {
        // Module-level state of the adaptor (cursor's key) starts over in every step.
        QVERIFY(rt.run(job(QStringLiteral("cursor('2024-01-01T00:00:00Z', { key: 'since' });\nfn(s => s);"))).ok());
        const StepResult r = rt.run(job(QStringLiteral("cursor(7);\nfn(s => ({ data: { since: s.since, cursor: s.cursor } }));")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
        QVERIFY(!data.contains(QStringLiteral("since")));
        QCOMPARE(data.value(QStringLiteral("cursor")).toInt(), 7);
    }

    void sameJobAgainStartsClean()
    {
        // The next run of the same job may reuse its realm; nothing of the last run shows.
        const QString source = QStringLiteral(
            "const seen = { sloppy: typeof leaked, poly: typeof [].poly, own: typeof secret, proto: typeof Object.prototype.extra };\n"
            "let counter = 0;\n"
            "leaked = 1;\n"
            "fn(s => { counter++; globalThis.later = 1; return { ...s, data: { seen, counter } }; });\n");
        for (int i = 0; i < 3; ++i) {
            const StepResult r = rt.run(job(source));
            QVERIFY2(r.ok(), qPrintable(messageOf(r)));
            const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("counter")).toInt(), 1);
            const QJsonObject seen = data.value(QStringLiteral("seen")).toObject();
            for (const auto &v : seen)
                QCOMPARE(v.toString(), QStringLiteral("undefined"));
        }
        // A job that adds to a built-in or pins a global gets a new realm next time.
        const QString polluting = QStringLiteral(
            "const before = [typeof [].poly, typeof secret, typeof Object.prototype.extra];\n"
            "Array.prototype.poly = 1;\n"
            "Object.defineProperty(globalThis, 'secret', { value: 's' });\n"
            "Object.prototype.extra = 2;\n"
            "fn(s => ({ data: { before, poly: [].poly } }));\n");
        for (int i = 0; i < 2; ++i) {
            const StepResult r = rt.run(job(polluting));
            QVERIFY2(r.ok(), qPrintable(messageOf(r)));
            const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
            QCOMPARE(data.value(QStringLiteral("before")).toArray(),
                     (QJsonArray{QStringLiteral("undefined"), QStringLiteral("undefined"), QStringLiteral("undefined")}));
            QCOMPARE(data.value(QStringLiteral("poly")).toInt(), 1); // polyfills work
        }
        // The same job under another isolation key (another project) never shares a realm.
        StepRequest other = job(source);
        other.isolationKey = QStringLiteral("project-2");
        QVERIFY(rt.run(other).ok());
    }

    void ownPropertiesShadowBuiltins()
    {
        // Built-ins cannot be replaced, but objects can still have their own toString etc.
        const StepResult r = rt.run(job(QStringLiteral(
            "fn(s => {\n"
            "  const o = {}; o.toString = () => 'mine'; o.constructor = 'c'; o.valueOf = () => 7;\n"
            "  const e = new Error('x'); e.name = 'CustomError'; e.message = 'changed';\n"
            "  return { data: { o: String(o), c: o.constructor, v: o + 0, e: String(e) } };\n"
            "});\n")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("o")).toString(), QStringLiteral("mine"));
        QCOMPARE(data.value(QStringLiteral("c")).toString(), QStringLiteral("c"));
        QCOMPARE(data.value(QStringLiteral("v")).toInt(), 7);
        QCOMPARE(data.value(QStringLiteral("e")).toString(), QStringLiteral("CustomError: changed"));
    }

    void timersAndIntervals()
    {
        const StepResult r = rt.run(job(QStringLiteral(
            "fn(s => new Promise(resolve => {\n"
            "  let n = 0; const seen = [];\n"
            "  const cancelled = setTimeout(() => seen.push('never'), 1);\n"
            "  clearTimeout(cancelled);\n"
            "  setTimeout(() => seen.push('t2'), 20);\n"
            "  setTimeout(() => seen.push('t1'), 5);\n"
            "  const id = setInterval(() => { n++; if (n === 3) { clearInterval(id); resolve({ data: { n, seen } }); } }, 10);\n"
            "}));\n")));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        const QJsonObject data = stateOf(r).value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("n")).toInt(), 3);
        QCOMPARE(data.value(QStringLiteral("seen")).toArray(), (QJsonArray{QStringLiteral("t1"), QStringLiteral("t2")}));
    }

    void configurationAndResponseRemoved()
    {
        StepRequest req = job(QStringLiteral("fn(s => ({ ...s, response: { statusCode: 200 }, data: { user: s.configuration.username } }));"));
        req.configuration = QByteArrayLiteral("{\"username\":\"ops\",\"password\":\"hunter2-secret\"}");
        const StepResult r = rt.run(req);
        QVERIFY(r.ok());
        const QJsonObject state = stateOf(r);
        QVERIFY(!state.contains(QStringLiteral("configuration")));
        QVERIFY(!state.contains(QStringLiteral("response")));
        QCOMPARE(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("user")).toString(), QStringLiteral("ops"));
    }

    void consoleLinesMaskSecrets()
    {
        StepRequest req = job(QStringLiteral(
            "console.log('top');\n"
            "fn(s => { console.log('pw is', s.configuration.password, { nested: { p: s.configuration.password } });\n"
            "  console.warn('w'); console.error('e'); console.debug({ a: [1, 2] });\n"
            "  return { ...s, data: { copied: 'x' + s.configuration.password } }; });\n"
            "fn(s => { throw new Error('login failed for hunter2-secret'); });\n"));
        req.configuration = QByteArrayLiteral("{\"username\":\"ops\",\"password\":\"hunter2-secret\"}");
        QList<JobLogLine> streamed;
        req.onLog = [&](const JobLogLine &l) { streamed.append(l); };
        const StepResult r = rt.run(req);
        QVERIFY(r.reason == ExitReason::Fail);
        QCOMPARE(streamed.size(), r.logs.size());
        QStringList levels, messages;
        for (const auto &l : r.logs) {
            levels << l.level;
            messages << l.message;
            QVERIFY(l.timeMs > 0);
            QVERIFY2(!l.message.contains(QLatin1String("hunter2-secret")), qPrintable(l.message));
        }
        QVERIFY(messages.contains(QStringLiteral("pw is **** {\"nested\":{\"p\":\"****\"}}")));
        QVERIFY(levels.contains(QStringLiteral("warn")));
        QVERIFY(levels.contains(QStringLiteral("error")));
        QVERIFY(messages.contains(QStringLiteral("{\"a\":[1,2]}")));
        QVERIFY(!r.finalState.contains("hunter2-secret"));
        QVERIFY(!messageOf(r).contains(QLatin1String("hunter2-secret")));
        QVERIFY(messageOf(r).contains(QLatin1String("****")));
    }

    // A secret that comes back encoded (an echoed Basic header, a percent-encoded query) is
    // masked too.
    void encodedSecretsMasked()
    {
        const QByteArray basic = QByteArray("ops:p&sw=rd-!").toBase64();
        StepRequest req = job(QStringLiteral(
            "fn(s => { console.log('echoed Authorization: Basic %1');\n"
            "  return { ...s, data: { query: 'pw=' + encodeURIComponent(s.configuration.password), header: 'Basic %1' } }; });\n")
                                  .arg(QString::fromLatin1(basic)));
        req.configuration = QByteArrayLiteral("{\"username\":\"ops\",\"password\":\"p&sw=rd-!\"}");
        const StepResult r = rt.run(req);
        QVERIFY(r.reason == ExitReason::Success);
        QVERIFY2(!r.finalState.contains(basic), r.finalState.constData());
        QVERIFY2(!r.finalState.contains("p%26sw%3Drd-!"), r.finalState.constData());
        QVERIFY(r.finalState.contains("pw=****"));
        for (const auto &l : r.logs)
            QVERIFY2(!l.message.contains(QString::fromLatin1(basic)), qPrintable(l.message));
    }

    void errorsPerStep()
    {
        StepRequest req = job(QStringLiteral("fn(s => { s.data.touched = true; return s; });\nfn(s => {\n  throw new Error('no clinic code');\n});\n"));
        req.stepId = QStringLiteral("map-contact");
        const StepResult r = rt.run(req);
        QVERIFY(r.reason == ExitReason::Fail);
        QCOMPARE(r.error->type, QStringLiteral("JobError"));
        QCOMPARE(r.error->message, QStringLiteral("no clinic code"));
        QCOMPARE(r.error->line, 3);
        QCOMPARE(r.error->column, 9);
        const QJsonObject state = stateOf(r);
        // OpenFn keeps the step's input state (with in-place changes) and adds errors[step].
        QVERIFY(state.value(QStringLiteral("data")).toObject().value(QStringLiteral("touched")).toBool());
        QCOMPARE(state.value(QStringLiteral("errors")).toObject().value(QStringLiteral("map-contact")).toObject()
                     .value(QStringLiteral("message")).toString(), QStringLiteral("no clinic code"));
    }

    void badInputs_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        const int fail = int(ExitReason::Fail), crash = int(ExitReason::Crash), kill = int(ExitReason::Kill);
        QTest::newRow("syntax error") << QStringLiteral("fn(s => s);\nfn(s => {\n  return s +;\n});") << crash << QStringLiteral("SyntaxError") << QStringLiteral("expected expression") << 3;
        QTest::newRow("reference error at load") << QStringLiteral("\nconst x = notDefined + 1;\nfn(s => s);") << crash << QStringLiteral("RuntimeCrash") << QStringLiteral("ReferenceError: notDefined is not defined") << 2;
        QTest::newRow("reference error in operation") << QStringLiteral("fn(s => s);\nfn(s => patientNmae);") << crash << QStringLiteral("RuntimeCrash") << QStringLiteral("ReferenceError") << 2;
        QTest::newRow("type error") << QStringLiteral("fn(s => {\n  s.data.x.y = 1;\n});") << fail << QStringLiteral("RuntimeError") << QStringLiteral("TypeError:") << 2;
        QTest::newRow("infinite loop") << QStringLiteral("fn(s => { while (true) {} });") << kill << QStringLiteral("TimeoutError") << QStringLiteral("longer than its limit") << 0;
        QTest::newRow("slow timer") << QStringLiteral("fn(s => new Promise(r => setTimeout(r, 60000)));") << kill << QStringLiteral("TimeoutError") << QStringLiteral("longer than its limit") << 0;
        QTest::newRow("never settles") << QStringLiteral("fn(s => new Promise(() => {}));") << kill << QStringLiteral("NeverSettlesError") << QStringLiteral("never settle") << 0;
        QTest::newRow("memory bomb (objects)") << QStringLiteral("fn(s => { const a = []; while (true) a.push({ x: [1, 2, 3], y: 'abc' + a.length }); });") << kill << QStringLiteral("MemoryLimitError") << QStringLiteral("memory limit") << 0;
        QTest::newRow("memory bomb (buffers)") << QStringLiteral("fn(s => { const a = []; while (true) a.push(new Array(100000).fill(7)); });") << kill << QStringLiteral("MemoryLimitError") << QStringLiteral("memory limit") << 0;
        QTest::newRow("50 MB output") << QStringLiteral("fn(s => ({ data: 'x'.repeat(50 * 1024 * 1024) }));") << kill << QStringLiteral("StateTooLargeError") << QStringLiteral("larger than the limit") << 0;
        QTest::newRow("throw a string") << QStringLiteral("fn(s => { throw 'boom'; });") << fail << QStringLiteral("JobError") << QStringLiteral("boom") << 1;
        QTest::newRow("throw an object") << QStringLiteral("fn(s => { throw { status: 401 }; });") << fail << QStringLiteral("JobError") << QStringLiteral("the job threw {\"status\":401}") << 1;
        QTest::newRow("throw null") << QStringLiteral("fn(s => { throw null; });") << fail << QStringLiteral("JobError") << QStringLiteral("the job threw null") << 1;
        QTest::newRow("eval") << QStringLiteral("fn(s => eval('s'));") << kill << QStringLiteral("SecurityError") << QStringLiteral("not allowed") << 1;
        QTest::newRow("new Function") << QStringLiteral("fn(s => new Function('return 1')());") << kill << QStringLiteral("SecurityError") << QStringLiteral("not allowed") << 1;
        QTest::newRow("deep recursion") << QStringLiteral("const f = n => f(n + 1);\nfn(s => f(0));") << fail << QStringLiteral("RuntimeError") << QStringLiteral("too much recursion") << 1;
        QTest::newRow("rejected promise") << QStringLiteral("fn(async s => {\n  await null;\n  throw new RangeError('bad range');\n});") << fail << QStringLiteral("RuntimeError") << QStringLiteral("RangeError: bad range") << 3;
        QTest::newRow("throw in timer") << QStringLiteral("fn(s => new Promise(r => setTimeout(() => { throw new Error('in timer'); }, 1)));") << fail << QStringLiteral("JobError") << QStringLiteral("in timer") << 1;
    }
    void badInputs()
    {
        QFETCH(QString, source);
        QFETCH(int, reason);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(int, line);
        StepRequest req = job(source);
        req.limits.timeoutMs = 1500;
        if (type == QLatin1String("MemoryLimitError")) {
            req.limits.heapBytes = qint64(96) * 1024 * 1024;
            // The heap limit must be what stops it, even on a machine so loaded that
            // filling 96 MB takes longer than the usual short time limit.
            req.limits.timeoutMs = 30000;
        }
        const StepResult r = rt.run(req);
        QVERIFY2(int(r.reason) == reason, qPrintable(exitReasonName(r.reason) + QLatin1Char(' ') + messageOf(r)));
        QVERIFY(r.error);
        QCOMPARE(r.error->type, type);
        QVERIFY2(r.error->message.contains(message), qPrintable(r.error->message));
        if (line > 0)
            QCOMPARE(r.error->line, line);
        // The failure is in the final state too, under the step's id.
        QCOMPARE(stateOf(r).value(QStringLiteral("errors")).toObject().value(QStringLiteral("step-1")).toObject()
                     .value(QStringLiteral("message")).toString(), r.error->message);
        expectHealthy();
    }

    void jobThatReturnsNothing()
    {
        const StepResult r = rt.run(job(QStringLiteral("fn(s => { console.log('forgot to return'); });")));
        QVERIFY(r.reason == ExitReason::Success);
        QCOMPARE(r.finalState, QByteArrayLiteral("null"));
        bool warned = false;
        for (const auto &l : r.logs)
            warned = warned || (l.level == QLatin1String("warn") && l.message.contains(QLatin1String("returned nothing")));
        QVERIFY(warned);
        // The next operation after one that returned nothing gets an empty state, with a warning.
        const StepResult r2 = rt.run(job(QStringLiteral("fn(s => {});\nfn(s => ({ ...s, data: { keys: Object.keys(s).length } }));")));
        QVERIFY(r2.ok());
        QCOMPARE(stateOf(r2).value(QStringLiteral("data")).toObject().value(QStringLiteral("keys")).toInt(), 0);
        expectHealthy();
    }

    void topLevelNonOperationIsSkipped()
    {
        const StepResult r = rt.run(job(QStringLiteral("console.log('hello');\nfn(s => ({ ...s, data: { ok: true } }));")));
        QVERIFY(r.ok());
        bool warned = false;
        for (const auto &l : r.logs)
            warned = warned || (l.level == QLatin1String("warn") && l.message.startsWith(QLatin1String("Line 1:")));
        QVERIFY(warned);
    }

    void workPostedFromAnotherThreadRunsOnTheWorker()
    {
        // The hook native asynchronous calls use: work posted while a step waits runs on the
        // worker's thread, inside the step's event loop.
        std::atomic<bool> ran{false};
        std::thread::id ranOn;
        const std::thread::id worker = std::this_thread::get_id();
        std::thread poster([&] {
            QThread::msleep(30);
            rt.post([&] {
                ranOn = std::this_thread::get_id();
                ran = true;
            });
        });
        const StepResult r = rt.run(job(QStringLiteral("fn(s => new Promise(r => setTimeout(() => r(s), 300)));")));
        poster.join();
        QVERIFY(r.ok());
        QVERIFY(ran.load());
        QVERIFY(ranOn == worker);
    }

    void cancel()
    {
        std::atomic<bool> flag{false};
        StepRequest req = job(QStringLiteral("fn(s => { while (true) {} });"));
        req.cancel = &flag;
        std::thread t([&] { QThread::msleep(100); flag = true; });
        const StepResult r = rt.run(req);
        t.join();
        QVERIFY(r.reason == ExitReason::Cancel);
        expectHealthy();
    }

    void unknownAdaptorAndBadInput()
    {
        StepRequest req = job(QStringLiteral("fn(s => s);"));
        req.adaptor = QStringLiteral("@openfn/language-nosuch@1.0.0");
        StepResult r = rt.run(req);
        QVERIFY(r.reason == ExitReason::Crash);
        QVERIFY(messageOf(r).contains(QLatin1String("language-nosuch")));
        req = job(QStringLiteral("fn(s => s);"), QByteArrayLiteral("[1,2]"));
        r = rt.run(req);
        QVERIFY(r.reason == ExitReason::Crash);
        QVERIFY(messageOf(r).contains(QLatin1String("not a JSON object")));
        expectHealthy();
    }

    void checkSyntax()
    {
        QVERIFY(rt.checkSyntax(QStringLiteral("fn(s => s);")).ok());
        const Status s = rt.checkSyntax(QStringLiteral("fn(s => s);\n\nfn(s => { return ) });"), QStringLiteral("map.js"));
        QVERIFY(!s.ok());
        QCOMPARE(s.error().line, 3);
        QCOMPARE(s.error().column, 18);
        QCOMPARE(s.error().file, QStringLiteral("map.js"));
    }

    void workersOnSeveralThreads()
    {
        // One runtime per thread; they run at the same time without sharing anything.
        std::atomic<int> good{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 3; ++t) {
            threads.emplace_back([&good, t] {
                JobRuntime local;
                for (int i = 0; i < 20; ++i) {
                    StepRequest req = job(QStringLiteral("fn(s => ({ data: { v: s.data.v * 2 } }));"),
                                          QStringLiteral("{\"data\":{\"v\":%1}}").arg(t * 100 + i).toUtf8());
                    const StepResult r = local.run(req);
                    if (r.ok() && stateOf(r).value(QStringLiteral("data")).toObject().value(QStringLiteral("v")).toInt() == (t * 100 + i) * 2)
                        ++good;
                }
            });
        }
        for (auto &th : threads)
            th.join();
        QCOMPARE(good.load(), 60);
    }
};

QTEST_GUILESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
