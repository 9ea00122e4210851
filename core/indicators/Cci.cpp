#include "Cci.h"

#include <cmath>
#include <limits>

namespace kairos {

Cci::Cci(int period)
    : m_typical(std::size_t(period > 0 ? period : 1), 0.0)
{ }

double Cci::update(const Bar &bar)
{
    const int n = period();
    const double typical = (bar.high + bar.low + bar.close) / 3;
    m_typical[std::size_t(m_head)] = typical;
    m_head = (m_head + 1) % n;
    if (m_count < n && ++m_count < n)
        return std::numeric_limits<double>::quiet_NaN();

    // Summed slot by slot, as TA-Lib walks its circular buffer (which starts
    // with the first input in slot 0 too), so the values agree to the bit.
    double average = 0.0;
    for (double value : m_typical)
        average += value;
    average /= n;
    double deviation = 0.0;
    for (double value : m_typical)
        deviation += std::fabs(value - average);
    deviation /= n;

    // Equal typical prices are no deviation at all: 0, as TA-Lib says when
    // its sum is exactly zero. But the average of equal prices is not always
    // exactly that price, and on those rounding crumbs TA-Lib divides
    // (price − average) by them: ±66.67 out of a flat market.
    if (deviation <= ZeroDeviation * std::fabs(average))
        return 0.0;
    return (typical - average) / (0.015 * deviation);
}

void Cci::save(QDataStream &out) const
{
    out << qint32(m_typical.size()) << qint32(m_head) << qint32(m_count);
    for (double value : m_typical)
        out << value;
}

bool Cci::load(QDataStream &in)
{
    qint32 size = 0, head = 0, count = 0;
    in >> size >> head >> count;
    if (in.status() != QDataStream::Ok || size != period() || head < 0 || head >= size || count < 0
        || count > size || (count < size && head != count))
        return false;
    m_head = head;
    m_count = count;
    for (double &value : m_typical)
        in >> value;
    return in.status() == QDataStream::Ok;
}

} // namespace kairos
