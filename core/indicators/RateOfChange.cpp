#include "RateOfChange.h"

#include <limits>

namespace kairos {

RateOfChange::RateOfChange(int period)
    : m_closes(period > 0 ? period : 1)
{ }

double RateOfChange::update(const Bar &bar)
{
    const bool ready = m_closes.isFull();
    const double base = m_closes.oldest();
    m_closes.push(bar.close);
    if (!ready)
        return std::numeric_limits<double>::quiet_NaN();
    // No real price is zero; from a zero base there is no rate to speak of,
    // and 0 (TA-Lib's choice) reads as "no change" rather than infinity.
    return base != 0.0 ? ((bar.close / base) - 1.0) * 100.0 : 0.0;
}

} // namespace kairos
