#include "common/intern.h"

#include <mutex>
#include <string>
#include <unordered_set>

namespace sb {

QString interned(QStringView text)
{
    if (text.isNull())
        return {};
    if (text.isEmpty())
        return QString(QLatin1String(""));
    // Node-based: an element never moves, so the characters handed out stay where they are.
    static std::mutex mutex;
    static auto *pool = new std::unordered_set<std::u16string>; // never freed, on purpose
    std::lock_guard lock(mutex);
    const auto [it, inserted] = pool->emplace(text.utf16(), size_t(text.size()));
    (void)inserted;
    return QString::fromRawData(reinterpret_cast<const QChar *>(it->data()), qsizetype(it->size()));
}

} // namespace sb
