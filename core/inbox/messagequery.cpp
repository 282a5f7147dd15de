#include "messagequery.h"

#include "history/historyquery.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Inbox)
};

// Bodies longer than this are shown from their raw text, not parsed and re-indented.
constexpr qsizetype kMaxParsedBodyChars = 8 * 1024 * 1024;

Error queryError(const QSqlQuery &q)
{
    return makeError(Tr::tr("Cannot read the inbox: %1").arg(q.lastError().text()));
}

const QString kRowSelect = QStringLiteral(
    "SELECT m.id, m.received_at, m.method, m.path, m.remote_address, COALESCE(m.trigger_id, 0), COALESCE(t.key, ''), "
    "COALESCE(w.id, 0), COALESCE(w.name, ''), m.outcome, m.reply_status, m.body_size, m.reason, "
    "COALESCE(m.work_order_id, 0) FROM messages m "
    "LEFT JOIN triggers t ON t.id = m.trigger_id LEFT JOIN workflows w ON w.id = t.workflow_id ");

MessageRow readRow(const QSqlQuery &q)
{
    MessageRow r;
    r.id = q.value(0).toLongLong();
    r.receivedAt = q.value(1).toLongLong();
    r.method = q.value(2).toString();
    r.path = q.value(3).toString();
    r.remoteAddress = q.value(4).toString();
    r.triggerId = q.value(5).toLongLong();
    r.triggerKey = q.value(6).toString();
    r.workflowId = q.value(7).toLongLong();
    r.workflowName = q.value(8).toString();
    r.outcome = q.value(9).toString();
    r.replyStatus = q.value(10).toInt();
    r.bodySize = q.value(11).toLongLong();
    r.reason = q.value(12).toString();
    r.workOrderId = q.value(13).toLongLong();
    return r;
}

// The WHERE conditions of `filter` (joined with AND, each starting with " AND "), on
// `messages m` joined with `triggers t` and `workflows w`.
QString conditions(const MessageFilter &filter, bool withOutcomes, QVariantList &binds)
{
    QString sql;
    if (filter.projectId > 0) {
        sql += QStringLiteral(" AND (m.trigger_id IS NULL OR w.project_id = ?)");
        binds << filter.projectId;
    }
    if (withOutcomes && !filter.outcomes.isEmpty()) {
        QString in;
        for (const QString &o : filter.outcomes) {
            in += in.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
            binds << o;
        }
        sql += QStringLiteral(" AND m.outcome IN (") + in + QLatin1Char(')');
    }
    if (filter.triggerId > 0) {
        sql += QStringLiteral(" AND m.trigger_id = ?");
        binds << filter.triggerId;
    }
    if (filter.sinceMs > 0) {
        sql += QStringLiteral(" AND m.received_at >= ?");
        binds << filter.sinceMs;
    }
    if (filter.untilMs > 0) {
        sql += QStringLiteral(" AND m.received_at < ?");
        binds << filter.untilMs;
    }
    if (const QString text = filter.pathContains.trimmed(); !text.isEmpty()) {
        QString pattern = text;
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        sql += QStringLiteral(" AND m.path LIKE ? ESCAPE '\\'");
        binds << QString(QLatin1Char('%') + pattern + QLatin1Char('%'));
    }
    return sql;
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// `text` re-indented when it is JSON, as is otherwise. Key order is kept: this is what
// the sender sent.
QString prettyJson(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const nlohmann::ordered_json j = nlohmann::ordered_json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
    if (j.is_discarded())
        return text;
    return fromStd(j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

// Names of the headers that carry an API key for some trigger (lower case).
QSet<QString> apiKeyHeaderNames(QSqlDatabase &db)
{
    QSet<QString> names;
    QSqlQuery q(db);
    if (runQuery(q, QStringLiteral("SELECT DISTINCT header_name FROM trigger_auth_methods WHERE kind = 'api_key'"), {}))
        while (q.next())
            if (const QString n = q.value(0).toString().trimmed().toLower(); !n.isEmpty())
                names.insert(n);
    return names;
}

} // namespace

const QStringList &messageOutcomes()
{
    static const QStringList all = {QStringLiteral("accepted"),    QStringLiteral("auth_failed"),
                                    QStringLiteral("trigger_disabled"), QStringLiteral("unknown_path"),
                                    QStringLiteral("too_large"),   QStringLiteral("not_json"),
                                    QStringLiteral("filtered"),    QStringLiteral("error")};
    return all;
}

const QStringList &refusedMessageOutcomes()
{
    static const QStringList refused = messageOutcomes().mid(1);
    return refused;
}

bool isSecretHeaderName(const QString &lowerName)
{
    static const QStringList exact = {QStringLiteral("authorization"), QStringLiteral("proxy-authorization"),
                                      QStringLiteral("cookie"), QStringLiteral("set-cookie")};
    static const QStringList parts = {QStringLiteral("token"),   QStringLiteral("secret"),  QStringLiteral("password"),
                                      QStringLiteral("passwd"),  QStringLiteral("api-key"), QStringLiteral("apikey"),
                                      QStringLiteral("api_key"), QStringLiteral("x-auth"),  QStringLiteral("session"),
                                      QStringLiteral("authorization")};
    if (exact.contains(lowerName))
        return true;
    return std::any_of(parts.cbegin(), parts.cend(), [&](const QString &p) { return lowerName.contains(p); });
}

Result<QList<MessageRow>> loadMessageRows(QSqlDatabase &db, const QList<qint64> &ids)
{
    QList<MessageRow> rows;
    QSqlQuery q(db);
    if (!readRowsInOrder(q, kRowSelect, QStringLiteral("m.id"), ids, readRow, &rows))
        return queryError(q);
    return rows;
}

Result<MessagePage> loadMessagePage(QSqlDatabase &db, const MessageFilter &filter, qint64 beforeId, int limit)
{
    if (limit <= 0)
        limit = 200;
    QVariantList binds;
    QString sql = kRowSelect + QStringLiteral("WHERE 1") + conditions(filter, true, binds);
    if (beforeId > 0) {
        sql += QStringLiteral(" AND m.id < ?");
        binds << beforeId;
    }
    // One more than asked tells whether anything older follows.
    sql += QStringLiteral(" ORDER BY m.id DESC LIMIT ?");
    binds << limit + 1;
    QSqlQuery q(db);
    if (!runQuery(q, sql, binds))
        return queryError(q);
    MessagePage page;
    while (q.next())
        page.rows << readRow(q);
    page.atEnd = page.rows.size() <= limit;
    if (!page.atEnd)
        page.rows.resize(limit);
    page.continueBefore = page.rows.isEmpty() ? beforeId : page.rows.constLast().id;
    return page;
}

Result<QList<MessageRow>> loadNewerMessages(QSqlDatabase &db, const MessageFilter &filter, qint64 newerThan, int limit)
{
    if (limit <= 0)
        limit = 200;
    QVariantList binds;
    QString sql = kRowSelect + QStringLiteral("WHERE m.id > ?");
    binds << newerThan;
    sql += conditions(filter, true, binds);
    // Oldest first, then reversed: the newest `limit` would leave a gap under them.
    sql += QStringLiteral(" ORDER BY m.id LIMIT ?");
    binds << limit;
    QSqlQuery q(db);
    if (!runQuery(q, sql, binds))
        return queryError(q);
    QList<MessageRow> rows;
    while (q.next())
        rows << readRow(q);
    std::reverse(rows.begin(), rows.end());
    return rows;
}

Result<MessageCounts> countMessagesByOutcome(QSqlDatabase &db, const MessageFilter &filter)
{
    QVariantList binds;
    const QString where = conditions(filter, false, binds);
    // The joins are only needed to scope by project.
    QString sql = QStringLiteral("SELECT m.outcome, COUNT(*) FROM messages m ");
    if (filter.projectId > 0)
        sql += QStringLiteral("LEFT JOIN triggers t ON t.id = m.trigger_id LEFT JOIN workflows w ON w.id = t.workflow_id ");
    sql += QStringLiteral("WHERE 1") + where + QStringLiteral(" GROUP BY m.outcome");
    QSqlQuery q(db);
    if (!runQuery(q, sql, binds))
        return queryError(q);
    MessageCounts counts;
    while (q.next()) {
        const qint64 n = q.value(1).toLongLong();
        counts.byOutcome.insert(q.value(0).toString(), n);
        counts.total += n;
    }
    return counts;
}

Result<QList<WebhookTriggerChoice>> listWebhookTriggers(QSqlDatabase &db, qint64 projectId)
{
    QString sql = QStringLiteral("SELECT t.id, t.key, w.id, w.name, p.name, t.webhook_id, t.custom_path "
                                 "FROM triggers t JOIN workflows w ON w.id = t.workflow_id "
                                 "JOIN projects p ON p.id = w.project_id "
                                 "WHERE t.type = 'webhook' AND w.deleted_at IS NULL");
    QVariantList binds;
    if (projectId > 0) {
        sql += QStringLiteral(" AND w.project_id = ?");
        binds << projectId;
    }
    sql += QStringLiteral(" ORDER BY p.name, w.position, w.name, t.position, t.id");
    QSqlQuery q(db);
    if (!runQuery(q, sql, binds))
        return queryError(q);
    QList<WebhookTriggerChoice> all;
    while (q.next()) {
        WebhookTriggerChoice c;
        c.id = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.workflowId = q.value(2).toLongLong();
        c.workflowName = q.value(3).toString();
        c.projectName = q.value(4).toString();
        c.path = QStringLiteral("/i/") + q.value(5).toString();
        c.customPath = q.value(6).toString().trimmed();
        if (!c.customPath.isEmpty() && !c.customPath.startsWith(QLatin1Char('/')))
            c.customPath.prepend(QLatin1Char('/'));
        all << c;
    }
    return all;
}

Result<MessageDetail> loadMessage(QSqlDatabase &db, qint64 messageId)
{
    MessageDetail d;
    QString headersText;
    qint64 dataclipId = 0;
    {
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT m.headers, COALESCE(m.dataclip_id, 0), m.reply_body, COALESCE(wo.state, '') "
                                   "FROM messages m LEFT JOIN work_orders wo ON wo.id = m.work_order_id WHERE m.id = ?"),
                 {messageId}))
            return queryError(q);
        if (!q.next())
            return makeError(Tr::tr("Request %1 is not in the inbox.").arg(messageId));
        headersText = q.value(0).toString();
        dataclipId = q.value(1).toLongLong();
        d.replyBody = prettyJson(q.value(2).toString());
        d.workOrderState = q.value(3).toString();
    }
    {
        const Result<QList<MessageRow>> rows = loadMessageRows(db, {messageId});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return makeError(Tr::tr("Request %1 is not in the inbox.").arg(messageId));
        d.row = rows->constFirst();
    }

    // The inbox stores secret headers redacted (refusals) or not at all (accepted requests);
    // this is the second lock on that door: a key header stored by an older build, or one
    // only its trigger knows is secret, is redacted here too.
    const QSet<QString> keyHeaders = apiKeyHeaderNames(db);
    const QByteArray headerUtf8 = headersText.toUtf8();
    const nlohmann::ordered_json headers =
        nlohmann::ordered_json::parse(headerUtf8.constBegin(), headerUtf8.constEnd(), nullptr, false);
    if (headers.is_object()) {
        for (const auto &[key, value] : headers.items()) {
            const QString name = fromStd(key).toLower();
            QString text = value.is_string() ? fromStd(value.get<std::string>()) : fromStd(value.dump());
            if (isSecretHeaderName(name) || keyHeaders.contains(name))
                text = QString::fromLatin1(kRedacted);
            d.headers << qMakePair(name, text);
        }
    }

    if (dataclipId <= 0) {
        if (d.row.isAccepted())
            d.bodyNote = Tr::tr("The body is no longer stored.");
        else if (d.row.outcome == QLatin1String("too_large"))
            d.bodyNote = Tr::tr("The body was too large to keep; nothing of it was stored.");
        else
            d.bodyNote = Tr::tr("Refused requests are recorded without their body.");
        return d;
    }
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT created_at, wiped_at, body IS NULL, length(body), substr(body, 1, ?) "
                               "FROM dataclips WHERE id = ?"),
             {qint64(kMaxParsedBodyChars), dataclipId}))
        return queryError(q);
    if (!q.next()) {
        d.bodyNote = Tr::tr("The body is no longer stored.");
        return d;
    }
    const qint64 wipedAt = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    if (wipedAt > 0 || q.value(2).toBool()) {
        d.bodyNote = erasedSentence(wipedAt > 0 ? wipedAt : q.value(0).toLongLong());
        return d;
    }
    const qint64 length = q.value(3).toLongLong();
    const QString stored = q.value(4).toString();
    d.bodyBytes = d.row.bodySize;
    // The inbox stores the run's input: {"data": <the body as sent>, "request": {…}}.
    // The detail shows the body; the request part repeats the headers and query.
    if (length <= kMaxParsedBodyChars) {
        const QByteArray utf8 = stored.toUtf8();
        const nlohmann::ordered_json j = nlohmann::ordered_json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
        if (j.is_object() && j.contains("data")) {
            d.body = fromStd(j["data"].dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        } else if (!j.is_discarded()) {
            d.body = fromStd(j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
        } else {
            d.body = stored;
        }
    } else {
        // Too long to re-indent here: the beginning of the body as it was sent.
        static const QString prefix = QStringLiteral("{\"data\":");
        d.body = stored.startsWith(prefix) ? stored.mid(prefix.size()) : stored;
        d.bodyTruncated = true;
    }
    if (d.body.size() > kMaxBodyDisplayChars) {
        d.body.truncate(kMaxBodyDisplayChars);
        d.bodyTruncated = true;
    }
    return d;
}

} // namespace sb
