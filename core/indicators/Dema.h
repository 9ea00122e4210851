#pragma once

#include "Bar.h"
#include "Ema.h"

namespace kairos {

// Double exponential moving average of the close, as TA-Lib's DEMA:
// 2 · EMA − EMA(EMA), both TA-Lib EMAs (seeded with a simple average). The
// second EMA starts on the first value of the first, so the first value comes
// after 2n − 1 inputs.
class Dema
{
public:
    explicit Dema(int period);

    int period() const { return m_first.period(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Dema(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Ema m_first;
    Ema m_second;
};

} // namespace kairos
