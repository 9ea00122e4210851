// The chart indicators of a series bounded in memory: a chart that opens
// after the series' ring has overwritten its oldest candles, or after a warm
// start longer than the ring, shows the values of a session that kept every
// candle.
#include "engine/SeriesIndicators.h"

#include <QTest>

#include <cmath>

using namespace kairos;

namespace {

constexpr qint64 T0 = 1'704'067'200'000;
constexpr std::int64_t Ring = 64;

// A wavy walk, a trade every 20 s.
Tick tradeAt(int i)
{
    Tick tick;
    tick.time = T0 + qint64(i) * 20'000;
    tick.price = Decimal::fromDouble(100.0 + 5.0 * std::sin(i * 0.05) + (i % 7) * 0.3);
    tick.quantity = Decimal::fromDouble(0.5 + (i % 5) * 0.25);
    return tick;
}

// What a chart that opens now computes: the seed, then the retained candles.
QByteArray openedChart(const SeriesIndicators &indicators, const CandleSeries &series, int tf)
{
    std::int64_t from = -1;
    IndicatorSet chart = indicators.seedSet(0, tf, series, from);
    // The seed stands before a candle still in memory.
    if (from < series.appendedCount() - series.size() || from > series.appendedCount())
        return {};
    for (const Candle &candle : series.since(from, series.size()))
        chart.update(candle);
    return chart.snapshot();
}

} // namespace

class TestSeriesIndicators : public QObject
{
    Q_OBJECT

private slots:
    void aChartOpenedAfterTheRingWrappedShowsUninterruptedValues()
    {
        CandleAggregator aggregator(Timeframe::standard(), Ring);
        aggregator.setSymbolCount(1);
        const int minute = aggregator.timeframeIndex(Timeframe::fromSeconds(60));
        const IndicatorParams params;
        SeriesIndicators indicators;
        indicators.reset(1, int(aggregator.timeframes().size()), params);
        IndicatorSet uninterrupted(params); // the minute series, every candle kept
        CandleList all;
        aggregator.setConfirmedSink([&](std::uint32_t symbol, int tf, const Candle &candle) {
            indicators.update(symbol, tf, candle, aggregator.series(symbol, tf));
            if (tf == minute) {
                uninterrupted.update(candle);
                all.append(candle);
            }
        });
        for (int i = 0; i < 3 * 500; ++i)
            aggregator.addTick(tradeAt(i));
        aggregator.advanceTo(tradeAt(3 * 500).time);

        const CandleSeries &series = aggregator.series(0, minute);
        QCOMPARE(series.size(), Ring);
        QCOMPARE(series.appendedCount(), 500);
        QCOMPARE(openedChart(indicators, series, minute), uninterrupted.snapshot());
        // From scratch over what is retained (before: the seed never moved)
        // the averages and the VWAP are those of another series.
        IndicatorSet scratch(params);
        for (const Candle &candle : series.since(0, series.size()))
            scratch.update(candle);
        QVERIFY(scratch.snapshot() != uninterrupted.snapshot());

        // A warm start of more candles than the ring holds: the ones it
        // cannot keep go into the seed.
        CandleAggregator restored(Timeframe::standard(), Ring);
        restored.setSymbolCount(1);
        restored.restoreSeries(0, minute, all);
        SeriesIndicators warm;
        warm.reset(1, int(restored.timeframes().size()), params);
        warm.restore(0, minute, {}, all, restored.series(0, minute));
        QCOMPARE(restored.series(0, minute).size(), Ring);
        QCOMPARE(openedChart(warm, restored.series(0, minute), minute), uninterrupted.snapshot());
    }

    void newParametersStartFromTheOldestRetainedCandle()
    {
        CandleAggregator aggregator(Timeframe::standard(), Ring);
        aggregator.setSymbolCount(1);
        const int minute = aggregator.timeframeIndex(Timeframe::fromSeconds(60));
        SeriesIndicators indicators;
        indicators.reset(1, int(aggregator.timeframes().size()), IndicatorParams());
        CandleList all;
        aggregator.setConfirmedSink([&](std::uint32_t symbol, int tf, const Candle &candle) {
            indicators.update(symbol, tf, candle, aggregator.series(symbol, tf));
            if (tf == minute)
                all.append(candle);
        });
        for (int i = 0; i < 3 * 200; ++i)
            aggregator.addTick(tradeAt(i));
        aggregator.advanceTo(tradeAt(3 * 200).time);

        IndicatorParams other;
        other.sma = 7;
        indicators.setParams(other);
        const CandleSeries &series = aggregator.series(0, minute);
        const qsizetype oldest = qsizetype(series.appendedCount() - series.size());
        IndicatorSet expected(other);
        for (const Candle &candle : series.since(0, series.size()))
            expected.update(candle);
        // Nothing is replayed by the change itself: a chart opened now
        // replays its own ring, the other series catch up a budget at a time.
        const std::size_t stale = indicators.staleSeries();
        QCOMPARE(stale, aggregator.timeframes().size());
        QCOMPARE(openedChart(indicators, series, minute), expected.snapshot());
        const std::int64_t steps = indicators.rebuildStale(aggregator, 1);
        QVERIFY(steps >= 1 && steps <= Ring);
        QCOMPARE(indicators.staleSeries(), stale - 1);
        QCOMPARE(openedChart(indicators, series, minute), expected.snapshot());
        indicators.rebuildStale(aggregator, std::numeric_limits<std::int64_t>::max());
        QCOMPARE(indicators.staleSeries(), std::size_t(0));
        QCOMPARE(openedChart(indicators, series, minute), expected.snapshot());
        // And from there it moves on as the ring turns.
        for (int i = 3 * 200; i < 3 * 300; ++i)
            aggregator.addTick(tradeAt(i));
        aggregator.advanceTo(tradeAt(3 * 300).time);
        IndicatorSet since(other);
        for (qsizetype i = oldest; i < all.size(); ++i)
            since.update(all[i]);
        QCOMPARE(openedChart(indicators, series, minute), since.snapshot());
    }
};

QTEST_APPLESS_MAIN(TestSeriesIndicators)
#include "tst_seriesindicators.moc"
