#include "StorageReader.h"

#include "Database.h"
#include "execution/MockBroker.h"
#include "model/Timeframe.h"

#include <QHash>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace kairos {

namespace {

Decimal units(const QSqlQuery &q, int column)
{
    return Decimal::fromUnits(q.value(column).toLongLong());
}

Candle candleAt(const QSqlQuery &q, int first)
{
    Candle c;
    c.time = q.value(first).toLongLong();
    c.open = units(q, first + 1);
    c.high = units(q, first + 2);
    c.low = units(q, first + 3);
    c.close = units(q, first + 4);
    // A volume the database cannot hold as a volume (a damaged row) reads as
    // none rather than as a wrapped number.
    c.volume = Volume::fromParts(q.value(first + 7).toLongLong(), q.value(first + 5).toLongLong())
                   .value_or(Volume());
    c.trades = std::uint32_t(q.value(first + 6).toLongLong());
    c.state = CandleState::Confirmed;
    return c;
}

const QString FillColumns = QStringLiteral(
    "order_id, client_order_id, symbol, side, quantity, price, fee, realized_pnl, time, maker,"
    " reason");

Fill fillAt(const QSqlQuery &q)
{
    Fill f;
    f.orderId = q.value(0).toLongLong();
    f.clientOrderId = q.value(1).toString();
    f.symbol = std::uint32_t(q.value(2).toLongLong());
    f.side = Side(q.value(3).toInt());
    f.quantity = units(q, 4);
    f.price = units(q, 5);
    f.fee = units(q, 6);
    f.realizedPnl = units(q, 7);
    f.time = q.value(8).toLongLong();
    f.maker = q.value(9).toInt() != 0;
    f.reason = q.value(10).toString();
    return f;
}

const QString SignalColumns
    = QStringLiteral("symbol, timeframe, time, side, confidence, price, rule, reason");

Signal signalAt(const QSqlQuery &q)
{
    Signal s;
    s.symbol = std::uint32_t(q.value(0).toLongLong());
    s.timeframe = Timeframe::fromSeconds(q.value(1).toLongLong());
    s.time = q.value(2).toLongLong();
    s.side = Side(q.value(3).toInt());
    s.confidence = q.value(4).toDouble();
    s.price = q.value(5).toDouble();
    s.rule = q.value(6).toString();
    s.reason = q.value(7).toString();
    return s;
}

Alert alertAt(const QSqlQuery &q)
{
    return { q.value(0).toLongLong(), AlertSeverity(q.value(1).toInt()), q.value(2).toString(),
        q.value(3).toString() };
}

} // namespace

StorageReader::StorageReader(Database &db)
    : m_db(db)
{ }

bool StorageReader::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = tr("reading the database failed: %1").arg(query.lastError().text());
    return false;
}

std::vector<std::uint32_t> StorageReader::instrumentIds(
    const InstrumentList &instruments, bool create)
{
    std::vector<std::uint32_t> ids;
    QSqlQuery insert(m_db.connection());
    // The latest rules win: a venue's, read at connect, over a file's guess.
    insert.prepare(
        QStringLiteral("INSERT INTO instruments (symbol, price_increment, quantity_increment,"
                       " min_quantity, min_notional) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT (symbol) DO UPDATE SET"
                       " price_increment = excluded.price_increment,"
                       " quantity_increment = excluded.quantity_increment,"
                       " min_quantity = excluded.min_quantity,"
                       " min_notional = excluded.min_notional"));
    QSqlQuery select(m_db.connection());
    select.prepare(QStringLiteral("SELECT id FROM instruments WHERE symbol = ?"));
    for (const Instrument &instrument : instruments) {
        if (create) {
            insert.bindValue(0, instrument.symbol);
            insert.bindValue(1, qint64(instrument.priceIncrement.units()));
            insert.bindValue(2, qint64(instrument.quantityIncrement.units()));
            insert.bindValue(3, qint64(instrument.minQuantity.units()));
            insert.bindValue(4, qint64(instrument.minNotional.units()));
            if (!exec(insert))
                return {};
        }
        select.bindValue(0, instrument.symbol);
        if (!exec(select))
            return {};
        ids.push_back(select.next() ? std::uint32_t(select.value(0).toLongLong()) : 0);
    }
    return ids;
}

InstrumentList StorageReader::storedInstruments()
{
    InstrumentList out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, symbol, price_increment, quantity_increment,"
                             " min_quantity, min_notional FROM instruments ORDER BY id"));
    if (!exec(q))
        return out;
    while (q.next()) {
        // Ids start at 1 and have no holes unless rows were deleted by hand.
        while (out.size() < q.value(0).toLongLong() - 1)
            out.append(Instrument {});
        out.append({ q.value(1).toString(), units(q, 2), units(q, 3), units(q, 4), units(q, 5) });
    }
    return out;
}

CandleList StorageReader::seriesCandles(
    std::uint32_t id, std::int64_t timeframeSeconds, int warmCandles, QByteArray &seed)
{
    // The oldest candle a chart needs; when the series is longer, start
    // right after the newest snapshot at or before it.
    QSqlQuery nth(m_db.connection());
    nth.prepare(QStringLiteral("SELECT time FROM candles WHERE symbol = ? AND timeframe = ?"
                               " ORDER BY time DESC LIMIT 1 OFFSET ?"));
    nth.bindValue(0, qint64(id));
    nth.bindValue(1, qint64(timeframeSeconds));
    nth.bindValue(2, std::max(warmCandles - 1, 0));
    if (!exec(nth))
        return {};
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    int limit = -1;
    if (nth.next()) {
        if (const auto snapshot
            = chartSnapshotBefore(id, timeframeSeconds, nth.value(0).toLongLong() + 1)) {
            after = snapshot->time;
            seed = snapshot->state;
        } else if (!m_error.isEmpty()) {
            return {};
        } else {
            // None yet: the series is younger than a snapshot period past
            // the chart, so this takes all of it. (An imported series has
            // none at all: its newest candles then start from scratch.)
            limit = warmCandles + SnapshotEvery;
        }
    }
    return newestCandles(id, timeframeSeconds, QStringLiteral("time > ?"), after, limit);
}

CandleList StorageReader::newestCandles(std::uint32_t id, std::int64_t timeframeSeconds,
    const QString &condition, std::int64_t bound, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT time, open, high, low, close, volume, trades, volume_high FROM (SELECT * FROM"
        " candles WHERE symbol = ? AND timeframe = ? AND %1 ORDER BY time DESC LIMIT ?)"
        " ORDER BY time")
                  .arg(condition));
    q.bindValue(0, qint64(id));
    q.bindValue(1, qint64(timeframeSeconds));
    q.bindValue(2, qint64(bound));
    q.bindValue(3, limit);
    CandleList out;
    if (!exec(q))
        return out;
    while (q.next())
        out.append(candleAt(q, 0));
    return out;
}

WarmState StorageReader::warmState(
    const InstrumentList &instruments, const std::vector<std::uint32_t> &ids, int warmCandles)
{
    WarmState state;
    QHash<qint64, std::uint32_t> symbolOf; // database id → engine index
    for (std::uint32_t s = 0; s < ids.size(); ++s)
        symbolOf.insert(ids[s], s);
    const auto known = [&](qint64 id, std::uint32_t &symbol) {
        const auto it = symbolOf.constFind(id);
        if (it == symbolOf.cend())
            return false;
        symbol = *it;
        return true;
    };

    for (std::uint32_t s = 0; s < ids.size() && s < std::uint32_t(instruments.size()); ++s) {
        for (const Timeframe tf : Timeframe::standard()) {
            SeriesHistory history { s, tf.seconds(), {}, {} };
            history.candles = seriesCandles(ids[s], tf.seconds(), warmCandles, history.seed);
            if (!m_error.isEmpty())
                return state;
            if (!history.candles.isEmpty())
                state.series.append(history);
        }
    }

    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT symbol, timeframe, time, open, high, low, close, volume,"
                             " trades, volume_high FROM open_buckets"));
    if (!exec(q))
        return state;
    while (q.next()) {
        std::uint32_t symbol = 0;
        // No trades: the bucket had nothing open when it was stored.
        if (known(q.value(0).toLongLong(), symbol) && q.value(8).toLongLong() > 0)
            state.openBuckets.append({ symbol, q.value(1).toLongLong(), candleAt(q, 2) });
    }

    q.prepare(QStringLiteral("SELECT key, value FROM state"));
    if (!exec(q))
        return state;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == u"strategy")
            state.strategyConfig = q.value(1).toByteArray();
        else if (key == u"risk")
            state.riskState = q.value(1).toByteArray();
        else if (key == u"watermark")
            state.watermark = q.value(1).toByteArray().toLongLong();
        else if (key == u"initial_cash")
            state.initialCash = Decimal::parse(q.value(1).toByteArray());
    }

    // The newest strategy snapshot of each symbol.
    q.prepare(QStringLiteral("SELECT symbol, max(time), state FROM indicator_snapshots"
                             " WHERE kind = ? GROUP BY symbol"));
    q.bindValue(0, int(SnapshotKind::Strategy));
    if (!exec(q))
        return state;
    while (q.next()) {
        std::uint32_t symbol = 0;
        if (known(q.value(0).toLongLong(), symbol))
            state.strategySnapshots.append(
                { symbol, q.value(1).toLongLong(), q.value(2).toByteArray() });
    }

    // Positions as last booked, with the fills that made them: however
    // long the history, a warm start reads one row a symbol, not every fill.
    q.prepare(QStringLiteral(
        "SELECT symbol, quantity, cost, realized_pnl, fees, time FROM positions ORDER BY symbol"));
    if (!exec(q))
        return state;
    while (q.next()) {
        StoredPosition stored;
        if (!known(q.value(0).toLongLong(), stored.symbol))
            continue;
        stored.position.quantity = units(q, 1);
        stored.position.cost = units(q, 2);
        stored.position.realizedPnl = units(q, 3);
        stored.position.fees = units(q, 4);
        stored.time = q.value(5).toLongLong();
        state.positions.append(stored);
    }
    q.prepare(QStringLiteral("SELECT symbol, count(*) FROM fills GROUP BY symbol"));
    if (!exec(q))
        return state;
    while (q.next()) {
        std::uint32_t symbol = 0;
        if (!known(q.value(0).toLongLong(), symbol))
            state.foreignFills += q.value(1).toLongLong();
    }
    q.prepare(QStringLiteral("SELECT * FROM (SELECT %1, id FROM fills ORDER BY id DESC LIMIT ?)"
                             " ORDER BY id")
                  .arg(FillColumns));
    q.bindValue(0, WarmFills);
    if (!exec(q))
        return state;
    while (q.next()) {
        Fill fill = fillAt(q);
        if (known(fill.symbol, fill.symbol))
            state.fills.append(fill);
    }

    q.prepare(QStringLiteral("SELECT order_id, symbol, time, kind, quantity, price, detail FROM"
                             " (SELECT * FROM order_events ORDER BY id DESC LIMIT ?) ORDER BY id"));
    q.bindValue(0, WarmOrderEvents);
    if (!exec(q))
        return state;
    while (q.next()) {
        OrderEvent e;
        const int kind = q.value(3).toInt();
        if (!known(q.value(1).toLongLong(), e.symbol) || kind < 0
            || kind > int(OrderEvent::Kind::Denied))
            continue;
        e.orderId = q.value(0).toLongLong();
        e.time = q.value(2).toLongLong();
        e.kind = OrderEvent::Kind(kind);
        e.quantity = units(q, 4);
        e.price = units(q, 5);
        e.detail = q.value(6).toString();
        state.orderEvents.append(e);
    }

    q.prepare(QStringLiteral("SELECT max(id) FROM orders"));
    if (!exec(q))
        return state;
    if (q.next())
        state.lastOrderId = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT client_order_id, time FROM orders WHERE time >= (SELECT"
                             " max(time) FROM orders) - ? ORDER BY time, id"));
    q.bindValue(0, qint64(MockBroker::SeenWindowMs));
    if (!exec(q))
        return state;
    while (q.next())
        state.clientOrderIds.append({ q.value(0).toString(), q.value(1).toLongLong() });
    q.prepare(
        QStringLiteral("SELECT id, client_order_id, symbol, side, type, time_in_force,"
                       " quantity, limit_price, time, reason, status, stop_price,"
                       " reduce_only, post_only, triggered, trail_offset, trail_percent,"
                       " activation_price, trail_extreme, filled_quantity, average_price,"
                       " take_profit, stop_loss, parent_id, held, oco_id, stop_loss_trail,"
                       " time_limit, close_at FROM orders WHERE status IN (?, ?) ORDER BY id"));
    q.bindValue(0, int(OrderStatus::Open));
    q.bindValue(1, int(OrderStatus::PartiallyFilled));
    if (!exec(q))
        return state;
    while (q.next()) {
        Order o;
        if (!known(q.value(2).toLongLong(), o.symbol))
            continue;
        o.id = q.value(0).toLongLong();
        o.clientOrderId = q.value(1).toString();
        o.side = Side(q.value(3).toInt());
        o.type = OrderType(q.value(4).toInt());
        o.timeInForce = TimeInForce(q.value(5).toInt());
        o.quantity = units(q, 6);
        o.limitPrice = units(q, 7);
        o.time = q.value(8).toLongLong();
        o.reason = q.value(9).toString();
        o.stopPrice = units(q, 11);
        o.reduceOnly = q.value(12).toInt() != 0;
        o.postOnly = q.value(13).toInt() != 0;
        o.triggered = q.value(14).toInt() != 0;
        o.trailOffset = units(q, 15);
        o.trailPercent = q.value(16).toInt() != 0;
        o.activationPrice = units(q, 17);
        o.trailExtreme = units(q, 18);
        o.filledQuantity = units(q, 19);
        o.averagePrice = units(q, 20);
        o.takeProfit = units(q, 21);
        o.stopLoss = units(q, 22);
        o.parentId = q.value(23).toLongLong();
        o.held = q.value(24).toInt() != 0;
        o.ocoId = q.value(25).toLongLong();
        o.stopLossTrail = units(q, 26);
        o.timeLimit = q.value(27).toLongLong();
        o.closeAt = q.value(28).toLongLong();
        o.status = OrderStatus(q.value(10).toInt());
        state.openOrders.append(o);
    }

    q.prepare(QStringLiteral("SELECT time, equity, drawdown FROM (SELECT * FROM equity"
                             " ORDER BY time DESC LIMIT ?) ORDER BY time"));
    q.bindValue(0, WarmEquityPoints);
    if (!exec(q))
        return state;
    while (q.next())
        state.equity.append({ q.value(0).toLongLong(), units(q, 1), units(q, 2) });

    q.prepare(QStringLiteral("SELECT time, severity, source, text FROM (SELECT * FROM alerts"
                             " ORDER BY id DESC LIMIT ?) ORDER BY id"));
    q.bindValue(0, WarmAlerts);
    if (!exec(q))
        return state;
    while (q.next())
        state.alerts.append(alertAt(q));

    q.prepare(QStringLiteral("SELECT %1 FROM (SELECT * FROM signals ORDER BY id DESC LIMIT ?)"
                             " ORDER BY id")
                  .arg(SignalColumns));
    q.bindValue(0, WarmSignals);
    if (!exec(q))
        return state;
    while (q.next()) {
        Signal signal = signalAt(q);
        if (known(signal.symbol, signal.symbol))
            state.recentSignals.append(signal);
    }
    return state;
}

bool StorageReader::candles(std::uint32_t symbol, std::int64_t timeframeSeconds, const Range &range,
    const std::function<bool(const Candle &)> &row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT time, open, high, low, close, volume, trades, volume_high"
                       " FROM candles WHERE symbol = ? AND timeframe = ? AND time BETWEEN ? AND ?"
                       " ORDER BY time"));
    q.bindValue(0, qint64(symbol));
    q.bindValue(1, qint64(timeframeSeconds));
    q.bindValue(2, qint64(range.from));
    q.bindValue(3, qint64(range.to));
    if (!exec(q))
        return false;
    while (q.next() && row(candleAt(q, 0))) { }
    return true;
}

std::optional<bool> StorageReader::hasSeries(std::uint32_t symbol, std::int64_t timeframeSeconds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM candles WHERE symbol = ? AND timeframe = ?)"
        " OR EXISTS (SELECT 1 FROM open_buckets WHERE symbol = ? AND timeframe = ?)"));
    for (int i : { 0, 2 }) {
        q.bindValue(i, qint64(symbol));
        q.bindValue(i + 1, qint64(timeframeSeconds));
    }
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toBool();
}

std::optional<Candle> StorageReader::openBucket(std::uint32_t symbol, std::int64_t timeframeSeconds)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT time, open, high, low, close, volume, trades, volume_high"
                             " FROM open_buckets WHERE symbol = ? AND timeframe = ?"));
    q.bindValue(0, qint64(symbol));
    q.bindValue(1, qint64(timeframeSeconds));
    if (!exec(q) || !q.next())
        return std::nullopt;
    const Candle part = candleAt(q, 0);
    if (part.trades == 0)
        return std::nullopt; // stored empty: nothing open
    return part;
}

CandleList StorageReader::candlesBefore(
    std::uint32_t symbol, std::int64_t timeframeSeconds, std::int64_t before, int limit)
{
    return newestCandles(symbol, timeframeSeconds, QStringLiteral("time < ?"), before, limit);
}

std::optional<StorageReader::ChartSnapshot> StorageReader::chartSnapshotBefore(
    std::uint32_t symbol, std::int64_t timeframeSeconds, std::int64_t before)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT time, state FROM indicator_snapshots WHERE symbol = ? AND timeframe = ?"
        " AND kind = ? AND time < ? ORDER BY time DESC LIMIT 1"));
    q.bindValue(0, qint64(symbol));
    q.bindValue(1, qint64(timeframeSeconds));
    q.bindValue(2, int(SnapshotKind::Chart));
    q.bindValue(3, qint64(before));
    if (!exec(q) || !q.next())
        return std::nullopt;
    return ChartSnapshot { q.value(0).toLongLong(), q.value(1).toByteArray() };
}

namespace {

// "symbol = ?" when the range names one, else a condition that always holds.
QString symbolFilter(const StorageReader::Range &range)
{
    return range.symbol ? QStringLiteral("symbol = %1").arg(*range.symbol) : QStringLiteral("1");
}

} // namespace

bool StorageReader::fills(const Range &range, const std::function<bool(const Fill &)> &row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM fills WHERE %2 AND time BETWEEN ? AND ?"
                             " ORDER BY time, id")
                  .arg(FillColumns, symbolFilter(range)));
    q.bindValue(0, qint64(range.from));
    q.bindValue(1, qint64(range.to));
    if (!exec(q))
        return false;
    while (q.next() && row(fillAt(q))) { }
    return true;
}

bool StorageReader::signalRows(const Range &range, const std::function<bool(const Signal &)> &row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM signals WHERE %2 AND time BETWEEN ? AND ?"
                             " ORDER BY time, id")
                  .arg(SignalColumns, symbolFilter(range)));
    q.bindValue(0, qint64(range.from));
    q.bindValue(1, qint64(range.to));
    if (!exec(q))
        return false;
    while (q.next() && row(signalAt(q))) { }
    return true;
}

bool StorageReader::orderEvents(
    const Range &range, const std::function<bool(const OrderEvent &)> &row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT order_id, symbol, time, kind, quantity, price, detail"
                             " FROM order_events WHERE %1 AND time BETWEEN ? AND ?"
                             " ORDER BY time, id")
                  .arg(symbolFilter(range)));
    q.bindValue(0, qint64(range.from));
    q.bindValue(1, qint64(range.to));
    if (!exec(q))
        return false;
    while (q.next()) {
        OrderEvent e;
        e.orderId = q.value(0).toLongLong();
        e.symbol = std::uint32_t(q.value(1).toLongLong());
        e.time = q.value(2).toLongLong();
        e.kind = OrderEvent::Kind(q.value(3).toInt());
        e.quantity = units(q, 4);
        e.price = units(q, 5);
        e.detail = q.value(6).toString();
        if (!row(e))
            break;
    }
    return true;
}

bool StorageReader::alerts(const Range &range, const std::function<bool(const Alert &)> &row)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT time, severity, source, text FROM alerts"
                             " WHERE time BETWEEN ? AND ? ORDER BY time, id"));
    q.bindValue(0, qint64(range.from));
    q.bindValue(1, qint64(range.to));
    if (!exec(q))
        return false;
    while (q.next() && row(alertAt(q))) { }
    return true;
}

} // namespace kairos
