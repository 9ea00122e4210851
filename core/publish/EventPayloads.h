#pragma once

#include "execution/Portfolio.h"
#include "execution/TradingEvents.h"
#include "indicators/IndicatorSet.h"
#include "model/Candle.h"
#include "model/Tick.h"
#include "model/Timeframe.h"
#include "strategy/Signal.h"

#include <QByteArray>

namespace kairos {

// The JSON of every published event, compact UTF-8, as docs/events.md and
// docs/events.schema.json describe it: a "type", the event time as
// "timestamp" in epoch milliseconds, amounts as exact decimal strings.
class EventPayloads
{
public:
    static QByteArray trade(const QString &symbol, const Tick &tick);
    static QByteArray candle(const QString &symbol, Timeframe timeframe, const Candle &candle);
    static QByteArray indicators(
        const QString &symbol, Timeframe timeframe, const IndicatorValues &values);
    static QByteArray signal(const QString &symbol, const Signal &signal);
    static QByteArray order(const QString &symbol, const Order &order);
    static QByteArray fill(const QString &symbol, const Fill &fill);
    // Cancelled, or expired (`expired`: a day order's end, a fill-or-kill or
    // post-only order that could not trade as it must).
    static QByteArray cancel(const QString &symbol, const Order &order, std::int64_t time);
    // A stop or if-touched order a trade reached, released to trade.
    static QByteArray trigger(const QString &symbol, const Order &order, std::int64_t time);
    // A working order changed: cause "trail" (a trailing stop's stop moved)
    // or "modify" (the trader changed its quantity or prices).
    static QByteArray amend(
        const QString &symbol, const Order &order, std::int64_t time, QLatin1StringView cause);
    static QByteArray reject(const QString &symbol, const DeniedOrder &denied);
    static QByteArray alert(const Alert &alert);
    static QByteArray account(const Decimal &initialCash, std::int64_t time);
};

} // namespace kairos
