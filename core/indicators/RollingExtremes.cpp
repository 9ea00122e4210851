#include "RollingExtremes.h"

namespace kairos {

void RollingExtremes::push(double high, double low)
{
    const qint64 index = m_index++;
    while (!m_highs.empty() && m_highs.back().second <= high)
        m_highs.pop_back();
    m_highs.emplace_back(index, high);
    while (!m_lows.empty() && m_lows.back().second >= low)
        m_lows.pop_back();
    m_lows.emplace_back(index, low);
    const qint64 first = index - m_size + 1;
    while (m_highs.front().first < first)
        m_highs.pop_front();
    while (m_lows.front().first < first)
        m_lows.pop_front();
}

void RollingExtremes::save(QDataStream &out) const
{
    out << m_index;
    for (const Queue *queue : { &m_highs, &m_lows }) {
        out << quint32(queue->size());
        for (const auto &[index, value] : *queue)
            out << index << value;
    }
}

bool RollingExtremes::load(QDataStream &in)
{
    in >> m_index;
    for (Queue *queue : { &m_highs, &m_lows }) {
        quint32 size = 0;
        in >> size;
        if (in.status() != QDataStream::Ok || size > quint32(m_size))
            return false;
        queue->clear();
        for (quint32 i = 0; i < size; ++i) {
            qint64 index = 0;
            double value = 0.0;
            in >> index >> value;
            queue->emplace_back(index, value);
        }
    }
    return in.status() == QDataStream::Ok && m_index >= 0;
}

} // namespace kairos
