#pragma once

#include "Bar.h"

#include <QDataStream>

namespace kairos {

// Wilder's parabolic stop and reverse as TA-Lib's SAR: the first value on
// the second bar. TA-Lib bootstraps it from the first two bars alone: the
// trade is short if the second bar's downward extension beyond the first is
// the larger (as its one-bar -DM), long otherwise (ties included); the first
// SAR is the first bar's low (long) or high (short) and the extreme point the
// second bar's high or low. That SAR is then tested against the second bar
// itself, so a long start on an outside bar whose low reaches the first bar's
// low reverses at once, on its very first value.
class ParabolicSar
{
public:
    // An acceleration above the maximum is the maximum, as in TA-Lib.
    explicit ParabolicSar(double acceleration = 0.02, double maximum = 0.2);

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return ParabolicSar(*this).update(bar); }
    double acceleration() const { return m_acceleration; }
    double maximum() const { return m_maximum; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    double m_acceleration;
    double m_maximum;
    qint64 m_count = 0;
    double m_previousHigh = 0.0;
    double m_previousLow = 0.0;
    bool m_isLong = true;
    double m_sar = 0.0; // the next bar's
    double m_extreme = 0.0; // the trade's highest high (long) or lowest low (short)
    double m_factor; // the acceleration factor, from the acceleration to the maximum
};

} // namespace kairos
