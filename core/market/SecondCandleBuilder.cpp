#include "SecondCandleBuilder.h"

#include "model/Timeframe.h"

#include <algorithm>

namespace kairos {

SecondCandleBuilder::Outcome SecondCandleBuilder::update(const Tick &tick)
{
    if (!m_forming.volume.tryAdd(tick.quantity))
        return Outcome::VolumeOverflow;
    m_forming.high = std::max(m_forming.high, tick.price);
    m_forming.low = std::min(m_forming.low, tick.price);
    if (!tick.continued)
        ++m_forming.trades;
    // Equal times keep arrival order: the later arrival is the close.
    if (tick.time >= m_closeTime) {
        m_forming.close = tick.price;
        m_closeTime = tick.time;
    }
    if (tick.time < m_openTime) {
        m_forming.open = tick.price;
        m_openTime = tick.time;
    }
    return Outcome::Updated;
}

Candle SecondCandleBuilder::confirm()
{
    m_hasForming = false;
    m_floor = m_formingEnd;
    m_forming.state = CandleState::Confirmed;
    return m_forming;
}

void SecondCandleBuilder::start(const Tick &tick)
{
    constexpr Timeframe second = Timeframe::fromSeconds(1);
    m_forming.time = second.bucketStart(tick.time);
    m_forming.open = m_forming.high = m_forming.low = m_forming.close = tick.price;
    m_forming.volume = Volume::of(tick.quantity);
    m_forming.trades = 1;
    m_forming.state = CandleState::Forming;
    m_formingEnd = m_forming.time + second.milliseconds();
    m_openTime = m_closeTime = tick.time;
    m_floor = m_forming.time;
    m_hasForming = true;
}

void SecondCandleBuilder::restoreForming(const Candle &candle)
{
    constexpr Timeframe second = Timeframe::fromSeconds(1);
    m_forming = candle;
    m_forming.time = second.bucketStart(candle.time);
    m_forming.state = CandleState::Forming;
    m_formingEnd = m_forming.time + second.milliseconds();
    // Ticks after a restart are later than every tick before it.
    m_openTime = m_closeTime = m_forming.time;
    m_floor = std::max(m_floor, m_forming.time);
    m_hasForming = true;
}

std::optional<Candle> SecondCandleBuilder::closeBefore(std::int64_t time)
{
    if (!m_hasForming || m_formingEnd > time)
        return std::nullopt;
    return confirm();
}

} // namespace kairos
