// Orders that wait for a trigger: stops, stop-limits, if-touched orders and trailing stops, at
// every price scale.
#include "../common/BrokerFixtures.h"

#include <QTest>

using namespace kairos;
using namespace kairos::testing;

class TestTriggeredOrders : public QObject
{
    Q_OBJECT

private slots:
    // A buy stop is reached from below: a trade a tick under it leaves it
    // waiting, one at it triggers it, and it trades at that trade's price.
    void aStopTriggersAtItsPriceNotBefore()
    {
        MockBroker broker(config());
        Order stop = order("stop", Side::Buy, OrderType::StopMarket, "1");
        stop.stopPrice = d("100");
        QCOMPARE(broker.submit(stop), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "99.99"), fills, cancelled, triggered);
        QVERIFY(triggered.isEmpty());
        QCOMPARE(broker.openOrders().size(), 1u);
        const Tick at = tick(2000, "100");
        broker.onTick(at, fills, cancelled, triggered);
        QCOMPARE(triggered.size(), 1);
        QVERIFY(broker.openOrders().empty()); // handed back to be checked again
        QVERIFY(fills.isEmpty());
        broker.release(triggered[0], at, fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, broker.slipped(d("100"), Side::Buy, 0));
        QCOMPARE(fills[0].time, 2000);
        QVERIFY(!fills[0].maker);
    }

    // A sell stop at 100 the market gaps through (from 101 to 95) fills at
    // 95, where the market was, not at the stop.
    void aGappedStopFillsAtTheGapNotAtTheStop()
    {
        MockBroker broker(config());
        Order stop = order("stop", Side::Sell, OrderType::StopMarket, "1");
        stop.stopPrice = d("100");
        QCOMPARE(broker.submit(stop), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "101"), fills, cancelled, triggered);
        QVERIFY(triggered.isEmpty());
        const Tick gap = tick(2000, "95");
        broker.onTick(gap, fills, cancelled, triggered);
        QCOMPARE(triggered.size(), 1);
        broker.release(triggered[0], gap, fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, broker.slipped(d("95"), Side::Sell, 0));
        QVERIFY(fills[0].price < d("95"));
    }

    // If-touched orders wait for the market to come their way: a buy below,
    // a sell above.
    void ifTouchedOrdersTriggerInTheirFavour()
    {
        Order buy = order("mit", Side::Buy, OrderType::MarketIfTouched, "1");
        buy.stopPrice = d("100");
        QVERIFY(!buy.triggersAt(d("100.01")));
        QVERIFY(buy.triggersAt(d("100")));
        QVERIFY(buy.triggersAt(d("99")));
        Order sell = order("lit", Side::Sell, OrderType::LimitIfTouched, "1", "110");
        sell.stopPrice = d("110");
        QVERIFY(!sell.triggersAt(d("109.99")));
        QVERIFY(sell.triggersAt(d("110")));
        Order sellStop = order("stop", Side::Sell, OrderType::StopLimit, "1", "95");
        sellStop.stopPrice = d("96");
        QVERIFY(!sellStop.triggersAt(d("96.01")));
        QVERIFY(sellStop.triggersAt(d("96")));
        QCOMPARE(buy.released(), OrderType::Market);
        QCOMPARE(sell.released(), OrderType::Limit);
        QVERIFY(buy.waitsForTrigger());
        buy.triggered = true;
        QVERIFY(!buy.waitsForTrigger());

        MockBroker broker(config());
        QCOMPARE(broker.submit(buy = order("mit2", Side::Buy, OrderType::MarketIfTouched, "1")),
            MockBroker::SubmitResult::Invalid); // no stop price
    }

    // A stop-limit released above its limit rests in the book and fills as
    // a maker once a trade prints through the limit.
    void aReleasedStopLimitRestsAtItsLimit()
    {
        MockBroker broker(config());
        Order stop = order("sl", Side::Buy, OrderType::StopLimit, "1", "100.5");
        stop.stopPrice = d("100");
        QCOMPARE(broker.submit(stop), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        const Tick jump = tick(1000, "101");
        broker.onTick(jump, fills, cancelled, triggered);
        QCOMPARE(triggered.size(), 1);
        broker.release(triggered[0], jump, fills, cancelled);
        QVERIFY(fills.isEmpty());
        QCOMPARE(broker.openOrders().size(), 1u);
        QVERIFY(broker.openOrders()[0].triggered);
        QVERIFY(broker.openOrders()[0].resting);
        triggered.clear();
        broker.onTick(tick(2000, "100.4"), fills, cancelled, triggered);
        QVERIFY(triggered.isEmpty());
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("100.5"));
        QVERIFY(fills[0].maker);
    }

    // At every scale a stop triggers to the tick: a meme coin near 10^-5
    // (50 billion coins), a coin near 1, BTC near 10^4. A tick short of the
    // stop leaves it waiting; after a restart it still waits.
    void stopsTriggerToTheTickAtEveryScale_data()
    {
        QTest::addColumn<QByteArray>("stop");
        QTest::addColumn<QByteArray>("quantity");
        QTest::newRow("1e-5") << QByteArray("0.00001234") << QByteArray("50000000000");
        QTest::newRow("1") << QByteArray("1.0001") << QByteArray("2500.5");
        QTest::newRow("1e4") << QByteArray("64250.01") << QByteArray("0.00001");
    }

    void stopsTriggerToTheTickAtEveryScale()
    {
        QFETCH(QByteArray, stop);
        QFETCH(QByteArray, quantity);
        const Decimal price = d(stop.constData());
        const Decimal oneUnit = Decimal::fromUnits(1);
        Order buy = order("buy", Side::Buy, OrderType::StopMarket, quantity.constData());
        buy.stopPrice = price;
        buy.id = 1;
        MockBroker broker(config());
        broker.restore({ buy }, 1, {}); // working before a restart
        QVERIFY(broker.openOrders()[0].waitsForTrigger());
        QVERIFY(!broker.openOrders()[0].resting);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        Tick below = tick(1000, stop.constData());
        below.price = price - oneUnit;
        broker.onTick(below, fills, cancelled, triggered);
        QVERIFY(triggered.isEmpty());
        const Tick at = tick(2000, stop.constData());
        broker.onTick(at, fills, cancelled, triggered);
        QCOMPARE(triggered.size(), 1);
        broker.release(triggered[0], at, fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].quantity, d(quantity.constData()));
        QCOMPARE(fills[0].price, broker.slipped(price, Side::Buy, 0));
        QVERIFY(fills[0].price >= price);
    }

    // A sell trailing stop 10 under the best price: it ratchets up with
    // each new high, never down, is reported each time its best price moves,
    // and triggers on the first trade at its stop, not a unit above.
    void trailingStopRatchetsAndTriggersAtItsStop()
    {
        MockBroker broker(config());
        broker.setPriceTicks({ d("0.01") });
        Order trail = order("trail", Side::Sell, OrderType::TrailingStop, "1");
        trail.trailOffset = d("10");
        QCOMPARE(broker.submit(trail), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        OrderList trailed;
        const auto trade = [&](std::int64_t time, const char *price) {
            trailed.clear();
            broker.onTick(tick(time, price), fills, cancelled, triggered, &trailed);
        };
        trade(1000, "100");
        QCOMPARE(trailed.size(), 1);
        QCOMPARE(trailed[0].trailExtreme, d("100"));
        QCOMPARE(trailed[0].stopPrice, d("90"));
        trade(2000, "105.5");
        QCOMPARE(trailed.size(), 1);
        QCOMPARE(broker.openOrders()[0].stopPrice, d("95.5"));
        trade(3000, "101"); // lower: the stop stays
        QVERIFY(trailed.isEmpty());
        QCOMPARE(broker.openOrders()[0].stopPrice, d("95.5"));
        QCOMPARE(broker.openOrders()[0].trailExtreme, d("105.5"));
        trade(4000, "95.51");
        QVERIFY(triggered.isEmpty());
        trade(5000, "95.5");
        QCOMPARE(triggered.size(), 1);
        QCOMPARE(triggered[0].stopPrice, d("95.5"));
        // A gap through the stop fills at the gap's price.
        const Tick gap = tick(5000, "93");
        broker.release(triggered[0], gap, fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, broker.slipped(d("93"), Side::Sell, 0));
        QVERIFY(broker.openOrders().empty());
    }

    // With an activation price, a buy trailing stop does nothing until a
    // trade at or below it: before that no stop, and no trigger however far
    // the market runs away.
    void trailingStopWaitsForItsActivationPrice()
    {
        MockBroker broker(config());
        broker.setPriceTicks({ d("0.01") });
        Order trail = order("trail", Side::Buy, OrderType::TrailingStop, "1");
        trail.trailOffset = d("5");
        trail.activationPrice = d("90");
        QCOMPARE(trail.workingPrice(), d("90"));
        QVERIFY(!trail.triggersAt(d("1000")));
        QCOMPARE(broker.submit(trail), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        OrderList trailed;
        for (const char *price : { "100", "150", "90.01" })
            broker.onTick(tick(1000, price), fills, cancelled, triggered, &trailed);
        QVERIFY(trailed.isEmpty());
        QVERIFY(triggered.isEmpty());
        QCOMPARE(broker.openOrders()[0].stopPrice, Decimal());
        broker.onTick(tick(2000, "90"), fills, cancelled, triggered, &trailed);
        QCOMPARE(trailed.size(), 1);
        QCOMPARE(broker.openOrders()[0].stopPrice, d("95"));
        broker.onTick(tick(3000, "80"), fills, cancelled, triggered, &trailed);
        QCOMPARE(broker.openOrders()[0].stopPrice, d("85"));
        broker.onTick(tick(4000, "84.99"), fills, cancelled, triggered, &trailed);
        QVERIFY(triggered.isEmpty());
        broker.onTick(tick(5000, "85"), fills, cancelled, triggered, &trailed);
        QCOMPARE(triggered.size(), 1);
    }

    // A percent trail at every scale: the stop is put on the tick away from
    // the market, so the distance is never less than asked.
    void trailingPercentRoundsAwayFromTheMarket_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QByteArray>("tick");
        QTest::addColumn<QByteArray>("price");
        QTest::addColumn<QByteArray>("stop");
        QTest::newRow("buy 1e-5") << int(Side::Buy) << QByteArray("0.00000001")
                                  << QByteArray("0.00001234") << QByteArray("0.00001247");
        QTest::newRow("sell 1") << int(Side::Sell) << QByteArray("0.0001") << QByteArray("1.0001")
                                << QByteArray("0.99");
        QTest::newRow("sell 1e4") << int(Side::Sell) << QByteArray("0.1") << QByteArray("10000.5")
                                  << QByteArray("9900.4");
    }

    void trailingPercentRoundsAwayFromTheMarket()
    {
        QFETCH(int, side);
        QFETCH(QByteArray, tick);
        QFETCH(QByteArray, price);
        QFETCH(QByteArray, stop);
        Order trail = order("trail", Side(side), OrderType::TrailingStop, "1");
        trail.trailOffset = d("1");
        trail.trailPercent = true;
        QVERIFY(trail.trail(d(price.constData()), d(tick.constData())));
        QCOMPARE(trail.stopPrice, d(stop.constData()));
        QCOMPARE(trail.trailExtreme, d(price.constData()));
    }

    void trailingStopsNeedADistance()
    {
        MockBroker broker(config());
        Order none = order("none", Side::Sell, OrderType::TrailingStop, "1");
        QCOMPARE(broker.submit(none), MockBroker::SubmitResult::Invalid);
        Order all = order("all", Side::Sell, OrderType::TrailingStop, "1");
        all.trailOffset = d("100");
        all.trailPercent = true;
        QCOMPARE(broker.submit(all), MockBroker::SubmitResult::Invalid);
        all.trailOffset = d("99.99");
        QCOMPARE(broker.submit(all), MockBroker::SubmitResult::Accepted);
    }
};

QTEST_APPLESS_MAIN(TestTriggeredOrders)
#include "tst_triggeredorders.moc"
