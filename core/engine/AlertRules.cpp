#include "AlertRules.h"

#include "model/InstrumentRules.h"
#include "model/LocaleDecimal.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

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

// Oscillators read 0 to 100; the rest are prices, or differences of
// prices (MACD), which are smaller.
QString indicatorText(const QString &name, double value, int priceDecimals, const QLocale &locale)
{
    if (name == u"rsi" || name == u"stochK")
        return LocaleDecimal::fixed(value, 2, locale);
    return LocaleDecimal::fixed(value, name == u"macd" ? priceDecimals + 2 : priceDecimals, locale);
}

} // namespace

int AlertRules::priceDecimals(std::uint32_t symbol) const
{
    return InstrumentRules::priceDecimals(m_instruments[symbol]);
}

void AlertRules::set(const AlertRuleList &rules, const InstrumentList &instruments)
{
    m_rules = rules;
    m_instruments = instruments;
    m_symbolOf.assign(std::size_t(rules.size()), -1);
    m_states.assign(std::size_t(rules.size() * instruments.size()),
        State { std::numeric_limits<double>::quiet_NaN() });
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

bool AlertRules::applies(qsizetype rule, std::uint32_t symbol) const
{
    const std::int32_t of = m_symbolOf[std::size_t(rule)];
    return m_rules[rule].enabled && symbol < std::uint32_t(m_instruments.size())
        && (of == -1 || of == std::int32_t(symbol));
}

AlertRules::State &AlertRules::state(qsizetype rule, std::uint32_t symbol)
{
    return m_states[std::size_t(rule) * std::size_t(m_instruments.size()) + symbol];
}

bool AlertRules::wanted(const AlertRule &rule, bool up)
{
    return rule.direction == AlertRule::Direction::Either
        || up == (rule.direction == AlertRule::Direction::Up);
}

bool AlertRules::mayFire(qsizetype rule, std::uint32_t symbol, std::int64_t time)
{
    const AlertRule &r = m_rules[rule];
    State &s = state(rule, symbol);
    switch (r.frequency) {
    case AlertRule::Frequency::Once:
        return !std::exchange(s.spent, true);
    case AlertRule::Frequency::OncePerCandle: {
        const std::int64_t width = std::max<std::int64_t>(r.timeframeSeconds, 1) * 1000;
        const std::int64_t bucket = time >= 0 ? time / width : (time - width + 1) / width;
        return std::exchange(s.firedBucket, bucket) != bucket;
    }
    case AlertRule::Frequency::Every:
        if (s.firedAt != std::numeric_limits<std::int64_t>::min()
            && time - s.firedAt < std::int64_t(r.cooldownSeconds) * 1000)
            return false;
        s.firedAt = time;
        return true;
    }
    return false;
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
        if (rule.kind == AlertRule::Kind::LineCrosses && applies(r, symbol)) {
            // The price against the line where it is now: a crossing is the
            // gap between them changing sign. Before the line starts nothing
            // is watched; a trend line is watched on past its end (drawn up
            // to the newest candle, it would fall silent a candle later).
            const std::optional<double> level = rule.line.priceAt(time, true);
            double &last = state(r, symbol).last;
            const double gap = level ? price - *level : std::nan("");
            const auto up = crossed(last, gap, 0.0);
            last = gap;
            if (up && wanted(rule, *up) && mayFire(r, symbol, time))
                out.append({ time, rule.severity, QStringLiteral("rule"),
                    (*up ? tr("%1 rose through the %2 at %3 (now %4)")
                         : tr("%1 fell through the %2 at %3 (now %4)"))
                        .arg(m_instruments[symbol].symbol,
                            Drawing::kindName(rule.line.kind).toLower(),
                            LocaleDecimal::fixed(*level, priceDecimals(symbol), m_locale),
                            LocaleDecimal::fixed(price, priceDecimals(symbol), m_locale)) });
            continue;
        }
        if (rule.kind != AlertRule::Kind::PriceCrosses || !applies(r, symbol))
            continue;
        double &last = state(r, symbol).last;
        const auto up = crossed(last, price, rule.level);
        last = price;
        if (up && wanted(rule, *up) && mayFire(r, symbol, time))
            out.append({ time, rule.severity, QStringLiteral("rule"),
                (*up ? tr("%1 rose through %2 (now %3)") : tr("%1 fell through %2 (now %3)"))
                    .arg(m_instruments[symbol].symbol,
                        LocaleDecimal::fixed(rule.level, priceDecimals(symbol), m_locale),
                        LocaleDecimal::fixed(price, priceDecimals(symbol), m_locale)) });
    }
}

void AlertRules::onIndicators(std::uint32_t symbol, std::int64_t timeframeSeconds,
    const IndicatorValues &values, AlertList &out)
{
    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules[r];
        if (rule.kind != AlertRule::Kind::IndicatorCrosses || !applies(r, symbol)
            || rule.timeframeSeconds != timeframeSeconds)
            continue;
        const double value = indicatorValue(values, rule.indicator);
        double &last = state(r, symbol).last;
        const auto up = crossed(last, value, rule.level);
        last = value;
        if (up && wanted(rule, *up) && mayFire(r, symbol, values.time))
            out.append({ values.time, rule.severity, QStringLiteral("rule"),
                (*up ? tr("%1 %2 (%3 s) rose through %4 (now %5)")
                     : tr("%1 %2 (%3 s) fell through %4 (now %5)"))
                    .arg(m_instruments[symbol].symbol, rule.indicator)
                    .arg(timeframeSeconds)
                    .arg(indicatorText(rule.indicator, rule.level, priceDecimals(symbol), m_locale),
                        indicatorText(rule.indicator, value, priceDecimals(symbol), m_locale)) });
    }
}

void AlertRules::onSignals(const SignalList &fired, AlertList &out)
{
    for (const Signal &signal : fired) {
        for (qsizetype r = 0; r < m_rules.size(); ++r) {
            const AlertRule &rule = m_rules[r];
            if (rule.kind == AlertRule::Kind::SignalFired && applies(r, signal.symbol)
                && mayFire(r, signal.symbol, signal.time))
                out.append({ signal.time, rule.severity, QStringLiteral("rule"),
                    tr("signal: %1 %2 %3")
                        .arg(sideLabel(signal.side), m_instruments[signal.symbol].symbol,
                            signal.rule) });
        }
    }
}

void AlertRules::onPnl(
    std::uint32_t symbol, double unrealizedPnl, std::int64_t time, AlertList &out)
{
    for (qsizetype r = 0; r < m_rules.size(); ++r) {
        const AlertRule &rule = m_rules[r];
        if (rule.kind != AlertRule::Kind::PositionPnl || !applies(r, symbol))
            continue;
        bool &beyond = state(r, symbol).beyond;
        const bool now = std::abs(unrealizedPnl) > rule.level;
        if (now && !std::exchange(beyond, now) && mayFire(r, symbol, time))
            out.append({ time, rule.severity, QStringLiteral("rule"),
                tr("%1 unrealized PnL %2 is beyond ±%3")
                    .arg(m_instruments[symbol].symbol,
                        LocaleDecimal::fixed(unrealizedPnl, 2, m_locale),
                        LocaleDecimal::fixed(rule.level, 2, m_locale)) });
        beyond = now;
    }
}

} // namespace kairos
