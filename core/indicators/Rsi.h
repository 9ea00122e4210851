#pragma once

#include <QDataStream>

#include <limits>

namespace kairos {

// Relative strength index with Wilder's smoothing, as TA-Lib's RSI: average
// gain and loss seeded with the simple average of the first n changes, the
// first value after n + 1 inputs.
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
        // TA-Lib treats a total below 1e-8 as zero movement and reports 0.
        const double total = m_gain + m_loss;
        return (total > -1e-8 && total < 1e-8) ? 0.0 : 100.0 * (m_gain / total);
    }

    int m_period;
    qint64 m_count = 0;
    double m_previous = 0.0;
    double m_gain = 0.0;
    double m_loss = 0.0;
};

} // namespace kairos
