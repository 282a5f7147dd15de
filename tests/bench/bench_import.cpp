// Import time of a generated spec: 10 workflows, 30 jobs of ~300 lines each.
// Prints one JSON line per phase with the median and p95 over the repetitions.
//   bench_import [REPETITIONS]
#include "project/projectstore.h"
#include "project/spec.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace sb;

namespace {

QByteArray jobBody(int workflow, int job)
{
    // Shaped like real mapping jobs: many field() lines, helpers, comments.
    QByteArray body;
    body += "// Map CommCare form " + QByteArray::number(workflow) + "/" + QByteArray::number(job) + " to Salesforce\n";
    body += "fn(state => {\n  const form = state.data.form;\n  state.patients = [];\n  return state;\n});\n\n";
    body += "upsert('Contact', 'CommCare_Case_ID__c', fields(\n";
    for (int i = 0; i < 280; ++i)
        body += "  field('Field_" + QByteArray::number(i) + "__c', dataValue('form.group_" + QByteArray::number(i % 17)
                + ".question_" + QByteArray::number(i) + "')),\n";
    body += "  field('Name', state => humanProper(state.data.form.patient_name))\n));\n";
    body += "fn(state => ({ ...state, done: true }));\n";
    return body;
}

QByteArray generateSpec()
{
    QByteArray y = "name: Benchmark project\ndescription: generated\ncredentials:\n"
                   "  bench@example.org-SF:\n    name: SF\n    owner: bench@example.org\nworkflows:\n";
    for (int w = 0; w < 10; ++w) {
        const QByteArray wk = "workflow-" + QByteArray::number(w);
        y += "  " + wk + ":\n    name: Workflow " + QByteArray::number(w) + "\n    jobs:\n";
        for (int j = 0; j < 3; ++j) {
            y += "      job-" + QByteArray::number(j) + ":\n        name: Job " + QByteArray::number(j)
                 + "\n        adaptor: '@openfn/language-salesforce@4.0.5'\n        credential: bench@example.org-SF\n"
                   "        body: |\n";
            for (const QByteArray &line : jobBody(w, j).split('\n'))
                if (!line.isEmpty())
                    y += "          " + line + "\n";
        }
        y += "    triggers:\n      webhook:\n        type: webhook\n        enabled: true\n"
             "      cron:\n        type: cron\n        enabled: false\n        cron_expression: '0 6 * * *'\n";
        y += "    edges:\n"
             "      webhook->job-0:\n        source_trigger: webhook\n        target_job: job-0\n        condition_type: always\n        enabled: true\n"
             "      job-0->job-1:\n        source_job: job-0\n        target_job: job-1\n        condition_type: on_job_success\n        enabled: true\n"
             "      job-0->job-2:\n        source_job: job-0\n        target_job: job-2\n        condition_type: on_job_failure\n        enabled: true\n";
    }
    return y;
}

struct Stats
{
    double median;
    double p95;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))]};
}

void print(const char *phase, const std::vector<double> &ms)
{
    const Stats s = stats(ms);
    std::printf("{\"phase\": \"%s\", \"runs\": %zu, \"median_ms\": %.2f, \"p95_ms\": %.2f}\n", phase, ms.size(),
                s.median, s.p95);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int reps = argc > 1 ? std::max(1, atoi(argv[1])) : 20;
    QTemporaryDir dir;
    const QString specPath = dir.filePath(QStringLiteral("openfn-bench-spec.yaml"));
    const QByteArray spec = generateSpec();
    {
        QFile f(specPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(spec) != spec.size())
            return 1;
    }
    std::printf("{\"spec_bytes\": %lld, \"workflows\": 10, \"jobs\": 30, \"lines_per_job\": %lld}\n",
                static_cast<long long>(spec.size()), static_cast<long long>(jobBody(0, 0).count('\n')));

    std::vector<double> parse, fresh, noop, total;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        const Result<Project> project = readSpecFile(specPath);
        const double parsed = double(t.nsecsElapsed()) / 1e6;
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error().toString()));
            return 1;
        }
        auto store = Store::open(dir.filePath(QStringLiteral("bench-%1.db").arg(r)));
        if (!store)
            return 1;
        ProjectStore projects(*store.value());
        QElapsedTimer t2;
        t2.start();
        const auto diff = projects.import(project.value());
        const double imported = double(t2.nsecsElapsed()) / 1e6;
        if (!diff || diff->count(ChangeKind::Added, ObjectKind::Job) != 30) {
            std::fprintf(stderr, "import failed\n");
            return 1;
        }
        QElapsedTimer t3;
        t3.start();
        const auto again = projects.import(project.value());
        const double reimported = double(t3.nsecsElapsed()) / 1e6;
        if (!again || !again->isEmpty())
            return 1;
        parse.push_back(parsed);
        fresh.push_back(imported);
        noop.push_back(reimported);
        total.push_back(parsed + imported);
    }
    print("parse+validate spec", parse);
    print("import into empty store (diff + one transaction, fsync)", fresh);
    print("re-import unchanged (diff, no writes)", noop);
    print("total: file to committed project", total);
    return 0;
}
