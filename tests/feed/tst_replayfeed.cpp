// Replay: what it reads (ticks CSV, candles CSV, a recorded database) and
// its controls (speed, pause, step, seek forward and back, start point).
#include "feed/ReplayFeed.h"
#include "feed/TickListSource.h"
#include "storage/Database.h"
#include "storage/ReplayInput.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

#if defined(__SANITIZE_ADDRESS__)
// AddressSanitizer holds freed memory in a 256 MB quarantine, which would
// hide what the replay itself keeps; this suite measures resident memory.
extern "C" const char *__asan_default_options()
{
    return "quarantine_size_mb=0";
}
#endif

namespace {

constexpr qint64 T0 = 1'704'067'200'000; // 2024-01-01T00:00:00Z

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &text)
{
    QFile file(dir.filePath(QLatin1StringView(name)));
    file.open(QIODevice::WriteOnly);
    file.write(text);
    return file.fileName();
}

// A tick every 10 s for 5 minutes: 30 ticks, prices 100…129.
TickFile minutes()
{
    TickFile file;
    file.instruments.append(
        { QStringLiteral("BTCUSDT"), Decimal::fromUnits(1), Decimal::fromUnits(1) });
    for (int i = 0; i < 30; ++i) {
        Tick tick;
        tick.time = T0 + i * 10'000;
        tick.price = Decimal::fromInteger(100 + i);
        tick.quantity = Decimal::fromInteger(1);
        file.ticks.append(tick);
    }
    return file;
}

// Everything a replay input gives, read the way a replay reads it.
std::optional<TickFile> loaded(
    const QString &path, const CsvTable::ErrorHandler &onBad, QString *error)
{
    const std::unique_ptr<TickSource> source = ReplayInput::load(path, onBad, error);
    if (!source)
        return std::nullopt;
    TickFile file;
    file.instruments = source->instruments();
    while (source->read(3, file.ticks)) { }
    return file;
}

// Resident memory of this process in MiB (Linux), for a bound far from noise.
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1.0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1.0;
}

struct Received
{
    explicit Received(ReplayFeed &feed)
    {
        QObject::connect(&feed, &MarketFeed::batchReady, &feed, [this](const TickBatch &batch) {
            for (const Tick &tick : batch.ticks) {
                times.append(tick.time);
                live.append(batch.live);
            }
            watermark = std::max<qint64>(watermark, batch.watermark);
        });
    }
    QList<qint64> times;
    QList<bool> live;
    qint64 watermark = 0;
};

} // namespace

class TestReplayFeed : public QObject
{
    Q_OBJECT

private slots:
    void readsTicksAndCandlesFiles()
    {
        QTemporaryDir dir;
        const QString ticks = write(dir, "btc.csv",
            "time,price,quantity\n1704067200000,100,1\n1704067201000,abc,1\n"
            "1704067202000,101,2\n");
        QStringList bad;
        const auto onBad = [&bad](const QString &message) { bad << message; };
        QString error;
        const auto t = loaded(ticks, onBad, &error);
        QVERIFY2(t, qPrintable(error));
        QCOMPARE(t->ticks.size(), 2);
        QCOMPARE(t->instruments.constFirst().symbol, QStringLiteral("BTC"));
        QCOMPARE(bad.size(), 1); // the bad line is reported, the rest kept
        // The file's own steps: whole prices, whole quantities.
        QCOMPARE(t->instruments.constFirst().priceIncrement, Decimal::fromInteger(1));
        QCOMPARE(t->instruments.constFirst().quantityIncrement, Decimal::fromInteger(1));

        const QString candles = write(dir, "eth.csv",
            "time,open,high,low,close,volume\n"
            "2024-01-01T00:00:00Z,10,12,9,11,8\n2024-01-01T00:01:00Z,11,11,8,9,4\n");
        const auto c = loaded(candles, onBad, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->ticks.size(), 8); // four trades per candle
        // A rising candle goes open, low, high, close within its minute.
        QCOMPARE(c->ticks[0].price, Decimal::fromInteger(10));
        QCOMPARE(c->ticks[1].price, Decimal::fromInteger(9));
        QCOMPARE(c->ticks[2].price, Decimal::fromInteger(12));
        QCOMPARE(c->ticks[3].price, Decimal::fromInteger(11));
        QCOMPARE(c->ticks[3].time, T0 + 59'999);
        QCOMPARE(c->ticks[4].time, T0 + 60'000);

        QVERIFY(!loaded(dir.filePath(QStringLiteral("none.csv")), onBad, &error));
        QVERIFY(error.contains(QStringLiteral("cannot read")));
        const QString empty = write(dir, "empty.csv", "time,price,quantity\n");
        QVERIFY(!loaded(empty, onBad, &error));
        QVERIFY(error.contains(QStringLiteral("nothing to replay")));
    }

    void readsARecordedSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.db"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO instruments (id, symbol, price_increment, "
                                          "quantity_increment) VALUES (7, 'ETHUSDT', 1000000, "
                                          "10000), (9, 'BTCUSDT', 1000000, 1000)")));
            // Recorded ticks, out of order across symbols.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO ticks VALUES (9, 1704067201000, 4200000000000, 100000000, 1),"
                "(7, 1704067200500, 220000000000, 300000000, 2)")));
        }
        QString error;
        auto recorded = loaded(path, {}, &error);
        QVERIFY2(recorded, qPrintable(error));
        QCOMPARE(recorded->instruments.size(), 2);
        QCOMPARE(recorded->ticks.size(), 2);
        QCOMPARE(recorded->ticks[0].symbol, 0u); // ETHUSDT, the first instrument
        QCOMPARE(recorded->ticks[0].price, Decimal::fromInteger(2200));
        QCOMPARE(recorded->ticks[1].symbol, 1u);
        QCOMPARE(recorded->ticks[1].side, Side(1));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM ticks")));
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO candles (symbol, timeframe, time, open, high, low, "
                               "close, volume, trades) VALUES (9, 60, 1704067200000, "
                               "4200000000000, 4300000000000, 4100000000000, "
                               "4250000000000, 400000000, 12)")));
        }
        auto fromCandles = loaded(path, {}, &error);
        QVERIFY2(fromCandles, qPrintable(error));
        QCOMPARE(fromCandles->ticks.size(), 4);
        QCOMPARE(fromCandles->ticks.constLast().price, Decimal::fromInteger(42500));
        QCOMPARE(fromCandles->ticks.constLast().symbol, 1u);
        {
            // Found by fuzzing: rows naming an instrument the file does not
            // list were replayed as the first instrument, at their prices.
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(
                QStringLiteral("INSERT INTO candles (symbol, timeframe, time, open, high, low, "
                               "close, volume, trades) VALUES (5, 60, 1704067260000, "
                               "1, 1, 1, 1, 1, 1)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO ticks VALUES (5, 1704067201000, 100000000, 100000000, 1),"
                "(7, 1704067202000, 220000000000, 300000000, 2)")));
        }
        auto damaged = loaded(path, {}, &error);
        QVERIFY2(damaged, qPrintable(error));
        QCOMPARE(damaged->ticks.size(), 1);
        QCOMPARE(damaged->ticks[0].symbol, 0u);
        QCOMPARE(damaged->ticks[0].price, Decimal::fromInteger(2200));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM ticks")));
        }
        damaged = loaded(path, {}, &error);
        QVERIFY2(damaged, qPrintable(error));
        QCOMPARE(damaged->ticks.size(), 4); // the unknown instrument's candle is not among them
        for (const Tick &tick : std::as_const(damaged->ticks))
            QCOMPARE(tick.symbol, 1u);
    }

    void aTimeOrderedFileReplaysInConstantMemory()
    {
        // 1.5 million ticks of three symbols: 48 MB as ticks in memory. The
        // replay reads the file as it goes instead, so this process grows
        // by a small part of that however long the file is.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        constexpr int Ticks = 1'500'000;
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray text = "time,symbol,price,quantity\n";
            for (int i = 0; i < Ticks; ++i) {
                text += QByteArray::number(T0 + i)
                    + (i % 3 == 0        ? ",BTC,"
                            : i % 3 == 1 ? ",ETH,"
                                         : ",SOL,")
                    + QByteArray::number(100 + i % 50) + ".25,0.5\n";
                if (text.size() > (1 << 20)) {
                    file.write(text);
                    text.clear();
                }
            }
            file.write(text);
        }
        const double before = residentMiB();
        QString error;
        std::unique_ptr<TickSource> source = ReplayInput::load(path, {}, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->instruments().size(), 3);
        QCOMPARE(source->instruments()[0].priceIncrement, Decimal::fromUnits(1'000'000));
        QCOMPARE(source->firstTime(), T0);
        QCOMPARE(source->lastTime(), T0 + Ticks - 1);
        ReplayFeed feed(std::move(source), 0.0);
        qint64 count = 0;
        qint64 previous = 0;
        bool ordered = true;
        double peak = 0.0;
        QObject::connect(&feed, &MarketFeed::batchReady, &feed, [&](const TickBatch &batch) {
            for (const Tick &tick : batch.ticks) {
                ordered = ordered && tick.time >= previous;
                previous = tick.time;
            }
            count += batch.ticks.size();
            if (count % (1 << 18) < batch.ticks.size())
                peak = std::max(peak, residentMiB());
        });
        QSignalSpy finished(&feed, &ReplayFeed::finished);
        feed.start();
        QVERIFY(finished.wait(120'000));
        QCOMPARE(count, Ticks);
        QVERIFY(ordered);
        peak = std::max(peak, residentMiB());
        QVERIFY2(
            peak - before < 16.0, qPrintable(QStringLiteral("grew %1 MiB").arg(peak - before)));
    }

    void aFileOutOfOrderIsSortedInMemory()
    {
        QTemporaryDir dir;
        const QString path = write(dir, "btc.csv",
            "time,price,quantity\n1704067202000,102,1\n1704067200000,100,1\n"
            "1704067201000,101,1\n1704067200000,99,1\n");
        QString error;
        const std::unique_ptr<TickSource> source = ReplayInput::load(path, {}, &error);
        QVERIFY2(source, qPrintable(error));
        QVERIFY(dynamic_cast<TickListSource *>(source.get()));
        QCOMPARE(source->firstTime(), T0);
        QCOMPARE(source->lastTime(), T0 + 2000);
        QList<Tick> ticks;
        while (source->read(2, ticks)) { }
        QCOMPARE(ticks.size(), 4);
        // Stable: trades of one millisecond keep the file's order.
        QCOMPARE(ticks[0].price, Decimal::fromInteger(100));
        QCOMPARE(ticks[1].price, Decimal::fromInteger(99));
        QCOMPARE(ticks[3].price, Decimal::fromInteger(102));
    }

    void aRecordedSessionStreamsInItsRecordedOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.db"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO instruments (id, symbol, price_increment, "
                                          "quantity_increment) VALUES (7, 'ETHUSDT', 1, 1), "
                                          "(9, 'BTCUSDT', 1, 1)")));
            // Same-millisecond trades across symbols keep their insertion order.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO ticks VALUES (9, 1704067201000, 1, 1, 1), (7, 1704067201000, 2, 1, 1),"
                "(9, 1704067201000, 3, 1, 1), (7, 1704067200000, 4, 1, 1), (9, 1704067203000, 5, "
                "1, 1),"
                "(7, 1704067202000, 6, 1, 1)")));
        }
        QString error;
        const std::unique_ptr<TickSource> source = ReplayInput::load(path, {}, &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->firstTime(), T0);
        QCOMPARE(source->lastTime(), T0 + 3000);
        QList<Tick> ticks;
        while (source->read(1, ticks)) { }
        QList<qint64> prices;
        for (const Tick &tick : std::as_const(ticks))
            prices.append(tick.price.units());
        QCOMPARE(prices, (QList<qint64> { 4, 1, 2, 3, 6, 5 }));
        QCOMPARE(ticks[1].symbol, 1u);
        QCOMPARE(ticks[2].symbol, 0u);
    }

    void asFastAsPossibleSendsEverythingAndFinishes()
    {
        ReplayFeed feed(minutes(), 0.0);
        Received got(feed);
        QSignalSpy finished(&feed, &ReplayFeed::finished);
        feed.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(got.times.size(), 30);
        QVERIFY(std::is_sorted(got.times.begin(), got.times.end()));
        QVERIFY(!got.live.contains(false));
        QVERIFY(got.watermark >= T0 + 290'000 + 86'400'000); // every candle closes
    }

    void aReplayNeverOutrunsTheEngineByMoreThanTheBacklog()
    {
        // 100,000 ticks at full speed into an engine that takes nothing: the
        // feed stops at MaxBacklog batches queued, instead of queueing all
        // 25 of them (or a multi-gigabyte file's millions), and goes on as
        // they are counted off.
        TickFile file = minutes();
        file.ticks.clear();
        for (int i = 0; i < 100'000; ++i)
            file.ticks.append(
                { T0 + i, Decimal::fromInteger(100), Decimal::fromInteger(1), 0, Side::Buy });
        ReplayFeed feed(file, 0.0);
        auto backlog = std::make_shared<std::atomic<int>>(0);
        feed.setBacklog(backlog);
        int batches = 0;
        connect(&feed, &MarketFeed::batchReady, &feed, [&batches] { ++batches; });
        QSignalSpy finished(&feed, &ReplayFeed::finished);
        feed.start();
        QTest::qWait(300);
        QCOMPARE(batches, MarketFeed::MaxBacklog);
        QCOMPARE(backlog->load(), MarketFeed::MaxBacklog);
        QVERIFY(finished.isEmpty());
        // The engine catches up: the rest flows, still never more queued.
        connect(&feed, &MarketFeed::batchReady, &feed, [&backlog] {
            QVERIFY(backlog->load() <= MarketFeed::MaxBacklog);
            backlog->fetch_sub(1);
        });
        backlog->store(0);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(batches, 25); // 4,096 ticks a batch
    }

    void aFileFromBefore1970EndsToo()
    {
        // Times before 0 are times: no start point is assumed at 0.
        TickFile file = minutes();
        for (Tick &tick : file.ticks)
            tick.time -= T0 + 150'000;
        ReplayFeed feed(file, 0.0);
        Received got(feed);
        QSignalSpy finished(&feed, &ReplayFeed::finished);
        feed.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(got.times.size(), 30);
        QVERIFY(!got.live.contains(false));
    }

    void pausedItStepsACandleAtATime()
    {
        ReplayFeed feed(minutes(), 1.0);
        Received got(feed);
        QSignalSpy progress(&feed, &ReplayFeed::progress);
        feed.pause();
        feed.start();
        QTest::qWait(100);
        QCOMPARE(got.times.size(), 0); // paused: the clock stands
        feed.step(Timeframe::fromSeconds(60));
        QCOMPARE(got.times.size(), 6); // the first minute
        QCOMPARE(got.watermark, T0 + 60'000); // the clock at its end: the candle confirms
        feed.step(Timeframe::fromSeconds(60));
        QCOMPARE(got.times.size(), 12);
        QVERIFY(progress.size() > 0);
        const QList<QVariant> last = progress.constLast();
        QCOMPARE(last.at(0).toLongLong(), T0 + 120'000);
        QCOMPARE(last.at(1).toLongLong(), T0);
        QCOMPARE(last.at(2).toLongLong(), T0 + 290'000);
        QVERIFY(last.at(3).toBool());
    }

    void seekForwardSkipsAsHistoryAndBackAsksForARewind()
    {
        ReplayFeed feed(minutes(), 1.0);
        Received got(feed);
        QSignalSpy rewind(&feed, &ReplayFeed::rewindRequested);
        feed.pause();
        feed.start();
        feed.seek(T0 + 150'000);
        QCOMPARE(got.times.size(), 16);
        QVERIFY(!got.live.contains(true)); // skipped over: charted, never traded
        feed.seek(T0 + 30'000);
        QCOMPARE(rewind.size(), 1);
        QCOMPARE(rewind.constFirst().constFirst().toLongLong(), T0 + 30'000);
        QCOMPARE(got.times.size(), 16); // nothing sent twice
        feed.setSpeed(0.0);
        feed.resume();
        QTRY_COMPARE(got.times.size(), 30);
        QCOMPARE(got.live.mid(16), QList<bool>(14, true));
    }

    void aStartPointReplaysHistoryFirstThenWaits()
    {
        ReplayFeed feed(minutes(), 10.0, T0 + 100'000);
        Received got(feed);
        feed.start();
        QCOMPARE(got.times.size(), 11);
        QVERIFY(feed.paused());
        QTest::qWait(100);
        QCOMPARE(got.times.size(), 11);
        feed.resume();
        QTRY_VERIFY(got.times.size() > 11);
    }
};

QTEST_GUILESS_MAIN(TestReplayFeed)
#include "tst_replayfeed.moc"
