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
    // A deviation within the rounding of the prices is none at all; judged
    // relative to the price (as TA-Lib's newest code does), since TA-Lib's
    // absolute threshold on the variance (1e-14, here once 1e-8) collapses
    // the bands of any instrument priced near 1e-5 or quiet near 1.
    const double deviation = std::sqrt(m_window.populationVariance());
    const double width
        = deviation <= ZeroDeviation * std::abs(middle) ? 0.0 : deviation * m_deviations;
    return { middle + width, middle, middle - width };
}

} // namespace kairos
