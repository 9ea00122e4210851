#include "Kama.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kairos {

Kama::Kama(int period)
    : m_closes(period > 0 ? period : 1)
    , m_changes(period > 0 ? period : 1)
{ }

double Kama::update(const Bar &bar)
{
    const double close = bar.close;
    const bool ready = m_closes.isFull();
    const double base = m_closes.oldest(); // the close n inputs back, once full
    if (m_closes.count() > 0)
        m_changes.push(std::fabs(close - m_previous));
    m_closes.push(close);
    m_previous = close;
    if (!ready) {
        m_value = close;
        return std::numeric_limits<double>::quiet_NaN();
    }

    // A window without movement counts as fully efficient, as in TA-Lib, so
    // the average closes in on the still price at the fast rate. "Without
    // movement" is judged relative to the price (TA-Lib: an absolute 1e-14,
    // which takes a window of real ticks on a coin priced near 1e-12 for
    // none), and so that what the rolling sum's rounding keeps of changes
    // that left the window still counts as none.
    const double sum = m_changes.mean() * double(m_changes.size());
    const double efficiency = sum <= ZeroMovement * std::fabs(close)
        ? 1.0
        : std::min(std::fabs(close - base) / sum, 1.0);
    constexpr double Slow = 2.0 / (30.0 + 1.0);
    constexpr double Fast = 2.0 / (2.0 + 1.0);
    double smoothing = (efficiency * (Fast - Slow)) + Slow;
    smoothing *= smoothing;
    m_value = ((close - m_value) * smoothing) + m_value;
    return m_value;
}

void Kama::save(QDataStream &out) const
{
    m_closes.save(out);
    m_changes.save(out);
    out << m_previous << m_value;
}

bool Kama::load(QDataStream &in)
{
    if (!m_closes.load(in) || !m_changes.load(in))
        return false;
    in >> m_previous >> m_value;
    // A change for every close but the first.
    return in.status() == QDataStream::Ok && m_changes.count() <= m_closes.count()
        && m_changes.count() >= m_closes.count() - 1;
}

} // namespace kairos
