#pragma once

#include "Atr.h"
#include "Bar.h"

namespace kairos {

// Normalised average true range, as TA-Lib's NATR: the ATR (Wilder's) in
// percent of the close, the first value after n + 1 inputs.
class Natr
{
public:
    explicit Natr(int period);

    int period() const { return m_atr.period(); }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Natr(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Atr m_atr;
};

} // namespace kairos
