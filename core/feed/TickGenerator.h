#pragma once

#include "Random.h"
#include "SimulatorConfig.h"
#include "model/Tick.h"

#include <QList>

#include <cstdint>
#include <optional>
#include <vector>

namespace kairos {

// The simulated market: Poisson trade arrivals over several symbols, each
// price following geometric Brownian motion, with quiet and burst regimes.
// Pure and deterministic: the same config and seed give the same ticks.
class TickGenerator
{
public:
    explicit TickGenerator(const SimulatorConfig &config);

    InstrumentList instruments() const;
    void setTicksPerSecond(double rate) { m_baseRate = rate; }

    // Appends ticks until the next one would be at or after `until` (returns
    // true: no later tick will be older than `until`), or until `maxCount`
    // ticks were appended (returns false).
    bool generateUntil(std::int64_t until, qsizetype maxCount, QList<Tick> &out);
    void generate(qsizetype count, QList<Tick> &out);

private:
    enum Regime { Quiet, Normal, Burst, RegimeCount };

    struct SymbolState
    {
        double logPrice;
        double lastTimeMs;
        double sigma;
        double mu;
        double meanQuantity;
        double priceIncrement; // in Decimal units
        double quantityIncrement;
    };

    Tick nextTick();
    void updateRegime();

    Random m_random;
    QList<SimulatedSymbol> m_symbols;
    std::vector<SymbolState> m_states;
    double m_baseRate;
    double m_clockMs;
    double m_nextRegimeCheckMs;
    bool m_regimes;
    Regime m_regime = Normal;
    std::optional<Tick> m_pending; // generated but beyond the last `until`
    double m_rateScale[RegimeCount];
};

} // namespace kairos
