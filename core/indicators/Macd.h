#pragma once

#include "Ema.h"

namespace kairos {

struct MacdValue
{
    double macd;
    double signal;
    double histogram;
};

// MACD as TA-Lib computes it: the fast EMA starts (slow − fast) inputs late,
// so both EMAs are seeded on the same last input; the signal line is an EMA
// of the MACD line; all three appear together after slow + signal − 1 inputs.
class Macd
{
public:
    Macd(int fast = 12, int slow = 26, int signal = 9);

    MacdValue update(double close);
    MacdValue peek(double close) const { return Macd(*this).update(close); }

    int fastPeriod() const { return m_fast.period(); }
    int slowPeriod() const { return m_slow.period(); }
    int signalPeriod() const { return m_signal.period(); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Ema m_fast;
    Ema m_slow;
    Ema m_signal;
    qint64 m_count = 0;
};

} // namespace kairos
