#include "market/CandleSeries.h"

#include <QTest>

using namespace kairos;

namespace {

Candle candle(std::int64_t time)
{
    Candle c;
    c.time = time;
    c.open = c.high = c.low = c.close = Decimal::fromInteger(time);
    c.volume = Volume::of(Decimal::fromInteger(1));
    c.trades = 1;
    c.state = CandleState::Confirmed;
    return c;
}

} // namespace

class TestCandleSeries : public QObject
{
    Q_OBJECT

private slots:
    void defaultCapacityHoldsWhatAWarmStartRestores()
    {
        // Bounded (a million a series let memory grow for weeks), but no
        // smaller than what a restart restores: 5,000 and a snapshot period.
        QVERIFY(CandleSeries().capacity() >= 5000 + 1024);
        QVERIFY(CandleSeries().capacity() <= 1 << 14);
    }

    void appendAndRead()
    {
        CandleSeries series(10);
        QVERIFY(series.isEmpty());
        for (int i = 0; i < 5; ++i)
            series.append(candle(i));
        QCOMPARE(series.size(), 5);
        QCOMPARE(series.at(0), candle(0));
        QCOMPARE(series.last(), candle(4));
    }

    void ringOverwritesOldest()
    {
        CandleSeries series(4);
        for (int i = 0; i < 11; ++i)
            series.append(candle(i));
        QCOMPARE(series.size(), 4);
        QCOMPARE(series.appendedCount(), 11);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(series.at(i).time, 7 + i);
    }

    void sinceAcrossOverwrites()
    {
        CandleSeries series(4);
        for (int i = 0; i < 11; ++i)
            series.append(candle(i));
        // Position 2 was overwritten: what is retained from there on comes back.
        CandleList list = series.since(2, 100);
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.first().time, 7);
        list = series.since(9, 100);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.first().time, 9);
        QCOMPARE(series.since(11, 100).size(), 0);
        list = series.since(0, 3); // the newest three at most
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().time, 8);
    }

    void millionCandles()
    {
        CandleSeries series;
        for (int i = 0; i < 1'200'000; ++i)
            series.append(candle(i));
        QCOMPARE(series.size(), series.capacity());
        QCOMPARE(series.last().time, 1'199'999);
        QCOMPARE(series.at(0).time, 1'200'000 - series.capacity());
    }
};

QTEST_APPLESS_MAIN(TestCandleSeries)
#include "tst_candleseries.moc"
