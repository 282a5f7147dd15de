#pragma once

// Checks the Master Mapping Table cell by cell, with messages a translator understands
// (../shared/docs/sms-scheduling.md, "What the editor must catch").

#include "sms/smstable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::sms {

// The kinds `sms validate --json` prints (../shared/docs/cli.md).
inline constexpr const char *kUnknownPlaceholder = "unknown-placeholder";
inline constexpr const char *kUnbalancedBraces = "unbalanced-braces";
inline constexpr const char *kMissingTranslation = "missing-translation";
inline constexpr const char *kMultiSegment = "multi-segment";
inline constexpr const char *kDuplicateBulkId = "duplicate-bulkid";
inline constexpr const char *kBadBulkIdTemplate = "bad-bulkid-template";
inline constexpr const char *kBadNumber = "bad-number";

struct Finding
{
    int row = 0;     // 1-based over data rows
    QString column;  // the sheet's header (long language names)
    QString kind;    // one of the kinds above
    QString message; // one translated sentence; invisible characters shown as <U+200B> etc.
};

// The contact fields a text or bulkId template may name (the Salesforce Contact fields of
// the spec, plus FirstName and AccountId).
const QStringList &knownPlaceholders();

// SMS segments of a text: GSM-7 (160 for one, 153 each when concatenated; extension
// characters count twice) unless a character outside GSM-7 forces UCS-2 (70 / 67).
struct SegmentCount
{
    bool ucs2 = false;
    int units = 0;       // GSM-7 septets or UCS-2 code units
    int segments = 0;
    QString firstUcs2Character; // the first character that forces UCS-2, when ucs2
};
SegmentCount countSegments(const QString &text);

// Every finding, ordered by row then column.
QList<Finding> validateTable(const SmsTable &table);

} // namespace sb::sms
