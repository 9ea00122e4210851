#include "SuperTrend.h"

#include <cmath>
#include <limits>

namespace kairos {

SuperTrend::SuperTrend(int atrPeriod, double multiplier)
    : m_atr(atrPeriod)
    , m_multiplier(multiplier)
{ }

double SuperTrend::update(const Bar &bar)
{
    const double atr = m_atr.update(bar.high, bar.low, bar.close);
    const double previousClose = m_previousClose;
    m_previousClose = bar.close;
    if (std::isnan(atr))
        return std::numeric_limits<double>::quiet_NaN();
    const double middle = (bar.high + bar.low) / 2.0;
    double upper = middle + m_multiplier * atr;
    double lower = middle - m_multiplier * atr;
    if (m_direction == 0) {
        m_direction = -1;
    } else {
        // A band moves only towards the price, unless the previous close
        // already broke through it.
        if (!(upper < m_upper || previousClose > m_upper))
            upper = m_upper;
        if (!(lower > m_lower || previousClose < m_lower))
            lower = m_lower;
        if (m_direction < 0 && bar.close > upper)
            m_direction = 1;
        else if (m_direction > 0 && bar.close < lower)
            m_direction = -1;
    }
    m_upper = upper;
    m_lower = lower;
    return m_direction > 0 ? lower : upper;
}

void SuperTrend::save(QDataStream &out) const
{
    m_atr.save(out);
    out << qint32(m_direction) << m_upper << m_lower << m_previousClose;
}

bool SuperTrend::load(QDataStream &in)
{
    qint32 direction = 0;
    if (!m_atr.load(in))
        return false;
    in >> direction >> m_upper >> m_lower >> m_previousClose;
    m_direction = direction;
    return in.status() == QDataStream::Ok && direction >= -1 && direction <= 1;
}

} // namespace kairos
