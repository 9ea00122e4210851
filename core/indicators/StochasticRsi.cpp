#include "StochasticRsi.h"

#include <cmath>
#include <limits>

namespace kairos {

namespace {

// The RSI is a percentage whatever the price, so "did not move" needs no
// price to be relative to. Over a long still stretch the RSI only repeats its
// last value up to rounding (its average gain and loss shrink together, each
// rounded), noise of about 1e-13 that the stochastic would stretch to 0 … 100;
// 1e-9 is far above that and far below any move a candle makes.
constexpr double FlatRsi = 1e-9;

} // namespace

StochasticRsi::StochasticRsi(int period, int kPeriod, int dPeriod)
    : m_rsi(period)
    , m_range(kPeriod)
    , m_d(dPeriod)
{ }

StochasticValue StochasticRsi::update(const Bar &bar)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const double rsi = m_rsi.update(bar.close);
    if (std::isnan(rsi))
        return { NaN, NaN };
    m_range.push(rsi, rsi);
    if (!m_range.isFull())
        return { NaN, NaN };
    // TA-Lib divides by the range in percent. A flat RSI is neither
    // overbought nor oversold: 50, as Stochastic (TA-Lib says 0).
    const double lowest = m_range.lowest();
    const double range = m_range.highest() - lowest;
    const double k = range > FlatRsi ? (rsi - lowest) / (range / 100.0) : 50.0;
    const double d = m_d.update(k);
    if (std::isnan(d))
        return { NaN, NaN };
    return { k, d };
}

void StochasticRsi::save(QDataStream &out) const
{
    m_rsi.save(out);
    m_range.save(out);
    m_d.save(out);
}

bool StochasticRsi::load(QDataStream &in)
{
    return m_rsi.load(in) && m_range.load(in) && m_d.load(in);
}

} // namespace kairos
