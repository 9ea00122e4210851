#pragma once

#include <QDataStream>

#include <limits>

namespace kairos {

// Exponential moving average, as TA-Lib's EMA: seeded with the simple
// average of the first n inputs, then value += (input - value) · 2/(n+1).
class Ema
{
public:
    explicit Ema(int period)
        : m_period(period > 0 ? period : 1)
        , m_k(2.0 / (double(m_period) + 1.0))
    { }

    int period() const { return m_period; }
    bool isReady() const { return m_count >= m_period; }
    double value() const { return isReady() ? m_value : std::numeric_limits<double>::quiet_NaN(); }

    double update(double input)
    {
        if (m_count < m_period) {
            m_seedSum += input;
            if (++m_count < m_period)
                return std::numeric_limits<double>::quiet_NaN();
            m_value = m_seedSum / double(m_period);
            return m_value;
        }
        m_value = ((input - m_value) * m_k) + m_value;
        return m_value;
    }
    double peek(double input) const { return Ema(*this).update(input); }

    void save(QDataStream &out) const { out << qint32(m_count) << m_seedSum << m_value; }
    bool load(QDataStream &in)
    {
        qint32 count = 0;
        in >> count >> m_seedSum >> m_value;
        m_count = count;
        return in.status() == QDataStream::Ok && count >= 0 && count <= m_period;
    }

private:
    int m_period;
    double m_k;
    int m_count = 0;
    double m_seedSum = 0.0;
    double m_value = 0.0;
};

} // namespace kairos
