#pragma once

#include "Bar.h"
#include "RollingExtremes.h"

namespace kairos {

// Williams %R, as TA-Lib's WILLR: (highest high − close) / (highest high −
// lowest low) · −100 over the last n bars, from 0 (at the high) to −100 (at
// the low), the first value after n inputs.
class WilliamsR
{
public:
    explicit WilliamsR(int period);

    int period() const { return m_period; }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return WilliamsR(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    // Relative to the price, as Rsi's threshold.
    static constexpr double ZeroRange = 1e-14;

    int m_period;
    RollingExtremes m_range;
};

} // namespace kairos
