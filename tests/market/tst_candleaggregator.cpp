#include "feed/TickGenerator.h"
#include "market/CandleAggregator.h"
#include "storage/StorageReader.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include <map>

using namespace kairos;

namespace {

constexpr std::int64_t T0 = 1'700'000'040'000; // a minute boundary

Tick tick(
    std::int64_t time, const char *price, const char *quantity = "1", std::uint32_t symbol = 0)
{
    Tick t;
    t.time = time;
    t.price = *Decimal::parse(price);
    t.quantity = *Decimal::parse(quantity);
    t.symbol = symbol;
    return t;
}

Candle ohlcv(std::int64_t time, const char *o, const char *h, const char *l, const char *c,
    const char *v, std::uint32_t trades, CandleState state = CandleState::Confirmed)
{
    Candle candle;
    candle.time = time;
    candle.open = *Decimal::parse(o);
    candle.high = *Decimal::parse(h);
    candle.low = *Decimal::parse(l);
    candle.close = *Decimal::parse(c);
    candle.volume = *Volume::parse(v);
    candle.trades = trades;
    candle.state = state;
    return candle;
}

struct Recorder
{
    QList<QList<Candle>> byTimeframe;
    explicit Recorder(CandleAggregator &aggregator)
        : byTimeframe(aggregator.timeframes().size())
    {
        aggregator.setConfirmedSink(
            [this](std::uint32_t, int tf, const Candle &c) { byTimeframe[tf].append(c); });
    }
};

CandleAggregator oneSymbol(QList<Timeframe> timeframes = Timeframe::standard())
{
    CandleAggregator aggregator(std::move(timeframes));
    aggregator.setSymbolCount(1);
    return aggregator;
}

} // namespace

class TestCandleAggregator : public QObject
{
    Q_OBJECT

private slots:
    void everySeriesKeepsABoundedNumberOfCandles()
    {
        // A million a series (two years of minutes) let the soak bench's
        // memory grow for weeks. Each keeps more than a warm start restores.
        CandleAggregator aggregator;
        aggregator.setSymbolCount(1);
        for (int tf = 0; tf < aggregator.timeframes().size(); ++tf)
            QCOMPARE(aggregator.series(0, tf).capacity(), CandleSeries::DefaultCapacity);
        QVERIFY(CandleSeries::DefaultCapacity >= 5000 + StorageReader::SnapshotEvery);
        QVERIFY(CandleSeries::DefaultCapacity <= 1 << 14);
    }

    void weeksAndMonthsFollowTheCalendar()
    {
        // A trade every six hours from Friday 2026-01-23 to Tuesday
        // 2026-03-03: weeks close on Mondays, months on the first, each with
        // exactly its trades, and a month's last week straddles the next.
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        const int week = int(a.timeframes().indexOf(Timeframe::week()));
        const int month = int(a.timeframes().indexOf(Timeframe::month()));
        QVERIFY(week > 0 && month > week);
        const auto at = [](int m, int d, int h = 0) {
            return QDateTime(QDate(2026, m, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        };
        std::map<std::int64_t, int> tradesPerMonth;
        std::map<std::int64_t, int> tradesPerWeek;
        int n = 0;
        for (std::int64_t t = at(1, 23); t < at(3, 3, 12); t += 6 * 3600'000LL, ++n) {
            a.addTick(tick(t, n % 2 ? "101" : "99", "2"));
            ++tradesPerMonth[Timeframe::month().bucketStart(t)];
            ++tradesPerWeek[Timeframe::week().bucketStart(t)];
        }
        a.advanceTo(at(3, 3, 12));
        QCOMPARE(r.byTimeframe[month].size(), 2); // January's part and February; March forms
        QCOMPARE(r.byTimeframe[month][0].time, at(1, 1));
        QCOMPARE(r.byTimeframe[month][1].time, at(2, 1));
        for (const Candle &c : std::as_const(r.byTimeframe[month])) {
            QCOMPARE(int(c.trades), tradesPerMonth[c.time]);
            QCOMPARE(c.volume, *Volume::parse(QByteArray::number(2 * tradesPerMonth[c.time])));
        }
        QCOMPARE(r.byTimeframe[week].size(), 6); // Jan 19 … Feb 23, which closed on Mar 2
        QCOMPARE(r.byTimeframe[week].first().time, at(1, 19));
        QCOMPARE(r.byTimeframe[week].last().time, at(2, 23));
        for (const Candle &c : std::as_const(r.byTimeframe[week])) {
            QCOMPARE(QDateTime::fromMSecsSinceEpoch(c.time, QTimeZone::utc()).date().dayOfWeek(),
                int(Qt::Monday));
            QCOMPARE(int(c.trades), tradesPerWeek[c.time]);
        }
        const std::optional<Candle> forming = a.forming(0, month);
        QVERIFY(forming);
        QCOMPARE(forming->time, at(3, 1));
        QCOMPARE(int(forming->trades), tradesPerMonth[at(3, 1)]);
    }

    void oneSecondBucketBoundaries()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        a.addTick(tick(T0 + 0, "10"));
        a.addTick(tick(T0 + 999, "11"));
        QCOMPARE(r.byTimeframe[0].size(), 0); // still forming
        a.addTick(tick(T0 + 1000, "12"));
        QCOMPARE(r.byTimeframe[0].size(), 1);
        QCOMPARE(r.byTimeframe[0][0], ohlcv(T0, "10", "11", "10", "11", "2", 2));
        QCOMPARE(*a.forming(0, 0),
            ohlcv(T0 + 1000, "12", "12", "12", "12", "1", 1, CandleState::Forming));
    }

    void emptySecondsMakeNoCandle()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        a.addTick(tick(T0 + 500, "10"));
        a.addTick(tick(T0 + 5500, "11"));
        a.finish();
        QCOMPARE(r.byTimeframe[0].size(), 2);
        QCOMPARE(r.byTimeframe[0][0].time, T0);
        QCOMPARE(r.byTimeframe[0][1].time, T0 + 5000);
    }

    void outOfOrderTickInsideBucketUpdatesByEventTime()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        a.addTick(tick(T0 + 500, "10"));
        a.addTick(tick(T0 + 200, "9")); // earlier: becomes the open, not the close
        a.addTick(tick(T0 + 800, "12"));
        a.addTick(tick(T0 + 700, "13")); // earlier than the close: high only
        a.finish();
        QCOMPARE(r.byTimeframe[0][0], ohlcv(T0, "9", "13", "9", "12", "4", 4));
        QCOMPARE(a.counters().late, 0);
    }

    void equalTimesKeepArrivalOrder()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        a.addTick(tick(T0, "10"));
        a.addTick(tick(T0, "11"));
        a.finish();
        QCOMPARE(r.byTimeframe[0][0].open, *Decimal::parse("10"));
        QCOMPARE(r.byTimeframe[0][0].close, *Decimal::parse("11"));
    }

    void olderTicksAreCountedAndDropped()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        a.addTick(tick(T0 + 1500, "10"));
        a.addTick(tick(T0 + 900, "99")); // the bucket before the forming one
        a.addTick(tick(T0 + 2100, "11"));
        a.addTick(tick(T0 + 1999, "98")); // its bucket was confirmed
        a.finish();
        QCOMPARE(a.counters().late, 2);
        QCOMPARE(a.counters().ticks, 2);
        QCOMPARE(r.byTimeframe[0].size(), 2);
        QCOMPARE(r.byTimeframe[0][0], ohlcv(T0 + 1000, "10", "10", "10", "10", "1", 1));
    }

    void watermarkConfirmsQuietSymbols()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        a.addTick(tick(T0 + 100, "10"));
        a.advanceTo(T0 + 999);
        QCOMPARE(r.byTimeframe[0].size(), 0);
        a.advanceTo(T0 + 1000);
        QCOMPARE(r.byTimeframe[0].size(), 1);
        QCOMPARE(r.byTimeframe[1].size(), 0); // the minute is still open
        a.advanceTo(T0 + 60'000);
        QCOMPARE(r.byTimeframe[1].size(), 1);
        QCOMPARE(r.byTimeframe[1][0], ohlcv(T0, "10", "10", "10", "10", "1", 1));
        a.addTick(tick(T0 + 500, "50")); // its bucket was confirmed by the watermark
        QCOMPARE(a.counters().late, 1);
    }

    void batchWatermark()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        TickBatch batch;
        batch.ticks = { tick(T0, "1"), tick(T0 + 10, "2") };
        batch.watermark = T0 + 1000;
        a.addBatch(batch);
        QCOMPARE(r.byTimeframe[0].size(), 1);
    }

    void millisecondAndIsoTimesAgree()
    {
        // The aggregation sees epoch ms only; CSV ISO parsing is tested in
        // tst_tickcsvreader. Bucket math for a day boundary:
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        const std::int64_t midnight = 1709251200000; // 2024-03-01T00:00:00Z
        a.addTick(tick(midnight - 1, "1"));
        a.addTick(tick(midnight, "2"));
        a.finish();
        const int day = a.timeframeIndex(Timeframe::fromSeconds(86400));
        QCOMPARE(r.byTimeframe[day].size(), 2);
        QCOMPARE(r.byTimeframe[day][0].time, midnight - 86'400'000);
        QCOMPARE(r.byTimeframe[day][1].time, midnight);
    }

    void hugeVolumesStayExact()
    {
        CandleAggregator a = oneSymbol();
        Recorder r(a);
        // 90 ticks of one billion units each: 9e10, close to the 9.2e10 limit.
        for (int i = 0; i < 90; ++i)
            a.addTick(tick(T0 + i * 100, "1", "1000000000"));
        a.finish();
        const int minute = a.timeframeIndex(Timeframe::fromSeconds(60));
        QCOMPARE(r.byTimeframe[minute][0].volume, Volume::of(Decimal::fromInteger(90'000'000'000)));
        QCOMPARE(a.counters().volumeOverflow, 0);
    }

    // The ticks of one trade too large for a Decimal count once.
    void aTradeOfSeveralTicksCountsOnce()
    {
        CandleAggregator a = oneSymbol({ Timeframe::fromSeconds(1), Timeframe::fromSeconds(60) });
        Recorder r(a);
        QList<Tick> ticks;
        QVERIFY(appendTrade(tick(T0, "0.000015", "1"), *Volume::parse("250000000000"), ticks));
        QCOMPARE(ticks.size(), 3);
        for (const Tick &t : std::as_const(ticks))
            a.addTick(t);
        a.addTick(tick(T0 + 5, "0.000016", "1"));
        a.finish();
        QCOMPARE(r.byTimeframe[1][0].trades, 2u);
        QCOMPARE(r.byTimeframe[1][0].volume, *Volume::parse("250000000001"));
        QVERIFY(!appendTrade(tick(T0, "1", "1"), Volume(), ticks));
        QCOMPARE(ticks.size(), 3);
    }

    // A day of SHIB: 10^13 units, far beyond a Decimal's 9.2·10^10, in one
    // second, one minute and one day, to the last 1e-8 unit.
    void memeCoinVolumesNeitherOverflowNorSaturate()
    {
        CandleAggregator a = oneSymbol({ Timeframe::fromSeconds(1), Timeframe::fromSeconds(60),
            Timeframe::fromSeconds(86400) });
        Recorder r(a);
        for (int i = 0; i < 200; ++i)
            a.addTick(tick(T0 + i, "0.00001234", "50000000000.00000001"));
        a.addTick(tick(T0 + 1000, "0.00001235", "1"));
        a.finish();
        QCOMPARE(a.counters().volumeOverflow, 0);
        QCOMPARE(a.counters().saturatedCandles, 0);
        const Volume second = *Volume::parse("10000000000000.000002");
        QCOMPARE(r.byTimeframe[0][0].volume, second);
        QCOMPARE(r.byTimeframe[0][0].trades, 200u);
        const Volume all = *Volume::parse("10000000000001.000002");
        QCOMPARE(r.byTimeframe[1][0].volume, all);
        QCOMPARE(r.byTimeframe[2][0].volume, all);
        QCOMPARE(r.byTimeframe[2][0].volume.toString(), QStringLiteral("10000000000001.000002"));
    }

    void unknownSymbolIsCounted()
    {
        CandleAggregator a = oneSymbol();
        a.addTick(tick(T0, "1", "1", 5));
        QCOMPARE(a.counters().unknownSymbol, 1);
        QCOMPARE(a.counters().ticks, 0);
    }

    void coarserCandlesEqualTheirSeconds_data()
    {
        QTest::addColumn<int>("symbols");
        QTest::addColumn<double>("rate");
        QTest::newRow("1 symbol, busy") << 1 << 200.0;
        QTest::newRow("4 symbols, sparse") << 4 << 0.5;
    }
    void coarserCandlesEqualTheirSeconds()
    {
        QFETCH(int, symbols);
        QFETCH(double, rate);
        SimulatorConfig config;
        config.symbols = SimulatorConfig::defaultSymbols(symbols);
        config.ticksPerSecond = rate;
        config.seed = 99;
        config.startTime = T0 + 12'345;
        TickGenerator generator(config);
        QList<Tick> ticks;
        generator.generate(rate > 1 ? 300'000 : 20'000, ticks);

        CandleAggregator a;
        a.setSymbolCount(symbols);
        using Key = std::pair<std::uint32_t, int>;
        std::map<Key, CandleList> confirmed;
        a.setConfirmedSink([&](std::uint32_t s, int tf, const Candle &c) {
            confirmed[{ s, tf }].append(c);
        });
        for (int i = 0; i < ticks.size(); ++i) {
            a.addTick(ticks[i]);
            if (i % 5000 == 0) {
                // The forming view of every timeframe is its confirmed seconds plus the forming
                // second.
                for (int tf = 1; tf < a.timeframes().size(); ++tf) {
                    const auto forming = a.forming(ticks[i].symbol, tf);
                    QVERIFY(forming.has_value());
                    QCOMPARE(forming->state, CandleState::Forming);
                    QCOMPARE(forming->close, ticks[i].price);
                }
            }
        }
        a.finish();

        for (std::uint32_t s = 0; s < std::uint32_t(symbols); ++s) {
            const CandleList &seconds = confirmed[{ s, 0 }];
            QVERIFY(!seconds.isEmpty());
            for (int tf = 1; tf < a.timeframes().size(); ++tf) {
                const Timeframe timeframe = a.timeframes()[tf];
                // Roll the seconds up independently.
                CandleList expected;
                for (const Candle &second : seconds) {
                    const std::int64_t bucket = timeframe.bucketStart(second.time);
                    if (expected.isEmpty() || expected.constLast().time != bucket) {
                        Candle c = second;
                        c.time = bucket;
                        expected.append(c);
                    } else {
                        expected.last().merge(second);
                    }
                }
                QCOMPARE(confirmed[Key(s, tf)], expected);
                QCOMPARE(a.series(s, tf).size(), expected.size());
            }
        }
        const auto counters = a.counters();
        QCOMPARE(counters.ticks, ticks.size());
        QCOMPARE(counters.late, 0);
    }

    void lastPrice()
    {
        CandleAggregator a = oneSymbol();
        QVERIFY(!a.lastPrice(0));
        a.addTick(tick(T0, "5"));
        QCOMPARE(*a.lastPrice(0), *Decimal::parse("5"));
        a.finish();
        QCOMPARE(*a.lastPrice(0), *Decimal::parse("5"));
        QVERIFY(!a.lastPrice(3));
    }

    void timeframesAreNormalised()
    {
        CandleAggregator a({ Timeframe::fromSeconds(300), Timeframe::fromSeconds(60),
            Timeframe::fromSeconds(60), Timeframe() });
        QCOMPARE(a.timeframes(),
            (QList<Timeframe> { Timeframe::fromSeconds(1), Timeframe::fromSeconds(60),
                Timeframe::fromSeconds(300) }));
    }
};

QTEST_APPLESS_MAIN(TestCandleAggregator)
#include "tst_candleaggregator.moc"
