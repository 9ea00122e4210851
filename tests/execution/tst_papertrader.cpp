// The paper trader: signals into sized orders, every refusal said, risk halts and the kill switch,
// triggers, expiry, history.
#include "../common/TraderFixtures.h"
#include "execution/OrderHistory.h"

#include <QTest>

using namespace kairos;
using namespace kairos::testing;

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
