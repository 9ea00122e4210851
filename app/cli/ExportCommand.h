#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace kairos {

// kairos-cli export --db FILE --what candles|trades|signals|alerts [--symbol S]
//                   [--timeframe SECONDS] [--from T] [--to T] [--out FILE]
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments);
};

} // namespace kairos
