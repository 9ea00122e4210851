#include "Momentum.h"

#include <limits>

namespace kairos {

Momentum::Momentum(int period)
    : m_closes(period > 0 ? period : 1)
{ }

double Momentum::update(const Bar &bar)
{
    const bool ready = m_closes.isFull();
    const double base = m_closes.oldest();
    m_closes.push(bar.close);
    return ready ? bar.close - base : std::numeric_limits<double>::quiet_NaN();
}

} // namespace kairos
