#include "sandbox/salesforcesoql.h"

#include "common/isotime.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sb::sandbox::soql {

namespace {

// Error texts are part of the emulated replies: English, as Salesforce sends them.

struct Token
{
    enum class Type { Word, String, Number, Symbol, End };
    Type type = Type::End;
    QString text;
    int position = 0;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char(':');
}

bool tokenize(const QString &text, std::vector<Token> *tokens, QString *error)
{
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i;
        if (c == QLatin1Char('\'')) {
            t.type = Token::Type::String;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('\\') && i + 1 < n) {
                    const QChar e = text.at(i + 1);
                    // \% and \_ keep their backslash: LIKE reads them as literal characters.
                    if (e == QLatin1Char('%') || e == QLatin1Char('_'))
                        t.text += d;
                    t.text += e == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : e;
                    i += 2;
                    continue;
                }
                if (d == QLatin1Char('\'')) {
                    closed = true;
                    ++i;
                    break;
                }
                t.text += d;
                ++i;
            }
            if (!closed) {
                *error = QStringLiteral("unterminated string starting at position %1").arg(t.position + 1);
                return false;
            }
        } else if (c.isDigit() || ((c == QLatin1Char('-') || c == QLatin1Char('+')) && i + 1 < n && text.at(i + 1).isDigit())) {
            t.type = Token::Type::Number; // numbers, dates and datetimes
            t.text += c;
            ++i;
            while (i < n) {
                const QChar d = text.at(i);
                if (d.isDigit() || d == QLatin1Char('-') || d == QLatin1Char(':') || d == QLatin1Char('.')
                    || d == QLatin1Char('T') || d == QLatin1Char('Z') || d == QLatin1Char('+')) {
                    t.text += d;
                    ++i;
                } else {
                    break;
                }
            }
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            t.type = Token::Type::Word;
            while (i < n && isWordChar(text.at(i)))
                t.text += text.at(i++);
        } else {
            t.type = Token::Type::Symbol;
            const QString two = text.mid(i, 2);
            if (two == QLatin1String("!=") || two == QLatin1String("<>") || two == QLatin1String("<=")
                || two == QLatin1String(">=")) {
                t.text = two == QLatin1String("<>") ? QStringLiteral("!=") : two;
                i += 2;
            } else if (QStringLiteral("(),=<>").contains(c)) {
                t.text = c;
                ++i;
            } else {
                *error = QStringLiteral("unexpected character '%1' at position %2").arg(c).arg(i + 1);
                return false;
            }
        }
        tokens->push_back(t);
    }
    Token end;
    end.position = n;
    tokens->push_back(end);
    return true;
}

class Parser
{
public:
    Parser(std::vector<Token> tokens, const QDate &today) : m_tokens(std::move(tokens)), m_today(today) {}

    std::optional<Query> query(QString *error)
    {
        Query q;
        if (!expectKeyword("SELECT"))
            return fail(error);
        do {
            if (peekKeyword("COUNT")) {
                next();
                if (!expectSymbol("(") || !expectSymbol(")"))
                    return fail(error);
                q.count = true;
                continue;
            }
            if (peek().type == Token::Type::Symbol && peek().text == QLatin1String("(")) {
                m_error = QStringLiteral("sub-queries are not supported by the sandbox");
                return fail(error);
            }
            const QString field = word();
            if (field.isEmpty())
                return fail(error);
            q.fields << field;
        } while (acceptSymbol(","));
        if (!expectKeyword("FROM"))
            return fail(error);
        q.type = word();
        if (q.type.isEmpty())
            return fail(error);
        if (acceptKeyword("WHERE")) {
            std::optional<Condition> c = orExpression();
            if (!c)
                return fail(error);
            q.where = std::move(*c);
        }
        if (acceptKeyword("ORDER")) {
            if (!expectKeyword("BY"))
                return fail(error);
            do {
                OrderBy o;
                o.field = word();
                if (o.field.isEmpty())
                    return fail(error);
                if (acceptKeyword("DESC"))
                    o.descending = true;
                else
                    acceptKeyword("ASC");
                if (acceptKeyword("NULLS")) {
                    if (acceptKeyword("LAST"))
                        o.nullsLast = true;
                    else if (!expectKeyword("FIRST"))
                        return fail(error);
                }
                q.orderBy.push_back(o);
            } while (acceptSymbol(","));
        }
        if (acceptKeyword("LIMIT") && !integer(&q.limit))
            return fail(error);
        if (acceptKeyword("OFFSET") && !integer(&q.offset))
            return fail(error);
        if (peek().type != Token::Type::End) {
            unexpected();
            return fail(error);
        }
        return q;
    }

private:
    std::optional<Query> fail(QString *error)
    {
        *error = m_error;
        return std::nullopt;
    }

    const Token &peek() const { return m_tokens[m_pos]; }
    const Token &next() { return m_tokens[std::min(m_pos++, m_tokens.size() - 1)]; }

    void unexpected()
    {
        if (!m_error.isEmpty())
            return;
        const Token &t = peek();
        m_error = t.type == Token::Type::End
                      ? QStringLiteral("unexpected end of query")
                      : QStringLiteral("unexpected token: '%1' at position %2").arg(t.text).arg(t.position + 1);
    }

    bool peekKeyword(const char *keyword) const
    {
        return peek().type == Token::Type::Word && peek().text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
    }

    bool acceptKeyword(const char *keyword)
    {
        if (!peekKeyword(keyword))
            return false;
        next();
        return true;
    }

    bool expectKeyword(const char *keyword)
    {
        if (acceptKeyword(keyword))
            return true;
        unexpected();
        return false;
    }

    bool acceptSymbol(const char *symbol)
    {
        if (peek().type != Token::Type::Symbol || peek().text != QLatin1String(symbol))
            return false;
        next();
        return true;
    }

    bool expectSymbol(const char *symbol)
    {
        if (acceptSymbol(symbol))
            return true;
        unexpected();
        return false;
    }

    QString word()
    {
        if (peek().type != Token::Type::Word) {
            unexpected();
            return {};
        }
        return next().text;
    }

    bool integer(int *value)
    {
        bool ok = false;
        if (peek().type == Token::Type::Number)
            *value = peek().text.toInt(&ok);
        if (!ok || *value < 0) {
            unexpected();
            return false;
        }
        next();
        return true;
    }

    std::optional<Condition> orExpression()
    {
        std::optional<Condition> first = andExpression();
        if (!first)
            return std::nullopt;
        if (!peekKeyword("OR"))
            return first;
        Condition c;
        c.kind = Condition::Kind::Or;
        c.children.push_back(std::move(*first));
        while (acceptKeyword("OR")) {
            std::optional<Condition> more = andExpression();
            if (!more)
                return std::nullopt;
            c.children.push_back(std::move(*more));
        }
        return c;
    }

    std::optional<Condition> andExpression()
    {
        std::optional<Condition> first = notExpression();
        if (!first)
            return std::nullopt;
        if (!peekKeyword("AND"))
            return first;
        Condition c;
        c.kind = Condition::Kind::And;
        c.children.push_back(std::move(*first));
        while (acceptKeyword("AND")) {
            std::optional<Condition> more = notExpression();
            if (!more)
                return std::nullopt;
            c.children.push_back(std::move(*more));
        }
        return c;
    }

    std::optional<Condition> notExpression()
    {
        if (acceptKeyword("NOT")) {
            std::optional<Condition> inner = notExpression();
            if (!inner)
                return std::nullopt;
            Condition c;
            c.kind = Condition::Kind::Not;
            c.children.push_back(std::move(*inner));
            return c;
        }
        if (acceptSymbol("(")) {
            std::optional<Condition> inner = orExpression();
            if (!inner || !expectSymbol(")"))
                return std::nullopt;
            return inner;
        }
        return comparison();
    }

    std::optional<Condition> comparison()
    {
        Condition c;
        c.field = word();
        if (c.field.isEmpty())
            return std::nullopt;
        if (acceptKeyword("NOT")) {
            if (!expectKeyword("IN"))
                return std::nullopt;
            c.op = QStringLiteral("NOT IN");
        } else if (acceptKeyword("IN")) {
            c.op = QStringLiteral("IN");
        } else if (acceptKeyword("LIKE")) {
            c.op = QStringLiteral("LIKE");
        } else if (peek().type == Token::Type::Symbol && peek().text != QLatin1String("(")
                   && peek().text != QLatin1String(")") && peek().text != QLatin1String(",")) {
            c.op = next().text;
        } else {
            unexpected();
            return std::nullopt;
        }
        if (c.op.endsWith(QLatin1String("IN"))) {
            if (!expectSymbol("("))
                return std::nullopt;
            do {
                std::optional<Literal> v = literal();
                if (!v)
                    return std::nullopt;
                c.values.push_back(*v);
            } while (acceptSymbol(","));
            if (!expectSymbol(")"))
                return std::nullopt;
        } else {
            std::optional<Literal> v = literal();
            if (!v)
                return std::nullopt;
            if (c.op == QLatin1String("LIKE") && v->kind != Literal::Kind::String) {
                m_error = QStringLiteral("LIKE needs a string pattern");
                return std::nullopt;
            }
            c.values.push_back(*v);
        }
        return c;
    }

    std::optional<Literal> literal()
    {
        const Token t = peek();
        Literal l;
        if (t.type == Token::Type::String) {
            next();
            l.kind = Literal::Kind::String;
            l.string = t.text;
            return l;
        }
        if (t.type == Token::Type::Number) {
            next();
            const QDate date = QDate::fromString(t.text, Qt::ISODate);
            if (t.text.size() == 10 && date.isValid()) {
                l.kind = Literal::Kind::Date;
                l.from = l.to = date;
                return l;
            }
            if (t.text.contains(QLatin1Char('T'))) {
                QDateTime dt = QDateTime::fromString(t.text, Qt::ISODateWithMs);
                if (dt.isValid() && (t.text.endsWith(QLatin1Char('Z')) || t.text.contains(QLatin1Char('+'))
                                     || t.text.lastIndexOf(QLatin1Char('-')) > 10)) {
                    l.kind = Literal::Kind::DateTime;
                    l.dateTime = dt.toUTC();
                    return l;
                }
                m_error = QStringLiteral("invalid datetime '%1' (use for example 2024-05-01T00:00:00Z)").arg(t.text);
                return std::nullopt;
            }
            bool ok = false;
            l.number = t.text.toDouble(&ok);
            if (!ok) {
                m_error = QStringLiteral("invalid number or date '%1'").arg(t.text);
                return std::nullopt;
            }
            l.kind = Literal::Kind::Number;
            return l;
        }
        if (t.type == Token::Type::Word) {
            const QString word = t.text.toUpper();
            if (word == QLatin1String("NULL")) {
                next();
                return l;
            }
            if (word == QLatin1String("TRUE") || word == QLatin1String("FALSE")) {
                next();
                l.kind = Literal::Kind::Bool;
                l.boolean = word == QLatin1String("TRUE");
                return l;
            }
            if (dateLiteral(word, &l)) {
                next();
                return l;
            }
            if (m_error.isEmpty() && !word.contains(QLatin1Char(':')))
                m_error = QStringLiteral("unknown literal '%1' at position %2").arg(t.text).arg(t.position + 1);
            return std::nullopt;
        }
        unexpected();
        return std::nullopt;
    }

    bool dateLiteral(const QString &word, Literal *l)
    {
        l->kind = Literal::Kind::DateRange;
        const QDate t = m_today;
        const QDate monthStart(t.year(), t.month(), 1);
        if (word == QLatin1String("TODAY")) {
            l->from = l->to = t;
        } else if (word == QLatin1String("YESTERDAY")) {
            l->from = l->to = t.addDays(-1);
        } else if (word == QLatin1String("TOMORROW")) {
            l->from = l->to = t.addDays(1);
        } else if (word == QLatin1String("THIS_MONTH")) {
            l->from = monthStart;
            l->to = monthStart.addMonths(1).addDays(-1);
        } else if (word == QLatin1String("LAST_MONTH")) {
            l->from = monthStart.addMonths(-1);
            l->to = monthStart.addDays(-1);
        } else if (word == QLatin1String("NEXT_MONTH")) {
            l->from = monthStart.addMonths(1);
            l->to = monthStart.addMonths(2).addDays(-1);
        } else if (word == QLatin1String("THIS_YEAR")) {
            l->from = QDate(t.year(), 1, 1);
            l->to = QDate(t.year(), 12, 31);
        } else if (word.contains(QLatin1Char(':'))) {
            const QString name = word.section(QLatin1Char(':'), 0, 0);
            bool ok = false;
            const int days = word.section(QLatin1Char(':'), 1).toInt(&ok);
            if (!ok || days < 0) {
                m_error = QStringLiteral("invalid date literal '%1'").arg(word);
                return false;
            }
            if (name == QLatin1String("LAST_N_DAYS")) {
                l->from = t.addDays(-days);
                l->to = t;
            } else if (name == QLatin1String("NEXT_N_DAYS")) {
                l->from = t.addDays(1);
                l->to = t.addDays(days);
            } else if (name == QLatin1String("N_DAYS_AGO")) {
                l->from = l->to = t.addDays(-days);
            } else {
                m_error = QStringLiteral("date literal '%1' is not supported by the sandbox").arg(word);
                return false;
            }
        } else {
            return false;
        }
        return true;
    }

    std::vector<Token> m_tokens;
    size_t m_pos = 0;
    QDate m_today;
    QString m_error;
};

bool isNull(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

QString asString(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return {};
}

template<typename T>
bool compareOrdered(const T &a, const T &b, const QString &op)
{
    if (op == QLatin1String("="))
        return a == b;
    if (op == QLatin1String("!="))
        return !(a == b);
    if (op == QLatin1String("<"))
        return a < b;
    if (op == QLatin1String(">"))
        return b < a;
    if (op == QLatin1String("<="))
        return !(b < a);
    if (op == QLatin1String(">="))
        return !(a < b);
    return false;
}

QDateTime asDateTime(const QString &s)
{
    // Salesforce writes +0000 without a colon; a date alone is its midnight UTC.
    QDateTime dt = parseIsoTimestamp(s);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    return dt;
}

bool like(const QString &value, const QString &pattern)
{
    QString rx;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            rx += QRegularExpression::escape(pattern.at(++i));
        } else if (c == QLatin1Char('%')) {
            rx += QStringLiteral(".*");
        } else if (c == QLatin1Char('_')) {
            rx += QLatin1Char('.');
        } else {
            rx += QRegularExpression::escape(c);
        }
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return re.match(value).hasMatch();
}

bool compare(const QJsonValue &v, const Literal &lit, const QString &op)
{
    if (op == QLatin1String("LIKE"))
        return !isNull(v) && like(asString(v), lit.string);
    if (lit.kind == Literal::Kind::Null) {
        if (op == QLatin1String("="))
            return isNull(v);
        if (op == QLatin1String("!="))
            return !isNull(v);
        return false;
    }
    if (lit.kind == Literal::Kind::Bool) {
        // An unset checkbox is false in Salesforce.
        bool b = false;
        if (v.isBool())
            b = v.toBool();
        else if (v.isString())
            b = v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        else if (v.isDouble())
            b = v.toDouble() != 0;
        return compareOrdered(b, lit.boolean, op);
    }
    if (isNull(v))
        return op == QLatin1String("!=");
    switch (lit.kind) {
    case Literal::Kind::Number: {
        bool ok = v.isDouble();
        const double d = ok ? v.toDouble() : v.toString().toDouble(&ok);
        return ok && compareOrdered(d, lit.number, op);
    }
    case Literal::Kind::String: {
        const int c = asString(v).compare(lit.string, Qt::CaseInsensitive);
        return compareOrdered(c, 0, op);
    }
    case Literal::Kind::Date:
    case Literal::Kind::DateRange: {
        const QDate d = asDateTime(asString(v)).date();
        if (!d.isValid())
            return false;
        if (op == QLatin1String("="))
            return d >= lit.from && d <= lit.to;
        if (op == QLatin1String("!="))
            return d < lit.from || d > lit.to;
        if (op == QLatin1String("<"))
            return d < lit.from;
        if (op == QLatin1String(">"))
            return d > lit.to;
        if (op == QLatin1String("<="))
            return d <= lit.to;
        if (op == QLatin1String(">="))
            return d >= lit.from;
        return false;
    }
    case Literal::Kind::DateTime: {
        const QDateTime dt = asDateTime(asString(v));
        return dt.isValid() && compareOrdered(dt.toMSecsSinceEpoch(), lit.dateTime.toMSecsSinceEpoch(), op);
    }
    default:
        return false;
    }
}

// -1, 0, 1 for two non-null values.
int compareValues(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
    if (a.isBool() && b.isBool())
        return int(a.toBool()) - int(b.toBool());
    const int c = asString(a).compare(asString(b), Qt::CaseInsensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

std::optional<Query> parse(const QString &text, const QDate &today, QString *error)
{
    std::vector<Token> tokens;
    if (!tokenize(text, &tokens, error))
        return std::nullopt;
    Parser parser(std::move(tokens), today);
    return parser.query(error);
}

bool matches(const Condition &condition, const Resolver &resolve)
{
    switch (condition.kind) {
    case Condition::Kind::And:
        for (const Condition &c : condition.children) {
            if (!matches(c, resolve))
                return false;
        }
        return true;
    case Condition::Kind::Or:
        for (const Condition &c : condition.children) {
            if (matches(c, resolve))
                return true;
        }
        return false;
    case Condition::Kind::Not:
        return !matches(condition.children.front(), resolve);
    case Condition::Kind::Compare:
        break;
    }
    const QJsonValue v = resolve(condition.field);
    if (condition.op == QLatin1String("IN") || condition.op == QLatin1String("NOT IN")) {
        bool found = false;
        for (const Literal &l : condition.values)
            found = found || compare(v, l, QStringLiteral("="));
        return condition.op == QLatin1String("IN") ? found : !found;
    }
    return compare(v, condition.values.front(), condition.op);
}

bool lessThan(const std::vector<OrderBy> &order, const Resolver &a, const Resolver &b)
{
    for (const OrderBy &o : order) {
        const QJsonValue va = a(o.field);
        const QJsonValue vb = b(o.field);
        const bool na = isNull(va);
        const bool nb = isNull(vb);
        if (na && nb)
            continue;
        if (na || nb)
            return o.nullsLast ? nb : na; // nulls first unless NULLS LAST
        const int c = compareValues(va, vb);
        if (c != 0)
            return o.descending ? c > 0 : c < 0;
    }
    return false;
}

} // namespace sb::sandbox::soql
