#include "CandleAggregator.h"

#include <algorithm>

namespace kairos {

CandleAggregator::CandleAggregator(QList<Timeframe> timeframes, std::int64_t seriesCapacity)
    : m_timeframes(std::move(timeframes))
    , m_capacity(seriesCapacity)
{
    constexpr Timeframe second = Timeframe::fromSeconds(1);
    m_timeframes.removeIf([](Timeframe tf) { return !tf.isValid(); });
    std::sort(m_timeframes.begin(), m_timeframes.end());
    m_timeframes.erase(std::unique(m_timeframes.begin(), m_timeframes.end()), m_timeframes.end());
    if (m_timeframes.isEmpty() || m_timeframes.front() != second)
        m_timeframes.prepend(second);
}

CandleAggregator::SymbolState CandleAggregator::makeState() const
{
    // A million 1-second candles are twelve days of them, held by every
    // symbol for no chart anyone reads: a day and a half is kept, and the
    // memory of a long session levels off within it.
    SymbolState state { {}, CandleSeries(m_capacity), {}, {} };
    state.rollups.reserve(std::size_t(m_timeframes.size() - 1));
    for (qsizetype i = 1; i < m_timeframes.size(); ++i)
        state.rollups.emplace_back(m_timeframes[i], m_capacity);
    return state;
}

void CandleAggregator::setSymbolCount(int count)
{
    m_symbols.reserve(std::size_t(std::max(count, 0)));
    while (int(m_symbols.size()) < count)
        m_symbols.push_back(makeState());
}

void CandleAggregator::addTick(const Tick &tick)
{
    if (tick.symbol >= m_symbols.size()) {
        ++m_counters.unknownSymbol;
        return;
    }
    SymbolState &state = m_symbols[tick.symbol];
    std::optional<Candle> confirmed;
    switch (state.second.add(tick, confirmed)) {
    case SecondCandleBuilder::Outcome::Updated:
        ++m_counters.ticks;
        return;
    case SecondCandleBuilder::Outcome::Started:
        ++m_counters.ticks;
        if (confirmed)
            confirmSecond(tick.symbol, state, *confirmed);
        // Coarser buckets that ended before the new second are complete.
        closeRollups(tick.symbol, state, state.second.forming()->time);
        return;
    case SecondCandleBuilder::Outcome::Late:
        ++m_counters.late;
        return;
    case SecondCandleBuilder::Outcome::VolumeOverflow:
        ++m_counters.volumeOverflow;
        return;
    }
}

void CandleAggregator::addBatch(const TickBatch &batch)
{
    for (const Tick &tick : batch.ticks)
        addTick(tick);
    if (batch.watermark > 0)
        advanceTo(batch.watermark);
}

void CandleAggregator::advanceTo(std::int64_t time)
{
    for (std::uint32_t s = 0; s < m_symbols.size(); ++s) {
        SymbolState &state = m_symbols[s];
        if (auto candle = state.second.closeBefore(time))
            confirmSecond(s, state, *candle);
        closeRollups(s, state, time);
    }
}

void CandleAggregator::finish()
{
    advanceTo(std::numeric_limits<std::int64_t>::max());
}

void CandleAggregator::confirmSecond(std::uint32_t symbol, SymbolState &state, const Candle &candle)
{
    state.secondSeries.append(candle);
    emitConfirmed(symbol, 0, candle);
    for (std::size_t i = 0; i < state.rollups.size(); ++i) {
        if (auto closed = state.rollups[i].add(candle))
            emitConfirmed(symbol, int(i + 1), *closed);
    }
}

void CandleAggregator::closeRollups(std::uint32_t symbol, SymbolState &state, std::int64_t time)
{
    for (std::size_t i = 0; i < state.rollups.size(); ++i) {
        if (auto closed = state.rollups[i].closeBefore(time))
            emitConfirmed(symbol, int(i + 1), *closed);
    }
}

void CandleAggregator::emitConfirmed(std::uint32_t symbol, int timeframeIndex, const Candle &candle)
{
    if (m_sink)
        m_sink(symbol, timeframeIndex, candle);
}

const CandleSeries &CandleAggregator::series(std::uint32_t symbol, int timeframeIndex) const
{
    const SymbolState &state = m_symbols.at(symbol);
    if (timeframeIndex == 0)
        return state.secondSeries;
    return state.rollups.at(std::size_t(timeframeIndex - 1)).series();
}

std::optional<Candle> CandleAggregator::forming(std::uint32_t symbol, int timeframeIndex) const
{
    if (symbol >= m_symbols.size() || timeframeIndex < 0 || timeframeIndex >= m_timeframes.size())
        return std::nullopt;
    const SymbolState &state = m_symbols[symbol];
    const Candle *second = state.second.forming();
    if (timeframeIndex == 0)
        return second ? std::optional<Candle>(*second) : std::nullopt;
    return state.rollups[std::size_t(timeframeIndex - 1)].forming(second);
}

std::optional<Decimal> CandleAggregator::lastPrice(std::uint32_t symbol) const
{
    if (symbol >= m_symbols.size())
        return std::nullopt;
    const SymbolState &state = m_symbols[symbol];
    if (const Candle *second = state.second.forming())
        return second->close;
    if (!state.secondSeries.isEmpty())
        return state.secondSeries.last().close;
    return state.restoredPrice;
}

std::optional<Candle> CandleAggregator::openBucket(std::uint32_t symbol, int timeframeIndex) const
{
    if (symbol >= m_symbols.size() || timeframeIndex < 1 || timeframeIndex >= m_timeframes.size())
        return std::nullopt;
    return m_symbols[symbol].rollups[std::size_t(timeframeIndex - 1)].openPart();
}

void CandleAggregator::restoreSeries(
    std::uint32_t symbol, int timeframeIndex, const CandleList &candles)
{
    if (symbol >= m_symbols.size() || timeframeIndex < 0 || timeframeIndex >= m_timeframes.size()
        || candles.isEmpty())
        return;
    SymbolState &state = m_symbols[symbol];
    if (timeframeIndex == 0) {
        for (const Candle &candle : candles)
            state.secondSeries.append(candle);
    } else {
        state.rollups[std::size_t(timeframeIndex - 1)].restore(candles);
    }
    // A confirmed candle's bucket has ended: nothing before its end may change it.
    const Timeframe tf = m_timeframes[timeframeIndex];
    state.second.raiseFloor(tf.nextBucket(candles.constLast().time));
    state.restoredPrice = candles.constLast().close;
}

void CandleAggregator::restoreOpenBucket(
    std::uint32_t symbol, int timeframeIndex, const Candle &part)
{
    if (symbol >= m_symbols.size() || timeframeIndex < 0 || timeframeIndex >= m_timeframes.size())
        return;
    if (timeframeIndex == 0)
        m_symbols[symbol].second.restoreForming(part);
    else
        m_symbols[symbol].rollups[std::size_t(timeframeIndex - 1)].restoreOpen(part);
}

void CandleAggregator::restoreWatermark(std::int64_t time)
{
    // The second forming at `time` was never confirmed, so it may be built
    // again; seconds before it are part of what was kept.
    const std::int64_t second = Timeframe::fromSeconds(1).bucketStart(time);
    for (SymbolState &state : m_symbols)
        state.second.raiseFloor(second);
}

CandleAggregator::Counters CandleAggregator::counters() const
{
    Counters c = m_counters;
    for (const SymbolState &state : m_symbols) {
        for (const TimeframeRollup &rollup : state.rollups)
            c.saturatedCandles += rollup.volumeOverflows();
    }
    return c;
}

} // namespace kairos
