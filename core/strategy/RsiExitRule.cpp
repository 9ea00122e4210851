#include "RsiExitRule.h"

#include <algorithm>
#include <cmath>

namespace kairos {

RsiExitRule::RsiExitRule(const RuleConfig &config)
    : m_rsi(int(config.parameter(QStringLiteral("period"))))
    , m_oversold(config.parameter(QStringLiteral("oversold")))
    , m_overbought(config.parameter(QStringLiteral("overbought")))
{ }

std::optional<RuleHit> RsiExitRule::update(const Candle &candle)
{
    const double rsi = m_rsi.update(candle.close.toDouble());
    if (std::isnan(rsi))
        return std::nullopt;
    const double previous = m_previous;
    m_previous = rsi;
    if (previous < 0.0) {
        m_extreme = rsi;
        return std::nullopt;
    }
    std::optional<RuleHit> hit;
    // The deeper the excursion went, the stronger the signal: an excursion
    // that reached 0 (or 100) is full confidence.
    if (previous < m_oversold && rsi >= m_oversold) {
        const double depth = (m_oversold - std::min(m_extreme, previous)) / m_oversold;
        hit = RuleHit { Side::Buy, clamp01(0.5 + 0.5 * depth),
            tr("RSI(%1) rose above %2 (%3 → %4)")
                .arg(m_rsi.period())
                .arg(number(m_oversold), oscillator(previous), oscillator(rsi)) };
    } else if (previous > m_overbought && rsi <= m_overbought) {
        const double depth
            = (std::max(m_extreme, previous) - m_overbought) / (100.0 - m_overbought);
        hit = RuleHit { Side::Sell, clamp01(0.5 + 0.5 * depth),
            tr("RSI(%1) fell below %2 (%3 → %4)")
                .arg(m_rsi.period())
                .arg(number(m_overbought), oscillator(previous), oscillator(rsi)) };
    }
    // Track the extreme of the excursion outside the band; reset inside it.
    if (rsi < m_oversold)
        m_extreme = previous < m_oversold ? std::min(m_extreme, rsi) : rsi;
    else if (rsi > m_overbought)
        m_extreme = previous > m_overbought ? std::max(m_extreme, rsi) : rsi;
    else
        m_extreme = rsi;
    return hit;
}

void RsiExitRule::save(QDataStream &out) const
{
    m_rsi.save(out);
    out << m_previous << m_extreme;
}

bool RsiExitRule::load(QDataStream &in)
{
    const bool rsi = m_rsi.load(in);
    in >> m_previous >> m_extreme;
    return rsi && in.status() == QDataStream::Ok;
}

} // namespace kairos
