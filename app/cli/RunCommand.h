#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kairos {

// kairos-cli run [--feed sim] [--symbols N] [--tick-rate N] [--seed N] [--history HOURS]
//                [--auto-trade] [--strategy FILE] [--risk FILE] [--db FILE]
//                [--record-ticks] [--second-candles] [--duration SECONDS]
// A headless session: the whole core without a window, until the duration
// ends or SIGINT/SIGTERM, then a clean shutdown that commits everything.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace kairos
