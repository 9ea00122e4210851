#include "Candle.h"

#include <algorithm>
#include <limits>

namespace kairos {

bool Candle::merge(const Candle &later)
{
    if (trades == 0) {
        const auto bucket = time;
        const auto keptState = state;
        *this = later;
        time = bucket;
        state = keptState;
        return true;
    }
    high = std::max(high, later.high);
    low = std::min(low, later.low);
    close = later.close;
    trades += later.trades;
    if (volume.tryAdd(later.volume))
        return true;
    volume = Decimal::fromUnits(std::numeric_limits<std::int64_t>::max());
    return false;
}

std::int64_t candleSpacing(const CandleList &candles)
{
    std::int64_t spacing = 0;
    for (qsizetype i = 1; i < candles.size(); ++i) {
        const std::int64_t step = candles[i].time - candles[i - 1].time;
        if (step > 0 && (spacing == 0 || step < spacing))
            spacing = step;
    }
    return spacing;
}

} // namespace kairos
