#pragma once

// What the Preview tab shows for one message of the table and one contact: the rendered
// text, the bulkId, the send time and the segments, computed with the same core functions
// the scheduler uses (renderText, bulkIdFor, computeSendTime, countSegments). Pure: the
// view only formats it.

#include "sms/sendtime.h"
#include "sms/smscountries.h"
#include "sms/smsrender.h"
#include "sms/smstable.h"
#include "sms/smsvalidate.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTime>

namespace sb {

struct SmsPreviewInput
{
    const sms::SmsTable *table = nullptr;
    int row = 0;        // 0-based index into table->rows
    QString language;   // a long language column name
    QJsonObject contact; // a Salesforce Contact (API names, clinic nested as Account)
    QDateTime now;
    QList<sms::Country> countries;
    QTime defaultClock = QTime(10, 0);
};

struct SmsPreviewResult
{
    bool valid = false; // false: no table or no such row
    QString group;      // the row's Name
    QString smsNumber;  // the row's "# SMS"
    bool educational = true;
    bool reminder = false;

    QString language;         // the column whose text is shown
    bool fellBack = false;    // the chosen language's cell is empty: English is shown
    sms::RenderResult render; // the text, and what has no value

    QString bulkId;
    QString bulkIdError;

    QString countryName;      // Account.Country__c as the contact has it
    const sms::Country *country = nullptr; // into SmsPreviewInput::countries, or null
    QString senderId;
    QString zoneId;           // the zone used
    bool zoneFromCountry = false;

    QString ssdColumn; // the row's SSD cell ("now", "Last_Visit_Date__c")
    QString ssdField;  // the contact field it was read from
    QDate ssd;
    QDate appointment; // reminders: Next_Visit_Date_New__c

    sms::SendTimeInput sendInput;
    sms::SendTime send; // decision Invalid with a reason when an input is missing

    sms::SegmentCount segments;
};

SmsPreviewResult computeSmsPreview(const SmsPreviewInput &input);

// A field of the contact by API name ("Account.Name" reads the nested object); "" when absent,
// null or not a plain value.
QString contactField(const QJsonObject &contact, const QString &name);

// "2026-03-02" or "2026-03-02T10:00:00.000+0000" → the date; invalid otherwise.
QDate contactDate(const QString &value);

// The group number at the start of a row's Name ("09A - …" → 9), 0 when none.
int smsGroupNumber(const QString &name);

// Invisible characters (zero-width space, BOM, …) written as <U+200B> so a person sees them.
QString showInvisible(const QString &text);

} // namespace sb
