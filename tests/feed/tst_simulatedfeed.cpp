#include "engine/WorkerThread.h"
#include "feed/SimulatedFeed.h"

#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestSimulatedFeed)
#include "tst_simulatedfeed.moc"
