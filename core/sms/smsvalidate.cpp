#include "sms/smsvalidate.h"

#include "common/sysinfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

// Placeholders and segment counting: a text is counted with every well-formed placeholder
// replaced by nothing, so the segment count reported is a lower bound (the contact's values
// can only make the message longer, and a non-GSM character in a value can only turn GSM-7
// into UCS-2). Concatenation headers are assumed (153 / 67 per part); an extension
// character that would straddle two parts is not moved, so the count can be one short in
// that rare case.

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsValidate)
};

constexpr const char *kEnglish = "English";

// The fields the texts of the real sheet name; suggestions prefer these.
const QStringList &textPlaceholders()
{
    static const QStringList names = {
        QStringLiteral("Guardian_1_First_Name__c"), QStringLiteral("FirstName"),
        QStringLiteral("Pronoun_he_she__c"),        QStringLiteral("Pronoun_him_her__c"),
        QStringLiteral("Pronoun_his_her__c"),       QStringLiteral("AccountId"),
        QStringLiteral("Next_Visit_Date_New__c"),
    };
    return names;
}

// 3GPP TS 23.038 default alphabet (basic set; the escape code itself is not a character).
const QString &gsmBasic()
{
    static const QString chars = QStringLiteral(
        "@\u00A3$\u00A5\u00E8\u00E9\u00F9\u00EC\u00F2\u00C7\n\u00D8\u00F8\r\u00C5\u00E5"
        "\u0394_\u03A6\u0393\u039B\u03A9\u03A0\u03A8\u03A3\u0398\u039E\u00C6\u00E6\u00DF\u00C9"
        " !\"#\u00A4%&'()*+,-./0123456789:;<=>?"
        "\u00A1ABCDEFGHIJKLMNOPQRSTUVWXYZ\u00C4\u00D6\u00D1\u00DC\u00A7"
        "\u00BFabcdefghijklmnopqrstuvwxyz\u00E4\u00F6\u00F1\u00FC\u00E0");
    return chars;
}

// The extension table: each takes an escape plus the character (two septets).
const QString &gsmExtension()
{
    static const QString chars = QStringLiteral("\f^{}\\[~]|\u20AC");
    return chars;
}

bool isInvisible(char32_t c)
{
    if (c == U' ')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Format:  // ZWSP, ZWNJ, ZWJ, BOM, soft hyphen, direction marks …
    case QChar::Other_Control: // tab, line breaks, other C0/C1 controls
    case QChar::Separator_Space: // NBSP, thin and other spaces that look like a space
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// The names a translator can look up; other invisible characters get only their code.
QString characterName(char32_t c)
{
    switch (c) {
    case 0x0009: return QStringLiteral("CHARACTER TABULATION");
    case 0x000A: return QStringLiteral("LINE FEED");
    case 0x000D: return QStringLiteral("CARRIAGE RETURN");
    case 0x00A0: return QStringLiteral("NO-BREAK SPACE");
    case 0x00AD: return QStringLiteral("SOFT HYPHEN");
    case 0x200B: return QStringLiteral("ZERO WIDTH SPACE");
    case 0x200C: return QStringLiteral("ZERO WIDTH NON-JOINER");
    case 0x200D: return QStringLiteral("ZERO WIDTH JOINER");
    case 0x200E: return QStringLiteral("LEFT-TO-RIGHT MARK");
    case 0x200F: return QStringLiteral("RIGHT-TO-LEFT MARK");
    case 0x202F: return QStringLiteral("NARROW NO-BREAK SPACE");
    case 0x2060: return QStringLiteral("WORD JOINER");
    case 0xFEFF: return QStringLiteral("ZERO WIDTH NO-BREAK SPACE (BOM)");
    default: return {};
    }
}

// "U+200B ZERO WIDTH SPACE", or just the code.
QString describe(char32_t c)
{
    const QString name = characterName(c);
    return name.isEmpty() ? codePoint(c) : codePoint(c) + QLatin1Char(' ') + name;
}

// The text with every invisible character written as <U+XXXX>.
QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QList<uint> ucs4 = text.toUcs4();
    for (uint c : ucs4) {
        if (isInvisible(c))
            out += QLatin1Char('<') + codePoint(c) + QLatin1Char('>');
        else
            out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
    }
    return out;
}

// The first `max` characters, made visible, with "…" when cut.
QString excerpt(const QString &text, int max = 30)
{
    if (text.size() <= max)
        return visible(text);
    int n = max;
    if (text.at(n - 1).isHighSurrogate())
        --n;
    return visible(text.left(n)) + QChar(0x2026);
}

// Lower-case words of a name: split at "_", ".", spaces, case changes and digits; a
// Salesforce "__c" suffix is dropped ("Guardian_1_First_Name__c" → guardian 1 first name).
QStringList words(const QString &name)
{
    QString n = name;
    if (n.endsWith(QLatin1String("__c")))
        n.chop(3);
    QStringList out;
    QString cur;
    auto flush = [&] {
        if (!cur.isEmpty())
            out.append(cur.toLower());
        cur.clear();
    };
    for (int i = 0; i < n.size(); ++i) {
        const QChar c = n.at(i);
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        if (!cur.isEmpty()) {
            const QChar prev = cur.back();
            if ((prev.isLower() && c.isUpper()) || (prev.isDigit() != c.isDigit()))
                flush();
        }
        cur += c;
    }
    flush();
    return out;
}

// How far a name is from a field, word by word: every word of each must find a close word in
// the other ("patient_first_fname" is nearer to FirstName than to Guardian_1_First_Name__c).
int fieldDistance(const QStringList &nameWords, const QString &field)
{
    const QStringList fieldWords = words(field);
    if (nameWords.isEmpty() || fieldWords.isEmpty())
        return std::numeric_limits<int>::max() / 2;
    auto nearest = [](const QString &w, const QStringList &in) {
        int best = std::numeric_limits<int>::max();
        for (const QString &o : in)
            best = std::min(best, editDistance(w, o));
        return best;
    };
    int d = 0;
    for (const QString &w : fieldWords)
        d += nearest(w, nameWords);
    for (const QString &w : nameWords)
        d += nearest(w, fieldWords);
    return d;
}

// The closest known name, or empty when nothing is reasonably close.
QString closestKnown(const QString &name, bool preferTextFields)
{
    const QStringList nameWords = words(name);
    if (nameWords.isEmpty())
        return {};
    const int limit = std::max(2, int(nameWords.join(QString()).size() * 6 / 10));
    auto best = [&](const QStringList &fields) {
        QString found;
        int bestDistance = limit + 1;
        int bestPlain = 0;
        for (const QString &f : fields) {
            const int d = fieldDistance(nameWords, f);
            const int plain = editDistance(name.toLower(), f.toLower());
            if (d < bestDistance || (d == bestDistance && !found.isEmpty() && plain < bestPlain)) {
                bestDistance = d;
                bestPlain = plain;
                found = f;
            }
        }
        return found;
    };
    if (preferTextFields) {
        const QString text = best(textPlaceholders());
        if (!text.isEmpty())
            return text;
    }
    return best(knownPlaceholders());
}

bool isKnown(const QString &name)
{
    static const QSet<QString> known(knownPlaceholders().cbegin(), knownPlaceholders().cend());
    return known.contains(name);
}

bool isFieldChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
           || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// Why `name` is not a known field, as one sentence (the placeholder shown as written).
QString unknownMessage(const QString &placeholder, const QString &name, bool preferTextFields)
{
    const QString shown = QLatin1Char('{') + excerpt(placeholder, 40) + QLatin1Char('}');
    if (name.isEmpty())
        return Tr::tr("%1: the placeholder has no field name.").arg(shown);

    // A known name spoilt by an invisible character or a space.
    QString clean;
    int firstBad = -1;
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isSpace() || isInvisible(c.unicode())) {
            if (firstBad < 0)
                firstBad = i;
            continue;
        }
        clean += c;
    }
    if (firstBad >= 0 && isKnown(clean)) {
        const char32_t bad = name.at(firstBad).unicode();
        const QString where = firstBad == 0
                                  ? Tr::tr("before “%1”").arg(visible(name.mid(1)))
                                  : Tr::tr("after “%1”").arg(visible(name.left(firstBad)));
        if (bad == U' ')
            return Tr::tr("%1: the name has a space %2; remove it.").arg(shown, where);
        return Tr::tr("%1: the name has an invisible character (%2) %3; remove it.")
            .arg(shown, describe(bad), where);
    }

    for (const QString &k : knownPlaceholders()) {
        if (k.compare(clean, Qt::CaseInsensitive) == 0)
            return Tr::tr("%1: field names are case-sensitive; write {%2}.").arg(shown, k);
    }

    QString suggestion = closestKnown(clean, preferTextFields);
    // "{FirstName) ary …}": the name's leading identifier is often the intended field.
    int lead = 0;
    while (lead < clean.size() && isFieldChar(clean.at(lead)))
        ++lead;
    if (lead > 0 && lead < clean.size()) {
        const QString head = clean.left(lead);
        if (isKnown(head))
            suggestion = head;
        else if (suggestion.isEmpty())
            suggestion = closestKnown(head, preferTextFields);
    }
    QString message =
        suggestion.isEmpty()
            ? Tr::tr("%1: “%2” is not a contact field the scheduler knows.")
                  .arg(shown, excerpt(name, 40))
            : Tr::tr("%1: “%2” is not a contact field the scheduler knows; did you mean {%3}?")
                  .arg(shown, excerpt(name, 40), suggestion);
    for (const QChar c : name) {
        if (c != QLatin1Char(' ') && isInvisible(c.unicode())) {
            message += QLatin1Char(' ')
                       + Tr::tr("The name also contains an invisible character (%1).")
                             .arg(describe(c.unicode()));
            break;
        }
    }
    return message;
}

// One scanned piece of a text.
struct Placeholder
{
    int start = 0; // index of "{"
    int end = 0;   // index after "}"
    QString content;
};

struct BraceProblem
{
    int position = 0; // index of the brace
    QString message;
};

struct Scan
{
    QList<Placeholder> placeholders;
    QList<BraceProblem> braceProblems;
    QString withoutPlaceholders;
};

// A placeholder this long, or spanning a line break or a parenthesis, swallowed text: its
// closing brace is missing or mistyped and a later "}" closed it.
bool swallowsText(const QString &content)
{
    return content.size() > 40 || content.contains(QLatin1Char('\n'))
           || content.contains(QLatin1Char(')')) || content.contains(QLatin1Char('('));
}

Scan scan(const QString &text)
{
    Scan s;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            s.braceProblems.append(
                {i, Tr::tr("A “}” at character %1 has no “{” before it (after “%2”).")
                        .arg(i + 1)
                        .arg(visible(text.mid(std::max(0, i - 30), std::min(i, 30))))});
            s.withoutPlaceholders += c;
            ++i;
            continue;
        }
        if (c != QLatin1Char('{')) {
            s.withoutPlaceholders += c;
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < text.size() && text.at(j) != QLatin1Char('{') && text.at(j) != QLatin1Char('}'))
            ++j;
        if (j < text.size() && text.at(j) == QLatin1Char('}')) {
            const QString content = text.mid(i + 1, j - i - 1);
            s.placeholders.append({i, j + 1, content});
            if (swallowsText(content)) {
                s.braceProblems.append(
                    {i, Tr::tr("The “{” at character %1 is closed only %2 characters later, so "
                               "it swallows “%3”; a closing “}” is probably missing or mistyped.")
                            .arg(i + 1)
                            .arg(j - i)
                            .arg(excerpt(content))});
            }
            i = j + 1;
            continue;
        }
        // Not closed before the next "{" or the end: the text up to there is swallowed.
        const QString swallowed = text.mid(i + 1, j - i - 1);
        const QString message =
            j < text.size()
                ? Tr::tr("The “{” at character %1 is not closed before the next “{”; it "
                         "swallows “%2”.")
                      .arg(i + 1)
                      .arg(excerpt(swallowed))
                : Tr::tr("The “{” at character %1 is never closed; it swallows “%2”.")
                      .arg(i + 1)
                      .arg(excerpt(swallowed));
        s.braceProblems.append({i, message});
        s.withoutPlaceholders += text.mid(i, j - i);
        i = j;
    }
    return s;
}

// The alternatives of "{a || b}" (spaces around "||" dropped); one name otherwise, as written.
QStringList alternatives(const QString &content)
{
    if (!content.contains(QLatin1String("||")))
        return {content};
    QStringList parts = content.split(QLatin1String("||"));
    for (int k = 0; k < parts.size(); ++k) {
        QString &p = parts[k];
        if (k > 0)
            while (p.startsWith(QLatin1Char(' ')))
                p.remove(0, 1);
        if (k + 1 < parts.size())
            while (p.endsWith(QLatin1Char(' ')))
                p.chop(1);
    }
    return parts;
}

bool isInteger(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[+-]?[0-9]+$"));
    return re.match(text.trimmed()).hasMatch();
}

bool isClockTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    return m.hasMatch() && m.captured(1).toInt() <= 23 && m.captured(2).toInt() <= 59;
}

// Characters a bulkId may hold outside its placeholders: printable ASCII without spaces.
char32_t firstBadBulkIdChar(const QString &literal)
{
    const QList<uint> ucs4 = literal.toUcs4();
    for (uint c : ucs4) {
        if (c <= 0x20 || c >= 0x7F)
            return c;
    }
    return 0;
}

QString charShown(char32_t c)
{
    if (isInvisible(c) || c == U' ')
        return QLatin1Char('<') + codePoint(c) + QLatin1Char('>');
    return QString::fromUcs4(&c, 1);
}

class Validator
{
public:
    explicit Validator(const SmsTable &t) : m_table(t) {}

    QList<Finding> run()
    {
        const int english = m_table.columnIndex(QLatin1String(kEnglish));
        const int bulk = m_table.columnIndex(QLatin1String(kColumnBulkId));
        QHash<QString, int> firstRowOfBulkId;
        for (int r = 0; r < m_table.rows.size(); ++r) {
            const int row = r + 1;
            for (int c = 0; c < m_table.columns.size(); ++c) {
                const QString column = m_table.columns.at(c);
                const QString value = cellAt(r, c);
                if (column == QLatin1String(kColumnDays)) {
                    if (!isInteger(value))
                        add(row, c, kBadNumber,
                            Tr::tr("“%1” is not a whole number of days.").arg(excerpt(value)));
                } else if (column == QLatin1String(kColumnSms)) {
                    if (!isInteger(value))
                        add(row, c, kBadNumber,
                            Tr::tr("“%1” is not a whole number (the message's place in its group).")
                                .arg(excerpt(value)));
                } else if (column == QLatin1String(kColumnMinutes)) {
                    if (!value.trimmed().isEmpty() && !isInteger(value))
                        add(row, c, kBadNumber,
                            Tr::tr("“%1” is not a whole number of minutes (or blank).")
                                .arg(excerpt(value)));
                } else if (column == QLatin1String(kColumnClock)) {
                    if (!value.trimmed().isEmpty() && !isClockTime(value))
                        add(row, c, kBadNumber,
                            Tr::tr("“%1” is not a time of day like 9:00 or 14:30 (or blank).")
                                .arg(excerpt(value)));
                } else if (c == bulk) {
                    checkBulkId(row, c, value, firstRowOfBulkId);
                } else if (isLanguage(column)) {
                    const bool englishEmpty = english < 0 || cellAt(r, english).trimmed().isEmpty();
                    if (value.trimmed().isEmpty()) {
                        if (c == english)
                            add(row, c, kMissingTranslation,
                                Tr::tr("The English text is empty; English is what every other "
                                       "language falls back to."));
                        else if (!englishEmpty)
                            add(row, c, kMissingTranslation,
                                Tr::tr("The %1 translation is empty; contacts who read %1 would "
                                       "get the English text.")
                                    .arg(column));
                        continue;
                    }
                    checkText(row, c, value);
                }
            }
        }
        std::stable_sort(m_findings.begin(), m_findings.end(),
                         [](const Indexed &a, const Indexed &b) {
                             return a.row != b.row ? a.row < b.row : a.column < b.column;
                         });
        QList<Finding> out;
        out.reserve(m_findings.size());
        for (const Indexed &f : m_findings)
            out.append(f.finding);
        return out;
    }

private:
    struct Indexed
    {
        int row;
        int column;
        Finding finding;
    };

    QString cellAt(int r, int c) const
    {
        const QStringList &cells = m_table.rows.at(r);
        return c >= 0 && c < cells.size() ? cells.at(c) : QString();
    }

    static bool isLanguage(const QString &column)
    {
        for (const Language &l : languages()) {
            if (column == QLatin1String(l.longName))
                return true;
        }
        return false;
    }

    void add(int row, int column, const char *kind, const QString &message)
    {
        m_findings.append(
            {row, column, Finding{row, m_table.columns.at(column), QLatin1String(kind), message}});
    }

    void checkText(int row, int c, const QString &text)
    {
        const Scan s = scan(text);
        // Brace problems and unknown names in the order they appear in the text.
        struct Item
        {
            int position;
            const char *kind;
            QString message;
        };
        QList<Item> items;
        for (const BraceProblem &b : s.braceProblems)
            items.append({b.position, kUnbalancedBraces, b.message});
        for (const Placeholder &p : s.placeholders) {
            for (const QString &name : alternatives(p.content)) {
                if (!isKnown(name)) {
                    items.append({p.start, kUnknownPlaceholder, unknownMessage(p.content, name, true)});
                }
            }
        }
        std::stable_sort(items.begin(), items.end(),
                         [](const Item &a, const Item &b) { return a.position < b.position; });
        for (const Item &item : items)
            add(row, c, item.kind, item.message);

        const SegmentCount count = countSegments(s.withoutPlaceholders);
        if (count.segments > 1)
            add(row, c, kMultiSegment, segmentMessage(count, !s.placeholders.isEmpty()));
    }

    static QString segmentMessage(const SegmentCount &count, bool hasPlaceholders)
    {
        if (count.ucs2) {
            const char32_t first = count.firstUcs2Character.toUcs4().value(0);
            const QString message =
                hasPlaceholders
                    ? Tr::tr("This text needs at least %1 SMS segments even before its "
                             "placeholders are filled in: “%2” (%3) is not in the GSM-7 "
                             "alphabet, so it is sent as UCS-2, and its %4 characters exceed the "
                             "70 of one SMS (67 per segment when split).")
                    : Tr::tr("This text needs %1 SMS segments: “%2” (%3) is not in the GSM-7 "
                             "alphabet, so it is sent as UCS-2, and its %4 characters exceed the "
                             "70 of one SMS (67 per segment when split).");
            return message.arg(count.segments).arg(charShown(first), describe(first)).arg(count.units);
        }
        const QString message =
            hasPlaceholders
                ? Tr::tr("This text needs at least %1 SMS segments even before its placeholders "
                         "are filled in: its %2 GSM-7 characters exceed the 160 of one SMS "
                         "(153 per segment when split).")
                : Tr::tr("This text needs %1 SMS segments: its %2 GSM-7 characters exceed the "
                         "160 of one SMS (153 per segment when split).");
        return message.arg(count.segments).arg(count.units);
    }

    void checkBulkId(int row, int c, const QString &value, QHash<QString, int> &firstRow)
    {
        const QString id = value.trimmed();
        if (id.isEmpty()) {
            add(row, c, kBadBulkIdTemplate,
                Tr::tr("The bulkId template is empty; Infobip needs it to find, reschedule and "
                       "cancel this message."));
            return;
        }
        const Scan s = scan(value);
        for (const BraceProblem &b : s.braceProblems)
            add(row, c, kBadBulkIdTemplate, b.message);
        for (const Placeholder &p : s.placeholders) {
            for (const QString &name : alternatives(p.content)) {
                if (!isKnown(name))
                    add(row, c, kBadBulkIdTemplate, unknownMessage(p.content, name, false));
            }
        }
        if (const char32_t bad = firstBadBulkIdChar(s.withoutPlaceholders)) {
            add(row, c, kBadBulkIdTemplate,
                Tr::tr("The bulkId template contains “%1” (%2); use only letters, digits and "
                       "punctuation without spaces.")
                    .arg(charShown(bad), describe(bad)));
        }
        if (s.placeholders.isEmpty() && s.braceProblems.isEmpty()) {
            add(row, c, kBadBulkIdTemplate,
                Tr::tr("The bulkId template has no placeholder, so every contact would get the "
                       "same bulkId; add {CommCare_Case_ID__c}."));
        }
        const auto it = firstRow.constFind(id);
        if (it != firstRow.constEnd()) {
            add(row, c, kDuplicateBulkId,
                Tr::tr("The bulkId template “%1” is already used by row %2; each row needs its "
                       "own.")
                    .arg(excerpt(id, 60))
                    .arg(it.value()));
        } else {
            firstRow.insert(id, row);
        }
    }

    const SmsTable &m_table;
    QList<Indexed> m_findings;
};

} // namespace

const QStringList &knownPlaceholders()
{
    static const QStringList names = {
        QStringLiteral("CommCare_Case_ID__c"),
        QStringLiteral("Patient_Name__c"),
        QStringLiteral("FirstName"),
        QStringLiteral("Guardian_1_First_Name__c"),
        QStringLiteral("Pronoun_he_she__c"),
        QStringLiteral("Pronoun_him_her__c"),
        QStringLiteral("Pronoun_his_her__c"),
        QStringLiteral("AccountId"),
        QStringLiteral("Guardian_1_Phone_Number_1__c"),
        QStringLiteral("Guardian_1_Phone_Landline__c"),
        QStringLiteral("SMS_Language__c"),
        QStringLiteral("SMS_Timezone__c"),
        QStringLiteral("SMS_Treatment__c"),
        QStringLiteral("SMS_Original_Treatment__c"),
        QStringLiteral("SMS_Treatment_Start_Date__c"),
        QStringLiteral("Treatment_Completed__c"),
        QStringLiteral("Date_Completed_Treatment__c"),
        QStringLiteral("Reason_Stopped_Treatment__c"),
        QStringLiteral("Brace_Problems_Type__c"),
        QStringLiteral("Next_Visit_Date_New__c"),
        QStringLiteral("Last_Visit_Date__c"),
        QStringLiteral("Original_Next_Visit_Date__c"),
        QStringLiteral("Date_of_First_Visit__c"),
        QStringLiteral("Registration_Date__c"),
        QStringLiteral("Date_of_SMS_Registration__c"),
        QStringLiteral("Send_SMS__c"),
        QStringLiteral("SMS_Opt_In__c"),
        QStringLiteral("SMS_Opt_In_II__c"),
        QStringLiteral("SMS_Error__c"),
        QStringLiteral("Cancel_SMS_Sending__c"),
    };
    return names;
}

SegmentCount countSegments(const QString &text)
{
    SegmentCount count;
    int septets = 0;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (gsmBasic().contains(c)) {
            septets += 1;
        } else if (gsmExtension().contains(c)) {
            septets += 2;
        } else {
            count.ucs2 = true;
            const bool pair = c.isHighSurrogate() && i + 1 < text.size()
                              && text.at(i + 1).isLowSurrogate();
            count.firstUcs2Character = text.mid(i, pair ? 2 : 1);
            break;
        }
    }
    if (count.ucs2) {
        count.units = int(text.size());
        count.segments = count.units == 0 ? 0 : count.units <= 70 ? 1 : (count.units + 66) / 67;
    } else {
        count.units = septets;
        count.segments = septets == 0 ? 0 : septets <= 160 ? 1 : (septets + 152) / 153;
    }
    return count;
}

QList<Finding> validateTable(const SmsTable &table)
{
    return Validator(table).run();
}

} // namespace sb::sms
