#include "RollingWindow.h"

#include <algorithm>

namespace kairos {

RollingWindow::RollingWindow(int size)
    : m_values(std::size_t(std::max(size, 1)), 0.0)
{ }

void RollingWindow::push(double value)
{
    if (m_count == 0)
        m_shift = value;
    if (isFull()) {
        const double old = m_values[std::size_t(m_head)] - m_shift;
        m_sum -= old;
        m_sumSquares -= old * old;
    } else {
        ++m_count;
    }
    m_values[std::size_t(m_head)] = value;
    m_head = (m_head + 1) % size();
    const double d = value - m_shift;
    m_sum += d;
    m_sumSquares += d * d;
    if (++m_sinceRecompute >= size())
        recompute();
}

void RollingWindow::recompute()
{
    m_sinceRecompute = 0;
    m_shift = m_values[std::size_t((m_head + size() - 1) % size())]; // the newest value
    m_sum = 0.0;
    m_sumSquares = 0.0;
    for (int i = 0; i < m_count; ++i) {
        const double d = m_values[std::size_t(i)] - m_shift;
        m_sum += d;
        m_sumSquares += d * d;
    }
}

double RollingWindow::mean() const
{
    return m_shift + m_sum / double(m_count);
}

double RollingWindow::populationVariance() const
{
    const double n = double(m_count);
    const double m = m_sum / n;
    return std::max(m_sumSquares / n - m * m, 0.0);
}

void RollingWindow::save(QDataStream &out) const
{
    out << qint32(m_values.size()) << qint32(m_head) << qint32(m_count) << qint32(m_sinceRecompute)
        << m_shift << m_sum << m_sumSquares;
    for (double v : m_values)
        out << v;
}

bool RollingWindow::load(QDataStream &in)
{
    qint32 size = 0, head = 0, count = 0, since = 0;
    in >> size >> head >> count >> since >> m_shift >> m_sum >> m_sumSquares;
    if (in.status() != QDataStream::Ok || size != qint32(m_values.size()) || head < 0
        || head >= size || count < 0 || count > size || since < 0 || since >= size)
        return false;
    m_head = head;
    m_count = count;
    m_sinceRecompute = since;
    for (double &v : m_values)
        in >> v;
    return in.status() == QDataStream::Ok;
}

} // namespace kairos
