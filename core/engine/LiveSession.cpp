#include "LiveSession.h"

namespace kairos {

LiveSession::LiveSession(MarketFeed *feed, const std::optional<StorageWriter::Options> &storage)
    : m_engine(new Engine(feed->instruments()))
    , m_feed(feed)
{
    QObject::connect(m_feed, &MarketFeed::batchReady, m_engine, &Engine::processBatch);
    if (storage) {
        StorageWriter::Options options = *storage;
        options.instruments = feed->instruments();
        m_storage = std::make_unique<StorageWriter>(options);
        m_engine->attachStorage(m_storage.get());
        QObject::connect(m_storage.get(), &StorageWriter::opened, m_engine, &Engine::restore);
        QObject::connect(m_engine, &Engine::restored, m_feed, &MarketFeed::resumeAfter);
        QObject::connect(m_engine, &Engine::restored, m_feed, &MarketFeed::start);
    }
    m_engineThread = std::make_unique<WorkerThread>(m_engine, QStringLiteral("engine"));
    m_feedThread = std::make_unique<WorkerThread>(m_feed, QStringLiteral("feed"));
}

LiveSession::~LiveSession()
{
    m_feedThread.reset();
    m_engineThread.reset();
    if (m_storage)
        m_storage->stop();
}

void LiveSession::start()
{
    m_engineThread->start();
    m_feedThread->start();
    QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::QueuedConnection);
    if (m_storage)
        m_storage->start(); // the feed starts once the engine is restored
    else
        QMetaObject::invokeMethod(m_feed, &MarketFeed::start, Qt::QueuedConnection);
}

} // namespace kairos
