#include "CandleSeries.h"

#include <algorithm>

namespace kairos {

CandleSeries::CandleSeries(std::int64_t capacity)
    : m_capacity(std::max<std::int64_t>(capacity, 1))
{ }

void CandleSeries::append(const Candle &c)
{
    if (m_time.empty()) {
        // Written through, so the memory is the process's now, not at the
        // first overwrite of a page weeks into a session.
        const auto capacity = std::size_t(m_capacity);
        m_time.assign(capacity, 0);
        m_open.assign(capacity, 0);
        m_high.assign(capacity, 0);
        m_low.assign(capacity, 0);
        m_close.assign(capacity, 0);
        m_volume.assign(capacity, Volume());
        m_trades.assign(capacity, 0);
    }
    ++m_appended;
    const auto i = std::size_t(physical(m_size < m_capacity ? m_size : 0));
    m_time[i] = c.time;
    m_open[i] = c.open.units();
    m_high[i] = c.high.units();
    m_low[i] = c.low.units();
    m_close[i] = c.close.units();
    m_volume[i] = c.volume;
    m_trades[i] = c.trades;
    if (m_size < m_capacity)
        ++m_size;
    else
        m_head = (m_head + 1) % m_capacity;
}

std::int64_t CandleSeries::physical(std::int64_t index) const
{
    const std::int64_t p = m_head + index;
    return p >= m_capacity ? p - m_capacity : p;
}

Candle CandleSeries::at(std::int64_t index) const
{
    const auto i = std::size_t(physical(index));
    Candle c;
    c.time = m_time[i];
    c.open = Decimal::fromUnits(m_open[i]);
    c.high = Decimal::fromUnits(m_high[i]);
    c.low = Decimal::fromUnits(m_low[i]);
    c.close = Decimal::fromUnits(m_close[i]);
    c.volume = m_volume[i];
    c.trades = m_trades[i];
    c.state = CandleState::Confirmed;
    return c;
}

CandleList CandleSeries::since(std::int64_t from, std::int64_t limit) const
{
    const std::int64_t firstRetained = m_appended - size();
    std::int64_t begin = std::max(from, firstRetained);
    begin = std::max(begin, m_appended - std::max<std::int64_t>(limit, 0));
    CandleList out;
    if (begin >= m_appended)
        return out;
    out.reserve(m_appended - begin);
    for (std::int64_t n = begin; n < m_appended; ++n)
        out.append(at(n - firstRetained));
    return out;
}

} // namespace kairos
