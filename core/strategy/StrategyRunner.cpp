#include "StrategyRunner.h"

namespace kairos {

void StrategyRunner::setStrategy(
    const StrategyConfig &strategy, int symbolCount, const History &history)
{
    m_strategy = strategy;
    m_rules.clear();
    m_rules.resize(std::size_t(std::max(symbolCount, 0)));
    for (std::uint32_t s = 0; s < m_rules.size(); ++s) {
        for (const RuleConfig &config : strategy.rules) {
            if (config.enabled && config.validate().isEmpty())
                m_rules[s].push_back({ config.summary(), SignalRule::create(config) });
        }
        if (!history || m_rules[s].empty())
            continue;
        for (const Candle &candle : history(s)) {
            for (ActiveRule &active : m_rules[s])
                active.rule->update(candle);
        }
    }
}

void StrategyRunner::onCandle(std::uint32_t symbol, const Candle &candle, SignalList &out)
{
    if (symbol >= m_rules.size())
        return;
    for (ActiveRule &active : m_rules[symbol]) {
        const auto hit = active.rule->update(candle);
        if (!hit)
            continue;
        Signal signal;
        signal.symbol = symbol;
        signal.timeframe = m_strategy.timeframe;
        signal.side = hit->side;
        signal.confidence = hit->confidence;
        signal.reason = hit->reason;
        signal.rule = active.summary;
        signal.time = candle.time;
        signal.price = candle.close.toDouble();
        out.append(signal);
    }
}

} // namespace kairos
