#include "sms/smspreviewresult.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QTimeZone>

namespace sb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::SmsPreview)
};

// A whole number cell; blank is 0. False when the text is not a number.
bool readInt(const QString &cell, int *value)
{
    const QString t = cell.trimmed();
    if (t.isEmpty()) {
        *value = 0;
        return true;
    }
    bool ok = false;
    *value = t.toInt(&ok);
    return ok;
}

sms::SendTime invalid(const QString &reason)
{
    sms::SendTime t;
    t.decision = sms::SendDecision::Invalid;
    t.reason = reason;
    return t;
}

} // namespace

QString contactField(const QJsonObject &contact, const QString &name)
{
    QJsonValue v;
    const qsizetype dot = name.indexOf(QLatin1Char('.'));
    if (dot > 0)
        v = contact.value(name.left(dot)).toObject().value(name.mid(dot + 1));
    else
        v = contact.value(name);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QDate contactDate(const QString &value)
{
    const QString t = value.trimmed();
    if (t.size() < 10)
        return {};
    return QDate::fromString(t.left(10), Qt::ISODate);
}

int smsGroupNumber(const QString &name)
{
    const QString t = name.trimmed();
    int i = 0;
    while (i < t.size() && t.at(i).isDigit())
        ++i;
    return i == 0 ? 0 : t.left(i).toInt();
}

QString showInvisible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        const bool invisible = (u >= 0x200B && u <= 0x200F) || u == 0xFEFF || u == 0x00AD || u == 0x2060
                               || (u < 0x20 && u != '\n');
        if (invisible)
            out += QStringLiteral("<U+%1>").arg(QString::number(u, 16).toUpper().rightJustified(4, QLatin1Char('0')));
        else
            out += c;
    }
    return out;
}

SmsPreviewResult computeSmsPreview(const SmsPreviewInput &in)
{
    SmsPreviewResult r;
    if (!in.table || in.row < 0 || in.row >= in.table->rows.size())
        return r;
    const sms::SmsTable &table = *in.table;
    const int row = in.row;
    r.valid = true;
    r.group = table.cell(row, QLatin1String(sms::kColumnName));
    r.smsNumber = table.cell(row, QLatin1String(sms::kColumnSms));
    r.educational = !table.cell(row, QLatin1String(sms::kColumnEducational)).trimmed().isEmpty();
    r.reminder = !table.cell(row, QLatin1String(sms::kColumnReminder)).trimmed().isEmpty();
    const QJsonObject &contact = in.contact;

    // Text: the language's cell; an empty translation falls back to English, as the
    // scheduler does.
    r.language = in.language;
    QString templ = table.cell(row, in.language);
    if (templ.trimmed().isEmpty() && in.language != QLatin1String("English")) {
        const QString english = table.cell(row, QStringLiteral("English"));
        if (!english.trimmed().isEmpty()) {
            templ = english;
            r.language = QStringLiteral("English");
            r.fellBack = true;
        }
    }

    // Country: sender id and the default zone.
    r.countryName = contactField(contact, QStringLiteral("Account.Country__c"));
    r.country = sms::countryFor(in.countries, r.countryName);
    if (r.country)
        r.senderId = r.country->senderId;
    r.zoneId = contactField(contact, QStringLiteral("SMS_Timezone__c")).trimmed();
    if (r.zoneId.isEmpty() && r.country) {
        r.zoneId = r.country->timeZone;
        r.zoneFromCountry = true;
    }

    r.render = sms::renderText(templ, contact, r.zoneId);
    r.segments = sms::countSegments(r.render.text);
    r.bulkId = sms::bulkIdFor(table.cell(row, QLatin1String(sms::kColumnBulkId)), contact, &r.bulkIdError);

    // Schedule start date.
    r.ssdColumn = table.cell(row, QLatin1String(sms::kColumnSsd)).trimmed();
    if (r.ssdColumn.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0 || r.ssdColumn.isEmpty()) {
        // "now" is the event that started the group, as the scheduler reads it.
        const int group = smsGroupNumber(r.group);
        if (group == 1 || group == 2)
            r.ssdField = contactDate(contactField(contact, QStringLiteral("Date_of_SMS_Registration__c"))).isValid()
                             ? QStringLiteral("Date_of_SMS_Registration__c")
                             : QStringLiteral("Registration_Date__c");
        else if (group >= 11 && group <= 13)
            r.ssdField = QStringLiteral("Last_Visit_Date__c");
        else if (group == 14 || group == 15)
            r.ssdField = QStringLiteral("Next_Visit_Date_New__c");
        else if (group == 10 && contactDate(contactField(contact, QStringLiteral("Date_Completed_Treatment__c"))).isValid())
            r.ssdField = QStringLiteral("Date_Completed_Treatment__c");
        else
            r.ssdField = QStringLiteral("SMS_Treatment_Start_Date__c");
    } else {
        r.ssdField = r.ssdColumn;
    }
    const QString ssdValue = contactField(contact, r.ssdField);
    r.ssd = contactDate(ssdValue);
    if (r.reminder)
        r.appointment = contactDate(contactField(contact, QStringLiteral("Next_Visit_Date_New__c")));

    int days = 0;
    int minutes = 0;
    const QString daysCell = table.cell(row, QLatin1String(sms::kColumnDays));
    const QString minutesCell = table.cell(row, QLatin1String(sms::kColumnMinutes));
    const bool daysOk = readInt(daysCell, &days);
    const bool minutesOk = readInt(minutesCell, &minutes);

    sms::SendTimeInput &s = r.sendInput;
    s.ssd = r.ssd;
    s.days = days;
    s.clock = table.cell(row, QLatin1String(sms::kColumnClock));
    s.minutes = minutes;
    s.zone = r.zoneId.isEmpty() ? QTimeZone() : QTimeZone(r.zoneId.toUtf8());
    s.defaultClock = in.defaultClock;
    s.educational = r.educational;
    s.appointment = r.appointment;

    if (!daysOk)
        r.send = invalid(Tr::tr("“Days from SSD” is “%1”, not a whole number.").arg(daysCell));
    else if (!minutesOk)
        r.send = invalid(Tr::tr("“Min From SSD” is “%1”, not a whole number.").arg(minutesCell));
    else if (!r.ssd.isValid())
        r.send = invalid(ssdValue.trimmed().isEmpty()
                             ? Tr::tr("No schedule start date: %1 has no value.").arg(r.ssdField)
                             : Tr::tr("No schedule start date: %1 is “%2”, not a date (YYYY-MM-DD).").arg(r.ssdField, ssdValue));
    else if (r.zoneId.isEmpty())
        r.send = invalid(r.countryName.trimmed().isEmpty()
                             ? Tr::tr("No time zone: SMS_Timezone__c is empty and the clinic has no country.")
                             : Tr::tr("No time zone: SMS_Timezone__c is empty and “%1” is not in the countries table.")
                                   .arg(r.countryName));
    else if (!s.zone.isValid())
        r.send = invalid(Tr::tr("“%1” is not an IANA time zone name such as Asia/Manila.").arg(r.zoneId));
    else if (r.reminder && !r.appointment.isValid())
        r.send = invalid(Tr::tr("A visit reminder needs Next_Visit_Date_New__c."));
    else
        r.send = sms::computeSendTime(s, in.now);
    return r;
}

} // namespace sb
