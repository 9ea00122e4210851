#include "Bollinger.h"

#include <cmath>
#include <limits>

namespace kairos {

Bollinger::Bollinger(int period, double deviations)
    : m_window(period)
    , m_deviations(deviations)
{ }

BandsValue Bollinger::update(double close)
{
    m_window.push(close);
    if (!m_window.isFull()) {
        constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
        return { NaN, NaN, NaN };
    }
    const double middle = m_window.mean();
    // TA-Lib reports a variance below 1e-8 as no deviation at all.
    const double variance = m_window.populationVariance();
    const double deviation = variance < 1e-8 ? 0.0 : std::sqrt(variance) * m_deviations;
    return { middle + deviation, middle, middle - deviation };
}

} // namespace kairos
