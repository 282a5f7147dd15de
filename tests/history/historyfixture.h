#pragma once

// A small but realistic run history written with plain SQL, for the history tests.
// Work order i (1-based, id = i) belongs to "Reports" when i % 3 == 0, else "Intake";
// its state is failed when i % 4 == 2, crashed when i % 8 == 3, available when i % 8 == 7,
// success otherwise. Inputs carry "P<i>" and "Name<i>", outputs "out<i>", logs "token<i>".

#include "history/searchindex.h"
#include "store/store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>

namespace sb::test {

struct HistoryFixture
{
    qint64 projectId = 0;
    qint64 intakeId = 0;
    qint64 reportsId = 0;
    qint64 baseMs = 1767225600000; // 2026-01-01T00:00:00Z; work order i is received i minutes later

    static QString stateOf(int i)
    {
        if (i % 4 == 2)
            return QStringLiteral("failed");
        if (i % 8 == 3)
            return QStringLiteral("crashed");
        if (i % 8 == 7)
            return QStringLiteral("available");
        return QStringLiteral("success");
    }
    static bool isReports(int i) { return i % 3 == 0; }
};

inline qint64 insertId(QSqlDatabase &db, const QString &sql, const QVariantList &binds, QString *error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        bindValue(q, b);
    if (!q.exec()) {
        *error = q.lastError().text() + QStringLiteral(" in ") + sql;
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

// Fills `store` with `count` work orders. Returns an empty string or what went wrong.
inline QString fillHistory(Store &store, int count, HistoryFixture *fx)
{
    QString error;
    const Status s = store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const qint64 t0 = fx->baseMs;
        fx->projectId = insertId(db, QStringLiteral("INSERT INTO projects (name, created_at, updated_at) VALUES ('Clinics', ?, ?)"),
                                 {t0, t0}, &error);
        fx->intakeId = insertId(db, QStringLiteral("INSERT INTO workflows (project_id, key, name, position, created_at, updated_at) "
                                                   "VALUES (?, 'intake', 'Intake', 0, ?, ?)"),
                                {fx->projectId, t0, t0}, &error);
        fx->reportsId = insertId(db, QStringLiteral("INSERT INTO workflows (project_id, key, name, position, created_at, updated_at) "
                                                    "VALUES (?, 'reports', 'Reports', 1, ?, ?)"),
                                 {fx->projectId, t0, t0}, &error);
        for (const auto &[wf, key, name, pos] :
             {std::tuple{fx->intakeId, "receive", "Receive patient", 0}, std::tuple{fx->intakeId, "forward", "Forward to HIS", 1},
              std::tuple{fx->reportsId, "build", "Build report", 0}})
            insertId(db, QStringLiteral("INSERT INTO jobs (workflow_id, key, name, adaptor, body, position, updated_at) "
                                        "VALUES (?, ?, ?, '@openfn/language-common@1.7.5', 'fn(s => s)', ?, ?)"),
                     {wf, QString::fromLatin1(key), QString::fromLatin1(name), pos, t0}, &error);
        for (int i = 1; i <= count && error.isEmpty(); ++i) {
            const qint64 at = t0 + qint64(i) * 60000;
            const bool reports = HistoryFixture::isReports(i);
            const QString state = HistoryFixture::stateOf(i);
            const qint64 wf = reports ? fx->reportsId : fx->intakeId;
            const QString input = QStringLiteral(R"({"data":{"patient":{"id":"P%1","name":"Name%1"},"clinic":"clinic-%2"},"configuration":{"password":"hunter2"}})")
                                      .arg(i)
                                      .arg(i % 7);
            const qint64 inputId = insertId(db, QStringLiteral("INSERT INTO dataclips (project_id, type, body, size, created_at) "
                                                               "VALUES (?, 'http_request', ?, ?, ?)"),
                                            {fx->projectId, input, input.size(), at}, &error);
            const qint64 wo = insertId(db, QStringLiteral("INSERT INTO work_orders (id, workflow_id, dataclip_id, state, input_summary, "
                                                          "created_at, last_activity_at, duration_ms, run_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                                       {i, wf, inputId, state, QStringLiteral("P%1 clinic-%2").arg(i).arg(i % 7), at,
                                        at + 1500, state == QLatin1String("available") ? QVariant() : QVariant(1500)},
                                       &error);
            const qint64 run = insertId(db, QStringLiteral("INSERT INTO runs (work_order_id, workflow_id, state, starting_dataclip_id, "
                                                           "created_at, started_at, finished_at, trigger_kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'webhook')"),
                                        {wo, wf, state, inputId, at, at + 10,
                                         state == QLatin1String("available") ? QVariant() : QVariant(at + 1500)},
                                        &error);
            if (state == QLatin1String("available"))
                continue;
            const QString out = QStringLiteral(R"({"data":{"ok":true,"ref":"out%1"}})").arg(i);
            const qint64 outId = insertId(db, QStringLiteral("INSERT INTO dataclips (project_id, type, body, size, created_at) "
                                                             "VALUES (?, 'step_result', ?, ?, ?)"),
                                          {fx->projectId, out, out.size(), at + 500}, &error);
            const qint64 step1 = insertId(db, QStringLiteral("INSERT INTO steps (run_id, job_key, job_name, input_dataclip_id, output_dataclip_id, "
                                                             "exit_reason, started_at, finished_at, duration_ms, position) "
                                                             "VALUES (?, ?, ?, ?, ?, 'success', ?, ?, 490, 0)"),
                                          {run, reports ? QStringLiteral("build") : QStringLiteral("receive"),
                                           reports ? QStringLiteral("Build report") : QStringLiteral("Receive patient"), inputId,
                                           outId, at + 10, at + 500},
                                          &error);
            insertId(db, QStringLiteral("INSERT INTO log_lines (run_id, step_id, level, at, message) VALUES (?, ?, 'info', ?, ?)"),
                     {run, step1, at + 20, QStringLiteral("received patient P%1 token%1").arg(i)}, &error);
            insertId(db, QStringLiteral("INSERT INTO log_lines (run_id, step_id, level, at, message) VALUES (?, ?, 'debug', ?, ?)"),
                     {run, step1, at + 30, QStringLiteral("debug detail %1").arg(i)}, &error);
            if (!reports) {
                const bool bad = state != QLatin1String("success");
                const qint64 step2 = insertId(
                    db, QStringLiteral("INSERT INTO steps (run_id, job_key, job_name, input_dataclip_id, output_dataclip_id, exit_reason, "
                                       "error_type, error_message, error_line, started_at, finished_at, duration_ms, position) "
                                       "VALUES (?, 'forward', 'Forward to HIS', ?, ?, ?, ?, ?, ?, ?, ?, 990, 1)"),
                    {run, outId, outId, bad ? (state == QLatin1String("crashed") ? QStringLiteral("crash") : QStringLiteral("fail")) : QStringLiteral("success"),
                     bad ? QStringLiteral("RuntimeError") : QString(),
                     bad ? QStringLiteral("TypeError: Cannot read properties of undefined (reading 'id')") : QString(),
                     bad ? QVariant(3) : QVariant(), at + 510, at + 1500},
                    &error);
                insertId(db, QStringLiteral("INSERT INTO log_lines (run_id, step_id, level, at, message) VALUES (?, ?, ?, ?, ?)"),
                         {run, step2, bad ? QStringLiteral("error") : QStringLiteral("info"), at + 600,
                          bad ? QStringLiteral("HIS rejected the request for P%1").arg(i) : QStringLiteral("forwarded P%1").arg(i)},
                         &error);
            }
        }
        if (!error.isEmpty())
            return makeError(error);
        for (int i = 1; i <= count; ++i)
            if (Status r = reindexWorkOrder(db, i); !r)
                return r;
        return Ok{};
    });
    if (!s)
        return s.error().message;
    return {};
}

} // namespace sb::test
