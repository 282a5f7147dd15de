#pragma once

// "Test connection": a real sign-in or ping with a credential body, per type, with a plain
// result an administrator understands ("Signed in as …", "Wrong password", "Host
// unreachable"). Secrets never appear in the result's message.

#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>

namespace sb::credentials {

struct ConnectionResult
{
    enum class Outcome {
        Ok,          // signed in / answered as expected
        WrongLogin,  // the system refused the login (401/403, INVALID_LOGIN, …)
        Unreachable, // connection refused, unknown host, no route
        Tls,         // certificate refused or TLS failure
        Timeout,     // no answer in time
        Unexpected,  // an answer that is neither success nor a refused login (404, 500, not JSON, …)
        Incomplete,  // the body lacks what the test needs (nothing was sent)
        NotTestable, // the type has nothing to test against (raw JSON)
    };
    Outcome outcome = Outcome::Unexpected;
    QString message;    // one translated sentence, secrets masked
    int httpStatus = 0; // last HTTP status seen, 0 if none
    qint64 durationMs = 0;

    bool ok() const { return outcome == Outcome::Ok; }
};

QString toString(ConnectionResult::Outcome outcome); // "ok", "wrong-login", "unreachable", "tls", "timeout", "unexpected", "incomplete", "not-testable"

// Runs the test for `type` with `body` (settings + secrets) asynchronously on the calling
// thread's event loop; `done` is called once, on that thread, unless `context` is gone.
void testConnection(const QString &type, const QJsonObject &body, QObject *context,
                    std::function<void(const ConnectionResult &)> done, int timeoutMs = 20000);

// Blocking form (CLI, tests): runs a local event loop until the result is in.
ConnectionResult testConnectionNow(const QString &type, const QJsonObject &body, int timeoutMs = 20000);

} // namespace sb::credentials
