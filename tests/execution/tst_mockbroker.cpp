#include "execution/MockBroker.h"

#include <QTest>

using namespace kairos;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

Tick tick(std::int64_t time, const char *price, std::uint32_t symbol = 0)
{
    Tick t;
    t.time = time;
    t.price = d(price);
    t.quantity = d("1");
    t.symbol = symbol;
    return t;
}

Order order(const char *id, Side side, OrderType type, const char *quantity,
    const char *limit = "0", TimeInForce tif = TimeInForce::GoodTillCancel)
{
    Order o;
    o.clientOrderId = QString::fromLatin1(id);
    o.side = side;
    o.type = type;
    o.quantity = d(quantity);
    o.limitPrice = d(limit);
    o.timeInForce = tif;
    return o;
}

BrokerConfig config()
{
    BrokerConfig c;
    c.slippageBps = d("2.5");
    c.makerFeeBps = d("1");
    c.takerFeeBps = d("7.5");
    return c;
}

} // namespace

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
        broker.onTick(tick(1000, "64000"), fills, cancelled);
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
        broker.onTick(tick(2000, "0.00012345"), fills, cancelled);
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
        broker.onTick(tick(1000, "64000.37"), fills, cancelled);
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
        broker.onTick(tick(1, "100.01"), fills, cancelled);
        broker.onTick(tick(2, "100"), fills, cancelled); // touches, does not trade through
        QVERIFY(fills.isEmpty());
        QCOMPARE(broker.openOrders().size(), 1u);
        broker.onTick(tick(3, "99.99"), fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("100")); // at the limit, not the trade
        QVERIFY(fills[0].maker);
        QCOMPARE(fills[0].fee, d("0.02")); // 200 · 1 bp

        Order sell = order("s", Side::Sell, OrderType::Limit, "1", "105");
        broker.submit(sell);
        fills.clear();
        broker.onTick(tick(4, "104.99"), fills, cancelled); // below a sell: it rests
        broker.onTick(tick(4, "105"), fills, cancelled);
        QVERIFY(fills.isEmpty());
        broker.onTick(tick(5, "105.5", 1), fills, cancelled); // another symbol
        QVERIFY(fills.isEmpty());
        broker.onTick(tick(6, "105.01"), fills, cancelled);
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
        broker.onTick(tick(1, "100"), fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("100.025")); // 100 + 2.5 bps, not 105
        QVERIFY(!fills[0].maker);
        QCOMPARE(fills[0].fee, d("0.1500375")); // 200.05 · 7.5 bps
        QVERIFY(broker.openOrders().empty());

        // The slippage never takes it beyond its limit.
        Order sell = order("s", Side::Sell, OrderType::Limit, "1", "99.99");
        broker.submit(sell);
        fills.clear();
        broker.onTick(tick(2, "100"), fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("99.99")); // 100 − 2.5 bps = 99.975, capped at the limit
        QVERIFY(!fills[0].maker);

        // Only an order that rested is a maker at its own limit, even when a
        // later trade prints far through it.
        Order rest = order("r", Side::Buy, OrderType::Limit, "1", "95");
        broker.submit(rest);
        fills.clear();
        broker.onTick(tick(3, "100"), fills, cancelled);
        QVERIFY(fills.isEmpty());
        QVERIFY(broker.openOrders().front().resting);
        broker.onTick(tick(4, "90"), fills, cancelled);
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
        broker.onTick(tick(1, "100"), fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QCOMPARE(fills[0].price, d("105")); // it was in the book: traded through, a maker
        QVERIFY(fills[0].maker);
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
        broker.onTick(tick(1, "100"), fills, cancelled);
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
        broker.onTick(tick(1249, "10"), fills, cancelled);
        QVERIFY(fills.isEmpty());
        broker.onTick(tick(1250, "11"), fills, cancelled);
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
        broker.onTick(tick(1, "10"), fills, cancelled);
        QCOMPARE(fills.size(), 1);
        // Even after it filled, a replay of the same id is refused.
        QCOMPARE(broker.submit(retry), MockBroker::SubmitResult::Duplicate);
        broker.onTick(tick(2, "10"), fills, cancelled);
        QCOMPARE(fills.size(), 1);
        QVERIFY(broker.hasSeen(QStringLiteral("sig:BTCUSDT:RSI:1")));
    }

    void clientIdsAreRememberedForAWeekOfEventTime()
    {
        // A month of an order a minute: the broker remembers a week's ids,
        // not all 43,200, yet a retry within the week is refused, and a
        // resting order's id is kept however old.
        MockBroker broker(config());
        constexpr std::int64_t Minute = 60'000;
        Order resting = order("resting", Side::Buy, OrderType::Limit, "1", "1");
        resting.time = 0;
        QCOMPARE(broker.submit(resting), MockBroker::SubmitResult::Accepted);
        constexpr int Orders = 30 * 1440;
        FillList fills;
        OrderList cancelled;
        for (int i = 1; i <= Orders; ++i) {
            Order o = order(
                qPrintable(QStringLiteral("sig:%1").arg(i)), Side::Buy, OrderType::Market, "1");
            o.time = i * Minute;
            QCOMPARE(broker.submit(o), MockBroker::SubmitResult::Accepted);
            broker.onTick(tick(o.time, "100"), fills, cancelled);
        }
        QCOMPARE(fills.size(), Orders);
        QVERIFY2(broker.rememberedIds() <= 7 * 1440 + 2,
            qPrintable(QString::number(broker.rememberedIds())));
        Order retry = order("sig:40000", Side::Buy, OrderType::Market, "1");
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
            for (int i = 0; i < 200; ++i) {
                Order o = order("x", i % 2 ? Side::Sell : Side::Buy,
                    i % 3 ? OrderType::Market : OrderType::Limit, "0.1", "100");
                o.clientOrderId = QString::number(i);
                broker.submit(o);
                broker.onTick(tick(i, i % 5 ? "99.5" : "100.5"), fills, cancelled);
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
};

QTEST_APPLESS_MAIN(TestMockBroker)
#include "tst_mockbroker.moc"
