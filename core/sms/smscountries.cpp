#include "sms/smscountries.h"

#include "sms/smstable.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QtDebug>

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsCountries)
};

const QStringList &headerNames()
{
    static const QStringList names = {QStringLiteral("Country"), QStringLiteral("Dial code"),
                                      QStringLiteral("Sender id"), QStringLiteral("Time zone"),
                                      QStringLiteral("Default language")};
    return names;
}

// Lines a cell spans beyond its first, counted as readCsv counts them.
int extraLines(const QString &cell)
{
    int n = 0;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        if (cell.at(i) == QLatin1Char('\n'))
            ++n;
        else if (cell.at(i) == QLatin1Char('\r') && !(i + 1 < cell.size() && cell.at(i + 1) == QLatin1Char('\n')))
            ++n;
    }
    return n;
}

// Infobip: an alphanumeric sender has at most 11 characters, a numeric one at most 15 digits.
bool validSenderId(const QString &s)
{
    static const QRegularExpression numeric(QStringLiteral("^[0-9]{1,15}$"));
    static const QRegularExpression alnum(QStringLiteral("^[A-Za-z0-9 ._&-]{1,11}$"));
    return numeric.match(s).hasMatch() || alnum.match(s).hasMatch();
}

} // namespace

Result<QList<Country>> readCountriesCsv(const QByteArray &bytes, const QString &fileName)
{
    const Result<SmsTable> table = readCsv(bytes, fileName);
    if (!table)
        return table.error();
    const QStringList &columns = table->columns;
    for (const QString &c : columns) {
        if (!headerNames().contains(c))
            return makeError(Tr::tr("Line 1: unknown column “%1”; the columns are %2.")
                                 .arg(c, headerNames().join(QStringLiteral(", "))),
                             fileName, 1);
    }
    QList<int> at;
    for (const QString &h : headerNames()) {
        const int i = int(columns.indexOf(h));
        if (i < 0)
            return makeError(Tr::tr("Line 1: the column “%1” is missing; the columns are %2.")
                                 .arg(h, headerNames().join(QStringLiteral(", "))),
                             fileName, 1);
        at << i;
    }

    int line = 2;
    for (const QString &c : columns)
        line += extraLines(c);
    QList<Country> out;
    QSet<QString> seen;
    for (const QStringList &row : table->rows) {
        Country c;
        c.name = row.at(at[0]).trimmed();
        c.dialCode = row.at(at[1]).trimmed();
        c.senderId = row.at(at[2]).trimmed();
        c.timeZone = row.at(at[3]).trimmed();
        const QString language = row.at(at[4]).trimmed();
        c.defaultLanguage = languageColumn(language);
        auto fail = [&](const QString &message) { return makeError(Tr::tr("Line %1: %2").arg(line).arg(message), fileName, line); };

        if (c.name.isEmpty())
            return fail(Tr::tr("the country name is empty."));
        if (seen.contains(c.name.toCaseFolded()))
            return fail(Tr::tr("“%1” is listed twice.").arg(c.name));
        seen.insert(c.name.toCaseFolded());
        static const QRegularExpression dial(QStringLiteral("^[0-9]{1,4}$"));
        if (!dial.match(c.dialCode).hasMatch())
            return fail(Tr::tr("the dial code “%1” of %2 is not 1 to 4 digits (write 234, not +234).")
                            .arg(c.dialCode, c.name));
        if (!validSenderId(c.senderId))
            return fail(Tr::tr("the sender id “%1” of %2 is not valid: at most 11 letters, digits, spaces or "
                               "“.-_&”, or at most 15 digits.")
                            .arg(c.senderId, c.name));
        if (c.timeZone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(c.timeZone.toUtf8()))
            return fail(Tr::tr("the time zone “%1” of %2 is not an IANA time zone name such as Africa/Lagos.")
                            .arg(c.timeZone, c.name));
        if (c.defaultLanguage.isEmpty()) {
            QStringList names;
            for (const Language &l : languages())
                names << QString::fromLatin1(l.longName);
            return fail(Tr::tr("the default language “%1” of %2 is not one of %3.")
                            .arg(language, c.name, names.join(QStringLiteral(", "))));
        }
        out << c;
        for (const QString &cell : row)
            line += extraLines(cell);
        ++line;
    }
    return out;
}

QByteArray writeCountriesCsv(const QList<Country> &countries)
{
    SmsTable t;
    t.columns = headerNames();
    for (const Country &c : countries)
        t.rows << QStringList{c.name, c.dialCode, c.senderId, c.timeZone, c.defaultLanguage};
    return writeCsv(t);
}

const Country *countryFor(const QList<Country> &countries, const QString &name)
{
    const QString key = name.trimmed();
    for (const Country &c : countries) {
        if (c.name.compare(key, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const QList<Country> &defaultCountries()
{
    static const QList<Country> list = [] {
        QFile f(QStringLiteral(":/sms/countries.csv"));
        if (!f.open(QIODevice::ReadOnly)) {
            qWarning("sms: the built-in countries table is missing from the resources");
            return QList<Country>();
        }
        const Result<QList<Country>> r = readCountriesCsv(f.readAll(), QStringLiteral(":/sms/countries.csv"));
        if (!r) {
            qWarning("sms: the built-in countries table does not read: %s", qPrintable(r.error().toString()));
            return QList<Country>();
        }
        return r.value();
    }();
    return list;
}

} // namespace sb::sms
