#pragma once

#include <QDataStream>

#include <deque>
#include <utility>

namespace kairos {

// Highest and lowest of the last n values, amortised O(1) per value
// (monotonic queues of candidates).
class RollingExtremes
{
public:
    explicit RollingExtremes(int size)
        : m_size(size > 0 ? size : 1)
    { }

    void push(double high, double low);
    bool isFull() const { return m_index >= m_size; }
    double highest() const { return m_highs.front().second; }
    double lowest() const { return m_lows.front().second; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    using Queue = std::deque<std::pair<qint64, double>>;

    int m_size;
    qint64 m_index = 0;
    Queue m_highs; // decreasing values
    Queue m_lows; // increasing values
};

} // namespace kairos
