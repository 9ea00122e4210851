// Orders linked to others: brackets and the exits a strategy attaches, one-cancels-other pairs,
// time limits.
#include "../common/TraderFixtures.h"
#include "execution/OrderHistory.h"

#include <QTest>

using namespace kairos;
using namespace kairos::testing;

class TestLinkedOrders : public QObject
{
    Q_OBJECT

private slots:
    // A bracket's exits wait for its entry, then protect what has filled of
    // it, part by part; a take-profit fill cancels the stop-loss; a part that
    // fills after its exits are gone gets exits of its own.
    void bracketExitsProtectAPartlyFilledEntry()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order entry = limitOrder(Side::Buy, "99", "3");
        entry.takeProfit = d("110");
        entry.stopLoss = d("95");
        entry.time = 1000;
        trader.submit(entry, events);
        QCOMPARE(events.accepted.size(), 3);
        const Order tp = events.accepted[1];
        const Order sl = events.accepted[2];
        QCOMPARE(tp.parentId, events.accepted[0].id);
        QCOMPARE(tp.type, OrderType::Limit);
        QCOMPARE(tp.side, Side::Sell);
        QCOMPARE(tp.limitPrice, d("110"));
        QCOMPARE(sl.type, OrderType::StopMarket);
        QCOMPARE(sl.stopPrice, d("95"));
        QVERIFY(tp.held && sl.held && tp.reduceOnly && sl.reduceOnly);
        QCOMPARE(tp.ocoId, sl.id);
        QCOMPARE(sl.ocoId, tp.id);

        auto through = [](std::int64_t time, const char *price, const char *size) {
            Tick t = tick(time, price);
            t.quantity = d(size);
            return t;
        };
        trader.onTick(tick(2000, "100"), events); // the entry rests
        events = {};
        trader.onTick(through(3000, "98.5", "1"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.linked.size(), 2);
        for (const Order &exit : std::as_const(events.linked)) {
            QVERIFY(!exit.held);
            QCOMPARE(exit.quantity, d("1"));
        }
        events = {};
        trader.onTick(through(4000, "98", "0.5"), events);
        QCOMPARE(events.linked.size(), 2);
        QCOMPARE(events.linked[0].quantity, d("1.5"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("1.5"));

        // The take-profit is reached: it closes the 1.5, the stop-loss goes.
        events = {};
        trader.onTick(through(5000, "111", "5"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].orderId, tp.id);
        QCOMPARE(events.fills[0].quantity, d("1.5"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("0"));
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.cancelled[0].id, sl.id);

        // The entry fills again: that part is protected anew.
        events = {};
        trader.onTick(through(6000, "98", "1"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.accepted.size(), 2);
        QCOMPARE(events.accepted[0].quantity, d("1"));
        QVERIFY(!events.accepted[0].held);
        QCOMPARE(events.accepted[0].parentId, tp.parentId);
        QCOMPARE(events.accepted[0].ocoId, events.accepted[1].id);

        // A restart restores the links: the entry's next part grows them.
        PaperTrader restarted(instruments(), d("100000"), openLimits(), freeBroker());
        OrderList open(trader.broker().openOrders().begin(), trader.broker().openOrders().end());
        QList<StoredPosition> positions { { 0, trader.portfolio().position(0), 6000 } };
        restarted.restore(positions, open, 10, {}, {}, {});
        restarted.restoreMark(0, d("98"));
        events = {};
        restarted.onTick(through(7000, "98", "5"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].quantity, d("0.5"));
        QCOMPARE(events.linked.size(), 2);
        QCOMPARE(events.linked[0].quantity, d("1.5"));
    }

    void aBracketIsCheckedWholeAndEndsWhole()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order entry = marketOrder(Side::Buy, "1");
        entry.takeProfit = d("99");
        entry.time = 1000;
        trader.submit(entry, events);
        QCOMPARE(events.denied.size(), 1);
        QVERIFY2(events.denied[0].denial.message.contains(QStringLiteral("must be above 100")),
            qPrintable(events.denied[0].denial.message));
        entry.takeProfit = d("101");
        entry.stopLoss = d("100.5");
        trader.submit(entry, events);
        QCOMPARE(events.denied.size(), 2);
        QVERIFY(events.denied[1].denial.message.contains(QStringLiteral("must be below 100")));
        QVERIFY(events.accepted.isEmpty());

        // An entry that ends before it fills takes its held exits with it.
        entry.type = OrderType::Limit;
        entry.limitPrice = d("90");
        entry.takeProfit = d("95");
        entry.stopLoss = d("85");
        trader.submit(entry, events);
        QCOMPARE(events.accepted.size(), 3);
        events.cancelled.clear();
        trader.cancel(events.accepted[0].id, events);
        QCOMPARE(events.cancelled.size(), 3);
        QVERIFY(trader.broker().openOrders().empty());
    }

    // One-cancels-other: a part of one takes as much off the other, a whole
    // fill cancels it.
    void oneCancelsOther()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order dip = limitOrder(Side::Buy, "95", "2");
        dip.time = 1000;
        Order breakout = dip;
        breakout.type = OrderType::StopMarket;
        breakout.limitPrice = Decimal();
        breakout.stopPrice = d("105");
        trader.submitOco(dip, breakout, events);
        QCOMPARE(events.accepted.size(), 2);
        QCOMPARE(events.accepted[0].ocoId, events.accepted[1].id);
        QCOMPARE(events.accepted[1].ocoId, events.accepted[0].id);
        trader.onTick(tick(2000, "100"), events);
        events = {};
        Tick part = tick(3000, "94.9");
        part.quantity = d("0.5");
        trader.onTick(part, events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.linked.size(), 1);
        QCOMPARE(events.linked[0].type, OrderType::StopMarket);
        QCOMPARE(events.linked[0].quantity, d("1.5"));
        events = {};
        part.time = 4000;
        part.quantity = d("5");
        trader.onTick(part, events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].quantity, d("1.5"));
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.cancelled[0].type, OrderType::StopMarket);
        QVERIFY(trader.broker().openOrders().empty());
        QCOMPARE(trader.portfolio().position(0).quantity, d("2"));

        // Protecting the position: the stop-loss closes it all, the
        // take-profit goes.
        events = {};
        trader.protect(0, d("96"), d("93"), 4000, events);
        QCOMPARE(events.accepted.size(), 2);
        QCOMPARE(events.accepted[0].quantity, d("2"));
        QCOMPARE(events.accepted[0].side, Side::Sell);
        QVERIFY(events.accepted[0].reduceOnly && !events.accepted[0].held);
        trader.onTick(tick(5000, "92.5"), events);
        trader.onTick(tick(6000, "92.5"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("0"));
        QVERIFY(trader.broker().openOrders().empty());
        trader.protect(0, d("96"), d("93"), 6000, events);
        QVERIFY(events.alerts.constLast().text.contains(QStringLiteral("no position")));
    }

    // Two working orders the trader links from the orders table.
    void workingOrdersAreLinkedOneCancelsOther()
    {
        InstrumentList two = instruments();
        two.append(two[0]);
        two[1].symbol = QStringLiteral("ETHUSDT");
        PaperTrader trader(two, d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Tick eth = tick(1000, "10");
        eth.symbol = 1;
        trader.onTick(eth, events);
        Order dip = limitOrder(Side::Buy, "95", "2");
        dip.time = 1000;
        Order breakout = marketOrder(Side::Buy, "2");
        breakout.type = OrderType::StopMarket;
        breakout.stopPrice = d("105");
        breakout.time = 1000;
        Order other = limitOrder(Side::Buy, "9", "1");
        other.symbol = 1;
        other.time = 1000;
        for (const Order &o : { dip, breakout, other })
            trader.submit(o, events);
        QCOMPARE(events.accepted.size(), 3);
        const std::int64_t a = events.accepted[0].id;
        const std::int64_t b = events.accepted[1].id;
        const std::int64_t c = events.accepted[2].id;

        // Refused: nothing linked, one warning saying why.
        auto refused = [&](std::int64_t x, std::int64_t y, const char *why) {
            events = {};
            trader.linkOco(x, y, 1500, events);
            return events.linked.isEmpty() && events.alerts.size() == 1
                && events.alerts[0].severity == AlertSeverity::Warning
                && events.alerts[0].text.contains(QLatin1StringView(why));
        };
        QVERIFY(refused(a, a, "both must be working orders"));
        QVERIFY(refused(a, 999, "both must be working orders"));
        QVERIFY(refused(a, c, "different symbols"));

        events = {};
        trader.linkOco(a, b, 1500, events);
        QCOMPARE(events.linked.size(), 2);
        QCOMPARE(events.linked[0].ocoId, b);
        QCOMPARE(events.linked[1].ocoId, a);
        QCOMPARE(OrderHistory::of(events, 1500).constFirst().kind, OrderEvent::Kind::Linked);
        QVERIFY(refused(b, a, "order 2 is already one-cancels-other with order 1"));

        // Unlinked, each works alone; linked again, a cancel unlinks.
        events = {};
        trader.unlinkOco(b, 1600, events);
        QCOMPARE(events.linked.size(), 2);
        QVERIFY(events.linked[0].ocoId == 0 && events.linked[1].ocoId == 0);
        trader.linkOco(a, b, 1700, events);
        events = {};
        trader.cancel(a, events);
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.linked.size(), 1);
        QCOMPARE(events.linked[0].id, b);
        QCOMPARE(events.linked[0].ocoId, 0);

        // A fill reduces the sibling by as much.
        Order dip2 = dip;
        dip2.clientOrderId = QStringLiteral("dip2");
        events = {};
        trader.submit(dip2, events);
        const std::int64_t a2 = events.accepted[0].id;
        trader.linkOco(a2, b, 1800, events);
        trader.onTick(tick(2000, "100"), events);
        events = {};
        trader.onTick(tick(3000, "94"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].orderId, a2);
        QCOMPARE(events.fills[0].quantity, d("1"));
        QCOMPARE(events.linked.size(), 1);
        QCOMPARE(events.linked[0].id, b);
        QCOMPARE(events.linked[0].quantity, d("1"));
    }

    // However the two are placed, one trade fills one of a pair: both
    // resting, one triggered before the other fills, both triggered.
    void oneTradeNeverFillsBothOfAPair_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("trade");
        QTest::addColumn<qint64>("filled"); // the order that fills
        QTest::newRow("two resting limits") << "buy limit 95"
                                            << "buy limit 94.5"
                                            << "94" << 1ll;
        QTest::newRow("touched, then a limit fills") << "buy mit 96"
                                                     << "buy limit 95"
                                                     << "94" << 2ll;
        QTest::newRow("both triggered") << "buy stop 101"
                                        << "sell mit 102"
                                        << "103" << 1ll;
    }

    void oneTradeNeverFillsBothOfAPair()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, trade);
        QFETCH(qint64, filled);
        const auto make = [](const QString &spec) {
            const QStringList parts = spec.split(u' ');
            Order o = marketOrder(parts[0] == u"buy" ? Side::Buy : Side::Sell, "1");
            const Decimal price = *Decimal::parse(parts[2].toLatin1());
            o.type = parts[1] == u"limit" ? OrderType::Limit
                : parts[1] == u"mit"      ? OrderType::MarketIfTouched
                                          : OrderType::StopMarket;
            (o.type == OrderType::Limit ? o.limitPrice : o.stopPrice) = price;
            o.time = 1000;
            return o;
        };
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100.5"), events);
        trader.submitOco(make(first), make(second), events);
        QCOMPARE(events.accepted.size(), 2);
        trader.onTick(tick(2000, "100.5"), events); // limits rest, stops wait
        events = {};
        Tick t = tick(3000, "0");
        t.price = *Decimal::parse(trade.toLatin1());
        t.quantity = d("10");
        trader.onTick(t, events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].orderId, filled);
        QCOMPARE(trader.portfolio().position(0).quantity.abs(), d("1"));
        QCOMPARE(events.cancelled.size(), 1); // the sibling, nothing left of it
        QVERIFY(trader.broker().openOrders().empty());
    }

    // An immediate-or-cancel entry that fills in part, its rest cancelled in
    // the same trade: the part filled is protected, not left bare.
    void aPartlyFilledIocEntryIsProtected()
    {
        BrokerConfig capped = freeBroker();
        capped.participationPercent = d("50");
        PaperTrader trader(instruments(), d("100000"), openLimits(), capped);
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order entry = limitOrder(Side::Buy, "100", "3");
        entry.timeInForce = TimeInForce::ImmediateOrCancel;
        entry.takeProfit = d("110");
        entry.stopLoss = d("95");
        entry.time = 1000;
        trader.submit(entry, events);
        QCOMPARE(events.accepted.size(), 3);
        events = {};
        Tick t = tick(2000, "100");
        t.quantity = d("2");
        trader.onTick(t, events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].quantity, d("1"));
        QCOMPARE(events.cancelled.size(), 1); // the entry's rest
        QCOMPARE(events.linked.size(), 2);
        OrderList open(trader.broker().openOrders().begin(), trader.broker().openOrders().end());
        QCOMPARE(open.size(), 2);
        for (const Order &exit : std::as_const(open)) {
            QVERIFY(!exit.held);
            QCOMPARE(exit.quantity, d("1"));
        }
    }

    // A strategy's exits ride on every position its signals open: on the
    // tick, away from the price; sized by risk; measured in ATR once known.
    void signalsOpenPositionsWithTheStrategysExits()
    {
        InstrumentList list = instruments();
        list[0].priceIncrement = d("0.1");
        PaperTrader trader(list, d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        StrategyExits exits;
        exits.stopLoss = { StrategyExits::Distance::Unit::Percent, d("3.33") };
        exits.takeProfit = { StrategyExits::Distance::Unit::Percent, d("6") };
        OrderSizing risk;
        risk.mode = OrderSizing::Mode::RiskPercent;
        risk.value = d("1");
        trader.onSignal(signal(Side::Buy, 1000), risk, events, exits);
        QCOMPARE(events.accepted.size(), 3);
        const Order entry = events.accepted[0];
        // 3.33 % of 100 = 3.33, a stop no nearer: 96.6 on the 0.1 tick.
        QCOMPARE(entry.stopLoss, d("96.6"));
        QCOMPARE(entry.takeProfit, d("106"));
        // 1 % of 100,000 lost over 3.4 a unit: 294.117 at the 0.001 lot.
        QCOMPARE(entry.quantity, d("294.117"));
        QCOMPARE(events.accepted[1].reason, QStringLiteral("take profit"));
        QCOMPARE(events.accepted[2].reason, QStringLiteral("stop loss"));
        trader.onTick(tick(2000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("294.117"));
        events = {};
        trader.onTick(tick(3000, "96.5"), events); // the stop-loss
        trader.onTick(tick(4000, "96.5"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, Decimal());
        QCOMPARE(events.fills.constLast().reason, QStringLiteral("stop loss"));

        // In ATR: not before it is known; then a trailing stop-loss.
        StrategyExits atr;
        atr.trailingStop = { StrategyExits::Distance::Unit::Atr, d("3") };
        OrderSizing fixed;
        fixed.mode = OrderSizing::Mode::FixedQuantity;
        fixed.value = d("1");
        events = {};
        trader.onSignal(signal(Side::Sell, 5000), fixed, events, atr);
        QVERIFY(events.accepted.isEmpty());
        QVERIFY(events.alerts.constLast().text.contains(QStringLiteral("ATR(14)")));
        Signal measured = signal(Side::Sell, 5000);
        measured.atr = 0.52;
        trader.onSignal(measured, fixed, events, atr);
        QCOMPARE(events.accepted.size(), 2);
        QCOMPARE(events.accepted[0].stopLossTrail, d("1.6")); // 1.56 on the tick, no nearer
        QCOMPARE(events.accepted[1].type, OrderType::TrailingStop);
        QCOMPARE(events.accepted[1].reason, QStringLiteral("trailing stop"));
        trader.onTick(tick(6000, "96.5"), events);
        const Order trailing = trader.broker().openOrders().front();
        QVERIFY(!trailing.held);
        QCOMPARE(trailing.stopPrice, d("98.1")); // 96.5 + 1.6

        // A signal against the position flips it: closed first, then a
        // bracket for the new one alone.
        events = {};
        trader.onSignal(signal(Side::Buy, 7000), fixed, events, exits);
        QCOMPARE(events.accepted.size(), 4);
        QVERIFY(events.accepted[0].clientOrderId.endsWith(QStringLiteral(":close")));
        QCOMPARE(events.accepted[0].quantity, d("1"));
        QCOMPARE(events.accepted[0].stopLoss, Decimal());
        QCOMPARE(events.accepted[1].quantity, d("1"));
        QVERIFY(events.accepted[1].stopLoss > Decimal());
    }

    // A time limit: what is left of the position after that many candles
    // closes at market, its trades' reason "expired".
    void aTimeLimitClosesThePositionAtMarket()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(60'000, "100"), events);
        StrategyExits exits;
        exits.takeProfit = { StrategyExits::Distance::Unit::Percent, d("10") };
        exits.timeLimitCandles = 3;
        OrderSizing fixed;
        fixed.mode = OrderSizing::Mode::FixedQuantity;
        fixed.value = d("1");
        Signal buy = signal(Side::Buy, 60'000);
        buy.timeframe = Timeframe::fromSeconds(60);
        trader.onSignal(buy, fixed, events, exits);
        QCOMPARE(events.accepted.size(), 2);
        QCOMPARE(events.accepted[0].timeLimit, 240'000);
        QCOMPARE(events.accepted[1].type, OrderType::Limit);
        QCOMPARE(events.accepted[1].closeAt, 240'000);
        trader.onTick(tick(61'000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("1"));
        events = {};
        trader.onTick(tick(239'999, "101"), events);
        QVERIFY(events.fills.isEmpty());
        trader.onTick(tick(240'000, "101.5"), events);
        QCOMPARE(events.triggered.size(), 1);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].price, d("101.5"));
        QCOMPARE(events.fills[0].reason, QStringLiteral("expired"));
        QCOMPARE(trader.portfolio().position(0).quantity, Decimal());
        QVERIFY2(events.alerts[0].text.contains(QStringLiteral("time limit 1970-01-01 00:04:00")),
            qPrintable(events.alerts[0].text));

        // Only a time limit: a market exit of its own waits for it.
        StrategyExits timeOnly;
        timeOnly.timeLimitCandles = 2;
        Signal sell = signal(Side::Sell, 300'000);
        sell.timeframe = Timeframe::fromSeconds(60);
        events = {};
        trader.onSignal(sell, fixed, events, timeOnly);
        QCOMPARE(events.accepted.size(), 2);
        const Order exit = events.accepted[1];
        QCOMPARE(exit.type, OrderType::Market);
        QVERIFY(exit.reduceOnly && exit.held);
        QCOMPARE(exit.side, Side::Buy);
        QCOMPARE(exit.closeAt, 420'000);
        QCOMPARE(exit.reason, QStringLiteral("expired"));
        trader.onTick(tick(301'000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("-1"));
        trader.onTick(tick(419'999, "99"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("-1"));
        events = {};
        trader.onTick(tick(420'500, "98"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].orderId, exit.id);
        QCOMPARE(events.fills[0].reason, QStringLiteral("expired"));
        QCOMPARE(trader.portfolio().position(0).quantity, Decimal());
        QVERIFY(trader.broker().openOrders().empty());
    }
};

QTEST_APPLESS_MAIN(TestLinkedOrders)
#include "tst_linkedorders.moc"
