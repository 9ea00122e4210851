#include "StopSignals.h"

#include <atomic>
#include <csignal>

namespace kairos {

namespace {

std::atomic<int> g_stopSignal { 0 };

void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

} // namespace

StopSignals::StopSignals(QObject *parent)
    : QObject(parent)
    , m_poll(this)
{
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
#ifdef SIGPIPE
    std::signal(SIGPIPE, SIG_IGN);
#endif
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (const int signal = g_stopSignal.exchange(0))
            emit stopRequested(signal);
    });
    m_poll.start(100);
}

} // namespace kairos
