#pragma once

#include "model/Alert.h"
#include "model/Instrument.h"
#include "model/Order.h"
#include "strategy/OrderSizing.h"
#include "strategy/Signal.h"
#include "strategy/StrategyExits.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace kairos {

// The orders a strategy's signal makes: sized by the strategy's sizing mode,
// with its exits at their distances on the tick. Pure: the account and the
// market come in as arguments. A signal that cannot be traded makes no
// order and an alert saying why.
class SignalOrders
{
    Q_DECLARE_TR_FUNCTIONS(SignalOrders)

public:
    struct Account
    {
        Decimal price; // the last trade of the signal's symbol, above 0
        Decimal held; // the position once the orders already sent have filled
        Decimal equity;
        std::int64_t time = 0; // the trader's clock: no order is older
    };

    SignalOrders(const InstrumentList &instruments, const QLocale &locale);

    // The orders to send, in turn: none when already positioned the signal's
    // way (signals do not pyramid) or told to ignore it; a closing order
    // before a bracket that turns the position round.
    QList<Order> ordersFor(const Signal &signal, const OrderSizing &sizing,
        const StrategyExits &exits, const Account &account, AlertList &alerts) const;

private:
    // Nullopt when the size overflows what a Decimal holds. `risked`: the
    // loss per unit at the stop (sizing by risk).
    std::optional<Decimal> sizeFor(const Signal &signal, const OrderSizing &sizing, Decimal price,
        Decimal risked, Decimal equity) const;
    // Sets the order's take-profit, stop-loss, trailing distance and time
    // limit from the exits at `price`, on the tick and away from it; false
    // (and an alert) when one cannot be measured yet.
    bool attachExits(Order &order, const Signal &signal, const StrategyExits &exits, Decimal price,
        AlertList &alerts) const;
    QString priceText(Decimal price, std::uint32_t symbol) const; // to the symbol's tick

    const InstrumentList &m_instruments;
    const QLocale &m_locale;
};

} // namespace kairos
