#pragma once

#include "Decimal.h"
#include "Side.h"
#include "Volume.h"

#include <QList>
#include <QMetaType>

#include <cstdint>

namespace kairos {

// One trade. `symbol` indexes the instrument list the feed announced, so the
// hot path compares integers, not strings.
struct Tick
{
    std::int64_t time = 0; // event time, epoch milliseconds UTC
    Decimal price;
    Decimal quantity;
    std::uint32_t symbol = 0;
    Side side = Side::Unknown;
    // The rest of the trade before it: a trade larger than one Decimal holds
    // (over 92 billion coins) arrives as several ticks at one time and
    // price, and counts as one trade.
    bool continued = false;
};

// Appends `trade` with `quantity` (its own is ignored): one tick, or as many
// as the quantity needs, the first counting as the trade. False, appending
// nothing, for a quantity of 0 or above maxTradeQuantity() (MaxTradeTicks
// ticks, about 9·10^13 coins: no venue trades that much at once).
constexpr std::uint32_t MaxTradeTicks = 1024;
Volume maxTradeQuantity();
bool appendTrade(Tick trade, const Volume &quantity, QList<Tick> &out);

// What crosses from a feed thread to the engine thread: many ticks at once,
// implicitly shared so passing it by value copies nothing.
struct TickBatch
{
    QList<Tick> ticks;
    // The feed's event clock: no later tick will be older than this, so the
    // engine may confirm candles of quiet symbols whose bucket has ended.
    std::int64_t watermark = 0;
    // False for history a feed replays to fill the charts: signals on it are
    // shown, but never traded, and orders wait for live data.
    bool live = true;
    // History with a known span (the simulator's warm-up): from where to
    // where, so the loading can show how far it is.
    std::int64_t historyFrom = 0;
    std::int64_t historyUntil = 0;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::TickBatch)
