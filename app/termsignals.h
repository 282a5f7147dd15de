#pragma once

// SIGTERM and SIGINT into the Qt event loop, for the long-running commands (--headless,
// sandbox): the handler only writes a byte to a socket pair (async-signal-safe); a
// QSocketNotifier on the other end calls `onSignal` in the event loop.

#include <QObject>

#include <functional>
#include <memory>

class QSocketNotifier;

namespace sb::cli {

class TerminationSignals final
{
public:
    TerminationSignals();
    ~TerminationSignals();
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

    // False when the socket pair could not be made (the caller reports it and exits).
    bool ok() const { return m_ok; }
    // Installs the handlers; `onSignal` runs in the event loop of the calling thread.
    void listen(std::function<void()> onSignal);

private:
    bool m_ok = false;
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace sb::cli
