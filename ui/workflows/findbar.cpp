#include "findbar.h"

#include "codeeditor.h"
#include "main/icons.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTextDocument>
#include <QToolButton>

namespace sb {

FindBar::FindBar(CodeEditor *editor, QWidget *host, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_text(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_status(new QLabel(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("findBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *label = new QLabel(tr("Find:"), this);
    label->setBuddy(m_text);
    m_text->setObjectName(QStringLiteral("findText"));
    m_text->setPlaceholderText(tr("Text to find"));
    m_text->setClearButtonEnabled(true);
    m_text->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("No matches")) + 12);
    m_previous->setIcon(themedIcon(QStringLiteral("up")));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAutoRaise(true);
    m_next->setIcon(themedIcon(QStringLiteral("down")));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAutoRaise(true);
    m_close->setIcon(themedIcon(QStringLiteral("close")));
    m_close->setToolTip(tr("Close (Esc)"));
    m_close->setAutoRaise(true);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_status);
    layout->addWidget(m_matchCase);
    layout->addWidget(m_close);

    connect(m_text, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_close, &QToolButton::clicked, this, &FindBar::hideBar);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            refreshMatches();
    });

    // Shortcuts live on the host so they work while typing in the editor.
    auto *find = new QShortcut(QKeySequence::Find, host, this, &FindBar::activate);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    auto *next = new QShortcut(QKeySequence(Qt::Key_F3), host, this, &FindBar::findNext);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    auto *previous = new QShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), host, this, &FindBar::findPrevious);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape = new QShortcut(QKeySequence(Qt::Key_Escape), host, this, &FindBar::hideBar);
    m_escape->setContext(Qt::WidgetWithChildrenShortcut);
    m_escape->setEnabled(false);
    hide();
}

void FindBar::activate()
{
    const QString selected = m_editor->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_text->setText(selected);
    show();
    m_escape->setEnabled(true);
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
    refreshMatches();
}

void FindBar::setSearchText(const QString &text)
{
    m_text->setText(text);
}

QString FindBar::searchText() const
{
    return m_text->text();
}

void FindBar::setMatchCase(bool matchCase)
{
    m_matchCase->setChecked(matchCase);
}

bool FindBar::matchCase() const
{
    return m_matchCase->isChecked();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::hideBar()
{
    if (!isVisible())
        return;
    hide();
    m_escape->setEnabled(false);
    m_matches.clear();
    m_current = -1;
    m_editor->setFindMatches({}, QTextCursor());
    m_editor->setFocus(Qt::OtherFocusReason);
    emit hidden();
}

// New text or options: collect the matches and go to the first one from the cursor.
void FindBar::search()
{
    refreshMatches();
    if (m_matches.isEmpty())
        return;
    const int from = m_editor->textCursor().selectionStart();
    int index = 0;
    for (int i = 0; i < m_matches.size(); ++i) {
        if (m_matches[i].selectionStart() >= from) {
            index = i;
            break;
        }
    }
    moveTo(index);
}

void FindBar::refreshMatches()
{
    m_matches.clear();
    m_current = -1;
    const QString text = m_text->text();
    if (!text.isEmpty()) {
        QTextDocument::FindFlags flags;
        if (m_matchCase->isChecked())
            flags |= QTextDocument::FindCaseSensitively;
        QTextCursor cursor = m_editor->document()->find(text, 0, flags);
        while (!cursor.isNull()) {
            m_matches.append(cursor);
            cursor = m_editor->document()->find(text, cursor, flags);
        }
        // The match under the editor's cursor (if any) stays current.
        const QTextCursor editorCursor = m_editor->textCursor();
        for (int i = 0; i < m_matches.size(); ++i) {
            if (m_matches[i].selectionStart() == editorCursor.selectionStart()
                && m_matches[i].selectionEnd() == editorCursor.selectionEnd()) {
                m_current = i;
                break;
            }
        }
    }
    m_editor->setFindMatches(m_matches, m_current >= 0 ? m_matches[m_current] : QTextCursor());
    updateStatus();
}

void FindBar::moveTo(int index)
{
    if (m_matches.isEmpty())
        return;
    m_current = (index % int(m_matches.size()) + int(m_matches.size())) % int(m_matches.size());
    m_editor->setTextCursor(m_matches[m_current]);
    m_editor->ensureCursorVisible();
    m_editor->setFindMatches(m_matches, m_matches[m_current]);
    updateStatus();
}

void FindBar::findNext()
{
    if (!isVisible()) {
        activate();
        return;
    }
    if (m_matches.isEmpty())
        return;
    if (m_current < 0) {
        // Continue from the editor's cursor.
        const int from = m_editor->textCursor().selectionEnd();
        for (int i = 0; i < m_matches.size(); ++i)
            if (m_matches[i].selectionStart() >= from)
                return moveTo(i);
        return moveTo(0);
    }
    moveTo(m_current + 1);
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        activate();
        return;
    }
    if (m_matches.isEmpty())
        return;
    if (m_current < 0) {
        const int from = m_editor->textCursor().selectionStart();
        for (int i = int(m_matches.size()) - 1; i >= 0; --i)
            if (m_matches[i].selectionEnd() <= from)
                return moveTo(i);
        return moveTo(int(m_matches.size()) - 1);
    }
    moveTo(m_current - 1);
}

void FindBar::updateStatus()
{
    if (m_text->text().isEmpty())
        m_status->clear();
    else if (m_matches.isEmpty())
        m_status->setText(tr("No matches"));
    else if (m_current < 0)
        m_status->setText(tr("Matches: %1").arg(m_matches.size()));
    else
        m_status->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            hideBar();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace sb
