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

namespace kairos {

void appendCandleTicks(const Candle &c, std::int64_t width, QList<Tick> &out)
{
    const bool rising = c.close >= c.open;
    const Decimal prices[] = { c.open, rising ? c.low : c.high, rising ? c.high : c.low, c.close };
    const std::int64_t times[]
        = { c.time, c.time + width / 3, c.time + 2 * width / 3, c.time + width - 1 };
    const std::int64_t volume = std::max<std::int64_t>(c.volume.units(), 4);
    for (int i = 0; i < 4; ++i) {
        Tick t;
        t.time = times[i];
        t.price = prices[i];
        t.quantity = Decimal::fromUnits(i < 3 ? volume / 4 : volume - 3 * (volume / 4));
        out.append(t);
    }
}

} // namespace kairos
