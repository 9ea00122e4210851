#pragma once

#include "SignalRule.h"
#include "indicators/Macd.h"

namespace kairos {

// The MACD line crossing above its signal line (BUY) or below it (SELL).
class MacdCrossRule : public SignalRule
{
    Q_DECLARE_TR_FUNCTIONS(MacdCrossRule)

public:
    explicit MacdCrossRule(const RuleConfig &config);
    std::optional<RuleHit> update(const Candle &candle) override;
    void save(QDataStream &out) const override;
    bool load(QDataStream &in) override;

private:
    Macd m_macd;
    int m_state = 0; // +1 MACD above signal, -1 below, 0 not yet known
    double m_previousHistogram = 0.0;
};

} // namespace kairos
