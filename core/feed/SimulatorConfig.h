#pragma once

#include "model/Instrument.h"

#include <QCoreApplication>
#include <QList>

#include <cstdint>

namespace kairos {

struct SimulatedSymbol
{
    Instrument instrument;
    double startPrice = 100.0;
    double annualVolatility = 0.6; // σ of log returns per year
    double annualDrift = 0.0; // μ per year
    double meanQuantity = 1.0;
};

struct SimulatorConfig
{
    Q_DECLARE_TR_FUNCTIONS(SimulatorConfig)

public:
    QList<SimulatedSymbol> symbols;
    double ticksPerSecond = 250.0; // over all symbols, on average
    std::uint64_t seed = 1;
    std::int64_t startTime = 0; // event time of the first tick, epoch ms
    // Markov regimes (quiet, normal, burst) scale tick rate and volatility
    // second by second; the long-run average rate stays ticksPerSecond.
    bool regimes = true;
    // The live session starts with this much history, generated at
    // historyTicksPerSecond, so charts open with candles to look at.
    std::int64_t historySeconds = 0;
    double historyTicksPerSecond = 40.0;

    // A handful of well-known markets with plausible prices and increments.
    static QList<SimulatedSymbol> defaultSymbols(int count = 6);
    // Empty when valid; otherwise one message per bad field.
    QStringList validate() const;
};

} // namespace kairos
