#pragma once

#include "AlertRule.h"
#include "indicators/IndicatorSet.h"
#include "model/Instrument.h"
#include "strategy/Signal.h"

#include <vector>

namespace kairos {

// Checks the user's alert rules as the engine sees prices, indicators,
// signals and positions. A crossing fires once, when the value passes the
// level; a PnL rule fires when the amount is first exceeded and is armed
// again once it is back within.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(AlertRules)

public:
    void set(const AlertRuleList &rules, const InstrumentList &instruments);
    const AlertRuleList &rules() const { return m_rules; }

    void onPrice(std::uint32_t symbol, double price, std::int64_t time, AlertList &out);
    void onIndicators(std::uint32_t symbol, std::int64_t timeframeSeconds,
        const IndicatorValues &values, AlertList &out);
    void onSignals(const SignalList &fired, AlertList &out);
    void onPnl(std::uint32_t symbol, double unrealizedPnl, std::int64_t time, AlertList &out);

private:
    bool applies(const AlertRule &rule, std::uint32_t symbol) const;
    // True, with the direction, when `now` passed the level since `before`.
    static std::optional<bool> crossed(double before, double now, double level);

    AlertRuleList m_rules;
    std::vector<std::int32_t> m_symbolOf; // per rule: instrument index, -1 for any
    std::vector<double> m_last; // per rule: the value last seen (NaN: none yet)
    std::vector<char> m_beyond; // per rule (PnL): currently beyond the amount
    InstrumentList m_instruments;
};

} // namespace kairos
