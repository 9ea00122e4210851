#include "Natr.h"

#include <cmath>

namespace kairos {

Natr::Natr(int period)
    : m_atr(period)
{ }

double Natr::update(const Bar &bar)
{
    const double atr = m_atr.update(bar.high, bar.low, bar.close);
    if (std::isnan(atr))
        return atr;
    // No real close is zero; 0 there (what TA-Lib means to write) beats an
    // infinity. Every period is in percent, 1 too: TA-Lib's NATR of period 1
    // is the plain true range.
    return bar.close != 0.0 ? (atr / bar.close) * 100.0 : 0.0;
}

void Natr::save(QDataStream &out) const
{
    out << qint32(period());
    m_atr.save(out);
}

bool Natr::load(QDataStream &in)
{
    // Atr's state does not say its period.
    qint32 savedPeriod = 0;
    in >> savedPeriod;
    return in.status() == QDataStream::Ok && savedPeriod == period() && m_atr.load(in);
}

} // namespace kairos
