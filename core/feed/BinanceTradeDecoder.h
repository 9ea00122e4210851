#pragma once

#include "model/Tick.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace kairos {

// One Binance spot trade message — bare ({"e":"trade",…}) or in a combined
// stream's {"stream":…,"data":{…}} wrapper — into a tick. Prices and
// quantities arrive as decimal strings and stay exact. A message that is
// not a usable trade gives nullopt and says why; it never throws.
class BinanceTradeDecoder
{
    Q_DECLARE_TR_FUNCTIONS(BinanceTradeDecoder)

public:
    struct Trade
    {
        QString symbol; // "BTCUSDT"
        std::int64_t id = 0; // the venue's trade id, for gap detection
        Tick tick; // symbol index left 0: the feed maps the name
    };

    static std::optional<Trade> decode(QByteArrayView frame, QString *error);
};

} // namespace kairos
