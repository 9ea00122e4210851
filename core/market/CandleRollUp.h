#pragma once

#include "model/Candle.h"
#include "model/Timeframe.h"

namespace kairos {

// Folds finer candles (oldest first) into the buckets of a coarser timeframe
// that nests them: each bucket's first open, extremes, last close, trades and
// volume (saturating at Volume::max(), as the session's candles do). Unlike
// Candle::merge it takes a candle of no counted trades (a file's) as a
// candle, not as an empty bucket.
CandleList rollUp(const CandleList &finer, Timeframe coarser);

} // namespace kairos
