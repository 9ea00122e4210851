#pragma once

#include "SignalRule.h"
#include "indicators/Ema.h"
#include "indicators/Sma.h"

#include <variant>

namespace kairos {

// Golden cross (fast average rises above the slow one: BUY) and death cross
// (falls below: SELL). Equal averages keep the previous side.
class MovingAverageCrossRule : public SignalRule
{
    Q_DECLARE_TR_FUNCTIONS(MovingAverageCrossRule)

public:
    explicit MovingAverageCrossRule(const RuleConfig &config);
    std::optional<RuleHit> update(const Candle &candle) override;
    void save(QDataStream &out) const override;
    bool load(QDataStream &in) override;

private:
    using Average = std::variant<Sma, Ema>;
    static Average makeAverage(int period, bool exponential);

    QString m_label;
    Average m_fast;
    Average m_slow;
    int m_fastPeriod;
    int m_slowPeriod;
    int m_state = 0; // +1 fast above slow, -1 below, 0 not yet known
};

} // namespace kairos
