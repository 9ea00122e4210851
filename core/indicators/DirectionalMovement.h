#pragma once

#include "Bar.h"

#include <QDataStream>

namespace kairos {

struct DirectionalValue
{
    double plusDi;
    double minusDi;
    double adx;
};

// Wilder's directional movement as TA-Lib's PLUS_DI, MINUS_DI and ADX with
// one period n: the DIs from the (n + 1)th bar, the ADX from the 2nth.
//
// TA-Lib's seeding is not Wilder's textbook one (bars counted from 0): the
// smoothed movements and true range start as the sums of only n - 1 one-bar
// values (bars 1 … n - 1), and the first DI already applies one smoothing step
// to them (bar n). The ADX starts as the plain average of the first n DX
// (bars n … 2n - 1), and a bar without a DX (no directional movement at all)
// counts as a DX of 0 there but leaves the ADX unchanged later.
class DirectionalMovement
{
public:
    explicit DirectionalMovement(int period = 14);

    DirectionalValue update(const Bar &bar);
    DirectionalValue peek(const Bar &bar) const { return DirectionalMovement(*this).update(bar); }
    int period() const { return m_period; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    int m_period;
    qint64 m_count = 0;
    double m_previousHigh = 0.0;
    double m_previousLow = 0.0;
    double m_previousClose = 0.0;
    double m_plusDm = 0.0; // the seed sums until the first DI, then smoothed
    double m_minusDm = 0.0;
    double m_trueRange = 0.0;
    double m_adx = 0.0; // the sum of the DX until the first ADX
};

} // namespace kairos
