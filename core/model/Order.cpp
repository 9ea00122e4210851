#include "Order.h"

namespace kairos {

QString Order::clientIdForSignal(
    const QString &symbol, const QString &rule, std::int64_t candleTime)
{
    return QStringLiteral("sig:%1:%2:%3").arg(symbol, rule).arg(candleTime);
}

} // namespace kairos
