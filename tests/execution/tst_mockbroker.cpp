// The paper broker: fills at the trade with slippage and fees, resting and marketable limits,
// partial fills, latency, client ids, times in force, the participation cap.
#include "../common/BrokerFixtures.h"

#include <QTest>

using namespace kairos;
using namespace kairos::testing;

class TestMockBroker : public QObject
{
    Q_OBJECT

private slots:
    void marketOrderSlipsAndPaysTakerFee()
    {
        MockBroker broker(config());
        Order buy = order("a", Side::Buy, OrderType::Market, "0.5");
        QCOMPARE(broker.submit(buy), MockBroker::SubmitResult::Accepted);
        QCOMPARE(buy.id, 1);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "64000"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        // 64000 · 2.5 bps = 16: the buyer pays 64016.
        QCOMPARE(fills[0].price, d("64016"));
        // Notional 32008 · 7.5 bps = 24.006.
        QCOMPARE(fills[0].fee, d("24.006"));
        QVERIFY(!fills[0].maker);
        QCOMPARE(fills[0].time, 1000);
        QVERIFY(broker.openOrders().empty());

        Order sell = order("b", Side::Sell, OrderType::Market, "0.00000003");
        broker.submit(sell);
        fills.clear();
        broker.onTick(tick(2000, "0.00012345"), fills, cancelled, triggered);
        // 0.00012345 · 2.5 bps = 0.0000000308625 → 3 units: 0.00012342.
        QCOMPARE(fills[0].price, d("0.00012342"));
        // A notional of 0.0000000000037 rounds to 0 units: the fee is 0, not negative.
        QCOMPARE(fills[0].fee, Decimal());
    }

    void aSlippedPriceLandsOnTheTickAgainstTheTaker()
    {
        // 64000.37 · 2.5 bps = 16.0000925: 64016.3700925 for the buyer, which
        // no venue fills at; on a 0.01 tick it pays 64016.38, the seller gets
        // 63984.36 (63984.3699075 down).
        MockBroker broker(config());
        broker.setPriceTicks({ d("0.01") });
        Order buy = order("a", Side::Buy, OrderType::Market, "1");
        Order sell = order("b", Side::Sell, OrderType::Market, "1");
        broker.submit(buy);
        broker.submit(sell);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "64000.37"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 2);
        QCOMPARE(fills[0].price, d("64016.38"));
        QCOMPARE(fills[1].price, d("63984.36"));
        // Already on the tick: unchanged.
        QCOMPARE(broker.slipped(d("64000"), Side::Buy, 0), d("64016"));
    }

    void limitOrderFillsOnlyWhenTradedThrough()
    {
        MockBroker broker(config());
        Order buy = order("l", Side::Buy, OrderType::Limit, "2", "100");
        broker.submit(buy);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1, "100.01"), fills, cancelled, triggered);
        broker.onTick(
            tick(2, "100"), fills, cancelled, triggered); // touches, does not trade through
        QVERIFY(fills.isEmpty());
        QCOMPARE(broker.openOrders().size(), 1u);
        Tick through = tick(3, "99.99");
        through.quantity = d("5"); // enough for all of it
        broker.onTick(through, fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].quantity, d("2"));
        QCOMPARE(fills[0].price, d("100")); // at the limit, not the trade
        QVERIFY(fills[0].maker);
        QCOMPARE(fills[0].fee, d("0.02")); // 200 · 1 bp

        Order sell = order("s", Side::Sell, OrderType::Limit, "1", "105");
        broker.submit(sell);
        fills.clear();
        broker.onTick(tick(4, "104.99"), fills, cancelled, triggered); // below a sell: it rests
        broker.onTick(tick(4, "105"), fills, cancelled, triggered);
        QVERIFY(fills.isEmpty());
        broker.onTick(tick(5, "105.5", 1), fills, cancelled, triggered); // another symbol
        QVERIFY(fills.isEmpty());
        broker.onTick(tick(6, "105.01"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("105"));
    }

    void marketableLimitOrderTakesAtTheTrade()
    {
        MockBroker broker(config());
        // A buy limit at 105 with the market at 100 is marketable: it takes
        // liquidity at the first trade (with slippage), as a taker.
        Order buy = order("b", Side::Buy, OrderType::Limit, "2", "105");
        broker.submit(buy);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1, "100"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("100.025")); // 100 + 2.5 bps, not 105
        QVERIFY(!fills[0].maker);
        QCOMPARE(fills[0].fee, d("0.1500375")); // 200.05 · 7.5 bps
        QVERIFY(broker.openOrders().empty());

        // The slippage never takes it beyond its limit.
        Order sell = order("s", Side::Sell, OrderType::Limit, "1", "99.99");
        broker.submit(sell);
        fills.clear();
        broker.onTick(tick(2, "100"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("99.99")); // 100 − 2.5 bps = 99.975, capped at the limit
        QVERIFY(!fills[0].maker);

        // Only an order that rested is a maker at its own limit, even when a
        // later trade prints far through it.
        Order rest = order("r", Side::Buy, OrderType::Limit, "1", "95");
        broker.submit(rest);
        fills.clear();
        broker.onTick(tick(3, "100"), fills, cancelled, triggered);
        QVERIFY(fills.isEmpty());
        QVERIFY(broker.openOrders().front().resting);
        broker.onTick(tick(4, "90"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("95"));
        QVERIFY(fills[0].maker);
    }

    void restoredLimitOrdersRest()
    {
        MockBroker broker(config());
        Order open = order("o", Side::Buy, OrderType::Limit, "1", "105");
        open.id = 7;
        broker.restore({ open }, 7, {});
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1, "100"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("105")); // it was in the book: traded through, a maker
        QVERIFY(fills[0].maker);

        // A bracket's exit still held for its entry was never in the book.
        Order held = order("h", Side::Sell, OrderType::Limit, "1", "110");
        held.id = 8;
        held.held = true;
        MockBroker again(config());
        again.restore({ held }, 8, {});
        QVERIFY(!again.openOrders().front().resting);
    }

    void immediateOrCancel()
    {
        MockBroker broker(config());
        Order miss
            = order("m", Side::Buy, OrderType::Limit, "1", "99", TimeInForce::ImmediateOrCancel);
        Order hit = order(
            "h", Side::Buy, OrderType::Limit, "1", "100.01", TimeInForce::ImmediateOrCancel);
        broker.submit(miss);
        broker.submit(hit);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1, "100"), fills, cancelled, triggered);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled[0].clientOrderId, QStringLiteral("m"));
        QCOMPARE(cancelled[0].status, OrderStatus::Cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("100.01")); // 100 + 2.5 bps = 100.025, capped at the limit
        QVERIFY(broker.openOrders().empty());
    }

    void latencyDelaysTheFill()
    {
        BrokerConfig c = config();
        c.latencyMs = 250;
        MockBroker broker(c);
        Order buy = order("a", Side::Buy, OrderType::Market, "1");
        buy.time = 1000;
        broker.submit(buy);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1249, "10"), fills, cancelled, triggered);
        QVERIFY(fills.isEmpty());
        broker.onTick(tick(1250, "11"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].time, 1250);
    }

    void duplicateClientOrderIdFillsOnce()
    {
        MockBroker broker(config());
        Order first = order("sig:BTCUSDT:RSI:1", Side::Buy, OrderType::Market, "1");
        Order retry = first;
        QCOMPARE(broker.submit(first), MockBroker::SubmitResult::Accepted);
        QCOMPARE(broker.submit(retry), MockBroker::SubmitResult::Duplicate);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1, "10"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        // Even after it filled, a replay of the same id is refused.
        QCOMPARE(broker.submit(retry), MockBroker::SubmitResult::Duplicate);
        broker.onTick(tick(2, "10"), fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QVERIFY(broker.hasSeen(QStringLiteral("sig:BTCUSDT:RSI:1")));
    }

    void clientIdsAreRememberedForADayOfEventTime()
    {
        // A month of an order a minute: the broker remembers a day's ids,
        // not all 43,200, yet a retry within the day is refused, and a
        // resting order's id is kept however old.
        MockBroker broker(config());
        constexpr std::int64_t Minute = 60'000;
        Order resting = order("resting", Side::Buy, OrderType::Limit, "1", "1");
        resting.time = 0;
        QCOMPARE(broker.submit(resting), MockBroker::SubmitResult::Accepted);
        constexpr int Orders = 30 * 1440;
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        for (int i = 1; i <= Orders; ++i) {
            Order o = order(
                qPrintable(QStringLiteral("sig:%1").arg(i)), Side::Buy, OrderType::Market, "1");
            o.time = i * Minute;
            QCOMPARE(broker.submit(o), MockBroker::SubmitResult::Accepted);
            broker.onTick(tick(o.time, "100"), fills, cancelled, triggered);
        }
        QCOMPARE(fills.size(), Orders);
        QVERIFY2(broker.rememberedIds() <= 1440 + 2,
            qPrintable(QString::number(broker.rememberedIds())));
        Order retry = order("sig:42000", Side::Buy, OrderType::Market, "1");
        retry.time = Orders * Minute;
        QCOMPARE(broker.submit(retry), MockBroker::SubmitResult::Duplicate);
        QVERIFY(!broker.hasSeen(QStringLiteral("sig:1")));
        QVERIFY(broker.hasSeen(QStringLiteral("resting")));
    }

    void invalidOrdersAndCancels()
    {
        MockBroker broker(config());
        Order none = order("", Side::Buy, OrderType::Market, "1");
        QCOMPARE(broker.submit(none), MockBroker::SubmitResult::Invalid);
        Order zero = order("z", Side::Buy, OrderType::Market, "0");
        QCOMPARE(broker.submit(zero), MockBroker::SubmitResult::Invalid);
        Order noLimit = order("n", Side::Buy, OrderType::Limit, "1", "0");
        QCOMPARE(broker.submit(noLimit), MockBroker::SubmitResult::Invalid);

        Order a = order("a", Side::Buy, OrderType::Limit, "1", "5");
        Order b = order("b", Side::Sell, OrderType::Limit, "1", "50");
        b.symbol = 1;
        Order c = order("c", Side::Sell, OrderType::Limit, "1", "60");
        broker.submit(a);
        broker.submit(b);
        broker.submit(c);
        QCOMPARE(broker.cancel(a.id)->status, OrderStatus::Cancelled);
        QVERIFY(!broker.cancel(a.id));
        const OrderList symbolZero = broker.cancelAll(0u);
        QCOMPARE(symbolZero.size(), 1);
        QCOMPARE(symbolZero[0].clientOrderId, QStringLiteral("c"));
        QCOMPARE(broker.cancelAll().size(), 1);
        QVERIFY(broker.openOrders().empty());
    }

    void sameInputSameFills()
    {
        auto run = [] {
            MockBroker broker(config());
            FillList fills;
            OrderList cancelled;
            OrderList triggered;
            for (int i = 0; i < 200; ++i) {
                Order o = order("x", i % 2 ? Side::Sell : Side::Buy,
                    i % 3 ? OrderType::Market : OrderType::Limit, "0.1", "100");
                o.clientOrderId = QString::number(i);
                broker.submit(o);
                broker.onTick(tick(i, i % 5 ? "99.5" : "100.5"), fills, cancelled, triggered);
            }
            return fills;
        };
        const FillList a = run();
        const FillList b = run();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QVERIFY(
                a[i].price == b[i].price && a[i].fee == b[i].fee && a[i].orderId == b[i].orderId);
    }

    // Fill-or-kill trades at once or expires; a post-only order that would
    // take expires too (a venue's EXPIRED), where immediate-or-cancel is
    // cancelled as before.
    void fillOrKillAndPostOnlyExpireWhenTheyCannotTradeAsTheyMust()
    {
        MockBroker broker(config());
        Order fok = order("fok", Side::Buy, OrderType::Limit, "1", "99", TimeInForce::FillOrKill);
        Order post = order("post", Side::Buy, OrderType::Limit, "1", "101");
        post.postOnly = true;
        Order ioc
            = order("ioc", Side::Buy, OrderType::Limit, "1", "99", TimeInForce::ImmediateOrCancel);
        Order fokTaken
            = order("fok2", Side::Buy, OrderType::Limit, "1", "100", TimeInForce::FillOrKill);
        for (Order *o : { &fok, &post, &ioc, &fokTaken })
            QCOMPARE(broker.submit(*o), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "100"), fills, cancelled, triggered);
        QCOMPARE(cancelled.size(), 3);
        QCOMPARE(cancelled[0].clientOrderId, QStringLiteral("fok"));
        QCOMPARE(cancelled[0].status, OrderStatus::Expired);
        QCOMPARE(cancelled[1].clientOrderId, QStringLiteral("post"));
        QCOMPARE(cancelled[1].status, OrderStatus::Expired);
        QCOMPARE(cancelled[2].clientOrderId, QStringLiteral("ioc"));
        QCOMPARE(cancelled[2].status, OrderStatus::Cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].clientOrderId, QStringLiteral("fok2"));
        QVERIFY(broker.openOrders().empty());
    }

    void orderTypesAndTimesInForceHaveNames()
    {
        for (int i = 0; i <= int(OrderType::TrailingStop); ++i)
            QCOMPARE(orderTypeFromKey(QString(orderTypeKey(OrderType(i)))), OrderType(i));
        for (int i = 0; i <= int(TimeInForce::Day); ++i)
            QCOMPARE(timeInForceFromKey(QString(timeInForceKey(TimeInForce(i)))), TimeInForce(i));
        QCOMPARE(orderTypeKey(OrderType::StopLimit), QLatin1StringView("stop_limit"));
        QCOMPARE(orderTypeKey(OrderType::TrailingStop), QLatin1StringView("trailing_stop"));
        QVERIFY(!orderTypeFromKey(u"stop"));
        QVERIFY(!timeInForceFromKey(u"GTC"));
    }

    // A resting order fills at most what traded through its price, and its
    // parts add up to its quantity to the unit, at every scale.
    void aRestingOrderFillsAtMostWhatTraded_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QByteArray>("through");
        QTest::addColumn<QByteArray>("quantity");
        QTest::addColumn<QByteArray>("sizes"); // of the trades through it, ';'-separated
        QTest::newRow("1e4") << QByteArray("64000.5") << QByteArray("63999") << QByteArray("2.5")
                             << QByteArray("1;0.7;5");
        QTest::newRow("1") << QByteArray("1.2345") << QByteArray("1.2344")
                           << QByteArray("1000.00000001")
                           << QByteArray("999.99999999;0.00000001;1");
        QTest::newRow("1e-5 and 1e13 units")
            << QByteArray("0.00001234") << QByteArray("0.00001233") << QByteArray("92233720368")
            << QByteArray("50000000000;40000000000;9000000000");
    }

    void aRestingOrderFillsAtMostWhatTraded()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QByteArray, through);
        QFETCH(QByteArray, quantity);
        QFETCH(QByteArray, sizes);
        MockBroker broker(config());
        Order buy
            = order("rest", Side::Buy, OrderType::Limit, quantity.constData(), limit.constData());
        QCOMPARE(broker.submit(buy), MockBroker::SubmitResult::Accepted);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        Tick above = tick(1000, limit.constData());
        above.price = d(limit.constData()) + d("0.00000001");
        broker.onTick(above, fills, cancelled, triggered); // not marketable: it rests
        QVERIFY(fills.isEmpty());
        std::int64_t time = 2000;
        Decimal traded;
        for (const QByteArray &size : sizes.split(';')) {
            Tick t = tick(time += 1000, through.constData());
            t.quantity = d(size.constData());
            const Decimal before = traded;
            broker.onTick(t, fills, cancelled, triggered);
            const Fill &f = fills.constLast();
            QCOMPARE(f.quantity, std::min(t.quantity, d(quantity.constData()) - before));
            QCOMPARE(f.price, d(limit.constData()));
            QVERIFY(f.maker);
            traded = traded + f.quantity;
            QCOMPARE(f.cumulativeQuantity, traded);
            QCOMPARE(f.leavesQuantity, d(quantity.constData()) - traded);
            QCOMPARE(f.averagePrice, d(limit.constData()));
            if (f.leavesQuantity > Decimal()) {
                QCOMPARE(broker.openOrders().size(), std::size_t(1));
                const Order &working = broker.openOrders().front();
                QCOMPARE(working.status, OrderStatus::PartiallyFilled);
                QCOMPARE(working.filledQuantity, traded);
                QVERIFY(working.resting);
            }
        }
        QCOMPARE(fills.size(), sizes.count(';') + 1);
        QCOMPARE(traded, d(quantity.constData()));
        QVERIFY(broker.openOrders().empty());
        QVERIFY(cancelled.isEmpty());
    }

    void aTradeIsSharedByTheRestingOrdersItReachesOldestFirst()
    {
        MockBroker broker(config());
        broker.setQuantitySteps({ d("0.1") });
        Order first = order("first", Side::Buy, OrderType::Limit, "1", "100");
        Order second = order("second", Side::Buy, OrderType::Limit, "1", "100.5");
        broker.submit(first);
        broker.submit(second);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "101"), fills, cancelled, triggered);
        Tick t = tick(2000, "99");
        t.quantity = d("1.55");
        broker.onTick(t, fills, cancelled, triggered);
        QCOMPARE(fills.size(), 2);
        QCOMPARE(fills[0].clientOrderId, QStringLiteral("first"));
        QCOMPARE(fills[0].quantity, d("1"));
        // 0.55 is left of the trade: 0.5 in whole lot steps.
        QCOMPARE(fills[1].clientOrderId, QStringLiteral("second"));
        QCOMPARE(fills[1].quantity, d("0.5"));
        QCOMPARE(fills[1].leavesQuantity, d("0.5"));
        // Less than a lot left of a trade: no fill, the order rests on.
        t = tick(3000, "99");
        t.quantity = d("0.09");
        fills.clear();
        broker.onTick(t, fills, cancelled, triggered);
        QVERIFY(fills.isEmpty());
        QCOMPARE(broker.openOrders().front().filledQuantity, d("0.5"));
    }

    void theParticipationCapSpreadsATakerOverTrades()
    {
        BrokerConfig c;
        c.slippageBps = Decimal();
        c.participationPercent = d("10");
        MockBroker broker(c);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        Order market = order("mkt", Side::Buy, OrderType::Market, "1");
        broker.submit(market);
        const char *prices[] = { "100", "101", "102" };
        std::int64_t time = 1000;
        for (const char *price : prices) {
            Tick t = tick(time += 1000, price);
            t.quantity = d("4");
            broker.onTick(t, fills, cancelled, triggered);
        }
        QCOMPARE(fills.size(), 3);
        QCOMPARE(fills[0].quantity, d("0.4"));
        QCOMPARE(fills[1].quantity, d("0.4"));
        QCOMPARE(fills[2].quantity, d("0.2"));
        QVERIFY(!fills[2].maker);
        // (0.4·100 + 0.4·101 + 0.2·102) / 1
        QCOMPARE(fills[2].averagePrice, d("100.8"));
        QCOMPARE(fills[2].leavesQuantity, Decimal());
        QVERIFY(broker.openOrders().empty());

        // Immediate-or-cancel: its share of the trade, the rest cancelled.
        fills.clear();
        Order ioc
            = order("ioc", Side::Sell, OrderType::Market, "1", "0", TimeInForce::ImmediateOrCancel);
        broker.submit(ioc);
        Tick t = tick(time += 1000, "100");
        t.quantity = d("3");
        broker.onTick(t, fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].quantity, d("0.3"));
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled[0].status, OrderStatus::Cancelled);
        QCOMPARE(cancelled[0].filledQuantity, d("0.3"));

        // Fill-or-kill: all of it from this trade, or nothing.
        fills.clear();
        cancelled.clear();
        Order fok = order("fok", Side::Buy, OrderType::Market, "1", "0", TimeInForce::FillOrKill);
        broker.submit(fok);
        broker.onTick(tick(time += 1000, "100"), fills, cancelled, triggered);
        QVERIFY(fills.isEmpty());
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled[0].status, OrderStatus::Expired);
        QCOMPARE(cancelled[0].filledQuantity, Decimal());

        // A marketable limit takes its share, and its rest rests at the limit.
        cancelled.clear();
        Order limit = order("lmt", Side::Buy, OrderType::Limit, "1", "100");
        broker.submit(limit);
        t = tick(time += 1000, "99");
        t.quantity = d("5");
        broker.onTick(t, fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].quantity, d("0.5"));
        QVERIFY(!fills[0].maker);
        QVERIFY(broker.openOrders().front().resting);
        broker.onTick(tick(time += 1000, "100"), fills, cancelled, triggered); // at, not through
        QCOMPARE(fills.size(), 1);
        t = tick(time += 1000, "99.5");
        t.quantity = d("0.25");
        broker.onTick(t, fills, cancelled, triggered);
        QCOMPARE(fills.size(), 2);
        QVERIFY(fills[1].maker);
        QCOMPARE(fills[1].quantity, d("0.25"));
        QCOMPARE(fills[1].price, d("100"));
        QCOMPARE(fills[1].cumulativeQuantity, d("0.75"));
    }

    void aShareBelowALotWaitsForALargerTrade()
    {
        BrokerConfig c;
        c.participationPercent = d("1");
        MockBroker broker(c);
        broker.setQuantitySteps({ d("0.01") });
        Order market = order("mkt", Side::Buy, OrderType::Market, "0.05");
        broker.submit(market);
        FillList fills;
        OrderList cancelled;
        OrderList triggered;
        broker.onTick(tick(1000, "100"), fills, cancelled, triggered); // 1 % of 1: 0.01
        Tick small = tick(2000, "100");
        small.quantity = d("0.5"); // 0.005: below a lot
        broker.onTick(small, fills, cancelled, triggered);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].quantity, d("0.01"));
        QCOMPARE(broker.openOrders().front().remaining(), d("0.04"));
        QVERIFY(cancelled.isEmpty());
    }

    void theParticipationCapIsAPercent()
    {
        BrokerConfig c;
        c.participationPercent = d("100.00000001");
        QCOMPARE(c.validate().size(), 1);
        c.participationPercent = d("-1");
        QCOMPARE(c.validate().size(), 1);
        c.participationPercent = d("100");
        QVERIFY(c.validate().isEmpty());
        QStringList errors;
        const auto read = BrokerConfig::fromJson(c.toJson(), &errors);
        QVERIFY(read);
        QCOMPARE(read->participationPercent, d("100"));
    }
};

QTEST_APPLESS_MAIN(TestMockBroker)
#include "tst_mockbroker.moc"
