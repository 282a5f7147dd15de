#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace sb {

class JsHighlighter;

// A plain-text code editor: line numbers in a gutter, the current line highlighted,
// a monospace font, Tab inserts two spaces (and indents a selection), Enter keeps the
// indentation. JavaScript highlighting follows the palette (light or dark).
class CodeEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget *parent = nullptr);

    static constexpr int kIndent = 2;

    JsHighlighter *highlighter() const { return m_highlighter; }
    int gutterWidth() const;
    // Highlights of the find bar's matches, drawn under the current line highlight.
    void setFindMatches(const QList<QTextCursor> &matches, const QTextCursor &current);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    friend class LineNumberGutter;
    void paintGutter(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void updateExtraSelections();
    void indentSelection(bool outdent);
    bool isDarkPalette() const;

    QWidget *m_gutter = nullptr;
    JsHighlighter *m_highlighter = nullptr;
    QList<QTextEdit::ExtraSelection> m_findSelections;
};

} // namespace sb
