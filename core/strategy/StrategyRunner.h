#pragma once

#include "Signal.h"
#include "SignalRule.h"
#include "StrategyConfig.h"
#include "indicators/Atr.h"
#include "model/Candle.h"
#include "model/Instrument.h"

#include <functional>
#include <memory>
#include <vector>

namespace kairos {

// Runs a strategy's enabled rules over every symbol's confirmed candles of
// the strategy's timeframe, and their ATR for its exits. Pure and
// synchronous, owned by the engine.
class StrategyRunner
{
public:
    using History = std::function<CandleList(std::uint32_t symbol)>;

    // Replaces the strategy. The new rules first replay each symbol's history
    // silently, so a parameter change applies from the next candle on, without
    // a burst of stale signals.
    // Reasons quote prices to each instrument's price increment.
    void setStrategy(
        const StrategyConfig &strategy, const InstrumentList &instruments, const History &history);
    const StrategyConfig &strategy() const { return m_strategy; }
    // The language reasons are written in, from now on (C until told).
    void setLocale(const QLocale &locale);

    // Feeds a confirmed candle; appends the signals it caused.
    void onCandle(std::uint32_t symbol, const Candle &candle, SignalList &out);
    // Feeds a candle without signalling: history before going live.
    void warmUp(std::uint32_t symbol, const Candle &candle);

    // The state of one symbol's rules, for a warm start. restore() is false,
    // and changes nothing, when the bytes belong to other rules.
    QByteArray snapshot(std::uint32_t symbol) const;
    bool restore(std::uint32_t symbol, const QByteArray &snapshot);

private:
    struct ActiveRule
    {
        QString summary;
        std::unique_ptr<SignalRule> rule;
    };

    std::vector<ActiveRule> makeRules(std::uint32_t symbol) const;

    StrategyConfig m_strategy;
    InstrumentList m_instruments;
    std::vector<std::vector<ActiveRule>> m_rules; // per symbol
    std::vector<Atr> m_atr; // per symbol: the strategy's exits may be measured in it
    QLocale m_locale = QLocale::c();
};

} // namespace kairos
