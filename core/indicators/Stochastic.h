#pragma once

#include "RollingExtremes.h"
#include "Sma.h"

namespace kairos {

struct StochasticValue
{
    double k;
    double d;
};

// Slow stochastic as TA-Lib's STOCH with simple averages: fast %K over n
// bars, %K its average over kSmoothing, %D the average of %K over dPeriod.
class Stochastic
{
public:
    Stochastic(int period = 14, int kSmoothing = 3, int dPeriod = 3);

    StochasticValue update(double high, double low, double close);
    StochasticValue peek(double high, double low, double close) const
    {
        return Stochastic(*this).update(high, low, close);
    }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    RollingExtremes m_range;
    Sma m_k;
    Sma m_d;
};

} // namespace kairos
