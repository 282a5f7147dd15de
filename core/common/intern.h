#pragma once

// Interned strings: one copy per distinct text for the life of the process, handed out as
// QStrings that point at it (QString::fromRawData). Copying or destroying such a QString
// touches no reference count, so many threads can copy the same name into thousands of
// records without fighting over one cache line. For small, bounded sets of texts only (a
// table's group names, sender ids, zone ids): what is interned is never freed.

#include <QString>
#include <QStringView>

namespace sb {

// The interned copy of `text`; a null QString for a null `text`, an empty one for empty.
QString interned(QStringView text);

} // namespace sb
