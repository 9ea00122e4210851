#pragma once

// What the broker's and the trader's tests share: exact decimals, trades of
// one unit, orders in a line, and a broker that slips and charges fees.

#include "execution/MockBroker.h"

namespace kairos::testing {

inline Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

inline Tick tick(std::int64_t time, const char *price, std::uint32_t symbol = 0)
{
    Tick t;
    t.time = time;
    t.price = d(price);
    t.quantity = d("1");
    t.symbol = symbol;
    return t;
}

inline Order order(const char *id, Side side, OrderType type, const char *quantity,
    const char *limit = "0", TimeInForce tif = TimeInForce::GoodTillCancel)
{
    Order o;
    o.clientOrderId = QString::fromLatin1(id);
    o.side = side;
    o.type = type;
    o.quantity = d(quantity);
    o.limitPrice = d(limit);
    o.timeInForce = tif;
    return o;
}

inline BrokerConfig config()
{
    BrokerConfig c;
    c.slippageBps = d("2.5");
    c.makerFeeBps = d("1");
    c.takerFeeBps = d("7.5");
    return c;
}

} // namespace kairos::testing
