#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kairos {

// kairos-cli backtest --candles FILE | --ticks FILE [--timeframe S] [--risk FILE]
//                     [--strategy FILE] [--trades FILE] [--cash AMOUNT]
class BacktestCommand
{
    Q_DECLARE_TR_FUNCTIONS(BacktestCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace kairos
