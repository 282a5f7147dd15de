#include "credentials/keychain.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusVariant>
#include <QDBusReply>
#include <QMutex>
#include <QPointer>
#include <QThread>

#include <qt6keychain/keychain.h>

#include <future>
#include <memory>

namespace sb::credentials {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(sb::Keychain)
};

enum class Op { Read, Write, Remove };

QString noSessionRemedy()
{
    return Tr::tr("Start Switchboard from a desktop session, or run it under `dbus-run-session` with an unlocked "
                  "gnome-keyring-daemon; on a headless server put the secrets in the secrets file or in environment "
                  "variables instead (see the README, “Secrets on a headless server”).");
}

// True when the Secret Service says its default collection is locked. Only meaningful on
// Linux with a session bus; false when it cannot tell.
bool defaultCollectionLocked()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusInterface props(QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                         QStringLiteral("org.freedesktop.DBus.Properties"), bus);
    if (!props.isValid())
        return false;
    props.setTimeout(3000);
    QDBusReply<QDBusVariant> reply = props.call(QStringLiteral("Get"), QStringLiteral("org.freedesktop.Secret.Collection"),
                                                QStringLiteral("Locked"));
    return reply.isValid() && reply.value().variant().toBool();
#else
    return false;
#endif
}

bool sessionBusMissing()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || !QDBusConnection::sessionBus().isConnected();
#else
    return false;
#endif
}

KeychainReply classify(Op op, QKeychain::Error error, const QString &detail, const QByteArray &data)
{
    KeychainReply r;
    if (error == QKeychain::NoError) {
        r.data = data;
        return r;
    }
    // The Secret Service answers "not found" for an entry in a locked collection and
    // "cannot create an item in a locked collection" for a write: ask it which it is.
    if (error != QKeychain::NoBackendAvailable && !sessionBusMissing() && defaultCollectionLocked()) {
        r.error = KeychainError::Locked;
        r.message = Tr::tr("The keychain is locked. Unlock it (log in to the desktop session, or open “Passwords and "
                           "Keys” and unlock the Login keyring), then try again.");
        return r;
    }
    switch (error) {
    case QKeychain::EntryNotFound:
        r.error = KeychainError::NotFound;
        r.message = op == Op::Remove ? QString() : Tr::tr("The keychain has no such entry.");
        if (op == Op::Remove)
            r.error = KeychainError::None; // removing what is not there is done
        return r;
    case QKeychain::AccessDeniedByUser:
        r.error = KeychainError::Denied;
        r.message = Tr::tr("Access to the keychain was refused at its prompt; allow Switchboard and try again.");
        return r;
    case QKeychain::AccessDenied:
        r.error = KeychainError::Denied;
        r.message = Tr::tr("The keychain refused access: %1. Unlock it or allow Switchboard, then try again.").arg(detail);
        return r;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        r.error = KeychainError::Unavailable;
        r.message = Tr::tr("No OS keychain is available here (%1). %2").arg(detail, noSessionRemedy());
        return r;
    default:
        if (sessionBusMissing()) {
            r.error = KeychainError::Unavailable;
            r.message = Tr::tr("The OS keychain cannot be reached: there is no D-Bus session. %1").arg(noSessionRemedy());
        } else {
            r.error = KeychainError::Other;
            r.message = Tr::tr("The keychain failed: %1.").arg(detail);
        }
        return r;
    }
}

// Lives on the keychain thread; every QtKeychain job is created and finishes there.
class Worker : public QObject
{
public:
    using Deliver = std::function<void(const KeychainReply &)>;

    void start(const QString &service, Op op, const QString &key, const QByteArray &data, Deliver deliver)
    {
        QKeychain::Job *job = nullptr;
        switch (op) {
        case Op::Read: job = new QKeychain::ReadPasswordJob(service); break;
        case Op::Write: {
            auto *w = new QKeychain::WritePasswordJob(service);
            w->setBinaryData(data);
            job = w;
            break;
        }
        case Op::Remove: job = new QKeychain::DeletePasswordJob(service); break;
        }
        job->setAutoDelete(true);
        job->setInsecureFallback(false); // never a plain-text file instead
        job->setKey(key);
        QObject::connect(job, &QKeychain::Job::finished, this, [op, deliver](QKeychain::Job *j) {
            QByteArray bytes;
            if (op == Op::Read)
                bytes = static_cast<QKeychain::ReadPasswordJob *>(j)->binaryData();
            deliver(classify(op, j->error(), j->errorString(), bytes));
        });
        job->start();
    }
};

} // namespace

struct Keychain::Impl
{
    QThread thread;
    Worker *worker = nullptr;
    QString service;

    void submit(Op op, const QString &key, const QByteArray &data, Worker::Deliver deliver)
    {
        const QString svc = service;
        QMetaObject::invokeMethod(worker, [w = worker, svc, op, key, data, deliver]() { w->start(svc, op, key, data, deliver); },
                                  Qt::QueuedConnection);
    }

    void async(Op op, const QString &key, const QByteArray &data, QObject *context, Callback done)
    {
        QPointer<QObject> guard(context);
        submit(op, key, data, [guard, done](const KeychainReply &reply) {
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [guard, done, reply]() {
                if (guard)
                    done(reply);
            }, Qt::QueuedConnection);
        });
    }

    KeychainReply blocking(Op op, const QString &key, const QByteArray &data, int timeoutMs)
    {
        Q_ASSERT(QThread::currentThread() != &thread);
        auto promise = std::make_shared<std::promise<KeychainReply>>();
        std::future<KeychainReply> future = promise->get_future();
        submit(op, key, data, [promise](const KeychainReply &reply) { promise->set_value(reply); });
        if (future.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready) {
            KeychainReply r;
            r.error = KeychainError::Timeout;
            r.message = Tr::tr("The keychain did not answer within %n second(s); it may be waiting for you to unlock it.",
                               nullptr, timeoutMs / 1000);
            return r;
        }
        return future.get();
    }
};

Keychain &Keychain::instance()
{
    static Keychain keychain;
    return keychain;
}

Keychain::Keychain() : d(new Impl)
{
    d->service = qEnvironmentVariable("SWITCHBOARD_KEYCHAIN_SERVICE", QStringLiteral("Switchboard"));
    d->thread.setObjectName(QStringLiteral("keychain"));
    d->worker = new Worker;
    d->worker->moveToThread(&d->thread);
    QObject::connect(&d->thread, &QThread::finished, d->worker, &QObject::deleteLater);
    d->thread.start();
}

Keychain::~Keychain()
{
    d->thread.quit();
    d->thread.wait(5000);
    delete d;
}

QString Keychain::serviceName() const
{
    return d->service;
}

void Keychain::read(const QString &key, QObject *context, Callback done)
{
    d->async(Op::Read, key, {}, context, std::move(done));
}

void Keychain::write(const QString &key, const QByteArray &data, QObject *context, Callback done)
{
    d->async(Op::Write, key, data, context, std::move(done));
}

void Keychain::remove(const QString &key, QObject *context, Callback done)
{
    d->async(Op::Remove, key, {}, context, std::move(done));
}

KeychainReply Keychain::readNow(const QString &key, int timeoutMs)
{
    return d->blocking(Op::Read, key, {}, timeoutMs);
}

KeychainReply Keychain::writeNow(const QString &key, const QByteArray &data, int timeoutMs)
{
    return d->blocking(Op::Write, key, data, timeoutMs);
}

KeychainReply Keychain::removeNow(const QString &key, int timeoutMs)
{
    return d->blocking(Op::Remove, key, {}, timeoutMs);
}

} // namespace sb::credentials
