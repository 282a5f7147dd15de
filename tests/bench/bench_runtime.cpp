// Memory of the job runtime: an idle worker context, the library realm, a running step.
// Prints one JSON object. Usage: bench_runtime JOB.js STATE.json [STEPS]

#include "common/sysinfo.h"
#include "runtime/jobruntime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <thread>
#include <vector>


namespace {

double mb(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        QTextStream(stderr) << "usage: bench_runtime JOB.js STATE.json [STEPS]\n";
        return 2;
    }
    QFile job(args[1]), state(args[2]);
    if (!job.open(QIODevice::ReadOnly) || !state.open(QIODevice::ReadOnly)) {
        QTextStream(stderr) << "cannot read the job or the state\n";
        return 1;
    }
    const int steps = args.size() > 3 ? args[3].toInt() : 200;
    sb::StepRequest request;
    // The job logs once at the end of its operations: that is when the step's heap is sampled.
    request.source = QString::fromUtf8(job.readAll()) + QStringLiteral("\nfn(s => { console.log('sample'); return s; });\n");
    request.inputState = state.readAll();

    QJsonObject out;
    const qint64 rss0 = sb::residentMemoryBytes();
    {
        // Idle contexts: four workers, each with its own context and thread.
        std::vector<std::thread> threads;
        std::vector<qint64> idle(4);
        std::atomic<int> ready{0};
        std::atomic<bool> done{false};
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back([&, i] {
                sb::JobRuntime rt;
                idle[size_t(i)] = rt.stats().gcHeapBytes;
                ++ready;
                while (!done)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            });
        }
        while (ready < 4)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        out.insert(QStringLiteral("idle_context_rss_mb"), mb((sb::residentMemoryBytes() - rss0) / 4));
        out.insert(QStringLiteral("idle_context_gc_heap_mb"), mb(idle[0]));
        done = true;
        for (auto &t : threads)
            t.join();
    }

    sb::JobRuntime rt;
    const qint64 rss1 = sb::residentMemoryBytes();
    qint64 heapDuringStep = 0, heapMax = 0;
    request.onLog = [&](const sb::JobLogLine &line) {
        if (line.message == QLatin1String("sample")) {
            heapDuringStep = rt.stats().gcHeapBytes;
            heapMax = std::max(heapMax, heapDuringStep);
        }
    };
    sb::StepResult first = rt.run(request);
    if (!first.ok()) {
        QTextStream(stderr) << "the job failed: " << (first.error ? first.error->toString() : QString()) << '\n';
        return 1;
    }
    const qint64 heapAfterFirst = rt.stats().gcHeapBytes;
    out.insert(QStringLiteral("library_realm_rss_mb"), mb(sb::residentMemoryBytes() - rss1));
    out.insert(QStringLiteral("gc_heap_after_first_step_mb"), mb(heapAfterFirst));
    out.insert(QStringLiteral("gc_heap_while_first_step_runs_mb"), mb(heapDuringStep));
    for (int i = 1; i < steps; ++i)
        rt.run(request);
    // One more step measured from a collected heap: what a running step adds.
    rt.collectGarbage();
    const qint64 heapIdle = rt.stats().gcHeapBytes;
    rt.run(request);
    out.insert(QStringLiteral("gc_heap_idle_collected_mb"), mb(heapIdle));
    out.insert(QStringLiteral("gc_heap_added_by_running_step_mb"), mb(heapDuringStep - heapIdle));
    out.insert(QStringLiteral("steps"), steps);
    out.insert(QStringLiteral("gc_heap_while_step_runs_max_mb"), mb(heapMax));
    out.insert(QStringLiteral("gc_heap_idle_after_steps_mb"), mb(rt.stats().gcHeapBytes));
    out.insert(QStringLiteral("process_rss_after_steps_mb"), mb(sb::residentMemoryBytes()));
    out.insert(QStringLiteral("final_state_bytes"), first.finalState.size());
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
