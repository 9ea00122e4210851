#pragma once

#include "execution/Portfolio.h"
#include "execution/TradingEvents.h"
#include "feed/FeedGap.h"
#include "indicators/IndicatorSet.h"
#include "model/Candle.h"
#include "model/Decimal.h"
#include "model/OrderEvent.h"
#include "model/Timeframe.h"
#include "strategy/Signal.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>

namespace kairos {

struct WatchRow
{
    std::uint32_t symbol = 0;
    std::optional<Decimal> last;
    std::optional<Decimal> dayOpen; // open of the current UTC day
};

// A chart's series since the previous view. With `reset` it carries the
// recent history from scratch (after the chart changed symbol or timeframe).
struct ChartUpdate
{
    int chart = 0; // as ChartSubscription::chart names it
    std::uint32_t symbol = 0;
    Timeframe timeframe;
    bool reset = false;
    CandleList confirmed;
    std::optional<Candle> forming;
    // The chart's indicators: one entry per confirmed candle, and the preview
    // of the forming candle.
    QList<IndicatorValues> indicators;
    std::optional<IndicatorValues> formingIndicators;
    IndicatorParams indicatorParams;
    // Signals on this series since the previous view. With a reset the
    // window adds the recent ones it keeps (SignalsModel::ofSeries()).
    SignalList seriesSignals;
    // Orders for this symbol the risk checks refused since the previous view.
    QList<DeniedOrder> seriesDenials;
    // Market data that never arrived, for this symbol or the whole feed:
    // recent ones with a reset, new ones after.
    QList<FeedGap> gaps;
};

struct EngineStats
{
    std::int64_t ticks = 0;
    std::int64_t lateTicks = 0;
    std::int64_t droppedTicks = 0; // unknown symbol or volume overflow
    std::int64_t skippedTicks = 0; // at or before what a warm start's database held
    std::int64_t batches = 0;
    std::int64_t signalCount = 0;
    std::int64_t eventTime = 0; // the feed's watermark
    double ticksPerSecond = 0.0; // wall clock, over the last second or so
    // Live data has begun (orders are accepted); until then the history
    // being loaded, when its span is known.
    bool live = false;
    std::int64_t historyFrom = 0;
    std::int64_t historyUntil = 0;
};

struct PositionRow
{
    std::uint32_t symbol = 0;
    Decimal quantity;
    Decimal averagePrice;
    Decimal mark;
    Decimal unrealizedPnl;
    Decimal realizedPnl;
    Decimal fees;
};

struct AccountSummary
{
    Decimal initialCash = Decimal::fromInteger(100'000);
    Decimal cash;
    Decimal equity;
    Decimal dayPnl; // since the trading day started (or trading resumed)
    Decimal drawdown; // below the equity peak
    Decimal realizedPnl;
    Decimal unrealizedPnl;
    Decimal fees;
    TradingState state = TradingState::Active;
    bool autoTrade = false;
    bool killSwitch = false;
};

// The trading picture: positions, open orders and the account now, and what
// happened since the previous view.
struct TradingSnapshot
{
    QList<PositionRow> positions; // open positions only
    OrderList openOrders;
    AccountSummary account;
    QList<EquityPoint> newEquity;
    TradingEvents events;
    // What a warm start shows again, once: stored fills and steps of orders
    // (no new events: history is neither booked nor recorded from them).
    FillList shownFills;
    OrderEventList shownHistory;
};

// What the UI receives about 30 times a second: a coalesced picture, never
// one message per tick.
struct MarketView
{
    QList<WatchRow> watchlist;
    QList<ChartUpdate> charts; // one per chart subscription
    // The update for chart `id`, or null.
    const ChartUpdate *chart(int id = 0) const
    {
        for (const ChartUpdate &update : charts) {
            if (update.chart == id)
                return &update;
        }
        return nullptr;
    }
    SignalList newSignals; // every symbol, since the previous view
    TradingSnapshot trading;
    EngineStats stats;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::MarketView)
