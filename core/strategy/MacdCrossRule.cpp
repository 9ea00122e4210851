#include "MacdCrossRule.h"

#include <cmath>

namespace kairos {

MacdCrossRule::MacdCrossRule(const RuleConfig &config)
    : m_macd(int(config.parameter(QStringLiteral("fast"))),
        int(config.parameter(QStringLiteral("slow"))),
        int(config.parameter(QStringLiteral("signal"))))
{ }

std::optional<RuleHit> MacdCrossRule::update(const Candle &candle)
{
    const MacdValue v = m_macd.update(candle.close.toDouble());
    if (std::isnan(v.histogram) || v.histogram == 0.0)
        return std::nullopt;
    const int state = v.histogram > 0.0 ? 1 : -1;
    const int previous = m_state;
    const double previousHistogram = m_previousHistogram;
    m_state = state;
    m_previousHistogram = v.histogram;
    if (previous == 0 || previous == state)
        return std::nullopt;
    // How sharply the histogram turned, against the size of the lines.
    const double scale = std::abs(v.macd) + std::abs(v.signal);
    const double swing = std::abs(v.histogram - previousHistogram);
    const double confidence = clamp01(0.5 + 0.5 * (scale > 0.0 ? swing / scale : 1.0));
    const QString reason = state > 0
        ? tr("MACD(%1,%2,%3) crossed above its signal line (histogram %4 → %5)")
        : tr("MACD(%1,%2,%3) crossed below its signal line (histogram %4 → %5)");
    return RuleHit { state > 0 ? Side::Buy : Side::Sell, confidence,
        reason.arg(m_macd.fastPeriod())
            .arg(m_macd.slowPeriod())
            .arg(m_macd.signalPeriod())
            .arg(priceDifference(previousHistogram), priceDifference(v.histogram)) };
}

void MacdCrossRule::save(QDataStream &out) const
{
    m_macd.save(out);
    out << qint32(m_state) << m_previousHistogram;
}

bool MacdCrossRule::load(QDataStream &in)
{
    qint32 state = 0;
    const bool macd = m_macd.load(in);
    in >> state >> m_previousHistogram;
    m_state = state;
    return macd && in.status() == QDataStream::Ok && state >= -1 && state <= 1;
}

} // namespace kairos
