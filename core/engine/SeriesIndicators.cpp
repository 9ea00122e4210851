#include "SeriesIndicators.h"

#include <algorithm>

namespace kairos {

void SeriesIndicators::reset(int symbols, int timeframes, const IndicatorParams &params)
{
    m_params = params;
    m_timeframes = timeframes;
    m_entries.assign(std::size_t(std::max(symbols * timeframes, 0)),
        { IndicatorSet(params), IndicatorSet(params), 0, false });
}

SeriesIndicators::Entry *SeriesIndicators::entry(std::uint32_t symbol, int timeframeIndex)
{
    const std::size_t index
        = std::size_t(symbol) * std::size_t(m_timeframes) + std::size_t(timeframeIndex);
    if (timeframeIndex < 0 || timeframeIndex >= m_timeframes || index >= m_entries.size())
        return nullptr;
    return &m_entries[index];
}

void SeriesIndicators::setParams(const IndicatorParams &params)
{
    m_params = params;
    for (Entry &e : m_entries)
        e.stale = true;
}

std::size_t SeriesIndicators::staleSeries() const
{
    return std::size_t(std::count_if(
        m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return e.stale; }));
}

std::int64_t SeriesIndicators::rebuild(
    Entry &e, const CandleSeries &series, IndicatorValues *values) const
{
    e.trailing = IndicatorSet(m_params);
    e.position = series.appendedCount() - series.size();
    e.current = e.trailing;
    const CandleList candles = series.since(e.position, series.size());
    for (const Candle &candle : candles) {
        const IndicatorValues after = e.current.update(candle);
        if (values)
            *values = after;
    }
    advanceSeed(e, series);
    e.stale = false;
    return candles.size();
}

std::int64_t SeriesIndicators::rebuildStale(const CandleAggregator &aggregator, std::int64_t budget)
{
    std::int64_t steps = 0;
    for (std::size_t i = 0; i < m_entries.size() && steps < budget; ++i) {
        if (!m_entries[i].stale)
            continue;
        const auto symbol = std::uint32_t(i / std::size_t(m_timeframes));
        const int timeframe = int(i % std::size_t(m_timeframes));
        steps += rebuild(m_entries[i], aggregator.series(symbol, timeframe), nullptr);
    }
    return steps;
}

void SeriesIndicators::advanceSeed(Entry &e, const CandleSeries &series)
{
    if (series.size() < series.capacity())
        return;
    const std::int64_t oldest = series.appendedCount() - series.size();
    e.position = std::max(e.position, oldest);
    // The oldest candle goes with the next append: take it in now.
    for (; e.position <= oldest; ++e.position)
        e.trailing.update(series.at(e.position - oldest));
}

std::optional<QByteArray> SeriesIndicators::update(std::uint32_t symbol, int timeframeIndex,
    const Candle &c, const CandleSeries &series, IndicatorValues *values)
{
    Entry *e = entry(symbol, timeframeIndex);
    if (!e)
        return std::nullopt;
    if (e->stale) { // new parameters, not yet caught up: the ring, `c` included
        rebuild(*e, series, values);
    } else {
        const IndicatorValues after = e->current.update(c);
        if (values)
            *values = after;
        advanceSeed(*e, series);
    }
    if (e->current.candleCount() % SnapshotEvery != 0)
        return std::nullopt;
    return e->current.snapshot();
}

void SeriesIndicators::restore(std::uint32_t symbol, int timeframeIndex, const QByteArray &seed,
    const CandleList &candles, const CandleSeries &series)
{
    Entry *e = entry(symbol, timeframeIndex);
    if (!e)
        return;
    // A seed of other parameters cannot be used: start from scratch.
    e->trailing = IndicatorSet(m_params);
    if (!seed.isEmpty() && !e->trailing.restore(seed))
        e->trailing = IndicatorSet(m_params);
    // Restored candles the ring could not hold go into the seed.
    const qsizetype dropped = std::max<qsizetype>(0, candles.size() - series.size());
    for (qsizetype i = 0; i < dropped; ++i)
        e->trailing.update(candles[i]);
    e->position = series.appendedCount() - series.size();
    e->current = e->trailing;
    for (qsizetype i = dropped; i < candles.size(); ++i)
        e->current.update(candles[i]);
    advanceSeed(*e, series);
    e->stale = false;
}

IndicatorSet SeriesIndicators::seedSet(
    std::uint32_t symbol, int timeframeIndex, const CandleSeries &series, std::int64_t &from) const
{
    const std::size_t index
        = std::size_t(symbol) * std::size_t(m_timeframes) + std::size_t(timeframeIndex);
    if (index >= m_entries.size()) {
        from = 0;
        return IndicatorSet(m_params);
    }
    const Entry &e = m_entries[index];
    if (e.stale) { // what its rebuild will start from
        from = series.appendedCount() - series.size();
        return IndicatorSet(m_params);
    }
    from = e.position;
    return e.trailing;
}

} // namespace kairos
