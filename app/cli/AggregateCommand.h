#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kairos {

// kairos-cli aggregate --ticks FILE --timeframe SECONDS [--out FILE]
class AggregateCommand
{
    Q_DECLARE_TR_FUNCTIONS(AggregateCommand)

public:
    // Returns the process exit code: 0 ok, 1 runtime failure, 2 bad usage or input.
    static int run(const QStringList &arguments);
};

} // namespace kairos
