#include "termsignals.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace sb::cli {

namespace {

int g_signalFd[2] = {-1, -1};

void onSignal(int)
{
    const char one = 1;
    // Only async-signal-safe work here: wake the event loop.
    [[maybe_unused]] const ssize_t n = ::write(g_signalFd[0], &one, 1);
}

} // namespace

TerminationSignals::TerminationSignals()
{
    m_ok = g_signalFd[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0;
}

TerminationSignals::~TerminationSignals() = default;

void TerminationSignals::listen(std::function<void()> callback)
{
    if (!m_ok)
        return;
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    m_notifier = std::make_unique<QSocketNotifier>(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [callback] {
        char byte = 0;
        [[maybe_unused]] const ssize_t n = ::read(g_signalFd[1], &byte, 1);
        callback();
    });
}

} // namespace sb::cli
