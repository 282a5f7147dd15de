#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QThread;

namespace sb {

class Store;

// A thread with its own read connection for a view's queries. run() queues `work` there;
// its result is handed to `done` on this object's thread (the GUI thread) by a queued
// signal. Results still on their way when this object is destroyed are dropped, so `done`
// may capture the owning view. Work runs one at a time, in the order queued.
class ReadThread final : public QObject
{
    Q_OBJECT

public:
    explicit ReadThread(Store &store, QObject *parent = nullptr);
    ~ReadThread() override;

    template<typename T>
    void run(std::function<T(QSqlDatabase &db)> work, std::function<void(T)> done)
    {
        post([work = std::move(work), done = std::move(done)](QSqlDatabase &db) {
            auto result = std::make_shared<T>(work(db));
            return std::function<void()>([done, result] { done(std::move(*result)); });
        });
    }

    // Work queued and not yet delivered.
    int pending() const { return m_pending; }

Q_SIGNALS:
    void idle();

private:
    using Job = std::function<std::function<void()>(QSqlDatabase &db)>;
    void post(Job job);

    Store &m_store;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    int m_pending = 0;
};

} // namespace sb
