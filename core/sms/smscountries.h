#pragma once

// The per-country SMS settings (../shared/docs/sms-scheduling.md): Infobip sender id,
// dial code, default time zone and language. A built-in default (the real table) is
// embedded as ":/sms/countries.csv".

#include "common/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sb::sms {

struct Country
{
    QString name;            // as in Salesforce Account.Country__c: "Nigeria"
    QString dialCode;        // digits, no "+": "234"
    QString senderId;        // Infobip sender: "TSCFFOOT"
    QString timeZone;        // IANA id: "Africa/Lagos"
    QString defaultLanguage; // a long language column name: "English"

    bool operator==(const Country &o) const
    {
        return name == o.name && dialCode == o.dialCode && senderId == o.senderId && timeZone == o.timeZone
               && defaultLanguage == o.defaultLanguage;
    }
};

// Header "Country,Dial code,Sender id,Time zone,Default language" (any order). Cells are
// trimmed; a short language name ("EN") becomes the long one. Errors name the line: an
// unknown time zone or language, a bad dial code or sender id, a duplicate country.
Result<QList<Country>> readCountriesCsv(const QByteArray &bytes, const QString &fileName = {});
// CSV that readCountriesCsv reads back to an equal list, header first.
QByteArray writeCountriesCsv(const QList<Country> &countries);
// The country by name (case and surrounding spaces ignored), or nullptr.
const Country *countryFor(const QList<Country> &countries, const QString &name);
// The built-in table.
const QList<Country> &defaultCountries();

} // namespace sb::sms
