#pragma once

#include "Bar.h"

#include <QDataStream>

#include <deque>
#include <utility>

namespace kairos {

struct AroonValue
{
    double down;
    double up;
    double oscillator; // up - down
};

// Aroon as TA-Lib's AROON and AROONOSC: how recent the highest high and the
// lowest low of the last n + 1 bars (not n) are, 100 on the bar itself down
// to 0 n bars ago; the first value after n + 1 bars. Of equal extremes the
// most recent counts, as in TA-Lib.
class Aroon
{
public:
    explicit Aroon(int period = 14);

    AroonValue update(const Bar &bar);
    AroonValue peek(const Bar &bar) const { return Aroon(*this).update(bar); }
    int period() const { return m_period; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    using Queue = std::deque<std::pair<qint64, double>>; // bar index, price

    int m_period;
    double m_factor;
    qint64 m_count = 0;
    // Candidates for the extreme, oldest first. An equal later price replaces
    // an earlier one, so the front is always the most recent extreme.
    Queue m_highs; // decreasing
    Queue m_lows; // increasing
};

} // namespace kairos
