#pragma once

// The read side of run history: pages of work orders for History and `switchboard runs`,
// a work order with its runs and steps for Run detail, log lines, dataclip bodies.
// Every function reads on the connection it is given (a read connection of the calling
// thread); none writes.

#include "common/result.h"
#include "history/historyfilter.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sb {

// The work order states a filter can name, in the order the console shows them.
const QStringList &workOrderStates();

// One row of History.
struct WorkOrderRow
{
    qint64 id = 0;
    qint64 createdAt = 0;       // received, UTC ms
    qint64 workflowId = 0;
    QString workflowName;
    QString inputSummary;
    QString state;
    qint64 durationMs = -1;     // -1 = not finished
    qint64 lastActivityAt = 0;
    int runCount = 0;
};

enum class HistoryOrder { NewestFirst, OldestFirst };

struct HistoryPage
{
    QList<WorkOrderRow> rows;
    qint64 continueAfter = 0; // pass back as `after` for the next page
    bool atEnd = true;        // no rows after this page
};

// A page of matching work orders in `order`, strictly after `after` (a work order id; 0 =
// from the start). Keyset paging on the work order id (= received order), never OFFSET.
Result<HistoryPage> loadHistoryPage(QSqlDatabase &db, const HistoryFilter &filter, HistoryOrder order, qint64 after,
                                    int limit);

// The current rows of these work orders (for updating rows in place); missing ids are left out.
Result<QList<WorkOrderRow>> loadWorkOrderRows(QSqlDatabase &db, const QList<qint64> &ids);

// Matching work orders newer than `newerThan` (id), newest first, at most `limit`.
Result<QList<WorkOrderRow>> loadNewerWorkOrders(QSqlDatabase &db, const HistoryFilter &filter, qint64 newerThan,
                                                int limit);

struct WorkflowChoice
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString key;
    QString name;
    QString projectName;
    bool deleted = false;
};
// Workflows a history can be filtered by (deleted ones too: their runs stay), by project and position.
Result<QList<WorkflowChoice>> listHistoryWorkflows(QSqlDatabase &db, qint64 projectId = 0);

struct JobChoice
{
    QString key;
    QString name;
};
// The jobs of a workflow in their order (for "Retry from step…").
Result<QList<JobChoice>> listWorkflowJobs(QSqlDatabase &db, qint64 workflowId);

struct StepDetail
{
    qint64 id = 0;
    int position = 0;
    QString jobKey;
    QString jobName;
    QString exitReason;        // empty while running
    qint64 startedAt = 0;
    qint64 finishedAt = 0;     // 0 while running
    qint64 durationMs = -1;
    QString errorType;
    QString errorMessage;
    int errorLine = 0;         // 0 = unknown
    int errorColumn = 0;
    qint64 inputDataclipId = 0;
    qint64 outputDataclipId = 0;
};

struct RunDetail
{
    qint64 id = 0;
    QString state;
    QString startingJobKey;
    qint64 retryOfRunId = 0;
    QString triggerKind;
    QString errorType;
    QString errorMessage;
    qint64 createdAt = 0;
    qint64 startedAt = 0;
    qint64 finishedAt = 0;
    qint64 startingDataclipId = 0;
    qint64 finalDataclipId = 0;
    QList<StepDetail> steps;   // in the order they ran
};

struct WorkOrderDetail
{
    qint64 id = 0;
    qint64 workflowId = 0;
    QString workflowKey;
    QString workflowName;
    QString state;
    QString inputSummary;
    qint64 createdAt = 0;
    qint64 lastActivityAt = 0;
    qint64 inputDataclipId = 0;
    qint64 wipedAt = 0;
    QList<RunDetail> runs;     // newest first
};

// A work order with its runs (newest first) and their steps. An error when it does not exist.
Result<WorkOrderDetail> loadWorkOrderDetail(QSqlDatabase &db, qint64 workOrderId);

struct DataclipContent
{
    qint64 id = 0;
    QString type;
    qint64 size = 0;
    qint64 createdAt = 0;
    qint64 wipedAt = 0;        // > 0: erased; body is empty
    QByteArray body;           // compact JSON; `configuration` removed
    bool isErased() const { return wipedAt > 0; }
};
// A dataclip's body without `configuration`. An error when it does not exist.
Result<DataclipContent> loadDataclip(QSqlDatabase &db, qint64 dataclipId);
// "Erased on 3 Nov 2026 by the retention policy."
QString erasedSentence(qint64 wipedAt);

struct LogLineRow
{
    qint64 id = 0;
    qint64 stepId = 0;
    QString level;             // debug, info, warn, error
    QString source;
    qint64 at = 0;
    QString message;
};

struct LogQuery
{
    qint64 runId = 0;
    qint64 stepId = 0;         // 0 = every step of the run
    QStringList levels;        // empty = every level
    QString text;              // substring, case-insensitive for ASCII; empty = all
    qint64 after = 0;          // log line id; keyset paging in id order
    int limit = 500;
};
Result<QList<LogLineRow>> loadLogLines(QSqlDatabase &db, const LogQuery &query);

} // namespace sb

Q_DECLARE_METATYPE(sb::WorkOrderRow)
Q_DECLARE_METATYPE(sb::HistoryFilter)
