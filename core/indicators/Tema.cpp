#include "Tema.h"

#include <cmath>

namespace kairos {

Tema::Tema(int period)
    : m_first(period)
    , m_second(period)
    , m_third(period)
{ }

double Tema::update(const Bar &bar)
{
    const double first = m_first.update(bar.close);
    if (std::isnan(first))
        return first;
    const double second = m_second.update(first);
    if (std::isnan(second))
        return second;
    const double third = m_third.update(second);
    if (std::isnan(third))
        return third;
    // TA-Lib's order of operations, so the values agree to the last bit.
    return third + ((3.0 * first) - (3.0 * second));
}

void Tema::save(QDataStream &out) const
{
    out << qint32(period());
    m_first.save(out);
    m_second.save(out);
    m_third.save(out);
}

bool Tema::load(QDataStream &in)
{
    // As Dema: the EMAs' states do not say their period.
    qint32 savedPeriod = 0;
    in >> savedPeriod;
    return in.status() == QDataStream::Ok && savedPeriod == period() && m_first.load(in)
        && m_second.load(in) && m_third.load(in);
}

} // namespace kairos
