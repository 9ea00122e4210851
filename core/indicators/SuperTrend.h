#pragma once

#include "Atr.h"
#include "Bar.h"

namespace kairos {

// SuperTrend: a trailing stop a multiple of the ATR (Wilder's) from the bar's
// midpoint, below the price in an up-trend and above it in a down-trend. A
// band only tightens while the trend lasts; the trend turns when a close
// crosses the band in force. The first value (when the ATR has warmed up)
// starts in a down-trend, on the upper band, as charting platforms do.
class SuperTrend
{
public:
    SuperTrend(int atrPeriod = 10, double multiplier = 3.0);

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return SuperTrend(*this).update(bar); }
    // +1 in an up-trend, −1 in a down-trend, 0 while it warms up.
    int direction() const { return m_direction; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Atr m_atr;
    double m_multiplier;
    int m_direction = 0;
    double m_upper = 0.0;
    double m_lower = 0.0;
    double m_previousClose = 0.0;
};

} // namespace kairos
