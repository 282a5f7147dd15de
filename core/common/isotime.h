#pragma once

// Time stamps as Salesforce and Infobip write them: ISO 8601 with the offset written without
// a colon ("2026-05-01T10:00:00.000+0000"), besides the usual spellings.

#include <QDateTime>
#include <QString>

namespace sb {

// The instant of an ISO 8601 date-time, in UTC; the offset may be written "+0000" or
// "+00:00", and a time with no offset is UTC. Invalid when the text is not a date-time.
QDateTime parseIsoTimestamp(const QString &text);

// "2026-05-01T10:00:00.000+0000": the instant in UTC with milliseconds, as Infobip writes it.
QString compactIsoTimestamp(const QDateTime &at);

} // namespace sb
