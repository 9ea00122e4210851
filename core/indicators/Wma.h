#pragma once

#include "Bar.h"

#include <QDataStream>

#include <vector>

namespace kairos {

// Weighted moving average of the close, as TA-Lib's WMA: weights 1 to n, the
// newest close weighing n, the first value after n inputs. The weighted sum
// and the plain sum move with each input in O(1) (every weight drops by one:
// subtract the plain sum, add n times the new close), as TA-Lib does, but they
// are recomputed from the window every n inputs so rounding never
// accumulates: TA-Lib's carried sums drift without bound on a long series.
class Wma
{
public:
    explicit Wma(int period);

    int period() const { return m_period; }

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return Wma(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    void recompute();

    int m_period;
    double m_divider; // n (n + 1) / 2, the sum of the weights
    std::vector<double> m_values; // the last n closes
    int m_head = 0; // next slot to write; the oldest close once full
    int m_count = 0;
    int m_sinceRecompute = 0;
    double m_sum = 0.0;
    double m_weighted = 0.0;
};

} // namespace kairos
