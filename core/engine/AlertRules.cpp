#include "AlertRules.h"

#include <cmath>
#include <limits>

namespace kairos {

namespace {

double indicatorValue(const IndicatorValues &v, const QString &name)
{
    if (name == u"rsi")
        return v.rsi;
    if (name == u"sma")
        return v.sma;
    if (name == u"emaFast")
        return v.emaFast;
    if (name == u"emaSlow")
        return v.emaSlow;
    if (name == u"macd")
        return v.macd.macd;
    if (name == u"atr")
        return v.atr;
    if (name == u"vwap")
        return v.vwap;
    return v.stochastic.k;
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

} // namespace

void AlertRules::set(const AlertRuleList &rules, const InstrumentList &instruments)
{
    m_rules = rules;
    m_instruments = instruments;
    m_symbolOf.assign(std::size_t(rules.size()), -1);
    m_last.assign(std::size_t(rules.size()), std::numeric_limits<double>::quiet_NaN());
    m_beyond.assign(std::size_t(rules.size()), 0);
    for (qsizetype r = 0; r < rules.size(); ++r) {
        for (qsizetype s = 0; s < instruments.size(); ++s) {
            if (instruments[s].symbol == rules[r].symbol)
                m_symbolOf[std::size_t(r)] = std::int32_t(s);
        }
        // A rule for a symbol this session does not trade never fires.
        if (!rules[r].symbol.isEmpty() && m_symbolOf[std::size_t(r)] < 0)
            m_symbolOf[std::size_t(r)] = -2;
    }
}

bool AlertRules::applies(const AlertRule &rule, std::uint32_t symbol) const
{
    const std::int32_t of = m_symbolOf[std::size_t(&rule - m_rules.constData())];
    return rule.enabled && (of == -1 || of == std::int32_t(symbol));
}

std::optional<bool> AlertRules::crossed(double before, double now, double level)
{
    if (std::isnan(before) || std::isnan(now))
        return std::nullopt;
    if (before < level && now >= level)
        return true;
    if (before > level && now <= level)
        return false;
    return std::nullopt;
}

void AlertRules::onPrice(std::uint32_t symbol, double price, std::int64_t time, AlertList &out)
{
    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules[r];
        if (rule.kind != AlertRule::Kind::PriceCrosses || !applies(rule, symbol))
            continue;
        double &last = m_last[std::size_t(r)];
        if (const auto up = crossed(last, price, rule.level))
            out.append({ time, rule.severity, QStringLiteral("rule"),
                (*up ? tr("%1 rose through %2 (now %3)") : tr("%1 fell through %2 (now %3)"))
                    .arg(m_instruments[symbol].symbol, number(rule.level), number(price)) });
        last = price;
    }
}

void AlertRules::onIndicators(std::uint32_t symbol, std::int64_t timeframeSeconds,
    const IndicatorValues &values, AlertList &out)
{
    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules[r];
        if (rule.kind != AlertRule::Kind::IndicatorCrosses || !applies(rule, symbol)
            || rule.timeframeSeconds != timeframeSeconds)
            continue;
        const double value = indicatorValue(values, rule.indicator);
        double &last = m_last[std::size_t(r)];
        if (const auto up = crossed(last, value, rule.level))
            out.append({ values.time, rule.severity, QStringLiteral("rule"),
                (*up ? tr("%1 %2 (%3 s) rose through %4 (now %5)")
                     : tr("%1 %2 (%3 s) fell through %4 (now %5)"))
                    .arg(m_instruments[symbol].symbol, rule.indicator)
                    .arg(timeframeSeconds)
                    .arg(number(rule.level), number(value)) });
        last = value;
    }
}

void AlertRules::onSignals(const SignalList &fired, AlertList &out)
{
    for (const Signal &signal : fired) {
        for (const AlertRule &rule : std::as_const(m_rules)) {
            if (rule.kind == AlertRule::Kind::SignalFired && applies(rule, signal.symbol))
                out.append({ signal.time, rule.severity, QStringLiteral("rule"),
                    tr("signal: %1 %2 %3")
                        .arg(sideName(signal.side), m_instruments[signal.symbol].symbol,
                            signal.rule) });
        }
    }
}

void AlertRules::onPnl(
    std::uint32_t symbol, double unrealizedPnl, std::int64_t time, AlertList &out)
{
    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules[r];
        if (rule.kind != AlertRule::Kind::PositionPnl || !applies(rule, symbol))
            continue;
        char &beyond = m_beyond[std::size_t(r)];
        const bool now = std::abs(unrealizedPnl) > rule.level;
        if (now && !beyond)
            out.append({ time, rule.severity, QStringLiteral("rule"),
                tr("%1 unrealized PnL %2 is beyond ±%3")
                    .arg(
                        m_instruments[symbol].symbol, number(unrealizedPnl), number(rule.level)) });
        beyond = now;
    }
}

} // namespace kairos
