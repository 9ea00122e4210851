#pragma once

#include "Decimal.h"
#include "Side.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <optional>
#include <utility>

namespace kairos {

// Market and limit orders trade as they arrive. The other four wait until
// a trade reaches their stop price and are then released as a market order
// (stop-market, market-if-touched) or as a limit order at their limit price
// (stop-limit, limit-if-touched). A stop triggers on a trade at or beyond
// its price against the order (a buy stop at or above it), an if-touched
// order on a trade at or beyond it in the order's favour (a buy at or below).
// A trailing stop is a stop-market order whose stop follows the market at a
// distance (a price, or a percent of the price), only ever in the trade's
// favour: a sell's stop rises under the highest trade since it began
// trailing, a buy's falls over the lowest. With an activation price it
// trails only from the first trade at or beyond that price (above it for a
// sell, below for a buy).
// Stored by value: new types go at the end.
enum class OrderType : std::uint8_t {
    Market,
    Limit,
    StopMarket,
    StopLimit,
    MarketIfTouched,
    LimitIfTouched,
    TrailingStop
};
// An immediate-or-cancel order trades what it can at once and the rest is
// cancelled; a fill-or-kill order trades its whole quantity at once or
// expires without trading. A day order expires when the risk day ends
// (RiskLimits' zone).
enum class TimeInForce : std::uint8_t { GoodTillCancel, ImmediateOrCancel, FillOrKill, Day };
// Stored by value: new states go at the end. A partially filled order is
// still working, for what remains of it.
enum class OrderStatus : std::uint8_t { Open, Filled, Cancelled, Denied, Expired, PartiallyFilled };

struct Order
{
    std::int64_t id = 0; // assigned by the broker, in submission order
    // Deterministic, so a retried or replayed order is recognised: derived
    // from the signal (symbol, rule, candle time) or the user's action.
    QString clientOrderId;
    std::uint32_t symbol = 0;
    Side side = Side::Buy;
    OrderType type = OrderType::Market;
    TimeInForce timeInForce = TimeInForce::GoodTillCancel;
    Decimal quantity;
    Decimal limitPrice; // limit, stop-limit and limit-if-touched orders
    Decimal stopPrice; // the trigger of stop and if-touched orders
    std::int64_t time = 0; // event time of submission
    QString reason; // the signal's reason, or what the user did
    OrderStatus status = OrderStatus::Open;
    // Set by the broker once a limit order met a trade it could not take:
    // from then on it rests in the book and fills as a maker.
    bool resting = false;
    // Only ever makes the position smaller: refused when it would not, and
    // cancelled once the position it was reducing is gone.
    bool reduceOnly = false;
    // Only ever rests in the book: refused when it would take liquidity.
    bool postOnly = false;
    // A stop or if-touched order a trade reached: it now trades as released().
    bool triggered = false;
    // Trailing stops: the distance, as a price or (trailPercent) a percent
    // of the best price; the price that starts the trailing (zero: at once);
    // the best price since it began (zero: not yet). stopPrice is where the
    // trailing put the stop (zero: not yet).
    Decimal trailOffset;
    bool trailPercent = false;
    Decimal activationPrice;
    Decimal trailExtreme;
    // What has traded so far, and its average price (to 1e-8).
    Decimal filledQuantity;
    Decimal averagePrice;
    // Exits to attach when sending it (zero: none): a take-profit limit and
    // a stop-loss stop, which the trader sends with it as a bracket. With
    // stopLossTrail the stop-loss is a trailing stop at that distance (from
    // where the entry fills), never looser than stopLoss when that is set.
    Decimal takeProfit;
    Decimal stopLoss;
    Decimal stopLossTrail;
    // With timeLimit (an event time; zero: none) its exits close what is
    // left of the position at market from then on: each exit has it as
    // closeAt, and a trade at or after that time releases the exit as a
    // market order (a market exit of its own when there is no other).
    std::int64_t timeLimit = 0;
    std::int64_t closeAt = 0;
    // A bracket's exit: the order (its entry) whose fills it closes. Held
    // (out of the book) until the entry first fills, it then works for what
    // has filled of the entry, growing with each of its parts.
    std::int64_t parentId = 0;
    bool held = false;
    // One-cancels-other: its sibling's id. A fill of either takes as much
    // off the other, and cancels it once nothing is left of it, so the two
    // never trade more than one of them would.
    std::int64_t ocoId = 0;

    Decimal remaining() const { return quantity - filledQuantity; }
    // Sent with exits (a bracket's entry).
    bool hasExits() const
    {
        return takeProfit > Decimal() || stopLoss > Decimal() || stopLossTrail > Decimal()
            || timeLimit > 0;
    }
    // Counts a fill of `quantity` at `price`: the filled quantity, the
    // average price and the status (PartiallyFilled or Filled).
    void addFill(Decimal quantity, Decimal price);

    // A stop or if-touched order before its trigger.
    bool waitsForTrigger() const;
    // What it trades as once working: Market or Limit.
    OrderType released() const;
    // Whether a trade at `price` triggers it (waitsForTrigger() orders).
    bool triggersAt(Decimal price) const;
    // The price it is checked and valued at before it trades: its limit,
    // else its stop (a trailing stop not yet trailing: its activation
    // price), else none.
    Decimal workingPrice() const;
    // The trigger the price-tick rule applies to before it triggers: the
    // stop, or a trailing stop's activation price (the trailing puts its
    // stop on the tick).
    Decimal triggerPriceToCheck() const;
    // A trailing stop's offset is positive (a percent below 100).
    bool hasValidTrail() const;
    // Moves a trailing stop after a trade at `price`: it may begin trailing,
    // take a new best price and ratchet its stop, which is rounded away from
    // the market to `tick` (when positive). True when its best price moved
    // (and with it, perhaps, the stop).
    bool trail(Decimal price, Decimal tick);

    static QString clientIdForSignal(
        const QString &symbol, const QString &rule, std::int64_t candleTime);
};

// The names files and events use ("stop_limit", "fok"), and back; an
// unknown name reads as nullopt.
QLatin1StringView orderTypeKey(OrderType type);
std::optional<OrderType> orderTypeFromKey(QStringView key);
QLatin1StringView timeInForceKey(TimeInForce timeInForce);
QLatin1StringView orderStatusKey(OrderStatus status);
std::optional<TimeInForce> timeInForceFromKey(QStringView key);

using OrderList = QList<Order>;
// Client order ids with the time of their order.
using ClientOrderIds = QList<std::pair<QString, std::int64_t>>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Order)
