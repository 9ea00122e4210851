#include "Order.h"

#include <algorithm>
#include <limits>

namespace kairos {

bool Order::waitsForTrigger() const
{
    return !triggered && released() != type;
}

OrderType Order::released() const
{
    switch (type) {
    case OrderType::Market:
    case OrderType::StopMarket:
    case OrderType::MarketIfTouched:
    case OrderType::TrailingStop:
        return OrderType::Market;
    case OrderType::Limit:
    case OrderType::StopLimit:
    case OrderType::LimitIfTouched:
        return OrderType::Limit;
    }
    return OrderType::Market;
}

bool Order::triggersAt(Decimal price) const
{
    if (type == OrderType::TrailingStop && stopPrice <= Decimal())
        return false;
    const bool stop = type == OrderType::StopMarket || type == OrderType::StopLimit
        || type == OrderType::TrailingStop;
    const bool buy = side == Side::Buy;
    // A buy stop is reached from below, a buy if-touched from above.
    return buy == stop ? price >= stopPrice : price <= stopPrice;
}

Decimal Order::workingPrice() const
{
    if (released() == OrderType::Limit)
        return limitPrice;
    if (!waitsForTrigger())
        return Decimal();
    if (type == OrderType::TrailingStop && stopPrice <= Decimal())
        return activationPrice;
    return stopPrice;
}

Decimal Order::triggerPriceToCheck() const
{
    if (!waitsForTrigger())
        return Decimal();
    return type == OrderType::TrailingStop ? activationPrice : stopPrice;
}

bool Order::hasValidTrail() const
{
    return trailOffset > Decimal() && (!trailPercent || trailOffset < Decimal::fromInteger(100))
        && activationPrice >= Decimal();
}

bool Order::trail(Decimal price, Decimal tick)
{
    if (type != OrderType::TrailingStop || triggered || price <= Decimal() || !hasValidTrail())
        return false;
    const bool sell = side == Side::Sell;
    if (trailExtreme <= Decimal()) {
        if (activationPrice > Decimal()
            && (sell ? price < activationPrice : price > activationPrice))
            return false;
        trailExtreme = price;
    } else if (sell ? price > trailExtreme : price < trailExtreme) {
        trailExtreme = price;
    } else {
        return false;
    }
    const Decimal offset = trailPercent ? Decimal::mulDiv(trailExtreme, trailOffset,
                               100 * std::uint64_t(Decimal::Scale), Decimal::Rounding::AwayFromZero)
                                              .value_or(trailExtreme)
                                        : trailOffset;
    if (!sell && offset.units() > std::numeric_limits<std::int64_t>::max() - trailExtreme.units())
        return true; // a stop beyond any price: it never triggers
    std::int64_t stop = sell ? trailExtreme.units() - std::min(offset, trailExtreme).units()
                             : trailExtreme.units() + offset.units();
    // Away from the market: the distance is at least the offset.
    if (tick > Decimal() && stop % tick.units() != 0)
        stop = stop / tick.units() * tick.units() + (sell ? 0 : tick.units());
    if (stop <= 0)
        stop = std::max<std::int64_t>(tick.units(), 1);
    const Decimal moved = Decimal::fromUnits(stop);
    if (stopPrice <= Decimal() || (sell ? moved > stopPrice : moved < stopPrice))
        stopPrice = moved;
    return true;
}

void Order::addFill(Decimal traded, Decimal price)
{
    const Decimal before = filledQuantity;
    filledQuantity = filledQuantity + traded;
    // Each part weighted by its share of what has now traded; the second
    // product cannot overflow where the fill's notional did not.
    const auto divisor = std::uint64_t(filledQuantity.units());
    averagePrice = Decimal::mulDiv(averagePrice, before, divisor).value_or(Decimal())
        + Decimal::mulDiv(price, traded, divisor).value_or(price);
    status = filledQuantity >= quantity ? OrderStatus::Filled : OrderStatus::PartiallyFilled;
}

namespace {

constexpr std::pair<OrderType, const char *> TypeKeys[] = {
    { OrderType::Market, "market" },
    { OrderType::Limit, "limit" },
    { OrderType::StopMarket, "stop_market" },
    { OrderType::StopLimit, "stop_limit" },
    { OrderType::MarketIfTouched, "market_if_touched" },
    { OrderType::LimitIfTouched, "limit_if_touched" },
    { OrderType::TrailingStop, "trailing_stop" },
};
constexpr std::pair<TimeInForce, const char *> TimeInForceKeys[] = {
    { TimeInForce::GoodTillCancel, "gtc" },
    { TimeInForce::ImmediateOrCancel, "ioc" },
    { TimeInForce::FillOrKill, "fok" },
    { TimeInForce::Day, "day" },
};

constexpr std::pair<OrderStatus, const char *> StatusKeys[] = {
    { OrderStatus::Open, "open" },
    { OrderStatus::PartiallyFilled, "partially_filled" },
    { OrderStatus::Filled, "filled" },
    { OrderStatus::Cancelled, "cancelled" },
    { OrderStatus::Expired, "expired" },
    { OrderStatus::Denied, "denied" },
};

template<typename Enum, std::size_t N>
QLatin1StringView keyOf(const std::pair<Enum, const char *> (&keys)[N], Enum value)
{
    for (const auto &[v, key] : keys) {
        if (v == value)
            return QLatin1StringView(key);
    }
    return QLatin1StringView(keys[0].second);
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::pair<Enum, const char *> (&keys)[N], QStringView key)
{
    for (const auto &[v, name] : keys) {
        if (key == QLatin1StringView(name))
            return v;
    }
    return std::nullopt;
}

} // namespace

QLatin1StringView orderTypeKey(OrderType type)
{
    return keyOf(TypeKeys, type);
}

std::optional<OrderType> orderTypeFromKey(QStringView key)
{
    return valueOf(TypeKeys, key);
}

QLatin1StringView timeInForceKey(TimeInForce timeInForce)
{
    return keyOf(TimeInForceKeys, timeInForce);
}

std::optional<TimeInForce> timeInForceFromKey(QStringView key)
{
    return valueOf(TimeInForceKeys, key);
}

QLatin1StringView orderStatusKey(OrderStatus status)
{
    return keyOf(StatusKeys, status);
}

QString Order::clientIdForSignal(
    const QString &symbol, const QString &rule, std::int64_t candleTime)
{
    return QStringLiteral("sig:%1:%2:%3").arg(symbol, rule).arg(candleTime);
}

} // namespace kairos
