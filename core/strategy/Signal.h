#pragma once

#include "model/Side.h"
#include "model/Timeframe.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// A rule fired: what the strategy suggests, why, and how strongly.
struct Signal
{
    std::uint32_t symbol = 0;
    Timeframe timeframe;
    Side side = Side::Unknown;
    double confidence = 0.0; // 0 to 1
    QString reason; // e.g. "RSI(14) rose above 30 (28.4 → 31.2)"
    QString rule; // the rule's summary
    std::int64_t time = 0; // event time: the candle's bucket start
    double price = 0.0; // the candle's close
    // ATR(StrategyExits::AtrPeriod) of the timeframe at the candle, for exits
    // measured in it (0: not known yet).
    double atr = 0.0;
};

using SignalList = QList<Signal>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::Signal)
