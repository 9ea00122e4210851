#include "TickGenerator.h"

#include <algorithm>
#include <cmath>

namespace kairos {

namespace {

constexpr double MsPerYear = 365.25 * 86400.0 * 1000.0;

// Regime table: rate and volatility multipliers, and the chance per simulated
// second of leaving for another regime.
constexpr double RateMultiplier[] = { 0.25, 1.0, 4.0 };
constexpr double VolatilityMultiplier[] = { 0.5, 1.0, 2.5 };
constexpr double QuietToNormal = 0.08;
constexpr double NormalToQuiet = 0.03;
constexpr double NormalToBurst = 0.02;
constexpr double BurstToNormal = 0.15;

} // namespace

TickGenerator::TickGenerator(const SimulatorConfig &config)
    : m_random(config.seed)
    , m_symbols(config.symbols)
    , m_baseRate(config.ticksPerSecond)
    , m_clockMs(double(config.startTime))
    , m_nextRegimeCheckMs(double(config.startTime) + 1000.0)
    , m_regimes(config.regimes)
{
    for (const SimulatedSymbol &s : m_symbols) {
        m_states.push_back({ std::log(s.startPrice), m_clockMs, s.annualVolatility, s.annualDrift,
            s.meanQuantity, double(s.instrument.priceIncrement.units()),
            double(s.instrument.quantityIncrement.units()) });
    }
    // Scale the regime rates so the long-run average is the configured rate:
    // the stationary distribution of the regime chain weights the multipliers.
    const double quietShare = NormalToQuiet / QuietToNormal;
    const double burstShare = NormalToBurst / BurstToNormal;
    const double mean = (quietShare * RateMultiplier[Quiet] + RateMultiplier[Normal]
                            + burstShare * RateMultiplier[Burst])
        / (quietShare + 1.0 + burstShare);
    for (int r = 0; r < RegimeCount; ++r)
        m_rateScale[r] = m_regimes ? RateMultiplier[r] / mean : 1.0;
}

InstrumentList TickGenerator::instruments() const
{
    InstrumentList list;
    for (const SimulatedSymbol &s : m_symbols)
        list.append(s.instrument);
    return list;
}

void TickGenerator::updateRegime()
{
    while (m_clockMs >= m_nextRegimeCheckMs) {
        m_nextRegimeCheckMs += 1000.0;
        if (!m_regimes)
            continue;
        const double u = m_random.uniform();
        switch (m_regime) {
        case Quiet:
            if (u < QuietToNormal)
                m_regime = Normal;
            break;
        case Normal:
            if (u < NormalToQuiet)
                m_regime = Quiet;
            else if (u < NormalToQuiet + NormalToBurst)
                m_regime = Burst;
            break;
        case Burst:
            if (u < BurstToNormal)
                m_regime = Normal;
            break;
        case RegimeCount:
            break;
        }
    }
}

Tick TickGenerator::nextTick()
{
    const double rate = m_baseRate * m_rateScale[m_regime];
    m_clockMs += m_random.exponential(rate) * 1000.0;
    updateRegime();

    const std::uint32_t index = m_random.below(std::uint32_t(m_states.size()));
    SymbolState &s = m_states[index];
    const double dtYears = std::max(m_clockMs - s.lastTimeMs, 0.001) / MsPerYear;
    s.lastTimeMs = m_clockMs;
    const double sigma = s.sigma * (m_regimes ? VolatilityMultiplier[m_regime] : 1.0);
    const double z = m_random.normal();
    s.logPrice += (s.mu - 0.5 * sigma * sigma) * dtYears + sigma * std::sqrt(dtYears) * z;

    Tick tick;
    tick.time = std::int64_t(std::floor(m_clockMs));
    tick.symbol = index;
    const double priceUnits = std::exp(s.logPrice) * double(Decimal::Scale);
    const double priceSteps = std::max(std::round(priceUnits / s.priceIncrement), 1.0);
    tick.price = Decimal::fromUnits(std::int64_t(priceSteps * s.priceIncrement));
    // Lognormal sizes with the configured mean: heavy right tail, as real trades have.
    constexpr double SizeSigma = 1.0;
    const double size
        = s.meanQuantity * std::exp(SizeSigma * m_random.normal() - 0.5 * SizeSigma * SizeSigma);
    const double sizeSteps
        = std::max(std::round(size * double(Decimal::Scale) / s.quantityIncrement), 1.0);
    tick.quantity = Decimal::fromUnits(std::int64_t(sizeSteps * s.quantityIncrement));
    tick.side = z >= 0.0 ? Side::Buy : Side::Sell;
    return tick;
}

bool TickGenerator::generateUntil(std::int64_t until, qsizetype maxCount, QList<Tick> &out)
{
    if (m_states.empty())
        return true;
    for (qsizetype n = 0; n < maxCount; ++n) {
        if (!m_pending)
            m_pending = nextTick();
        if (m_pending->time >= until)
            return true;
        out.append(*m_pending);
        m_pending.reset();
    }
    return false;
}

void TickGenerator::generate(qsizetype count, QList<Tick> &out)
{
    if (m_states.empty())
        return;
    out.reserve(out.size() + count);
    qsizetype n = 0;
    if (m_pending && count > 0) {
        out.append(*m_pending);
        m_pending.reset();
        ++n;
    }
    for (; n < count; ++n)
        out.append(nextTick());
}

} // namespace kairos
