#pragma once

#include "Engine.h"
#include "WorkerThread.h"
#include "feed/MarketFeed.h"

#include <memory>

namespace kairos {

// A feed and the engine, each on its own thread, wired with queued
// connections: what both executables run. Destruction stops the feed first,
// so the engine never receives a batch after it is gone.
class LiveSession
{
public:
    // Takes ownership of the feed, which must have no parent.
    explicit LiveSession(MarketFeed *feed);
    ~LiveSession();

    LiveSession(const LiveSession &) = delete;
    LiveSession &operator=(const LiveSession &) = delete;

    Engine *engine() const { return m_engine; }
    MarketFeed *feed() const { return m_feed; }
    InstrumentList instruments() const { return m_engine->instruments(); }

    void start();

private:
    Engine *m_engine;
    MarketFeed *m_feed;
    std::unique_ptr<WorkerThread> m_engineThread;
    std::unique_ptr<WorkerThread> m_feedThread;
};

} // namespace kairos
