#pragma once

#include <QDataStream>

#include <vector>

namespace kairos {

// The last n values with their mean and population variance in O(1).
// Sums are kept relative to a shift (a recent value) so squares do not cancel
// catastrophically at high price levels, and they are recomputed from the
// window every n updates, so rounding never accumulates: after ten million
// updates the variance is as exact as after the first n.
class RollingWindow
{
public:
    explicit RollingWindow(int size);

    // Adds a value, dropping the oldest once full.
    void push(double value);

    int size() const { return int(m_values.size()); }
    int count() const { return m_count; }
    bool isFull() const { return m_count == size(); }
    double oldest() const { return m_values[std::size_t(isFull() ? m_head : 0)]; }
    double mean() const;
    double populationVariance() const;

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    void recompute();

    std::vector<double> m_values;
    int m_head = 0; // next slot to write; the oldest value once full
    int m_count = 0;
    int m_sinceRecompute = 0;
    double m_shift = 0.0;
    double m_sum = 0.0; // of (value - shift)
    double m_sumSquares = 0.0; // of (value - shift)²
};

} // namespace kairos
