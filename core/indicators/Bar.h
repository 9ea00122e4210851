#pragma once

#include "model/Candle.h"

#include <cstdint>

namespace kairos {

// One candle as the studies read it: prices and volume as doubles, converted
// once for every study of a series.
struct Bar
{
    std::int64_t time = 0; // bucket start, epoch milliseconds UTC
    double open = 0.0;
    double high = 0.0;
    double low = 0.0;
    double close = 0.0;
    double volume = 0.0;

    static Bar from(const Candle &candle)
    {
        return { candle.time, candle.open.toDouble(), candle.high.toDouble(), candle.low.toDouble(),
            candle.close.toDouble(), candle.volume.toDouble() };
    }
};

} // namespace kairos
