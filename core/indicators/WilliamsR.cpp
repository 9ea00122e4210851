#include "WilliamsR.h"

#include <cmath>
#include <limits>

namespace kairos {

WilliamsR::WilliamsR(int period)
    : m_period(period > 0 ? period : 1)
    , m_range(m_period)
{ }

double WilliamsR::update(const Bar &bar)
{
    m_range.push(bar.high, bar.low);
    if (!m_range.isFull())
        return std::numeric_limits<double>::quiet_NaN();
    const double highest = m_range.highest();
    const double range = highest - m_range.lowest();
    // A flat range is neither overbought nor oversold: −50, the middle, as a
    // flat Stochastic's 50 (TA-Lib says 0, the top: "overbought").
    if (range <= ZeroRange * std::fabs(highest))
        return -50.0;
    // TA-Lib's order of operations, so the values agree to the bit; + 0.0
    // turns the −0 of a close at the high into 0 (no "-0.00" on an axis).
    return (highest - bar.close) / (range / -100.0) + 0.0;
}

void WilliamsR::save(QDataStream &out) const
{
    out << qint32(m_period);
    m_range.save(out);
}

bool WilliamsR::load(QDataStream &in)
{
    // RollingExtremes' state does not say its size.
    qint32 savedPeriod = 0;
    in >> savedPeriod;
    return in.status() == QDataStream::Ok && savedPeriod == m_period && m_range.load(in);
}

} // namespace kairos
