#pragma once

#include "CandleSeries.h"
#include "model/Candle.h"
#include "model/Timeframe.h"

#include <cstdint>
#include <optional>

namespace kairos {

// Builds one coarser timeframe from confirmed finer candles, in O(1) per
// candle: it keeps only the confirmed part of the open bucket, and the forming
// view merges the finer forming candle on demand. Confirmed candles go into
// its series.
class TimeframeRollup
{
public:
    TimeframeRollup(Timeframe timeframe, std::int64_t capacity);

    Timeframe timeframe() const { return m_timeframe; }
    const CandleSeries &series() const { return m_series; }
    std::int64_t volumeOverflows() const { return m_volumeOverflows; }

    // Folds a confirmed finer candle; returns the coarser candle this closed, if any.
    std::optional<Candle> add(const Candle &finer);
    // Confirms the open bucket when it ends at or before `time`.
    std::optional<Candle> closeBefore(std::int64_t time);
    // The open bucket as it would close now, given the finer forming candle.
    std::optional<Candle> forming(const Candle *finerForming) const;
    // The confirmed part of the open bucket, if any: what a restart needs.
    std::optional<Candle> openPart() const;

    // A warm start: stored candles (oldest first) and the open bucket's part.
    void restore(const CandleList &confirmed);
    void restoreOpen(const Candle &part);

private:
    Candle confirmOpen();

    Timeframe m_timeframe;
    CandleSeries m_series;
    Candle m_open; // confirmed part of the open bucket; trades == 0 when none
    // When the open bucket ends: asked every second, a month's is a date
    // computation, so it is worked out once per bucket.
    std::int64_t m_openEnd = 0;
    std::int64_t m_volumeOverflows = 0;
};

} // namespace kairos
