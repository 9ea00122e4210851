#pragma once

#include "AlertRule.h"
#include "indicators/IndicatorSet.h"
#include "model/Instrument.h"
#include "strategy/Signal.h"

#include <QLocale>

#include <limits>
#include <vector>

namespace kairos {

// Checks the user's alert rules as the engine sees prices, indicators,
// signals and positions. A crossing fires when the value passes the level in
// the rule's direction; a PnL rule when the amount is first exceeded, armed
// again once it is back within; each then as often as its frequency allows.
// Every (rule, symbol) pair keeps its own state, so a rule for any symbol
// never mixes one symbol's values with another's.
class AlertRules
{
    Q_DECLARE_TR_FUNCTIONS(AlertRules)

public:
    void set(const AlertRuleList &rules, const InstrumentList &instruments);
    const AlertRuleList &rules() const { return m_rules; }
    // The language alerts are written in, from now on (C until told).
    void setLocale(const QLocale &locale) { m_locale = locale; }

    void onPrice(std::uint32_t symbol, double price, std::int64_t time, AlertList &out);
    void onIndicators(std::uint32_t symbol, std::int64_t timeframeSeconds,
        const IndicatorValues &values, AlertList &out);
    void onSignals(const SignalList &fired, AlertList &out);
    void onPnl(std::uint32_t symbol, double unrealizedPnl, std::int64_t time, AlertList &out);

private:
    struct State
    {
        double last; // the value last seen (NaN: none yet)
        bool beyond = false; // PnL: currently beyond the amount
        bool spent = false; // Once: it spoke
        std::int64_t firedBucket = std::numeric_limits<std::int64_t>::min(); // OncePerCandle
        std::int64_t firedAt = std::numeric_limits<std::int64_t>::min(); // Every
    };

    bool applies(qsizetype rule, std::uint32_t symbol) const;
    int priceDecimals(std::uint32_t symbol) const; // as the instrument quotes prices
    State &state(qsizetype rule, std::uint32_t symbol);
    // True, with the direction, when `now` passed the level since `before`.
    static std::optional<bool> crossed(double before, double now, double level);
    // Whether a crossing this way counts for the rule.
    static bool wanted(const AlertRule &rule, bool up);
    // Whether the rule may speak now for this symbol; if so, it is counted as spoken.
    bool mayFire(qsizetype rule, std::uint32_t symbol, std::int64_t time);

    AlertRuleList m_rules;
    std::vector<std::int32_t> m_symbolOf; // per rule: instrument index, -1 for any
    std::vector<State> m_states; // per rule and symbol
    InstrumentList m_instruments;
    QLocale m_locale = QLocale::c();
};

} // namespace kairos
