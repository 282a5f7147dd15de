#pragma once

// Filling a Master Mapping Table text or bulkId template with a Salesforce Contact
// (../shared/docs/sms-scheduling.md). Pure functions: the contact is the JSON object the
// Salesforce REST API returns (API names at the top level, the clinic nested as
// "Account": {"Name": …}).

#include <QCborValue>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

namespace sb::sms {

struct RenderResult
{
    QString text;
    // Placeholders that got no value ("Guardian_1_First_Name__c", "a || b" as written),
    // and unbalanced brace fragments as they stand in the text ("{FirstName has", "}").
    // A text with any of these must not be sent.
    QStringList missing;
    bool ok() const { return missing.isEmpty(); }
};

// Replaces every "{Field}" with the contact's value:
// * "{a || b}": the first alternative with a value;
// * "AccountId": the clinic name, Account.Name (never the record id);
// * "FirstName": the contact's FirstName, else the first word of Patient_Name__c;
// * "a.b": a nested field (Account.Name);
// * a date ("YYYY-MM-DD") renders as dd/MM/yyyy — day first, numeric, so the same text
//   reads right in every language of the sheet ("on 07/03/2025", "le 07/03/2025");
//   a date-time renders as the date in `timeZone` (an IANA id; the value's own offset
//   when empty or unknown).
// A value that is absent, null, an object or array, or blank counts as missing.
RenderResult renderText(const QString &templ, const QJsonObject &contact, const QString &timeZone = {});

// The Infobip bulkId of a row for a contact: the ONE function scheduling and cancelling
// both use. Same rules as renderText, except that values are kept as Salesforce gives
// them (dates stay "YYYY-MM-DD"). Any missing value or unbalanced brace: empty result and
// `*error` (when given) says which.
QString bulkIdFor(const QString &templ, const QJsonObject &contact, QString *error);

// The value one bulkId placeholder name takes for a contact (as Salesforce gives it).
QString bulkIdValue(const QString &name, const QJsonObject &contact);

// A template read once, filled many times (the scheduler fills every row for every
// contact): render() is renderText() and bulkId() is bulkIdFor(), exactly.
struct TemplatePart
{
    enum Kind { Literal, Placeholder, Fragment };
    Kind kind = Literal;
    QString text;             // the literal, the placeholder's content, or the brace fragment
    QStringList alternatives; // placeholders: the names of "{a || b}"
    QList<int> ids;           // their numbers in a FieldNames (CompiledTemplate::number)
};
struct Template
{
    QList<TemplatePart> parts;
};

// A field name looked up in many contacts. The records of one Salesforce query have the
// same keys in the same order, so the position where this thread last found the name is
// tried first (one key comparison instead of a binary search); value() answers exactly as
// QJsonObject::value(name()) does.
class FieldKey
{
public:
    explicit FieldKey(const QString &name = {});
    const QString &name() const { return m_name; }
    QJsonValue value(const QJsonObject &object) const;

private:
    QString m_name;
    QCborValue m_key; // the name as the object stores its keys, for the comparison
    int m_slot = 0;   // this key's entry in the thread's table of positions
};

// Placeholder names numbered once for a set of templates, so that a contact's values can
// be kept in an array (ContactValues) instead of being looked up by name.
class FieldNames
{
public:
    int id(const QString &name); // numbers a new name
    int find(const QString &name) const; // -1 when unknown
    int size() const { return int(m_keys.size()); }
    const QString &name(int id) const { return m_keys.at(id).name(); }
    const FieldKey &key(int id) const { return m_keys.at(id); }

private:
    QHash<QString, int> m_ids;
    QList<FieldKey> m_keys;
};

// One contact's field values as templates take them, each read from the JSON once: as
// Salesforce gives it (bulkIds, bulkIdValue()) and as texts show it (dates dd/MM/yyyy).
class ContactValues
{
public:
    ContactValues(const FieldNames &names, const QJsonObject &contact, const QString &timeZone);
    const QString &asGiven(int id);
    const QString &shown(int id);
    // Until cleared (nullptr), `id` takes `value` as given (an old appointment's date).
    void setOverride(int id, const QString *value);
    const QJsonObject &contact() const { return m_contact; }

private:
    struct Slot
    {
        QString given;
        QString shown;
        bool hasGiven = false;
        bool hasShown = false;
    };
    const FieldNames &m_names;
    const QJsonObject &m_contact;
    QString m_timeZone;
    QVarLengthArray<Slot, 40> m_slots;
    int m_overrideId = -1;
    const QString *m_override = nullptr;
};

class CompiledTemplate
{
public:
    explicit CompiledTemplate(const QString &templ = {});
    RenderResult render(const QJsonObject &contact, const QString &timeZone = {}) const;
    QString bulkId(const QJsonObject &contact, QString *error) const;
    // Numbers the template's placeholder names in `names`; then the overloads below, which
    // read every value from a ContactValues built on the same `names`, can be used.
    void number(FieldNames &names);
    RenderResult render(ContactValues &values) const;
    bool uses(int id) const; // a placeholder numbered `id` is in the template
    QString bulkId(ContactValues &values, QString *error) const;
    const QString &source() const { return m_source; }

private:
    QString m_source;
    Template m_template;
    bool m_blank = true;
};

} // namespace sb::sms
