#include "SeriesIndicators.h"

namespace kairos {

void SeriesIndicators::reset(int symbols, int timeframes, const IndicatorParams &params)
{
    m_params = params;
    m_timeframes = timeframes;
    m_entries.assign(std::size_t(std::max(symbols * timeframes, 0)), { IndicatorSet(params), {} });
}

SeriesIndicators::Entry *SeriesIndicators::entry(std::uint32_t symbol, int timeframeIndex)
{
    const std::size_t index
        = std::size_t(symbol) * std::size_t(m_timeframes) + std::size_t(timeframeIndex);
    if (timeframeIndex < 0 || timeframeIndex >= m_timeframes || index >= m_entries.size())
        return nullptr;
    return &m_entries[index];
}

void SeriesIndicators::setParams(const IndicatorParams &params, const CandleAggregator &aggregator)
{
    m_params = params;
    for (std::uint32_t s = 0; s < std::uint32_t(aggregator.symbolCount()); ++s) {
        for (int tf = 0; tf < m_timeframes; ++tf) {
            Entry *e = entry(s, tf);
            if (!e)
                continue;
            e->current = seedSet(s, tf);
            const CandleSeries &series = aggregator.series(s, tf);
            for (const Candle &candle : series.since(0, series.size()))
                e->current.update(candle);
        }
    }
}

std::optional<QByteArray> SeriesIndicators::update(
    std::uint32_t symbol, int timeframeIndex, const Candle &c, IndicatorValues *values)
{
    Entry *e = entry(symbol, timeframeIndex);
    if (!e)
        return std::nullopt;
    const IndicatorValues after = e->current.update(c);
    if (values)
        *values = after;
    if (e->current.candleCount() % SnapshotEvery != 0)
        return std::nullopt;
    return e->current.snapshot();
}

void SeriesIndicators::setSeed(std::uint32_t symbol, int timeframeIndex, const QByteArray &seed)
{
    if (Entry *e = entry(symbol, timeframeIndex)) {
        e->seed = seed;
        e->current = seedSet(symbol, timeframeIndex);
    }
}

void SeriesIndicators::replay(std::uint32_t symbol, int timeframeIndex, const CandleList &candles)
{
    if (Entry *e = entry(symbol, timeframeIndex)) {
        for (const Candle &candle : candles)
            e->current.update(candle);
    }
}

IndicatorSet SeriesIndicators::seedSet(std::uint32_t symbol, int timeframeIndex) const
{
    IndicatorSet set(m_params);
    const std::size_t index
        = std::size_t(symbol) * std::size_t(m_timeframes) + std::size_t(timeframeIndex);
    // A seed of other parameters cannot be used: start from scratch.
    if (index < m_entries.size() && !m_entries[index].seed.isEmpty()
        && !set.restore(m_entries[index].seed))
        set = IndicatorSet(m_params);
    return set;
}

} // namespace kairos
