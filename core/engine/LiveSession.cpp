#include "LiveSession.h"

#include <QJsonObject>

namespace kairos {

LiveSession::LiveSession(MarketFeed *feed, const std::optional<StorageWriter::Options> &storage,
    const std::optional<EventPublisher::Options> &publish)
    : m_engine(new Engine(feed->instruments()))
    , m_feed(feed)
{
    QObject::connect(m_feed, &MarketFeed::batchReady, m_engine, &Engine::processBatch);
    auto backlog = std::make_shared<std::atomic<int>>(0);
    m_feed->setBacklog(backlog);
    m_engine->setBacklog(backlog);
    QObject::connect(m_feed, &MarketFeed::statusChanged, m_engine, &Engine::onFeedStatus);
    QObject::connect(m_feed, &MarketFeed::gapDetected, m_engine, &Engine::onFeedGap);
    if (storage) {
        StorageWriter::Options options = *storage;
        options.instruments = feed->instruments();
        m_storage = std::make_unique<StorageWriter>(options);
        m_engine->attachStorage(m_storage.get());
        QObject::connect(m_storage.get(), &StorageWriter::opened, m_engine, &Engine::restore);
        QObject::connect(m_engine, &Engine::restored, m_feed, &MarketFeed::resumeAfter);
        QObject::connect(m_engine, &Engine::restored, m_feed, &MarketFeed::start);
    }
    if (publish) {
        EventPublisher::Options options = *publish;
        options.instruments = feed->instruments();
        m_publisher = new EventPublisher(options);
        if (StorageWriter *writer = m_storage.get()) {
            m_publisher->addHealthSource(QStringLiteral("storage"), [writer] {
                const StorageWriter::Counters c = writer->counters();
                return QJsonObject { { QStringLiteral("ok"), !writer->hasFailed() },
                    { QStringLiteral("committed_rows"), c.committedRows },
                    { QStringLiteral("queued_rows"), c.queuedRows },
                    { QStringLiteral("dropped_ticks"), c.droppedTicks } };
            });
        }
        m_engine->attachPublisher(m_publisher);
        m_publisherThread = std::make_unique<WorkerThread>(m_publisher, QStringLiteral("publish"));
    }
    m_engineThread = std::make_unique<WorkerThread>(m_engine, QStringLiteral("engine"));
    m_feedThread = std::make_unique<WorkerThread>(m_feed, QStringLiteral("feed"));
}

LiveSession::~LiveSession()
{
    shutdown();
    m_publisherThread.reset();
}

void LiveSession::shutdown(int publisherTimeoutMs)
{
    // Ending a worker thread deletes its object: engine() is gone after this.
    m_feedThread.reset();
    m_feed = nullptr;
    m_engineThread.reset();
    m_engine = nullptr;
    if (m_publisher && m_publisherThread->thread()->isRunning()) {
        // What is queued gets a moment to go out; Redis down never holds
        // the shutdown up for long. The publisher stays, for its counters.
        QMetaObject::invokeMethod(
            m_publisher, [this, publisherTimeoutMs] { m_publisher->finish(publisherTimeoutMs); },
            Qt::BlockingQueuedConnection);
    }
    if (m_storage)
        m_storage->stop();
}

void LiveSession::drain()
{
    m_feedThread.reset(); // its batches already queued still reach the engine
    m_feed = nullptr;
    if (!m_engine || !m_engineThread->thread()->isRunning())
        return;
    // Queued calls run in order: this one after every batch before it.
    QMetaObject::invokeMethod(
        m_engine, [] {}, Qt::BlockingQueuedConnection);
    if (m_storage) {
        m_storage->flush(); // committed() is posted to the engine before this returns
        QMetaObject::invokeMethod(
            m_engine, [] {}, Qt::BlockingQueuedConnection);
    }
}

void LiveSession::start()
{
    if (m_publisher) {
        m_publisherThread->start();
        QMetaObject::invokeMethod(m_publisher, &EventPublisher::start, Qt::QueuedConnection);
    }
    m_engineThread->start();
    m_feedThread->start();
    QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::QueuedConnection);
    if (m_storage)
        m_storage->start(); // the feed starts once the engine is restored
    else
        QMetaObject::invokeMethod(m_feed, &MarketFeed::start, Qt::QueuedConnection);
}

} // namespace kairos
