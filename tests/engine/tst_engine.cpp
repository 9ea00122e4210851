#include "engine/Engine.h"
#include "engine/LiveSession.h"
#include "engine/WorkerThread.h"
#include "feed/SimulatedFeed.h"
#include "feed/TickGenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace kairos;

namespace {

SimulatorConfig config(int symbols)
{
    SimulatorConfig c;
    c.symbols = SimulatorConfig::defaultSymbols(symbols);
    c.ticksPerSecond = 500.0;
    c.seed = 21;
    c.startTime = 1704067200000;
    return c;
}

InstrumentList oneInstrument()
{
    InstrumentList instruments(1);
    instruments[0].symbol = QStringLiteral("TEST");
    return instruments;
}

// One trade of one unit, the clock at its time.
TickBatch oneTrade(std::int64_t time, const char *price)
{
    TickBatch batch;
    Tick t;
    t.time = time;
    t.price = *Decimal::parse(price);
    t.quantity = Decimal::fromInteger(1);
    batch.ticks.append(t);
    batch.watermark = time;
    return batch;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<TickBatch>();
        qRegisterMetaType<MarketView>();
        qRegisterMetaType<Timeframe>();
        qRegisterMetaType<SignalList>();
        qRegisterMetaType<TradingEvents>();
    }

    void aWorkerIsDeletedWhetherItsThreadRanOrNot()
    {
        // A session torn down before it started (a feed change at once)
        // leaked its engine: no event loop ever ran its deleteLater.
        QPointer<QObject> idle = new QObject;
        QPointer<QObject> ran = new QObject;
        {
            WorkerThread never(idle, QStringLiteral("never"));
            WorkerThread started(ran, QStringLiteral("started"));
            started.start();
        }
        QVERIFY(idle.isNull());
        QVERIFY(ran.isNull());
    }

    void viewsAreCoalesced()
    {
        TickGenerator generator(config(3));
        QList<MarketView> views;
        // Queued views go to a receiver that ends with this function, before
        // `views` does: none can arrive after it.
        QObject receiver;
        auto *engine = new Engine(generator.instruments());
        WorkerThread thread(engine, QStringLiteral("engine"));
        connect(
            engine, &Engine::viewReady, &receiver, [&](const MarketView &v) { views.append(v); });
        thread.start();
        QMetaObject::invokeMethod(engine, &Engine::start, Qt::QueuedConnection);
        QMetaObject::invokeMethod(
            engine,
            [engine] {
                engine->setCharts({ { 0, 1, Timeframe::fromSeconds(60) } });
            },
            Qt::QueuedConnection);

        // Thousands of batches, as fast as they can be queued, for about a second.
        QElapsedTimer clock;
        clock.start();
        qint64 sent = 0;
        int batches = 0;
        while (clock.elapsed() < 1000) {
            TickBatch batch;
            generator.generate(64, batch.ticks);
            batch.watermark = batch.ticks.constLast().time;
            sent += batch.ticks.size();
            ++batches;
            QMetaObject::invokeMethod(
                engine, "processBatch", Qt::QueuedConnection, Q_ARG(kairos::TickBatch, batch));
            if (batches % 64 == 0)
                QCoreApplication::processEvents();
        }
        QTRY_VERIFY(!views.isEmpty() && views.constLast().stats.ticks == sent);
        const qint64 elapsed = clock.elapsed();

        // Never one view per batch: at most one per view interval, plus slack.
        QVERIFY2(batches > 1000, qPrintable(QString::number(batches)));
        QVERIFY2(views.size() <= elapsed / Engine::ViewIntervalMs + 3,
            qPrintable(QStringLiteral("%1 views in %2 ms").arg(views.size()).arg(elapsed)));

        // The first chart update resets the chart; later ones carry only what is new.
        QVERIFY(views[0].chart() && views[0].chart()->reset);
        CandleList confirmed;
        for (const MarketView &v : views) {
            QVERIFY(v.chart());
            QCOMPARE(v.chart()->symbol, 1u);
            QCOMPARE(v.chart()->timeframe, Timeframe::fromSeconds(60));
            if (&v != &views[0])
                QVERIFY(!v.chart()->reset);
            confirmed += v.chart()->confirmed;
            QCOMPARE(v.watchlist.size(), 3);
        }
        for (qsizetype i = 1; i < confirmed.size(); ++i)
            QCOMPARE(confirmed[i].time, confirmed[i - 1].time + 60'000);
        QVERIFY(views.constLast().watchlist[1].last.has_value());
    }

    void noViewWithoutChange()
    {
        auto *engine = new Engine(TickGenerator(config(1)).instruments());
        WorkerThread thread(engine, QStringLiteral("engine"));
        QSignalSpy spy(engine, &Engine::viewReady);
        thread.start();
        QMetaObject::invokeMethod(engine, &Engine::start, Qt::QueuedConnection);
        QTest::qWait(200);
        QCOMPARE(spy.count(), 0);
    }

    void chartHistoryAndReselect()
    {
        Engine engine(TickGenerator(config(2)).instruments());
        TickGenerator generator(config(2));
        TickBatch batch;
        generator.generate(200'000, batch.ticks); // about 400 s of trading
        batch.watermark = batch.ticks.constLast().time;
        engine.processBatch(batch);
        QSignalSpy spy(&engine, &Engine::viewReady);

        engine.setCharts({ { 0, 0, Timeframe::fromSeconds(1) } });
        engine.publishView();
        QCOMPARE(spy.count(), 1);
        auto view = spy.at(0).at(0).value<MarketView>();
        QVERIFY(view.chart()->reset);
        QCOMPARE(view.chart()->confirmed.size(),
            qMin<qsizetype>(Engine::ChartHistory, engine.aggregator().series(0, 0).size()));
        QVERIFY(view.chart()->forming.has_value());

        engine.setCharts({ { 0, 7, Timeframe::fromSeconds(60) } }); // no such symbol
        engine.publishView();
        QCOMPARE(spy.count(), 2);
        view = spy.at(1).at(0).value<MarketView>();
        QVERIFY(!view.chart());

        engine.setCharts({ { 0, 0, Timeframe::fromSeconds(42) } }); // not a built timeframe
        engine.publishView();
        QCOMPARE(spy.count(), 3);
        QVERIFY(!spy.at(2).at(0).value<MarketView>().chart());
    }

    void severalChartsAreServedEachWithItsSeries()
    {
        Engine engine(TickGenerator(config(2)).instruments());
        TickGenerator generator(config(2));
        TickBatch batch;
        generator.generate(200'000, batch.ticks); // about 400 s of trading
        batch.watermark = batch.ticks.constLast().time;
        engine.processBatch(batch);
        QSignalSpy spy(&engine, &Engine::viewReady);
        const Timeframe second = Timeframe::fromSeconds(1);
        const Timeframe minute = Timeframe::fromSeconds(60);

        // Two charts of one series, one of another, one of nothing Kairos
        // builds, and an id named twice (the first one counts).
        engine.setCharts({ { 3, 0, second }, { 5, 0, second }, { 8, 1, minute },
            { 9, 1, Timeframe::fromSeconds(42) }, { 8, 0, minute } });
        engine.publishView();
        MarketView view = spy.takeFirst().at(0).value<MarketView>();
        QCOMPARE(view.charts.size(), 3);
        for (int id : { 3, 5, 8 }) {
            QVERIFY(view.chart(id) && view.chart(id)->reset);
            QVERIFY(!view.chart(id)->confirmed.isEmpty());
        }
        QCOMPARE(view.chart(3)->confirmed, view.chart(5)->confirmed);
        QCOMPARE(view.chart(8)->symbol, 1u);
        QCOMPARE(view.chart(8)->timeframe, minute);
        QCOMPARE(view.chart(8)->confirmed, engine.aggregator().series(1, 1).since(0, 5000));
        QVERIFY(!view.chart(9));

        // Live: each carries only what is new to it.
        batch.ticks.clear();
        generator.generate(5'000, batch.ticks);
        batch.watermark = batch.ticks.constLast().time;
        engine.processBatch(batch);
        engine.publishView();
        view = spy.takeFirst().at(0).value<MarketView>();
        for (int id : { 3, 5, 8 })
            QVERIFY(!view.chart(id)->reset);
        for (int id : { 3, 5 }) {
            QVERIFY(!view.chart(id)->confirmed.isEmpty());
            QCOMPARE(
                view.chart(id)->confirmed.constLast(), engine.aggregator().series(0, 0).last());
        }
        QCOMPARE(view.chart(8)->forming, engine.aggregator().forming(1, 1));

        // One chart switches: it alone starts again; a chart left out is dropped.
        engine.setCharts({ { 3, 0, second }, { 8, 0, minute } });
        engine.publishView();
        view = spy.takeFirst().at(0).value<MarketView>();
        QCOMPARE(view.charts.size(), 2);
        QVERIFY(!view.chart(3)->reset);
        QVERIFY(view.chart(8)->reset);
        QCOMPARE(view.chart(8)->symbol, 0u);
        QVERIFY(!view.chart(5));

        // A new window (a theme change) gets every chart from scratch.
        engine.resendView();
        engine.publishView();
        view = spy.takeFirst().at(0).value<MarketView>();
        QVERIFY(view.chart(3)->reset && view.chart(8)->reset);
    }

    void strategySignalsReachViewsAndChart()
    {
        InstrumentList instruments(1);
        instruments[0].symbol = QStringLiteral("TEST");
        Engine engine(instruments);
        StrategyConfig strategy;
        strategy.name = QStringLiteral("rsi");
        strategy.timeframe = Timeframe::fromSeconds(1);
        RuleConfig rsi = RuleConfig::make(RuleKind::RsiExit);
        rsi.parameters[QStringLiteral("period")] = 2;
        strategy.rules = { rsi };
        engine.setStrategy(strategy);
        engine.setCharts({ { 0, 0, Timeframe::fromSeconds(1) } });
        QSignalSpy views(&engine, &Engine::viewReady);
        QSignalSpy fired(&engine, &Engine::signalsFired);

        // One trade a second: the closes of tst_signals' RSI series.
        const double closes[] = { 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 10 };
        TickBatch batch;
        for (int i = 0; i < 11; ++i) {
            Tick t;
            t.time = 1'709'251'200'000 + i * 1000;
            t.price = Decimal::fromDouble(closes[i]);
            t.quantity = Decimal::fromInteger(1);
            batch.ticks.append(t);
        }
        batch.watermark = 1'709'251'200'000 + 11'000; // every second has closed
        engine.processBatch(batch);
        QCOMPARE(fired.count(), 1); // one emission per batch
        const SignalList signalList = fired.at(0).at(0).value<SignalList>();
        QCOMPARE(signalList.size(), 3);
        QCOMPARE(signalList[0].side, Side::Buy);
        QCOMPARE(signalList[0].time, 1'709'251'204'000);
        QCOMPARE(signalList[1].side, Side::Sell);
        QCOMPARE(signalList[2].time, 1'709'251'210'000);

        engine.publishView();
        const auto view = views.at(0).at(0).value<MarketView>();
        QCOMPARE(view.newSignals.size(), 3);
        QCOMPARE(view.stats.signalCount, 3);
        QVERIFY(view.chart() && view.chart()->reset);
        // A reset carries none: the window adds those it keeps (SignalsModel).
        QVERIFY(view.chart()->seriesSignals.isEmpty());
        // Indicators: one per confirmed candle, equal to a set run over the series.
        QCOMPARE(view.chart()->indicators.size(), view.chart()->confirmed.size());
        IndicatorSet reference;
        for (qsizetype i = 0; i < view.chart()->confirmed.size(); ++i)
            QCOMPARE(
                view.chart()->indicators[i].rsi, reference.update(view.chart()->confirmed[i]).rsi);

        // Setting the strategy again replays history silently: no new signals.
        engine.setStrategy(strategy);
        TickBatch quiet;
        quiet.watermark = batch.watermark + 1000;
        engine.processBatch(quiet);
        engine.publishView();
        QCOMPARE(views.count(), 2);
        QCOMPARE(views.at(1).at(0).value<MarketView>().newSignals.size(), 0);
        QCOMPARE(fired.count(), 1);
    }

    void autoTradingTurnsSignalsIntoFills()
    {
        InstrumentList instruments(1);
        instruments[0].symbol = QStringLiteral("TEST");
        instruments[0].quantityIncrement = Decimal::fromUnits(1);
        Engine engine(instruments);
        StrategyConfig strategy;
        strategy.name = QStringLiteral("rsi");
        strategy.timeframe = Timeframe::fromSeconds(1);
        RuleConfig rsi = RuleConfig::make(RuleKind::RsiExit);
        rsi.parameters[QStringLiteral("period")] = 2;
        strategy.rules = { rsi };
        strategy.sizing.mode = OrderSizing::Mode::FixedQuantity;
        strategy.sizing.value = Decimal::fromInteger(1);
        engine.setStrategy(strategy);
        RiskLimits limits;
        limits.cooldownAfterLossSeconds = 0;
        engine.setRiskLimits(limits);
        QList<TradingEvents> events;
        connect(&engine, &Engine::tradingEvents, this,
            [&](const TradingEvents &e) { events.append(e); });

        auto feed = [&engine](std::int64_t from, bool live = true) {
            const double closes[] = { 10, 9, 8, 7, 8, 9, 10, 11, 10, 9, 10 };
            TickBatch batch;
            for (int i = 0; i < 11; ++i) {
                Tick t;
                t.time = from + i * 1000;
                t.price = Decimal::fromDouble(closes[i]);
                t.quantity = Decimal::fromInteger(1);
                batch.ticks.append(t);
            }
            batch.watermark = from + 11'000;
            batch.live = live;
            engine.processBatch(batch);
        };
        feed(1'709'251'200'000);
        FillList fills;
        for (const TradingEvents &e : events)
            fills += e.fills;
        QVERIFY(fills.isEmpty()); // auto-trading is off at first

        engine.setAutoTrade(true);
        events.clear();
        feed(1'709'251'250'000, false); // replayed history: shown, not traded
        AlertList fromHistory;
        for (const TradingEvents &e : events)
            fromHistory += e.alerts;
        QVERIFY(!fromHistory.isEmpty()); // its signals are listed…
        for (const Alert &alert : std::as_const(fromHistory))
            QVERIFY2(alert.quiet, qPrintable(alert.text)); // …but not unread, nor notified
        events.clear();
        feed(1'709'251'300'000);
        fills.clear();
        for (const TradingEvents &e : events) {
            fills += e.fills;
            for (const Alert &alert : e.alerts)
                QVERIFY(!alert.quiet); // live: they are news
        }
        // BUY at the first RSI exit, then SELL (a flip); the last signal comes
        // with the final watermark, so its order waits for the next trade.
        QCOMPARE(fills.size(), 2);
        QCOMPARE(engine.trader().broker().openOrders().size(), 1u);
        QCOMPARE(fills[0].side, Side::Buy);
        QCOMPARE(fills[0].quantity, Decimal::fromInteger(1));
        QCOMPARE(fills[1].side, Side::Sell);
        QCOMPARE(fills[1].quantity, Decimal::fromInteger(2));
        QVERIFY(fills[0].clientOrderId.startsWith(QStringLiteral("sig:TEST:RSI(2) 30/70:")));
        QCOMPARE(engine.trader().portfolio().position(0).quantity, Decimal::fromInteger(-1));
        QVERIFY(engine.trader().portfolio().equity()
            == engine.trader().portfolio().initialCash() + engine.trader().portfolio().realizedPnl()
                + engine.trader().portfolio().unrealizedPnl()
                - engine.trader().portfolio().feesPaid());

        QSignalSpy views(&engine, &Engine::viewReady);
        engine.publishView();
        const MarketView view = views.at(0).at(0).value<MarketView>();
        QCOMPARE(view.trading.events.fills.size(), 2);
        QCOMPARE(view.trading.positions.size(), 1);
        QCOMPARE(view.trading.openOrders.size(), 1);
        QVERIFY(view.trading.account.autoTrade);
    }

    void theKillSwitchCancelsWorkingOrdersAtOnce()
    {
        Engine engine(oneInstrument());
        TradingEvents events;
        connect(&engine, &Engine::tradingEvents, this,
            [&](const TradingEvents &e) { events.append(e); });
        const auto trade = [&engine](std::int64_t time, const char *price) {
            engine.processBatch(oneTrade(time, price));
        };
        trade(1'709'251'200'000, "100");
        Order buy;
        buy.type = OrderType::Limit;
        buy.limitPrice = *Decimal::parse("99");
        buy.quantity = Decimal::fromInteger(1);
        engine.submitOrder(buy);
        trade(1'709'251'200'500, "100");
        QCOMPARE(engine.trader().broker().openOrders().size(), 1u);

        RiskLimits limits;
        limits.killSwitch = true;
        engine.setRiskLimits(limits);
        QCOMPARE(events.cancelled.size(), 1); // at once, not at the next trade
        QVERIFY(engine.trader().broker().openOrders().empty());
        trade(1'709'251'201'500, "98");
        QVERIFY(events.fills.isEmpty());
        engine.submitOrder(buy);
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("killSwitch"));

        QSignalSpy views(&engine, &Engine::viewReady);
        engine.publishView();
        QCOMPARE(views.count(), 1);
        QVERIFY(views.at(0).at(0).value<MarketView>().trading.account.killSwitch);
    }

    void ordersWaitForLiveDataWhileHistoryLoads()
    {
        Engine engine(oneInstrument());
        TradingEvents events;
        connect(&engine, &Engine::tradingEvents, this,
            [&](const TradingEvents &e) { events.append(e); });
        const std::int64_t from = 1'709'251'200'000;
        const std::int64_t until = from + 6 * 86'400'000LL; // six days of history
        const auto trade = [&engine, from, until](std::int64_t time, const char *price, bool live) {
            TickBatch batch = oneTrade(time, price);
            batch.live = live;
            if (!live) {
                batch.historyFrom = from;
                batch.historyUntil = until;
            }
            engine.processBatch(batch);
        };
        trade(from + 1000, "50", false);
        trade(from + 3 * 86'400'000LL, "60", false); // half way
        Order buy;
        buy.quantity = Decimal::fromInteger(1);
        engine.submitOrder(buy);
        QCOMPARE(events.denied.size(), 1);
        QCOMPARE(events.denied[0].denial.limit, QStringLiteral("warmingUp"));
        // Dated now, not days ago in the history: on top of the alerts, and notified.
        QVERIFY(events.alerts.constLast().time >= QDateTime::currentMSecsSinceEpoch() - 60'000);
        QVERIFY(!events.alerts.constLast().quiet);
        QVERIFY2(events.denied[0].denial.message.contains(QStringLiteral("50% done")),
            qPrintable(events.denied[0].denial.message));
        QSignalSpy views(&engine, &Engine::viewReady);
        engine.publishView();
        EngineStats stats = views.constLast().constFirst().value<MarketView>().stats;
        QVERIFY(!stats.live);
        QCOMPARE(stats.historyFrom, from);
        QCOMPARE(stats.historyUntil, until);

        // A six-day-old price never fills anything: once live data begins,
        // orders are taken and fill at the live price.
        trade(until + 10, "100", true);
        engine.submitOrder(buy);
        QCOMPARE(events.accepted.size(), 1);
        trade(until + 20, "101", true);
        QCOMPARE(events.fills.size(), 1);
        QVERIFY(events.fills[0].price > Decimal::fromInteger(100)); // 101 with slippage
        engine.publishView();
        stats = views.constLast().constFirst().value<MarketView>().stats;
        QVERIFY(stats.live);
    }

    void chartIndicatorsFollowParams()
    {
        TickGenerator generator(config(1));
        Engine engine(generator.instruments());
        TickBatch batch;
        generator.generate(100'000, batch.ticks);
        batch.watermark = batch.ticks.constLast().time;
        engine.processBatch(batch);
        QSignalSpy views(&engine, &Engine::viewReady);
        engine.setCharts({ { 0, 0, Timeframe::fromSeconds(1) } });
        engine.publishView();
        auto view = views.at(0).at(0).value<MarketView>();
        QVERIFY(view.chart()->formingIndicators.has_value());
        QCOMPARE(view.chart()->indicatorParams.sma, 20);

        IndicatorParams bad;
        bad.sma = 0;
        engine.setChartIndicators(bad); // ignored
        IndicatorParams params;
        params.sma = 7;
        engine.setChartIndicators(params);
        engine.publishView();
        view = views.at(1).at(0).value<MarketView>();
        QVERIFY(view.chart()->reset);
        QCOMPARE(view.chart()->indicatorParams.sma, 7);
        IndicatorSet reference(params);
        const CandleSeries &series = engine.aggregator().series(0, 0);
        IndicatorValues last {};
        for (const Candle &c : series.since(0, series.size()))
            last = reference.update(c);
        QCOMPARE(view.chart()->indicators.constLast().sma, last.sma);
        QCOMPARE(view.chart()->formingIndicators->sma, reference.peek(*view.chart()->forming).sma);
    }

    void liveSessionRunsAndStopsCleanly()
    {
        SimulatorConfig c = config(4);
        c.startTime = QDateTime::currentMSecsSinceEpoch();
        c.ticksPerSecond = 200'000;
        QList<MarketView> views;
        {
            LiveSession session(new SimulatedFeed(c));
            QCOMPARE(session.instruments().size(), 4);
            connect(session.engine(), &Engine::viewReady, this,
                [&](const MarketView &v) { views.append(v); });
            session.start();
            QTRY_VERIFY_WITH_TIMEOUT(
                !views.isEmpty() && views.constLast().stats.ticks > 50'000, 10'000);
        }
        // Destroyed with ticks in flight: nothing crashed, and ticks only grew.
        for (qsizetype i = 1; i < views.size(); ++i)
            QVERIFY(views[i].stats.ticks >= views[i - 1].stats.ticks);
        QCOMPARE(views.constLast().stats.lateTicks, 0);
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
