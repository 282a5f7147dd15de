#pragma once

#include <QFrame>
#include <QString>

class QLabel;
class QTimer;
class QToolButton;

namespace sb {

enum class MessageLevel { Error, Warning, Information, Positive };

// An inline coloured bar with a message and a close button, for recoverable problems and
// confirmations (never a modal for those). Errors and warnings stay until closed or
// replaced; information and success messages hide themselves after a while.
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBanner(QWidget *parent = nullptr);

    // `autoHideMs` < 0 picks the default for the level, 0 keeps the message shown.
    void showMessage(const QString &text, MessageLevel level, int autoHideMs = -1);
    void hideMessage();

    QString text() const;
    MessageLevel level() const { return m_level; }

    // The accent colour of a level (also used by other views for the same meaning).
    static QColor accentColor(MessageLevel level);

signals:
    void closed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateIcon();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
    QTimer *m_autoHide = nullptr;
    MessageLevel m_level = MessageLevel::Information;
};

} // namespace sb
