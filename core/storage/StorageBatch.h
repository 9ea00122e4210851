#pragma once

#include "execution/Portfolio.h"
#include "execution/TradingEvents.h"
#include "indicators/IndicatorSet.h"
#include "model/Candle.h"
#include "model/Tick.h"
#include "strategy/Signal.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <algorithm>
#include <cstdint>
#include <optional>

namespace kairos {

// A candle of one series; `symbol` is the engine's instrument index.
struct SeriesCandle
{
    std::uint32_t symbol = 0;
    std::int64_t timeframeSeconds = 0;
    Candle candle;
};

enum class SnapshotKind : std::uint8_t { Chart, Strategy };

// Indicator or strategy state after the candle at `time`, so a warm start
// restores it and replays only the candles after that.
struct IndicatorSnapshot
{
    std::uint32_t symbol = 0;
    std::int64_t timeframeSeconds = 0;
    SnapshotKind kind = SnapshotKind::Chart;
    std::int64_t time = 0;
    QByteArray state;
};

// Indicator values after a confirmed candle, for publishing.
struct IndicatorRow
{
    std::uint32_t symbol = 0;
    std::int64_t timeframeSeconds = 0;
    IndicatorValues values;
};

// Everything the engine asks storage to keep (and the publisher to send)
// after one input, by value.
// The writer commits a batch whole or not at all, and batches in order.
struct StorageBatch
{
    QList<SeriesCandle> candles; // confirmed
    // The confirmed part of each open coarser bucket, replacing the stored one.
    QList<SeriesCandle> openBuckets;
    QList<Tick> ticks; // a recorded session; the only part that may be dropped
    SignalList firedSignals;
    TradingEvents trading;
    QList<EquityPoint> equity;
    QList<StoredPosition> positions;
    QList<IndicatorSnapshot> snapshots;
    QList<std::pair<QString, QByteArray>> state; // key → value, replacing
    // The paper account's starting cash, when it was set or changed: kept
    // with the session and published, so a follower books from it.
    std::optional<Decimal> initialCash;

    // Only for publishing (the writer ignores them): the newest trade and
    // the forming candles of each symbol that traded, indicator values, and
    // the event time the engine had reached.
    QList<Tick> lastTrades;
    QList<SeriesCandle> forming;
    QList<IndicatorRow> indicatorValues;
    std::int64_t eventTime = 0;

    qsizetype rows() const
    {
        return candles.size() + openBuckets.size() + ticks.size() + firedSignals.size()
            + trading.accepted.size() + trading.triggered.size() + trading.amended.size()
            + trading.modified.size() + trading.linked.size() + trading.fills.size()
            + trading.cancelled.size() + acceptedDenials() + trading.alerts.size() + equity.size()
            + positions.size() + snapshots.size() + state.size() + (initialCash ? 1 : 0);
    }
    // Orders, triggers, moved stops, fills and the end of an accepted order:
    // committed with a synced write, never dropped.
    bool isDurable() const
    {
        return !trading.accepted.isEmpty() || !trading.triggered.isEmpty()
            || !trading.amended.isEmpty() || !trading.modified.isEmpty()
            || !trading.linked.isEmpty() || !trading.fills.isEmpty() || !trading.cancelled.isEmpty()
            || acceptedDenials() > 0;
    }
    // Orders refused when a trigger released them: each ends a stored order.
    qsizetype acceptedDenials() const
    {
        return std::count_if(trading.denied.cbegin(), trading.denied.cend(),
            [](const DeniedOrder &d) { return d.order.id > 0; });
    }
    bool isEmpty() const { return rows() == 0; }
};

} // namespace kairos
