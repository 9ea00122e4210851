#include "feed/TickGenerator.h"

#include <QTest>

using namespace kairos;

namespace {

SimulatorConfig config(quint64 seed, int symbols = 3)
{
    SimulatorConfig c;
    c.symbols = SimulatorConfig::defaultSymbols(symbols);
    c.ticksPerSecond = 1000.0;
    c.seed = seed;
    c.startTime = 1704067200000;
    return c;
}

QList<Tick> generate(const SimulatorConfig &c, qsizetype count)
{
    TickGenerator generator(c);
    QList<Tick> ticks;
    generator.generate(count, ticks);
    return ticks;
}

bool same(const QList<Tick> &a, const QList<Tick> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].time != b[i].time || a[i].price != b[i].price || a[i].quantity != b[i].quantity
            || a[i].symbol != b[i].symbol || a[i].side != b[i].side)
            return false;
    }
    return true;
}

} // namespace

class TestTickGenerator : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameMarket()
    {
        QVERIFY(same(generate(config(42), 50000), generate(config(42), 50000)));
    }

    void otherSeedOtherMarket()
    {
        QVERIFY(!same(generate(config(42), 1000), generate(config(43), 1000)));
    }

    void batchingDoesNotChangeTheMarket()
    {
        // Asking for ticks in many small pieces gives the same stream as one big request.
        TickGenerator pieces(config(5));
        QList<Tick> pieced;
        std::int64_t until = 1704067200000;
        while (pieced.size() < 20000) {
            until += 37;
            QVERIFY(pieces.generateUntil(until, 1 << 20, pieced));
            if (!pieced.isEmpty())
                QVERIFY(pieced.constLast().time < until);
        }
        const QList<Tick> whole = generate(config(5), pieced.size());
        QVERIFY(same(pieced, whole));
    }

    void generateUntilStopsAtCount()
    {
        TickGenerator generator(config(1));
        QList<Tick> ticks;
        QVERIFY(!generator.generateUntil(std::numeric_limits<std::int64_t>::max(), 100, ticks));
        QCOMPARE(ticks.size(), 100);
    }

    void ticksAreWellFormed()
    {
        const SimulatorConfig c = config(9, 6);
        const QList<Tick> ticks = generate(c, 200000);
        QList<int> perSymbol(6, 0);
        std::int64_t previous = c.startTime;
        for (const Tick &t : ticks) {
            QVERIFY(t.time >= previous);
            previous = t.time;
            QVERIFY(t.symbol < 6);
            ++perSymbol[int(t.symbol)];
            const Instrument &instrument = c.symbols[int(t.symbol)].instrument;
            QVERIFY(t.price.units() > 0);
            QCOMPARE(t.price.units() % instrument.priceIncrement.units(), 0);
            QVERIFY(t.quantity.units() > 0);
            QCOMPARE(t.quantity.units() % instrument.quantityIncrement.units(), 0);
            QVERIFY(t.side != Side::Unknown);
        }
        for (int n : perSymbol)
            QVERIFY2(n > 200000 / 6 * 0.9 && n < 200000 / 6 * 1.1, "symbols are picked evenly");
    }

    void averageRateMatchesConfig()
    {
        // Regimes vary the rate second by second; over a simulated day the
        // average is the configured rate.
        SimulatorConfig c = config(3);
        c.ticksPerSecond = 50.0;
        TickGenerator generator(c);
        QList<Tick> ticks;
        QVERIFY(generator.generateUntil(c.startTime + 86'400'000, 1 << 24, ticks));
        const double rate = double(ticks.size()) / 86400.0;
        QVERIFY2(rate > 45.0 && rate < 55.0, qPrintable(QString::number(rate)));
    }

    void regimesMakeBurstsAndQuietSeconds()
    {
        SimulatorConfig c = config(11);
        c.ticksPerSecond = 100.0;
        TickGenerator generator(c);
        QList<Tick> ticks;
        generator.generateUntil(c.startTime + 3'600'000, 1 << 24, ticks);
        QMap<std::int64_t, int> perSecond;
        for (const Tick &t : ticks)
            ++perSecond[t.time / 1000];
        int busy = 0;
        int quiet = 0;
        for (int n : perSecond) {
            busy += n > 250 ? 1 : 0;
            quiet += n < 40 ? 1 : 0;
        }
        QVERIFY2(busy > 30, "bursts happen");
        QVERIFY2(quiet > 100, "quiet periods happen");
    }

    void pricesMoveWithVolatility()
    {
        SimulatorConfig c = config(4, 1);
        c.symbols[0].annualVolatility = 0.0;
        c.regimes = false;
        const QList<Tick> flat = generate(c, 1000);
        for (const Tick &t : flat)
            QCOMPARE(t.price, flat[0].price);
        c.symbols[0].annualVolatility = 0.8;
        const QList<Tick> moving = generate(c, 1000);
        QVERIFY(std::any_of(moving.begin(), moving.end(),
            [&](const Tick &t) { return t.price != moving[0].price; }));
    }

    void validateReportsEveryBadField()
    {
        SimulatorConfig c;
        c.ticksPerSecond = 0;
        c.historySeconds = -1;
        QCOMPARE(c.validate().size(), 3);
        c = config(1);
        QVERIFY(c.validate().isEmpty());
        c.symbols[0].startPrice = -1;
        c.symbols[1].instrument.priceIncrement = Decimal();
        QCOMPARE(c.validate().size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestTickGenerator)
#include "tst_tickgenerator.moc"
