#include "readthread.h"

#include "store/store.h"

#include <QThread>

namespace sb {

namespace {

class Worker final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void ready(const std::function<void()> &deliver);
};

} // namespace

ReadThread::ReadThread(Store &store, QObject *parent)
    : QObject(parent), m_store(store), m_thread(new QThread), m_worker(new Worker)
{
    m_thread->setObjectName(QStringLiteral("history-reader"));
    m_worker->moveToThread(m_thread);
    connect(static_cast<Worker *>(m_worker), &Worker::ready, this, [this](const std::function<void()> &deliver) {
        --m_pending;
        deliver();
        if (m_pending == 0)
            Q_EMIT idle();
    }, Qt::QueuedConnection);
    m_thread->start();
}

ReadThread::~ReadThread()
{
    // Work in progress finishes (a query takes at most about a second); its result is dropped.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { delete worker; }, Qt::QueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

void ReadThread::post(Job job)
{
    ++m_pending;
    Store *store = &m_store;
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(
        worker,
        [store, worker, job = std::move(job)] {
            QSqlDatabase db = store->readConnection();
            Q_EMIT worker->ready(job(db));
        },
        Qt::QueuedConnection);
}

} // namespace sb

#include "readthread.moc"
