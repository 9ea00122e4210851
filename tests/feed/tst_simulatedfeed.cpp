#include "engine/WorkerThread.h"
#include "feed/SimulatedFeed.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>
#include <memory>

using namespace kairos;

class TestSimulatedFeed : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<TickBatch>(); }

    void historyThenLiveOnItsOwnThread()
    {
        SimulatorConfig config;
        config.symbols = SimulatorConfig::defaultSymbols(3);
        config.seed = 1;
        config.startTime = QDateTime::currentMSecsSinceEpoch();
        config.historySeconds = 3600;
        config.historyTicksPerSecond = 20;
        config.ticksPerSecond = 2000;
        auto *feed = new SimulatedFeed(config);
        QCOMPARE(feed->instruments().size(), 3);

        QList<TickBatch> batches;
        // Queued to this thread: the batches cross threads as values.
        connect(feed, &MarketFeed::batchReady, this,
            [&](const TickBatch &batch) { batches.append(batch); });
        {
            WorkerThread thread(feed, QStringLiteral("feed"));
            QCOMPARE(feed->thread(), thread.thread());
            thread.start();
            QMetaObject::invokeMethod(feed, &MarketFeed::start, Qt::QueuedConnection);
            QTRY_VERIFY_WITH_TIMEOUT(
                !batches.isEmpty() && batches.constLast().watermark > config.startTime + 300, 5000);
            QMetaObject::invokeMethod(feed, &MarketFeed::stop, Qt::BlockingQueuedConnection);
            QCoreApplication::processEvents(); // batches queued before the stop
        }

        qint64 history = 0;
        qint64 live = 0;
        std::int64_t watermark = 0;
        std::int64_t lastTime = 0;
        for (const TickBatch &batch : batches) {
            QVERIFY(batch.ticks.size() <= 16384);
            QVERIFY2(batch.watermark >= watermark, "watermarks never go back");
            if (!batch.ticks.isEmpty())
                QCOMPARE(batch.live, batch.ticks.constFirst().time >= config.startTime);
            for (const Tick &t : batch.ticks) {
                QVERIFY2(t.time >= watermark, "no tick is older than an earlier watermark");
                QVERIFY(t.time >= lastTime);
                lastTime = t.time;
                (t.time < config.startTime ? history : live) += 1;
            }
            watermark = batch.watermark;
        }
        // About an hour at 20/s of history, then live ticks at 2000/s.
        QVERIFY2(history > 60000 && history < 90000, qPrintable(QString::number(history)));
        QVERIFY(live > 0);
    }

    void historyWaitsForTheEngine()
    {
        // Ten hours of history is over a hundred batches: they go out as
        // the engine takes them, never more than MaxBacklog at once (before,
        // all of them were queued at start).
        SimulatorConfig config;
        config.symbols = SimulatorConfig::defaultSymbols(2);
        config.seed = 5;
        config.startTime = QDateTime::currentMSecsSinceEpoch();
        config.historySeconds = 10 * 3600;
        config.historyTicksPerSecond = 50;
        config.ticksPerSecond = 10;
        SimulatedFeed feed(config);
        auto backlog = std::make_shared<std::atomic<int>>(0);
        feed.setBacklog(backlog);
        int most = 0;
        qint64 history = 0;
        bool live = false;
        bool ordered = true;
        connect(&feed, &MarketFeed::batchReady, this, [&](const TickBatch &batch) {
            most = std::max(most, backlog->load());
            ordered = ordered && (!live || batch.live);
            live = live || batch.live;
            if (!batch.live)
                history += batch.ticks.size();
        });
        feed.start();
        QCOMPARE(most, MarketFeed::MaxBacklog);
        const qint64 first = history;
        QTest::qWait(100); // the engine takes nothing: nothing more comes
        QCOMPARE(history, first);
        // The engine takes what is queued, now and then.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                backlog->store(0);
                return live;
            }(),
            20'000);
        feed.stop();
        QVERIFY(ordered); // all history, then live
        QCOMPARE(most, MarketFeed::MaxBacklog);
        QVERIFY2(history > 10 * 3600 * 40, qPrintable(QString::number(history)));
    }

    void aResumedFeedGoesOnAfterTheSessionsTime()
    {
        // A feed made for the app's start, given to a session that has run
        // for half an hour since (a feed change): no tick may be older.
        SimulatorConfig config;
        config.symbols = SimulatorConfig::defaultSymbols(2);
        config.seed = 3;
        config.startTime = 1'704'067'200'000;
        config.historySeconds = 3600;
        config.ticksPerSecond = 500;
        const std::int64_t sessionTime = config.startTime + 30 * 60'000;
        SimulatedFeed feed(config);
        QList<TickBatch> batches;
        connect(&feed, &MarketFeed::batchReady, this,
            [&](const TickBatch &batch) { batches.append(batch); });
        const QList<Decimal> last { *Decimal::parse("61234.5"), *Decimal::parse("3012.25") };
        feed.resumeAfter(sessionTime, last);
        feed.start();
        QTRY_VERIFY(!batches.isEmpty() && !batches.constLast().ticks.isEmpty());
        feed.stop();
        QList<Tick> ticks;
        for (const TickBatch &batch : std::as_const(batches)) {
            QVERIFY(batch.live); // the time away was nothing: no history
            ticks += batch.ticks;
        }
        for (const Tick &tick : std::as_const(ticks))
            QVERIFY2(tick.time > sessionTime, qPrintable(QString::number(tick.time - sessionTime)));
        // Each symbol's first trade is near where the session left it.
        for (std::uint32_t s = 0; s < 2; ++s) {
            const auto first = std::find_if(
                ticks.cbegin(), ticks.cend(), [s](const Tick &t) { return t.symbol == s; });
            if (first == ticks.cend())
                continue;
            const double move = std::abs(first->price.toDouble() / last[s].toDouble() - 1.0);
            QVERIFY2(move < 0.002, qPrintable(QString::number(move)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSimulatedFeed)
#include "tst_simulatedfeed.moc"
