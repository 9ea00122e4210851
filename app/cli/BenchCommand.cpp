#include "BenchCommand.h"

#include "engine/Engine.h"
#include "engine/WorkerThread.h"
#include "feed/TickGenerator.h"
#include "indicators/IndicatorSet.h"
#include "market/CandleAggregator.h"
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
    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(1);
    config.ticksPerSecond = 20.0;
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
            c.volume = Decimal::fromUnits(i);
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
            c.volume = Decimal::fromInteger(3);
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
        engine.selectChart(0, Timeframe::fromSeconds(60));
        engine.publishView();
    });
    QObject::connect(&engine, &Engine::viewReady, &loop, [&](const MarketView &view) {
        if (!view.chart)
            return;
        charted = timer.nsecsElapsed();
        chartCandles = view.chart->confirmed.size();
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
    parser.addOption(ticksOption);
    if (const auto exitCode = parseCommandLine(parser, arguments))
        return *exitCode;
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
    const QJsonObject report {
        { QStringLiteral("kairos_version"), QStringLiteral(KAIROS_VERSION) },
        { QStringLiteral("cpu_cores"), QThread::idealThreadCount() },
        { QStringLiteral("machine"), QSysInfo::prettyProductName() },
        { QStringLiteral("repeats"), Repeats },
        { QStringLiteral("runs"), runs },
        { QStringLiteral("indicators"), indicatorCost(std::min<qint64>(ticks / 5, 1'000'000)) },
        { QStringLiteral("storage"), storageCost(std::min<qint64>(ticks / 10, 500'000)) },
        { QStringLiteral("warm_start"), warmStartCost(std::min<qint64>(ticks / 5, 1'000'000)) },
    };
    QTextStream(stdout) << QJsonDocument(report).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace kairos
