#include "DonchianChannel.h"

#include <limits>

namespace kairos {

BandsValue DonchianChannel::update(const Bar &bar)
{
    m_range.push(bar.high, bar.low);
    if (!m_range.isFull()) {
        constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
        return { NaN, NaN, NaN };
    }
    const double upper = m_range.highest();
    const double lower = m_range.lowest();
    return { upper, (upper + lower) / 2.0, lower };
}

} // namespace kairos
