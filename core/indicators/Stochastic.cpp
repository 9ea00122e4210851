#include "Stochastic.h"

#include <cmath>

namespace kairos {

Stochastic::Stochastic(int period, int kSmoothing, int dPeriod)
    : m_range(period)
    , m_k(kSmoothing)
    , m_d(dPeriod)
{ }

StochasticValue Stochastic::update(double high, double low, double close)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    m_range.push(high, low);
    if (!m_range.isFull())
        return { NaN, NaN };
    // TA-Lib divides by the range in percent. A flat range is neither
    // overbought nor oversold: 50, as a flat RSI (TA-Lib says 0).
    const double lowest = m_range.lowest();
    const double diff = (m_range.highest() - lowest) / 100.0;
    const double fastK = diff != 0.0 ? (close - lowest) / diff : 50.0;
    const double k = m_k.update(fastK);
    if (std::isnan(k))
        return { NaN, NaN };
    const double d = m_d.update(k);
    if (std::isnan(d))
        return { NaN, NaN };
    return { k, d };
}

void Stochastic::save(QDataStream &out) const
{
    m_range.save(out);
    m_k.save(out);
    m_d.save(out);
}

bool Stochastic::load(QDataStream &in)
{
    return m_range.load(in) && m_k.load(in) && m_d.load(in);
}

} // namespace kairos
