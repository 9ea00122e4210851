#include "MockBroker.h"

#include <algorithm>

namespace kairos {

namespace {

constexpr std::uint64_t BasisPointUnits = 10'000 * std::uint64_t(Decimal::Scale);

} // namespace

MockBroker::MockBroker(const BrokerConfig &config)
    : m_config(config)
{ }

bool MockBroker::isValid(const Order &order)
{
    return !(order.clientOrderId.isEmpty() || order.quantity <= Decimal()
        || (order.released() == OrderType::Limit && order.limitPrice <= Decimal())
        || (order.type == OrderType::TrailingStop
                ? !order.hasValidTrail()
                : order.waitsForTrigger() && order.stopPrice <= Decimal()));
}

MockBroker::SubmitResult MockBroker::submit(Order &order)
{
    if (!isValid(order))
        return SubmitResult::Invalid;
    if (m_seen.contains(order.clientOrderId))
        return SubmitResult::Duplicate;
    remember(order.clientOrderId, order.time);
    order.id = m_nextId++;
    order.status = OrderStatus::Open;
    m_open.push_back(order);
    return SubmitResult::Accepted;
}

bool MockBroker::replace(const Order &order)
{
    if (!isValid(order))
        return false;
    for (Order &working : m_open) {
        if (working.id != order.id)
            continue;
        const bool samePrice = working.limitPrice == order.limitPrice;
        working = order;
        working.resting = working.resting && samePrice;
        return true;
    }
    return false;
}

std::optional<Order> MockBroker::cancel(std::int64_t orderId, OrderStatus status)
{
    for (auto it = m_open.begin(); it != m_open.end(); ++it) {
        if (it->id == orderId) {
            Order order = *it;
            order.status = status;
            m_open.erase(it);
            return order;
        }
    }
    return std::nullopt;
}

OrderList MockBroker::cancelAll(std::optional<std::uint32_t> symbol)
{
    OrderList cancelled;
    std::vector<Order> kept;
    for (Order &order : m_open) {
        if (symbol && order.symbol != *symbol) {
            kept.push_back(order);
            continue;
        }
        order.status = OrderStatus::Cancelled;
        cancelled.append(order);
    }
    m_open = std::move(kept);
    return cancelled;
}

Decimal MockBroker::slipped(Decimal price, Side side, std::uint32_t symbol) const
{
    const Decimal slip
        = Decimal::mulDiv(price, m_config.slippageBps, BasisPointUnits).value_or(Decimal());
    const Decimal raw = side == Side::Buy ? price + slip : price - slip;
    const std::int64_t tick = priceTick(symbol).units();
    const std::int64_t off = tick > 0 ? raw.units() % tick : 0;
    if (off == 0)
        return raw;
    // Up for a buy, down for a sell: slippage never ends in the taker's
    // favour. (Prices are positive, so `off` is the distance to the tick below.)
    const std::int64_t below = raw.units() - off;
    return Decimal::fromUnits(side == Side::Buy ? below + tick : below);
}

Decimal MockBroker::priceTick(std::uint32_t symbol) const
{
    return symbol < m_ticks.size() ? m_ticks[symbol] : Decimal();
}

Decimal MockBroker::fee(Decimal notional, bool maker) const
{
    const Decimal bps = maker ? m_config.makerFeeBps : m_config.takerFeeBps;
    return Decimal::mulDiv(notional, bps, BasisPointUnits).value_or(Decimal());
}

Decimal MockBroker::wholeLots(Decimal quantity, std::uint32_t symbol) const
{
    const std::int64_t step = symbol < m_steps.size() ? m_steps[symbol].units() : 0;
    return step > 0 ? Decimal::fromUnits(quantity.units() / step * step) : quantity;
}

Decimal MockBroker::takerQuantity(const Order &order, const Tick &tick) const
{
    if (m_config.participationPercent <= Decimal())
        return order.remaining();
    const Decimal share = Decimal::mulDiv(tick.quantity, m_config.participationPercent,
        100 * std::uint64_t(Decimal::Scale), Decimal::Rounding::TowardZero)
                              .value_or(Decimal());
    return std::min(order.remaining(), wholeLots(share, order.symbol));
}

std::optional<Fill> MockBroker::tryFill(
    Order &order, const Tick &tick, Decimal &unfilled, bool &cancel) const
{
    cancel = false;
    if (order.symbol != tick.symbol || tick.time < order.time + m_config.latencyMs)
        return std::nullopt;
    const bool buy = order.side == Side::Buy;
    Decimal price;
    Decimal quantity;
    bool maker = false;
    if (order.released() == OrderType::Market) {
        price = slipped(tick.price, order.side, order.symbol);
        quantity = takerQuantity(order, tick);
    } else if (!order.resting) {
        const bool marketable
            = buy ? tick.price <= order.limitPrice : tick.price >= order.limitPrice;
        if (marketable && order.postOnly) {
            cancel = true;
            order.status = OrderStatus::Expired;
            return std::nullopt;
        }
        if (!marketable) {
            cancel = order.timeInForce == TimeInForce::ImmediateOrCancel
                || order.timeInForce == TimeInForce::FillOrKill;
            if (order.timeInForce == TimeInForce::FillOrKill)
                order.status = OrderStatus::Expired;
            order.resting = !cancel;
            return std::nullopt;
        }
        // A taker, but never worse than the limit.
        const Decimal p = slipped(tick.price, order.side, order.symbol);
        price = buy ? std::min(p, order.limitPrice) : std::max(p, order.limitPrice);
        quantity = takerQuantity(order, tick);
    } else {
        const bool through = buy ? tick.price < order.limitPrice : tick.price > order.limitPrice;
        if (!through)
            return std::nullopt;
        price = order.limitPrice;
        maker = true;
        quantity = std::min(order.remaining(), wholeLots(unfilled, order.symbol));
    }
    if (!maker && quantity < order.remaining()) {
        if (order.timeInForce == TimeInForce::FillOrKill) {
            cancel = true;
            order.status = OrderStatus::Expired;
            return std::nullopt;
        }
        // What it cannot take from this trade: an immediate-or-cancel order
        // is cancelled, any other takes its share of the trades to come.
        cancel = quantity <= Decimal() && order.timeInForce == TimeInForce::ImmediateOrCancel;
    }
    if (quantity <= Decimal())
        return std::nullopt;
    const auto notional = Decimal::product(price, quantity);
    if (!notional) {
        cancel = true; // a notional beyond what money can hold: never fillable
        return std::nullopt;
    }
    if (maker)
        unfilled = unfilled - quantity;
    order.addFill(quantity, price);
    Fill fill;
    fill.orderId = order.id;
    fill.clientOrderId = order.clientOrderId;
    fill.symbol = order.symbol;
    fill.side = order.side;
    fill.quantity = quantity;
    fill.price = price;
    fill.fee = fee(*notional, maker);
    fill.time = tick.time;
    fill.maker = maker;
    fill.reason = order.reason;
    fill.cumulativeQuantity = order.filledQuantity;
    fill.leavesQuantity = order.remaining();
    fill.averagePrice = order.averagePrice;
    return fill;
}

void MockBroker::onTick(const Tick &tick, FillList &fills, OrderList &cancelled,
    OrderList &triggered, OrderList *trailed)
{
    if (m_open.empty())
        return;
    std::vector<Order> kept;
    kept.reserve(m_open.size());
    Decimal unfilled = tick.quantity;
    // One trade never fills both orders of a one-cancels-other pair: once
    // one has filled, the other waits (untriggered) for that fill to reduce
    // it, which the trader does next.
    std::vector<std::int64_t> filled;
    const auto siblingFilled = [&filled](const Order &order) {
        return order.ocoId != 0
            && std::find(filled.cbegin(), filled.cend(), order.ocoId) != filled.cend();
    };
    for (Order &order : m_open) {
        if (order.held || siblingFilled(order)) {
            kept.push_back(order);
            continue;
        }
        // An exit with a time limit not yet released: once it comes, it is
        // released to close at market; until then a market exit waits and
        // any other works as its type.
        const bool market = order.type == OrderType::Market;
        if (order.closeAt > 0 && !(market && order.triggered)) {
            if (order.symbol == tick.symbol && tick.time >= order.closeAt
                && tick.time >= order.time + m_config.latencyMs) {
                order.type = OrderType::Market;
                order.limitPrice = Decimal();
                order.resting = false;
                triggered.append(order);
                continue;
            }
            if (market) {
                kept.push_back(order);
                continue;
            }
        }
        if (order.waitsForTrigger()) {
            const bool live
                = order.symbol == tick.symbol && tick.time >= order.time + m_config.latencyMs;
            // A new best price moves the stop away from this very trade.
            if (live && order.trail(tick.price, priceTick(order.symbol)) && trailed)
                trailed->append(order);
            if (live && order.triggersAt(tick.price))
                triggered.append(order);
            else
                kept.push_back(order);
            continue;
        }
        const qsizetype before = fills.size();
        if (!trade(order, tick, unfilled, fills, cancelled))
            kept.push_back(order);
        if (fills.size() == before || order.ocoId == 0)
            continue;
        filled.push_back(order.id);
        const auto sibling = std::find_if(triggered.begin(), triggered.end(),
            [&order](const Order &o) { return o.id == order.ocoId; });
        if (sibling != triggered.end()) {
            kept.push_back(*sibling);
            triggered.erase(sibling);
        }
    }
    m_open = std::move(kept);
}

void MockBroker::release(Order order, const Tick &tick, FillList &fills, OrderList &cancelled)
{
    order.triggered = true;
    order.resting = false;
    // It trades as a taker: the trade's size bounds it only by the cap.
    Decimal unfilled = tick.quantity;
    if (!trade(order, tick, unfilled, fills, cancelled))
        m_open.push_back(order);
}

bool MockBroker::trade(
    Order &order, const Tick &tick, Decimal &unfilled, FillList &fills, OrderList &cancelled) const
{
    bool cancel = false;
    if (auto fill = tryFill(order, tick, unfilled, cancel)) {
        fills.append(*fill);
        if (order.remaining() <= Decimal())
            return true;
        // The rest of a limit order that took what it could rests at its
        // limit, unless it had to trade at once.
        cancel = order.timeInForce == TimeInForce::ImmediateOrCancel;
        order.resting = order.released() == OrderType::Limit;
    }
    if (!cancel)
        return false;
    if (order.status == OrderStatus::Open || order.status == OrderStatus::PartiallyFilled)
        order.status = OrderStatus::Cancelled;
    cancelled.append(order);
    return true;
}

void MockBroker::remember(const QString &clientOrderId, std::int64_t time)
{
    m_seen.insert(clientOrderId);
    m_seenByTime.emplace_back(time, clientOrderId);
    while (m_seenByTime.front().first < time - SeenWindowMs) {
        const QString old = std::move(m_seenByTime.front().second);
        m_seenByTime.pop_front();
        // An order still working keeps its id: it comes round again, and
        // goes a window after the order has ended.
        if (std::any_of(m_open.cbegin(), m_open.cend(),
                [&old](const Order &o) { return o.clientOrderId == old; }))
            m_seenByTime.emplace_back(time, old);
        else
            m_seen.remove(old);
    }
}

void MockBroker::restore(
    const OrderList &open, std::int64_t lastOrderId, const ClientOrderIds &seen)
{
    m_open.assign(open.begin(), open.end());
    // They were in the book before the restart; a held exit was not yet.
    for (Order &order : m_open)
        order.resting
            = order.released() == OrderType::Limit && !order.waitsForTrigger() && !order.held;
    m_nextId = std::max(m_nextId, lastOrderId + 1);
    for (const auto &[clientOrderId, time] : seen)
        remember(clientOrderId, time);
    for (const Order &order : open)
        m_seen.insert(order.clientOrderId);
}

} // namespace kairos
