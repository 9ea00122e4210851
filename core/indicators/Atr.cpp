#include "Atr.h"

#include <cmath>
#include <limits>

namespace kairos {

Atr::Atr(int period)
    : m_period(period > 0 ? period : 1)
{ }

double Atr::update(double high, double low, double close)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const qint64 index = m_count++;
    const double previous = m_previousClose;
    m_previousClose = close;
    if (index == 0)
        return NaN;
    // The largest of the bar's range and its distances to the previous close,
    // in TA-Lib's order of operations.
    double range = high - low;
    range = std::max(range, std::fabs(high - previous));
    range = std::max(range, std::fabs(low - previous));

    const double n = double(m_period);
    if (index <= m_period) {
        m_value += range;
        if (index < m_period)
            return NaN;
        m_value /= n;
        return m_value;
    }
    m_value *= n - 1;
    m_value += range;
    m_value /= n;
    return m_value;
}

void Atr::save(QDataStream &out) const
{
    out << m_count << m_previousClose << m_value;
}

bool Atr::load(QDataStream &in)
{
    in >> m_count >> m_previousClose >> m_value;
    return in.status() == QDataStream::Ok && m_count >= 0;
}

} // namespace kairos
