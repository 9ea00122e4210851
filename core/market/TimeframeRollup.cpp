#include "TimeframeRollup.h"

namespace kairos {

TimeframeRollup::TimeframeRollup(Timeframe timeframe, std::int64_t capacity)
    : m_timeframe(timeframe)
    , m_series(capacity)
{ }

Candle TimeframeRollup::confirmOpen()
{
    Candle done = m_open;
    done.state = CandleState::Confirmed;
    m_series.append(done);
    m_open = Candle();
    return done;
}

std::optional<Candle> TimeframeRollup::add(const Candle &finer)
{
    const std::int64_t bucket = m_timeframe.bucketStart(finer.time);
    std::optional<Candle> closed;
    if (m_open.trades > 0 && m_open.time != bucket)
        closed = confirmOpen();
    if (m_open.trades == 0) {
        m_open.time = bucket;
        m_openEnd = m_timeframe.nextBucket(bucket);
    }
    if (!m_open.merge(finer))
        ++m_volumeOverflows;
    return closed;
}

std::optional<Candle> TimeframeRollup::closeBefore(std::int64_t time)
{
    if (m_open.trades == 0 || m_openEnd > time)
        return std::nullopt;
    return confirmOpen();
}

std::optional<Candle> TimeframeRollup::forming(const Candle *finerForming) const
{
    Candle view = m_open;
    if (finerForming) {
        const std::int64_t bucket = m_timeframe.bucketStart(finerForming->time);
        if (view.trades > 0 && view.time != bucket)
            view = Candle(); // the open bucket is over; only the finer candle is forming
        view.time = bucket;
        view.merge(*finerForming);
    }
    if (view.trades == 0)
        return std::nullopt;
    view.state = CandleState::Forming;
    return view;
}

std::optional<Candle> TimeframeRollup::openPart() const
{
    if (m_open.trades == 0)
        return std::nullopt;
    return m_open;
}

void TimeframeRollup::restoreOpen(const Candle &part)
{
    m_open = part;
    m_openEnd = m_timeframe.nextBucket(part.time);
}

void TimeframeRollup::restore(const CandleList &confirmed)
{
    for (const Candle &candle : confirmed)
        m_series.append(candle);
}

} // namespace kairos
