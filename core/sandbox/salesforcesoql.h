#pragma once

// The SOQL subset the Salesforce emulator understands (what real jobs send):
//   SELECT f1, Parent.f2, COUNT() FROM Type
//   [WHERE cond]  — AND / OR / NOT, parentheses, = != <> < > <= >=, LIKE, [NOT] IN (…),
//                   null, true/false, numbers, 'strings', dates and datetimes, and the date
//                   literals TODAY, YESTERDAY, TOMORROW, LAST_N_DAYS:n, NEXT_N_DAYS:n
//   [ORDER BY f [ASC|DESC] [NULLS FIRST|LAST], …] [LIMIT n] [OFFSET n]
// Anything else is a MALFORMED_QUERY error naming what could not be read.

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace sb::sandbox::soql {

struct Literal
{
    enum class Kind { Null, Bool, Number, String, Date, DateTime, DateRange };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    QString string;
    QDate from, to;      // Date (from == to) and DateRange
    QDateTime dateTime;  // DateTime
};

struct Condition
{
    enum class Kind { And, Or, Not, Compare };
    Kind kind = Kind::Compare;
    std::vector<Condition> children;
    QString field;
    QString op; // "=", "!=", "<", ">", "<=", ">=", "LIKE", "IN", "NOT IN"
    std::vector<Literal> values;
};

struct OrderBy
{
    QString field;
    bool descending = false;
    bool nullsLast = false;
};

struct Query
{
    QString type;
    QStringList fields; // as written, e.g. "Account.Status__c"
    bool count = false; // SELECT COUNT()
    std::optional<Condition> where;
    std::vector<OrderBy> orderBy;
    int limit = -1;
    int offset = 0;
};

// Parses a query; on failure returns nothing and sets *error. `today` fixes the date
// literals (UTC).
std::optional<Query> parse(const QString &text, const QDate &today, QString *error);

// The value of a field path ("Name", "Account.Status__c") on a record; undefined when unset.
using Resolver = std::function<QJsonValue(const QString &path)>;

bool matches(const Condition &condition, const Resolver &resolve);

// Orders two records by the query's ORDER BY; true when a sorts before b.
bool lessThan(const std::vector<OrderBy> &order, const Resolver &a, const Resolver &b);

} // namespace sb::sandbox::soql
