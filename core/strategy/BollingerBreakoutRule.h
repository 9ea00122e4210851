#pragma once

#include "SignalRule.h"
#include "indicators/Bollinger.h"

namespace kairos {

// The close breaking out above the upper band (BUY: momentum) or below the
// lower band (SELL), after a close inside the bands.
class BollingerBreakoutRule : public SignalRule
{
    Q_DECLARE_TR_FUNCTIONS(BollingerBreakoutRule)

public:
    explicit BollingerBreakoutRule(const RuleConfig &config);
    std::optional<RuleHit> update(const Candle &candle) override;
    void save(QDataStream &out) const override;
    bool load(QDataStream &in) override;

private:
    Bollinger m_bands;
    int m_state = 2; // +1 above the upper band, -1 below the lower, 0 inside, 2 unknown
};

} // namespace kairos
