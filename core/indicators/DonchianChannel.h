#pragma once

#include "Bar.h"
#include "Bollinger.h"
#include "RollingExtremes.h"

namespace kairos {

// Donchian channel: the highest high and lowest low of the last n bars and
// their midpoint, the current bar included (as charting platforms draw it).
class DonchianChannel
{
public:
    explicit DonchianChannel(int period = 20)
        : m_range(period)
    { }

    BandsValue update(const Bar &bar);
    BandsValue peek(const Bar &bar) const { return DonchianChannel(*this).update(bar); }

    void save(QDataStream &out) const { m_range.save(out); }
    bool load(QDataStream &in) { return m_range.load(in); }

private:
    RollingExtremes m_range;
};

} // namespace kairos
