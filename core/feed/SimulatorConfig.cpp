#include "SimulatorConfig.h"

namespace kairos {

QList<SimulatedSymbol> SimulatorConfig::defaultSymbols(int count)
{
    struct Preset
    {
        const char *symbol;
        double price;
        const char *priceIncrement;
        const char *quantityIncrement;
        double volatility;
        double meanQuantity;
    };
    static const Preset presets[] = {
        { "BTCUSDT", 64250.0, "0.01", "0.00001", 0.55, 0.05 },
        { "ETHUSDT", 3120.0, "0.01", "0.0001", 0.70, 0.8 },
        { "SOLUSDT", 148.0, "0.01", "0.001", 0.95, 12.0 },
        { "BNBUSDT", 585.0, "0.01", "0.001", 0.60, 3.0 },
        { "XRPUSDT", 0.5230, "0.0001", "1", 0.85, 900.0 },
        { "ADAUSDT", 0.4410, "0.0001", "0.1", 0.90, 1500.0 },
        { "DOGEUSDT", 0.1250, "0.00001", "1", 1.10, 8000.0 },
        { "LTCUSDT", 82.5, "0.01", "0.001", 0.75, 6.0 },
        { "AVAXUSDT", 35.2, "0.01", "0.01", 1.00, 25.0 },
        { "LINKUSDT", 14.3, "0.001", "0.01", 0.90, 60.0 },
        // A meme coin: prices in the fifth significant place of 1e-8, and
        // hundreds of millions of coins a trade (10^13 a busy day).
        { "SHIBUSDT", 0.00001234, "0.00000001", "1", 1.20, 40'000'000.0 },
    };
    QList<SimulatedSymbol> out;
    const int available = int(std::size(presets));
    for (int i = 0; i < count; ++i) {
        const Preset &p = presets[i % available];
        SimulatedSymbol s;
        s.instrument.symbol = QString::fromLatin1(p.symbol);
        if (i >= available)
            s.instrument.symbol += QString::number(i / available + 1);
        s.instrument.priceIncrement = *Decimal::parse(p.priceIncrement);
        s.instrument.quantityIncrement = *Decimal::parse(p.quantityIncrement);
        s.startPrice = p.price;
        s.annualVolatility = p.volatility;
        s.meanQuantity = p.meanQuantity;
        out.append(s);
    }
    return out;
}

QStringList SimulatorConfig::validate() const
{
    QStringList errors;
    if (symbols.isEmpty())
        errors << tr("no symbols to simulate");
    if (!(ticksPerSecond > 0.0))
        errors << tr("tick rate must be positive");
    if (historySeconds < 0)
        errors << tr("history length must not be negative");
    if (historySeconds > 0 && !(historyTicksPerSecond > 0.0))
        errors << tr("history tick rate must be positive");
    for (const SimulatedSymbol &s : symbols) {
        const QString name = s.instrument.symbol;
        if (name.isEmpty())
            errors << tr("a symbol has no name");
        if (!(s.startPrice > 0.0))
            errors << tr("%1: start price must be positive").arg(name);
        if (s.annualVolatility < 0.0)
            errors << tr("%1: volatility must not be negative").arg(name);
        if (s.instrument.priceIncrement.units() <= 0 || s.instrument.quantityIncrement.units() <= 0)
            errors << tr("%1: price and quantity increments must be positive").arg(name);
        if (!(s.meanQuantity > 0.0))
            errors << tr("%1: mean quantity must be positive").arg(name);
    }
    return errors;
}

} // namespace kairos
