#pragma once

#include "Bar.h"
#include "RollingWindow.h"

#include <QDataStream>

namespace kairos {

// Kaufman adaptive moving average of the close, as TA-Lib's KAMA with its
// fixed fast (2) and slow (30) constants: the efficiency ratio (net change over
// n inputs / sum of the n absolute changes) picks a smoothing constant between
// the two, squared. TA-Lib seeds the average with the close before the first
// value, not with an average: the first value comes after n + 1 inputs and is
// one adaptive step from that close.
class Kama
{
public:
    explicit Kama(int period);

    int period() const { return m_closes.size(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Kama(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    // Relative to the price: far above what the rolling sum's rounding keeps
    // of changes that left the window, far below any tick.
    static constexpr double ZeroMovement = 1e-14;

    RollingWindow m_closes; // the last n closes: the oldest is the net change's base
    RollingWindow m_changes; // the last n absolute changes, for their sum
    double m_previous = 0.0;
    double m_value = 0.0; // the previous close until the first value
};

} // namespace kairos
