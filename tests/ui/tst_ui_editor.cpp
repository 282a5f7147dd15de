// The job code editor: JavaScript highlighting, editing keys and the find bar.

#include "workflows/codeeditor.h"
#include "workflows/findbar.h"
#include "workflows/jshighlighter.h"

#include <QLineEdit>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QVBoxLayout>
#include <QtTest>

using namespace sb;

namespace {

// The colour the highlighter gave to the character at `column` of line `line`.
QColor colourAt(QTextDocument &doc, int line, int column)
{
    const QTextBlock block = doc.findBlockByNumber(line);
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (column >= range.start && column < range.start + range.length)
            return range.format.foreground().color();
    return QColor();
}

QColor colourOf(const QString &code, const QString &needle, int occurrence = 0)
{
    QTextDocument doc(code);
    JsHighlighter highlighter(&doc);
    highlighter.rehighlight();
    int pos = -1;
    for (int i = 0; i <= occurrence; ++i)
        pos = int(code.indexOf(needle, pos + 1));
    const QTextBlock block = doc.findBlock(pos);
    return colourAt(doc, block.blockNumber(), pos - block.position());
}

} // namespace

class TestUiEditor final : public QObject
{
    Q_OBJECT

private slots:
    void highlightsTokens()
    {
        QTextDocument doc;
        JsHighlighter h(&doc);
        const QColor keyword = h.format(JsHighlighter::Token::Keyword).foreground().color();
        const QColor builtin = h.format(JsHighlighter::Token::Builtin).foreground().color();
        const QColor string = h.format(JsHighlighter::Token::String).foreground().color();
        const QColor number = h.format(JsHighlighter::Token::Number).foreground().color();
        const QColor comment = h.format(JsHighlighter::Token::Comment).foreground().color();
        const QColor regex = h.format(JsHighlighter::Token::Regex).foreground().color();
        QCOMPARE(QSet<QRgb>({keyword.rgb(), builtin.rgb(), string.rgb(), number.rgb(), comment.rgb(), regex.rgb()}).size(), 6);

        const QString code = QStringLiteral(
            "const x = 'it\\'s'; // a comment with 'quotes' and return\n"
            "fn(state => { return dataValue(\"form.id\")(state) + 42; });\n"
            "const re = /ab+c/gi; const half = x / 2;\n"
            "state.get('x'); upsert('Contact', 'Id', fields(field('A', 1.5e3)));\n");
        QCOMPARE(colourOf(code, QStringLiteral("const")), keyword);
        QCOMPARE(colourOf(code, QStringLiteral("'it")), string);
        QCOMPARE(colourOf(code, QStringLiteral("s';")), string); // after the escaped quote
        QCOMPARE(colourOf(code, QStringLiteral("// a comment")), comment);
        QCOMPARE(colourOf(code, QStringLiteral("return")), comment); // inside the comment
        QCOMPARE(colourOf(code, QStringLiteral("return"), 1), keyword);
        QCOMPARE(colourOf(code, QStringLiteral("fn(")), builtin);
        QCOMPARE(colourOf(code, QStringLiteral("dataValue")), builtin);
        QCOMPARE(colourOf(code, QStringLiteral("\"form.id\"")), string);
        QCOMPARE(colourOf(code, QStringLiteral("42")), number);
        QCOMPARE(colourOf(code, QStringLiteral("/ab+c/")), regex);
        QCOMPARE(colourOf(code, QStringLiteral("gi;")), regex);
        QVERIFY(colourOf(code, QStringLiteral("/ 2")) != regex); // division
        QVERIFY(colourOf(code, QStringLiteral("get(")) != builtin); // a member, not the operation
        QCOMPARE(colourOf(code, QStringLiteral("upsert")), builtin);
        QCOMPARE(colourOf(code, QStringLiteral("1.5e3")), number);
        QVERIFY(!colourOf(code, QStringLiteral("state =>")).isValid()); // plain identifier
    }

    void multiLineConstructs()
    {
        const QString code = QStringLiteral(
            "/* a block\n"
            "   comment with const inside\n"
            "*/ const after = `template ${name}\n"
            "still template const\n"
            "end ${ value } done` + 1;\n"
            "let y = 2;\n");
        QTextDocument doc(code);
        JsHighlighter h(&doc);
        h.rehighlight();
        const QColor comment = h.format(JsHighlighter::Token::Comment).foreground().color();
        const QColor keyword = h.format(JsHighlighter::Token::Keyword).foreground().color();
        const QColor string = h.format(JsHighlighter::Token::String).foreground().color();
        const QColor number = h.format(JsHighlighter::Token::Number).foreground().color();
        QCOMPARE(colourAt(doc, 1, 16), comment);           // "const" on the comment's second line
        QCOMPARE(colourAt(doc, 2, 0), comment);            // "*/"
        QCOMPARE(colourAt(doc, 2, 3), keyword);            // "const" after the comment
        QCOMPARE(colourAt(doc, 2, 17), string);            // "`template"
        QVERIFY(colourAt(doc, 2, 30) != string);           // "name" inside ${…} is code
        QCOMPARE(colourAt(doc, 3, 15), string);            // "const" inside the template
        QVERIFY(colourAt(doc, 4, 7) != string);            // "value" inside ${ … }
        QCOMPARE(colourAt(doc, 4, 16), string);            // "done`"
        QCOMPARE(colourAt(doc, 4, 23), number);            // "1" after the template
        QCOMPARE(colourAt(doc, 5, 0), keyword);            // "let" on the next line
        QCOMPARE(colourAt(doc, 5, 8), number);
    }

    void darkPaletteColours()
    {
        QTextDocument doc(QStringLiteral("const a = 'x';"));
        JsHighlighter h(&doc, false);
        const QColor light = h.format(JsHighlighter::Token::Keyword).foreground().color();
        h.setDarkPalette(true);
        const QColor dark = h.format(JsHighlighter::Token::Keyword).foreground().color();
        QVERIFY(light != dark);
        // Readable: light text on dark backgrounds, dark text on light ones.
        QVERIFY(dark.lightness() > 128);
        QVERIFY(light.lightness() < 128);
        QCOMPARE(colourAt(doc, 0, 0), dark);
    }

    void editorKeys()
    {
        CodeEditor editor;
        editor.resize(500, 300);
        editor.show();
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.font().fixedPitch() || QFontInfo(editor.font()).fixedPitch());
        QVERIFY(editor.gutterWidth() > 0);
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("  "));
        QTest::keyClicks(&editor, QStringLiteral("fn(state => {"));
        QTest::keyClick(&editor, Qt::Key_Return);
        // Indentation kept, one level more after the opening bracket.
        QCOMPARE(editor.toPlainText(), QStringLiteral("  fn(state => {\n    "));
        editor.selectAll();
        QTest::keyClick(&editor, Qt::Key_Backtab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("fn(state => {\n  "));
        editor.setPlainText(QStringLiteral("a\nb"));
        editor.selectAll();
        QTest::keyClick(&editor, Qt::Key_Tab);
        QCOMPARE(editor.toPlainText(), QStringLiteral("  a\n  b"));
        // The current line is highlighted across the width.
        QVERIFY(!editor.extraSelections().isEmpty());
        QVERIFY(editor.extraSelections().first().format.property(QTextFormat::FullWidthSelection).toBool());
    }

    void findBar()
    {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *editor = new CodeEditor(&host);
        auto *bar = new FindBar(editor, &host, &host);
        layout->addWidget(editor);
        layout->addWidget(bar);
        host.resize(700, 400);
        host.show();
        host.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&host));
        editor->setPlainText(QStringLiteral("state.data\nState of the art\nconst s = state;\nreturn state;\n"));
        QVERIFY(!bar->isVisible());

        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->isVisible());
        auto *input = bar->findChild<QLineEdit *>(QStringLiteral("findText"));
        QVERIFY(input);
        QVERIFY(input->hasFocus());
        QTest::keyClicks(input, QStringLiteral("state"));
        QCOMPARE(bar->matchCount(), 4); // case-insensitive by default
        QCOMPARE(bar->currentMatch(), 1);
        QCOMPARE(bar->statusText(), QStringLiteral("1 of 4"));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("state"));

        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(bar->statusText(), QStringLiteral("2 of 4"));
        QCOMPARE(editor->textCursor().selectedText(), QStringLiteral("State"));
        QTest::keyClick(input, Qt::Key_F3);
        QCOMPARE(bar->currentMatch(), 3);
        QTest::keyClick(input, Qt::Key_F3);
        QTest::keyClick(input, Qt::Key_F3); // wraps around
        QCOMPARE(bar->currentMatch(), 1);
        QTest::keyClick(input, Qt::Key_F3, Qt::ShiftModifier); // backwards, wrapping
        QCOMPARE(bar->currentMatch(), 4);
        QTest::keyClick(input, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(bar->statusText(), QStringLiteral("3 of 4"));

        bar->setMatchCase(true);
        QCOMPARE(bar->matchCount(), 3);
        bar->setSearchText(QStringLiteral("nothing here"));
        QCOMPARE(bar->matchCount(), 0);
        QCOMPARE(bar->statusText(), QStringLiteral("No matches"));

        // Matches follow edits.
        bar->setSearchText(QStringLiteral("const"));
        QCOMPARE(bar->matchCount(), 1);
        editor->appendPlainText(QStringLiteral("const t = 1;"));
        QCOMPARE(bar->matchCount(), 2);

        QTest::keyClick(input, Qt::Key_Escape);
        QVERIFY(!bar->isVisible());
        QVERIFY(editor->hasFocus());
        // F3 with the bar hidden opens it again.
        QTest::keyClick(editor, Qt::Key_F3);
        QVERIFY(bar->isVisible());
    }
};

QTEST_MAIN(TestUiEditor)
#include "tst_ui_editor.moc"
