#pragma once

// What the paper trader's tests share: one BTCUSDT instrument on a 0.001
// lot, trades of one unit, orders and signals in a line, and a broker and
// limits that stay out of the way unless a test sets them.

#include "BrokerFixtures.h"
#include "execution/PaperTrader.h"

namespace kairos::testing {

inline InstrumentList instruments()
{
    InstrumentList list(1);
    list[0].symbol = QStringLiteral("BTCUSDT");
    list[0].quantityIncrement = d("0.001");
    return list;
}

inline Signal signal(Side side, std::int64_t time, const char *rule = "RSI(14) 30/70")
{
    Signal s;
    s.side = side;
    s.time = time;
    s.rule = QString::fromLatin1(rule);
    s.reason = QStringLiteral("test");
    return s;
}

inline Order limitOrder(Side side, const char *price, const char *quantity)
{
    Order o;
    o.side = side;
    o.type = OrderType::Limit;
    o.limitPrice = d(price);
    o.quantity = d(quantity);
    return o;
}

inline Order marketOrder(Side side, const char *quantity)
{
    Order o;
    o.side = side;
    o.quantity = d(quantity);
    return o;
}

inline BrokerConfig freeBroker()
{
    BrokerConfig c;
    c.slippageBps = c.makerFeeBps = c.takerFeeBps = Decimal();
    return c;
}

inline RiskLimits openLimits()
{
    RiskLimits l;
    l.maxOrderNotional = l.maxPositionNotional = l.maxGrossExposure = Decimal();
    l.maxOrdersPerMinute = 0;
    l.cooldownAfterLossSeconds = 0;
    return l;
}

} // namespace kairos::testing
