#include "historyfilter.h"

#include "ftsquery.h"
#include "historysql.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::History)
};

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

// The WHERE conditions on `wo` (work_orders) for everything but the free text.
// Returns false when the filter can match nothing (a search with no searchable word).
bool conditions(const HistoryFilter &f, QStringList *where, QVariantList *binds)
{
    if (f.projectId > 0) {
        *where << QStringLiteral("wo.workflow_id IN (SELECT id FROM workflows WHERE project_id = ?)");
        *binds << f.projectId;
    }
    if (!f.states.isEmpty()) {
        *where << QStringLiteral("wo.state IN (%1)").arg(placeholders(f.states.size()));
        for (const QString &s : f.states)
            *binds << s;
    }
    if (!f.workflowIds.isEmpty()) {
        *where << QStringLiteral("wo.workflow_id IN (%1)").arg(placeholders(f.workflowIds.size()));
        for (qint64 id : f.workflowIds)
            *binds << id;
    }
    if (!f.workflowName.isEmpty()) {
        *where << QStringLiteral("wo.workflow_id IN (SELECT id FROM workflows WHERE name = ? OR key = ?)");
        *binds << f.workflowName << f.workflowName;
    }
    if (f.fromMs != 0) {
        *where << QStringLiteral("wo.created_at >= ?");
        *binds << f.fromMs;
    }
    if (f.toMs != 0) {
        *where << QStringLiteral("wo.created_at < ?");
        *binds << f.toMs;
    }
    return true;
}

Error queryError(const QSqlQuery &q)
{
    return makeError(Tr::tr("Cannot read the run history: %1").arg(q.lastError().text()));
}

// The FTS5 query for the filter's search ("" when there is no search); false when the
// search has nothing a word could match (only punctuation), so nothing matches.
bool ftsFor(const HistoryFilter &filter, QString *fts)
{
    if (filter.search.trimmed().isEmpty())
        return true;
    *fts = toFtsQuery(filter.search);
    return !fts->isEmpty();
}

// SELECT <what> … for the filter; `fts` is the FTS5 query ("" = no search).
QString fromWhere(const QString &fts, const QStringList &where, QVariantList *leadingBinds)
{
    QString sql;
    if (!fts.isEmpty()) {
        // The FTS table drives: it yields rowids (= work order ids) in order and honours
        // rowid ranges, so a page costs what the page holds, not what the search matches.
        sql = QStringLiteral(" FROM work_order_search CROSS JOIN work_orders wo ON wo.id = work_order_search.rowid"
                             " WHERE work_order_search MATCH ?");
        *leadingBinds << fts;
    } else {
        sql = QStringLiteral(" FROM work_orders wo WHERE 1");
    }
    for (const QString &w : where)
        sql += QStringLiteral(" AND ") + w;
    return sql;
}


} // namespace

QString toFtsQuery(const QString &text)
{
    QStringList terms;
    auto add = [&terms](QString piece, bool prefix) {
        while (piece.endsWith(QLatin1Char('*'))) {
            piece.chop(1);
            prefix = true;
        }
        bool searchable = false;
        for (const QChar c : piece)
            if (c.isLetterOrNumber()) {
                searchable = true;
                break;
            }
        if (!searchable)
            return;
        piece.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << (QLatin1Char('"') + piece + QLatin1Char('"') + (prefix ? QStringLiteral("*") : QString()));
    };
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('"')) {
            const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close;
            const QString phrase = text.mid(i + 1, end - i - 1);
            i = close < 0 ? n : close + 1;
            bool prefix = false;
            while (i < n && text.at(i) == QLatin1Char('*')) {
                prefix = true;
                ++i;
            }
            add(phrase, prefix);
            continue;
        }
        qsizetype j = i;
        while (j < n && !text.at(j).isSpace() && text.at(j) != QLatin1Char('"'))
            ++j;
        add(text.mid(i, j - i), false);
        i = j;
    }
    return terms.join(QLatin1Char(' '));
}

namespace historysql {

Result<QList<qint64>> matchingIds(QSqlDatabase &db, const HistoryFilter &filter, bool newestFirst, qint64 afterId,
                                  int limit)
{
    QStringList where;
    QVariantList binds;
    conditions(filter, &where, &binds);
    QString fts;
    if (!ftsFor(filter, &fts))
        return QList<qint64>{};
    const QString idColumn = fts.isEmpty() ? QStringLiteral("wo.id") : QStringLiteral("work_order_search.rowid");
    if (afterId > 0) {
        where << idColumn + (newestFirst ? QStringLiteral(" < ?") : QStringLiteral(" > ?"));
        binds << afterId;
    }
    QVariantList all;
    const QString body = fromWhere(fts, where, &all);
    all += binds;
    all << limit;
    const QString sql = QStringLiteral("SELECT ") + idColumn + body + QStringLiteral(" ORDER BY ") + idColumn
                        + (newestFirst ? QStringLiteral(" DESC") : QStringLiteral(" ASC")) + QStringLiteral(" LIMIT ?");
    QSqlQuery q(db);
    if (!runQuery(q, sql, all))
        return queryError(q);
    QList<qint64> ids;
    ids.reserve(limit);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace historysql

Status forEachMatchingWorkOrder(QSqlDatabase &db, const HistoryFilter &filter, int batchSize,
                                const std::function<bool(const QList<qint64> &ids)> &batch)
{
    if (batchSize <= 0)
        batchSize = 1000;
    qint64 after = 0;
    for (;;) {
        const Result<QList<qint64>> ids = historysql::matchingIds(db, filter, true, after, batchSize);
        if (!ids)
            return ids.error();
        if (ids->isEmpty())
            return Ok{};
        after = ids->constLast();
        if (!batch(ids.value()))
            return Ok{};
        if (ids->size() < batchSize)
            return Ok{};
    }
}

Result<qint64> countMatchingWorkOrders(QSqlDatabase &db, const HistoryFilter &filter)
{
    QStringList where;
    QVariantList binds;
    conditions(filter, &where, &binds);
    QString fts;
    if (!ftsFor(filter, &fts))
        return qint64(0);
    QVariantList all;
    const QString body = fromWhere(fts, where, &all);
    all += binds;
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT count(*)") + body, all) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

} // namespace sb
