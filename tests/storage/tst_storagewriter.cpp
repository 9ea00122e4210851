#include "execution/MockBroker.h"
#include "storage/CsvExport.h"
#include "storage/Database.h"
#include "storage/StorageReader.h"
#include "storage/StorageWriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kairos;

namespace {

constexpr std::int64_t T0 = 1'704'067'200'000;

Candle candle(std::int64_t i)
{
    Candle c;
    c.time = T0 + i * 60'000;
    c.open = Decimal::fromUnits(100 + i);
    c.high = Decimal::fromUnits(110 + i);
    c.low = Decimal::fromUnits(90 + i);
    c.close = Decimal::fromUnits(105 + i);
    c.volume = Volume::of(Decimal::fromUnits(i * 3));
    // Every other candle has a meme coin's volume, beyond a Decimal: it is
    // stored in two columns and must read back to the unit.
    if (i % 2 == 1 && !c.volume.tryAdd(*Volume::parse("10000000000000.00000001")))
        qFatal("volume");
    c.trades = std::uint32_t(i % 50 + 1);
    c.state = CandleState::Confirmed;
    return c;
}

InstrumentList instruments(std::initializer_list<const char *> names)
{
    InstrumentList out;
    for (const char *name : names)
        out.append({ QString::fromLatin1(name), Decimal::fromUnits(1), Decimal::fromUnits(1) });
    return out;
}

Order order(std::int64_t id, std::uint32_t symbol, Side side, const char *clientId)
{
    Order o;
    o.id = id;
    o.clientOrderId = QString::fromLatin1(clientId);
    o.symbol = symbol;
    o.side = side;
    o.quantity = Decimal::fromInteger(2);
    o.time = T0 + id;
    o.reason = QStringLiteral("test");
    return o;
}

Fill fillOf(const Order &o, std::int64_t price)
{
    Fill f;
    f.orderId = o.id;
    f.clientOrderId = o.clientOrderId;
    f.symbol = o.symbol;
    f.side = o.side;
    f.quantity = o.quantity;
    f.price = Decimal::fromInteger(price);
    f.fee = Decimal::fromUnits(7);
    f.time = o.time + 1;
    f.reason = o.reason;
    return f;
}

qint64 count(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs a writer to its warm state: what a restart would see.
struct Opened
{
    std::optional<WarmState> state;
    QString error;
};

Opened open(StorageWriter &writer)
{
    Opened result;
    QObject context;
    QObject::connect(&writer, &StorageWriter::opened, &context,
        [&](const WarmState &state) { result.state = state; });
    QObject::connect(&writer, &StorageWriter::failed, &context,
        [&](const QString &error) { result.error = error; });
    writer.start();
    if (!QTest::qWaitFor([&] { return result.state || !result.error.isEmpty(); }, 10'000))
        result.error = QStringLiteral("timed out");
    return result;
}

} // namespace

class TestStorageWriter : public QObject
{
    Q_OBJECT

private slots:
    void millionCandleRowsKeepOrderAndLoseNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.db"));
        StorageWriter writer({ path, instruments({ "AAA", "BBB" }) });
        QList<quint64> committed;
        connect(&writer, &StorageWriter::committed, &writer,
            [&](quint64 sequence) { committed.append(sequence); });
        QVERIFY(open(writer).state);
        constexpr std::int64_t Rows = 1'000'000;
        constexpr std::int64_t PerBatch = 500;
        quint64 last = 0;
        for (std::int64_t start = 0; start < Rows; start += PerBatch) {
            StorageBatch batch;
            for (std::int64_t i = start; i < start + PerBatch; ++i)
                batch.candles.append({ std::uint32_t(i % 2), 60, candle(i / 2) });
            last = writer.enqueue(std::move(batch));
        }
        QVERIFY(writer.flush());
        QCOMPARE(last, quint64(Rows / PerBatch));
        const auto counters = writer.counters();
        QCOMPARE(counters.committedRows, Rows);
        QCOMPARE(counters.droppedTicks, 0);
        // Transactions are bounded by rows, so there are many, in order.
        QVERIFY(counters.transactions >= Rows / 10'000);
        QTRY_VERIFY(!committed.isEmpty() && committed.last() == last);
        QVERIFY(std::is_sorted(committed.begin(), committed.end()));
        writer.stop();

        Database db;
        QVERIFY(db.openReadOnly(path));
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM candles")), Rows);
        StorageReader reader(db);
        const auto ids = reader.instrumentIds(instruments({ "AAA", "BBB" }), false);
        QCOMPARE(ids.size(), std::size_t(2));
        std::int64_t expected = 0;
        bool same = true;
        QVERIFY(reader.candles(ids[1], 60, {}, [&](const Candle &c) {
            same = same && c == candle(expected++);
            return true;
        }));
        QVERIFY(same);
        QCOMPARE(expected, Rows / 2);
    }

    void theStoredEquityCurveThinsWithAge()
    {
        // As in memory: 40 days of a point every 5 s keep the last day
        // whole, a point a minute up to 30 days of age, an hour beyond.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("equity.db"));
        StorageWriter writer({ path, instruments({ "AAA" }) });
        QVERIFY(open(writer).state);
        constexpr std::int64_t Start = 1'704'067'200'000;
        constexpr std::int64_t Step = 5'000;
        constexpr std::int64_t Day = 86'400'000;
        constexpr std::int64_t Points = 40 * Day / Step;
        for (std::int64_t first = 0; first < Points; first += 720) { // an hour a batch
            StorageBatch batch;
            for (std::int64_t i = first; i < std::min(Points, first + 720); ++i)
                batch.equity.append({ Start + i * Step, Decimal::fromInteger(1000 + i % 7),
                    Decimal::fromInteger(i % 3) });
            writer.enqueue(std::move(batch));
        }
        QVERIFY(writer.flush());
        writer.stop();
        Database db;
        QVERIFY(db.openReadOnly(path));
        const std::int64_t now = Start + (Points - 1) * Step;
        const auto rows = [&](std::int64_t from, std::int64_t to) {
            return count(db,
                QStringLiteral("SELECT count(*) FROM equity WHERE time >= %1 AND time < %2")
                    .arg(from)
                    .arg(to));
        };
        QCOMPARE(rows(now - Day + 1, now + 1), Day / Step);
        const qint64 minutes = rows(now - 30 * Day, now - Day + 1);
        QVERIFY2(minutes >= 29 * 1440 && minutes <= 29 * 1440 + 720,
            qPrintable(QString::number(minutes)));
        const qint64 hours = rows(Start, now - 30 * Day);
        QVERIFY2(hours >= 10 * 24 - 1 && hours <= 10 * 24 + 60, qPrintable(QString::number(hours)));
        // Each bucket keeps its last point, values intact.
        QCOMPARE(count(db,
                     QStringLiteral("SELECT equity FROM equity WHERE time < %1 ORDER BY time"
                                    " LIMIT 1")
                         .arg(Start + 3'600'000)),
            qint64(Decimal::fromInteger(1000 + 719 % 7).units()));
    }

    void storedDaysFillWeeksAndMonthsOnce()
    {
        // A database from before weeks and months: 71 days (Mon 2026-01-05
        // to Mon 03-16) and Tuesday 03-17 open. Opened now, the days roll up
        // into ten weeks and two months, the open week and month go on
        // from the days they have, and a second opening changes nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("days.db"));
        const auto day = [](int i) {
            Candle c;
            c.time = QDateTime(QDate(2026, 1, 5).addDays(i), QTime(), QTimeZone::utc())
                         .toMSecsSinceEpoch();
            c.open = Decimal::fromUnits(1000 + 10 * i);
            c.high = Decimal::fromUnits(1050 + 10 * i + (i == 40 ? 500 : 0));
            c.low = Decimal::fromUnits(990 + 10 * i - (i == 3 ? 600 : 0));
            c.close = Decimal::fromUnits(1005 + 10 * i);
            c.volume = Volume::fromDouble(1e13); // a meme coin's: beyond a Decimal in a week
            c.trades = std::uint32_t(i + 1);
            c.state = CandleState::Confirmed;
            return c;
        };
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            StorageBatch batch;
            for (int i = 0; i < 71; ++i)
                batch.candles.append({ 0, 86400, day(i) });
            batch.openBuckets.append({ 0, 86400, day(71) });
            writer.enqueue(std::move(batch));
            QVERIFY(writer.flush());
        }
        const auto series = [](const WarmState &state, std::int64_t seconds) {
            for (const SeriesHistory &h : state.series) {
                if (h.timeframeSeconds == seconds)
                    return h.candles;
            }
            return CandleList();
        };
        const auto openPart = [](const WarmState &state, std::int64_t seconds) {
            for (const SeriesCandle &c : state.openBuckets) {
                if (c.timeframeSeconds == seconds)
                    return std::optional<Candle>(c.candle);
            }
            return std::optional<Candle>();
        };
        for (int opening = 0; opening < 2; ++opening) {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            const Opened opened = open(writer);
            QVERIFY2(opened.state, qPrintable(opened.error));
            const CandleList weeks = series(*opened.state, Timeframe::WeekSeconds);
            QCOMPARE(weeks.size(), 10);
            for (int w = 0; w < 10; ++w) {
                const Candle &c = weeks[w];
                QCOMPARE(c.time, day(7 * w).time);
                QCOMPARE(c.open, day(7 * w).open);
                QCOMPARE(c.close, day(7 * w + 6).close);
                QCOMPARE(int(c.trades), 7 * (7 * w + 1) + 21);
                QCOMPARE(c.volume, Volume::fromDouble(7e13));
            }
            QCOMPARE(weeks[0].low, day(3).low);
            QCOMPARE(weeks[5].high, day(40).high);
            const CandleList months = series(*opened.state, Timeframe::MonthSeconds);
            QCOMPARE(months.size(), 2);
            QCOMPARE(months[0].time, day(-4).time); // 2026-01-01, though the days start on the 5th
            QCOMPARE(months[0].close, day(26).close); // January 31
            QCOMPARE(months[1].open, day(27).open);
            QCOMPARE(months[1].volume, Volume::fromDouble(28e13));
            const std::optional<Candle> week = openPart(*opened.state, Timeframe::WeekSeconds);
            QVERIFY(week);
            QCOMPARE(week->time, day(70).time); // Monday's candle and Tuesday's part
            QCOMPARE(week->trades, day(70).trades + day(71).trades);
            QCOMPARE(week->close, day(71).close);
            const std::optional<Candle> month = openPart(*opened.state, Timeframe::MonthSeconds);
            QVERIFY(month);
            QCOMPARE(month->time, day(55).time); // 2026-03-01
            QCOMPARE(month->open, day(55).open);
            QCOMPARE(month->close, day(71).close);
            QCOMPARE(month->volume, Volume::fromDouble(17e13));
        }
        Database db;
        QVERIFY(db.openReadOnly(path));
        QCOMPARE(count(db,
                     QStringLiteral("SELECT COUNT(*) FROM candles WHERE timeframe = %1")
                         .arg(Timeframe::WeekSeconds)),
            10);
    }

    void aLongHistoryWarmStartsFromPositionsNotEveryFill()
    {
        // 30,000 round trips over 60 days: the warm state holds the
        // positions as last booked, the newest fills to show, and the client
        // ids of the broker's window only (before: every fill and every id).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.db"));
        Portfolio book(Decimal::fromInteger(1'000'000), 1);
        constexpr int Orders = 30'000;
        constexpr std::int64_t Spacing = 60 * 86'400'000LL / Orders;
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            for (int i = 1; i <= Orders; ++i) {
                Order o = order(i, 0, i % 2 ? Side::Buy : Side::Sell,
                    qPrintable(QStringLiteral("sig:AAA:%1").arg(i)));
                o.time = T0 + i * Spacing;
                Fill f = fillOf(o, 100 + i % 13);
                f.time = o.time;
                f.fee = Decimal::fromUnits(i);
                QVERIFY(book.apply(f));
                StorageBatch batch;
                batch.trading.accepted = { o };
                batch.trading.fills = { f };
                batch.positions = { { 0, book.position(0), f.time } };
                writer.enqueue(std::move(batch));
            }
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, instruments({ "AAA" }) });
        const Opened opened = open(writer);
        QVERIFY2(opened.state, qPrintable(opened.error));
        const WarmState &state = *opened.state;
        QCOMPARE(state.fills.size(), StorageReader::WarmFills);
        QCOMPARE(state.fills.constLast().orderId, Orders);
        QCOMPARE(state.lastOrderId, Orders);
        const qsizetype window = MockBroker::SeenWindowMs / Spacing + 1;
        QCOMPARE(state.clientOrderIds.size(), window);
        QCOMPARE(state.clientOrderIds.constLast().first, QStringLiteral("sig:AAA:%1").arg(Orders));
        QCOMPARE(state.positions.size(), 1);
        QCOMPARE(state.positions[0].position.realizedPnl, book.position(0).realizedPnl);
        QCOMPARE(state.positions[0].position.fees, book.position(0).fees);
        // Restored, the account is what the fills made, to the unit.
        Portfolio restored(Decimal::fromInteger(1'000'000), 1);
        restored.restorePosition(0, state.positions[0].position);
        QCOMPARE(restored.cash(), book.cash());
        QCOMPARE(restored.position(0).quantity, book.position(0).quantity);
        QCOMPARE(restored.position(0).cost, book.position(0).cost);
    }

    // Every kind of order comes back from a restart as it was: its trigger,
    // flags and whether a trade already triggered it. An expired order and
    // one refused when it triggered are no longer open.
    // A warm start gives a trailing stop back where its trailing left it:
    // its best price and stop as last written, not as first accepted, and
    // one still waiting for its activation price still waiting. Restored in
    // the broker, a trade below the old best price does not move it.
    void aTrailingStopsBestPriceSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        Order trail = order(1, 0, Side::Sell, "manual:1");
        trail.type = OrderType::TrailingStop;
        trail.trailOffset = *Decimal::parse("2.5");
        trail.trailPercent = true;
        trail.trailExtreme = *Decimal::parse("100");
        trail.stopPrice = *Decimal::parse("97.5");
        Order waiting = order(2, 0, Side::Buy, "manual:2");
        waiting.type = OrderType::TrailingStop;
        waiting.trailOffset = *Decimal::parse("3");
        waiting.activationPrice = *Decimal::parse("80");
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            StorageBatch accepted;
            accepted.trading.accepted = { trail, waiting };
            writer.enqueue(accepted);
            StorageBatch moved;
            QVERIFY(trail.trail(*Decimal::parse("120"), Decimal()));
            QCOMPARE(trail.stopPrice, *Decimal::parse("117"));
            moved.trading.amend(trail);
            QVERIFY(moved.isDurable() && moved.rows() == 1);
            writer.enqueue(moved);
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, instruments({ "AAA" }) });
        const Opened reopened = open(writer);
        QVERIFY2(reopened.state, qPrintable(reopened.error));
        const OrderList &working = reopened.state->openOrders;
        QCOMPARE(working.size(), 2);
        QCOMPARE(working[0].type, OrderType::TrailingStop);
        QCOMPARE(working[0].trailExtreme, *Decimal::parse("120"));
        QCOMPARE(working[0].stopPrice, *Decimal::parse("117"));
        QCOMPARE(working[0].trailOffset, trail.trailOffset);
        QVERIFY(working[0].trailPercent);
        QCOMPARE(working[1].activationPrice, waiting.activationPrice);
        QCOMPARE(working[1].trailExtreme, Decimal());
        QCOMPARE(working[1].stopPrice, Decimal());
        QVERIFY(!working[1].trailPercent);

        MockBroker broker { BrokerConfig() };
        broker.restore(working, 2, {});
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        OrderList trailed;
        Tick t;
        t.time = T0 + 10'000;
        t.quantity = Decimal::fromInteger(1);
        t.price = *Decimal::parse("118");
        broker.onTick(t, fills, cancelled, triggered, &trailed);
        QVERIFY(trailed.isEmpty() && triggered.isEmpty());
        t.price = *Decimal::parse("117");
        broker.onTick(t, fills, cancelled, triggered, &trailed);
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered[0].clientOrderId, QStringLiteral("manual:1"));
    }

    void conditionalOrdersRestoreExactly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        Order stop = order(1, 0, Side::Sell, "manual:1");
        stop.type = OrderType::StopLimit;
        stop.stopPrice = *Decimal::parse("95.5");
        stop.limitPrice = *Decimal::parse("95");
        stop.timeInForce = TimeInForce::Day;
        stop.reduceOnly = true;
        Order touched = order(2, 0, Side::Buy, "manual:2");
        touched.type = OrderType::LimitIfTouched;
        touched.stopPrice = *Decimal::parse("90");
        touched.limitPrice = *Decimal::parse("90.5");
        touched.postOnly = true;
        Order expired = order(3, 0, Side::Buy, "manual:3");
        expired.type = OrderType::Limit;
        expired.limitPrice = *Decimal::parse("80");
        expired.timeInForce = TimeInForce::Day;
        Order refused = order(4, 0, Side::Buy, "manual:4");
        refused.type = OrderType::StopMarket;
        refused.stopPrice = *Decimal::parse("120");
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            StorageBatch batch;
            batch.trading.accepted = { stop, touched, expired, refused };
            batch.trading.triggered = { touched };
            Order ended = expired;
            ended.status = OrderStatus::Expired;
            batch.trading.cancelled = { ended };
            batch.trading.denied
                = { { refused, { QStringLiteral("maxOrderNotional"), {}, {}, {} } } };
            writer.enqueue(batch);
            // A trigger alone, or the denial of an accepted order, is a
            // change to a stored order: written, and synced.
            StorageBatch trigger;
            trigger.trading.triggered = { touched };
            QVERIFY(trigger.isDurable() && trigger.rows() == 1);
            StorageBatch denial;
            denial.trading.denied = batch.trading.denied;
            QVERIFY(denial.isDurable() && denial.rows() == 1);
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, instruments({ "AAA" }) });
        const Opened reopened = open(writer);
        QVERIFY2(reopened.state, qPrintable(reopened.error));
        const OrderList &working = reopened.state->openOrders;
        QCOMPARE(working.size(), 2);
        QCOMPARE(working[0].type, OrderType::StopLimit);
        QCOMPARE(working[0].stopPrice, stop.stopPrice);
        QCOMPARE(working[0].limitPrice, stop.limitPrice);
        QCOMPARE(working[0].timeInForce, TimeInForce::Day);
        QVERIFY(working[0].reduceOnly && !working[0].postOnly && !working[0].triggered);
        QCOMPARE(working[1].type, OrderType::LimitIfTouched);
        QVERIFY(working[1].postOnly && !working[1].reduceOnly && working[1].triggered);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("c"));
        {
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("SELECT id, status FROM orders ORDER BY id"), db);
            QList<int> statuses;
            while (q.next())
                statuses << q.value(1).toInt();
            QCOMPARE(statuses,
                (QList<int> { int(OrderStatus::Open), int(OrderStatus::Open),
                    int(OrderStatus::Expired), int(OrderStatus::Denied) }));
            db.close();
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("c"));
    }

    // Each part of an order is a row of its own; a restart finds the order
    // working for its rest, with what it filled and at what average price.
    void partlyFilledOrdersRestoreWithWhatTheyFilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        Order buy = order(1, 0, Side::Buy, "manual:1");
        buy.type = OrderType::Limit;
        buy.limitPrice = *Decimal::parse("99");
        buy.quantity = Decimal::fromInteger(3);
        auto part = [&buy](const char *quantity, std::int64_t price) {
            Fill f = fillOf(buy, price);
            f.quantity = *Decimal::parse(quantity);
            buy.addFill(f.quantity, f.price);
            f.cumulativeQuantity = buy.filledQuantity;
            f.leavesQuantity = buy.remaining();
            f.averagePrice = buy.averagePrice;
            return f;
        };
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            StorageBatch batch;
            batch.trading.accepted = { buy };
            batch.trading.fills = { part("1", 99), part("0.5", 98) };
            writer.enqueue(batch);
            QVERIFY(writer.flush());
        }
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            const Opened reopened = open(writer);
            QVERIFY2(reopened.state, qPrintable(reopened.error));
            QCOMPARE(reopened.state->fills.size(), 2);
            QCOMPARE(reopened.state->fills[1].quantity, *Decimal::parse("0.5"));
            QCOMPARE(reopened.state->openOrders.size(), 1);
            const Order &working = reopened.state->openOrders[0];
            QCOMPARE(working.status, OrderStatus::PartiallyFilled);
            QCOMPARE(working.filledQuantity, *Decimal::parse("1.5"));
            QCOMPARE(working.averagePrice, *Decimal::parse("98.66666667"));
            QCOMPARE(working.remaining(), *Decimal::parse("1.5"));
            StorageBatch rest;
            rest.trading.fills = { part("1.5", 97) };
            writer.enqueue(rest);
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, instruments({ "AAA" }) });
        const Opened reopened = open(writer);
        QVERIFY(reopened.state);
        QVERIFY(reopened.state->openOrders.isEmpty());
        QCOMPARE(reopened.state->fills.size(), 3);
    }

    // A bracket's links, and where its exits stand, come back as they were.
    void bracketsRestoreWithTheirLinks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        Order entry = order(1, 0, Side::Buy, "manual:1");
        entry.type = OrderType::Limit;
        entry.limitPrice = *Decimal::parse("99");
        entry.takeProfit = *Decimal::parse("110");
        entry.stopLoss = *Decimal::parse("95.5");
        entry.timeLimit = 1'800'000;
        Order tp = order(2, 0, Side::Sell, "manual:1:tp:1");
        tp.type = OrderType::Limit;
        tp.limitPrice = entry.takeProfit;
        tp.parentId = 1;
        tp.held = true;
        tp.ocoId = 3;
        tp.reduceOnly = true;
        tp.closeAt = entry.timeLimit;
        Order sl = order(3, 0, Side::Sell, "manual:1:sl:1");
        sl.type = OrderType::StopMarket;
        sl.stopPrice = entry.stopLoss;
        sl.parentId = 1;
        sl.held = true;
        sl.ocoId = 2;
        sl.reduceOnly = true;
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            StorageBatch batch;
            batch.trading.accepted = { entry, tp, sl };
            writer.enqueue(batch);
            // The entry's first part releases its exits for that much.
            StorageBatch part;
            Fill first = fillOf(entry, 99);
            first.quantity = *Decimal::parse("0.5");
            first.cumulativeQuantity = first.quantity;
            first.leavesQuantity = *Decimal::parse("1.5");
            first.averagePrice = first.price;
            part.trading.fills = { first };
            for (Order exit : { tp, sl }) {
                exit.held = false;
                exit.quantity = first.quantity;
                part.trading.linked.append(exit);
            }
            QVERIFY(part.isDurable());
            writer.enqueue(part);
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, instruments({ "AAA" }) });
        const Opened reopened = open(writer);
        QVERIFY2(reopened.state, qPrintable(reopened.error));
        const OrderList &working = reopened.state->openOrders;
        QCOMPARE(working.size(), 3);
        QCOMPARE(working[0].takeProfit, entry.takeProfit);
        QCOMPARE(working[0].stopLoss, entry.stopLoss);
        QCOMPARE(working[0].filledQuantity, *Decimal::parse("0.5"));
        QCOMPARE(working[0].timeLimit, 1'800'000);
        QCOMPARE(working[1].closeAt, 1'800'000);
        QCOMPARE(working[2].closeAt, 0);
        for (int i : { 1, 2 }) {
            QCOMPARE(working[i].parentId, 1);
            QVERIFY(!working[i].held);
            QCOMPARE(working[i].quantity, *Decimal::parse("0.5"));
        }
        QCOMPARE(working[1].ocoId, 3);
        QCOMPARE(working[2].ocoId, 2);

        // The history of each, step by step, as export --what orders writes it.
        Database db;
        QVERIFY(db.openReadOnly(path));
        StorageReader reader(db);
        CsvExport exporter(reader);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY2(
            exporter.write(CsvExport::Kind::Orders, {}, 0, &out), qPrintable(exporter.error()));
        const QList<QByteArray> lines = out.data().split('\n');
        QCOMPARE(lines[0], QByteArray("time,order_id,symbol,event,quantity,price,detail"));
        QCOMPARE(exporter.rows(), 6); // three submitted, a part filled, two exits released
        QVERIFY2(
            out.data().contains(",1,AAA,partially_filled,0.5,99,taker\n"), out.data().constData());
        QVERIFY(out.data().contains(",2,AAA,linked,0.5,110,\n"));
        QVERIFY(out.data().contains(",3,AAA,submitted,2,95.5,test\n"));
    }

    void ordersLinkedLaterRestoreLinked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        Order dip = order(1, 0, Side::Buy, "manual:1");
        dip.type = OrderType::Limit;
        dip.limitPrice = *Decimal::parse("95");
        Order breakout = order(2, 0, Side::Buy, "manual:2");
        breakout.type = OrderType::StopMarket;
        breakout.stopPrice = *Decimal::parse("105");
        {
            StorageWriter writer({ path, instruments({ "AAA" }) });
            QVERIFY(open(writer).state);
            StorageBatch batch;
            batch.trading.accepted = { dip, breakout };
            writer.enqueue(batch);
            StorageBatch linked;
            dip.ocoId = 2;
            breakout.ocoId = 1;
            linked.trading.linked = { dip, breakout };
            writer.enqueue(linked);
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, instruments({ "AAA" }) });
        const Opened reopened = open(writer);
        QVERIFY2(reopened.state, qPrintable(reopened.error));
        const OrderList &working = reopened.state->openOrders;
        QCOMPARE(working.size(), 2);
        QCOMPARE(working[0].ocoId, 2);
        QCOMPARE(working[1].ocoId, 1);
    }

    void ordersAndFillsRoundTripAndRestore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        const Order buy = order(1, 1, Side::Buy, "sig:BBB:1");
        const Order sell = order(2, 0, Side::Sell, "manual:1");
        Order resting = order(3, 1, Side::Buy, "manual:2");
        resting.reason = QString(); // an order sent without a reason is stored all the same
        {
            StorageWriter writer({ path, instruments({ "AAA", "BBB" }) });
            QString error;
            connect(&writer, &StorageWriter::failed, &writer, [&](const QString &e) { error = e; });
            QVERIFY(open(writer).state->isEmpty());
            StorageBatch first;
            first.trading.accepted = { buy, sell };
            first.trading.fills = { fillOf(buy, 100) };
            first.trading.alerts = { { T0, AlertSeverity::Info, QStringLiteral("broker"),
                QStringLiteral("filled") } };
            QVERIFY(first.isDurable());
            writer.enqueue(first);
            StorageBatch second;
            second.trading.fills = { fillOf(sell, 101) };
            second.trading.accepted = { resting };
            second.equity = { { T0, Decimal::fromInteger(1000), Decimal() } };
            second.state = { { QStringLiteral("risk"), QByteArray("halted") } };
            second.initialCash = *Decimal::parse("12345.5");
            second.snapshots = { { 1, 60, SnapshotKind::Strategy, T0, QByteArray("rules") } };
            writer.enqueue(second);
            const bool flushed = writer.flush();
            QCoreApplication::processEvents();
            QVERIFY2(flushed && error.isEmpty(), qPrintable(error));
        }
        // A restart with the instruments in another order maps them by name.
        StorageWriter writer({ path, instruments({ "BBB", "AAA" }) });
        const Opened reopened = open(writer);
        QVERIFY2(reopened.state, qPrintable(reopened.error));
        const WarmState &state = *reopened.state;
        QCOMPARE(state.fills.size(), 2);
        QCOMPARE(state.fills[0].clientOrderId, QStringLiteral("sig:BBB:1"));
        QCOMPARE(state.fills[0].symbol, 0u); // BBB is now first
        QCOMPARE(state.fills[1].symbol, 1u);
        QCOMPARE(state.fills[1].price, Decimal::fromInteger(101));
        QCOMPARE(state.openOrders.size(), 1);
        QCOMPARE(state.openOrders[0].clientOrderId, QStringLiteral("manual:2"));
        QCOMPARE(state.lastOrderId, 3);
        QCOMPARE(state.clientOrderIds.size(), 3);
        QCOMPARE(state.alerts.size(), 1);
        QCOMPARE(state.equity.size(), 1);
        QCOMPARE(state.riskState, QByteArray("halted"));
        QCOMPARE(state.initialCash, std::optional(*Decimal::parse("12345.5")));
        QCOMPARE(state.strategySnapshots.size(), 1);
        QCOMPARE(state.strategySnapshots[0].symbol, 0u);
        QCOMPARE(state.strategySnapshots[0].state, QByteArray("rules"));
    }

    void aDuplicateOrderFailsLoudly()
    {
        QTemporaryDir dir;
        StorageWriter writer({ dir.filePath(QStringLiteral("k.db")), instruments({ "AAA" }) });
        QString error;
        connect(&writer, &StorageWriter::failed, &writer, [&](const QString &e) { error = e; });
        QVERIFY(open(writer).state);
        StorageBatch batch;
        batch.trading.accepted = { order(1, 0, Side::Buy, "same") };
        writer.enqueue(batch);
        QVERIFY(writer.flush());
        batch.trading.accepted = { order(2, 0, Side::Buy, "same") };
        writer.enqueue(batch);
        QVERIFY(!writer.flush());
        QVERIFY(writer.hasFailed());
        QTRY_VERIFY(error.contains(QStringLiteral("same")));
    }

    void aFullDiskStopsWritingAndSaysSo()
    {
        QTemporaryDir dir;
        StorageWriter::Options options { dir.filePath(QStringLiteral("small.db")),
            instruments({ "AAA" }) };
        options.maxBytes = 256 * 1024;
        StorageWriter writer(options);
        QString error;
        connect(&writer, &StorageWriter::failed, &writer, [&](const QString &e) { error = e; });
        QVERIFY(open(writer).state);
        for (int b = 0; b < 100; ++b) {
            StorageBatch batch;
            for (int i = 0; i < 1000; ++i)
                batch.candles.append({ 0, 60, candle(b * 1000 + i) });
            writer.enqueue(batch);
        }
        QVERIFY(!writer.flush());
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("full"), Qt::CaseInsensitive), qPrintable(error));
        // Nothing waits forever once it has failed.
        writer.enqueue(StorageBatch {});
        QVERIFY(!writer.flush());
    }

    void aFullQueueDropsOnlyRecordedTicks()
    {
        QTemporaryDir dir;
        StorageWriter::Options options { dir.filePath(QStringLiteral("k.db")),
            instruments({ "AAA" }) };
        options.queueRows = 60;
        StorageWriter writer(options);
        // Not started yet: nothing drains the queue.
        StorageBatch first;
        for (int i = 0; i < 50; ++i)
            first.candles.append({ 0, 60, candle(i) });
        writer.enqueue(first);
        StorageBatch second;
        for (int i = 0; i < 30; ++i)
            second.ticks.append(
                { T0 + i, Decimal::fromInteger(1), Decimal::fromInteger(1), 0, Side::Buy });
        for (int i = 50; i < 60; ++i)
            second.candles.append({ 0, 60, candle(i) });
        writer.enqueue(second);
        QCOMPARE(writer.counters().droppedTicks, 30);
        QVERIFY(open(writer).state);
        QVERIFY(writer.flush());
        QCOMPARE(writer.counters().committedRows, 60);
    }

    void anUnopenableFileFails()
    {
        StorageWriter writer({ QStringLiteral("/nonexistent/dir/k.db"), instruments({ "AAA" }) });
        const Opened result = open(writer);
        QVERIFY(!result.state);
        QVERIFY(!result.error.isEmpty());
        writer.enqueue(StorageBatch {});
        QVERIFY(!writer.flush());
    }
};

QTEST_GUILESS_MAIN(TestStorageWriter)
#include "tst_storagewriter.moc"
