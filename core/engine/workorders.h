#pragma once

// Creating work orders and runs: the one place that inserts them, for the inbox (webhook
// messages), cron, manual runs and retries. Call these inside a Store write function.

#include "common/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace sb {

// Claim order: lower first. Manual runs and retries go before triggered ones.
constexpr int kPriorityManual = 0;
constexpr int kPriorityTriggered = 10;

// Run states (architecture.md); a work order's state is its latest run's state.
// available, claimed, started, success, failed, crashed, cancelled, killed, exception, lost
bool isFinalRunState(const QString &state);
bool isRetryableRunState(const QString &state); // every final state

struct NewWorkOrder
{
    qint64 workflowId = 0;
    qint64 triggerId = 0;         // 0 = none (manual)
    qint64 messageId = 0;         // the webhook message it came from, 0 = none
    qint64 projectId = 0;         // for the dataclip; 0 = look it up from the workflow
    QByteArray input;             // the initial state, compact JSON object ({"data": …})
    QString dataclipType = QStringLiteral("http_request"); // http_request | global | saved_input
    QString inputSummary;         // one line for History; empty = derived from `input`
    QString triggerKind;          // webhook | cron | manual
    int priority = kPriorityTriggered;
    bool isTest = false;
    qint64 receivedAtMs = 0;      // 0 = now
};

struct CreatedWorkOrder
{
    qint64 workOrderId = 0;
    qint64 runId = 0;
    qint64 dataclipId = 0;
};

// Inserts the input dataclip, the work order and its first run (`available`).
Result<CreatedWorkOrder> insertWorkOrder(QSqlDatabase &db, const NewWorkOrder &order);

// A one-line summary of an input state for History: the most telling fields of `data`
// (form name, ids, names), at most `maxChars` characters.
QString summarizeInput(const QByteArray &inputJson, int maxChars = 160);
// The same from an already parsed `data` value (the inbox parses each body once).
QString summarizeData(const nlohmann::json &data, int maxChars = 160);

// The pieces of a summary, for parsers other than nlohmann's (the inbox's): where a key
// ranks among the telling keys (-1: not telling), and the summary made of what was found
// (rank*10+depth, text) or, when nothing was, of the first top-level keys.
int tellingKeyRank(std::string_view key);
QString composeSummary(std::vector<std::pair<int, std::string>> found, const QStringList &topKeys, int maxChars = 160);

} // namespace sb
