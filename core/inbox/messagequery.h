#pragma once

// The read side of the inbox: pages of received webhook requests (`messages`) for the
// Inbox view, their counts by outcome, and one request in full (headers with secrets
// redacted, body, reply). Every function reads on the connection it is given (a read
// connection of the calling thread); none writes.

#include "common/result.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sb {

// Every outcome a message can have, in the order the console shows them: "accepted"
// first, then the refusals.
const QStringList &messageOutcomes();
// The refusals only (every outcome but "accepted").
const QStringList &refusedMessageOutcomes();

// Which messages a view is about. Every field narrows; an empty filter matches all.
struct MessageFilter
{
    // 0 = every project. Otherwise the project's triggers' messages plus those that
    // matched no trigger (unknown paths, deleted triggers): they may be meant for any
    // project, and a wrong URL is what an administrator most needs to see.
    qint64 projectId = 0;
    QStringList outcomes;  // empty = every outcome
    qint64 triggerId = 0;  // 0 = every trigger
    qint64 sinceMs = 0;    // received_at >= sinceMs (UTC ms); 0 = open
    qint64 untilMs = 0;    // received_at < untilMs; 0 = open
    QString pathContains;  // substring of the path, case-insensitive for ASCII; empty = any

    bool operator==(const MessageFilter &o) const
    {
        return projectId == o.projectId && outcomes == o.outcomes && triggerId == o.triggerId && sinceMs == o.sinceMs
               && untilMs == o.untilMs && pathContains == o.pathContains;
    }
    bool operator!=(const MessageFilter &o) const { return !(*this == o); }
};

// One row of the Inbox table.
struct MessageRow
{
    qint64 id = 0;
    qint64 receivedAt = 0;     // UTC ms
    QString method;
    QString path;              // without the query string
    QString remoteAddress;
    qint64 triggerId = 0;      // 0 = matched no trigger
    QString triggerKey;
    qint64 workflowId = 0;
    QString workflowName;
    QString outcome;           // one of messageOutcomes()
    int replyStatus = 0;       // 0 = the reply is still waiting for the run (after_completion)
    qint64 bodySize = 0;       // bytes received (or announced, for an early 413)
    QString reason;            // empty for accepted requests
    qint64 workOrderId = 0;    // 0 = none created

    bool isAccepted() const { return outcome == QLatin1String("accepted"); }
};

struct MessagePage
{
    QList<MessageRow> rows;
    qint64 continueBefore = 0; // pass back as `beforeId` for the next page
    bool atEnd = true;         // nothing older matches
};

// Matching messages newest first, strictly older than `beforeId` (0 = from the newest).
// Keyset paging on the message id (= arrival order), never OFFSET.
Result<MessagePage> loadMessagePage(QSqlDatabase &db, const MessageFilter &filter, qint64 beforeId, int limit);

// Matching messages newer than `newerThan` (id), newest first, at most `limit` (the
// oldest `limit` of them when more arrived, so no gap is left below them).
Result<QList<MessageRow>> loadNewerMessages(QSqlDatabase &db, const MessageFilter &filter, qint64 newerThan, int limit);

// The current rows of these messages, in the order asked (a reply sent after the run
// finished changes a row); missing ids are left out.
Result<QList<MessageRow>> loadMessageRows(QSqlDatabase &db, const QList<qint64> &ids);

struct MessageCounts
{
    QMap<QString, qint64> byOutcome; // outcomes with no message are absent
    qint64 total = 0;
    qint64 accepted() const { return byOutcome.value(QStringLiteral("accepted")); }
    qint64 refused() const { return total - accepted(); }
};
// Matching messages per outcome. `filter.outcomes` is ignored: the counts say how the
// requests in scope went, whichever outcome the table shows.
Result<MessageCounts> countMessagesByOutcome(QSqlDatabase &db, const MessageFilter &filter);

// A webhook trigger the inbox can be filtered by.
struct WebhookTriggerChoice
{
    qint64 id = 0;
    QString key;
    qint64 workflowId = 0;
    QString workflowName;
    QString projectName;
    QString path;              // "/i/<webhook id>"
    QString customPath;        // empty when none
};
// Webhook triggers of live workflows (0 = every project), by project, workflow and position.
Result<QList<WebhookTriggerChoice>> listWebhookTriggers(QSqlDatabase &db, qint64 projectId = 0);

// One message in full, for the detail pane.
struct MessageDetail
{
    MessageRow row;
    // Request headers in the order stored, names in lower case. Secret values (Authorization,
    // cookies, API keys, any header an API-key auth method uses) read kRedacted.
    QList<QPair<QString, QString>> headers;
    QString body;              // the request body as pretty JSON; empty when not stored
    bool bodyTruncated = false;// `body` shows the beginning only
    qint64 bodyBytes = 0;      // bytes received, when the body is shown
    QString bodyNote;          // why there is no body (refused, erased …); empty when shown
    QString replyBody;         // pretty-printed when JSON
    QString workOrderState;    // empty when no work order (or it is gone)
};

// What a secret header's value is shown as.
inline constexpr char kRedacted[] = "[redacted]";
// Longest body text shown (the rest is cut, and `bodyTruncated` says so).
inline constexpr qsizetype kMaxBodyDisplayChars = 1024 * 1024;

// An error when the message does not exist.
Result<MessageDetail> loadMessage(QSqlDatabase &db, qint64 messageId);

// True for header names whose value is a secret whatever the trigger ("authorization",
// "cookie", "x-api-key", "x-auth-token" …); `lowerName` in lower case.
bool isSecretHeaderName(const QString &lowerName);

} // namespace sb

Q_DECLARE_METATYPE(sb::MessageRow)
Q_DECLARE_METATYPE(sb::MessageFilter)
