#pragma once

#include <QList>
#include <QTextCursor>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QShortcut;
class QToolButton;

namespace sb {

class CodeEditor;

// Find in a code editor. Ctrl+F in `host` shows it (with the selected word), Enter and
// F3 go to the next match, Shift+Enter and Shift+F3 to the previous one, Esc hides it.
// Shows "3 of 12" and highlights every match.
class FindBar final : public QWidget
{
    Q_OBJECT

public:
    FindBar(CodeEditor *editor, QWidget *host, QWidget *parent = nullptr);

    void activate();
    void setSearchText(const QString &text);
    QString searchText() const;
    void setMatchCase(bool matchCase);
    bool matchCase() const;

    int matchCount() const { return int(m_matches.size()); }
    // 1-based; 0 when there is no current match.
    int currentMatch() const { return m_current + 1; }
    QString statusText() const;

public slots:
    void findNext();
    void findPrevious();
    void hideBar();

signals:
    void hidden();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search();
    void moveTo(int index);
    void refreshMatches();
    void updateStatus();

    CodeEditor *m_editor;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QLabel *m_status = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QShortcut *m_escape = nullptr;
    QList<QTextCursor> m_matches;
    int m_current = -1;
};

} // namespace sb
