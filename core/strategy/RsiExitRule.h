#pragma once

#include "SignalRule.h"
#include "indicators/Rsi.h"

namespace kairos {

// RSI rising back above the oversold level (BUY) or falling back below the
// overbought level (SELL): the moment an extreme ends.
class RsiExitRule : public SignalRule
{
    Q_DECLARE_TR_FUNCTIONS(RsiExitRule)

public:
    explicit RsiExitRule(const RuleConfig &config);
    std::optional<RuleHit> update(const Candle &candle) override;
    void save(QDataStream &out) const override;
    bool load(QDataStream &in) override;

private:
    Rsi m_rsi;
    double m_oversold;
    double m_overbought;
    double m_previous = -1.0; // no value yet
    double m_extreme = 50.0; // deepest RSI of the current excursion
};

} // namespace kairos
