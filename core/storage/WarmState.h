#pragma once

#include "StorageBatch.h"
#include "execution/Portfolio.h"
#include "model/Alert.h"
#include "model/Fill.h"
#include "model/Order.h"
#include "model/OrderEvent.h"
#include "strategy/Signal.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>

namespace kairos {

// The stored candles of one series a warm start loads: the newest ones,
// beginning right after `seed` (the chart indicators' state before them), so
// indicators continue exactly without replaying all history.
struct SeriesHistory
{
    std::uint32_t symbol = 0;
    std::int64_t timeframeSeconds = 0;
    CandleList candles;
    QByteArray seed; // empty: the series starts at its first candle
};

struct StrategySnapshot
{
    std::uint32_t symbol = 0;
    std::int64_t time = 0; // after the strategy candle at this time
    QByteArray state;
};

// What a database holds for a warm start, read once at open; symbols are the
// engine's instrument indices (the database maps them by name).
struct WarmState
{
    QList<SeriesHistory> series;
    QList<SeriesCandle> openBuckets;
    QByteArray strategyConfig; // the JSON the strategy snapshots belong to
    QList<StrategySnapshot> strategySnapshots;
    // Each symbol's position as last booked: a warm start restores these
    // rather than replaying every fill.
    QList<StoredPosition> positions;
    FillList fills; // the newest WarmFills, oldest first, to show
    OrderEventList orderEvents; // the newest WarmOrderEvents, oldest first, to show
    OrderList openOrders;
    ClientOrderIds clientOrderIds; // of orders in the broker's window, oldest first
    std::int64_t lastOrderId = 0;
    QList<EquityPoint> equity; // the newest points, oldest first
    AlertList alerts; // the newest, oldest first
    SignalList recentSignals; // the newest, oldest first
    QByteArray riskState;
    std::optional<Decimal> initialCash; // as the session last set it
    std::int64_t watermark = 0; // event time the engine had reached
    // Fills of instruments this session does not trade: their cash still
    // counts, but they are left out of the positions (and reported).
    qint64 foreignFills = 0;

    bool isEmpty() const
    {
        return series.isEmpty() && positions.isEmpty() && fills.isEmpty() && openOrders.isEmpty()
            && alerts.isEmpty() && riskState.isEmpty();
    }
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::WarmState)
