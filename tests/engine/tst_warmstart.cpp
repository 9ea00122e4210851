#include "../common/CandleDatabase.h"
#include "engine/Engine.h"
#include "execution/OrderHistory.h"
#include "feed/TickGenerator.h"
#include "storage/StorageWriter.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace kairos;

namespace {

constexpr std::int64_t Start = 1704067200000;
constexpr std::int64_t Hour = 3'600'000;

QList<Tick> allTicks(const InstrumentList **instruments = nullptr)
{
    SimulatorConfig c;
    c.symbols = SimulatorConfig::defaultSymbols(2);
    c.ticksPerSecond = 8.0;
    c.seed = 5;
    c.startTime = Start;
    static TickGenerator generator(c);
    static const InstrumentList list = generator.instruments();
    if (instruments)
        *instruments = &list;
    static QList<Tick> ticks;
    if (ticks.isEmpty())
        generator.generateUntil(Start + 30 * Hour, 100'000'000, ticks);
    return ticks;
}

// Feeds ticks in [from, to) in batches, as a live feed would.
void feed(Engine &engine, const QList<Tick> &ticks, std::int64_t from, std::int64_t to)
{
    TickBatch batch;
    for (const Tick &tick : ticks) {
        if (tick.time < from || tick.time >= to)
            continue;
        batch.ticks.append(tick);
        if (batch.ticks.size() == 500) {
            batch.watermark = tick.time;
            engine.processBatch(std::exchange(batch, {}));
        }
    }
    if (!batch.ticks.isEmpty()) {
        batch.watermark = batch.ticks.constLast().time;
        engine.processBatch(batch);
    }
}

void setUp(Engine &engine)
{
    StrategyConfig strategy = StrategyConfig::standard();
    strategy.sizing.mode = OrderSizing::Mode::FixedQuantity;
    strategy.sizing.value = Decimal::fromInteger(1);
    engine.setStrategy(strategy);
    engine.setAutoTrade(true);
}

MarketView chartView(Engine &engine, std::uint32_t symbol, Timeframe timeframe)
{
    MarketView captured;
    QObject context;
    QObject::connect(
        &engine, &Engine::viewReady, &context, [&](const MarketView &view) { captured = view; });
    engine.setCharts({ { 0, symbol, timeframe } });
    engine.publishView();
    return captured;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameValues(const IndicatorValues &a, const IndicatorValues &b)
{
    return same(a.sma, b.sma) && same(a.emaFast, b.emaFast) && same(a.emaSlow, b.emaSlow)
        && same(a.rsi, b.rsi) && same(a.macd.macd, b.macd.macd)
        && same(a.macd.signal, b.macd.signal) && same(a.bands.upper, b.bands.upper)
        && same(a.bands.lower, b.bands.lower) && same(a.atr, b.atr) && same(a.vwap, b.vwap)
        && same(a.stochastic.k, b.stochastic.k) && same(a.stochastic.d, b.stochastic.d);
}

} // namespace

class TestWarmStart : public QObject
{
    Q_OBJECT

private slots:
    void aRestartContinuesLikeAnUninterruptedRun()
    {
        const InstrumentList *instruments = nullptr;
        const QList<Tick> ticks = allTicks(&instruments);
        // Mid-second and mid-candle on every timeframe.
        const std::int64_t split = Start + 20 * Hour + 17 * 60'000 + 456;
        const std::int64_t end = Start + 30 * Hour;

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        FillList fillsBefore;
        qsizetype stepsBefore = 0;
        {
            StorageWriter writer({ path, *instruments });
            Engine first(*instruments);
            first.attachStorage(&writer);
            connect(&first, &Engine::tradingEvents, this, [&](const TradingEvents &e) {
                fillsBefore += e.fills;
                stepsBefore += OrderHistory::of(e, 0).size();
            });
            writer.start();
            setUp(first);
            feed(first, ticks, Start, split);
            QVERIFY(writer.flush());
            QCoreApplication::processEvents(); // the last acknowledgements
            QVERIFY(!fillsBefore.isEmpty());
        }

        // Fewer candles than a snapshot period: the restart must seed from snapshots.
        StorageWriter::Options options { path, *instruments };
        options.warmCandles = 100;
        StorageWriter writer(options);
        Engine restarted(*instruments);
        restarted.attachStorage(&writer);
        std::optional<WarmState> state;
        connect(&writer, &StorageWriter::opened, &writer, [&](const WarmState &s) { state = s; });
        writer.start();
        QTRY_VERIFY(state);
        QCOMPARE(state->fills.size(), fillsBefore.size());
        const auto minute = std::find_if(state->series.cbegin(), state->series.cend(),
            [](const SeriesHistory &h) { return h.timeframeSeconds == 60; });
        QVERIFY(minute != state->series.cend() && !minute->seed.isEmpty());
        QVERIFY(minute->candles.size() < 300);
        // Every step of the orders' lives so far is there to show.
        QCOMPARE(state->orderEvents.size(), stepsBefore);
        setUp(restarted);
        restarted.restore(*state);
        // The panels show the stored fills and order history again, once,
        // and not as new events (the History tab would repeat the fills).
        const MarketView shown = chartView(restarted, 0, Timeframe::fromSeconds(60));
        QCOMPARE(shown.trading.shownFills.size(), fillsBefore.size());
        QCOMPARE(shown.trading.shownFills.constLast().clientOrderId,
            fillsBefore.constLast().clientOrderId);
        QCOMPARE(shown.trading.shownHistory.size(), stepsBefore);
        QVERIFY(shown.trading.events.fills.isEmpty());
        QVERIFY(chartView(restarted, 0, Timeframe::fromSeconds(60)).trading.shownFills.isEmpty());
        SignalList signalsAfter;
        FillList fillsAfter;
        connect(&restarted, &Engine::signalsFired, this,
            [&](const SignalList &s) { signalsAfter += s; });
        connect(&restarted, &Engine::tradingEvents, this,
            [&](const TradingEvents &e) { fillsAfter += e.fills; });
        feed(restarted, ticks, split, end);
        QVERIFY(writer.flush());

        Engine uninterrupted(*instruments);
        setUp(uninterrupted);
        SignalList expectedSignals;
        FillList expectedFills;
        connect(&uninterrupted, &Engine::signalsFired, this, [&](const SignalList &s) {
            for (const Signal &signal : s) {
                if (signal.time + 60'000 > split)
                    expectedSignals.append(signal);
            }
        });
        connect(&uninterrupted, &Engine::tradingEvents, this, [&](const TradingEvents &e) {
            for (const Fill &fill : e.fills) {
                if (fill.time >= split)
                    expectedFills.append(fill);
            }
        });
        feed(uninterrupted, ticks, Start, end);

        // Charts: candles and every indicator, on several timeframes.
        for (const int seconds : { 60, 300, 3600 }) {
            for (std::uint32_t symbol : { 0u, 1u }) {
                const MarketView a = chartView(restarted, symbol, Timeframe::fromSeconds(seconds));
                const MarketView b
                    = chartView(uninterrupted, symbol, Timeframe::fromSeconds(seconds));
                QVERIFY(a.chart() && b.chart());
                const qsizetype n = std::min<qsizetype>(500, b.chart()->confirmed.size());
                QVERIFY(a.chart()->confirmed.size() >= n);
                QCOMPARE(a.chart()->confirmed.last(n), b.chart()->confirmed.last(n));
                for (qsizetype i = 1; i <= n; ++i) {
                    const auto &x = a.chart()->indicators[a.chart()->indicators.size() - i];
                    const auto &y = b.chart()->indicators[b.chart()->indicators.size() - i];
                    QVERIFY2(sameValues(x, y),
                        qPrintable(QStringLiteral("%1s series %2, candle -%3: RSI %4 vs %5")
                                       .arg(seconds)
                                       .arg(symbol)
                                       .arg(i)
                                       .arg(x.rsi)
                                       .arg(y.rsi)));
                }
                QCOMPARE(a.chart()->forming, b.chart()->forming);
            }
        }
        // Strategy and trading carry on exactly.
        QVERIFY(!expectedSignals.isEmpty());
        QCOMPARE(signalsAfter.size(), expectedSignals.size());
        for (qsizetype i = 0; i < signalsAfter.size(); ++i) {
            QCOMPARE(signalsAfter[i].time, expectedSignals[i].time);
            QCOMPARE(signalsAfter[i].reason, expectedSignals[i].reason);
        }
        QVERIFY(!expectedFills.isEmpty());
        // Acknowledged once the writer committed them.
        QTRY_COMPARE(fillsAfter.size(), expectedFills.size());
        for (qsizetype i = 0; i < fillsAfter.size(); ++i) {
            QCOMPARE(fillsAfter[i].clientOrderId, expectedFills[i].clientOrderId);
            QCOMPARE(fillsAfter[i].price, expectedFills[i].price);
        }
        for (std::uint32_t symbol : { 0u, 1u })
            QCOMPARE(restarted.trader().portfolio().position(symbol).quantity,
                uninterrupted.trader().portfolio().position(symbol).quantity);
        QCOMPARE(restarted.trader().portfolio().cash(), uninterrupted.trader().portfolio().cash());
    }

    void aStorageFailureHaltsTrading()
    {
        const InstrumentList *instruments = nullptr;
        const QList<Tick> ticks = allTicks(&instruments);
        QTemporaryDir dir;
        StorageWriter::Options options { dir.filePath(QStringLiteral("full.db")), *instruments };
        options.maxBytes = 300 * 1024; // a disk that fills up
        StorageWriter writer(options);
        Engine engine(*instruments);
        engine.attachStorage(&writer);
        AlertList alerts;
        FillList fills;
        connect(&engine, &Engine::tradingEvents, this, [&](const TradingEvents &e) {
            alerts += e.alerts;
            fills += e.fills;
        });
        writer.start();
        setUp(engine);
        engine.setStoreSecondCandles(true);
        std::int64_t from = Start;
        while (!writer.hasFailed() && from < Start + 30 * Hour) {
            feed(engine, ticks, from, from + Hour);
            from += Hour;
            writer.flush();
        }
        QVERIFY(writer.hasFailed());
        QTRY_VERIFY(engine.trader().risk().state() == TradingState::Halted);
        const auto critical = std::find_if(alerts.cbegin(), alerts.cend(), [](const Alert &a) {
            return a.severity == AlertSeverity::Critical
                && a.text.contains(QStringLiteral("storage"));
        });
        QVERIFY(critical != alerts.cend());
        // Trading stays halted: no order is accepted afterwards.
        const qsizetype before = fills.size();
        TradingEvents after;
        connect(&engine, &Engine::tradingEvents, this,
            [&](const TradingEvents &e) { after.append(e); });
        feed(engine, ticks, from, from + 2 * Hour);
        QCoreApplication::processEvents();
        QVERIFY(after.accepted.isEmpty());
        QCOMPARE(fills.size(), before);

        // Resume is refused while storage is failed, with the reason.
        after = {};
        engine.resumeTrading();
        QCOMPARE(engine.trader().risk().state(), TradingState::Halted);
        QCOMPARE(after.alerts.size(), 1);
        QCOMPARE(after.alerts[0].severity, AlertSeverity::Critical);
        QVERIFY(after.alerts[0].text.contains(QStringLiteral("resume refused")));
        QVERIFY(after.alerts[0].text.contains(QStringLiteral("full"), Qt::CaseInsensitive));
        QVERIFY(after.alerts[0].time >= from);
        feed(engine, ticks, from + 2 * Hour, from + 4 * Hour);
        QCoreApplication::processEvents();
        QVERIFY(after.accepted.isEmpty());
        QCOMPARE(fills.size(), before);
    }

    void aRestartResumesFromTheLastTradeNotAnOlderClose()
    {
        const InstrumentList *instruments = nullptr;
        const QList<Tick> ticks = allTicks(&instruments);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resume.db"));
        // A day after the start: the daily series holds a confirmed candle
        // whose close is a day old; mid-second and mid-minute.
        const std::int64_t split = Start + 26 * Hour + 7 * 60'000 + 321;
        std::vector<Decimal> lastTrade(2);
        for (const Tick &tick : ticks) {
            if (tick.time < split)
                lastTrade[tick.symbol] = tick.price;
        }
        SignalList before;
        {
            StorageWriter writer({ path, *instruments });
            Engine first(*instruments);
            first.attachStorage(&writer);
            connect(&first, &Engine::signalsFired, this, [&](const SignalList &s) { before += s; });
            writer.start();
            setUp(first);
            feed(first, ticks, Start, split);
            QVERIFY(writer.flush());
        }
        StorageWriter writer({ path, *instruments });
        Engine restarted(*instruments);
        restarted.attachStorage(&writer);
        std::optional<WarmState> state;
        connect(&writer, &StorageWriter::opened, &writer, [&](const WarmState &s) { state = s; });
        QList<Decimal> resumed;
        std::int64_t resumedAfter = 0;
        connect(
            &restarted, &Engine::restored, this, [&](qint64 time, const QList<Decimal> &prices) {
                resumedAfter = time;
                resumed = prices;
            });
        SignalList after;
        connect(&restarted, &Engine::signalsFired, this, [&](const SignalList &s) { after += s; });
        writer.start();
        QTRY_VERIFY(state);
        setUp(restarted);
        restarted.restore(*state);
        // The feed is told to go on from each symbol's last trade, exactly.
        QCOMPARE(resumed.size(), 2);
        QCOMPARE(resumed[0], lastTrade[0]);
        QCOMPARE(resumed[1], lastTrade[1]);
        QVERIFY(resumedAfter >= split - 1000);
        // The restart itself makes no candle and no signal.
        QVERIFY(after.isEmpty());
        QCOMPARE(restarted.trader().lastPrice(0), lastTrade[0]);
        QCOMPARE(restarted.trader().lastPrice(1), lastTrade[1]);
    }

    void theStartingCashIsKeptWithTheSession()
    {
        const InstrumentList *instruments = nullptr;
        const QList<Tick> ticks = allTicks(&instruments);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cash.db"));
        const Decimal cash = *Decimal::parse("250000.25");
        Decimal cashBefore;
        {
            StorageWriter writer({ path, *instruments });
            Engine first(*instruments);
            first.attachStorage(&writer);
            writer.start();
            setUp(first);
            first.setInitialCash(cash);
            QCOMPARE(first.trader().portfolio().cash(), cash);
            feed(first, ticks, Start, Start + 2 * Hour);
            QVERIFY(writer.flush());
            QCoreApplication::processEvents();
            cashBefore = first.trader().portfolio().cash();
        }
        // The starting cash and cash after a warm start.
        const auto reopen = [&](std::optional<Decimal> asked) {
            StorageWriter writer({ path, *instruments });
            Engine engine(*instruments);
            engine.attachStorage(&writer);
            std::optional<WarmState> state;
            connect(
                &writer, &StorageWriter::opened, &writer, [&](const WarmState &s) { state = s; });
            writer.start();
            if (asked)
                engine.setInitialCash(*asked);
            QElapsedTimer waited;
            waited.start();
            while (!state && waited.elapsed() < 10'000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            if (state)
                engine.restore(*state);
            writer.flush();
            return std::pair(
                engine.trader().portfolio().initialCash(), engine.trader().portfolio().cash());
        };
        // Reopened as it was: the session's own starting cash, the same cash.
        QCOMPARE(reopen(std::nullopt), std::pair(cash, cashBefore));
        // Asked for another: the difference is paid in, PnL unchanged, and kept.
        const Decimal more = Decimal::fromInteger(300'000);
        QCOMPARE(reopen(more), std::pair(more, cashBefore + (more - cash)));
        QCOMPARE(reopen(std::nullopt).first, more);
    }

    void alertsBeforeTheFirstTickAreNotDated1970()
    {
        const InstrumentList *instruments = nullptr;
        allTicks(&instruments);
        QTemporaryDir dir;
        // A database that cannot be opened fails before any tick arrives.
        StorageWriter writer({ dir.filePath(QStringLiteral("missing/folder/x.db")), *instruments });
        Engine engine(*instruments);
        engine.attachStorage(&writer);
        AlertList alerts;
        connect(&engine, &Engine::tradingEvents, this,
            [&](const TradingEvents &e) { alerts += e.alerts; });
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        engine.setAutoTrade(true);
        writer.start();
        QTRY_VERIFY(writer.hasFailed());
        QTRY_VERIFY(alerts.size() >= 2);
        for (const Alert &alert : std::as_const(alerts))
            QVERIFY2(alert.time >= before, qPrintable(alert.text));
    }

    // A chart switch on a series of a million stored candles costs the
    // engine what it sends (the ring at most), not the history: older
    // candles come from storage on another thread. A change of indicator
    // periods replays the shown chart's ring at once and the other series a
    // ring per batch. Bounds by count, not time.
    void aChartSwitchOnAMillionCandlesIsBoundedWork()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        QString error;
        QVERIFY2(testing::writeCandleDatabase(path, 1'000'000, 1'599'999'960'000, &error),
            qPrintable(error));
        const InstrumentList list = testing::candleDatabaseInstruments();
        WarmState warm;
        {
            Database db;
            QVERIFY(db.openReadOnly(path));
            StorageReader reader(db);
            warm = reader.warmState(list, reader.instrumentIds(list, false), 5000);
        }
        Engine engine(list);
        engine.restore(warm);
        const Timeframe minute = Timeframe::fromSeconds(60);
        const std::int64_t bound = CandleSeries::DefaultCapacity + 1; // the ring and a peek
        for (const Timeframe tf : { minute, Timeframe::fromSeconds(3600), minute }) {
            const Engine::ChartWork before = engine.chartWork();
            const MarketView shown = chartView(engine, 0, tf);
            QVERIFY(shown.chart() && shown.chart()->reset);
            const std::int64_t steps = engine.chartWork().indicatorSteps - before.indicatorSteps;
            const std::int64_t sent = engine.chartWork().candlesSent - before.candlesSent;
            QVERIFY2(steps <= bound, qPrintable(QString::number(steps)));
            QVERIFY2(sent <= Engine::ChartHistory, qPrintable(QString::number(sent)));
            QCOMPARE(sent, shown.chart()->confirmed.size());
        }
        QCOMPARE(engine.chartWork().rebuildSteps, 0);

        IndicatorParams periods;
        periods.sma = 50;
        const Engine::ChartWork before = engine.chartWork();
        engine.setChartIndicators(periods);
        engine.publishView();
        QVERIFY(engine.chartWork().indicatorSteps - before.indicatorSteps <= bound);
        QCOMPARE(engine.chartWork().rebuildSteps, 0); // nothing else yet
        TickBatch batch;
        Tick tick;
        tick.time = warm.series[0].candles.constLast().time + 60'000;
        tick.price = warm.series[0].candles.constLast().close;
        tick.quantity = *Decimal::parse("0.01");
        batch.ticks.append(tick);
        batch.watermark = tick.time;
        engine.processBatch(batch);
        QVERIFY(engine.chartWork().rebuildSteps > 0);
        QVERIFY2(engine.chartWork().rebuildSteps <= 2 * CandleSeries::DefaultCapacity,
            qPrintable(QString::number(engine.chartWork().rebuildSteps)));
    }
};

QTEST_GUILESS_MAIN(TestWarmStart)
#include "tst_warmstart.moc"
