#include "OnBalanceVolume.h"

namespace kairos {

double OnBalanceVolume::update(const Bar &bar)
{
    if (!m_started) {
        m_started = true;
        m_value = bar.volume;
    } else if (bar.close > m_previousClose) {
        m_value += bar.volume;
    } else if (bar.close < m_previousClose) {
        m_value -= bar.volume;
    }
    m_previousClose = bar.close;
    return m_value;
}

void OnBalanceVolume::save(QDataStream &out) const
{
    out << m_started << m_previousClose << m_value;
}

bool OnBalanceVolume::load(QDataStream &in)
{
    in >> m_started >> m_previousClose >> m_value;
    return in.status() == QDataStream::Ok;
}

} // namespace kairos
