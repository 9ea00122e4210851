#include "Vwap.h"

#include <limits>

namespace kairos {

Vwap::Vwap(std::int64_t sessionMs)
    : m_sessionMs(sessionMs > 0 ? sessionMs : 86'400'000)
{ }

double Vwap::update(std::int64_t time, double high, double low, double close, double volume)
{
    std::int64_t session = time / m_sessionMs;
    if (time < 0 && time % m_sessionMs != 0)
        --session;
    if (session != m_session) {
        m_session = session;
        m_priceVolume = 0.0;
        m_volume = 0.0;
    }
    m_priceVolume += (high + low + close) / 3.0 * volume;
    m_volume += volume;
    return m_volume > 0.0 ? m_priceVolume / m_volume : std::numeric_limits<double>::quiet_NaN();
}

void Vwap::save(QDataStream &out) const
{
    out << qint64(m_session) << m_priceVolume << m_volume;
}

bool Vwap::load(QDataStream &in)
{
    qint64 session = 0;
    in >> session >> m_priceVolume >> m_volume;
    m_session = session;
    return in.status() == QDataStream::Ok;
}

} // namespace kairos
