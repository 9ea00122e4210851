#include "InstrumentRules.h"

namespace kairos {

namespace {

bool offStep(Decimal value, Decimal step)
{
    return step > Decimal() && value.units() % step.units() != 0;
}

} // namespace

std::optional<InstrumentRules::Breach> InstrumentRules::check(const Instrument &instrument,
    Decimal quantity, Decimal limitPrice, Decimal price, Decimal stopPrice)
{
    if (offStep(quantity, instrument.quantityIncrement))
        return Breach { Rule::QuantityStep, instrument.quantityIncrement, quantity };
    if (limitPrice > Decimal() && offStep(limitPrice, instrument.priceIncrement))
        return Breach { Rule::PriceTick, instrument.priceIncrement, limitPrice };
    if (stopPrice > Decimal() && offStep(stopPrice, instrument.priceIncrement))
        return Breach { Rule::StopPriceTick, instrument.priceIncrement, stopPrice };
    if (instrument.minQuantity > Decimal() && quantity < instrument.minQuantity)
        return Breach { Rule::MinQuantity, instrument.minQuantity, quantity };
    const Decimal at = limitPrice > Decimal() ? limitPrice : price;
    if (const auto notional = Decimal::product(at, quantity); instrument.minNotional > Decimal()
        && at > Decimal() && notional && *notional < instrument.minNotional)
        return Breach { Rule::MinNotional, instrument.minNotional, *notional };
    return std::nullopt;
}

int InstrumentRules::priceDecimals(const Instrument &instrument)
{
    return instrument.priceIncrement > Decimal() ? instrument.priceIncrement.decimals()
                                                 : Decimal::Digits;
}

Decimal InstrumentRules::smallestQuantity(const Instrument &instrument)
{
    const Decimal step = instrument.quantityIncrement > Decimal() ? instrument.quantityIncrement
                                                                  : Decimal::fromUnits(1);
    if (instrument.minQuantity <= step)
        return step;
    // The minimum, rounded up to the step.
    const std::int64_t steps = (instrument.minQuantity.units() + step.units() - 1) / step.units();
    return Decimal::fromUnits(steps * step.units());
}

QString InstrumentRules::key(Rule rule)
{
    switch (rule) {
    case Rule::QuantityStep:
        return QStringLiteral("quantityStep");
    case Rule::PriceTick:
        return QStringLiteral("priceTick");
    case Rule::StopPriceTick:
        return QStringLiteral("stopPriceTick");
    case Rule::MinQuantity:
        return QStringLiteral("minQuantity");
    case Rule::MinNotional:
        return QStringLiteral("minNotional");
    }
    return {};
}

} // namespace kairos
