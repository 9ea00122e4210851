#include "BollingerBreakoutRule.h"

#include <cmath>

namespace kairos {

BollingerBreakoutRule::BollingerBreakoutRule(const RuleConfig &config)
    : m_bands(int(config.parameter(QStringLiteral("period"))),
        config.parameter(QStringLiteral("deviations")))
{ }

std::optional<RuleHit> BollingerBreakoutRule::update(const Candle &candle)
{
    const double close = candle.close.toDouble();
    const BandsValue bands = m_bands.update(close);
    if (std::isnan(bands.middle))
        return std::nullopt;
    const int state = close > bands.upper ? 1 : close < bands.lower ? -1 : 0;
    const int previous = m_state;
    m_state = state;
    if (previous != 0 || state == 0)
        return std::nullopt;
    // How far beyond the band, in half-band widths: one is full confidence.
    const double halfWidth = bands.upper - bands.middle;
    const double beyond = state > 0 ? close - bands.upper : bands.lower - close;
    const double confidence = clamp01(0.5 + 0.5 * (halfWidth > 0.0 ? beyond / halfWidth : 1.0));
    const QString reason = state > 0
        ? tr("close %1 broke above the upper Bollinger band %2 (BB %3, %4)")
              .arg(price(close), price(bands.upper))
        : tr("close %1 broke below the lower Bollinger band %2 (BB %3, %4)")
              .arg(price(close), price(bands.lower));
    return RuleHit { state > 0 ? Side::Buy : Side::Sell, confidence,
        reason.arg(m_bands.period()).arg(number(m_bands.deviations())) };
}

void BollingerBreakoutRule::save(QDataStream &out) const
{
    m_bands.save(out);
    out << qint32(m_state);
}

bool BollingerBreakoutRule::load(QDataStream &in)
{
    qint32 state = 0;
    const bool bands = m_bands.load(in);
    in >> state;
    m_state = state;
    return bands && in.status() == QDataStream::Ok && state >= -1 && state <= 2;
}

} // namespace kairos
