#pragma once

// The built-in sandbox: every external system Switchboard's adaptors talk to, emulated on
// loopback (see sandboxsystem.h for one system, docs/sandbox.md for what each emulates).
//
// One Qt HttpServer serves all systems, each under its prefix: http://127.0.0.1:PORT/<id>/.
// The server runs on the sandbox's own thread, so a caller may block (a test running a job
// synchronously, a worker waiting for a reply) while the sandbox answers.
//
// The console starts one in-process when the project's environment is "sandbox";
// `switchboard sandbox` runs it alone.

#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

namespace sb::sandbox {

class SandboxData;
class System;

// What the fault knob makes the next N calls to a system do.
enum class FaultKind { None, TooManyRequests /* 429 */, ServerError /* 500 */, Timeout /* never answers */ };

struct Fault
{
    FaultKind kind = FaultKind::None;
    int remaining = 0; // calls still to fail; 0 = off
};

// One request a system received (for tests and the Sandbox view's request list).
struct RecordedRequest
{
    QDateTime at;           // UTC
    QString system;         // "salesforce"
    QByteArray method;
    QString path;           // after the prefix
    QString query;          // as sent, percent-encoded, without '?'
    QList<QPair<QByteArray, QByteArray>> headers; // as sent (names as sent)
    QByteArray body;
    int status = 0;         // what the sandbox answered (0 = no answer: timeout fault)
};

struct SystemInfo
{
    QString id;             // "salesforce"
    QString title;          // "Salesforce"
    QString url;            // http://127.0.0.1:PORT/salesforce
    QJsonObject configuration; // what `run-job --config` needs for the system's adaptor
    QString loginHint;
};

class Sandbox final : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override; // stops the server and its thread

    // Listens on host:port (port 0 = any free port) and seeds every system from the
    // fixtures. A taken port is an error naming the address and the remedy.
    Status start(const QString &host = QStringLiteral("127.0.0.1"), quint16 port = 0);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    QString baseUrl() const;                 // http://127.0.0.1:PORT
    QString systemUrl(const QString &id) const; // http://127.0.0.1:PORT/<id>

    QList<SystemInfo> systems() const;        // the ten systems, in a stable order
    QJsonObject configuration(const QString &id) const;

    // Fault knob per system; thread-safe.
    void setFault(const QString &id, Fault fault);
    Fault fault(const QString &id) const;

    // Records: thread-safe snapshots (SandboxData locks).
    SandboxData &data();
    // Empties every system and seeds it again.
    void reset();

    // The last requests (at most 1000, oldest first); thread-safe.
    QList<RecordedRequest> requests(const QString &system = {}) const;
    void clearRequests();

Q_SIGNALS:
    // Emitted (queued to the Sandbox's thread) after each request was answered.
    void requestHandled(const QString &system, int status);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace sb::sandbox
