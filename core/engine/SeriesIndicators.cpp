#include "SeriesIndicators.h"

namespace kairos {

void SeriesIndicators::reset(int symbols, int timeframes, const IndicatorParams &params)
{
    m_params = params;
    m_timeframes = timeframes;
    m_entries.assign(std::size_t(std::max(symbols * timeframes, 0)),
        { IndicatorSet(params), IndicatorSet(params), 0 });
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
            const CandleSeries &series = aggregator.series(s, tf);
            e->trailing = IndicatorSet(params);
            e->position = series.appendedCount() - series.size();
            e->current = e->trailing;
            for (const Candle &candle : series.since(e->position, series.size()))
                e->current.update(candle);
            advanceSeed(*e, series);
        }
    }
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
    const IndicatorValues after = e->current.update(c);
    if (values)
        *values = after;
    advanceSeed(*e, series);
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
}

IndicatorSet SeriesIndicators::seedSet(
    std::uint32_t symbol, int timeframeIndex, std::int64_t &from) const
{
    const std::size_t index
        = std::size_t(symbol) * std::size_t(m_timeframes) + std::size_t(timeframeIndex);
    if (index >= m_entries.size()) {
        from = 0;
        return IndicatorSet(m_params);
    }
    from = m_entries[index].position;
    return m_entries[index].trailing;
}

} // namespace kairos
