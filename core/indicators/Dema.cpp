#include "Dema.h"

#include <cmath>

namespace kairos {

Dema::Dema(int period)
    : m_first(period)
    , m_second(period)
{ }

double Dema::update(const Bar &bar)
{
    const double first = m_first.update(bar.close);
    if (std::isnan(first))
        return first;
    const double second = m_second.update(first);
    if (std::isnan(second))
        return second;
    return (2.0 * first) - second;
}

void Dema::save(QDataStream &out) const
{
    out << qint32(period());
    m_first.save(out);
    m_second.save(out);
}

bool Dema::load(QDataStream &in)
{
    // The EMAs' states do not say their period: a state saved with another
    // would load and run on with the wrong weights.
    qint32 savedPeriod = 0;
    in >> savedPeriod;
    return in.status() == QDataStream::Ok && savedPeriod == period() && m_first.load(in)
        && m_second.load(in);
}

} // namespace kairos
