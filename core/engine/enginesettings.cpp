#include "enginesettings.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Engine)
};

} // namespace

Result<QList<WorkflowEngineSettings>> workflowEngineSettings(Store &store, qint64 projectId)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, key, name, concurrency FROM workflows WHERE project_id = ? AND deleted_at IS NULL "
                             "ORDER BY position, id"));
    q.addBindValue(projectId);
    if (!q.exec())
        return makeError(q.lastError().text());
    QList<WorkflowEngineSettings> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt()});
    return out;
}

Status setWorkflowConcurrency(Store &store, qint64 workflowId, int concurrency)
{
    if (concurrency < 0 || concurrency > 1000)
        return makeError(Tr::tr("A workflow's concurrency is 0 (no limit) to 1000 runs at once."));
    return store.writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("UPDATE workflows SET concurrency = ? WHERE id = ?"), {concurrency, workflowId});
    });
}

bool parseHostPort(const QString &text, QString *host, quint16 *port)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *host = text.left(colon);
    *port = quint16(p);
    return true;
}

QString listenAddress(Store &store)
{
    QSqlDatabase db = store.readConnection();
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'inbox.listen'")) && q.next())
        return q.value(0).toString();
    return QStringLiteral("127.0.0.1:4000");
}

Status setListenAddress(Store &store, const QString &hostPort)
{
    QString host;
    quint16 port = 0;
    if (!parseHostPort(hostPort, &host, &port))
        return makeError(Tr::tr("A listen address is HOST:PORT, for example 127.0.0.1:4000 (got \"%1\").").arg(hostPort));
    return store.writeAndWait([&](QSqlDatabase &db) {
        return exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES ('inbox.listen', ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                    {hostPort});
    });
}

Result<CreatedWorkOrder> startManualRun(Store &store, qint64 workflowId, const QByteArray &inputJson)
{
    const QByteArray input = inputJson.trimmed().isEmpty() ? QByteArrayLiteral("{}") : inputJson;
    nlohmann::json parsed;
    try {
        parsed = nlohmann::json::parse(input.constBegin(), input.constEnd());
    } catch (const nlohmann::json::parse_error &e) {
        // Line and column of the byte offset nlohmann reports.
        int line = 1, column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < std::size_t(input.size()); ++i) {
            if (input[qsizetype(i)] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return makeError(Tr::tr("The input is not valid JSON (line %1, column %2).").arg(line).arg(column));
    }
    if (!parsed.is_object())
        return makeError(Tr::tr("The input must be a JSON object, such as {\"data\": {…}}."));
    CreatedWorkOrder made;
    const Status s = store.writeAndWait([&](QSqlDatabase &db) -> Status {
        NewWorkOrder order;
        order.workflowId = workflowId;
        order.input = QByteArray::fromStdString(parsed.dump());
        order.dataclipType = QStringLiteral("saved_input");
        order.triggerKind = QStringLiteral("manual");
        order.priority = kPriorityManual;
        const Result<CreatedWorkOrder> r = insertWorkOrder(db, order);
        if (!r)
            return r.error();
        made = r.value();
        return Ok{};
    });
    if (!s)
        return s.error();
    return made;
}

} // namespace sb
