#include "ParabolicSar.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kairos {

namespace {

double nonNegative(double value)
{
    return std::isfinite(value) && value > 0.0 ? value : 0.0;
}

} // namespace

ParabolicSar::ParabolicSar(double acceleration, double maximum)
    : m_acceleration(std::min(nonNegative(acceleration), nonNegative(maximum)))
    , m_maximum(nonNegative(maximum))
    , m_factor(m_acceleration)
{ }

double ParabolicSar::update(const Bar &bar)
{
    const qint64 index = m_count++;
    double previousHigh = m_previousHigh;
    double previousLow = m_previousLow;
    m_previousHigh = bar.high;
    m_previousLow = bar.low;
    if (index == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (index == 1) {
        const double up = bar.high - previousHigh;
        const double down = previousLow - bar.low;
        m_isLong = !(down > 0 && up < down);
        m_sar = m_isLong ? previousLow : previousHigh;
        m_extreme = m_isLong ? bar.high : bar.low;
        m_factor = m_acceleration;
        // TA-Lib keeps the first SAR out of the second bar's range only, not
        // the first bar's.
        previousHigh = bar.high;
        previousLow = bar.low;
    }

    double sar = m_sar;
    if (m_isLong) {
        if (bar.low <= sar) {
            // Reversed: the stop jumps to the long trade's extreme, kept out
            // of this bar's and the previous bar's range.
            m_isLong = false;
            sar = std::max({ m_extreme, previousHigh, bar.high });
            m_factor = m_acceleration;
            m_extreme = bar.low;
            m_sar = std::max({ sar + m_factor * (m_extreme - sar), previousHigh, bar.high });
            return sar;
        }
        if (bar.high > m_extreme) {
            m_extreme = bar.high;
            m_factor = std::min(m_factor + m_acceleration, m_maximum);
        }
        m_sar = std::min({ sar + m_factor * (m_extreme - sar), previousLow, bar.low });
        return sar;
    }
    if (bar.high >= sar) {
        m_isLong = true;
        sar = std::min({ m_extreme, previousLow, bar.low });
        m_factor = m_acceleration;
        m_extreme = bar.high;
        m_sar = std::min({ sar + m_factor * (m_extreme - sar), previousLow, bar.low });
        return sar;
    }
    if (bar.low < m_extreme) {
        m_extreme = bar.low;
        m_factor = std::min(m_factor + m_acceleration, m_maximum);
    }
    m_sar = std::max({ sar + m_factor * (m_extreme - sar), previousHigh, bar.high });
    return sar;
}

void ParabolicSar::save(QDataStream &out) const
{
    out << m_count << m_previousHigh << m_previousLow << m_isLong << m_sar << m_extreme << m_factor;
}

bool ParabolicSar::load(QDataStream &in)
{
    in >> m_count >> m_previousHigh >> m_previousLow >> m_isLong >> m_sar >> m_extreme >> m_factor;
    return in.status() == QDataStream::Ok && m_count >= 0 && m_factor >= m_acceleration
        && m_factor <= m_maximum;
}

} // namespace kairos
