#pragma once

#include "model/Instrument.h"
#include "model/Tick.h"

#include <vector>

namespace kairos {

// The finest step each instrument's prices and quantities use in a file that
// does not say: 1e-8 everywhere would show eight decimals.
class InstrumentSteps
{
public:
    void add(const Tick &tick);
    // Sets the increments of the instruments seen; others keep theirs.
    void applyTo(InstrumentList &instruments) const;

private:
    static std::int64_t stepOf(const Decimal &value);

    std::vector<std::int64_t> m_price;
    std::vector<std::int64_t> m_quantity;
};

} // namespace kairos
