#pragma once

#include "Bar.h"

#include <QDataStream>

namespace kairos {

// On-balance volume, as TA-Lib's OBV: the running total of the volume, added
// on a higher close, subtracted on a lower one. TA-Lib starts the total at the
// first bar's volume (not 0), and has no warm-up.
class OnBalanceVolume
{
public:
    OnBalanceVolume() = default;

    double update(const Bar &bar);
    double peek(const Bar &bar) const { return OnBalanceVolume(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    bool m_started = false;
    double m_previousClose = 0.0;
    double m_value = 0.0;
};

} // namespace kairos
