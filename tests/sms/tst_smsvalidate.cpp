#include "sms/smsvalidate.h"

#include "testsupport.h"

#include <QDir>
#include <QMap>
#include <QTest>

using namespace sb::sms;

namespace {

// A small RFC 4180 reader, so this test does not depend on the table reader's own test.
SmsTable parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool any = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
            any = true;
        } else if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            any = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (any || !field.isEmpty()) {
                record.append(field);
                records.append(record);
            }
            record.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    if (any || !field.isEmpty()) {
        record.append(field);
        records.append(record);
    }
    SmsTable t;
    if (records.isEmpty())
        return t;
    t.columns = records.takeFirst();
    t.rows = records;
    return t;
}

// A table with the key columns and two languages; rows given as {column, value} maps.
SmsTable table(const QList<QMap<QString, QString>> &rows)
{
    SmsTable t;
    t.columns = {QStringLiteral("# Alert"),       QStringLiteral("Name"),
                 QStringLiteral("# SMS"),         QStringLiteral("Days from SSD"),
                 QStringLiteral("Clock Time"),    QStringLiteral("Min From SSD"),
                 QStringLiteral("message unique id/bulkId"), QStringLiteral("English"),
                 QStringLiteral("French")};
    int n = 0;
    for (const auto &values : rows) {
        ++n;
        QStringList cells;
        for (const QString &c : t.columns) {
            if (values.contains(c))
                cells.append(values.value(c));
            else if (c == QLatin1String("# SMS"))
                cells.append(QString::number(n));
            else if (c == QLatin1String("Days from SSD"))
                cells.append(QStringLiteral("0"));
            else if (c == QLatin1String("Clock Time"))
                cells.append(QStringLiteral("10:00"));
            else if (c == QLatin1String("message unique id/bulkId"))
                cells.append(QStringLiteral("row-%1-{CommCare_Case_ID__c}").arg(n));
            else if (c == QLatin1String("English"))
                cells.append(QStringLiteral("Hi {Guardian_1_First_Name__c}."));
            else if (c == QLatin1String("French"))
                cells.append(QStringLiteral("Bonjour {Guardian_1_First_Name__c}."));
            else
                cells.append(QString());
        }
        t.rows.append(cells);
    }
    return t;
}

QList<Finding> ofKind(const QList<Finding> &all, const char *kind)
{
    QList<Finding> out;
    for (const Finding &f : all) {
        if (f.kind == QLatin1String(kind))
            out.append(f);
    }
    return out;
}

QString dump(const QList<Finding> &all)
{
    QStringList lines;
    for (const Finding &f : all)
        lines.append(QStringLiteral("%1 %2 %3: %4").arg(f.row).arg(f.column, f.kind, f.message));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TstSmsValidate final : public QObject
{
    Q_OBJECT

private slots:
    void segmentsGsm()
    {
        const QString a160(160, QLatin1Char('a'));
        SegmentCount c = countSegments(a160);
        QVERIFY(!c.ucs2);
        QCOMPARE(c.units, 160);
        QCOMPARE(c.segments, 1);
        c = countSegments(a160 + QLatin1Char('a'));
        QCOMPARE(c.units, 161);
        QCOMPARE(c.segments, 2);
        QCOMPARE(countSegments(QString(306, QLatin1Char('a'))).segments, 2);
        QCOMPARE(countSegments(QString(307, QLatin1Char('a'))).segments, 3);
        QCOMPARE(countSegments(QString()).segments, 0);
        // GSM-7 accented letters and Greek capitals are one septet each.
        c = countSegments(QStringLiteral("é à ñ ü Ç Δ Ω £ ¥ § ¿ ¡ @ $"));
        QVERIFY(!c.ucs2);
        QCOMPARE(c.units, 27); // 14 letters and 13 spaces
    }

    void segmentsGsmExtension()
    {
        // ^ { } \ [ ~ ] | € take two septets each.
        SegmentCount c = countSegments(QStringLiteral("^{}\\[~]|€"));
        QVERIFY(!c.ucs2);
        QCOMPARE(c.units, 18);
        // 80 euro signs are 160 septets: one SMS; 81 are two.
        QCOMPARE(countSegments(QString(80, QChar(0x20AC))).segments, 1);
        QCOMPARE(countSegments(QString(81, QChar(0x20AC))).segments, 2);
        QCOMPARE(countSegments(QString(159, QLatin1Char('a')) + QLatin1Char('[')).segments, 2);
    }

    void segmentsUcs2()
    {
        // "ç" (lower case) is not in GSM-7 (only "Ç" is).
        const QString base = QStringLiteral("ç") + QString(69, QLatin1Char('a'));
        SegmentCount c = countSegments(base);
        QVERIFY(c.ucs2);
        QCOMPARE(c.units, 70);
        QCOMPARE(c.segments, 1);
        QCOMPARE(c.firstUcs2Character, QStringLiteral("ç"));
        c = countSegments(base + QLatin1Char('a'));
        QCOMPARE(c.units, 71);
        QCOMPARE(c.segments, 2);
        QCOMPARE(countSegments(QString(134, QLatin1Char('a')) + QStringLiteral("ç")).segments, 3);
        QCOMPARE(countSegments(QString(133, QLatin1Char('a')) + QStringLiteral("ç")).segments, 2);

        const QString khmer = QStringLiteral("សួស្តី ខ្ញុំទូរស័ព្ទពីគ្លីនិកជើងខ្វេរ");
        c = countSegments(khmer);
        QVERIFY(c.ucs2);
        QCOMPARE(c.units, int(khmer.size()));
        QCOMPARE(c.firstUcs2Character, QStringLiteral("ស"));
        QCOMPARE(c.segments, 1);
        QCOMPARE(countSegments(khmer + khmer).segments, 2);

        // An emoji outside the BMP is two UTF-16 code units.
        const QString emoji = QString::fromUcs4(U"\U0001F600", 1);
        c = countSegments(QStringLiteral("Hi ") + emoji);
        QVERIFY(c.ucs2);
        QCOMPARE(c.units, 5);
        QCOMPARE(c.firstUcs2Character, emoji);
        QCOMPARE(countSegments(QString(68, QLatin1Char('a')) + emoji).segments, 1);
        QCOMPARE(countSegments(QString(69, QLatin1Char('a')) + emoji).segments, 2);
    }

    void knownNames()
    {
        const QStringList &k = knownPlaceholders();
        for (const char *name : {"Guardian_1_First_Name__c", "FirstName", "Pronoun_he_she__c",
                                 "Pronoun_him_her__c", "Pronoun_his_her__c", "AccountId",
                                 "Next_Visit_Date_New__c", "CommCare_Case_ID__c",
                                 "Last_Visit_Date__c", "Original_Next_Visit_Date__c"})
            QVERIFY2(k.contains(QLatin1String(name)), name);
        QVERIFY(!k.contains(QStringLiteral("case.patient_first_name")));
    }

    void cleanTableHasNoFindings()
    {
        const QList<Finding> f = validateTable(table({{}, {}, {}}));
        QVERIFY2(f.isEmpty(), qPrintable(dump(f)));
    }

    void unknownPlaceholder()
    {
        const QString zwsp = QStringLiteral("{FirstName\u200B} is here");
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("English"), QStringLiteral("Hi {proun_he_she} and {FirstName}.")}},
            {{QStringLiteral("English"), zwsp}},
            {{QStringLiteral("English"), QStringLiteral("Hi {case.patient.first_name || FirstName}")}},
            {{QStringLiteral("English"), QStringLiteral("Hi {FirstName || Guardian_1_First_Name__c}")}},
            {{QStringLiteral("French"), QStringLiteral("Salut {firstname} {patient_first_fname} {FirstName }")}},
        }));
        const QList<Finding> u = ofKind(f, kUnknownPlaceholder);
        QCOMPARE(u.size(), f.size());
        QCOMPARE(u.size(), 6);
        QCOMPARE(u.at(0).row, 1);
        QCOMPARE(u.at(0).column, QStringLiteral("English"));
        QVERIFY2(u.at(0).message.contains(QStringLiteral("did you mean {Pronoun_he_she__c}?")),
                 qPrintable(u.at(0).message));
        QCOMPARE(u.at(1).row, 2);
        QCOMPARE(u.at(1).message,
                 QStringLiteral("{FirstName<U+200B>}: the name has an invisible character "
                                "(U+200B ZERO WIDTH SPACE) after “FirstName”; remove it."));
        QCOMPARE(u.at(2).row, 3);
        QVERIFY2(u.at(2).message.contains(QStringLiteral("case.patient.first_name")),
                 qPrintable(u.at(2).message));
        QCOMPARE(u.at(3).row, 5);
        QCOMPARE(u.at(3).column, QStringLiteral("French"));
        QVERIFY2(u.at(3).message.contains(QStringLiteral("write {FirstName}")), qPrintable(u.at(3).message));
        QVERIFY2(u.at(4).message.contains(QStringLiteral("did you mean {FirstName}?")),
                 qPrintable(u.at(4).message));
        QVERIFY2(u.at(5).message.contains(QStringLiteral("a space after “FirstName”")),
                 qPrintable(u.at(5).message));
    }

    void invisibleCharacters()
    {
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("English"), QStringLiteral("Hi {\u00A0FirstName}")}},
            {{QStringLiteral("English"), QStringLiteral("Hi {Guardian_1_\u00ADFirst_Name__c}")}},
            {{QStringLiteral("English"), QStringLiteral("Hi {FirstName\u200C}")}},
            {{QStringLiteral("English"), QStringLiteral("Hi {}")}},
        }));
        QCOMPARE(ofKind(f, kUnknownPlaceholder).size(), f.size());
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.at(0).message,
                 QStringLiteral("{<U+00A0>FirstName}: the name has an invisible character "
                                "(U+00A0 NO-BREAK SPACE) before “FirstName”; remove it."));
        QVERIFY2(f.at(1).message.contains(QStringLiteral("(U+00AD SOFT HYPHEN) after “Guardian_1_”")),
                 qPrintable(f.at(1).message));
        QVERIFY2(f.at(2).message.contains(QStringLiteral("{FirstName<U+200C>}")), qPrintable(f.at(2).message));
        QVERIFY2(f.at(2).message.contains(QStringLiteral("ZERO WIDTH NON-JOINER")), qPrintable(f.at(2).message));
        QVERIFY2(f.at(3).message.contains(QStringLiteral("no field name")), qPrintable(f.at(3).message));
    }

    void unbalancedBraces()
    {
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("English"), QStringLiteral("Hi {FirstName, see you {AccountId}.")}},
            {{QStringLiteral("English"), QStringLiteral("Hi FirstName}, bye")}},
            {{QStringLiteral("English"), QStringLiteral("Hi {FirstName")}},
            {{QStringLiteral("English"), QStringLiteral("Hi {FirstName) and then a lot of text that goes on}.")}},
        }));
        const QList<Finding> b = ofKind(f, kUnbalancedBraces);
        QCOMPARE(b.size(), 4);
        QCOMPARE(b.at(0).row, 1);
        QVERIFY2(b.at(0).message.contains(QStringLiteral("swallows “FirstName, see you ”")),
                 qPrintable(b.at(0).message));
        QCOMPARE(b.at(1).row, 2);
        QVERIFY2(b.at(1).message.contains(QStringLiteral("“}”")), qPrintable(b.at(1).message));
        QCOMPARE(b.at(2).row, 3);
        QVERIFY2(b.at(2).message.contains(QStringLiteral("never closed")), qPrintable(b.at(2).message));
        QCOMPARE(b.at(3).row, 4);
        QVERIFY2(b.at(3).message.contains(QStringLiteral("swallows “FirstName) and then")),
                 qPrintable(b.at(3).message));
        // The swallowing placeholder is also an unknown name, pointing at the intended field.
        const QList<Finding> u = ofKind(f, kUnknownPlaceholder);
        QCOMPARE(u.size(), 1);
        QVERIFY2(u.at(0).message.contains(QStringLiteral("did you mean {FirstName}?")),
                 qPrintable(u.at(0).message));
    }

    void missingTranslation()
    {
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("French"), QString()}},
            {{QStringLiteral("English"), QStringLiteral("  ")}},
            {{QStringLiteral("English"), QString()}, {QStringLiteral("French"), QString()}},
        }));
        QCOMPARE(ofKind(f, kMissingTranslation).size(), f.size());
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(0).row, 1);
        QCOMPARE(f.at(0).column, QStringLiteral("French"));
        QCOMPARE(f.at(1).row, 2);
        QCOMPARE(f.at(1).column, QStringLiteral("English"));
        QCOMPARE(f.at(2).row, 3);
        QCOMPARE(f.at(2).column, QStringLiteral("English"));
    }

    void multiSegment()
    {
        const QString longGsm = QStringLiteral("Hi {Guardian_1_First_Name__c}, ") + QString(156, QLatin1Char('x'));
        const QString fitsWithoutPlaceholder = QStringLiteral("{FirstName}") + QString(160, QLatin1Char('x'));
        const QString longFrench = QStringLiteral("ça ") + QString(68, QLatin1Char('x'));
        const QString bomText = QString(70, QLatin1Char('x')) + QChar(0xFEFF);
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("English"), longGsm}},
            {{QStringLiteral("English"), fitsWithoutPlaceholder}},
            {{QStringLiteral("French"), longFrench}},
            {{QStringLiteral("English"), bomText}},
        }));
        QCOMPARE(ofKind(f, kMultiSegment).size(), f.size());
        QCOMPARE(f.size(), 3);
        QCOMPARE(f.at(0).row, 1);
        QVERIFY2(f.at(0).message.contains(QStringLiteral("at least 2 SMS")), qPrintable(f.at(0).message));
        QVERIFY2(f.at(0).message.contains(QStringLiteral("161 GSM-7")), qPrintable(f.at(0).message));
        QCOMPARE(f.at(1).row, 3);
        QCOMPARE(f.at(1).column, QStringLiteral("French"));
        QVERIFY2(f.at(1).message.contains(QStringLiteral("“ç” (U+00E7)")), qPrintable(f.at(1).message));
        QVERIFY2(f.at(1).message.contains(QStringLiteral("71 characters")), qPrintable(f.at(1).message));
        QCOMPARE(f.at(2).row, 4);
        QVERIFY2(f.at(2).message.contains(QStringLiteral("<U+FEFF>")), qPrintable(f.at(2).message));
        QVERIFY2(f.at(2).message.contains(QStringLiteral("U+FEFF ZERO WIDTH NO-BREAK SPACE")),
                 qPrintable(f.at(2).message));
    }

    void bulkIds()
    {
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("message unique id/bulkId"), QStringLiteral("a-{CommCare_Case_ID__c}")}},
            {{QStringLiteral("message unique id/bulkId"), QStringLiteral("a-{CommCare_Case_ID__c}")}},
            {{QStringLiteral("message unique id/bulkId"), QString()}},
            {{QStringLiteral("message unique id/bulkId"), QStringLiteral("visit-{visit_date}")}},
            {{QStringLiteral("message unique id/bulkId"), QStringLiteral("visit after-{CommCare_Case_ID__c}")}},
            {{QStringLiteral("message unique id/bulkId"), QStringLiteral("visit-{CommCare_Case_ID__c")}},
            {{QStringLiteral("message unique id/bulkId"), QStringLiteral("a-{CommCare_Case_ID__c}")}},
        }));
        const QList<Finding> d = ofKind(f, kDuplicateBulkId);
        QCOMPARE(d.size(), 2);
        QCOMPARE(d.at(0).row, 2);
        QVERIFY2(d.at(0).message.contains(QStringLiteral("row 1")), qPrintable(d.at(0).message));
        QCOMPARE(d.at(1).row, 7);
        QVERIFY2(d.at(1).message.contains(QStringLiteral("row 1")), qPrintable(d.at(1).message));
        const QList<Finding> b = ofKind(f, kBadBulkIdTemplate);
        QCOMPARE(b.size(), 4);
        QCOMPARE(b.at(0).row, 3);
        QCOMPARE(b.at(1).row, 4);
        QVERIFY2(b.at(1).message.contains(QStringLiteral("visit_date")), qPrintable(b.at(1).message));
        QCOMPARE(b.at(2).row, 5);
        QVERIFY2(b.at(2).message.contains(QStringLiteral("<U+0020>")), qPrintable(b.at(2).message));
        QCOMPARE(b.at(3).row, 6);
        QCOMPARE(f.size(), 6);
        for (const Finding &x : f)
            QCOMPARE(x.column, QStringLiteral("message unique id/bulkId"));
    }

    void badNumbers()
    {
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("Days from SSD"), QStringLiteral("-2")},
             {QStringLiteral("Clock Time"), QStringLiteral("9:05")},
             {QStringLiteral("Min From SSD"), QStringLiteral("120")}},
            {{QStringLiteral("Clock Time"), QString()}, {QStringLiteral("Days from SSD"), QStringLiteral("1371")}},
            {{QStringLiteral("Days from SSD"), QStringLiteral("two")}},
            {{QStringLiteral("Clock Time"), QStringLiteral("24:00")}},
            {{QStringLiteral("Clock Time"), QStringLiteral("10:60")}},
            {{QStringLiteral("Clock Time"), QStringLiteral("10h")}},
            {{QStringLiteral("Min From SSD"), QStringLiteral("1.5")}},
            {{QStringLiteral("# SMS"), QString()}, {QStringLiteral("Days from SSD"), QString()}},
        }));
        QCOMPARE(ofKind(f, kBadNumber).size(), f.size());
        QCOMPARE(f.size(), 7);
        const QList<int> rows = {3, 4, 5, 6, 7, 8, 8};
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(f.at(i).row, rows.at(i));
        // Column order of the sheet: "# SMS" comes before "Days from SSD".
        QCOMPARE(f.at(5).column, QStringLiteral("# SMS"));
        QCOMPARE(f.at(6).column, QStringLiteral("Days from SSD"));
    }

    void orderByRowThenColumn()
    {
        const QList<Finding> f = validateTable(table({
            {{QStringLiteral("French"), QStringLiteral("{x}")}, {QStringLiteral("Days from SSD"), QStringLiteral("x")}},
            {{QStringLiteral("English"), QStringLiteral("{y}")}, {QStringLiteral("# SMS"), QStringLiteral("?")}},
        }));
        QCOMPARE(f.size(), 4);
        QCOMPARE(f.at(0).column, QStringLiteral("Days from SSD"));
        QCOMPARE(f.at(1).column, QStringLiteral("French"));
        QCOMPARE(f.at(2).column, QStringLiteral("# SMS"));
        QCOMPARE(f.at(3).column, QStringLiteral("English"));
    }

    void realSheet()
    {
        const QByteArray bytes = sb::test::readFile(
            QDir(sb::test::sourceDir()).filePath(QStringLiteral("tests/sms/fixtures/master-mapping-table.csv")));
        QVERIFY(!bytes.isEmpty());
        const SmsTable t = parseCsv(bytes);
        QCOMPARE(t.rows.size(), 117);
        QCOMPARE(t.columns.size(), 25);
        const QList<Finding> f = validateTable(t);
        QMap<QString, int> byKind;
        for (const Finding &x : f)
            ++byKind[x.kind];
        for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
            qInfo("%s: %d", qPrintable(it.key()), it.value());

        const QList<Finding> u = ofKind(f, kUnknownPlaceholder);
        auto has = [&](const QString &text) {
            for (const Finding &x : u) {
                if (x.message.contains(text))
                    return true;
            }
            return false;
        };
        QVERIFY(has(QStringLiteral("{proun_he_she}")));
        QVERIFY(has(QStringLiteral("{patient_first_fname}")));
        QVERIFY(has(QStringLiteral("{FirstName<U+200B>}")));
        // The spec counts 70 unknown or misspelled placeholders in the texts.
        QCOMPARE(u.size(), 70);
        // Both bulkId templates with unknown fields ({CAST_Patient_ID__c}, {visit_date}).
        QCOMPARE(ofKind(f, kBadBulkIdTemplate).size(), 2);
        QCOMPARE(ofKind(f, kBadNumber).size(), 0);
        // Rows 13, 14 and 35 have only English; Khmer of row 87 and Wolof of row 95 are empty.
        QCOMPARE(ofKind(f, kMissingTranslation).size(), 32);
        // The Malagasy text of row 106: "{FirstName) ary … tongotra}".
        const QList<Finding> b = ofKind(f, kUnbalancedBraces);
        QCOMPARE(b.size(), 1);
        QCOMPARE(b.at(0).row, 106);
        QCOMPARE(b.at(0).column, QStringLiteral("Malagasy"));
        QCOMPARE(ofKind(f, kDuplicateBulkId).size(), 0);
        // Nearly every non-Latin translation is UCS-2 and longer than 70 characters.
        QVERIFY(ofKind(f, kMultiSegment).size() > 500);
        for (int i = 1; i < f.size(); ++i)
            QVERIFY(f.at(i - 1).row <= f.at(i).row);
    }

    // The table reader the CLI and the editor use yields the same findings.
    void realSheetThroughReader()
    {
        const QByteArray bytes = sb::test::readFile(
            QDir(sb::test::sourceDir()).filePath(QStringLiteral("tests/sms/fixtures/master-mapping-table.csv")));
        const sb::Result<SmsTable> read = readCsv(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error().toString()));
        const QList<Finding> a = validateTable(read.value());
        const QList<Finding> b = validateTable(parseCsv(bytes));
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).row, b.at(i).row);
            QCOMPARE(a.at(i).column, b.at(i).column);
            QCOMPARE(a.at(i).message, b.at(i).message);
        }
    }
};

QTEST_GUILESS_MAIN(TstSmsValidate)
#include "tst_smsvalidate.moc"
