#pragma once

#include "RollingWindow.h"

#include <limits>

namespace kairos {

// Simple moving average, as TA-Lib's SMA: the first value after n inputs.
// Every indicator returns NaN while it warms up.
class Sma
{
public:
    explicit Sma(int period)
        : m_window(period)
    { }

    int period() const { return m_window.size(); }
    double update(double value)
    {
        m_window.push(value);
        return m_window.isFull() ? m_window.mean() : std::numeric_limits<double>::quiet_NaN();
    }
    // What update() would return, without changing anything.
    double peek(double value) const { return Sma(*this).update(value); }

    void save(QDataStream &out) const { m_window.save(out); }
    bool load(QDataStream &in) { return m_window.load(in); }

private:
    RollingWindow m_window;
};

} // namespace kairos
