#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace kairos {

// kairos-cli bench [--ticks N]: throughput of the tick path, as JSON on stdout.
class BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    static int run(const QStringList &arguments);

private:
    static QJsonObject measure(int symbols, qint64 ticks);
};

} // namespace kairos
