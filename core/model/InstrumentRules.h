#pragma once

#include "Instrument.h"

#include <optional>

namespace kairos {

// A venue's rules for an order of one instrument: the lot step, the price
// tick, the minimum quantity and the minimum notional. One place, so the
// order ticket warns of exactly what the paper broker would refuse.
class InstrumentRules
{
public:
    enum class Rule { QuantityStep, PriceTick, StopPriceTick, MinQuantity, MinNotional };
    struct Breach
    {
        Rule rule = Rule::QuantityStep;
        Decimal limit; // the step, tick or minimum
        Decimal value; // what broke it: the quantity, a price or the notional
    };

    // The first rule an order of `quantity` breaks, with its limit and stop
    // prices (none: 0) and its notional taken at `price` (unknown: 0, not
    // checked).
    static std::optional<Breach> check(const Instrument &instrument, Decimal quantity,
        Decimal limitPrice, Decimal price, Decimal stopPrice = Decimal());
    // Decimal places of the price tick: how prices of it are shown and
    // written (8 when the tick is unknown).
    static int priceDecimals(const Instrument &instrument);
    // The smallest quantity the rules allow without knowing the price.
    static Decimal smallestQuantity(const Instrument &instrument);
    // Rule names as the risk and broker events spell them ("quantityStep").
    static QString key(Rule rule);
};

} // namespace kairos
