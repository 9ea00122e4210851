#include "InstrumentSteps.h"

namespace kairos {

std::int64_t InstrumentSteps::stepOf(const Decimal &value)
{
    const std::int64_t units = value.units();
    std::int64_t step = 1;
    while (step < Decimal::fromInteger(1).units() && units % (step * 10) == 0)
        step *= 10;
    return step;
}

void InstrumentSteps::add(const Tick &tick)
{
    const std::size_t s = tick.symbol;
    if (s >= m_price.size()) {
        m_price.resize(s + 1, Decimal::fromInteger(1).units());
        m_quantity.resize(s + 1, Decimal::fromInteger(1).units());
    }
    m_price[s] = std::min(m_price[s], stepOf(tick.price));
    m_quantity[s] = std::min(m_quantity[s], stepOf(tick.quantity));
}

void InstrumentSteps::applyTo(InstrumentList &instruments) const
{
    for (qsizetype i = 0; i < instruments.size() && std::size_t(i) < m_price.size(); ++i) {
        instruments[i].priceIncrement = Decimal::fromUnits(m_price[std::size_t(i)]);
        instruments[i].quantityIncrement = Decimal::fromUnits(m_quantity[std::size_t(i)]);
    }
}

} // namespace kairos
