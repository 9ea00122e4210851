#pragma once

#include "Bar.h"
#include "RollingWindow.h"

namespace kairos {

// Rate of change of the close in percent, as TA-Lib's ROC:
// (close / the close n inputs back − 1) · 100, the first value after n + 1
// inputs.
class RateOfChange
{
public:
    explicit RateOfChange(int period);

    int period() const { return m_closes.size(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return RateOfChange(*this).update(bar); }

    void save(QDataStream &out) const { m_closes.save(out); }
    bool load(QDataStream &in) { return m_closes.load(in); }

private:
    RollingWindow m_closes; // the last n closes
};

} // namespace kairos
