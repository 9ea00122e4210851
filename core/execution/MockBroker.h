#pragma once

#include "BrokerConfig.h"
#include "model/Fill.h"
#include "model/Order.h"
#include "model/Tick.h"

#include <QSet>

#include <deque>

#include <optional>
#include <vector>

namespace kairos {

// The paper broker: fills orders against the trade stream, deterministically.
// A market order fills at the first trade after its latency, moved against
// the taker by the slippage, and pays the taker fee. A limit order is first
// compared with the first trade after its latency: if that trade is at or
// better than its limit it takes liquidity there, as a market order would
// but never worse than its limit (taker fee); otherwise it rests (an
// immediate-or-cancel order is cancelled instead) and fills at its limit,
// paying the maker fee, once a trade prints through its price (strictly
// below a buy, strictly above a sell). A post-only order that would take
// expires.
// Partial fills: a resting order fills at most the size of the trade that
// printed through it, shared by the resting orders it reaches in submission
// order; the rest keeps resting. A taker fills whole, unless the
// participation cap (BrokerConfig) bounds it to a share of each trade: then
// it takes that share of every trade until it is done. Fills are whole lot
// steps. What an immediate-or-cancel order could not take at once is
// cancelled; a fill-or-kill order that cannot take its whole quantity at
// once expires without trading.
// A stop or if-touched order waits for the first trade after its latency
// that reaches its stop price (Order::triggersAt) and is handed back
// (onTick's `triggered`): the trader checks it again and release()s it,
// and it trades from that very trade on, so a stop the market gapped
// through fills at the gap's price, not at the stop.
// A held order (a bracket's exit before its entry fills) is kept, not traded.
// An exit with a time limit (Order::closeAt) is handed back the same way at
// the first trade at or after it, as a market order.
// One trade fills at most one order of a one-cancels-other pair.
// A client order id is accepted once: a retry or replay never fills twice.
// The ids remembered are those of the last day of event time: every id
// Kairos makes names its time (a signal's its candle, a manual order's the
// last trade), so a retry comes within the day, and older ones cannot recur
// (a warm start skips what the database holds; an id that did would stop
// trading on the database's unique constraint, never fill twice); every id
// of a session's life would grow without bound.
class MockBroker
{
public:
    enum class SubmitResult { Accepted, Duplicate, Invalid };

    explicit MockBroker(const BrokerConfig &config = {});

    void setConfig(const BrokerConfig &config) { m_config = config; }
    // Each symbol's price tick: a slipped price goes to the tick against
    // the taker, as a venue fills on its ticks. None: exact to 1e-8.
    void setPriceTicks(std::vector<Decimal> ticks) { m_ticks = std::move(ticks); }
    // Each symbol's lot step: a partial fill is a whole number of them.
    // None: any multiple of 1e-8.
    void setQuantitySteps(std::vector<Decimal> steps) { m_steps = std::move(steps); }
    const BrokerConfig &config() const { return m_config; }

    // Assigns the order's id when accepted.
    SubmitResult submit(Order &order);
    // `status`: Cancelled, or Expired (a day order at the day's end).
    std::optional<Order> cancel(std::int64_t orderId, OrderStatus status = OrderStatus::Cancelled);
    // Puts `order` in place of the working order with its id, keeping its
    // place in submission order; a limit order with a new price meets the
    // book afresh. False when no order with that id works, or when it is
    // invalid as submit() would find it.
    bool replace(const Order &order);
    // Every open order, or those of one symbol.
    OrderList cancelAll(std::optional<std::uint32_t> symbol = std::nullopt);

    // Fills, cancellations and expiries (orders that had to trade at once
    // and could not) this trade causes, and the orders it triggers (taken
    // out of the book), appended in order of submission; and the trailing
    // stops it moved, as they now are. A partly filled order stays in the
    // book with its filled quantity and average price.
    void onTick(const Tick &tick, FillList &fills, OrderList &cancelled, OrderList &triggered,
        OrderList *trailed = nullptr);
    // A triggered order back in the book as what it trades as, tried at
    // once against the trade that triggered it.
    void release(Order order, const Tick &tick, FillList &fills, OrderList &cancelled);
    // A triggered order not released (its one-cancels-other sibling filled
    // on the same trade): back in the book, waiting for its trigger.
    void reinstate(const Order &order) { m_open.push_back(order); }

    const std::vector<Order> &openOrders() const { return m_open; }
    // After a restart: the orders still open, the last id handed out and
    // the client ids of the last SeenWindowMs (id, order time; oldest first),
    // so nothing is filled or numbered twice.
    void restore(const OrderList &open, std::int64_t lastOrderId, const ClientOrderIds &seen);
    bool hasSeen(const QString &clientOrderId) const { return m_seen.contains(clientOrderId); }
    qsizetype rememberedIds() const { return m_seen.size(); }

    static constexpr std::int64_t SeenWindowMs = 86'400'000LL;

    // Price after slippage for a taker on `side`, on the symbol's tick, and
    // fees: exposed so tests and reports use the very same arithmetic.
    Decimal slipped(Decimal price, Side side, std::uint32_t symbol) const;
    Decimal fee(Decimal notional, bool maker) const;
    Decimal priceTick(std::uint32_t symbol) const;

private:
    static bool isValid(const Order &order);
    // `unfilled`: what is left of the trade's size for resting orders.
    std::optional<Fill> tryFill(
        Order &order, const Tick &tick, Decimal &unfilled, bool &cancel) const;
    // The quantity a taker may take from this trade: all that remains, or
    // the participation cap's share of the trade.
    Decimal takerQuantity(const Order &order, const Tick &tick) const;
    Decimal wholeLots(Decimal quantity, std::uint32_t symbol) const;
    // Fills (wholly or in part) or ends `order` on this trade; true when it
    // no longer works.
    bool trade(Order &order, const Tick &tick, Decimal &unfilled, FillList &fills,
        OrderList &cancelled) const;

    void remember(const QString &clientOrderId, std::int64_t time);

    BrokerConfig m_config;
    std::int64_t m_nextId = 1;
    QSet<QString> m_seen;
    std::deque<std::pair<std::int64_t, QString>> m_seenByTime; // order time, oldest first
    std::vector<Order> m_open;
    std::vector<Decimal> m_ticks; // per symbol
    std::vector<Decimal> m_steps; // per symbol
};

} // namespace kairos
