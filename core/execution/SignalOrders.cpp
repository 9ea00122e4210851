#include "SignalOrders.h"

#include "model/LocaleDecimal.h"

#include <algorithm>

namespace kairos {

namespace {

// Rounds a quantity down to the instrument's increment.
Decimal floorTo(Decimal quantity, Decimal increment)
{
    if (increment <= Decimal())
        return quantity;
    return Decimal::fromUnits(quantity.units() / increment.units() * increment.units());
}

} // namespace

SignalOrders::SignalOrders(const InstrumentList &instruments, const QLocale &locale)
    : m_instruments(instruments)
    , m_locale(locale)
{ }

QList<Order> SignalOrders::ordersFor(const Signal &signal, const OrderSizing &sizing,
    const StrategyExits &exits, const Account &account, AlertList &alerts) const
{
    const Decimal price = account.price;
    const Decimal held = account.held;
    const bool buy = signal.side == Side::Buy;
    const bool against = buy ? held < Decimal() : held > Decimal();
    if ((buy && held > Decimal()) || (!buy && held < Decimal()))
        return {}; // already positioned this way: signals do not pyramid
    if (against && sizing.whenPositioned == OrderSizing::WhenPositioned::Ignore)
        return {};
    const bool closing = against && sizing.whenPositioned == OrderSizing::WhenPositioned::Reduce;
    const QString symbol = m_instruments.value(signal.symbol).symbol;
    Order order;
    order.clientOrderId = Order::clientIdForSignal(symbol, signal.rule, signal.time);
    order.symbol = signal.symbol;
    order.side = signal.side;
    order.type = OrderType::Market;
    order.time = std::max(signal.time, account.time);
    order.reason = signal.reason;
    if (!closing && !exits.isEmpty() && !attachExits(order, signal, exits, price, alerts))
        return {};
    const Decimal risked
        = order.stopLoss > Decimal() ? (price - order.stopLoss).abs() : order.stopLossTrail;
    const std::optional<Decimal> sized = sizeFor(signal, sizing, price, risked, account.equity);
    if (!sized) {
        alerts.append({ signal.time, AlertSeverity::Warning, QStringLiteral("strategy"),
            tr("%1 %2 signal not traded: its size at %3 is beyond what an order can hold")
                .arg(sideLabel(signal.side), symbol, priceText(price, signal.symbol)) });
        return {};
    }
    order.quantity = closing ? held.abs() : *sized;
    if (order.quantity <= Decimal()) {
        alerts.append({ signal.time, AlertSeverity::Warning, QStringLiteral("strategy"),
            tr("%1 %2 signal not traded: its size at %3 rounds to 0 at the quantity step %4")
                .arg(sideLabel(signal.side), symbol, priceText(price, signal.symbol),
                    LocaleDecimal::display(m_instruments.value(signal.symbol).quantityIncrement,
                        Decimal(), m_locale)) });
        return {};
    }
    QList<Order> orders;
    if (against && !closing) {
        if (!order.hasExits()) {
            order.quantity = order.quantity + held.abs();
        } else {
            // Closed first, so the bracket's exits guard only the new position.
            Order close = order;
            close.clientOrderId += QStringLiteral(":close");
            close.quantity = held.abs();
            close.takeProfit = close.stopLoss = close.stopLossTrail = Decimal();
            close.timeLimit = 0;
            orders.append(close);
        }
    }
    orders.append(order);
    return orders;
}

std::optional<Decimal> SignalOrders::sizeFor(const Signal &signal, const OrderSizing &sizing,
    Decimal price, Decimal risked, Decimal equity) const
{
    std::optional<Decimal> notional;
    switch (sizing.mode) {
    case OrderSizing::Mode::FixedQuantity:
        return floorTo(sizing.value, m_instruments.value(signal.symbol).quantityIncrement);
    case OrderSizing::Mode::FixedNotional:
        notional = sizing.value;
        break;
    case OrderSizing::Mode::PercentOfEquity:
        notional = Decimal::mulDiv(equity, sizing.value, 100 * std::uint64_t(Decimal::Scale));
        break;
    case OrderSizing::Mode::RiskPercent: {
        // As many units as lose that share of equity at the stop.
        const auto loss
            = Decimal::mulDiv(equity, sizing.value, 100 * std::uint64_t(Decimal::Scale));
        const auto quantity = loss && risked > Decimal() ? Decimal::mulDiv(*loss,
                                  Decimal::fromUnits(Decimal::Scale), std::uint64_t(risked.units()))
                                                         : std::nullopt;
        if (!quantity)
            return std::nullopt;
        return floorTo(*quantity, m_instruments.value(signal.symbol).quantityIncrement);
    }
    }
    const auto quantity = notional ? Decimal::mulDiv(*notional, Decimal::fromUnits(Decimal::Scale),
                              std::uint64_t(price.units()))
                                   : std::nullopt;
    if (!quantity)
        return std::nullopt;
    return floorTo(*quantity, m_instruments.value(signal.symbol).quantityIncrement);
}

bool SignalOrders::attachExits(Order &order, const Signal &signal, const StrategyExits &exits,
    Decimal price, AlertList &alerts) const
{
    const std::int64_t tick
        = std::max<std::int64_t>(m_instruments.value(order.symbol).priceIncrement.units(), 1);
    const bool buy = order.side == Side::Buy;
    const auto away = [tick](std::int64_t units, bool up) {
        const std::int64_t below = units / tick * tick;
        return Decimal::fromUnits(up && below != units ? below + tick : below);
    };
    const auto measure
        = [&](const StrategyExits::Distance &exit, const QString &name, Decimal &distance) {
              if (!exit.isSet())
                  return true;
              if (const auto d = exit.from(price, signal.atr); d && *d > Decimal()) {
                  distance = away(d->units(), true);
                  return true;
              }
              alerts.append({ signal.time, AlertSeverity::Warning, QStringLiteral("strategy"),
                  tr("%1 %2 signal not traded: its %3 is measured in ATR(%4), not known yet")
                      .arg(sideLabel(signal.side), m_instruments.value(signal.symbol).symbol, name)
                      .arg(StrategyExits::AtrPeriod) });
              return false;
          };
    Decimal stop;
    Decimal profit;
    Decimal trail;
    if (!measure(exits.stopLoss, tr("stop loss"), stop)
        || !measure(exits.takeProfit, tr("take profit"), profit)
        || !measure(exits.trailingStop, tr("trailing stop"), trail))
        return false;
    // A stop-loss a whole price away (or more) would never trigger.
    if (buy && stop >= price) {
        alerts.append({ signal.time, AlertSeverity::Warning, QStringLiteral("strategy"),
            tr("%1 %2 signal not traded: its stop loss %3 below %4 would be at or below zero")
                .arg(sideLabel(signal.side), m_instruments.value(signal.symbol).symbol,
                    priceText(stop, signal.symbol), priceText(price, signal.symbol)) });
        return false;
    }
    if (stop > Decimal())
        order.stopLoss = buy ? price - stop : price + stop;
    if (profit > Decimal()) {
        Decimal target = buy ? price + profit : price - profit;
        order.takeProfit = target > Decimal() ? target : away(1, true);
    }
    order.stopLossTrail = trail;
    if (exits.timeLimitCandles > 0)
        order.timeLimit = order.time + exits.timeLimitCandles * signal.timeframe.milliseconds();
    // On the tick, the exits no nearer than their distance.
    if (order.stopLoss > Decimal())
        order.stopLoss = away(order.stopLoss.units(), !buy);
    if (order.takeProfit > Decimal())
        order.takeProfit = away(order.takeProfit.units(), buy);
    return true;
}

QString SignalOrders::priceText(Decimal price, std::uint32_t symbol) const
{
    return LocaleDecimal::display(price, m_instruments.value(symbol).priceIncrement, m_locale);
}

} // namespace kairos
