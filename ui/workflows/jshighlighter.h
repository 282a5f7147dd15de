#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace sb {

// JavaScript highlighting for job code: keywords, strings, template literals (over
// several lines, with ${…} shown as code), numbers, line and block comments (over
// several lines), regular expression literals, and OpenFn operations (fn, each, field,
// dataValue, upsert, post, get …) as builtins. Two colour sets, for light and dark
// palettes.
class JsHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    enum class Token { Keyword, Builtin, String, Number, Comment, Regex, Interpolation };

    explicit JsHighlighter(QTextDocument *document, bool darkPalette = false);

    void setDarkPalette(bool dark);
    bool isDarkPalette() const { return m_dark; }
    QTextCharFormat format(Token token) const;

    static const QSet<QString> &keywords();
    static const QSet<QString> &builtins();

protected:
    void highlightBlock(const QString &text) override;

private:
    // Block states carried from one line to the next.
    enum State { Code = 0, InBlockComment = 1, InTemplate = 2, InInterpolation = 3 };

    void buildFormats();
    int scanCode(const QString &text, int pos, bool inInterpolation, int *state);
    int scanTemplate(const QString &text, int pos, int *state);
    int scanRegex(const QString &text, int pos) const;

    bool m_dark = false;
    QTextCharFormat m_formats[7];
};

} // namespace sb
