#include "Aroon.h"

#include <limits>

namespace kairos {

Aroon::Aroon(int period)
    : m_period(period > 0 ? period : 1)
    , m_factor(100.0 / double(m_period))
{ }

AroonValue Aroon::update(const Bar &bar)
{
    constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
    const qint64 index = m_count++;
    while (!m_highs.empty() && m_highs.back().second <= bar.high)
        m_highs.pop_back();
    m_highs.emplace_back(index, bar.high);
    while (!m_lows.empty() && m_lows.back().second >= bar.low)
        m_lows.pop_back();
    m_lows.emplace_back(index, bar.low);
    const qint64 first = index - m_period;
    while (m_highs.front().first < first)
        m_highs.pop_front();
    while (m_lows.front().first < first)
        m_lows.pop_front();
    if (index < m_period)
        return { NaN, NaN, NaN };

    // TA-Lib's formulas (the oscillator from the distance between the two
    // extremes, not as up - down), so every value is the same double.
    const qint64 highest = m_highs.front().first;
    const qint64 lowest = m_lows.front().first;
    return { m_factor * double(m_period - (index - lowest)),
        m_factor * double(m_period - (index - highest)), m_factor * double(highest - lowest) };
}

void Aroon::save(QDataStream &out) const
{
    out << m_count;
    for (const Queue *queue : { &m_highs, &m_lows }) {
        out << quint32(queue->size());
        for (const auto &[index, value] : *queue)
            out << index << value;
    }
}

bool Aroon::load(QDataStream &in)
{
    in >> m_count;
    if (in.status() != QDataStream::Ok || m_count < 0)
        return false;
    for (Queue *queue : { &m_highs, &m_lows }) {
        quint32 size = 0;
        in >> size;
        // The candidates are bars of the window, oldest first, strictly
        // monotonic, the newest bar last.
        if (in.status() != QDataStream::Ok || size > quint32(m_period) + 1
            || (size == 0) != (m_count == 0))
            return false;
        queue->clear();
        const bool highs = queue == &m_highs;
        qint64 previous = m_count - m_period - 2;
        for (quint32 i = 0; i < size; ++i) {
            qint64 index = 0;
            double value = 0.0;
            in >> index >> value;
            if (index <= previous || index >= m_count)
                return false;
            if (!queue->empty()
                && (highs ? value >= queue->back().second : value <= queue->back().second))
                return false;
            previous = index;
            queue->emplace_back(index, value);
        }
        if (size > 0 && previous != m_count - 1)
            return false;
    }
    return in.status() == QDataStream::Ok;
}

} // namespace kairos
