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
    volume = Volume::max();
    return false;
}

void Candle::fold(const Candle &later)
{
    high = std::max(high, later.high);
    low = std::min(low, later.low);
    close = later.close;
    trades += later.trades;
    if (!volume.tryAdd(later.volume))
        volume = Volume::max();
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

Timeframe candleTimeframe(const CandleList &candles)
{
    const std::int64_t spacing = candleSpacing(candles);
    const Timeframe month = Timeframe::month();
    const bool monthly = spacing >= 28 * 86400'000LL && spacing <= 31 * 86400'000LL
        && std::all_of(candles.begin(), candles.end(),
            [&](const Candle &c) { return month.bucketStart(c.time) == c.time; });
    if (monthly)
        return month;
    const Timeframe fixed = Timeframe::fromSeconds(spacing / 1000);
    if (spacing % 1000 != 0 || !Timeframe::standard().contains(fixed))
        return {};
    return fixed;
}

Volume maxCandleVolume()
{
    // Every one of the trades just below a Decimal's limit, so that the
    // remainder of a split always fits the last.
    static const Volume max = [] {
        Volume v = Volume::of(Decimal::fromUnits(
            std::numeric_limits<std::int64_t>::max() - std::int64_t(MaxCandleTicks)));
        for (std::uint32_t n = 1; n < MaxCandleTicks; n *= 2) {
            if (!v.tryAdd(v))
                return Volume::max();
        }
        return v;
    }();
    return max;
}

bool appendCandleTicks(const Candle &c, std::int64_t width, QList<Tick> &out)
{
    const bool rising = c.close >= c.open;
    const Decimal prices[] = { c.open, rising ? c.low : c.high, rising ? c.high : c.low, c.close };
    // Never past the last time there is, whatever the width.
    constexpr std::int64_t Last = std::numeric_limits<std::int64_t>::max();
    const std::int64_t room = c.time >= 0 ? Last - c.time : Last;
    const std::int64_t span = std::clamp<std::int64_t>(width, 1, std::max<std::int64_t>(room, 1));
    const std::int64_t twoThirds = span / 3 * 2 + span % 3 * 2 / 3; // 2·span/3, exactly
    const std::int64_t times[]
        = { c.time, c.time + span / 3, c.time + twoThirds, c.time + span - 1 };
    if (c.volume > maxCandleVolume())
        return false;
    const Volume volume = std::max(c.volume, Volume::of(Decimal::fromUnits(4)));
    // A volume beyond one trade's quantity (a day of SHIB) is traded as
    // several trades at each of the four prices.
    for (std::uint32_t perPrice = 1; perPrice <= MaxCandleTicks / 4; perPrice *= 2) {
        const auto quantities = volume.split(4 * perPrice);
        if (!quantities)
            continue;
        for (qsizetype i = 0; i < quantities->size(); ++i) {
            Tick t;
            t.time = times[i / perPrice];
            t.price = prices[i / perPrice];
            t.quantity = quantities->at(i);
            out.append(t);
        }
        return true;
    }
    return false;
}

} // namespace kairos
