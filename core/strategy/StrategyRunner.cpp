#include "StrategyRunner.h"

#include "model/InstrumentRules.h"

#include <QIODevice>

#include <cmath>

namespace kairos {

void StrategyRunner::setStrategy(
    const StrategyConfig &strategy, const InstrumentList &instruments, const History &history)
{
    m_strategy = strategy;
    m_instruments = instruments;
    m_rules.clear();
    m_rules.resize(std::size_t(instruments.size()));
    m_atr.assign(std::size_t(instruments.size()), Atr(StrategyExits::AtrPeriod));
    for (std::uint32_t s = 0; s < m_rules.size(); ++s) {
        m_rules[s] = makeRules(s);
        if (!history || m_rules[s].empty())
            continue;
        for (const Candle &candle : history(s))
            warmUp(s, candle);
    }
}

std::vector<StrategyRunner::ActiveRule> StrategyRunner::makeRules(std::uint32_t symbol) const
{
    const int decimals = InstrumentRules::priceDecimals(m_instruments[symbol]);
    std::vector<ActiveRule> rules;
    for (const RuleConfig &config : m_strategy.rules) {
        if (config.enabled && config.validate().isEmpty()) {
            rules.push_back({ config.summary(), SignalRule::create(config, decimals) });
            rules.back().rule->setLocale(m_locale);
        }
    }
    return rules;
}

void StrategyRunner::setLocale(const QLocale &locale)
{
    m_locale = locale;
    for (auto &rules : m_rules) {
        for (ActiveRule &active : rules)
            active.rule->setLocale(locale);
    }
}

void StrategyRunner::warmUp(std::uint32_t symbol, const Candle &candle)
{
    if (symbol >= m_rules.size())
        return;
    for (ActiveRule &active : m_rules[symbol])
        active.rule->update(candle);
    m_atr[symbol].update(candle.high.toDouble(), candle.low.toDouble(), candle.close.toDouble());
}

QByteArray StrategyRunner::snapshot(std::uint32_t symbol) const
{
    QByteArray bytes;
    if (symbol >= m_rules.size())
        return bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint32(m_rules[symbol].size());
    for (const ActiveRule &active : m_rules[symbol]) {
        out << active.summary;
        active.rule->save(out);
    }
    m_atr[symbol].save(out);
    return bytes;
}

bool StrategyRunner::restore(std::uint32_t symbol, const QByteArray &snapshot)
{
    if (symbol >= m_rules.size())
        return false;
    // Restored into fresh rules, swapped in only when every one loaded.
    std::vector<ActiveRule> restored = makeRules(symbol);
    QDataStream in(snapshot);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count != restored.size())
        return false;
    for (ActiveRule &active : restored) {
        QString summary;
        in >> summary;
        if (summary != active.summary || !active.rule->load(in))
            return false;
    }
    Atr atr(StrategyExits::AtrPeriod);
    if (!atr.load(in) || !in.atEnd())
        return false;
    m_rules[symbol] = std::move(restored);
    m_atr[symbol] = atr;
    return true;
}

void StrategyRunner::onCandle(std::uint32_t symbol, const Candle &candle, SignalList &out)
{
    if (symbol >= m_rules.size())
        return;
    const double atr = m_atr[symbol].update(
        candle.high.toDouble(), candle.low.toDouble(), candle.close.toDouble());
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
        signal.atr = std::isnan(atr) ? 0.0 : atr;
        out.append(signal);
    }
}

} // namespace kairos
