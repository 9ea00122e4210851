#include "DirectionalMovement.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kairos {

namespace {

// A smoothed true range this small relative to the price is a market that has
// not moved for hundreds of bars: far above the rounding of a price's
// differences, far below any tick. TA-Lib's absolute 1e-14 would call a whole
// coin priced near 1e-5 flat long after it moved, and a price near 64,000
// flat never. As Rsi.h.
constexpr double ZeroMovement = 1e-14;

// TA-Lib's own threshold for the sum of the DIs: they are percentages of the
// true range already, so it is relative to the price as it is.
constexpr double ZeroDiSum = 1e-14;

} // namespace

DirectionalMovement::DirectionalMovement(int period)
    : m_period(period > 0 ? period : 1)
{ }

DirectionalValue DirectionalMovement::update(const Bar &bar)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const qint64 index = m_count++;
    const double previousHigh = m_previousHigh;
    const double previousLow = m_previousLow;
    const double previousClose = m_previousClose;
    m_previousHigh = bar.high;
    m_previousLow = bar.low;
    m_previousClose = bar.close;
    if (index == 0)
        return { NaN, NaN, NaN };

    // Only the larger of the bar's extensions beyond the previous one counts,
    // and neither when they are equal.
    const double up = bar.high - previousHigh;
    const double down = previousLow - bar.low;
    double plusDm = 0.0;
    double minusDm = 0.0;
    if (down > 0 && up < down)
        minusDm = down;
    else if (up > 0 && up > down)
        plusDm = up;
    // In TA-Lib's order of operations, as Atr.
    double range = bar.high - bar.low;
    range = std::max(range, std::fabs(bar.high - previousClose));
    range = std::max(range, std::fabs(bar.low - previousClose));

    const double n = double(m_period);
    if (index < m_period) {
        m_plusDm += plusDm;
        m_minusDm += minusDm;
        m_trueRange += range;
        return { NaN, NaN, NaN };
    }
    m_plusDm = m_plusDm - m_plusDm / n + plusDm;
    m_minusDm = m_minusDm - m_minusDm / n + minusDm;
    m_trueRange = m_trueRange - m_trueRange / n + range;

    // A market that has not moved has no directional movement either way:
    // both DIs 0, as TA-Lib says. 0 is no extreme here (a DI of 0 is the
    // absence of a trend, and neither DI leads), so Kairos keeps it; only
    // "has not moved" is judged relative to the price.
    double plusDi = 0.0;
    double minusDi = 0.0;
    if (m_trueRange > ZeroMovement * std::fabs(bar.close)) {
        minusDi = 100.0 * (m_minusDm / m_trueRange);
        plusDi = 100.0 * (m_plusDm / m_trueRange);
    }
    // Without any directional movement the DX is undefined, and TA-Lib leaves
    // the ADX as it was: a strength of trend that carries on, not a fall to 0.
    const double diSum = minusDi + plusDi;
    const bool hasDx = diSum >= ZeroDiSum;
    const double dx = hasDx ? 100.0 * (std::fabs(minusDi - plusDi) / diSum) : 0.0;

    const qint64 firstAdx = 2 * qint64(m_period) - 1;
    if (index < firstAdx) {
        m_adx += dx;
        return { plusDi, minusDi, NaN };
    }
    if (index == firstAdx) {
        m_adx += dx;
        m_adx /= n;
    } else if (hasDx) {
        m_adx = (m_adx * (n - 1) + dx) / n;
    }
    return { plusDi, minusDi, m_adx };
}

void DirectionalMovement::save(QDataStream &out) const
{
    out << m_count << m_previousHigh << m_previousLow << m_previousClose << m_plusDm << m_minusDm
        << m_trueRange << m_adx;
}

bool DirectionalMovement::load(QDataStream &in)
{
    in >> m_count >> m_previousHigh >> m_previousLow >> m_previousClose >> m_plusDm >> m_minusDm
        >> m_trueRange >> m_adx;
    // Sums of non-negative values; a NaN fed in stays what it was.
    return in.status() == QDataStream::Ok && m_count >= 0 && !(m_plusDm < 0.0) && !(m_minusDm < 0.0)
        && !(m_trueRange < 0.0) && !(m_adx < 0.0);
}

} // namespace kairos
