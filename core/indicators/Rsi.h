#pragma once

#include <QDataStream>

#include <cmath>
#include <limits>

namespace kairos {

// Relative strength index with Wilder's smoothing, as TA-Lib's RSI: average
// gain and loss seeded with the simple average of the first n changes, the
// first value after n + 1 inputs. A market that does not move is neither
// overbought nor oversold: its RSI is 50 (TA-Lib says 0, which reads as
// deeply oversold and fires a buy rule on every flat stretch).
class Rsi
{
public:
    explicit Rsi(int period)
        : m_period(period > 1 ? period : 2)
    { }

    int period() const { return m_period; }

    double update(double close)
    {
        if (m_count++ == 0) {
            m_previous = close;
            return std::numeric_limits<double>::quiet_NaN();
        }
        const double change = close - m_previous;
        m_previous = close;
        const double n = double(m_period);
        if (m_count <= m_period + 1) {
            if (change < 0)
                m_loss -= change;
            else
                m_gain += change;
            if (m_count < m_period + 1)
                return std::numeric_limits<double>::quiet_NaN();
            m_loss /= n;
            m_gain /= n;
            return value();
        }
        m_loss *= n - 1;
        m_gain *= n - 1;
        if (change < 0)
            m_loss -= change;
        else
            m_gain += change;
        m_loss /= n;
        m_gain /= n;
        return value();
    }
    double peek(double close) const { return Rsi(*this).update(close); }

    void save(QDataStream &out) const { out << qint64(m_count) << m_previous << m_gain << m_loss; }
    bool load(QDataStream &in)
    {
        qint64 count = 0;
        in >> count >> m_previous >> m_gain >> m_loss;
        m_count = count;
        return in.status() == QDataStream::Ok && count >= 0;
    }

private:
    double value() const
    {
        // No movement is judged relative to the price, as TA-Lib's newest
        // code does: an absolute threshold (TA-Lib's 1e-14, or the 1e-8 this
        // once used) makes every candle of a coin priced near 1e-5 "flat".
        const double total = m_gain + m_loss;
        return total <= ZeroMovement * std::abs(m_previous) ? 50.0 : 100.0 * (m_gain / total);
    }

    // Far above the rounding of a price's differences (1e-16 of it), far
    // below any tick.
    static constexpr double ZeroMovement = 1e-14;

    int m_period;
    qint64 m_count = 0;
    double m_previous = 0.0;
    double m_gain = 0.0;
    double m_loss = 0.0;
};

} // namespace kairos
