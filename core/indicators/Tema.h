#pragma once

#include "Bar.h"
#include "Ema.h"

namespace kairos {

// Triple exponential moving average of the close, as TA-Lib's TEMA:
// 3 · EMA − 3 · EMA(EMA) + EMA(EMA(EMA)), each EMA starting on the first value
// of the one before, so the first value comes after 3n − 2 inputs.
class Tema
{
public:
    explicit Tema(int period);

    int period() const { return m_first.period(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Tema(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Ema m_first;
    Ema m_second;
    Ema m_third;
};

} // namespace kairos
