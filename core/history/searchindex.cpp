#include "searchindex.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <nlohmann/json.hpp>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::History)
};

// Enough for any realistic search, small enough that a chatty run cannot bloat the index.
constexpr qsizetype kMaxIndexedBytes = 256 * 1024;

// Collects text up to the cap, counting UTF-8 bytes.
class Collector
{
public:
    bool full() const { return m_bytes >= kMaxIndexedBytes; }
    void add(const QString &text)
    {
        if (text.isEmpty() || full())
            return;
        QByteArray utf8 = text.toUtf8();
        const qsizetype room = kMaxIndexedBytes - m_bytes - 1; // and the newline
        if (utf8.size() > room) {
            utf8.truncate(room);
            // Do not cut a UTF-8 sequence in half.
            while (!utf8.isEmpty() && (quint8(utf8.back()) & 0xC0) == 0x80)
                utf8.chop(1);
            if (!utf8.isEmpty() && (quint8(utf8.back()) & 0x80))
                utf8.chop(1);
        }
        m_bytes += utf8.size() + 1;
        m_text += utf8;
        m_text += '\n';
    }
    QString text() const { return QString::fromUtf8(m_text); }

private:
    QByteArray m_text;
    qsizetype m_bytes = 0;
};

// The engine never stores credentials in a dataclip; should one slip through, it still
// must not become searchable.
QString withoutConfiguration(const QString &body)
{
    if (!body.contains(QLatin1String("\"configuration\"")))
        return body;
    const QByteArray utf8 = body.toUtf8();
    nlohmann::json j = nlohmann::json::parse(utf8.constBegin(), utf8.constEnd(), nullptr, false);
    if (!j.is_object() || !j.contains("configuration"))
        return body;
    j.erase("configuration");
    return QString::fromStdString(j.dump());
}

Error readError(const QSqlQuery &q, qint64 workOrderId)
{
    return makeError(Tr::tr("Cannot index work order %1 for search: %2").arg(workOrderId).arg(q.lastError().text()));
}

} // namespace

Status reindexWorkOrder(QSqlDatabase &db, qint64 workOrderId)
{
    Collector text;
    {
        // Input first, then every step's output (each dataclip once), then log lines, in
        // the order they happened. Wiped dataclips have a NULL body and add nothing.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT d.body FROM work_orders wo JOIN dataclips d ON d.id = wo.dataclip_id "
            "WHERE wo.id = ? AND d.body IS NOT NULL "
            "UNION ALL "
            "SELECT body FROM (SELECT d.body FROM runs r JOIN steps s ON s.run_id = r.id "
            "  JOIN dataclips d ON d.id = s.output_dataclip_id "
            "  WHERE r.work_order_id = ? AND d.body IS NOT NULL "
            "  GROUP BY d.id ORDER BY min(s.id))"));
        q.addBindValue(workOrderId);
        q.addBindValue(workOrderId);
        if (!q.exec())
            return readError(q, workOrderId);
        while (!text.full() && q.next())
            text.add(withoutConfiguration(q.value(0).toString()));
    }
    if (!text.full()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT l.message FROM runs r JOIN log_lines l ON l.run_id = r.id "
                                 "WHERE r.work_order_id = ? ORDER BY r.id, l.id"));
        q.addBindValue(workOrderId);
        if (!q.exec())
            return readError(q, workOrderId);
        while (!text.full() && q.next())
            text.add(q.value(0).toString());
    }
    if (Status s = exec(db, QStringLiteral("DELETE FROM work_order_search WHERE rowid = ?"), {workOrderId}); !s)
        return s;
    return exec(db, QStringLiteral("INSERT INTO work_order_search (rowid, text) VALUES (?, ?)"),
                {workOrderId, text.text()});
}

} // namespace sb
