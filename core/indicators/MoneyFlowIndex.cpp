#include "MoneyFlowIndex.h"

#include <algorithm>
#include <limits>

namespace kairos {

MoneyFlowIndex::MoneyFlowIndex(int period)
    : m_positive(period > 0 ? period : 1)
    , m_negative(period > 0 ? period : 1)
{ }

double MoneyFlowIndex::update(const Bar &bar)
{
    const double typical = (bar.high + bar.low + bar.close) / 3.0;
    if (!m_started) {
        m_started = true;
        m_previousTypical = typical;
        return std::numeric_limits<double>::quiet_NaN();
    }
    const double change = typical - m_previousTypical;
    m_previousTypical = typical;
    const double flow = typical * bar.volume;
    const double positive = change > 0 ? flow : 0.0;
    const double negative = change < 0 ? flow : 0.0;
    if (m_positive.isFull()) {
        m_positiveCount -= m_positive.oldest() != 0.0;
        m_negativeCount -= m_negative.oldest() != 0.0;
    }
    m_positive.push(positive);
    m_negative.push(negative);
    m_positiveCount += positive != 0.0;
    m_negativeCount += negative != 0.0;
    if (!m_positive.isFull())
        return std::numeric_limits<double>::quiet_NaN();

    // No money flowing either way (the typical price held, or no volume) is
    // neither buying nor selling pressure: 50, as a flat RSI. TA-Lib says 0
    // whenever the flows sum to less than 1.0, in units of price × volume: a
    // coin priced near 1e-5 reads 0, "oversold", on every bar.
    const double n = double(period());
    const double positiveSum = m_positiveCount > 0 ? std::max(m_positive.mean() * n, 0.0) : 0.0;
    const double negativeSum = m_negativeCount > 0 ? std::max(m_negative.mean() * n, 0.0) : 0.0;
    const double total = positiveSum + negativeSum;
    return total > 0.0 ? 100.0 * (positiveSum / total) : 50.0;
}

void MoneyFlowIndex::save(QDataStream &out) const
{
    out << m_started << m_previousTypical << qint32(m_positiveCount) << qint32(m_negativeCount);
    m_positive.save(out);
    m_negative.save(out);
}

bool MoneyFlowIndex::load(QDataStream &in)
{
    qint32 positiveCount = 0, negativeCount = 0;
    in >> m_started >> m_previousTypical >> positiveCount >> negativeCount;
    if (in.status() != QDataStream::Ok || !m_positive.load(in) || !m_negative.load(in))
        return false;
    m_positiveCount = positiveCount;
    m_negativeCount = negativeCount;
    return m_positive.count() == m_negative.count() && positiveCount >= 0 && negativeCount >= 0
        && positiveCount + negativeCount <= m_positive.count();
}

} // namespace kairos
