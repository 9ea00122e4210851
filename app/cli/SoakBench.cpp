#include "SoakBench.h"

#include "engine/Engine.h"
#include "feed/TickGenerator.h"
#include "storage/StorageWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kairos {

namespace {

constexpr std::int64_t Day = 86'400'000;

// A line of /proc/self/status in MiB (Linux); -1 where there is none.
double statusMiB(const QByteArray &field)
{
#if !defined(Q_OS_LINUX)
    Q_UNUSED(field);
    return -1.0;
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1.0;
#endif
}

// Bytes the program holds on the heap, in MiB (glibc); -1 where unknown.
double heapInUseMiB()
{
#if defined(__GLIBC__)
    return double(mallinfo2().uordblks) / 1048576.0;
#else
    return -1.0;
#endif
}

double rounded(double mib)
{
    return qRound(mib * 10.0) / 10.0;
}

} // namespace

QJsonObject SoakBench::measure(int days)
{
    SimulatorConfig config;
    config.symbols = SimulatorConfig::defaultSymbols(3);
    config.ticksPerSecond = 6.0; // half a million trades a day
    config.seed = 30;
    config.startTime = 1'704'067'200'000;
    TickGenerator generator(config);
    const InstrumentList instruments = generator.instruments();

    QTemporaryDir dir;
    StorageWriter writer({ dir.filePath(QStringLiteral("soak.db")), instruments });
    QString failure;
    QObject::connect(&writer, &StorageWriter::failed, &writer,
        [&failure](const QString &why) { failure = why; });
    Engine engine(instruments);
    engine.attachStorage(&writer);
    StrategyConfig strategy = StrategyConfig::standard();
    strategy.sizing.mode = OrderSizing::Mode::FixedNotional;
    strategy.sizing.value = Decimal::fromInteger(1000);
    engine.setStrategy(strategy);
    engine.setAutoTrade(true);
    qint64 fills = 0;
    QObject::connect(&engine, &Engine::tradingEvents, &engine,
        [&fills](const TradingEvents &events) { fills += events.fills.size(); });
    writer.start();
    // As in a session: views are built (nobody takes them) and drain what
    // the engine keeps for them.
    engine.start();

    QJsonArray byDay;
    qint64 ticks = 0;
    QElapsedTimer timer;
    timer.start();
    for (int day = 1; day <= days && failure.isEmpty(); ++day) {
        const std::int64_t end = config.startTime + day * Day;
        for (;;) {
            TickBatch batch;
            const bool reached = generator.generateUntil(end, 4096, batch.ticks);
            batch.watermark = reached ? end : batch.ticks.constLast().time;
            ticks += batch.ticks.size();
            engine.processBatch(batch);
            // The writer's acknowledgements, as the engine's event loop would.
            QCoreApplication::processEvents();
            if (reached)
                break;
        }
        writer.flush();
        QCoreApplication::processEvents();
        byDay.append(QJsonObject { { QStringLiteral("day"), day },
            { QStringLiteral("rss_mib"), rounded(statusMiB("VmRSS")) },
            // Of which the heap and other private memory, and mapped files
            // (the database's shared memory index, libraries).
            { QStringLiteral("rss_anon_mib"), rounded(statusMiB("RssAnon")) },
            { QStringLiteral("rss_file_mib"),
                rounded(statusMiB("RssFile") + statusMiB("RssShmem")) },
            { QStringLiteral("heap_in_use_mib"), rounded(heapInUseMiB()) },
            { QStringLiteral("ticks"), ticks }, { QStringLiteral("fills"), fills },
            { QStringLiteral("equity_points"),
                qint64(engine.trader().portfolio().equityCurve().size()) } });
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QJsonObject out { { QStringLiteral("days"), days },
        { QStringLiteral("symbols"), qint64(instruments.size()) },
        { QStringLiteral("ticks"), ticks }, { QStringLiteral("fills"), fills },
        { QStringLiteral("ticks_per_second"), qRound64(double(ticks) / std::max(seconds, 1e-9)) },
        { QStringLiteral("by_day"), byDay } };
    if (!failure.isEmpty())
        out.insert(QStringLiteral("error"), failure);
    // Growth after warm-up: day 2 (the first full day of every timeframe's
    // history) to the last.
    if (byDay.size() >= 3) {
        const double from = byDay[1].toObject().value(QStringLiteral("rss_mib")).toDouble();
        const double to = byDay.last().toObject().value(QStringLiteral("rss_mib")).toDouble();
        if (from > 0.0)
            out.insert(QStringLiteral("rss_growth_percent_after_day_2"),
                qRound((to - from) / from * 1000.0) / 10.0);
    }
    return out;
}

} // namespace kairos
