#include "ReplayFeed.h"

#include <algorithm>
#include <cmath>

namespace kairos {

ReplayFeed::ReplayFeed(TickFile file, double speed, QObject *parent)
    : MarketFeed(parent)
    , m_file(std::move(file))
    , m_speed(speed)
    , m_timer(this)
{
    // Replay is by event time: a file out of order would make late ticks.
    std::stable_sort(m_file.ticks.begin(), m_file.ticks.end(),
        [](const Tick &a, const Tick &b) { return a.time < b.time; });
    // As fast as possible still yields between batches, so stop() works.
    m_timer.setInterval(m_speed > 0.0 ? 20 : 0);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::pump);
}

void ReplayFeed::start()
{
    m_wall.start();
    m_timer.start();
}

void ReplayFeed::stop()
{
    m_timer.stop();
}

void ReplayFeed::pump()
{
    const QList<Tick> &ticks = m_file.ticks;
    if (m_next >= ticks.size()) {
        m_timer.stop();
        return;
    }
    qsizetype end = std::min(ticks.size(), m_next + BatchSize);
    std::int64_t watermark = ticks[end - 1].time;
    if (m_speed > 0.0) {
        const std::int64_t until
            = ticks.front().time + std::int64_t(std::llround(double(m_wall.elapsed()) * m_speed));
        end = m_next;
        while (end < ticks.size() && ticks[end].time <= until && end - m_next < BatchSize)
            ++end;
        watermark = until;
    }
    TickBatch batch;
    batch.ticks = ticks.mid(m_next, end - m_next);
    m_next = end;
    if (m_next >= ticks.size())
        watermark = ticks.back().time + 86'400'000; // the end: every candle, up to 1d, closes
    batch.watermark = watermark;
    emit batchReady(batch);
    if (m_next >= ticks.size()) {
        m_timer.stop();
        emit finished();
    }
}

} // namespace kairos
