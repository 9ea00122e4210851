#include "StorageWriter.h"

#include "CalendarBackfill.h"
#include "Database.h"
#include "StorageReader.h"
#include "execution/OrderHistory.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>

namespace kairos {

// Every statement a batch needs, prepared once per connection.
class StorageStatements
{
public:
    explicit StorageStatements(QSqlDatabase &db)
        : candle(db)
        , candles(db)
        , openBucket(db)
        , tick(db)
        , signal(db)
        , order(db)
        , fill(db)
        , status(db)
        , filled(db)
        , orderEvent(db)
        , triggered(db)
        , amended(db)
        , alert(db)
        , equity(db)
        , thinEquity(db)
        , position(db)
        , snapshot(db)
        , pruneSnapshots(db)
        , state(db)
    {
        // A candle confirmed again after a restart replaces its row. Bulk
        // candles go CandleRows to a statement: a third less work per row.
        const QString insertCandles = QStringLiteral(
            "INSERT OR REPLACE INTO candles (symbol, timeframe, time, open, high, low, close,"
            " volume, trades, volume_high) VALUES ");
        const QString row = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        candle.prepare(insertCandles + row);
        QStringList rows(CandleRows, row);
        candles.prepare(insertCandles + rows.join(u','));
        openBucket.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO open_buckets (symbol, timeframe, time, open, high, low, close,"
            " volume, trades, volume_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        tick.prepare(QStringLiteral(
            "INSERT INTO ticks (symbol, time, price, quantity, side) VALUES (?, ?, ?, ?, ?)"));
        signal.prepare(QStringLiteral(
            "INSERT INTO signals (symbol, timeframe, time, side, confidence, price, rule, reason)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        // Plain INSERT: the broker accepts a client order id once, so a
        // second row for one is a fault that must stop trading, not vanish.
        order.prepare(QStringLiteral(
            "INSERT INTO orders (id, client_order_id, symbol, side, type, time_in_force, quantity,"
            " limit_price, time, reason, status, stop_price, reduce_only, post_only, triggered,"
            " trail_offset, trail_percent, activation_price, trail_extreme, take_profit, stop_loss,"
            " parent_id, held, oco_id, stop_loss_trail, time_limit, close_at) VALUES (?, ?, ?, ?, "
            "?,"
            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        triggered.prepare(QStringLiteral("UPDATE orders SET triggered = 1 WHERE id = ?"));
        amended.prepare(QStringLiteral(
            "UPDATE orders SET stop_price = ?, trail_extreme = ?, limit_price = ?, quantity = ?,"
            " trail_offset = ?, trail_percent = ?, held = ?, oco_id = ? WHERE id = ?"));
        fill.prepare(QStringLiteral(
            "INSERT INTO fills (order_id, client_order_id, symbol, side, quantity, price, fee,"
            " realized_pnl, time, maker, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        status.prepare(QStringLiteral("UPDATE orders SET status = ? WHERE id = ?"));
        orderEvent.prepare(QStringLiteral(
            "INSERT INTO order_events (order_id, symbol, time, kind, quantity, price, detail)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"));
        filled.prepare(QStringLiteral(
            "UPDATE orders SET status = ?, filled_quantity = ?, average_price = ? WHERE id = ?"));
        alert.prepare(QStringLiteral(
            "INSERT INTO alerts (time, severity, source, text) VALUES (?, ?, ?, ?)"));
        equity.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO equity (time, equity, drawdown) VALUES (?, ?, ?)"));
        // Keeps the last point of each bucket of a time range.
        thinEquity.prepare(QStringLiteral(
            "DELETE FROM equity WHERE time >= ? AND time < ? AND time NOT IN (SELECT max(time)"
            " FROM equity WHERE time >= ? AND time < ? GROUP BY time - (time % ? + ?) % ?)"));
        position.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO positions (symbol, quantity, cost, realized_pnl, fees, time)"
            " VALUES (?, ?, ?, ?, ?, ?)"));
        snapshot.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO indicator_snapshots (symbol, timeframe, kind, time, state)"
            " VALUES (?, ?, ?, ?, ?)"));
        // A warm start needs a snapshot at least a chart's history back; a
        // few more than that are kept, older ones go.
        pruneSnapshots.prepare(QStringLiteral(
            "DELETE FROM indicator_snapshots WHERE symbol = ? AND timeframe = ? AND kind = ?"
            " AND time < (SELECT time FROM indicator_snapshots WHERE symbol = ?"
            " AND timeframe = ? AND kind = ? ORDER BY time DESC LIMIT 1 OFFSET 15)"));
        state.prepare(QStringLiteral("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)"));
    }

    static constexpr int CandleRows = 64;
    QSqlQuery candle, candles, openBucket, tick, signal, order, fill, status, filled, orderEvent,
        triggered, amended, alert, equity, thinEquity, position, snapshot, pruneSnapshots, state;
    // The stored equity curve thins with age as the one in memory does
    // (Portfolio::recordEquity): minutes up to here, hours up to there.
    std::int64_t equityMinutesUntil = std::numeric_limits<std::int64_t>::min();
    std::int64_t equityHoursUntil = std::numeric_limits<std::int64_t>::min();
};

namespace {

// A null QString binds as SQL NULL; a text column that must hold a value
// gets the empty string instead (an order sent without a reason).
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindCandle(QSqlQuery &q, qint64 symbol, qint64 timeframe, const Candle &c, int row = 0)
{
    const int first = row * 10;
    q.bindValue(first, symbol);
    q.bindValue(first + 1, timeframe);
    q.bindValue(first + 2, qint64(c.time));
    q.bindValue(first + 3, qint64(c.open.units()));
    q.bindValue(first + 4, qint64(c.high.units()));
    q.bindValue(first + 5, qint64(c.low.units()));
    q.bindValue(first + 6, qint64(c.close.units()));
    q.bindValue(first + 7, qint64(c.volume.low()));
    q.bindValue(first + 8, qint64(c.trades));
    q.bindValue(first + 9, qint64(c.volume.high()));
}

bool execute(QSqlQuery &query, QString &error)
{
    if (query.exec())
        return true;
    error = query.lastError().text();
    return false;
}

// Thins [done, until) to one point per `width`, whole buckets only, so a
// pass comes at most once a bucket and covers what aged since the last.
bool thinEquityRange(StorageStatements &q, std::int64_t &done, std::int64_t until,
    std::int64_t width, QString &error)
{
    until -= (until % width + width) % width;
    if (until <= done)
        return true;
    const qint64 values[] = { done, until, done, until, width, width, width };
    for (int i = 0; i < 7; ++i)
        q.thinEquity.bindValue(i, values[i]);
    if (!execute(q.thinEquity, error))
        return false;
    done = until;
    return true;
}

bool thinEquity(StorageStatements &q, std::int64_t newest, QString &error)
{
    return thinEquityRange(
               q, q.equityMinutesUntil, newest - Portfolio::EveryPointFor, 60'000, error)
        && thinEquityRange(q, q.equityHoursUntil, newest - Portfolio::MinutesFor, 3'600'000, error);
}

} // namespace

StorageWriter::StorageWriter(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

StorageWriter::~StorageWriter()
{
    stop();
}

void StorageWriter::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("storage"));
    m_thread->start();
}

quint64 StorageWriter::enqueue(StorageBatch batch)
{
    std::unique_lock lock(m_mutex);
    const quint64 sequence = m_nextSequence++;
    if (m_failed || m_finished)
        return sequence; // never committed: nothing waits for it forever
    const auto fits = [&] {
        return m_queue.empty() || m_counters.queuedRows + batch.rows() <= m_options.queueRows;
    };
    if (!fits() && !batch.ticks.isEmpty()) {
        m_counters.droppedTicks += batch.ticks.size();
        batch.ticks.clear();
    }
    m_space.wait(lock, [&] { return fits() || m_failed || m_finished; });
    m_counters.queuedRows += batch.rows();
    m_queue.push_back({ sequence, std::move(batch) });
    m_wake.notify_one();
    return sequence;
}

bool StorageWriter::flush()
{
    std::unique_lock lock(m_mutex);
    const quint64 target = m_nextSequence - 1;
    m_flushing = true;
    m_wake.notify_one();
    m_done.wait(lock, [&] { return m_committedSequence >= target || m_failed || m_finished; });
    m_flushing = false;
    return !m_failed && m_committedSequence >= target;
}

void StorageWriter::stop()
{
    if (!m_thread)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread->wait();
    m_thread.reset();
}

StorageWriter::Counters StorageWriter::counters() const
{
    std::lock_guard lock(m_mutex);
    return m_counters;
}

bool StorageWriter::hasFailed() const
{
    std::lock_guard lock(m_mutex);
    return m_failed;
}

std::uint32_t StorageWriter::instrumentId(std::uint32_t symbol) const
{
    return symbol < m_instrumentIds.size() ? m_instrumentIds[symbol] : 0;
}

bool StorageWriter::openDatabase(Database &db, WarmState &state, QString &error)
{
    if (!db.open(m_options.path)) {
        error = db.error();
        return false;
    }
    QSqlQuery pragma(db.connection());
    if (m_options.maxBytes > 0) {
        if (!pragma.exec(QStringLiteral("PRAGMA page_size")) || !pragma.next()) {
            error = pragma.lastError().text();
            return false;
        }
        const qint64 pages = std::max<qint64>(1, m_options.maxBytes / pragma.value(0).toLongLong());
        if (!pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages))) {
            error = pragma.lastError().text();
            return false;
        }
    }
    StorageReader reader(db);
    m_instrumentIds = reader.instrumentIds(m_options.instruments, true);
    if (m_instrumentIds.size() != std::size_t(m_options.instruments.size())) {
        error = reader.error();
        return false;
    }
    if (CalendarBackfill backfill(db); !backfill.run(m_instrumentIds)) {
        error = backfill.error();
        return false;
    }
    state = reader.warmState(m_options.instruments, m_instrumentIds, m_options.warmCandles);
    if (!reader.error().isEmpty()) {
        error = reader.error();
        return false;
    }
    return true;
}

QString StorageWriter::inUse(const QString &path)
{
    QLockFile probe(lockPath(path));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString application;
    if (probe.error() != QLockFile::LockFailedError
        || !probe.getLockInfo(&pid, &host, &application))
        return tr("the database %1 cannot be locked").arg(path);
    return tr("database %1 in use by process %2 (%3)").arg(path).arg(pid).arg(application);
}

QString StorageWriter::lockPath(const QString &path)
{
    return path + QStringLiteral(".lock");
}

void StorageWriter::run()
{
    Database db;
    WarmState state;
    QString error;
    // One writer per file: a second process would interleave its ticks or
    // collide on order ids. Readers (export, preview) take no lock.
    QLockFile fileLock(lockPath(m_options.path));
    fileLock.setStaleLockTime(0); // a session holds it for hours; a dead holder's lock is stale
    bool ok = fileLock.tryLock(0);
    if (!ok)
        error = inUse(m_options.path);
    ok = ok && openDatabase(db, state, error);
    if (ok)
        emit opened(state);
    else {
        std::lock_guard lock(m_mutex);
        m_failed = true;
    }
    if (!ok)
        emit failed(error);
    std::unique_ptr<StorageStatements> statements;
    if (ok)
        statements = std::make_unique<StorageStatements>(db.connection());

    const auto interval = std::chrono::milliseconds(m_options.commitIntervalMs);
    std::unique_lock lock(m_mutex);
    while (ok && !m_failed) {
        m_wake.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
        if (m_queue.empty())
            break; // stopping with nothing left
        // Gather until the transaction is full, its time is up, or someone
        // waits for it: orders and fills, a flush, the end.
        const auto deadline = std::chrono::steady_clock::now() + interval;
        std::vector<Entry> work;
        qsizetype rows = 0;
        bool durable = false;
        for (;;) {
            while (!m_queue.empty() && rows < m_options.transactionRows) {
                rows += m_queue.front().batch.rows();
                durable = durable || m_queue.front().batch.isDurable();
                work.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            if (rows >= m_options.transactionRows || durable || m_stopping || m_flushing)
                break;
            if (!m_wake.wait_until(
                    lock, deadline, [&] { return !m_queue.empty() || m_stopping || m_flushing; }))
                break;
        }
        m_counters.queuedRows -= rows;
        m_space.notify_all();
        lock.unlock();
        const bool written = write(db.connection(), *statements, work, error);
        // committed() is posted before flush() may return, so a caller that
        // flushed and then runs its event loop sees every acknowledgement.
        if (written)
            emit committed(work.back().sequence);
        lock.lock();
        if (written) {
            m_committedSequence = work.back().sequence;
            m_counters.committedRows += rows;
            ++m_counters.transactions;
        } else {
            m_failed = true;
        }
        m_done.notify_all();
        if (!written) {
            lock.unlock();
            emit failed(error);
            lock.lock();
        }
    }
    m_finished = true;
    m_queue.clear();
    m_counters.queuedRows = 0;
    m_space.notify_all();
    m_done.notify_all();
    lock.unlock();
    statements.reset();
    db.close();
}

bool StorageWriter::write(
    QSqlDatabase &connection, StorageStatements &q, const std::vector<Entry> &work, QString &error)
{
    bool durable = false;
    for (const Entry &entry : work)
        durable = durable || entry.batch.isDurable();
    // Orders and fills survive a power cut, not only a crash of the app.
    QSqlQuery pragma(connection);
    if (!pragma.exec(durable ? QStringLiteral("PRAGMA synchronous = FULL")
                             : QStringLiteral("PRAGMA synchronous = NORMAL"))) {
        error = pragma.lastError().text();
        return false;
    }
    if (!connection.transaction()) {
        error = connection.lastError().text();
        return false;
    }
    const auto fail = [&](const QString &what) {
        error = tr("storage: writing %1 failed: %2").arg(what, error);
        connection.rollback();
        return false;
    };
    for (const Entry &entry : work) {
        const StorageBatch &b = entry.batch;
        const qsizetype bulk = b.candles.size() - b.candles.size() % q.CandleRows;
        for (qsizetype i = 0; i < b.candles.size(); ++i) {
            const SeriesCandle &c = b.candles[i];
            if (i >= bulk) {
                bindCandle(q.candle, instrumentId(c.symbol), c.timeframeSeconds, c.candle);
                if (!execute(q.candle, error))
                    return fail(tr("a candle"));
                continue;
            }
            const int row = int(i % q.CandleRows);
            bindCandle(q.candles, instrumentId(c.symbol), c.timeframeSeconds, c.candle, row);
            if (row == q.CandleRows - 1 && !execute(q.candles, error))
                return fail(tr("a candle"));
        }
        for (const SeriesCandle &c : b.openBuckets) {
            bindCandle(q.openBucket, instrumentId(c.symbol), c.timeframeSeconds, c.candle);
            if (!execute(q.openBucket, error))
                return fail(tr("an open candle"));
        }
        for (const Tick &t : b.ticks) {
            q.tick.bindValue(0, qint64(instrumentId(t.symbol)));
            q.tick.bindValue(1, qint64(t.time));
            q.tick.bindValue(2, qint64(t.price.units()));
            q.tick.bindValue(3, qint64(t.quantity.units()));
            q.tick.bindValue(4, int(t.side));
            if (!execute(q.tick, error))
                return fail(tr("a tick"));
        }
        for (const Signal &s : b.firedSignals) {
            q.signal.bindValue(0, qint64(instrumentId(s.symbol)));
            q.signal.bindValue(1, qint64(s.timeframe.seconds()));
            q.signal.bindValue(2, qint64(s.time));
            q.signal.bindValue(3, int(s.side));
            q.signal.bindValue(4, s.confidence);
            q.signal.bindValue(5, s.price);
            q.signal.bindValue(6, s.rule);
            q.signal.bindValue(7, text(s.reason));
            if (!execute(q.signal, error))
                return fail(tr("a signal"));
        }
        for (const Order &o : b.trading.accepted) {
            q.order.bindValue(0, qint64(o.id));
            q.order.bindValue(1, o.clientOrderId);
            q.order.bindValue(2, qint64(instrumentId(o.symbol)));
            q.order.bindValue(3, int(o.side));
            q.order.bindValue(4, int(o.type));
            q.order.bindValue(5, int(o.timeInForce));
            q.order.bindValue(6, qint64(o.quantity.units()));
            q.order.bindValue(7, qint64(o.limitPrice.units()));
            q.order.bindValue(8, qint64(o.time));
            q.order.bindValue(9, text(o.reason));
            q.order.bindValue(10, int(OrderStatus::Open));
            q.order.bindValue(11, qint64(o.stopPrice.units()));
            q.order.bindValue(12, o.reduceOnly ? 1 : 0);
            q.order.bindValue(13, o.postOnly ? 1 : 0);
            q.order.bindValue(14, o.triggered ? 1 : 0);
            q.order.bindValue(15, qint64(o.trailOffset.units()));
            q.order.bindValue(16, o.trailPercent ? 1 : 0);
            q.order.bindValue(17, qint64(o.activationPrice.units()));
            q.order.bindValue(18, qint64(o.trailExtreme.units()));
            q.order.bindValue(19, qint64(o.takeProfit.units()));
            q.order.bindValue(20, qint64(o.stopLoss.units()));
            q.order.bindValue(21, qint64(o.parentId));
            q.order.bindValue(22, o.held ? 1 : 0);
            q.order.bindValue(23, qint64(o.ocoId));
            q.order.bindValue(24, qint64(o.stopLossTrail.units()));
            q.order.bindValue(25, qint64(o.timeLimit));
            q.order.bindValue(26, qint64(o.closeAt));
            if (!execute(q.order, error))
                return fail(tr("order %1").arg(o.clientOrderId));
        }
        for (const Order &o : b.trading.triggered) {
            q.triggered.bindValue(0, qint64(o.id));
            if (!execute(q.triggered, error))
                return fail(tr("the trigger of order %1").arg(o.clientOrderId));
        }
        for (const OrderList *changes :
            { &b.trading.amended, &b.trading.modified, &b.trading.linked }) {
            for (const Order &o : *changes) {
                q.amended.bindValue(0, qint64(o.stopPrice.units()));
                q.amended.bindValue(1, qint64(o.trailExtreme.units()));
                q.amended.bindValue(2, qint64(o.limitPrice.units()));
                q.amended.bindValue(3, qint64(o.quantity.units()));
                q.amended.bindValue(4, qint64(o.trailOffset.units()));
                q.amended.bindValue(5, o.trailPercent ? 1 : 0);
                q.amended.bindValue(6, o.held ? 1 : 0);
                q.amended.bindValue(7, qint64(o.ocoId));
                q.amended.bindValue(8, qint64(o.id));
                if (!execute(q.amended, error))
                    return fail(tr("the change of order %1").arg(o.clientOrderId));
            }
        }
        for (const Fill &f : b.trading.fills) {
            q.fill.bindValue(0, qint64(f.orderId));
            q.fill.bindValue(1, f.clientOrderId);
            q.fill.bindValue(2, qint64(instrumentId(f.symbol)));
            q.fill.bindValue(3, int(f.side));
            q.fill.bindValue(4, qint64(f.quantity.units()));
            q.fill.bindValue(5, qint64(f.price.units()));
            q.fill.bindValue(6, qint64(f.fee.units()));
            q.fill.bindValue(7, qint64(f.realizedPnl.units()));
            q.fill.bindValue(8, qint64(f.time));
            q.fill.bindValue(9, f.maker ? 1 : 0);
            q.fill.bindValue(10, text(f.reason));
            // Where the order stands after it (a fill without, read back
            // from an older journal, filled its order whole).
            const bool whole = f.leavesQuantity <= Decimal();
            q.filled.bindValue(0, int(whole ? OrderStatus::Filled : OrderStatus::PartiallyFilled));
            q.filled.bindValue(1,
                qint64((f.cumulativeQuantity > Decimal() ? f.cumulativeQuantity : f.quantity)
                           .units()));
            q.filled.bindValue(
                2, qint64((f.averagePrice > Decimal() ? f.averagePrice : f.price).units()));
            q.filled.bindValue(3, qint64(f.orderId));
            if (!execute(q.fill, error) || !execute(q.filled, error))
                return fail(tr("the fill of order %1").arg(f.clientOrderId));
        }
        for (const Order &o : b.trading.cancelled) {
            q.status.bindValue(0,
                int(o.status == OrderStatus::Expired ? OrderStatus::Expired
                                                     : OrderStatus::Cancelled));
            q.status.bindValue(1, qint64(o.id));
            if (!execute(q.status, error))
                return fail(tr("the cancellation of order %1").arg(o.clientOrderId));
        }
        for (const OrderEvent &e : OrderHistory::of(b.trading, b.eventTime)) {
            q.orderEvent.bindValue(0, qint64(e.orderId));
            q.orderEvent.bindValue(1, qint64(instrumentId(e.symbol)));
            q.orderEvent.bindValue(2, qint64(e.time));
            q.orderEvent.bindValue(3, int(e.kind));
            q.orderEvent.bindValue(4, qint64(e.quantity.units()));
            q.orderEvent.bindValue(5, qint64(e.price.units()));
            q.orderEvent.bindValue(6, text(e.detail));
            if (!execute(q.orderEvent, error))
                return fail(tr("the history of order %1").arg(e.orderId));
        }
        // An order refused when a trade triggered it: it had been accepted.
        for (const DeniedOrder &d : b.trading.denied) {
            if (d.order.id == 0)
                continue;
            q.status.bindValue(0, int(OrderStatus::Denied));
            q.status.bindValue(1, qint64(d.order.id));
            if (!execute(q.status, error))
                return fail(tr("the denial of order %1").arg(d.order.clientOrderId));
        }
        for (const Alert &a : b.trading.alerts) {
            q.alert.bindValue(0, qint64(a.time));
            q.alert.bindValue(1, int(a.severity));
            q.alert.bindValue(2, a.source);
            q.alert.bindValue(3, a.text);
            if (!execute(q.alert, error))
                return fail(tr("an alert"));
        }
        for (const EquityPoint &e : b.equity) {
            q.equity.bindValue(0, qint64(e.time));
            q.equity.bindValue(1, qint64(e.equity.units()));
            q.equity.bindValue(2, qint64(e.drawdown.units()));
            if (!execute(q.equity, error))
                return fail(tr("the equity curve"));
        }
        if (!b.equity.isEmpty() && !thinEquity(q, b.equity.constLast().time, error))
            return fail(tr("the equity curve"));
        for (const StoredPosition &p : b.positions) {
            q.position.bindValue(0, qint64(instrumentId(p.symbol)));
            q.position.bindValue(1, qint64(p.position.quantity.units()));
            q.position.bindValue(2, qint64(p.position.cost.units()));
            q.position.bindValue(3, qint64(p.position.realizedPnl.units()));
            q.position.bindValue(4, qint64(p.position.fees.units()));
            q.position.bindValue(5, qint64(p.time));
            if (!execute(q.position, error))
                return fail(tr("a position"));
        }
        for (const IndicatorSnapshot &s : b.snapshots) {
            const qint64 symbol = instrumentId(s.symbol);
            q.snapshot.bindValue(0, symbol);
            q.snapshot.bindValue(1, qint64(s.timeframeSeconds));
            q.snapshot.bindValue(2, int(s.kind));
            q.snapshot.bindValue(3, qint64(s.time));
            q.snapshot.bindValue(4, s.state);
            for (int twice = 0; twice < 6; twice += 3) {
                q.pruneSnapshots.bindValue(twice, symbol);
                q.pruneSnapshots.bindValue(twice + 1, qint64(s.timeframeSeconds));
                q.pruneSnapshots.bindValue(twice + 2, int(s.kind));
            }
            if (!execute(q.snapshot, error) || !execute(q.pruneSnapshots, error))
                return fail(tr("an indicator snapshot"));
        }
        for (const auto &[key, value] : b.state) {
            q.state.bindValue(0, key);
            q.state.bindValue(1, value);
            if (!execute(q.state, error))
                return fail(key);
        }
        if (b.initialCash) {
            q.state.bindValue(0, QStringLiteral("initial_cash"));
            q.state.bindValue(1, b.initialCash->toString().toUtf8());
            if (!execute(q.state, error))
                return fail(tr("the starting cash"));
        }
    }
    if (!connection.commit()) {
        error = connection.lastError().text();
        return fail(tr("the transaction"));
    }
    return true;
}

} // namespace kairos
