#pragma once

#include "RollingWindow.h"

namespace kairos {

struct BandsValue
{
    double upper;
    double middle;
    double lower;
};

// Bollinger Bands as TA-Lib's BBANDS with a simple moving average: middle ±
// k population standard deviations over n inputs.
class Bollinger
{
public:
    explicit Bollinger(int period = 20, double deviations = 2.0);

    BandsValue update(double close);
    BandsValue peek(double close) const { return Bollinger(*this).update(close); }

    int period() const { return m_window.size(); }
    double deviations() const { return m_deviations; }

    void save(QDataStream &out) const { m_window.save(out); }
    bool load(QDataStream &in) { return m_window.load(in); }

private:
    // Relative to the price: above what the rolling sums' rounding leaves
    // of a move that left the window (about 1e-10), below any real tick.
    static constexpr double ZeroDeviation = 1e-9;
    RollingWindow m_window;
    double m_deviations;
};

} // namespace kairos
