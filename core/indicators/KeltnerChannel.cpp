#include "KeltnerChannel.h"

#include <cmath>
#include <limits>

namespace kairos {

KeltnerChannel::KeltnerChannel(int period, double multiplier, int atrPeriod)
    : m_middle(period)
    , m_atr(atrPeriod)
    , m_multiplier(multiplier)
{ }

BandsValue KeltnerChannel::update(const Bar &bar)
{
    const double middle = m_middle.update(bar.close);
    const double atr = m_atr.update(bar.high, bar.low, bar.close);
    if (std::isnan(middle) || std::isnan(atr)) {
        constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
        return { NaN, NaN, NaN };
    }
    const double width = m_multiplier * atr;
    return { middle + width, middle, middle - width };
}

void KeltnerChannel::save(QDataStream &out) const
{
    m_middle.save(out);
    m_atr.save(out);
}

bool KeltnerChannel::load(QDataStream &in)
{
    return m_middle.load(in) && m_atr.load(in);
}

} // namespace kairos
