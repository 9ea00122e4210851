#include "MovingAverageCrossRule.h"

#include <cmath>

namespace kairos {

MovingAverageCrossRule::Average MovingAverageCrossRule::makeAverage(int period, bool exponential)
{
    if (exponential)
        return Ema(period);
    return Sma(period);
}

MovingAverageCrossRule::MovingAverageCrossRule(const RuleConfig &config)
    : m_label(config.parameter(QStringLiteral("exponential")) != 0 ? QStringLiteral("EMA")
                                                                   : QStringLiteral("SMA"))
    , m_fast(makeAverage(int(config.parameter(QStringLiteral("fast"))),
          config.parameter(QStringLiteral("exponential")) != 0))
    , m_slow(makeAverage(int(config.parameter(QStringLiteral("slow"))),
          config.parameter(QStringLiteral("exponential")) != 0))
    , m_fastPeriod(int(config.parameter(QStringLiteral("fast"))))
    , m_slowPeriod(int(config.parameter(QStringLiteral("slow"))))
{ }

std::optional<RuleHit> MovingAverageCrossRule::update(const Candle &candle)
{
    const double close = candle.close.toDouble();
    auto feed = [close](auto &average) { return average.update(close); };
    const double fast = std::visit(feed, m_fast);
    const double slow = std::visit(feed, m_slow);
    if (std::isnan(fast) || std::isnan(slow) || fast == slow)
        return std::nullopt;
    const int state = fast > slow ? 1 : -1;
    const int previous = m_state;
    m_state = state;
    if (previous == 0 || previous == state)
        return std::nullopt;
    // A wider gap at the cross means a more decisive move: a gap of 0.2 % of
    // the price is full confidence.
    const double confidence = clamp01(0.5 + 0.5 * std::abs(fast - slow) / (0.002 * close));
    const QString reason = state > 0 ? tr("%1(%2) crossed above %1(%3) (%4 > %5)")
                                           .arg(m_label)
                                           .arg(m_fastPeriod)
                                           .arg(m_slowPeriod)
                                           .arg(price(fast), price(slow))
                                     : tr("%1(%2) crossed below %1(%3) (%4 < %5)")
                                           .arg(m_label)
                                           .arg(m_fastPeriod)
                                           .arg(m_slowPeriod)
                                           .arg(price(fast), price(slow));
    return RuleHit { state > 0 ? Side::Buy : Side::Sell, confidence, reason };
}

void MovingAverageCrossRule::save(QDataStream &out) const
{
    std::visit([&out](const auto &average) { average.save(out); }, m_fast);
    std::visit([&out](const auto &average) { average.save(out); }, m_slow);
    out << qint32(m_state);
}

bool MovingAverageCrossRule::load(QDataStream &in)
{
    qint32 state = 0;
    const bool averages = std::visit([&in](auto &average) { return average.load(in); }, m_fast)
        && std::visit([&in](auto &average) { return average.load(in); }, m_slow);
    in >> state;
    m_state = state;
    return averages && in.status() == QDataStream::Ok && state >= -1 && state <= 1;
}

} // namespace kairos
