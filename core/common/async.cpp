#include "common/async.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

namespace sb {

void runAsync(QObject *context, std::function<QVariant()> work, std::function<void(const QVariant &)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)]() {
        const QVariant result = work();
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, result]() {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace sb
