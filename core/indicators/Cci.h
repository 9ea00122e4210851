#pragma once

#include "Bar.h"

#include <QDataStream>

#include <vector>

namespace kairos {

// Commodity channel index, as TA-Lib's CCI: (typical price − its n-average) /
// (0.015 · the mean absolute deviation from that average), typical price
// (high + low + close) / 3, the first value after n inputs. The mean deviation
// is from the current average, so every update walks the last n typical
// prices: O(n), inherently (no carried sum gives a sum of absolute values
// around a moving centre).
class Cci
{
public:
    explicit Cci(int period);

    int period() const { return int(m_typical.size()); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Cci(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    // Relative to the price: far above the rounding of an average of equal
    // prices (a few 1e-16), far below any tick.
    static constexpr double ZeroDeviation = 1e-14;

    std::vector<double> m_typical; // the last n typical prices
    int m_head = 0; // next slot to write
    int m_count = 0;
};

} // namespace kairos
