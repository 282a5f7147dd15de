#pragma once

// The OS keychain (QtKeychain: the Secret Service on Linux, the macOS Keychain, Windows'
// Credential Manager), used from any thread.
//
// One process-wide thread owns every QtKeychain job and runs its event loop; callers either
// pass an owning QObject and get the reply on that object's thread (dropped when the object
// is gone: the console never blocks on the keychain), or wait for it (the CLI, engine
// workers), with a timeout. Secrets are never written anywhere else: when the keychain is
// unavailable or locked the reply says so, with a remedy, and nothing is stored.

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace sb::credentials {

enum class KeychainError {
    None,
    NotFound,    // no entry under that key
    Locked,      // the keyring exists but is locked
    Unavailable, // no D-Bus session / no Secret Service / no backend on this platform
    Denied,      // the user refused, or the keychain refused access
    Timeout,     // no answer in time
    Other,
};

struct KeychainReply
{
    KeychainError error = KeychainError::None;
    QString message; // one sentence with a remedy; empty when ok
    QByteArray data; // read: the stored bytes

    bool ok() const { return error == KeychainError::None; }
};

class Keychain
{
public:
    using Callback = std::function<void(const KeychainReply &)>;

    // The process's keychain. The service name groups Switchboard's entries ("Switchboard";
    // SWITCHBOARD_KEYCHAIN_SERVICE overrides it, for tests).
    static Keychain &instance();

    QString serviceName() const;

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QByteArray &data, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);

    // Blocking forms; never call them on the keychain's own thread.
    KeychainReply readNow(const QString &key, int timeoutMs = kDefaultTimeoutMs);
    KeychainReply writeNow(const QString &key, const QByteArray &data, int timeoutMs = kDefaultTimeoutMs);
    KeychainReply removeNow(const QString &key, int timeoutMs = kDefaultTimeoutMs);

    // The wait of the blocking forms. Long enough for a desktop's unlock prompt.
    static constexpr int kDefaultTimeoutMs = 30000;

    Keychain(const Keychain &) = delete;
    Keychain &operator=(const Keychain &) = delete;

private:
    Keychain();
    ~Keychain();
    struct Impl;
    Impl *d;
};

} // namespace sb::credentials
