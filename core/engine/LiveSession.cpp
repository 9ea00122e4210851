#include "LiveSession.h"

namespace kairos {

LiveSession::LiveSession(MarketFeed *feed)
    : m_engine(new Engine(feed->instruments()))
    , m_feed(feed)
    , m_engineThread(std::make_unique<WorkerThread>(m_engine, QStringLiteral("engine")))
    , m_feedThread(std::make_unique<WorkerThread>(m_feed, QStringLiteral("feed")))
{
    QObject::connect(m_feed, &MarketFeed::batchReady, m_engine, &Engine::processBatch);
}

LiveSession::~LiveSession()
{
    m_feedThread.reset();
    m_engineThread.reset();
}

void LiveSession::start()
{
    m_engineThread->start();
    m_feedThread->start();
    QMetaObject::invokeMethod(m_engine, &Engine::start, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_feed, &MarketFeed::start, Qt::QueuedConnection);
}

} // namespace kairos
