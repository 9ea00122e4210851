#pragma once

#include "CandleSeries.h"
#include "SecondCandleBuilder.h"
#include "TimeframeRollup.h"
#include "model/Tick.h"
#include "model/Timeframe.h"

#include <QList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace kairos {

// Ticks of many symbols → 1-second candles → every coarser timeframe.
// Pure and synchronous: it never reads a clock or starts a thread; time comes
// from the ticks and from watermarks. Each tick costs O(1); the coarser
// timeframes are touched once per confirmed second, not per tick.
class CandleAggregator
{
public:
    struct Counters
    {
        std::int64_t ticks = 0; // accepted into a candle
        std::int64_t late = 0; // older than the forming bucket: dropped
        std::int64_t unknownSymbol = 0; // dropped
        std::int64_t volumeOverflow = 0; // dropped: the second's volume would overflow
        // Kept, but a coarser candle's volume stopped at Volume::max(). Never
        // seen for a real instrument (that is 10^21 whole units); counted
        // apart from the dropped ticks because nothing was dropped.
        std::int64_t saturatedCandles = 0;
    };

    // Called for every candle the moment it is confirmed, in event-time order
    // per symbol and timeframe. `timeframeIndex` indexes timeframes().
    using ConfirmedSink
        = std::function<void(std::uint32_t symbol, int timeframeIndex, const Candle &candle)>;

    // `timeframes` are whole seconds; 1s is always index 0 and is added when missing.

    explicit CandleAggregator(QList<Timeframe> timeframes = Timeframe::standard(),
        std::int64_t seriesCapacity = CandleSeries::DefaultCapacity);

    void setSymbolCount(int count);
    int symbolCount() const { return int(m_symbols.size()); }
    void setConfirmedSink(ConfirmedSink sink) { m_sink = std::move(sink); }

    void addTick(const Tick &tick);
    // Adds every tick, then confirms what ended before the batch's watermark.
    void addBatch(const TickBatch &batch);
    // Confirms every candle whose bucket ends at or before `time`.
    void advanceTo(std::int64_t time);
    // End of input: confirms every forming candle.
    void finish();

    const QList<Timeframe> &timeframes() const { return m_timeframes; }
    int timeframeIndex(Timeframe timeframe) const { return int(m_timeframes.indexOf(timeframe)); }
    const CandleSeries &series(std::uint32_t symbol, int timeframeIndex) const;
    std::optional<Candle> forming(std::uint32_t symbol, int timeframeIndex) const;
    // Close of the latest candle of the symbol, if it has traded.
    std::optional<Decimal> lastPrice(std::uint32_t symbol) const;
    // The confirmed part of a coarser timeframe's open bucket.
    std::optional<Candle> openBucket(std::uint32_t symbol, int timeframeIndex) const;

    // A warm start, before any tick: stored candles of a series (oldest
    // first, not sent to the sink), the open buckets' confirmed parts (at
    // index 0: the second that was forming), and
    // the time up to which ticks were already taken in (older ones are late).
    void restoreSeries(std::uint32_t symbol, int timeframeIndex, const CandleList &candles);
    void restoreOpenBucket(std::uint32_t symbol, int timeframeIndex, const Candle &part);
    void restoreWatermark(std::int64_t time);
    Counters counters() const;

private:
    struct SymbolState
    {
        SecondCandleBuilder second;
        CandleSeries secondSeries;
        std::vector<TimeframeRollup> rollups; // timeframes()[1..]
        std::optional<Decimal> restoredPrice; // the last close a warm start knew
    };

    void confirmSecond(std::uint32_t symbol, SymbolState &state, const Candle &candle);
    void closeRollups(std::uint32_t symbol, SymbolState &state, std::int64_t time);
    void emitConfirmed(std::uint32_t symbol, int timeframeIndex, const Candle &candle);
    SymbolState makeState() const;

    QList<Timeframe> m_timeframes;
    std::int64_t m_capacity;
    std::vector<SymbolState> m_symbols;
    ConfirmedSink m_sink;
    Counters m_counters;
};

} // namespace kairos
