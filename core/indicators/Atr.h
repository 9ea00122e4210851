#pragma once

#include <QDataStream>

namespace kairos {

// Average true range with Wilder's smoothing, as TA-Lib's ATR: the true range
// needs the previous close, the first value is the simple average of the
// first n true ranges (after n + 1 inputs).
class Atr
{
public:
    explicit Atr(int period = 14);

    double update(double high, double low, double close);
    double peek(double high, double low, double close) const
    {
        return Atr(*this).update(high, low, close);
    }
    int period() const { return m_period; }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    int m_period;
    qint64 m_count = 0;
    double m_previousClose = 0.0;
    double m_value = 0.0; // the seed sum until the first value
};

} // namespace kairos
