#include "jshighlighter.h"

#include <QFont>

namespace sb {

namespace {

bool isIdentStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isIdentPart(QChar c)
{
    return isIdentStart(c) || c.isDigit();
}

int tokenIndex(JsHighlighter::Token token)
{
    return static_cast<int>(token);
}

} // namespace

JsHighlighter::JsHighlighter(QTextDocument *document, bool darkPalette)
    : QSyntaxHighlighter(document)
    , m_dark(darkPalette)
{
    buildFormats();
}

const QSet<QString> &JsHighlighter::keywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"async", "await", "break", "case", "catch", "class", "const", "continue",
                              "debugger", "default", "delete", "do", "else", "export", "extends",
                              "false", "finally", "for", "function", "if", "import", "in",
                              "instanceof", "let", "new", "null", "of", "return", "static", "super",
                              "switch", "this", "throw", "true", "try", "typeof", "undefined", "var",
                              "void", "while", "with", "yield"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return words;
}

const QSet<QString> &JsHighlighter::builtins()
{
    // Operations of the OpenFn adaptors that jobs call at top level.
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"fn", "fnIf", "each", "field", "fields", "dataValue", "dataPath",
                              "lastReferenceValue", "sourceValue", "merge", "combine", "alterState",
                              "execute", "upsert", "upsertIf", "create", "createIf", "update",
                              "destroy", "query", "bulk", "retrieve", "post", "get", "put", "patch",
                              "del", "request", "cursor", "chunk", "parseCsv", "arrayToString",
                              "as", "submit", "sendSMS", "http", "util", "dateFns", "log"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return words;
}

void JsHighlighter::setDarkPalette(bool dark)
{
    if (m_dark == dark)
        return;
    m_dark = dark;
    buildFormats();
    rehighlight();
}

QTextCharFormat JsHighlighter::format(Token token) const
{
    return m_formats[tokenIndex(token)];
}

void JsHighlighter::buildFormats()
{
    struct Style
    {
        QColor light;
        QColor dark;
        bool bold;
        bool italic;
    };
    const Style styles[] = {
        {QColor(0x00, 0x33, 0xb3), QColor(0xc7, 0x92, 0xea), true, false},  // Keyword
        {QColor(0x00, 0x6e, 0x7a), QColor(0x7f, 0xc8, 0xf8), true, false},  // Builtin
        {QColor(0x0a, 0x7d, 0x24), QColor(0xb5, 0xe0, 0x8a), false, false}, // String
        {QColor(0xb3, 0x4d, 0x00), QColor(0xf7, 0x9c, 0x6c), false, false}, // Number
        {QColor(0x7a, 0x7f, 0x87), QColor(0x8b, 0x93, 0x9e), false, true},  // Comment
        {QColor(0xa3, 0x1f, 0x5a), QColor(0xf0, 0x8a, 0xb0), false, false}, // Regex
        {QColor(0x00, 0x33, 0xb3), QColor(0xc7, 0x92, 0xea), false, false}, // Interpolation
    };
    for (int i = 0; i < 7; ++i) {
        QTextCharFormat f;
        f.setForeground(m_dark ? styles[i].dark : styles[i].light);
        if (styles[i].bold)
            f.setFontWeight(QFont::Bold);
        f.setFontItalic(styles[i].italic);
        m_formats[i] = f;
    }
}

void JsHighlighter::highlightBlock(const QString &text)
{
    int state = previousBlockState() < 0 ? Code : previousBlockState();
    int pos = 0;
    const int n = int(text.size());
    while (pos < n) {
        if (state == InBlockComment) {
            const int end = int(text.indexOf(QLatin1String("*/"), pos));
            const int stop = end < 0 ? n : end + 2;
            setFormat(pos, stop - pos, format(Token::Comment));
            pos = stop;
            state = end < 0 ? InBlockComment : Code;
        } else if (state == InTemplate) {
            pos = scanTemplate(text, pos, &state);
        } else if (state == InInterpolation) {
            pos = scanCode(text, pos, true, &state);
            if (state == InInterpolation)
                break; // the interpolation goes on on the next line
        } else {
            pos = scanCode(text, pos, false, &state);
        }
    }
    setCurrentBlockState(state);
}

// Template literal text from `pos` up to its closing backtick, or to "${".
int JsHighlighter::scanTemplate(const QString &text, int pos, int *state)
{
    const int n = int(text.size());
    int i = pos;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            i += 2;
            continue;
        }
        if (c == QLatin1Char('`')) {
            setFormat(pos, i + 1 - pos, format(Token::String));
            *state = Code;
            return i + 1;
        }
        if (c == QLatin1Char('$') && i + 1 < n && text.at(i + 1) == QLatin1Char('{')) {
            setFormat(pos, i - pos, format(Token::String));
            setFormat(i, 2, format(Token::Interpolation));
            *state = InInterpolation;
            return i + 2;
        }
        ++i;
    }
    setFormat(pos, n - pos, format(Token::String));
    *state = InTemplate;
    return n;
}

// A regular expression literal starting at `pos` ('/'); returns its end, or -1 when the
// slash does not start one on this line.
int JsHighlighter::scanRegex(const QString &text, int pos) const
{
    const int n = int(text.size());
    bool inClass = false;
    for (int i = pos + 1; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (c == QLatin1Char('[')) {
            inClass = true;
        } else if (c == QLatin1Char(']')) {
            inClass = false;
        } else if (c == QLatin1Char('/') && !inClass) {
            if (i == pos + 1)
                return -1; // "//" is a comment
            int end = i + 1;
            while (end < n && text.at(end).isLetter())
                ++end;
            return end;
        }
    }
    return -1;
}

// Code from `pos` to the end of the line, or (inside ${…}) to the closing brace.
int JsHighlighter::scanCode(const QString &text, int pos, bool inInterpolation, int *state)
{
    const int n = int(text.size());
    int depth = 0;
    // Whether a '/' here would divide (after a value) or start a regex literal.
    bool afterValue = false;
    int i = pos;
    while (i < n) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < n ? text.at(i + 1) : QChar();
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
            setFormat(i, n - i, format(Token::Comment));
            *state = inInterpolation ? InInterpolation : Code;
            return n;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const int end = int(text.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                setFormat(i, n - i, format(Token::Comment));
                *state = InBlockComment;
                return n;
            }
            setFormat(i, end + 2 - i, format(Token::Comment));
            i = end + 2;
            continue;
        }
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            int j = i + 1;
            while (j < n && text.at(j) != c) {
                if (text.at(j) == QLatin1Char('\\'))
                    ++j;
                ++j;
            }
            const int end = std::min(j + 1, n);
            setFormat(i, end - i, format(Token::String));
            i = end;
            afterValue = true;
            continue;
        }
        if (c == QLatin1Char('`')) {
            int templateState = InTemplate;
            const int end = scanTemplate(text, i + 1, &templateState);
            setFormat(i, 1, format(Token::String));
            if (templateState == InTemplate) {
                // Open template: a nested one inside ${…} is not tracked across lines.
                *state = InTemplate;
                return n;
            }
            i = end;
            if (templateState == InInterpolation) {
                // ${ … } inside a template written on this line.
                int innerState = InInterpolation;
                i = scanCode(text, i, true, &innerState);
                if (innerState == InInterpolation) {
                    *state = InInterpolation;
                    return n;
                }
                // Back in the template after the closing brace.
                int after = InTemplate;
                while (i < n && after != Code) {
                    i = scanTemplate(text, i, &after);
                    if (after == InInterpolation) {
                        int s = InInterpolation;
                        i = scanCode(text, i, true, &s);
                        if (s == InInterpolation) {
                            *state = InInterpolation;
                            return n;
                        }
                        after = InTemplate;
                    }
                }
                if (after == InTemplate) {
                    *state = InTemplate;
                    return n;
                }
            }
            afterValue = true;
            continue;
        }
        if (c.isDigit() || (c == QLatin1Char('.') && next.isDigit())) {
            const bool hex = text.mid(i, 2).compare(QLatin1String("0x"), Qt::CaseInsensitive) == 0;
            int j = i + 1;
            while (j < n) {
                const QChar d = text.at(j);
                if (d.isLetterOrNumber() || d == QLatin1Char('.') || d == QLatin1Char('_')) {
                    ++j;
                } else if ((d == QLatin1Char('+') || d == QLatin1Char('-'))
                           && (text.at(j - 1) == QLatin1Char('e') || text.at(j - 1) == QLatin1Char('E'))
                           && !hex) {
                    ++j;
                } else {
                    break;
                }
            }
            setFormat(i, j - i, format(Token::Number));
            i = j;
            afterValue = true;
            continue;
        }
        if (isIdentStart(c)) {
            int j = i + 1;
            while (j < n && isIdentPart(text.at(j)))
                ++j;
            const QString word = text.mid(i, j - i);
            const bool member = i > 0 && text.at(i - 1) == QLatin1Char('.');
            if (!member && keywords().contains(word)) {
                setFormat(i, j - i, format(Token::Keyword));
                // After "return", "typeof" … a slash starts a regex; after "this" it divides.
                afterValue = word == QLatin1String("this") || word == QLatin1String("true")
                             || word == QLatin1String("false") || word == QLatin1String("null")
                             || word == QLatin1String("undefined");
            } else {
                if (!member && builtins().contains(word))
                    setFormat(i, j - i, format(Token::Builtin));
                afterValue = true;
            }
            i = j;
            continue;
        }
        if (c == QLatin1Char('/') && !afterValue) {
            const int end = scanRegex(text, i);
            if (end > 0) {
                setFormat(i, end - i, format(Token::Regex));
                i = end;
                afterValue = true;
                continue;
            }
        }
        if (inInterpolation) {
            if (c == QLatin1Char('{')) {
                ++depth;
            } else if (c == QLatin1Char('}')) {
                if (depth == 0) {
                    setFormat(i, 1, format(Token::Interpolation));
                    *state = InTemplate;
                    return i + 1;
                }
                --depth;
            }
        }
        afterValue = c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}');
        ++i;
    }
    *state = inInterpolation ? InInterpolation : Code;
    return n;
}

} // namespace sb
