#pragma once

#include "Atr.h"
#include "Bar.h"
#include "Bollinger.h"
#include "Ema.h"

namespace kairos {

// Keltner channel: an EMA of the close, ± a multiple of the ATR (Wilder's,
// over its own period), as charting platforms draw it. No TA-Lib function;
// the first value comes when both the EMA and the ATR have warmed up.
class KeltnerChannel
{
public:
    KeltnerChannel(int period = 20, double multiplier = 2.0, int atrPeriod = 10);

    BandsValue update(const Bar &bar);
    BandsValue peek(const Bar &bar) const { return KeltnerChannel(*this).update(bar); }

    void save(QDataStream &out) const;
    bool load(QDataStream &in);

private:
    Ema m_middle;
    Atr m_atr;
    double m_multiplier;
};

} // namespace kairos
