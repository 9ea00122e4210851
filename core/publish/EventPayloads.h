#pragma once

#include "execution/Portfolio.h"
#include "execution/TradingEvents.h"
#include "indicators/IndicatorSet.h"
#include "model/Candle.h"
#include "model/Tick.h"
#include "model/Timeframe.h"
#include "strategy/Signal.h"

#include <QJsonObject>

namespace kairos {

// The JSON of every published event, as docs/events.md and
// docs/events.schema.json describe it: a "type", the event time as
// "timestamp" in epoch milliseconds, amounts as exact decimal strings.
class EventPayloads
{
public:
    static QJsonObject trade(const QString &symbol, const Tick &tick);
    static QJsonObject candle(const QString &symbol, Timeframe timeframe, const Candle &candle);
    static QJsonObject indicators(
        const QString &symbol, Timeframe timeframe, const IndicatorValues &values);
    static QJsonObject signal(const QString &symbol, const Signal &signal);
    static QJsonObject order(const QString &symbol, const Order &order);
    static QJsonObject fill(const QString &symbol, const Fill &fill);
    static QJsonObject cancel(const QString &symbol, const Order &order, std::int64_t time);
    static QJsonObject reject(const QString &symbol, const DeniedOrder &denied);
    static QJsonObject alert(const Alert &alert);
};

} // namespace kairos
