#include "Order.h"

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
    const bool stop = type == OrderType::StopMarket || type == OrderType::StopLimit;
    const bool buy = side == Side::Buy;
    // A buy stop is reached from below, a buy if-touched from above.
    return buy == stop ? price >= stopPrice : price <= stopPrice;
}

Decimal Order::workingPrice() const
{
    if (released() == OrderType::Limit)
        return limitPrice;
    return waitsForTrigger() ? stopPrice : Decimal();
}

namespace {

constexpr std::pair<OrderType, const char *> TypeKeys[] = {
    { OrderType::Market, "market" },
    { OrderType::Limit, "limit" },
    { OrderType::StopMarket, "stop_market" },
    { OrderType::StopLimit, "stop_limit" },
    { OrderType::MarketIfTouched, "market_if_touched" },
    { OrderType::LimitIfTouched, "limit_if_touched" },
};
constexpr std::pair<TimeInForce, const char *> TimeInForceKeys[] = {
    { TimeInForce::GoodTillCancel, "gtc" },
    { TimeInForce::ImmediateOrCancel, "ioc" },
    { TimeInForce::FillOrKill, "fok" },
    { TimeInForce::Day, "day" },
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

QString Order::clientIdForSignal(
    const QString &symbol, const QString &rule, std::int64_t candleTime)
{
    return QStringLiteral("sig:%1:%2:%3").arg(symbol, rule).arg(candleTime);
}

} // namespace kairos
