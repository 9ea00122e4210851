#include "Macd.h"

#include <algorithm>
#include <limits>

namespace kairos {

Macd::Macd(int fast, int slow, int signal)
    : m_fast(std::min(fast, slow))
    , m_slow(std::max(fast, slow))
    , m_signal(signal)
{ }

MacdValue Macd::update(double close)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const qint64 index = m_count++;
    const double slow = m_slow.update(close);
    if (index >= m_slow.period() - m_fast.period())
        m_fast.update(close);
    if (!m_slow.isReady())
        return { NaN, NaN, NaN };
    const double macd = m_fast.value() - slow;
    const double signal = m_signal.update(macd);
    if (!m_signal.isReady())
        return { NaN, NaN, NaN };
    return { macd, signal, macd - signal };
}

void Macd::save(QDataStream &out) const
{
    out << m_count;
    m_fast.save(out);
    m_slow.save(out);
    m_signal.save(out);
}

bool Macd::load(QDataStream &in)
{
    in >> m_count;
    return m_fast.load(in) && m_slow.load(in) && m_signal.load(in) && m_count >= 0;
}

} // namespace kairos
