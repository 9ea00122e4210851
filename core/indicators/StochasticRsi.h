#pragma once

#include "Bar.h"
#include "RollingExtremes.h"
#include "Rsi.h"
#include "Sma.h"
#include "Stochastic.h"

namespace kairos {

// Stochastic RSI as TA-Lib's STOCHRSI with a simple average for %D: %K is the
// fast stochastic of the RSI(period) over its last kPeriod values, %D the
// average of %K over dPeriod. Both come together, as in TA-Lib, after
// period + kPeriod + dPeriod - 1 bars (30 for 14, 14, 3): %K is withheld
// for the dPeriod - 1 bars it would be ready before %D.
class StochasticRsi
{
public:
    StochasticRsi(int period = 14, int kPeriod = 14, int dPeriod = 3);

    StochasticValue update(const Bar &bar);
    StochasticValue peek(const Bar &bar) const { return StochasticRsi(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Rsi m_rsi;
    RollingExtremes m_range;
    Sma m_d;
};

} // namespace kairos
