#include "Tick.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kairos {

Volume maxTradeQuantity()
{
    // Each tick a little below a Decimal's limit, so that the rest a split
    // moves to the last tick (under 2^37 units) always fits it.
    static const Volume max = [] {
        Volume v;
        const Decimal part = Decimal::fromUnits(
            std::numeric_limits<std::int64_t>::max() - (std::int64_t(1) << 37));
        for (std::uint32_t i = 0; i < MaxTradeTicks; ++i) {
            if (!v.tryAdd(part))
                return Volume::max();
        }
        return v;
    }();
    return max;
}

bool appendTrade(Tick trade, const Volume &quantity, QList<Tick> &out)
{
    if (quantity.isZero() || quantity > maxTradeQuantity())
        return false;
    if (const auto fits = quantity.toDecimal()) {
        trade.quantity = *fits;
        out.append(trade);
        return true;
    }
    // Each share in the trade's own last place, up to a whole coin (a trade
    // of whole coins is ticks of whole coins, so a file's lot step is still
    // learned from its ticks); the last tick takes the rest.
    std::int64_t grain = 1;
    while (grain < Decimal::Scale && quantity.low() % (grain * 10) == 0)
        grain *= 10;
    // As few ticks as hold it: the estimate from doubles, then checked.
    constexpr std::int64_t largest = std::numeric_limits<std::int64_t>::max();
    const double estimate
        = std::ceil(quantity.toDouble() * double(Decimal::Scale) / double(largest));
    for (auto parts = std::uint32_t(std::clamp(estimate, 2.0, double(MaxTradeTicks)));
         parts <= MaxTradeTicks; ++parts) {
        const auto quantities = quantity.split(parts);
        if (!quantities)
            continue;
        const std::int64_t share = quantities->front().units() / grain * grain;
        const std::int64_t moved = (quantities->front().units() - share) * std::int64_t(parts - 1);
        if (quantities->back().units() > largest - moved)
            continue;
        for (std::uint32_t i = 0; i < parts; ++i) {
            trade.quantity
                = Decimal::fromUnits(i + 1 < parts ? share : quantities->back().units() + moved);
            trade.continued = i > 0;
            out.append(trade);
        }
        return true;
    }
    return false;
}

} // namespace kairos
