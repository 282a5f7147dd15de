#include "codeeditor.h"

#include "jshighlighter.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>

namespace sb {

// The gutter paints through its editor, which knows the block geometry.
class LineNumberGutter final : public QWidget
{
public:
    explicit LineNumberGutter(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
    }
    QSize sizeHint() const override { return QSize(m_editor->gutterWidth(), 0); }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintGutter(event); }

private:
    CodeEditor *m_editor;
};

namespace {

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                            a.greenF() + (b.greenF() - a.greenF()) * t,
                            a.blueF() + (b.blueF() - a.blueF()) * t);
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("codeEditor"));
    setAccessibleName(tr("Job code"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace);
    mono.setFixedPitch(true);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabStopDistance(QFontMetricsF(mono).horizontalAdvance(QLatin1Char(' ')) * kIndent);
    m_gutter = new LineNumberGutter(this);
    m_highlighter = new JsHighlighter(document(), isDarkPalette());

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateExtraSelections);
    updateGutterWidth();
    updateExtraSelections();
}

bool CodeEditor::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

int CodeEditor::gutterWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return 14 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(gutterWidth(), 0, 0, 0);
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_gutter->setGeometry(QRect(cr.left(), cr.top(), gutterWidth(), cr.height()));
}

void CodeEditor::paintGutter(QPaintEvent *event)
{
    QPainter painter(m_gutter);
    const QColor base = palette().color(QPalette::Base);
    const QColor text = palette().color(QPalette::Text);
    painter.fillRect(event->rect(), blend(base, text, 0.05));
    painter.setFont(font());
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    const int width = m_gutter->width() - 8;
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            painter.setPen(number == current ? text : blend(base, text, 0.45));
            painter.drawText(0, top, width, fontMetrics().height(), Qt::AlignRight,
                             QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
        ++number;
    }
}

void CodeEditor::setFindMatches(const QList<QTextCursor> &matches, const QTextCursor &current)
{
    m_findSelections.clear();
    const QColor highlight = palette().color(QPalette::Highlight);
    QColor all(0xf5, 0xc2, 0x11);
    all.setAlphaF(isDarkPalette() ? 0.35 : 0.45);
    for (const QTextCursor &match : matches) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = match;
        const bool isCurrent = match.selectionStart() == current.selectionStart()
                               && match.selectionEnd() == current.selectionEnd();
        selection.format.setBackground(isCurrent ? highlight : all);
        if (isCurrent)
            selection.format.setForeground(palette().color(QPalette::HighlightedText));
        m_findSelections.append(selection);
    }
    updateExtraSelections();
}

void CodeEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection line;
    const QColor base = palette().color(QPalette::Base);
    const QColor highlight = palette().color(QPalette::Highlight);
    line.format.setBackground(blend(base, highlight, isDarkPalette() ? 0.18 : 0.09));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);
    selections.append(m_findSelections);
    setExtraSelections(selections);
    m_gutter->update();
}

void CodeEditor::indentSelection(bool outdent)
{
    QTextCursor cursor = textCursor();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    QTextBlock first = document()->findBlock(start);
    QTextBlock last = document()->findBlock(end);
    // A selection that ends at the start of a line does not include that line.
    if (last != first && end == last.position())
        last = last.previous();
    cursor.beginEditBlock();
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        QTextCursor c(block);
        if (outdent) {
            const QString text = block.text();
            int remove = 0;
            while (remove < kIndent && remove < text.size() && text.at(remove) == QLatin1Char(' '))
                ++remove;
            c.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, remove);
            c.removeSelectedText();
        } else {
            c.insertText(QString(kIndent, QLatin1Char(' ')));
        }
        if (block == last)
            break;
    }
    cursor.endEditBlock();
}

void CodeEditor::keyPressEvent(QKeyEvent *event)
{
    QTextCursor cursor = textCursor();
    if (event->key() == Qt::Key_Tab && event->modifiers() == Qt::NoModifier) {
        if (cursor.hasSelection() && cursor.selectedText().contains(QChar::ParagraphSeparator)) {
            indentSelection(false);
        } else {
            const int column = cursor.positionInBlock();
            cursor.insertText(QString(kIndent - column % kIndent, QLatin1Char(' ')));
        }
        return;
    }
    if (event->key() == Qt::Key_Backtab) {
        indentSelection(true);
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        // Keep the indentation of the current line, one level more after an opening bracket.
        const QString line = cursor.block().text();
        int indent = 0;
        while (indent < line.size() && line.at(indent) == QLatin1Char(' '))
            ++indent;
        const QString before = line.left(cursor.positionInBlock()).trimmed();
        if (before.endsWith(QLatin1Char('{')) || before.endsWith(QLatin1Char('('))
            || before.endsWith(QLatin1Char('[')))
            indent += kIndent;
        cursor.insertText(QLatin1Char('\n') + QString(indent, QLatin1Char(' ')));
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CodeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_highlighter->setDarkPalette(isDarkPalette());
        updateExtraSelections();
    } else if (event->type() == QEvent::FontChange) {
        setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * kIndent);
        updateGutterWidth();
    }
    QPlainTextEdit::changeEvent(event);
}

} // namespace sb
