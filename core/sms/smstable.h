#pragma once

// The SMS Master Mapping Table (../shared/docs/sms-scheduling.md): one row per message,
// the sheet's columns in the sheet's order. Cells are kept as text, exactly as the sheet
// has them, so an export re-imports identically; typed readings (days, clock, minutes)
// are done by the validator and the scheduler.

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb {
class Store;
}

namespace sb::sms {

// The eleven message languages: the sheet's long column name and the converter's short one.
struct Language
{
    const char *longName;  // "English"
    const char *shortName; // "EN"
};
const QList<Language> &languages();

// Canonical (long) language column name for a header cell, or empty when it is not one
// ("EN" → "English", "English" → "English").
QString languageColumn(const QString &header);

// The key columns, by their sheet names.
inline constexpr const char *kColumnAlert = "# Alert";
inline constexpr const char *kColumnName = "Name";
inline constexpr const char *kColumnSms = "# SMS";
inline constexpr const char *kColumnSsd = "Schedule Start Date (SSD)";
inline constexpr const char *kColumnDays = "Days from SSD";
inline constexpr const char *kColumnClock = "Clock Time";
inline constexpr const char *kColumnMinutes = "Min From SSD";
inline constexpr const char *kColumnReminder = "Reminder";
inline constexpr const char *kColumnEducational = "Educational";
inline constexpr const char *kColumnBulkId = "message unique id/bulkId";

struct SmsTable
{
    QStringList columns;     // headers as imported, language columns renamed to their long name
    QList<QStringList> rows; // one per message; each has columns.size() cells

    int columnIndex(const QString &name) const { return int(columns.indexOf(name)); }
    QString cell(int row, const QString &column) const; // "" when the column is missing
    QStringList languageColumns() const;                // long names present, in sheet order
    bool operator==(const SmsTable &o) const { return columns == o.columns && rows == o.rows; }
};

// The sheet's CSV export: UTF-8 (a BOM is skipped), comma-separated, RFC 4180 quoting with
// multi-line cells; blank trailing lines ignored. Errors name the line.
Result<SmsTable> readCsv(const QByteArray &bytes, const QString &fileName = {});
// The converter's JSON: an array of objects keyed by header; numbers become their text.
Result<SmsTable> readJson(const QByteArray &bytes, const QString &fileName = {});
// Either, by content (a JSON array starts with '[').
Result<SmsTable> readTableFile(const QString &path);

// CSV that readCsv reads back to an equal table (quotes only where needed, CRLF-free).
QByteArray writeCsv(const SmsTable &table);

// Cells as spreadsheets put them on the clipboard: tab-separated, one line per row, a cell
// with a tab, a line break or a leading quote in double quotes (inner quotes doubled).
// Reading is lenient as a paste must be: CRLF is a line break, one trailing line break
// ends the text ("\n" alone is one empty cell), and a quote that does not close a cell is
// kept as text.
QList<QStringList> readTabSeparated(const QString &text);
QString writeTabSeparated(const QList<QStringList> &rows);

// One changed cell between two versions (rows matched by position; added/removed rows
// list every cell of the row).
struct CellChange
{
    int row = 0; // 1-based over data rows
    QString column;
    QString before;
    QString after;
};
QList<CellChange> diffTables(const SmsTable &a, const SmsTable &b);

// Tables in the store, versioned: every import or save is a new version; publishing makes
// one version current (what the scheduler uses).
struct TableVersion
{
    int version = 0;
    qint64 createdAt = 0;
    qint64 publishedAt = 0; // 0: never published
    QString note;
    int rowCount = 0;
};

class SmsTableStore
{
public:
    explicit SmsTableStore(Store &store);

    // Saves `table` as the next version of `name` (created when new); returns the version.
    Result<int> saveVersion(const QString &name, const SmsTable &table, const QString &note);
    Status publish(const QString &name, int version);
    Result<SmsTable> load(const QString &name, int version = 0) const; // 0: the current (published) one, else the newest
    Result<QList<TableVersion>> versions(const QString &name) const;
    Result<QStringList> tableNames() const;
    Result<int> currentVersion(const QString &name) const; // 0 when none is published

private:
    Store &m_store;
};

// A store with no SMS table gets the real sheet (":/sms/master-mapping-table.csv", 117
// rows) as the published version 1 of "Master Mapping Table", so the demo's SMS workflow
// and the console's SMS page have something true to show. True when it was added.
Result<bool> installBuiltInTable(Store &store);

} // namespace sb::sms
