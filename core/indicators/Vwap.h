#pragma once

#include <QDataStream>

#include <cstdint>

namespace kairos {

// Volume-weighted average price of the typical price (high + low + close) / 3,
// anchored to a session that starts at 00:00 UTC (or every `sessionMs`
// milliseconds from the epoch). The sums restart with every session, so they
// never grow without bound.
class Vwap
{
public:
    explicit Vwap(std::int64_t sessionMs = 86'400'000);

    double update(std::int64_t time, double high, double low, double close, double volume);
    double peek(std::int64_t time, double high, double low, double close, double volume) const
    {
        return Vwap(*this).update(time, high, low, close, volume);
    }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    std::int64_t m_sessionMs;
    std::int64_t m_session = -1;
    double m_priceVolume = 0.0;
    double m_volume = 0.0;
};

} // namespace kairos
