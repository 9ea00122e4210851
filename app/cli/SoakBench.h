#pragma once

#include <QCoreApplication>
#include <QJsonObject>

namespace kairos {

// Days of simulated trading at full speed through the engine, with
// auto-trading, storage and every timeframe, and the process's resident
// memory at the end of each day: after a day or two of warm-up it must stay
// flat, or something grows for the life of a session.
class SoakBench
{
    Q_DECLARE_TR_FUNCTIONS(SoakBench)

public:
    static QJsonObject measure(int days);
};

} // namespace kairos
