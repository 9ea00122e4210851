#include "../common/CandleDatabase.h"
#include "chart/CandleChart.h"
#include "storage/ChartHistoryLoader.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace kairos;

namespace {

constexpr std::int64_t Start = 1'599'999'960'000; // 2020-09-13 12:26 UTC
const Timeframe Minute = Timeframe::fromSeconds(60);

ChartPage loadPage(ChartHistoryLoader &loader, qint64 before)
{
    QSignalSpy spy(&loader, &ChartHistoryLoader::loaded);
    loader.load(1, QStringLiteral("BTCUSDT"), Minute, before, IndicatorParams {});
    return spy.isEmpty() ? ChartPage {} : spy.first().first().value<ChartPage>();
}

// Every stored candle with its indicators, as an uninterrupted session has them.
void readAll(const QString &path, CandleList &candles, QList<IndicatorValues> &values)
{
    Database db;
    QVERIFY(db.openReadOnly(path));
    StorageReader reader(db);
    IndicatorSet indicators;
    reader.candles(reader.instrumentIds(testing::candleDatabaseInstruments(), false)[0], 60, {},
        [&](const Candle &c) {
            candles.append(c);
            values.append(indicators.update(c));
            return true;
        });
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool same(const IndicatorValues &a, const IndicatorValues &b)
{
    return same(a.sma, b.sma) && same(a.emaFast, b.emaFast) && same(a.emaSlow, b.emaSlow)
        && same(a.rsi, b.rsi) && same(a.macd.signal, b.macd.signal)
        && same(a.bands.upper, b.bands.upper) && same(a.vwap, b.vwap);
}

} // namespace

class TestChartHistory : public QObject
{
    Q_OBJECT

private slots:
    void pagesCarryTheIndicatorsOfAnUninterruptedSeries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        QString error;
        const qint64 count = 3 * ChartHistoryLoader::PageCandles + 500;
        QVERIFY2(testing::writeCandleDatabase(path, count, Start, &error), qPrintable(error));
        CandleList all;
        QList<IndicatorValues> values;
        readAll(path, all, values);
        QCOMPARE(all.size(), count);

        ChartHistoryLoader loader(path);
        const qint64 before = all[count - 100].time;
        const ChartPage page = loadPage(loader, before);
        QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
        QVERIFY(!page.reachedStart);
        QCOMPARE(page.candles.size(), ChartHistoryLoader::PageCandles);
        QCOMPARE(page.candles.constLast(), all[count - 101]);
        const qsizetype offset = count - 100 - ChartHistoryLoader::PageCandles;
        for (qsizetype i = 0; i < page.candles.size(); i += 997) {
            QCOMPARE(page.candles[i], all[offset + i]);
            // Bit for bit what the session computed (no stored snapshot: one
            // pass from the series' start).
            QVERIFY(same(page.indicators[i], values[offset + i]));
        }

        // The next page starts at a checkpoint the first pass left (one
        // every page): it costs at most a page more than its own candles,
        // not the history before them.
        const ChartHistoryLoader::Counters after = loader.counters();
        const ChartPage older = loadPage(loader, page.candles.constFirst().time);
        QCOMPARE(older.candles.size(), ChartHistoryLoader::PageCandles);
        QVERIFY(loader.counters().indicatorSteps - after.indicatorSteps
            <= 2 * ChartHistoryLoader::PageCandles);
        QVERIFY(same(older.indicators.constLast(), values[offset - 1]));

        ChartPage oldest = loadPage(loader, older.candles.constFirst().time);
        QVERIFY(!oldest.reachedStart);
        oldest = loadPage(loader, oldest.candles.constFirst().time);
        QVERIFY(oldest.reachedStart);
        QCOMPARE(oldest.candles.size(), offset - 2 * ChartHistoryLoader::PageCandles);
        QCOMPARE(oldest.candles.constFirst(), all.constFirst());
        QCOMPARE(loadPage(loader, Start).candles.size(), 0);
    }

    void aMissingDatabaseOrSymbolEndsTheHistoryWithAReason()
    {
        QTemporaryDir dir;
        ChartHistoryLoader missing(dir.filePath(QStringLiteral("none.db")));
        const ChartPage page = loadPage(missing, Start);
        QVERIFY(!page.error.isEmpty());
        QVERIFY(page.candles.isEmpty());
    }

    void scrollsBackToTheFirstOfAMillionCandles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k.db"));
        QString error;
        const qint64 count = 1'000'000;
        QVERIFY2(testing::writeCandleDatabase(path, count, Start, &error), qPrintable(error));

        // What a warm start shows: the newest 5,000 (and the candles back
        // to where its indicators start, with no snapshot stored).
        CandleChart chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        {
            Database db;
            QVERIFY(db.openReadOnly(path));
            StorageReader reader(db);
            const InstrumentList list = testing::candleDatabaseInstruments();
            const WarmState warm = reader.warmState(list, reader.instrumentIds(list, false), 5000);
            QCOMPARE(warm.series.size(), 1);
            IndicatorSet indicators;
            ChartUpdate update;
            update.timeframe = Minute;
            update.confirmed = warm.series[0].candles;
            for (const Candle &c : update.confirmed)
                update.indicators.append(indicators.update(c));
            chart.setSeries(QStringLiteral("BTCUSDT"), 2, update);
        }
        QVERIFY(chart.candleCount() >= 5000);
        QVERIFY(chart.candleCount() < 10'000);

        QThread thread;
        auto *loader = new ChartHistoryLoader(path);
        loader->moveToThread(&thread);
        connect(&thread, &QThread::finished, loader, &QObject::deleteLater);
        connect(&chart, &CandleChart::olderCandlesWanted, loader, &ChartHistoryLoader::load);
        connect(loader, &ChartHistoryLoader::loaded, &chart, &CandleChart::addOlder);
        thread.start();
        const auto stop = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });

        // Drag to the oldest candle held, again and again, as a trader would.
        QCPAxis *time = chart.axisRect(0)->axis(QCPAxis::atBottom);
        const double first = double(Start) / 1000.0 + 30.0;
        for (int drags = 0; drags < 200 && !chart.hasAllHistory(); ++drags) {
            time->setRange(0.0, 120 * 60.0); // clamped to the oldest held
            QTest::qWait(50);
        }
        QTRY_VERIFY_WITH_TIMEOUT(chart.hasAllHistory(), 60000);
        QCOMPARE(chart.candleCount(), count);
        time->setRange(0.0, 120 * 60.0);
        QVERIFY(time->range().contains(first));
        QVERIFY(time->range().lower >= first - 3 * 60.0);
        chart.replot(QCustomPlot::rpImmediateRefresh);
        QVERIFY(chart.frame().drawn > 100); // the first candles are drawn
        QTest::mouseMove(
            &chart, QPoint(int(time->coordToPixel(first)), chart.axisRect(0)->rect().center().y()));
        QVERIFY2(chart.readoutText().contains(QStringLiteral("2020-09-13 12:26:00")),
            qPrintable(chart.readoutText()));
    }
};

QTEST_MAIN(TestChartHistory)
#include "tst_charthistory.moc"
