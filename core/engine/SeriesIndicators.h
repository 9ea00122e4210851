#pragma once

#include "indicators/IndicatorSet.h"
#include "market/CandleAggregator.h"
#include "storage/StorageReader.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace kairos {

// The chart indicators of every series, kept current as candles confirm.
// Their state is saved every SnapshotEvery candles, and a warm start gives
// each series the state before its oldest retained candle (its seed), so a
// chart replays only what is in memory and still shows the values of a
// session that never stopped.
class SeriesIndicators
{
public:
    static constexpr qint64 SnapshotEvery = StorageReader::SnapshotEvery;

    void reset(int symbols, int timeframes, const IndicatorParams &params);
    // New parameters: every series starts again from its seed (or from
    // scratch when the seed is of other parameters) over what is retained.
    void setParams(const IndicatorParams &params, const CandleAggregator &aggregator);
    const IndicatorParams &params() const { return m_params; }

    // The snapshot to store when one is due after this candle; `values`, if
    // given, receives the indicators after it.
    std::optional<QByteArray> update(std::uint32_t symbol, int timeframeIndex, const Candle &c,
        IndicatorValues *values = nullptr);
    // A warm start: the state before the first restored candle, then the
    // restored candles themselves.
    void setSeed(std::uint32_t symbol, int timeframeIndex, const QByteArray &seed);
    void replay(std::uint32_t symbol, int timeframeIndex, const CandleList &candles);
    // An indicator set positioned before the series' oldest retained candle.
    IndicatorSet seedSet(std::uint32_t symbol, int timeframeIndex) const;

private:
    struct Entry
    {
        IndicatorSet current;
        QByteArray seed;
    };
    Entry *entry(std::uint32_t symbol, int timeframeIndex);

    IndicatorParams m_params;
    int m_timeframes = 0;
    std::vector<Entry> m_entries;
};

} // namespace kairos
