#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kairos {

// kairos-cli indicators --candles FILE [--out FILE]
class IndicatorsCommand
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorsCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace kairos
