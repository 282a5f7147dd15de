#include "workorders.h"

#include "store/statementcache.h"
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

Result<qint64> insertReturningId(QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    // Work orders are made thousands of times a second by the inbox: keep the statements.
    qint64 id = 0;
    const Status s = execCached(db, sql, binds, &id);
    if (!s)
        return makeError(Tr::tr("The database refused to save: %1").arg(s.error().message));
    return id;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Keys whose values tell a person which record an input is about, best first.
const char *const kTellingKeys[] = {"@name", "form_name", "name", "full_name", "first_name", "last_name",
                                    "case_id", "@case_id", "case_name", "patient_id", "record_id", "external_id",
                                    "id", "Id", "phone", "MobilePhone", "type", "event"};

void collectTelling(const nlohmann::json &value, int depth, std::vector<std::pair<int, std::string>> &found)
{
    if (depth > 3 || found.size() > 24)
        return;
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const nlohmann::json &v = it.value();
            if (v.is_string() || v.is_number()) {
                if (const int rank = tellingKeyRank(it.key()); rank >= 0) {
                    std::string text = v.is_string() ? v.get<std::string>() : v.dump();
                    if (!text.empty() && text.size() < 80)
                        found.emplace_back(rank * 10 + depth, text);
                }
            } else if (v.is_object()) {
                collectTelling(v, depth + 1, found);
            }
        }
    }
}

} // namespace

bool isFinalRunState(const QString &state)
{
    static const QStringList finals = {QStringLiteral("success"),   QStringLiteral("failed"),
                                       QStringLiteral("crashed"),   QStringLiteral("cancelled"),
                                       QStringLiteral("killed"),    QStringLiteral("exception"),
                                       QStringLiteral("lost")};
    return finals.contains(state);
}

bool isRetryableRunState(const QString &state)
{
    return isFinalRunState(state);
}

QString summarizeInput(const QByteArray &inputJson, int maxChars)
{
    const nlohmann::json input = nlohmann::json::parse(inputJson.constBegin(), inputJson.constEnd(), nullptr, false);
    if (input.is_discarded())
        return {};
    if (input.is_object() && input.contains("data"))
        return summarizeData(input["data"], maxChars);
    return summarizeData(input, maxChars);
}

QString summarizeData(const nlohmann::json &data, int maxChars)
{
    std::vector<std::pair<int, std::string>> found;
    collectTelling(data, 0, found);
    QStringList keys;
    if (data.is_object())
        for (auto it = data.begin(); it != data.end() && keys.size() < 6; ++it)
            keys << QString::fromStdString(it.key());
    return composeSummary(std::move(found), keys, maxChars);
}

int tellingKeyRank(std::string_view key)
{
    for (int rank = 0; rank < int(std::size(kTellingKeys)); ++rank)
        if (key == kTellingKeys[rank])
            return rank;
    return -1;
}

QString composeSummary(std::vector<std::pair<int, std::string>> found, const QStringList &topKeys, int maxChars)
{
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList parts;
    for (const auto &f : found) {
        const QString part = QString::fromStdString(f.second).simplified();
        if (!part.isEmpty() && !parts.contains(part))
            parts << part;
        if (parts.size() == 3)
            break;
    }
    QString summary = parts.join(QStringLiteral(" · "));
    if (summary.isEmpty() && !topKeys.isEmpty())
        summary = QStringLiteral("{%1}").arg(topKeys.mid(0, 6).join(QStringLiteral(", ")));
    if (summary.size() > maxChars)
        summary = summary.left(maxChars - 1) + QChar(0x2026);
    return summary;
}

Result<CreatedWorkOrder> insertWorkOrder(QSqlDatabase &db, const NewWorkOrder &order)
{
    const qint64 now = order.receivedAtMs > 0 ? order.receivedAtMs : QDateTime::currentMSecsSinceEpoch();
    const QByteArray input = order.input.isEmpty() ? QByteArrayLiteral("{}") : order.input;
    CreatedWorkOrder made;

    const QVariant project = order.projectId > 0 ? QVariant(order.projectId) : QVariant();
    Result<qint64> dataclip = insertReturningId(
        db,
        order.projectId > 0
            ? QStringLiteral("INSERT INTO dataclips (project_id, type, body, size, created_at) "
                             "VALUES (?, ?, CAST(? AS TEXT), ?, ?)")
            : QStringLiteral("INSERT INTO dataclips (project_id, type, body, size, created_at) "
                             "VALUES ((SELECT project_id FROM workflows WHERE id = ?), ?, CAST(? AS TEXT), ?, ?)"),
        // The UTF-8 bytes go in as they are (bound as a blob, stored as text): no round
        // trip through UTF-16 for bodies of up to 10 MB.
        {order.projectId > 0 ? project : QVariant(order.workflowId), order.dataclipType, input,
         qint64(input.size()), now});
    if (!dataclip)
        return dataclip.error();
    made.dataclipId = dataclip.value();

    const QString summary = order.inputSummary.isEmpty() ? summarizeInput(input) : order.inputSummary;
    Result<qint64> workOrder = insertReturningId(
        db,
        QStringLiteral("INSERT INTO work_orders (workflow_id, trigger_id, message_id, dataclip_id, state, is_test, "
                       "input_summary, created_at, last_activity_at, run_count) VALUES (?, ?, ?, ?, 'available', ?, ?, ?, ?, 1)"),
        {order.workflowId, idOrNull(order.triggerId), idOrNull(order.messageId), made.dataclipId,
         order.isTest ? 1 : 0, summary, now, now});
    if (!workOrder)
        return workOrder.error();
    made.workOrderId = workOrder.value();

    Result<qint64> run = insertReturningId(
        db,
        QStringLiteral("INSERT INTO runs (work_order_id, state, starting_dataclip_id, priority, created_at, "
                       "workflow_id, trigger_kind) VALUES (?, 'available', ?, ?, ?, ?, ?)"),
        {made.workOrderId, made.dataclipId, order.priority, now, order.workflowId,
         order.triggerKind.isEmpty() ? QStringLiteral("manual") : order.triggerKind});
    if (!run)
        return run.error();
    made.runId = run.value();
    return made;
}

} // namespace sb
