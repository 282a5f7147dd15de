#pragma once

// Filling a Master Mapping Table text or bulkId template with a Salesforce Contact
// (../shared/docs/sms-scheduling.md). Pure functions: the contact is the JSON object the
// Salesforce REST API returns (API names at the top level, the clinic nested as
// "Account": {"Name": …}).

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

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
};
struct Template
{
    QList<TemplatePart> parts;
};

class CompiledTemplate
{
public:
    explicit CompiledTemplate(const QString &templ = {});
    RenderResult render(const QJsonObject &contact, const QString &timeZone = {}) const;
    QString bulkId(const QJsonObject &contact, QString *error) const;
    // bulkId() with each placeholder's value from `value` (bulkIdValue() or a cache of it).
    QString bulkIdFrom(const std::function<QString(const QString &)> &value, QString *error) const;
    const QString &source() const { return m_source; }

private:
    QString m_source;
    Template m_template;
};

} // namespace sb::sms
