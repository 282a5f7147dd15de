#include "sms/smstable.h"
#include "store/migrations.h"
#include "store/store.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace sb;
using namespace sb::sms;
using namespace Qt::StringLiterals;

namespace {

// The fixtures are copied into the source tree so a clone without ../shared still tests.
QString fixture(const QString &name)
{
    return test::sourceDir() + QStringLiteral("/tests/sms/fixtures/") + name;
}

const QStringList kLongNames = {QStringLiteral("English"), QStringLiteral("French"),  QStringLiteral("Spanish"),
                                QStringLiteral("Malagasy"), QStringLiteral("Burmese"), QStringLiteral("Khmer"),
                                QStringLiteral("Nepali"),  QStringLiteral("Swahili"), QStringLiteral("Tagalog"),
                                QStringLiteral("Wolof"),   QStringLiteral("PHI")};

int auditCount(Store &store, const QString &name)
{
    QSqlQuery q(store.readConnection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'published' AND object_type = 'sms-table' "
                             "AND object_key = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestSmsTable final : public QObject
{
    Q_OBJECT

private slots:
    void languageNames()
    {
        QCOMPARE(languages().size(), 11);
        QCOMPARE(languageColumn(QStringLiteral("EN")), QStringLiteral("English"));
        QCOMPARE(languageColumn(QStringLiteral("FRA")), QStringLiteral("French"));
        QCOMPARE(languageColumn(QStringLiteral("MYA")), QStringLiteral("Burmese"));
        QCOMPARE(languageColumn(QStringLiteral("Wolof")), QStringLiteral("Wolof"));
        QCOMPARE(languageColumn(QStringLiteral("PHI")), QStringLiteral("PHI"));
        QCOMPARE(languageColumn(QStringLiteral("Name")), QString());
    }

    void realSheetImports()
    {
        const auto t = readTableFile(fixture(QStringLiteral("master-mapping-table.csv")));
        QVERIFY2(t, qPrintable(t.error().toString()));
        QCOMPARE(t->rows.size(), 117);
        QCOMPARE(t->columns.size(), 25);
        QCOMPARE(t->columns.first(), QString::fromLatin1(kColumnAlert));
        QCOMPARE(t->languageColumns(), kLongNames);
        for (const QStringList &row : t->rows)
            QCOMPARE(row.size(), 25);
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnName)), QStringLiteral("01 - Patient Registration"));
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnBulkId)), QStringLiteral("registration-1-{CommCare_Case_ID__c}"));
        QCOMPARE(t->cell(1, QString::fromLatin1(kColumnClock)), QStringLiteral("9:00"));
        // A quoted cell with commas and non-Latin text arrives whole.
        QVERIFY(t->cell(0, QStringLiteral("English")).startsWith(QStringLiteral("Hi {Guardian_1_First_Name__c}, this is")));
        QVERIFY(t->cell(0, QStringLiteral("Burmese")).contains(QStringLiteral("မင်္ဂလာပါ")));
        QCOMPARE(t->cell(116, QString::fromLatin1(kColumnName)), QStringLiteral("16 Treatment Suspended"));
    }

    void realSheetRoundTrips()
    {
        const QByteArray bytes = test::readFile(fixture(QStringLiteral("master-mapping-table.csv")));
        const auto t = readCsv(bytes);
        QVERIFY(t);
        const QByteArray written = writeCsv(t.value());
        QVERIFY(!written.contains('\r'));
        const auto back = readCsv(written);
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(back.value() == t.value());
    }

    void jsonFixtureImports()
    {
        const auto t = readTableFile(fixture(QStringLiteral("commcare-era-table.json")));
        QVERIFY2(t, qPrintable(t.error().toString()));
        QCOMPARE(t->rows.size(), 114);
        QCOMPARE(t->columns.size(), 25);
        // Key order of the first object, not QJsonObject's sorted order.
        QCOMPARE(t->columns.first(), QString::fromLatin1(kColumnAlert));
        QCOMPARE(t->columns.at(1), QString::fromLatin1(kColumnName));
        QCOMPARE(t->languageColumns(), kLongNames);
        // Numbers become the text the sheet shows; empty strings stay empty.
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnAlert)), QStringLiteral("1"));
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnDays)), QStringLiteral("0"));
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnClock)), QString());
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnBulkId)), QStringLiteral("registration-1-{form.case.case_id}"));

        const auto back = readCsv(writeCsv(t.value()));
        QVERIFY2(back, qPrintable(back.error().toString()));
        QVERIFY(back.value() == t.value());
    }

    void jsonShortLanguageNames()
    {
        const QByteArray json = R"([
 {"Name": "01 - Registration", "# SMS": 1, "Days from SSD": -2, "Min From SSD": 1.5, "EN": "Hi {FirstName}", "FRA": "Bonjour",
  "ES": "Hola", "MLG": "", "MYA": "", "KHM": "", "NEP": "", "SW": "", "TGL": "", "WOL": "", "PHI": "", "Flag": true, "Gone": null},
 {"Name": "02", "# SMS": 2, "EN": "Second"}
])";
        const auto t = readJson(json);
        QVERIFY2(t, qPrintable(t.error().toString()));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->languageColumns(), kLongNames);
        QCOMPARE(t->columns.at(4), QStringLiteral("English"));
        QCOMPARE(t->cell(0, QStringLiteral("English")), QStringLiteral("Hi {FirstName}"));
        QCOMPARE(t->cell(0, QStringLiteral("French")), QStringLiteral("Bonjour"));
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnDays)), QStringLiteral("-2"));
        QCOMPARE(t->cell(0, QString::fromLatin1(kColumnMinutes)), QStringLiteral("1.5"));
        QCOMPARE(t->cell(0, QStringLiteral("Gone")), QString());
        // A key missing from a later row is an empty cell.
        QCOMPARE(t->cell(1, QString::fromLatin1(kColumnDays)), QString());
        QCOMPARE(t->cell(1, QStringLiteral("English")), QStringLiteral("Second"));
    }

    void csvShortLanguageNamesAndQuoting()
    {
        // CRLF rows, a BOM, doubled quotes, a comma and a multi-line cell, blank lines at the end.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Name,EN,FRA\r\n"
                               "\"01, first\",\"Line one\r\nline \"\"two\"\"\",plain\r\n"
                               "02,\" padded \",\r\n"
                               "\r\n\r\n";
        const auto t = readCsv(csv);
        QVERIFY2(t, qPrintable(t.error().toString()));
        QCOMPARE(t->columns, (QStringList{QStringLiteral("Name"), QStringLiteral("English"), QStringLiteral("French")}));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows[0][0], QStringLiteral("01, first"));
        QCOMPARE(t->rows[0][1], QStringLiteral("Line one\r\nline \"two\""));
        QCOMPARE(t->rows[1][1], QStringLiteral(" padded "));
        QCOMPARE(t->rows[1][2], QString());
        const QByteArray written = writeCsv(t.value());
        QCOMPARE(written, QByteArray("Name,English,French\n"
                                     "\"01, first\",\"Line one\r\nline \"\"two\"\"\",plain\n"
                                     "02,\" padded \",\n"));
        const auto back = readCsv(written);
        QVERIFY(back);
        QVERIFY(back.value() == t.value());
    }

    void multiLineCellSurvives()
    {
        const QByteArray csv = "# Alert,Name,English\n"
                               "1,A,\"first line\nsecond line\n\nfourth\"\n"
                               "2,B,after\n";
        const auto t = readCsv(csv);
        QVERIFY2(t, qPrintable(t.error().toString()));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->cell(0, QStringLiteral("English")), QStringLiteral("first line\nsecond line\n\nfourth"));
        QCOMPARE(t->cell(1, QStringLiteral("English")), QStringLiteral("after"));
        const auto back = readCsv(writeCsv(t.value()));
        QVERIFY(back);
        QVERIFY(back.value() == t.value());
    }

    void singleColumnEmptyCellRoundTrips()
    {
        SmsTable t;
        t.columns = {QStringLiteral("Name")};
        t.rows = {{QStringLiteral("a")}, {QString()}};
        const auto back = readCsv(writeCsv(t));
        QVERIFY2(back, qPrintable(back.error().toString()));
        QCOMPARE(back->rows.size(), 2);
        QVERIFY(back.value() == t);
    }

    void unclosedQuoteNamesItsLine()
    {
        const QByteArray csv = "Name,English\n"
                               "a,b\n"
                               "c,\"never closed\n"
                               "d,e\n";
        const auto t = readCsv(csv, QStringLiteral("sheet.csv"));
        QVERIFY(!t);
        QCOMPARE(t.error().line, 3);
        QCOMPARE(t.error().file, QStringLiteral("sheet.csv"));
        QVERIFY2(t.error().message.contains(QStringLiteral("Line 3")), qPrintable(t.error().message));
        QVERIFY(t.error().toString().startsWith(QStringLiteral("sheet.csv:3:")));
    }

    void wrongCellCountNamesItsLine()
    {
        // The bad row begins on line 4 (the row before spans lines 2-3).
        const QByteArray csv = "Name,English,French\n"
                               "a,\"b\nb\",c\n"
                               "d,e\n";
        const auto t = readCsv(csv);
        QVERIFY(!t);
        QCOMPARE(t.error().line, 4);
        QVERIFY2(t.error().message.contains(QStringLiteral("Line 4")), qPrintable(t.error().message));
        QVERIFY2(t.error().message.contains(QStringLiteral("2 cells")), qPrintable(t.error().message));
    }

    void badInputIsRefused()
    {
        QVERIFY(!readCsv(QByteArray()));
        QVERIFY(!readCsv("\n\n"));
        QVERIFY(!readCsv("Name,EN,English\nx,y,z\n")); // English twice
        QVERIFY(!readCsv("Name,English\n\"a\"b,c\n"));  // text after a closing quote
        QVERIFY(!readCsv("Name\n\xff\xfe\n"));          // not UTF-8
        QVERIFY(!readJson("{\"Name\": 1}"));
        QVERIFY(!readJson("[1, 2]"));
        const auto broken = readJson("[\n{\"Name\": \n");
        QVERIFY(!broken);
        QVERIFY(broken.error().line > 0);
        test::TempDir dir;
        QVERIFY(!readTableFile(dir.file(QStringLiteral("missing.csv"))));
    }

    // The clipboard format of spreadsheets (LibreOffice, Excel, Google Sheets): quoted cells
    // keep line breaks, tabs and quotes; anything else is plain text.
    void tabSeparatedCells_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("rows");
        using Rows = QList<QStringList>;
        QTest::newRow("one cell") << u"Hello"_s << Rows{{u"Hello"_s}};
        QTest::newRow("trailing line break") << u"a\tb\n"_s << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("CRLF rows") << u"a\tb\r\nc\td\r\n"_s << Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}};
        QTest::newRow("multi-line cell") << u"\"Line one\nLine two\"\tFR"_s << Rows{{u"Line one\nLine two"_s, u"FR"_s}};
        QTest::newRow("multi-line cell in the second row")
            << u"x\ty\n\"1\n2\n3\"\tz"_s << Rows{{u"x"_s, u"y"_s}, {u"1\n2\n3"_s, u"z"_s}};
        QTest::newRow("doubled quotes") << u"\"Say \"\"hi\"\"\nnow\""_s << Rows{{u"Say \"hi\"\nnow"_s}};
        QTest::newRow("tab inside quotes") << u"\"a\tb\"\tc"_s << Rows{{u"a\tb"_s, u"c"_s}};
        QTest::newRow("quote inside plain text") << u"Say \"hi\"\tx"_s << Rows{{u"Say \"hi\""_s, u"x"_s}};
        QTest::newRow("quote that does not close the cell") << u"\"5\" brace\tx"_s << Rows{{u"\"5\" brace"_s, u"x"_s}};
        QTest::newRow("unclosed quote") << u"\"open\tx"_s << Rows{{u"\"open"_s, u"x"_s}};
        QTest::newRow("empty cells") << u"\t\n\t"_s << Rows{{QString(), QString()}, {QString(), QString()}};
        QTest::newRow("one empty cell") << u"\n"_s << Rows{{QString()}};
        QTest::newRow("nothing") << QString() << Rows{};
    }
    void tabSeparatedCells()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, rows);
        QCOMPARE(readTabSeparated(text), rows);
        // What is written reads back the same.
        if (!rows.isEmpty() && !(rows.size() == 1 && rows.first() == QStringList{QString()}))
            QCOMPARE(readTabSeparated(writeTabSeparated(rows)), rows);
    }

    void tabSeparatedRoundTripsTheRealSheet()
    {
        const auto table = readTableFile(fixture(QStringLiteral("master-mapping-table.csv")));
        QVERIFY2(table, qPrintable(table.error().toString()));
        QList<QStringList> rows{table->columns};
        for (const QStringList &r : table->rows)
            rows << r;
        QCOMPARE(readTabSeparated(writeTabSeparated(rows)), rows);
    }

    void diffListsChangedCells()
    {
        SmsTable a;
        a.columns = {QStringLiteral("Name"), QStringLiteral("English")};
        a.rows = {{QStringLiteral("1"), QStringLiteral("Hi")}, {QStringLiteral("2"), QStringLiteral("Bye")}};
        SmsTable b = a;
        QVERIFY(diffTables(a, b).isEmpty());
        b.rows[1][1] = QStringLiteral("Goodbye");
        b.rows << QStringList{QStringLiteral("3"), QString()};
        const QList<CellChange> changes = diffTables(a, b);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].row, 2);
        QCOMPARE(changes[0].column, QStringLiteral("English"));
        QCOMPARE(changes[0].before, QStringLiteral("Bye"));
        QCOMPARE(changes[0].after, QStringLiteral("Goodbye"));
        QCOMPARE(changes[1].row, 3); // the added row, every cell
        QCOMPARE(changes[2].row, 3);
    }

    void storeVersionsPublishAndDiff()
    {
        test::TempDir dir;
        auto store = Store::open(dir.file(QStringLiteral("sms.db")));
        QVERIFY2(store, qPrintable(store.error().toString()));
        QCOMPARE(store.value()->schemaVersion(), latestSchemaVersion());
        SmsTableStore tables(*store.value());

        const auto sheet = readTableFile(fixture(QStringLiteral("master-mapping-table.csv")));
        QVERIFY(sheet);
        QVERIFY(!tables.load(QStringLiteral("master")));
        QVERIFY(!tables.publish(QStringLiteral("master"), 1));

        const auto v1 = tables.saveVersion(QStringLiteral("master"), sheet.value(), QStringLiteral("first import"));
        QVERIFY2(v1, qPrintable(v1.error().toString()));
        QCOMPARE(v1.value(), 1);
        QCOMPARE(tables.currentVersion(QStringLiteral("master")).value(), 0);
        // Nothing published yet: load gives the newest.
        QVERIFY(tables.load(QStringLiteral("master")).value() == sheet.value());

        SmsTable edited = sheet.value();
        const int englishColumn = edited.columnIndex(QStringLiteral("English"));
        edited.rows[4][englishColumn] = QStringLiteral("Hello {FirstName}, fixed text.");
        const auto v2 = tables.saveVersion(QStringLiteral("master"), edited, QString());
        QVERIFY(v2);
        QCOMPARE(v2.value(), 2);

        const auto loaded1 = tables.load(QStringLiteral("master"), 1);
        const auto loaded2 = tables.load(QStringLiteral("master"), 2);
        QVERIFY(loaded1 && loaded2);
        QVERIFY(loaded1.value() == sheet.value());
        QVERIFY(loaded2.value() == edited);
        const QList<CellChange> changes = diffTables(loaded1.value(), loaded2.value());
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes[0].row, 5);
        QCOMPARE(changes[0].column, QStringLiteral("English"));
        QCOMPARE(changes[0].before, sheet->rows[4][englishColumn]);
        QCOMPARE(changes[0].after, QStringLiteral("Hello {FirstName}, fixed text."));

        QVERIFY(tables.publish(QStringLiteral("master"), 1));
        QCOMPARE(tables.currentVersion(QStringLiteral("master")).value(), 1);
        QVERIFY(tables.load(QStringLiteral("master")).value() == sheet.value()); // current beats newest
        QVERIFY(tables.publish(QStringLiteral("master"), 2));
        QCOMPARE(tables.currentVersion(QStringLiteral("master")).value(), 2);
        QVERIFY(tables.load(QStringLiteral("master")).value() == edited);
        QCOMPARE(auditCount(*store.value(), QStringLiteral("master")), 2);
        QVERIFY(!tables.publish(QStringLiteral("master"), 7));
        QVERIFY(!tables.load(QStringLiteral("master"), 7));

        const auto versions = tables.versions(QStringLiteral("master"));
        QVERIFY(versions);
        QCOMPARE(versions->size(), 2);
        QCOMPARE(versions->at(0).version, 1);
        QCOMPARE(versions->at(0).note, QStringLiteral("first import"));
        QCOMPARE(versions->at(0).rowCount, 117);
        QVERIFY(versions->at(0).publishedAt > 0);
        QVERIFY(versions->at(1).createdAt > 0);

        QVERIFY(tables.saveVersion(QStringLiteral("other"), sheet.value(), QString()));
        QCOMPARE(tables.tableNames().value(), (QStringList{QStringLiteral("master"), QStringLiteral("other")}));
        QVERIFY(!tables.saveVersion(QString(), sheet.value(), QString()));

        // Versions survive reopening the file.
        const QString path = store.value()->path();
        store.value().reset();
        auto again = Store::open(path);
        QVERIFY(again);
        SmsTableStore reopened(*again.value());
        QCOMPARE(reopened.currentVersion(QStringLiteral("master")).value(), 2);
        QVERIFY(reopened.load(QStringLiteral("master")).value() == edited);
    }
};

QTEST_GUILESS_MAIN(TestSmsTable)
#include "tst_smstable.moc"
