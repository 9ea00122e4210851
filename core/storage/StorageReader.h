#pragma once

#include "WarmState.h"
#include "model/Instrument.h"
#include "model/OrderEvent.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <vector>

namespace kairos {

class Database;

// The queries over a Kairos database: what a warm start loads and what an
// export reads. Works on an open Database on the caller's thread.
class StorageReader
{
    Q_DECLARE_TR_FUNCTIONS(StorageReader)

public:
    // Candles of a series between snapshots (the engine's SeriesIndicators).
    static constexpr int SnapshotEvery = 1024;
    static constexpr int WarmEquityPoints = 20'000;
    static constexpr int WarmAlerts = 2000;
    static constexpr int WarmFills = 10'000; // to show: positions come from their own table
    static constexpr int WarmSignals = 2000;
    static constexpr int WarmOrderEvents = 5000; // as many as the History tab shows

    explicit StorageReader(Database &db);

    // Empty when an error occurred.
    const QString &error() const { return m_error; }

    // Database ids of the instruments, by symbol name; with `create`, missing
    // ones are added, otherwise they map to 0. Fewer ids than instruments
    // means an error.
    std::vector<std::uint32_t> instrumentIds(const InstrumentList &instruments, bool create);
    // Every instrument the database knows, in id order.
    InstrumentList storedInstruments();

    WarmState warmState(
        const InstrumentList &instruments, const std::vector<std::uint32_t> &ids, int warmCandles);

    // Range queries for exports; times are epoch ms, inclusive.
    struct Range
    {
        std::optional<std::uint32_t> symbol; // a database id
        std::int64_t from = std::numeric_limits<std::int64_t>::min();
        std::int64_t to = std::numeric_limits<std::int64_t>::max();
    };
    // Calls `row` for each row, oldest first, while it returns true; false
    // on error.
    bool candles(std::uint32_t symbol, std::int64_t timeframeSeconds, const Range &range,
        const std::function<bool(const Candle &)> &row);
    // Whether a series has a candle or an open bucket stored.
    std::optional<bool> hasSeries(std::uint32_t symbol, std::int64_t timeframeSeconds);
    // The open bucket's confirmed part stored for a series, if any.
    std::optional<Candle> openBucket(std::uint32_t symbol, std::int64_t timeframeSeconds);
    // The `limit` newest candles of a series before `before` (epoch ms),
    // oldest first.
    CandleList candlesBefore(
        std::uint32_t symbol, std::int64_t timeframeSeconds, std::int64_t before, int limit);
    // The newest chart indicator snapshot of a series taken before `before`:
    // the time of the candle it includes last, and its state.
    struct ChartSnapshot
    {
        std::int64_t time = 0;
        QByteArray state;
    };
    std::optional<ChartSnapshot> chartSnapshotBefore(
        std::uint32_t symbol, std::int64_t timeframeSeconds, std::int64_t before);
    bool fills(const Range &range, const std::function<bool(const Fill &)> &row);
    bool signalRows(const Range &range, const std::function<bool(const Signal &)> &row);
    bool alerts(const Range &range, const std::function<bool(const Alert &)> &row);
    // Every step of the orders' lives in the range, oldest first.
    bool orderEvents(const Range &range, const std::function<bool(const OrderEvent &)> &row);

private:
    bool exec(QSqlQuery &query);
    // The `limit` newest candles of a series meeting `condition` ("time > ?"
    // or "time < ?" against `bound`), oldest first; every one with -1.
    CandleList newestCandles(std::uint32_t id, std::int64_t timeframeSeconds,
        const QString &condition, std::int64_t bound, int limit);
    CandleList seriesCandles(
        std::uint32_t id, std::int64_t timeframeSeconds, int warmCandles, QByteArray &seed);

    Database &m_db;
    QString m_error;
};

} // namespace kairos
