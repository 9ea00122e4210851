#include "Wma.h"

#include <limits>

namespace kairos {

Wma::Wma(int period)
    : m_period(period > 0 ? period : 1)
    , m_divider(double(m_period) * double(m_period + 1) / 2.0)
    , m_values(std::size_t(m_period), 0.0)
{ }

double Wma::update(const Bar &bar)
{
    const double close = bar.close;
    const double n = double(m_period);
    if (m_count < m_period) {
        // The first closes weigh 1, 2, … in their order, so the first value
        // is already weighted as every later one.
        m_values[std::size_t(m_head)] = close;
        m_head = (m_head + 1) % m_period;
        ++m_count;
        m_sum += close;
        m_weighted += double(m_count) * close;
        if (m_count < m_period)
            return std::numeric_limits<double>::quiet_NaN();
        return m_weighted / m_divider;
    }
    const double oldest = m_values[std::size_t(m_head)];
    m_values[std::size_t(m_head)] = close;
    m_head = (m_head + 1) % m_period;
    m_weighted = (m_weighted - m_sum) + close * n;
    m_sum = (m_sum - oldest) + close;
    if (++m_sinceRecompute >= m_period)
        recompute();
    return m_weighted / m_divider;
}

void Wma::recompute()
{
    m_sinceRecompute = 0;
    m_sum = 0.0;
    m_weighted = 0.0;
    for (int i = 0; i < m_period; ++i) {
        const double value = m_values[std::size_t((m_head + i) % m_period)]; // oldest first
        m_sum += value;
        m_weighted += double(i + 1) * value;
    }
}

void Wma::save(QDataStream &out) const
{
    out << qint32(m_period) << qint32(m_head) << qint32(m_count) << qint32(m_sinceRecompute)
        << m_sum << m_weighted;
    for (double value : m_values)
        out << value;
}

bool Wma::load(QDataStream &in)
{
    qint32 period = 0, head = 0, count = 0, since = 0;
    in >> period >> head >> count >> since >> m_sum >> m_weighted;
    if (in.status() != QDataStream::Ok || period != m_period || head < 0 || head >= period
        || count < 0 || count > period || (count < period && head != count) || since < 0
        || since >= period)
        return false;
    m_head = head;
    m_count = count;
    m_sinceRecompute = since;
    for (double &value : m_values)
        in >> value;
    return in.status() == QDataStream::Ok;
}

} // namespace kairos
