#pragma once

#include "Bar.h"
#include "RollingWindow.h"

#include <QDataStream>

namespace kairos {

// Money flow index, as TA-Lib's MFI: typical price (high + low + close) / 3
// times volume is the bar's money flow, positive when the typical price rose,
// negative when it fell, neither when it held; the index is the positive
// share of the last n flows in percent, the first value after n + 1 inputs.
class MoneyFlowIndex
{
public:
    explicit MoneyFlowIndex(int period);

    int period() const { return m_positive.size(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return MoneyFlowIndex(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    bool m_started = false;
    double m_previousTypical = 0.0;
    RollingWindow m_positive; // the last n flows, 0 where not positive
    RollingWindow m_negative; // the last n flows, 0 where not negative
    // How many of the last n flows are non-zero on each side: a side with
    // none sums to exactly zero, whatever the rolling sums' rounding keeps
    // of flows that left the window.
    int m_positiveCount = 0;
    int m_negativeCount = 0;
};

} // namespace kairos
