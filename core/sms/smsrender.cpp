#include "sms/smsrender.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVarLengthArray>

#include <cmath>
#include <mutex>
#include <vector>

// Brace scanning follows the validator (smsvalidate.cpp): a "{" is closed by the first "}"
// before any other "{"; a "{" that is not is left in the text with what follows it up to
// the next "{" or the end, and a "}" with no "{" stays as it is. Both are reported, since a
// family must never receive a text with a brace fragment in it.

namespace sb::sms {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsRender)
};

enum class Dates { Display, AsGiven };

// The text of a scalar JSON value; empty for null, objects and arrays.
QString scalarText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

// A field by API name, or a nested one by path ("Account.Name"); `key`, when given, is
// `path` as a FieldKey.
QString fieldValue(const QJsonObject &contact, const QString &path, const FieldKey *key = nullptr)
{
    if (const QJsonValue v = key ? key->value(contact) : contact.value(path); !v.isUndefined())
        return scalarText(v);
    if (!path.contains(QLatin1Char('.')))
        return {};
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return {};
    QJsonValue cur = contact;
    for (const QString &p : parts) {
        if (!cur.isObject())
            return {};
        cur = cur.toObject().value(p);
    }
    return scalarText(cur);
}

// The one date format of rendered texts, see the header.
QString displayDate(const QString &value, const QString &timeZone)
{
    // "dddd-dd-dd" at the start: a date (the rest decides date or date-time).
    auto digits = [&value](qsizetype from, qsizetype n) {
        for (qsizetype i = from; i < from + n; ++i)
            if (i >= value.size() || !value.at(i).isDigit())
                return false;
        return true;
    };
    const bool datePrefix = value.size() >= 10 && digits(0, 4) && value.at(4) == QLatin1Char('-') && digits(5, 2)
        && value.at(7) == QLatin1Char('-') && digits(8, 2);
    if (!datePrefix)
        return value;
    const QString format = QStringLiteral("dd/MM/yyyy");
    if (value.size() == 10) {
        // Rearranged by hand once the date is known valid (QDate::toString parses its format).
        const int y = value.at(0).digitValue() * 1000 + value.at(1).digitValue() * 100 + value.at(2).digitValue() * 10
            + value.at(3).digitValue();
        const int m = value.at(5).digitValue() * 10 + value.at(6).digitValue();
        const int d = value.at(8).digitValue() * 10 + value.at(9).digitValue();
        if (!QDate::isValid(y, m, d))
            return value;
        const QChar shown[10] = {value.at(8), value.at(9), QLatin1Char('/'), value.at(5), value.at(6),
                                 QLatin1Char('/'), value.at(0), value.at(1), value.at(2), value.at(3)};
        return QString(shown, 10);
    }
    if (value.size() >= 16 && value.at(10) == QLatin1Char('T') && digits(11, 2) && value.at(13) == QLatin1Char(':')
        && digits(14, 2)) {
        QDateTime dt = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!dt.isValid())
            return value;
        const QByteArray zone = timeZone.toUtf8();
        if (!zone.isEmpty() && QTimeZone::isTimeZoneIdAvailable(zone))
            dt = dt.toTimeZone(QTimeZone(zone));
        return dt.date().toString(format);
    }
    return value;
}

// The value of one alternative ("AccountId", "FirstName", a field or a path), trimmed
// blank → empty.
QString resolve(const QString &name, const QJsonObject &contact, Dates dates, const QString &timeZone,
                const FieldKey *key = nullptr)
{
    QString value;
    if (name == QLatin1String("AccountId")) {
        value = fieldValue(contact, QStringLiteral("Account.Name"));
    } else if (name == QLatin1String("FirstName")) {
        value = fieldValue(contact, name);
        if (value.trimmed().isEmpty()) {
            const QStringList words =
                fieldValue(contact, QStringLiteral("Patient_Name__c")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            value = words.isEmpty() ? QString() : words.constFirst();
        }
    } else {
        value = fieldValue(contact, name, key);
    }
    if (value.trimmed().isEmpty())
        return {};
    return dates == Dates::Display ? displayDate(value, timeZone) : value;
}

// The alternatives of "{a || b}", spaces around "||" dropped; one name otherwise, as written
// (a name with stray spaces is an unknown placeholder to the validator, so it gets no value).
QStringList alternatives(const QString &content)
{
    if (!content.contains(QLatin1String("||")))
        return {content};
    QStringList parts = content.split(QLatin1String("||"));
    for (QString &p : parts) {
        while (p.startsWith(QLatin1Char(' ')))
            p.remove(0, 1);
        while (p.endsWith(QLatin1Char(' ')))
            p.chop(1);
    }
    return parts;
}

// A template cut once into literal text, placeholders and brace fragments; filling it is
// then a walk over the parts (the scheduler fills the same rows for every contact).
Template compile(const QString &templ)
{
    Template t;
    const QChar open = QLatin1Char('{');
    const QChar close = QLatin1Char('}');
    QString literal;
    auto flush = [&] {
        if (!literal.isEmpty())
            t.parts.append({TemplatePart::Literal, literal, {}, {}});
        literal.clear();
    };
    qsizetype i = 0;
    while (i < templ.size()) {
        const QChar c = templ.at(i);
        if (c == close) {
            flush();
            t.parts.append({TemplatePart::Fragment, QString(close), {}, {}});
            ++i;
            continue;
        }
        if (c != open) {
            literal += c;
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < templ.size() && templ.at(j) != open && templ.at(j) != close)
            ++j;
        flush();
        if (j < templ.size() && templ.at(j) == close) {
            const QString content = templ.mid(i + 1, j - i - 1);
            t.parts.append({TemplatePart::Placeholder, content, alternatives(content), {}});
            i = j + 1;
            continue;
        }
        t.parts.append({TemplatePart::Fragment, templ.mid(i, j - i), {}, {}});
        i = j;
    }
    flush();
    return t;
}

RenderResult fill(const Template &t, const QJsonObject &contact, Dates dates, const QString &timeZone)
{
    RenderResult r;
    auto report = [&r](const QString &what) {
        if (!r.missing.contains(what))
            r.missing.append(what);
    };
    for (const TemplatePart &p : t.parts) {
        switch (p.kind) {
        case TemplatePart::Literal:
            r.text += p.text;
            break;
        case TemplatePart::Fragment:
            report(p.text);
            r.text += p.text;
            break;
        case TemplatePart::Placeholder: {
            QString value;
            for (const QString &name : p.alternatives) {
                value = resolve(name, contact, dates, timeZone);
                if (!value.isEmpty())
                    break;
            }
            if (value.isEmpty()) {
                report(p.text);
                // Left visible: the text is not sendable anyway.
                r.text += QLatin1Char('{') + p.text + QLatin1Char('}');
            } else {
                r.text += value;
            }
            break;
        }
        }
    }
    return r;
}

// fill() with the values of `values` (CompiledTemplate::number() gave the parts their ids):
// the text is built in one allocation of the right size.
RenderResult fillShown(const Template &t, ContactValues &values)
{
    RenderResult r;
    auto report = [&r](const QString &what) {
        if (!r.missing.contains(what))
            r.missing.append(what);
    };
    QVarLengthArray<const QString *, 8> chosen;
    qsizetype size = 0;
    for (const TemplatePart &p : t.parts) {
        switch (p.kind) {
        case TemplatePart::Literal:
            size += p.text.size();
            break;
        case TemplatePart::Fragment:
            report(p.text);
            size += p.text.size();
            break;
        case TemplatePart::Placeholder: {
            const QString *value = nullptr;
            for (const int id : p.ids) {
                const QString &v = values.shown(id);
                if (!v.isEmpty()) {
                    value = &v;
                    break;
                }
            }
            if (!value) {
                report(p.text);
                size += p.text.size() + 2;
            } else {
                size += value->size();
            }
            chosen.append(value);
            break;
        }
        }
    }
    r.text.reserve(size);
    qsizetype next = 0;
    for (const TemplatePart &p : t.parts) {
        if (p.kind != TemplatePart::Placeholder) {
            r.text += p.text;
        } else if (const QString *value = chosen.at(next++)) {
            r.text += *value;
        } else {
            // Left visible: the text is not sendable anyway.
            r.text += QLatin1Char('{');
            r.text += p.text;
            r.text += QLatin1Char('}');
        }
    }
    return r;
}

// fill() for a bulkId, with the values from `value` (a part and the index of one of its
// alternatives → the value as Salesforce gives it; empty when missing).
template<typename ValueFn>
QString fillBulkId(const Template &t, const QString &templ, bool blank, ValueFn &&value, QString *error)
{
    if (blank) {
        if (error)
            *error = Tr::tr("The row has no bulkId template.");
        return {};
    }
    RenderResult r;
    // The values first, so the id is built in one allocation of the right size.
    QVarLengthArray<QString, 4> values;
    qsizetype size = 0;
    for (const TemplatePart &p : t.parts) {
        if (p.kind == TemplatePart::Literal) {
            size += p.text.size();
            continue;
        }
        if (p.kind == TemplatePart::Fragment) {
            if (!r.missing.contains(p.text))
                r.missing.append(p.text);
            continue;
        }
        QString v;
        for (qsizetype k = 0; k < p.alternatives.size(); ++k) {
            v = value(p, k);
            if (!v.isEmpty())
                break;
        }
        if (v.isEmpty() && !r.missing.contains(p.text))
            r.missing.append(p.text);
        size += v.size();
        values.append(v);
    }
    if (r.ok()) {
        r.text.reserve(size);
        qsizetype next = 0;
        for (const TemplatePart &p : t.parts) {
            if (p.kind == TemplatePart::Literal)
                r.text += p.text;
            else if (p.kind == TemplatePart::Placeholder)
                r.text += values.at(next++);
        }
    }
    if (!r.ok()) {
        if (error) {
            QStringList shown;
            for (const QString &m : r.missing)
                shown.append(QStringLiteral("“%1”").arg(m));
            *error = Tr::tr("The bulkId template “%1” cannot be filled for this contact: no value for %2.")
                         .arg(templ, shown.join(QStringLiteral(", ")));
        }
        return {};
    }
    if (error)
        error->clear();
    return r.text;
}

bool isBlank(const QString &s)
{
    for (const QChar c : s)
        if (!c.isSpace())
            return false;
    return true;
}

} // namespace

RenderResult renderText(const QString &templ, const QJsonObject &contact, const QString &timeZone)
{
    return fill(compile(templ), contact, Dates::Display, timeZone);
}

QString bulkIdFor(const QString &templ, const QJsonObject &contact, QString *error)
{
    return fillBulkId(
        compile(templ), templ, isBlank(templ),
        [&contact](const TemplatePart &p, qsizetype k) { return bulkIdValue(p.alternatives.at(k), contact); }, error);
}

QString bulkIdValue(const QString &name, const QJsonObject &contact)
{
    return resolve(name, contact, Dates::AsGiven, {});
}

FieldKey::FieldKey(const QString &name) : m_name(name), m_key(name)
{
    // One slot per distinct name for the whole process (the names are API field names).
    static std::mutex mutex;
    static QHash<QString, int> slotByName;
    std::lock_guard lock(mutex);
    auto it = slotByName.find(name);
    if (it == slotByName.end())
        it = slotByName.insert(name, int(slotByName.size()));
    m_slot = *it;
}

QJsonValue FieldKey::value(const QJsonObject &object) const
{
    // Positions by name and thread; -1: not found yet.
    thread_local std::vector<qsizetype> positions;
    if (size_t(m_slot) >= positions.size())
        positions.resize(size_t(m_slot) + 64, -1);
    qsizetype &at = positions[size_t(m_slot)];
    if (at >= 0 && at < object.size()) {
        // The same data seen as CBOR (shared, not copied): its keys compare without
        // being converted to QStrings.
        const QCborMap keys = QCborMap::fromJsonObject(object);
        if ((keys.constBegin() + at).key() == m_key)
            return (object.constBegin() + at).value();
    }
    const auto it = object.constFind(m_name);
    if (it == object.constEnd())
        return QJsonValue(QJsonValue::Undefined);
    at = it - object.constBegin();
    return it.value();
}

int FieldNames::id(const QString &name)
{
    auto it = m_ids.constFind(name);
    if (it != m_ids.constEnd())
        return *it;
    m_keys.append(FieldKey(name));
    m_ids.insert(name, int(m_keys.size() - 1));
    return int(m_keys.size() - 1);
}

int FieldNames::find(const QString &name) const
{
    return m_ids.value(name, -1);
}

ContactValues::ContactValues(const FieldNames &names, const QJsonObject &contact, const QString &timeZone)
    : m_names(names), m_contact(contact), m_timeZone(timeZone), m_slots(names.size())
{
}

const QString &ContactValues::asGiven(int id)
{
    if (id == m_overrideId && m_override)
        return *m_override;
    Slot &slot = m_slots[id];
    if (!slot.hasGiven) {
        slot.given = resolve(m_names.name(id), m_contact, Dates::AsGiven, {}, &m_names.key(id));
        slot.hasGiven = true;
    }
    return slot.given;
}

const QString &ContactValues::shown(int id)
{
    Slot &slot = m_slots[id];
    if (!slot.hasShown) {
        if (!slot.hasGiven) {
            slot.given = resolve(m_names.name(id), m_contact, Dates::AsGiven, {}, &m_names.key(id));
            slot.hasGiven = true;
        }
        // resolve(…, Display) is the given value through displayDate().
        slot.shown = slot.given.isEmpty() ? QString() : displayDate(slot.given, m_timeZone);
        slot.hasShown = true;
    }
    return slot.shown;
}

void ContactValues::setOverride(int id, const QString *value)
{
    m_overrideId = value ? id : -1;
    m_override = value;
}

CompiledTemplate::CompiledTemplate(const QString &templ) : m_source(templ), m_template(compile(templ)), m_blank(isBlank(templ)) {}

RenderResult CompiledTemplate::render(const QJsonObject &contact, const QString &timeZone) const
{
    return fill(m_template, contact, Dates::Display, timeZone);
}

QString CompiledTemplate::bulkId(const QJsonObject &contact, QString *error) const
{
    return fillBulkId(
        m_template, m_source, m_blank,
        [&contact](const TemplatePart &p, qsizetype k) { return bulkIdValue(p.alternatives.at(k), contact); }, error);
}

void CompiledTemplate::number(FieldNames &names)
{
    for (TemplatePart &p : m_template.parts) {
        p.ids.clear();
        for (const QString &name : std::as_const(p.alternatives))
            p.ids.append(names.id(name));
    }
}

bool CompiledTemplate::uses(int id) const
{
    for (const TemplatePart &p : m_template.parts)
        if (p.ids.contains(id))
            return true;
    return false;
}

RenderResult CompiledTemplate::render(ContactValues &values) const
{
    return fillShown(m_template, values);
}

QString CompiledTemplate::bulkId(ContactValues &values, QString *error) const
{
    // The common case (every value there) without copies; fillBulkId() says what is missing.
    QVarLengthArray<const QString *, 4> chosen;
    qsizetype size = 0;
    bool complete = !m_blank;
    for (const TemplatePart &p : m_template.parts) {
        if (!complete)
            break;
        switch (p.kind) {
        case TemplatePart::Literal:
            size += p.text.size();
            break;
        case TemplatePart::Fragment:
            complete = false;
            break;
        case TemplatePart::Placeholder: {
            const QString *value = nullptr;
            for (const int id : p.ids) {
                const QString &v = values.asGiven(id);
                if (!v.isEmpty()) {
                    value = &v;
                    break;
                }
            }
            complete = value != nullptr;
            size += value ? value->size() : 0;
            chosen.append(value);
            break;
        }
        }
    }
    if (complete) {
        QString id(size, Qt::Uninitialized);
        QChar *out = id.data();
        qsizetype next = 0;
        for (const TemplatePart &p : m_template.parts) {
            const QString &piece = p.kind == TemplatePart::Literal ? p.text : *chosen.at(next++);
            std::copy(piece.cbegin(), piece.cend(), out);
            out += piece.size();
        }
        if (error)
            error->clear();
        return id;
    }
    return fillBulkId(
        m_template, m_source, m_blank, [&values](const TemplatePart &p, qsizetype k) { return values.asGiven(p.ids.at(k)); },
        error);
}

} // namespace sb::sms
