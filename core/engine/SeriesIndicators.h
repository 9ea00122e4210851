#pragma once

#include "indicators/IndicatorSet.h"
#include "market/CandleAggregator.h"
#include "storage/StorageReader.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace kairos {

// The chart indicators of every series, kept current as candles confirm.
// Their state is saved every SnapshotEvery candles. Each series also keeps
// the indicators positioned just before its oldest retained candle (its
// seed): a warm start sets it from storage, and a candle about to leave the
// series' ring moves it on. A chart that opens replays only what is in memory
// from the seed and still shows the values of a session that never stopped.
class SeriesIndicators
{
public:
    static constexpr qint64 SnapshotEvery = StorageReader::SnapshotEvery;

    void reset(int symbols, int timeframes, const IndicatorParams &params);
    // New parameters: every series starts again from its oldest retained
    // candle (a seed of other parameters cannot be used). Nothing is
    // replayed here: a series catches up at its next candle, or earlier in
    // rebuildStale(), so a change costs what is shown, not every series.
    void setParams(const IndicatorParams &params);
    // Catches up series left behind by setParams() until about `budget`
    // candles were replayed; returns how many were.
    std::int64_t rebuildStale(const CandleAggregator &aggregator, std::int64_t budget);
    std::size_t staleSeries() const;
    const IndicatorParams &params() const { return m_params; }

    // After `c` joined `series`: the snapshot to store when one is due;
    // `values`, if given, receives the indicators after it.
    std::optional<QByteArray> update(std::uint32_t symbol, int timeframeIndex, const Candle &c,
        const CandleSeries &series, IndicatorValues *values = nullptr);
    // A warm start: the state before the first restored candle, and the
    // restored candles, already in `series`.
    void restore(std::uint32_t symbol, int timeframeIndex, const QByteArray &seed,
        const CandleList &candles, const CandleSeries &series);
    // An indicator set positioned before `from`, the series' first candle to
    // replay (as CandleSeries::since() counts), which it sets.
    IndicatorSet seedSet(std::uint32_t symbol, int timeframeIndex, const CandleSeries &series,
        std::int64_t &from) const;

private:
    struct Entry
    {
        IndicatorSet current;
        IndicatorSet trailing; // before the candle at `position`
        std::int64_t position = 0; // as CandleSeries::appendedCount() counts
        bool stale = false; // of the previous parameters
    };
    // Replays the series' ring with the current parameters; `values`
    // receives the last candle's. Returns the candles replayed.
    std::int64_t rebuild(Entry &e, const CandleSeries &series, IndicatorValues *values) const;
    Entry *entry(std::uint32_t symbol, int timeframeIndex);
    // Moves the seed past the candle the series' next append overwrites.
    static void advanceSeed(Entry &e, const CandleSeries &series);

    IndicatorParams m_params;
    int m_timeframes = 0;
    std::vector<Entry> m_entries;
};

} // namespace kairos
