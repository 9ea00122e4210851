#include "BenchCommand.h"
#include "SoakBench.h"
#include "VenueBench.h"

#include "engine/Engine.h"
#include "engine/WorkerThread.h"
#include "feed/TickGenerator.h"
#include "indicators/IndicatorSet.h"
#include "market/CandleAggregator.h"
#include "publish/EventPublisher.h"
#include "storage/StorageReader.h"
#include "storage/StorageWriter.h"

#include "common/CommandLine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>

namespace kairos {

namespace {

constexpr qsizetype BatchSize = 4096;
constexpr int Repeats = 3; // the best of several runs: the machines are shared and noisy

struct Rate
{
    double ticksPerSecond = 0.0;
    double nsPerTick = 0.0;
};

Rate rateOf(qint64 ticks, qint64 nanoseconds)
{
    nanoseconds = std::max<qint64>(nanoseconds, 1);
    return { double(ticks) * 1e9 / double(nanoseconds), double(nanoseconds) / double(ticks) };
}

QJsonObject toJson(Rate rate)
{
    return { { QStringLiteral("ticks_per_second"), qRound64(rate.ticksPerSecond) },
        { QStringLiteral("ns_per_tick"), qRound(rate.nsPerTick * 100.0) / 100.0 } };
}

// Only the aggregation: every batch through 1s candles and all coarser
// timeframes on this one thread.
Rate aggregation(const QList<TickBatch> &batches, int symbols, qint64 ticks)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < Repeats; ++r) {
        CandleAggregator aggregator;
        aggregator.setSymbolCount(symbols);
        QElapsedTimer timer;
        timer.start();
        for (const TickBatch &batch : batches)
            aggregator.addBatch(batch);
        best = std::min(best, timer.nsecsElapsed());
        if (aggregator.counters().ticks != ticks)
            qFatal("bench: the aggregator lost ticks");
    }
    return rateOf(ticks, best);
}

// The engine as the app runs it: batches queued from this thread (standing in
// for the feed thread) to the engine on its own thread.
Rate engine(const QList<TickBatch> &batches, const InstrumentList &instruments, qint64 ticks)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int r = 0; r < Repeats; ++r) {
        auto *engine = new Engine(instruments);
        WorkerThread thread(engine, QStringLiteral("engine"));
        thread.start();
        QElapsedTimer timer;
        timer.start();
        for (const TickBatch &batch : batches)
            QMetaObject::invokeMethod(
                engine, "processBatch", Qt::QueuedConnection, Q_ARG(kairos::TickBatch, batch));
        qint64 processed = 0;
        QMetaObject::invokeMethod(
            engine, [engine, &processed] { processed = engine->aggregator().counters().ticks; },
            Qt::BlockingQueuedConnection);
        best = std::min(best, timer.nsecsElapsed());
        if (processed != ticks)
            qFatal("bench: the engine lost ticks");
    }
    return rateOf(ticks, best);
}

// The full default indicator set, one confirmed candle at a time.
QJsonObject indicatorCost(qint64 count)
{
    CandleList candles;
    candles.reserve(count);
    // A dozen trades a minute make candles as good for this as a thousand:
    // the indicators see only the candles, and the simulator is not measured.
    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(1);
    config.ticksPerSecond = 0.2;
    config.seed = 11;
    config.startTime = 1704067200000;
    TickGenerator generator(config);
    CandleAggregator aggregator({ Timeframe::fromSeconds(60) }, 1);
    aggregator.setSymbolCount(1);
    aggregator.setConfirmedSink([&candles](std::uint32_t, int index, const Candle &candle) {
        if (index == 1)
            candles.append(candle);
    });
    while (candles.size() < count) {
        TickBatch batch;
        generator.generate(BatchSize, batch.ticks);
        aggregator.addBatch(batch);
    }
    candles.resize(count);

    qint64 best = std::numeric_limits<qint64>::max();
    qint64 warm = 0; // candles after which every indicator had a value
    for (int r = 0; r < Repeats; ++r) {
        IndicatorSet set;
        warm = 0;
        QElapsedTimer timer;
        timer.start();
        for (const Candle &candle : std::as_const(candles))
            warm += std::isnan(set.update(candle).macd.histogram) ? 0 : 1;
        best = std::min(best, timer.nsecsElapsed());
    }
    const Rate rate = rateOf(count, best);
    return { { QStringLiteral("candles"), count }, { QStringLiteral("warm_candles"), warm },
        { QStringLiteral("set"),
            QStringLiteral("SMA20 EMA20 EMA50 RSI14 MACD(12,26,9) BB(20,2) ATR14 VWAP "
                           "Stochastic(14,3,3)") },
        { QStringLiteral("candles_per_second"), qRound64(rate.ticksPerSecond) },
        { QStringLiteral("ns_per_candle"), qRound(rate.nsPerTick * 100.0) / 100.0 } };
}

// Candle rows through the storage writer into a fresh SQLite file, in
// batches as the engine hands them over.
QJsonObject storageCost(qint64 rows)
{
    QTemporaryDir dir;
    StorageWriter writer({ dir.filePath(QStringLiteral("bench.db")),
        { { QStringLiteral("BENCH"), Decimal::fromUnits(1), Decimal::fromUnits(1) } } });
    QString error;
    QObject::connect(
        &writer, &StorageWriter::failed, &writer, [&error](const QString &why) { error = why; },
        Qt::DirectConnection);
    writer.start();
    constexpr qint64 Batch = 1000;
    QElapsedTimer timer;
    timer.start();
    for (qint64 start = 0; start < rows; start += Batch) {
        StorageBatch batch;
        for (qint64 i = start; i < std::min(rows, start + Batch); ++i) {
            Candle c;
            c.time = 1'704'067'200'000 + i * 60'000;
            c.open = c.high = c.low = c.close = Decimal::fromUnits(6'400'000'000'000 + i);
            c.volume = Volume::of(Decimal::fromUnits(i));
            c.trades = 1;
            batch.candles.append({ 0, 60, c });
        }
        writer.enqueue(std::move(batch));
    }
    if (!writer.flush())
        return { { QStringLiteral("error"), error } };
    const Rate rate = rateOf(rows, timer.nsecsElapsed());
    const StorageWriter::Counters counters = writer.counters();
    return { { QStringLiteral("candle_rows"), rows },
        { QStringLiteral("rows_per_second"), qRound64(rate.ticksPerSecond) },
        { QStringLiteral("transactions"), counters.transactions },
        { QStringLiteral("enqueued_batch_rows"), Batch } };
}

// A database as a long session leaves it: `count` one-minute candles of
// one symbol with the chart snapshots the engine writes every 1,024 candles.
// Then a cold process's path to the first chart: open and read the warm
// state, restore the engine, build the first chart view.
QJsonObject warmStartCost(qint64 count)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("warm.db"));
    const InstrumentList instruments { { QStringLiteral("BENCH"), Decimal::fromUnits(1),
        Decimal::fromUnits(1) } };
    {
        StorageWriter writer({ path, instruments });
        writer.start();
        IndicatorSet set;
        StorageBatch batch;
        for (qint64 i = 0; i < count; ++i) {
            Candle c;
            c.time = 1'500'000'000'000 + i * 60'000;
            c.open = c.close = Decimal::fromUnits(6'400'000'000'000 + (i % 1000) * 100'000);
            c.high = c.open + Decimal::fromUnits(50'000'000);
            c.low = c.open - Decimal::fromUnits(50'000'000);
            c.volume = Volume::of(Decimal::fromInteger(3));
            c.trades = 7;
            set.update(c);
            batch.candles.append({ 0, 60, c });
            if (set.candleCount() % StorageReader::SnapshotEvery == 0)
                batch.snapshots.append({ 0, 60, SnapshotKind::Chart, c.time, set.snapshot() });
            if (batch.candles.size() == 10'000)
                writer.enqueue(std::exchange(batch, {}));
        }
        writer.enqueue(batch);
        if (!writer.flush())
            return { { QStringLiteral("error"), QStringLiteral("could not write %1").arg(path) } };
    }

    QElapsedTimer timer;
    timer.start();
    StorageWriter writer({ path, instruments });
    Engine engine(instruments);
    engine.attachStorage(&writer);
    qint64 opened = -1;
    qint64 restored = -1;
    qint64 charted = -1;
    qsizetype chartCandles = 0;
    QEventLoop loop;
    QObject::connect(&writer, &StorageWriter::opened, &loop, [&](const WarmState &state) {
        opened = timer.nsecsElapsed();
        engine.restore(state);
        restored = timer.nsecsElapsed();
        engine.setCharts({ { 0, 0, Timeframe::fromSeconds(60) } });
        engine.publishView();
    });
    QObject::connect(&engine, &Engine::viewReady, &loop, [&](const MarketView &view) {
        if (!view.chart())
            return;
        charted = timer.nsecsElapsed();
        chartCandles = view.chart()->confirmed.size();
        loop.quit();
    });
    QObject::connect(&writer, &StorageWriter::failed, &loop, &QEventLoop::quit);
    writer.start();
    loop.exec();
    if (charted < 0)
        return { { QStringLiteral("error"), QStringLiteral("no chart from %1").arg(path) } };
    const auto ms = [](qint64 ns) { return qRound(double(ns) / 1e4) / 100.0; };
    return { { QStringLiteral("stored_candles"), count },
        { QStringLiteral("chart_candles"), qint64(chartCandles) },
        { QStringLiteral("open_and_read_ms"), ms(opened) },
        { QStringLiteral("restore_ms"), ms(restored - opened) },
        { QStringLiteral("first_chart_ms"), ms(charted) } };
}

// Publishing to Redis: events per second through the publisher until Redis
// has stored them, and how much a replay slows when it publishes.
QJsonObject redisCost(const RedisUrl &url)
{
    const InstrumentList one { { QStringLiteral("BENCH"), Decimal::fromUnits(1),
        Decimal::fromUnits(1) } };
    const auto publisherFor = [&url](const InstrumentList &instruments) {
        EventPublisher::Options options;
        options.url = url;
        options.instruments = instruments;
        options.streamLength = 100'000;
        options.maxQueued = 1'000'000;
        return new EventPublisher(options);
    };
    const auto settle = [](EventPublisher *publisher, qint64 timeoutMs) {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            const auto c = publisher->counters();
            if (c.queued == 0 && c.produced == c.delivered + c.dropped + c.refused)
                return true;
            if (clock.elapsed() > timeoutMs)
                return false;
            QThread::msleep(2);
        }
    };
    const auto connected = [](EventPublisher *publisher) {
        for (int i = 0; i < 500 && !publisher->counters().connected; ++i)
            QThread::msleep(10);
        return publisher->counters().connected;
    };

    // 1. Raw publishing: 200,000 candle events in batches of 1,000.
    constexpr qint64 Events = 200'000;
    auto *publisher = publisherFor(one);
    WorkerThread thread(publisher, QStringLiteral("publish"));
    thread.start();
    QMetaObject::invokeMethod(publisher, &EventPublisher::start, Qt::QueuedConnection);
    if (!connected(publisher))
        return { { QStringLiteral("error"),
            QStringLiteral("cannot reach %1: %2")
                .arg(url.display(), publisher->counters().lastError) } };
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < Events; i += 1000) {
        StorageBatch batch;
        for (qint64 k = i; k < i + 1000; ++k) {
            Candle c;
            c.time = 1'704'067'200'000 + k * 60'000;
            c.open = c.high = c.low = c.close = Decimal::fromInteger(100);
            c.volume = Volume::of(Decimal::fromInteger(1));
            c.trades = 1;
            c.state = CandleState::Confirmed;
            batch.candles.append({ 0, 60, c });
        }
        publisher->enqueue(batch);
    }
    settle(publisher, 120'000);
    const qint64 publishNs = timer.nsecsElapsed();
    const auto published = publisher->counters();

    // 2. A replay (2 symbols, 100 ticks/s of event time) through the engine,
    // without and with publishing: the engine's time only.
    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(2);
    config.ticksPerSecond = 100.0;
    config.seed = 3;
    config.startTime = 1'704'067'200'000;
    TickGenerator generator(config);
    QList<TickBatch> batches;
    constexpr qint64 Ticks = 1'000'000;
    for (qint64 made = 0; made < Ticks; made += BatchSize) {
        TickBatch batch;
        generator.generate(BatchSize, batch.ticks);
        batch.watermark = batch.ticks.constLast().time;
        batches.append(batch);
    }
    const auto replay = [&](EventPublisher *with) {
        Engine engine(generator.instruments());
        if (with)
            engine.attachPublisher(with);
        QElapsedTimer clock;
        clock.start();
        for (const TickBatch &batch : std::as_const(batches))
            engine.processBatch(batch);
        return clock.nsecsElapsed();
    };
    qint64 off = std::numeric_limits<qint64>::max();
    qint64 on = std::numeric_limits<qint64>::max();
    auto *replayPublisher = publisherFor(generator.instruments());
    WorkerThread replayThread(replayPublisher, QStringLiteral("publish"));
    replayThread.start();
    QMetaObject::invokeMethod(replayPublisher, &EventPublisher::start, Qt::QueuedConnection);
    connected(replayPublisher);
    for (int r = 0; r < Repeats; ++r) {
        off = std::min(off, replay(nullptr));
        on = std::min(on, replay(replayPublisher));
        settle(replayPublisher, 120'000);
    }
    const auto replayed = replayPublisher->counters();
    return { { QStringLiteral("events"), Events },
        { QStringLiteral("events_per_second"),
            qRound64(double(published.delivered) * 1e9 / double(std::max<qint64>(publishNs, 1))) },
        { QStringLiteral("commands_per_event"), 2 },
        { QStringLiteral("dropped"), published.dropped }, { QStringLiteral("replay_ticks"), Ticks },
        { QStringLiteral("replay_events"), replayed.produced / Repeats },
        { QStringLiteral("replay_ticks_per_second_off"),
            qRound64(rateOf(Ticks, off).ticksPerSecond) },
        { QStringLiteral("replay_ticks_per_second_on"),
            qRound64(rateOf(Ticks, on).ticksPerSecond) },
        { QStringLiteral("replay_ratio_on_off"),
            qRound(double(off) / double(on) * 1000.0) / 1000.0 },
        { QStringLiteral("replay_dropped"), replayed.dropped } };
}

} // namespace

QJsonObject BenchCommand::measure(int symbols, qint64 ticks)
{
    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(symbols);
    config.ticksPerSecond = 100000.0;
    config.seed = 7;
    config.startTime = 1704067200000; // 2024-01-01T00:00:00Z
    TickGenerator generator(config);

    QList<TickBatch> batches;
    QElapsedTimer timer;
    timer.start();
    for (qint64 made = 0; made < ticks; made += BatchSize) {
        TickBatch batch;
        generator.generate(std::min(BatchSize, ticks - made), batch.ticks);
        batch.watermark = batch.ticks.constLast().time;
        batches.append(batch);
    }
    const Rate generation = rateOf(ticks, timer.nsecsElapsed());

    return { { QStringLiteral("symbols"), symbols }, { QStringLiteral("ticks"), ticks },
        { QStringLiteral("batch_size"), BatchSize },
        { QStringLiteral("simulator"), toJson(generation) },
        { QStringLiteral("aggregation"), toJson(aggregation(batches, symbols, ticks)) },
        { QStringLiteral("engine_thread"),
            toJson(engine(batches, generator.instruments(), ticks)) } };
}

int BenchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measures the tick path (simulator → batches → candles on every timeframe) and prints "
           "JSON."));
    parser.addHelpOption();
    const QCommandLineOption ticksOption(QStringLiteral("ticks"),
        tr("Ticks per measurement (default 5000000)."), tr("N"), QStringLiteral("5000000"));
    const QCommandLineOption redisOption(QStringLiteral("redis"),
        tr("Also measure publishing to this Redis (it gets kairos:* streams)."), tr("URL"));
    const QCommandLineOption soakOption(QStringLiteral("soak"),
        tr("Instead: DAYS of simulated auto-trading with storage at full speed, with resident "
           "memory at the end of each day."),
        tr("DAYS"));
    parser.addOptions({ ticksOption, redisOption, soakOption });
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;
    if (parser.isSet(soakOption)) {
        const auto days = numberIn(parser.value(soakOption), 1.0, 3650.0, true);
        if (!days || *days != std::floor(*days)) {
            printError(tr("bench: --soak: expected a whole number of days from 1 to 3650, got '%1'")
                           .arg(parser.value(soakOption)));
            return 2;
        }
        QTextStream(stdout) << QJsonDocument(
            QJsonObject { { QStringLiteral("soak"), SoakBench::measure(int(*days)) } })
                                   .toJson(QJsonDocument::Indented);
        return 0;
    }
    bool ok = false;
    const qint64 ticks = parser.value(ticksOption).toLongLong(&ok);
    if (!ok || ticks < BatchSize) {
        QTextStream(stderr)
            << tr("bench: --ticks must be a whole number of at least %1").arg(BatchSize)
            << Qt::endl;
        return 2;
    }

    QJsonArray runs;
    for (int symbols : { 1, 10 })
        runs.append(measure(symbols, ticks));
    std::optional<RedisUrl> redis;
    if (parser.isSet(redisOption)) {
        QString error;
        redis = RedisUrl::parse(parser.value(redisOption), &error);
        if (!redis) {
            printError(tr("bench: --redis: %1").arg(error));
            return 2;
        }
    }

    QJsonObject report {
        { QStringLiteral("kairos_version"), QStringLiteral(KAIROS_VERSION) },
        { QStringLiteral("cpu_cores"), QThread::idealThreadCount() },
        { QStringLiteral("machine"), QSysInfo::prettyProductName() },
        { QStringLiteral("repeats"), Repeats },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("indicators"), indicatorCost(std::min<qint64>(ticks / 5, 1'000'000)) },
        { QStringLiteral("storage"), storageCost(std::min<qint64>(ticks / 10, 500'000)) },
        { QStringLiteral("warm_start"), warmStartCost(std::min<qint64>(ticks / 5, 1'000'000)) },
        { QStringLiteral("venue_decode"),
            VenueBench::measure(std::min<qint64>(ticks / 10, 500'000)) },
    };
    report.insert(QStringLiteral("redis"),
        redis ? redisCost(*redis)
              : QJsonObject { { QStringLiteral("skipped"),
                  QStringLiteral("give --redis URL to measure publishing") } });
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace kairos
