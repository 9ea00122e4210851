#include "execution/OrderHistory.h"
#include "execution/PaperTrader.h"

#include <QTest>

using namespace kairos;

namespace {

Decimal d(const char *text)
{
    return *Decimal::parse(text);
}

InstrumentList instruments()
{
    InstrumentList list(1);
    list[0].symbol = QStringLiteral("BTCUSDT");
    list[0].quantityIncrement = d("0.001");
    return list;
}

Tick tick(std::int64_t time, const char *price)
{
    Tick t;
    t.time = time;
    t.price = d(price);
    t.quantity = d("1");
    return t;
}

Signal signal(Side side, std::int64_t time, const char *rule = "RSI(14) 30/70")
{
    Signal s;
    s.side = side;
    s.time = time;
    s.rule = QString::fromLatin1(rule);
    s.reason = QStringLiteral("test");
    return s;
}

Order limitOrder(Side side, const char *price, const char *quantity)
{
    Order o;
    o.side = side;
    o.type = OrderType::Limit;
    o.limitPrice = d(price);
    o.quantity = d(quantity);
    return o;
}

Order marketOrder(Side side, const char *quantity)
{
    Order o;
    o.side = side;
    o.quantity = d(quantity);
    return o;
}

BrokerConfig freeBroker()
{
    BrokerConfig c;
    c.slippageBps = c.makerFeeBps = c.takerFeeBps = Decimal();
    return c;
}

RiskLimits openLimits()
{
    RiskLimits l;
    l.maxOrderNotional = l.maxPositionNotional = l.maxGrossExposure = Decimal();
    l.maxOrdersPerMinute = 0;
    l.cooldownAfterLossSeconds = 0;
    return l;
}

} // namespace

class TestPaperTrader : public QObject
{
    Q_OBJECT

private slots:
    void sizingModes()
    {
        PaperTrader trader(instruments(), d("10000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "250"), events);
        OrderSizing sizing;
        sizing.mode = OrderSizing::Mode::FixedNotional;
        sizing.value = d("1000");
        trader.onSignal(signal(Side::Buy, 1000), sizing, events);
        QCOMPARE(events.accepted.size(), 1);
        QCOMPARE(events.accepted[0].quantity, d("4")); // 1000 / 250
        QCOMPARE(
            events.accepted[0].clientOrderId, QStringLiteral("sig:BTCUSDT:RSI(14) 30/70:1000"));
        trader.onTick(tick(2000, "300"), events);
        QCOMPARE(events.fills.size(), 1);

        PaperTrader percent(instruments(), d("10000"), openLimits(), freeBroker());
        TradingEvents e2;
        percent.onTick(tick(1000, "333"), e2);
        sizing.mode = OrderSizing::Mode::PercentOfEquity;
        sizing.value = d("10");
        percent.onSignal(signal(Side::Sell, 1000), sizing, e2);
        QCOMPARE(e2.accepted[0].quantity, d("3.003")); // 1000 / 333, down to the 0.001 increment
        QCOMPARE(e2.accepted[0].side, Side::Sell);
    }

    void positionedSignalsFlipReduceOrIgnore_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("expected"); // quantity of the second order, "" for none
        QTest::newRow("flip") << int(OrderSizing::WhenPositioned::Flip) << QByteArray("4");
        QTest::newRow("reduce") << int(OrderSizing::WhenPositioned::Reduce) << QByteArray("2");
        QTest::newRow("ignore") << int(OrderSizing::WhenPositioned::Ignore) << QByteArray();
    }
    void positionedSignalsFlipReduceOrIgnore()
    {
        QFETCH(int, mode);
        QFETCH(QByteArray, expected);
        PaperTrader trader(instruments(), d("10000"), openLimits(), freeBroker());
        OrderSizing sizing;
        sizing.mode = OrderSizing::Mode::FixedQuantity;
        sizing.value = d("2");
        sizing.whenPositioned = OrderSizing::WhenPositioned(mode);
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        trader.onSignal(signal(Side::Buy, 1000), sizing, events);
        // A second buy signal while the first order is still open: no pyramiding.
        trader.onSignal(signal(Side::Buy, 1000, "other rule"), sizing, events);
        QCOMPARE(events.accepted.size(), 1);
        trader.onTick(tick(2000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("2"));
        trader.onSignal(signal(Side::Sell, 3000), sizing, events);
        if (expected.isEmpty()) {
            QCOMPARE(events.accepted.size(), 1);
            return;
        }
        QCOMPARE(events.accepted.size(), 2);
        QCOMPARE(events.accepted[1].quantity, d(expected.constData()));
    }

    void repeatedSignalFillsOnce()
    {
        PaperTrader trader(instruments(), d("10000"), openLimits(), freeBroker());
        OrderSizing sizing;
        sizing.mode = OrderSizing::Mode::FixedQuantity;
        sizing.value = d("1");
        sizing.whenPositioned = OrderSizing::WhenPositioned::Reduce;
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        trader.onSignal(signal(Side::Buy, 1000), sizing, events);
        trader.onTick(tick(2000, "100"), events);
        trader.onSignal(signal(Side::Sell, 3000), sizing, events);
        trader.onTick(tick(4000, "100"), events);
        // The first signal replayed (same symbol, rule and candle): refused, and said so.
        trader.onSignal(signal(Side::Buy, 1000), sizing, events);
        trader.onTick(tick(5000, "100"), events);
        QCOMPARE(events.fills.size(), 2);
        QCOMPARE(trader.portfolio().position(0).quantity, Decimal());
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("duplicateClientOrderId"));
    }

    void nothingIsRefusedSilently()
    {
        PaperTrader trader(instruments(), d("10000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order zero;
        zero.time = 1000;
        trader.submit(zero, events); // no quantity
        Order limit;
        limit.type = OrderType::Limit;
        limit.quantity = d("1");
        limit.time = 1000;
        trader.submit(limit, events); // no limit price
        Order elsewhere;
        elsewhere.symbol = 7;
        elsewhere.quantity = d("1");
        trader.submit(elsewhere, events);
        QCOMPARE(events.denied.size(), 3);
        for (const DeniedOrder &denied : std::as_const(events.denied))
            QCOMPARE(denied.denial.limit, QStringLiteral("invalidOrder"));
        QCOMPARE(events.alerts.size(), 3);

        // A size beyond what an order holds, or one that rounds to nothing:
        // the signal is not traded, and an alert says why.
        OrderSizing huge;
        huge.mode = OrderSizing::Mode::FixedNotional;
        huge.value = Decimal::fromUnits(std::numeric_limits<qint64>::max());
        TradingEvents sized;
        trader.onTick(tick(2000, "0.00000001"), sized);
        trader.onSignal(signal(Side::Buy, 2000), huge, sized);
        OrderSizing tiny;
        tiny.mode = OrderSizing::Mode::FixedNotional;
        tiny.value = d("0.00001");
        trader.onTick(tick(3000, "100"), sized);
        trader.onSignal(signal(Side::Buy, 3000, "tiny"), tiny, sized);
        QVERIFY(sized.accepted.isEmpty());
        QCOMPARE(sized.alerts.size(), 2);
        QVERIFY(sized.alerts[0].text.contains(QStringLiteral("beyond")));
        QVERIFY(sized.alerts[1].text.contains(QStringLiteral("rounds to 0")));
    }

    void ordersOffTheInstrumentsStepsAreRefused()
    {
        InstrumentList list = instruments();
        list[0].priceIncrement = d("0.01");
        PaperTrader trader(list, d("10000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order odd;
        odd.quantity = d("0.0015"); // the lot is 0.001
        odd.time = 1000;
        trader.submit(odd, events);
        Order between;
        between.type = OrderType::Limit;
        between.quantity = d("0.002");
        between.limitPrice = d("99.995"); // the tick is 0.01
        between.time = 1000;
        trader.submit(between, events);
        QCOMPARE(events.denied.size(), 2);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("quantityStep"));
        QCOMPARE(events.denied[0].denial.limitValue, QStringLiteral("0.001"));
        QVERIFY2(events.alerts[0].text.contains(
                     QStringLiteral("0.0015 is not a multiple of BTCUSDT's lot step 0.001")),
            qPrintable(events.alerts[0].text));
        QCOMPARE(events.denied[1].denial.limit, QStringLiteral("priceTick"));
        QCOMPARE(events.denied[1].denial.attempted, QStringLiteral("99.995"));
        // On the steps: taken.
        between.limitPrice = d("99.99");
        trader.submit(between, events);
        odd.quantity = d("0.015");
        trader.submit(odd, events);
        QCOMPARE(events.accepted.size(), 2);
        // A strategy's fixed quantity is taken down to the lot, as a notional is.
        PaperTrader automatic(list, d("10000"), openLimits(), freeBroker());
        TradingEvents signalled;
        automatic.onTick(tick(1000, "100"), signalled);
        OrderSizing sizing;
        sizing.mode = OrderSizing::Mode::FixedQuantity;
        sizing.value = d("0.0019");
        automatic.onSignal(signal(Side::Buy, 1000), sizing, signalled);
        QCOMPARE(signalled.accepted.size(), 1);
        QCOMPARE(signalled.accepted[0].quantity, d("0.001"));
    }

    void ordersBelowTheVenuesMinimumsAreRefused()
    {
        InstrumentList list = instruments();
        list[0].minQuantity = d("0.01");
        list[0].minNotional = d("5");
        PaperTrader trader(list, d("10000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order small;
        small.quantity = d("0.009");
        small.time = 1000;
        trader.submit(small, events); // below 0.01
        Order cheap;
        cheap.type = OrderType::Limit;
        cheap.quantity = d("0.04");
        cheap.limitPrice = d("100"); // 4 < 5
        cheap.time = 1000;
        trader.submit(cheap, events);
        QCOMPARE(events.denied.size(), 2);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("minQuantity"));
        QCOMPARE(events.denied[1].denial.limit, QStringLiteral("minNotional"));
        QCOMPARE(events.denied[1].denial.attempted, QStringLiteral("4"));
        QVERIFY2(
            events.alerts[1].text.contains(QStringLiteral("value 4 is below BTCUSDT's minimum 5")),
            qPrintable(events.alerts[1].text));
        cheap.quantity = d("0.05");
        trader.submit(cheap, events);
        QCOMPARE(events.accepted.size(), 1);
    }

    void denialsBecomeAlerts()
    {
        RiskLimits limits = openLimits();
        limits.maxOrderQuantity = d("1");
        PaperTrader trader(instruments(), d("10000"), limits, freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order order;
        order.quantity = d("2");
        order.time = 1000;
        trader.submit(order, events);
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("maxOrderQuantity"));
        QCOMPARE(events.denied[0].order.status, OrderStatus::Denied);
        QCOMPARE(events.alerts.size(), 1);
        QCOMPARE(events.alerts[0].severity, AlertSeverity::Warning);
        QVERIFY(events.alerts[0].text.contains(QStringLiteral("exceeds the limit 1")));
    }

    // "SELL 3.354 BNBUSDT" in a German alert list reads as three thousand:
    // alerts and denials are written in the trader's language, each price to
    // the instrument's tick; the command line's stay in the C locale.
    void messagesAreWrittenInTheTradersLanguage()
    {
        RiskLimits limits = openLimits();
        limits.maxOrderQuantity = d("1000.5");
        InstrumentList list = instruments();
        list[0].priceIncrement = d("0.01");
        const auto messages = [&](const QLocale &locale) {
            PaperTrader trader(list, d("1000000"), limits, freeBroker());
            if (locale != QLocale::c())
                trader.setLocale(locale);
            TradingEvents events;
            trader.onTick(tick(1000, "64000"), events);
            Order order;
            order.quantity = d("3.354");
            order.time = 1000;
            trader.submit(order, events);
            trader.onTick(tick(2000, "64000.5"), events);
            order.quantity = d("2000");
            order.time = 2000;
            trader.submit(order, events);
            QStringList texts;
            for (const Alert &alert : std::as_const(events.alerts))
                texts << alert.text;
            return texts;
        };
        const QStringList c = messages(QLocale::c());
        QCOMPARE(c.size(), 2);
        QVERIFY2(c[0].contains(QStringLiteral("3.354 BTCUSDT at 64000.50")), qPrintable(c[0]));
        QVERIFY2(c[1].contains(QStringLiteral("2000 BTCUSDT denied: order quantity 2000 exceeds "
                                              "the limit 1000.5 by 999.5")),
            qPrintable(c[1]));
        const QStringList german = messages(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(german.size(), 2);
        QVERIFY2(german[0].contains(QStringLiteral("3,354 BTCUSDT at 64.000,50")),
            qPrintable(german[0]));
        QVERIFY2(german[1].contains(QStringLiteral("2.000 BTCUSDT denied: order quantity 2.000 "
                                                   "exceeds the limit 1.000,5 by 999,5")),
            qPrintable(german[1]));
    }

    void circuitBreakerCancelsHaltsAndWaitsForTheUser()
    {
        RiskLimits limits = openLimits();
        limits.dailyLossLimit = d("100");
        PaperTrader trader(instruments(), d("10000"), limits, freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order buy;
        buy.quantity = d("10");
        buy.time = 1000;
        trader.submit(buy, events);
        trader.onTick(tick(1500, "100"), events); // fills at 100
        Order resting;
        resting.type = OrderType::Limit;
        resting.limitPrice = d("50");
        resting.quantity = d("1");
        resting.time = 1500;
        trader.submit(resting, events);
        QCOMPARE(trader.broker().openOrders().size(), 1u);

        trader.onTick(tick(2600, "89"), events); // −110: past the daily loss limit
        QCOMPARE(trader.risk().state(), TradingState::Halted);
        QVERIFY(trader.broker().openOrders().empty());
        QCOMPARE(events.cancelled.size(), 1);
        const Alert &critical = events.alerts.constLast();
        QCOMPARE(critical.severity, AlertSeverity::Critical);
        QVERIFY(critical.text.contains(QStringLiteral("daily loss")));

        TradingEvents after;
        trader.flatten(0, 2700, after); // even closing waits for the user
        QCOMPARE(after.denied.size(), 1);
        QCOMPARE(after.denied[0].denial.limit, QStringLiteral("circuitBreaker"));
        trader.onTick(tick(10'000, "80"), after);
        QCOMPARE(trader.risk().state(), TradingState::Halted); // time alone does not resume

        trader.resume(10'000, after);
        QCOMPARE(trader.risk().state(), TradingState::Active);
        trader.flatten(0, 10'000, after);
        trader.onTick(tick(11'000, "80"), after);
        QCOMPARE(trader.portfolio().position(0).quantity, Decimal());
    }

    void killSwitchCancelsEveryWorkingOrderAndRefusesNewOnes()
    {
        PaperTrader trader(instruments(), d("10000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order resting;
        resting.type = OrderType::Limit;
        resting.limitPrice = d("99");
        resting.quantity = d("1");
        resting.time = 1000;
        trader.submit(resting, events);
        trader.onTick(tick(1100, "100"), events); // not marketable: it rests
        QCOMPARE(trader.broker().openOrders().size(), 1u);

        RiskLimits killed = openLimits();
        killed.killSwitch = true;
        TradingEvents kill;
        trader.setLimits(killed, 1200, kill);
        QVERIFY(trader.broker().openOrders().empty());
        QCOMPARE(kill.cancelled.size(), 1);
        QCOMPARE(kill.cancelled[0].status, OrderStatus::Cancelled);
        QCOMPARE(kill.alerts.size(), 1);
        QCOMPARE(kill.alerts[0].severity, AlertSeverity::Critical);
        QCOMPARE(kill.alerts[0].time, 1200);
        QVERIFY(kill.alerts[0].text.contains(QStringLiteral("kill switch")));

        // A second later the market trades through the old limit: nothing fills.
        TradingEvents later;
        trader.onTick(tick(2200, "98"), later);
        QVERIFY(later.fills.isEmpty());

        // Every new order, manual or from a signal, is refused naming the kill switch.
        Order market;
        market.quantity = d("1");
        market.time = 2200;
        trader.submit(market, later);
        OrderSizing sizing;
        sizing.value = d("1");
        trader.onSignal(signal(Side::Buy, 2200), sizing, later);
        QCOMPARE(later.denied.size(), 2);
        for (const DeniedOrder &denied : std::as_const(later.denied)) {
            QCOMPARE(denied.denial.limit, QStringLiteral("killSwitch"));
            QVERIFY(denied.denial.message.contains(QStringLiteral("kill switch")));
        }
        QVERIFY(later.accepted.isEmpty());

        // Setting the same limits again changes nothing; only switching it off releases it.
        TradingEvents again;
        trader.setLimits(killed, 2300, again);
        QVERIFY(again.isEmpty());
        TradingEvents release;
        trader.setLimits(openLimits(), 2400, release);
        QCOMPARE(release.alerts.size(), 1);
        QVERIFY(release.alerts[0].text.contains(QStringLiteral("released")));
        market.time = 2400;
        trader.submit(market, release);
        QCOMPARE(release.accepted.size(), 1);
    }

    // A triggered stop passes the risk checks again, as if sent then: a
    // limit lowered while it waited refuses it (a denial of the accepted
    // order, with its id), and nothing fills.
    void aTriggeredStopIsCheckedAgain()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order stop;
        stop.side = Side::Buy;
        stop.type = OrderType::StopMarket;
        stop.stopPrice = d("110");
        stop.quantity = d("10");
        stop.time = 1000;
        Order second = stop;
        trader.submit(stop, events);
        QCOMPARE(events.accepted.size(), 1);
        const std::int64_t id = events.accepted[0].id;
        trader.onTick(tick(2000, "109.99"), events);
        QVERIFY(events.triggered.isEmpty());
        RiskLimits tight = openLimits();
        tight.maxOrderNotional = d("1000");
        trader.setLimits(tight, 2500, events);
        trader.onTick(tick(3000, "110"), events);
        QVERIFY(events.triggered.isEmpty());
        QVERIFY(events.fills.isEmpty());
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].order.id, id);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("maxOrderNotional"));
        QVERIFY(trader.broker().openOrders().empty());

        // Within the limit again, the next one triggers, is released and fills.
        trader.setLimits(openLimits(), 3500, events);
        trader.submit(second, events);
        trader.onTick(tick(4000, "111"), events);
        QCOMPARE(events.triggered.size(), 1);
        QVERIFY(events.triggered[0].triggered);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].price, d("111"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("10"));
        QVERIFY(std::any_of(events.alerts.cbegin(), events.alerts.cend(), [](const Alert &a) {
            // To the instrument's tick: this one has none, so to 1e-8.
            return a.text
                == QStringLiteral(
                    "BUY 10 BTCUSDT: stop 110.00000000 reached by a trade at 111.00000000");
        }));
    }

    // A day order lives until the risk day ends in the limits' zone: Berlin
    // midnight is 23:00 UTC in winter.
    void aDayOrderExpiresWhenTheRiskDayEnds()
    {
        RiskLimits limits = openLimits();
        limits.dayTimeZone = QStringLiteral("Europe/Berlin");
        PaperTrader trader(instruments(), d("100000"), limits, freeBroker());
        constexpr std::int64_t Evening = 1'704'063'600'000 - 1'800'000; // 2023-12-31 22:30 UTC
        TradingEvents events;
        trader.onTick(tick(Evening, "100"), events);
        Order day = limitOrder(Side::Buy, "90", "1");
        day.timeInForce = TimeInForce::Day;
        day.time = Evening;
        Order gtc = day;
        gtc.timeInForce = TimeInForce::GoodTillCancel;
        trader.submit(day, events);
        trader.submit(gtc, events);
        QCOMPARE(events.accepted.size(), 2);
        trader.onTick(tick(1'704'063'599'999, "100"), events); // 23:59:59.999 in Berlin
        QVERIFY(events.cancelled.isEmpty());
        trader.onTick(tick(1'704'063'600'000, "100"), events); // midnight in Berlin
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.cancelled[0].id, events.accepted[0].id);
        QCOMPARE(events.cancelled[0].status, OrderStatus::Expired);
        QCOMPARE(trader.broker().openOrders().size(), 1u);
    }

    // Post-only refuses an order that would take at the last price; reduce
    // only refuses one that would not shrink the position, and cancels a
    // working one once the position it reduced is gone.
    void postOnlyAndReduceOnly()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order post = limitOrder(Side::Buy, "100", "1");
        post.postOnly = true;
        post.time = 1000;
        trader.submit(post, events);
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("postOnly"));
        post.limitPrice = d("99.99");
        trader.submit(post, events);
        QCOMPARE(events.accepted.size(), 1);

        Order reduce = limitOrder(Side::Sell, "120", "1");
        reduce.reduceOnly = true;
        reduce.time = 1000;
        trader.submit(reduce, events); // flat: nothing to reduce
        QCOMPARE(events.denied.size(), 2);
        QCOMPARE(events.denied[1].denial.limit, QStringLiteral("reduceOnly"));

        Order buy = marketOrder(Side::Buy, "2");
        buy.time = 1000;
        trader.submit(buy, events);
        trader.onTick(tick(2000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("2"));
        trader.submit(reduce, events);
        QCOMPARE(events.accepted.size(), 3);
        const std::int64_t reducing = events.accepted[2].id;
        Order close = marketOrder(Side::Sell, "2");
        close.time = 2000;
        trader.submit(close, events);
        events.cancelled.clear();
        trader.onTick(tick(3000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("0"));
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.cancelled[0].id, reducing);
    }

    // The kill switch cancels stops that have not triggered (a trailing one
    // too) as it cancels resting limits: the market then passing their stop
    // releases nothing.
    void theKillSwitchCancelsWaitingStops()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order stop;
        stop.side = Side::Sell;
        stop.type = OrderType::StopMarket;
        stop.stopPrice = d("95");
        stop.quantity = d("1");
        stop.time = 1000;
        Order touched = stop;
        touched.side = Side::Buy;
        touched.type = OrderType::LimitIfTouched;
        touched.stopPrice = d("90");
        touched.limitPrice = d("90");
        Order trailing = stop;
        trailing.type = OrderType::TrailingStop;
        trailing.stopPrice = Decimal();
        trailing.trailOffset = d("2");
        trader.submit(stop, events);
        trader.submit(touched, events);
        trader.submit(trailing, events);
        QCOMPARE(trader.broker().openOrders().size(), 3u);
        RiskLimits killed = openLimits();
        killed.killSwitch = true;
        TradingEvents kill;
        trader.setLimits(killed, 2000, kill);
        QCOMPARE(kill.cancelled.size(), 3);
        QVERIFY(trader.broker().openOrders().empty());
        TradingEvents after;
        trader.onTick(tick(3000, "89"), after);
        QVERIFY(after.triggered.isEmpty() && after.fills.isEmpty() && after.denied.isEmpty());
    }

    // A trailing stop starts from the last trade, so its stop is known (and
    // checked) when it is accepted; within one batch of trades it moves many
    // times but is reported once, as it ended; then it triggers and fills.
    void aTrailingStopTrailsFromTheLastTrade()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order trail;
        trail.side = Side::Sell;
        trail.type = OrderType::TrailingStop;
        trail.trailOffset = d("5");
        trail.trailPercent = true;
        trail.quantity = d("1");
        trail.time = 1000;
        Order invalid = trail;
        invalid.trailOffset = Decimal();
        trader.submit(invalid, events);
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("invalidOrder"));
        trader.submit(trail, events);
        QCOMPARE(events.accepted.size(), 1);
        QCOMPARE(events.accepted[0].stopPrice, d("95"));
        QCOMPARE(events.accepted[0].trailExtreme, d("100"));
        TradingEvents batch;
        for (const auto &[time, price] :
            { std::pair { 2000, "104" }, std::pair { 3000, "110" }, std::pair { 4000, "108" } })
            trader.onTick(tick(time, price), batch);
        QCOMPARE(batch.amended.size(), 1);
        QCOMPARE(batch.amended[0].stopPrice, d("104.5"));
        QCOMPARE(batch.amended[0].trailExtreme, d("110"));
        QVERIFY(batch.triggered.isEmpty());
        TradingEvents end;
        trader.onTick(tick(5000, "104.5"), end);
        QCOMPARE(end.triggered.size(), 1);
        QCOMPARE(end.fills.size(), 1);
        QCOMPARE(end.fills[0].price, d("104.5"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("-1"));
    }

    // A modification is checked as a new order would be, but the order
    // it replaces is not counted twice; a refused one leaves the order as it
    // was; a resting limit moved to a marketable price takes at once.
    void aModifiedOrderIsCheckedAgain()
    {
        RiskLimits limits = openLimits();
        limits.maxOpenOrders = 1;
        limits.maxOrderNotional = d("5000");
        PaperTrader trader(instruments(), d("100000"), limits, freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order limit = limitOrder(Side::Buy, "90", "10");
        limit.time = 1000;
        trader.submit(limit, events);
        QCOMPARE(events.accepted.size(), 1);
        trader.onTick(tick(2000, "100"), events); // rests
        Order changed = events.accepted[0];
        changed.quantity = d("20");
        TradingEvents modified;
        trader.modify(changed, 3000, modified);
        QCOMPARE(modified.modified.size(), 1);
        QCOMPARE(modified.modified[0].quantity, d("20"));
        QVERIFY(modified.denied.isEmpty());
        QCOMPARE(trader.broker().openOrders()[0].quantity, d("20"));

        changed.quantity = d("100"); // 9,000 over the 5,000 notional limit
        TradingEvents refused;
        trader.modify(changed, 4000, refused);
        QVERIFY(refused.modified.isEmpty());
        QCOMPARE(refused.alerts.size(), 1);
        QVERIFY2(refused.alerts[0].text.contains(QStringLiteral("refused")),
            qPrintable(refused.alerts[0].text));
        QCOMPARE(trader.broker().openOrders()[0].quantity, d("20"));

        changed.quantity = d("20");
        changed.limitPrice = d("101");
        TradingEvents moved;
        trader.modify(changed, 5000, moved);
        QCOMPARE(moved.modified.size(), 1);
        trader.onTick(tick(6000, "100.5"), moved);
        QCOMPARE(moved.fills.size(), 1);
        QCOMPARE(moved.fills[0].price, d("100.5"));
        QVERIFY(!moved.fills[0].maker);

        TradingEvents gone;
        trader.modify(changed, 7000, gone);
        QVERIFY(gone.modified.isEmpty());
        QCOMPARE(gone.alerts.size(), 1);
        QVERIFY(gone.alerts[0].text.contains(QStringLiteral("no longer working")));
    }

    // What dragging an order's line shows: the verdict modify() would give,
    // every check included, while nothing is changed or counted.
    void aModifyIsPreviewedWithoutBeingCounted()
    {
        RiskLimits limits = openLimits();
        limits.maxOrderNotional = d("5000");
        limits.maxOrdersPerMinute = 2;
        PaperTrader trader(instruments(), d("100000"), limits, freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order limit = limitOrder(Side::Buy, "90", "10");
        limit.time = 1000;
        trader.submit(limit, events); // the first order of the minute
        QCOMPARE(events.accepted.size(), 1);
        Order changed = events.accepted[0];
        changed.limitPrice = d("600"); // 6,000 over the 5,000 notional limit
        const QString refusal = trader.modifyRefusal(changed, 2000);
        QCOMPARE(refusal, QStringLiteral("order notional 6000 exceeds the limit 5000 by 1000"));
        changed.limitPrice = d("95");
        for (int i = 0; i < 10; ++i)
            QCOMPARE(trader.modifyRefusal(changed, 2000 + i), QString());
        QCOMPARE(trader.broker().openOrders()[0].limitPrice, d("90")); // nothing changed
        TradingEvents modified;
        trader.modify(changed, 3000, modified); // the second: previews did not count
        QCOMPARE(modified.modified.size(), 1);
        changed.limitPrice = d("96");
        QVERIFY2(trader.modifyRefusal(changed, 4000).contains(QStringLiteral("within a minute")),
            qPrintable(trader.modifyRefusal(changed, 4000)));
        QCOMPARE(trader.modifyRefusal(changed, 61'001), QString()); // the minute has passed

        // The reasons modify() gives before any risk check, too.
        Order unknown = changed;
        unknown.id = 99;
        QVERIFY(trader.modifyRefusal(unknown, 5000).contains(QStringLiteral("no longer working")));
        changed.quantity = d("0");
        QVERIFY2(trader.modifyRefusal(changed, 61'001).contains(QStringLiteral("above 0")),
            qPrintable(trader.modifyRefusal(changed, 61'001)));
    }

    // A trailing stop given a new distance trails afresh from its best price.
    void aTrailingStopsDistanceCanBeChanged()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order trail;
        trail.side = Side::Sell;
        trail.type = OrderType::TrailingStop;
        trail.trailOffset = d("5");
        trail.quantity = d("1");
        trail.time = 1000;
        trader.submit(trail, events);
        trader.onTick(tick(2000, "120"), events);
        Order changed = events.accepted[0];
        changed.trailOffset = d("2");
        TradingEvents modified;
        trader.modify(changed, 3000, modified);
        QCOMPARE(modified.modified.size(), 1);
        QCOMPARE(modified.modified[0].trailExtreme, d("120"));
        QCOMPARE(modified.modified[0].stopPrice, d("118"));
    }

    // A partly filled order books each part, works on for the rest, can be
    // modified only above what has filled, and the kill switch cancels it
    // with what it filled kept.
    void aPartlyFilledOrderWorksOnForItsRest()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order buy = limitOrder(Side::Buy, "99", "3");
        buy.time = 1000;
        trader.submit(buy, events);
        QCOMPARE(events.accepted.size(), 1);
        const std::int64_t id = events.accepted[0].id;
        trader.onTick(tick(2000, "100"), events); // rests
        events = {};
        trader.onTick(tick(3000, "98.5"), events);
        QCOMPARE(events.fills.size(), 1);
        QCOMPARE(events.fills[0].quantity, d("1"));
        QCOMPARE(events.fills[0].leavesQuantity, d("2"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("1"));
        QVERIFY2(events.alerts.constLast().text.contains(QStringLiteral("1 of 3 BTCUSDT")),
            qPrintable(events.alerts.constLast().text));
        QVERIFY(events.alerts.constLast().text.endsWith(QStringLiteral("2 still working")));
        const Order working = trader.broker().openOrders().front();
        QCOMPARE(working.status, OrderStatus::PartiallyFilled);
        QCOMPARE(working.filledQuantity, d("1"));
        QCOMPARE(working.averagePrice, d("99"));

        events = {};
        Order smaller = working;
        smaller.quantity = d("1");
        trader.modify(smaller, 3000, events);
        QVERIFY(events.modified.isEmpty());
        QVERIFY(events.alerts.constLast().text.contains(QStringLiteral("already filled")));
        smaller.quantity = d("1.5");
        trader.modify(smaller, 3000, events);
        QCOMPARE(events.modified.size(), 1);
        QCOMPARE(trader.broker().openOrders().front().remaining(), d("0.5"));
        QCOMPARE(trader.broker().openOrders().front().filledQuantity, d("1"));

        // A reduce-only sell of more than the position holds is refused.
        Order reduce = limitOrder(Side::Sell, "120", "1.5");
        reduce.reduceOnly = true;
        reduce.time = 3000;
        trader.submit(reduce, events);
        QCOMPARE(events.denied.size(), 1);

        events = {};
        RiskLimits killed = openLimits();
        killed.killSwitch = true;
        trader.setLimits(killed, 4000, events);
        QCOMPARE(events.cancelled.size(), 1);
        QCOMPARE(events.cancelled[0].id, id);
        QCOMPARE(events.cancelled[0].status, OrderStatus::Cancelled);
        QCOMPARE(events.cancelled[0].filledQuantity, d("1"));
        QCOMPARE(trader.portfolio().position(0).quantity, d("1"));
    }

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

    // Every step of an order's life is in its history, in order.
    void theOrderHistoryRecordsEveryStep()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        Order entry = limitOrder(Side::Buy, "99", "2");
        entry.stopLoss = d("95");
        entry.time = 1000;
        trader.submit(entry, events);
        trader.onTick(tick(2000, "100"), events);
        Tick part = tick(3000, "98");
        trader.onTick(part, events);
        Order changed = trader.broker().openOrders().front();
        changed.limitPrice = d("98.5");
        trader.modify(changed, 3500, events);
        trader.cancel(changed.id, events);
        OrderEventList steps = OrderHistory::of(events, 4000);
        QList<OrderEvent::Kind> ofEntry;
        QList<OrderEvent::Kind> ofExit;
        for (const OrderEvent &step : std::as_const(steps))
            (step.orderId == changed.id ? ofEntry : ofExit).append(step.kind);
        QCOMPARE(ofEntry,
            (QList<OrderEvent::Kind> { OrderEvent::Kind::Submitted, OrderEvent::Kind::Modified,
                OrderEvent::Kind::PartiallyFilled, OrderEvent::Kind::Cancelled }));
        QCOMPARE(ofExit,
            (QList<OrderEvent::Kind> { OrderEvent::Kind::Submitted, OrderEvent::Kind::Linked }));
        const OrderEvent &cancelled = steps.constLast();
        QCOMPARE(cancelled.quantity, d("1")); // what had filled
        QCOMPARE(cancelled.time, 4000);
        QCOMPARE(orderEventKey(OrderEvent::Kind::PartiallyFilled),
            QLatin1StringView("partially_filled"));
    }

    void reverseTurnsThePositionRound()
    {
        PaperTrader trader(instruments(), d("100000"), openLimits(), freeBroker());
        TradingEvents events;
        trader.onTick(tick(1000, "100"), events);
        trader.reverse(0, 1000, events); // flat: nothing to turn
        QVERIFY(events.accepted.isEmpty());
        Order buy = marketOrder(Side::Buy, "1.5");
        buy.time = 1000;
        trader.submit(buy, events);
        trader.onTick(tick(2000, "100"), events);
        trader.reverse(0, 2000, events);
        QCOMPARE(events.accepted.constLast().quantity, d("3"));
        QCOMPARE(events.accepted.constLast().side, Side::Sell);
        trader.onTick(tick(3000, "100"), events);
        QCOMPARE(trader.portfolio().position(0).quantity, d("-1.5"));
    }
};

QTEST_APPLESS_MAIN(TestPaperTrader)
#include "tst_papertrader.moc"
