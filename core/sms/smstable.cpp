#include "sms/smstable.h"

#include "common/sysinfo.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringDecoder>

#include <nlohmann/json.hpp>

#include <cmath>
#include <optional>

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsTable)
};

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString actor()
{
    return accountName();
}

QByteArray withoutBom(const QByteArray &bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
}

Error errorAt(const QString &message, const QString &fileName, int line = 0)
{
    return makeError(message, fileName, line);
}

// Renames language headers to their long name and refuses a header named twice (the
// second would silently hide the first's cells).
Result<QStringList> normalizedHeader(const QStringList &raw, const QString &fileName, int line)
{
    QStringList columns;
    QSet<QString> seen;
    for (const QString &h : raw) {
        const QString language = languageColumn(h);
        const QString name = language.isEmpty() ? h : language;
        if (!name.isEmpty() && seen.contains(name))
            return errorAt(Tr::tr("The column “%1” appears twice in the header (line %2); a sheet has each column once.")
                               .arg(name)
                               .arg(line),
                           fileName, line);
        seen.insert(name);
        columns << name;
    }
    return columns;
}

// The text of a JSON value as the sheet shows it: numbers without a trailing ".0".
QString cellText(const nlohmann::ordered_json &v)
{
    if (v.is_null())
        return {};
    if (v.is_string())
        return QString::fromStdString(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (v.is_number_integer())
        return v.is_number_unsigned() ? QString::number(v.get<quint64>()) : QString::number(v.get<qint64>());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    return QString::fromStdString(v.dump()); // an object or array: kept as JSON text
}

QString contentJson(const SmsTable &table)
{
    QJsonArray rows;
    for (const QStringList &r : table.rows)
        rows.append(QJsonArray::fromStringList(r));
    const QJsonObject o{{QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                        {QStringLiteral("rows"), rows}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<SmsTable> tableFromContent(const QString &content)
{
    const QJsonDocument d = QJsonDocument::fromJson(content.toUtf8());
    if (!d.isObject())
        return std::nullopt;
    SmsTable t;
    for (const QJsonValue &c : d.object().value(QStringLiteral("columns")).toArray())
        t.columns << c.toString();
    for (const QJsonValue &r : d.object().value(QStringLiteral("rows")).toArray()) {
        QStringList cells;
        for (const QJsonValue &c : r.toArray())
            cells << c.toString();
        t.rows << cells;
    }
    return t;
}

Error noSuchTable(const QString &name)
{
    return makeError(Tr::tr("There is no SMS table “%1”; import one with `switchboard sms import FILE --table %1`.").arg(name));
}

Error noSuchVersion(const QString &name, int version)
{
    return makeError(Tr::tr("The SMS table “%1” has no version %2; see `switchboard sms versions --table %1`.")
                         .arg(name)
                         .arg(version));
}

Error readFailed(const QSqlQuery &q)
{
    Q_UNUSED(q)
    return makeError(Tr::tr("The store could not be read."));
}

// The table's id, or 0 when there is none by that name; -1 on a read error.
qint64 tableId(QSqlDatabase db, const QString &name)
{
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT id FROM sms_tables WHERE name = ?"), {name}))
        return -1;
    return q.next() ? q.value(0).toLongLong() : 0;
}

// The id of a table that must exist; an error naming the remedy when it does not.
Result<qint64> existingTableId(QSqlDatabase db, const QString &name)
{
    const qint64 id = tableId(db, name);
    if (id < 0)
        return makeError(Tr::tr("The store could not be read."));
    if (id == 0)
        return noSuchTable(name);
    return id;
}

} // namespace

const QList<Language> &languages()
{
    static const QList<Language> all = {
        {"English", "EN"}, {"French", "FRA"}, {"Spanish", "ES"},  {"Malagasy", "MLG"}, {"Burmese", "MYA"}, {"Khmer", "KHM"},
        {"Nepali", "NEP"}, {"Swahili", "SW"}, {"Tagalog", "TGL"}, {"Wolof", "WOL"},    {"PHI", "PHI"},
    };
    return all;
}

QString languageColumn(const QString &header)
{
    const QString h = header.trimmed();
    for (const Language &l : languages())
        if (h.compare(QLatin1String(l.longName), Qt::CaseInsensitive) == 0
            || h.compare(QLatin1String(l.shortName), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(l.longName);
    return {};
}

QString SmsTable::cell(int row, const QString &column) const
{
    const int c = columnIndex(column);
    if (c < 0 || row < 0 || row >= rows.size() || c >= rows[row].size())
        return {};
    return rows[row][c];
}

QStringList SmsTable::languageColumns() const
{
    QStringList out;
    for (const QString &c : columns)
        if (languageColumn(c) == c)
            out << c;
    return out;
}

QList<QStringList> readTabSeparated(const QString &input)
{
    QString text = input;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QList<QStringList> rows;
    if (text.isEmpty()) // "\n" alone is one empty cell (a spreadsheet's copy of one)
        return input.isEmpty() ? rows : QList<QStringList>{QStringList{QString()}};
    QStringList row;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (true) {
        // One cell from i.
        QString cell;
        qsizetype end = -1; // index of the delimiter after the cell (n: the end)
        if (i < n && text.at(i) == QLatin1Char('"')) {
            QString quoted;
            qsizetype j = i + 1;
            bool closed = false;
            while (j < n) {
                if (text.at(j) == QLatin1Char('"')) {
                    if (j + 1 < n && text.at(j + 1) == QLatin1Char('"')) {
                        quoted += QLatin1Char('"');
                        j += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                quoted += text.at(j++);
            }
            // Quoted only when the closing quote ends the cell.
            if (closed && (j + 1 == n || text.at(j + 1) == QLatin1Char('\t') || text.at(j + 1) == QLatin1Char('\n'))) {
                cell = quoted;
                end = j + 1;
            }
        }
        if (end < 0) {
            end = i;
            while (end < n && text.at(end) != QLatin1Char('\t') && text.at(end) != QLatin1Char('\n'))
                ++end;
            cell = text.mid(i, end - i);
        }
        row << cell;
        if (end >= n) {
            rows << row;
            break;
        }
        if (text.at(end) == QLatin1Char('\n')) {
            rows << row;
            row.clear();
        }
        i = end + 1;
    }
    return rows;
}

QString writeTabSeparated(const QList<QStringList> &rows)
{
    QStringList lines;
    lines.reserve(rows.size());
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &cell : row) {
            if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                || cell.startsWith(QLatin1Char('"'))) {
                QString quoted = cell;
                quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
                cells << QLatin1Char('"') + quoted + QLatin1Char('"');
            } else {
                cells << cell;
            }
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

Result<SmsTable> readCsv(const QByteArray &bytes, const QString &fileName)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(withoutBom(bytes));
    if (decoder.hasError())
        return errorAt(Tr::tr("The file is not UTF-8 text; export the sheet as “CSV UTF-8”."), fileName);

    // Records with the line each began on.
    QList<QStringList> records;
    QList<int> recordLines;
    QList<bool> recordBlank; // a line with nothing on it (not even "")
    QStringList record;
    QString cellValue;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;     // inside a quoted cell
    bool afterQuote = false; // a quoted cell just closed
    bool cellStarted = false;
    int quoteLine = 0;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        recordBlank << (record.isEmpty() && cellValue.isEmpty() && !cellStarted && !afterQuote);
        record << cellValue;
        cellValue.clear();
        records << record;
        recordLines << recordLine;
        record.clear();
        cellStarted = false;
        afterQuote = false;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cellValue += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (ch == QLatin1Char('\n'))
                    ++line;
                else if (ch == QLatin1Char('\r') && !(i + 1 < n && text.at(i + 1) == QLatin1Char('\n')))
                    ++line;
                cellValue += ch;
            }
            continue;
        }
        if (ch == QLatin1Char(',')) {
            record << cellValue;
            cellValue.clear();
            cellStarted = false;
            afterQuote = false;
        } else if (ch == QLatin1Char('\r') || ch == QLatin1Char('\n')) {
            if (ch == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (afterQuote) {
            return errorAt(Tr::tr("Line %1: a quoted cell is followed by “%2” instead of a comma or the end of the line; "
                                  "a quote inside a quoted cell is written twice (\"\").")
                               .arg(line)
                               .arg(ch),
                           fileName, line);
        } else if (ch == QLatin1Char('"') && !cellStarted) {
            quoted = true;
            cellStarted = true;
            quoteLine = line;
        } else {
            cellValue += ch;
            cellStarted = true;
        }
    }
    if (quoted)
        return errorAt(Tr::tr("Line %1: a quoted cell that begins here is never closed (a missing \").").arg(quoteLine),
                       fileName, quoteLine);
    // The last record when the file does not end with a line break.
    if (!record.isEmpty() || cellStarted || afterQuote)
        endRecord();
    // Blank lines at the end are not rows.
    while (!records.isEmpty() && recordBlank.constLast()) {
        records.removeLast();
        recordLines.removeLast();
        recordBlank.removeLast();
    }
    if (records.isEmpty())
        return errorAt(Tr::tr("The file is empty; the first line must be the header with the column names."), fileName);

    const Result<QStringList> header = normalizedHeader(records.constFirst(), fileName, recordLines.constFirst());
    if (!header)
        return header.error();
    SmsTable table;
    table.columns = header.value();
    for (qsizetype r = 1; r < records.size(); ++r) {
        if (records[r].size() != table.columns.size())
            return errorAt(Tr::tr("Line %1: the row has %2 cells, but the header has %3 columns.")
                               .arg(recordLines[r])
                               .arg(records[r].size())
                               .arg(table.columns.size()),
                           fileName, recordLines[r]);
        table.rows << records[r];
    }
    return table;
}

Result<SmsTable> readJson(const QByteArray &bytes, const QString &fileName)
{
    // ordered_json keeps the keys in file order: the first object's order is the sheet's.
    nlohmann::ordered_json doc;
    try {
        const QByteArray body = withoutBom(bytes);
        doc = nlohmann::ordered_json::parse(body.constData(), body.constData() + body.size());
    } catch (const nlohmann::ordered_json::parse_error &e) {
        // The byte offset is the most precise place the parser gives; turn it into a line.
        const QByteArray body = withoutBom(bytes);
        const int line = int(body.left(qsizetype(e.byte)).count('\n')) + 1;
        return errorAt(Tr::tr("Line %1: the file is not valid JSON (%2).").arg(line).arg(QString::fromUtf8(e.what())),
                       fileName, line);
    }
    if (!doc.is_array())
        return errorAt(Tr::tr("The JSON file must be an array of rows, one object per message."), fileName);
    SmsTable table;
    QStringList rawColumns;
    QList<QHash<QString, QString>> rowMaps;
    int index = 0;
    for (const auto &item : doc) {
        ++index;
        if (!item.is_object())
            return errorAt(Tr::tr("Row %1 of the JSON array is not an object with the sheet's columns.").arg(index),
                           fileName);
        QHash<QString, QString> cells;
        for (auto it = item.begin(); it != item.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            if (!rawColumns.contains(key))
                rawColumns << key; // keys the first object lacks come after its own
            cells.insert(key, cellText(it.value()));
        }
        rowMaps << cells;
    }
    const Result<QStringList> header = normalizedHeader(rawColumns, fileName, 0);
    if (!header)
        return header.error();
    table.columns = header.value();
    for (const auto &cells : rowMaps) {
        QStringList row;
        row.reserve(rawColumns.size());
        for (const QString &key : rawColumns)
            row << cells.value(key);
        table.rows << row;
    }
    return table;
}

Result<SmsTable> readTableFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    const QByteArray body = withoutBom(bytes);
    for (const char c : body) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '[')
            return readJson(bytes, path);
        break;
    }
    return readCsv(bytes, path);
}

QByteArray writeCsv(const SmsTable &table)
{
    auto needsQuotes = [](const QString &cell) {
        if (cell.isEmpty())
            return false;
        for (const QChar ch : cell)
            if (ch == QLatin1Char(',') || ch == QLatin1Char('"') || ch == QLatin1Char('\r') || ch == QLatin1Char('\n'))
                return true;
        return cell.front().isSpace() || cell.back().isSpace();
    };
    QString out;
    auto writeRow = [&](const QStringList &cells) {
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            const QString &c = cells[i];
            // A row of one empty cell would be a blank line, which is not read as a row.
            if (needsQuotes(c) || (cells.size() == 1 && c.isEmpty())) {
                QString escaped = c;
                escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
                out += QLatin1Char('"') + escaped + QLatin1Char('"');
            } else {
                out += c;
            }
        }
        out += QLatin1Char('\n');
    };
    writeRow(table.columns);
    for (const QStringList &r : table.rows)
        writeRow(r);
    return out.toUtf8();
}

QList<CellChange> diffTables(const SmsTable &a, const SmsTable &b)
{
    QList<CellChange> changes;
    // Columns of either version, in a's order then b's new ones.
    QStringList columns = a.columns;
    for (const QString &c : b.columns)
        if (!columns.contains(c))
            columns << c;
    const int rows = int(qMax(a.rows.size(), b.rows.size()));
    for (int r = 0; r < rows; ++r) {
        for (const QString &c : columns) {
            const QString before = r < a.rows.size() ? a.cell(r, c) : QString();
            const QString after = r < b.rows.size() ? b.cell(r, c) : QString();
            // An added or removed row lists every cell; a kept row only the changed ones.
            const bool addedOrRemoved = r >= a.rows.size() || r >= b.rows.size();
            if (addedOrRemoved || before != after)
                changes << CellChange{r + 1, c, before, after};
        }
    }
    return changes;
}

SmsTableStore::SmsTableStore(Store &store) : m_store(store) {}

Result<int> SmsTableStore::saveVersion(const QString &name, const SmsTable &table, const QString &note)
{
    if (name.trimmed().isEmpty())
        return makeError(Tr::tr("An SMS table needs a name (--table NAME)."));
    if (table.columns.isEmpty())
        return makeError(Tr::tr("The table has no columns; nothing was saved."));
    const QString content = contentJson(table);
    return writeAndWaitFor<int>(m_store, [&](QSqlDatabase &db) -> Result<int> {
        const qint64 t = now();
        qint64 id = tableId(db, name);
        if (id < 0)
            return makeError(Tr::tr("The store could not be read."));
        if (id == 0) {
            if (Status s = exec(db, QStringLiteral("INSERT INTO sms_tables (name, current_version, created_at) VALUES (?, 0, ?)"),
                                {name, t});
                !s)
                return s.error();
            id = tableId(db, name);
        }
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM sms_table_versions WHERE table_id = ?"), {id})
            || !q.next())
            return makeError(Tr::tr("The store could not be read."));
        const int version = q.value(0).toInt() + 1;
        if (Status s = exec(db, QStringLiteral("INSERT INTO sms_table_versions (table_id, version, content, note, created_at) "
                                               "VALUES (?, ?, ?, ?, ?)"),
                            {id, version, content, note, t});
            !s)
            return s.error();
        return version;
    });
}

Status SmsTableStore::publish(const QString &name, int version)
{
    return m_store.writeAndWait([&](QSqlDatabase &db) -> Status {
        const Result<qint64> table = existingTableId(db, name);
        if (!table)
            return table.error();
        const qint64 id = table.value();
        QSqlQuery q(db);
        if (!runQuery(q, QStringLiteral("SELECT v.id, t.current_version FROM sms_table_versions v JOIN sms_tables t "
                                        "ON t.id = v.table_id WHERE v.table_id = ? AND v.version = ?"),
                      {id, version}))
            return makeError(Tr::tr("The store could not be read."));
        if (!q.next())
            return noSuchVersion(name, version);
        const int previous = q.value(1).toInt();
        const qint64 t = now();
        if (Status s = exec(db, QStringLiteral("UPDATE sms_table_versions SET published_at = ? WHERE table_id = ? AND version = ?"),
                            {t, id, version});
            !s)
            return s;
        if (Status s = exec(db, QStringLiteral("UPDATE sms_tables SET current_version = ? WHERE id = ?"), {version, id}); !s)
            return s;
        const QJsonObject detail{{QStringLiteral("name"), name},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("previousVersion"), previous}};
        return exec(db, QStringLiteral("INSERT INTO audit_events (at, actor, action, object_type, object_key, project_id, "
                                       "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                    {t, actor(), QStringLiteral("published"), QStringLiteral("sms-table"), name, QVariant(),
                     QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))});
    });
}

Result<SmsTable> SmsTableStore::load(const QString &name, int version) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    // 0: the published version, else the newest.
    const QString sql = version > 0
        ? QStringLiteral("SELECT v.content, v.version FROM sms_table_versions v JOIN sms_tables t ON t.id = v.table_id "
                         "WHERE t.name = ? AND v.version = ?")
        : QStringLiteral("SELECT v.content, v.version FROM sms_table_versions v JOIN sms_tables t ON t.id = v.table_id "
                         "WHERE t.name = ? ORDER BY (v.version = t.current_version) DESC, v.version DESC LIMIT 1");
    if (!runQuery(q, sql, version > 0 ? QVariantList{name, version} : QVariantList{name}))
        return readFailed(q);
    if (!q.next()) {
        const qint64 id = tableId(db, name);
        if (id == 0)
            return noSuchTable(name);
        return noSuchVersion(name, version);
    }
    std::optional<SmsTable> t = tableFromContent(q.value(0).toString());
    if (!t)
        return makeError(Tr::tr("Version %1 of the SMS table “%2” is damaged in the store; import the sheet again.")
                             .arg(q.value(1).toInt())
                             .arg(name));
    return std::move(*t);
}

Result<QList<TableVersion>> SmsTableStore::versions(const QString &name) const
{
    QSqlDatabase db = m_store.readConnection();
    const Result<qint64> table = existingTableId(db, name);
    if (!table)
        return table.error();
    const qint64 id = table.value();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT version, created_at, published_at, note, content FROM sms_table_versions "
                                    "WHERE table_id = ? ORDER BY version"),
                  {id}))
        return readFailed(q);
    QList<TableVersion> out;
    while (q.next()) {
        TableVersion v;
        v.version = q.value(0).toInt();
        v.createdAt = q.value(1).toLongLong();
        v.publishedAt = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
        v.note = q.value(3).toString();
        const QJsonDocument d = QJsonDocument::fromJson(q.value(4).toString().toUtf8());
        v.rowCount = int(d.object().value(QStringLiteral("rows")).toArray().size());
        out << v;
    }
    return out;
}

Result<QStringList> SmsTableStore::tableNames() const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT name FROM sms_tables ORDER BY name")))
        return readFailed(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

Result<int> SmsTableStore::currentVersion(const QString &name) const
{
    QSqlDatabase db = m_store.readConnection();
    QSqlQuery q(db);
    if (!runQuery(q, QStringLiteral("SELECT current_version FROM sms_tables WHERE name = ?"), {name}))
        return readFailed(q);
    if (!q.next())
        return noSuchTable(name);
    return q.value(0).toInt();
}

Result<bool> installBuiltInTable(Store &store)
{
    SmsTableStore tables(store);
    const Result<QStringList> names = tables.tableNames();
    if (!names)
        return names.error();
    if (!names->isEmpty())
        return false;
    QFile f(QStringLiteral(":/sms/master-mapping-table.csv"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(Tr::tr("The built-in SMS table is missing from this build."));
    const Result<SmsTable> table = readCsv(f.readAll(), QStringLiteral("master-mapping-table.csv"));
    if (!table)
        return table.error();
    const QString name = QStringLiteral("Master Mapping Table");
    const Result<int> version = tables.saveVersion(name, table.value(), Tr::tr("The MiracleFeet sheet shipped with Switchboard"));
    if (!version)
        return version.error();
    if (Status s = tables.publish(name, version.value()); !s)
        return s.error();
    return true;
}

} // namespace sb::sms
