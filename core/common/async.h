#pragma once

// Work off the calling thread for the console: `work` runs on a pool thread, `done` on the
// context's thread with its result, and is dropped when the context is gone.

#include <QVariant>

#include <functional>

class QObject;

namespace sb {

void runAsync(QObject *context, std::function<QVariant()> work, std::function<void(const QVariant &)> done);

} // namespace sb
