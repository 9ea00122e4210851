#pragma once

#include "Engine.h"
#include "WorkerThread.h"
#include "feed/MarketFeed.h"
#include "publish/EventPublisher.h"
#include "storage/StorageWriter.h"

#include <memory>
#include <optional>

namespace kairos {

// A feed, the engine and (optionally) storage and a Redis publisher, each on
// its own thread,
// wired with queued connections: what both executables run. With storage,
// start() first warm-starts the engine from the database and starts the
// feed only after that. Destruction stops the feed first, then the engine,
// then sends what the publisher still holds (for a moment) and commits what
// storage still holds.
class LiveSession
{
public:
    // Takes ownership of the feed, which must have no parent.
    explicit LiveSession(MarketFeed *feed,
        const std::optional<StorageWriter::Options> &storage = std::nullopt,
        const std::optional<EventPublisher::Options> &publish = std::nullopt);
    ~LiveSession();

    LiveSession(const LiveSession &) = delete;
    LiveSession &operator=(const LiveSession &) = delete;

    Engine *engine() const { return m_engine; }
    MarketFeed *feed() const { return m_feed; }
    // Null without storage. Its failed() signal reports a database that
    // cannot be opened or written.
    StorageWriter *storage() const { return m_storage.get(); }
    // Null without --redis. Lives on its own thread: use counters() or
    // queued connections.
    EventPublisher *publisher() const { return m_publisher; }
    InstrumentList instruments() const { return m_engine->instruments(); }

    void start();
    // The end of a session, before shutdown(): the feed stops, the engine
    // takes what was queued, storage commits it, and the engine acknowledges
    // every commit (tradingEvents(), queued to their receivers). Whoever
    // prints or shows them then processes its events: nothing committed is
    // left unsaid. Blocks; call from the thread that owns the session.
    void drain();
    // The ordered stop the destructor also makes: feed and engine end (and
    // are deleted), the publisher's queue gets a moment, storage commits.
    // storage() and publisher() stay readable.
    void shutdown(int publisherTimeoutMs = 2000);

private:
    std::unique_ptr<StorageWriter> m_storage;
    EventPublisher *m_publisher = nullptr;
    std::unique_ptr<WorkerThread> m_publisherThread;
    Engine *m_engine;
    MarketFeed *m_feed;
    std::unique_ptr<WorkerThread> m_engineThread;
    std::unique_ptr<WorkerThread> m_feedThread;
};

} // namespace kairos
