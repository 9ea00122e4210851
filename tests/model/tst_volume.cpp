#include "model/Candle.h"
#include "model/Volume.h"

#include <QTest>

#include <limits>

using namespace kairos;

namespace {

Volume v(const char *text)
{
    const auto parsed = Volume::parse(text);
    if (!parsed)
        qFatal("not a volume: %s", text);
    return *parsed;
}

} // namespace

// Volumes of meme coins: 10^13 units a day, 10^21 units of 1e-8, beyond the
// 9.2·10^18 a Decimal holds.
class TestVolume : public QObject
{
    Q_OBJECT

private slots:
    void parseAndFormat_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("formatted");
        QTest::addColumn<qint64>("high");
        QTest::addColumn<qint64>("low");
        QTest::newRow("zero") << QByteArray("0") << "0" << 0ll << 0ll;
        QTest::newRow("fraction") << QByteArray("0.5") << "0.5" << 0ll << 50'000'000ll;
        QTest::newRow("decimal's largest")
            << QByteArray("92233720368.54775807") << "92233720368.54775807" << 9ll
            << 223'372'036'854'775'807ll;
        QTest::newRow("one unit beyond")
            << QByteArray("92233720368.54775808") << "92233720368.54775808" << 9ll
            << 223'372'036'854'775'808ll;
        QTest::newRow("a day of SHIB")
            << QByteArray("10000000000000.00000001") << "10000000000000.00000001" << 1000ll << 1ll;
        QTest::newRow("exponent") << QByteArray("1.5e13") << "15000000000000" << 1500ll << 0ll;
        QTest::newRow("trailing zeros beyond 8 places")
            << QByteArray("123456789012345.100000000000") << "123456789012345.1" << 12345ll
            << 678'901'234'510'000'000ll;
        QTest::newRow("plus and spaces")
            << QByteArray(" +100000000000 ") << "100000000000" << 10ll << 0ll;
        QTest::newRow("10^21") << QByteArray("1e21") << "1000000000000000000000"
                               << 100'000'000'000ll << 0ll;
    }

    void parseAndFormat()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, formatted);
        QFETCH(qint64, high);
        QFETCH(qint64, low);
        const auto parsed = Volume::parse(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toString(), formatted);
        QCOMPARE(parsed->high(), high);
        QCOMPARE(parsed->low(), low);
        QCOMPARE(Volume::fromParts(high, low), parsed);
        QCOMPARE(Volume::parse(formatted.toLatin1()), parsed);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("error");
        using E = Decimal::ParseError;
        QTest::newRow("empty") << QByteArray("") << int(E::Empty);
        QTest::newRow("negative") << QByteArray("-1") << int(E::OutOfRange);
        QTest::newRow("negative and huge") << QByteArray("-1e20") << int(E::OutOfRange);
        QTest::newRow("nine places") << QByteArray("0.000000001") << int(E::TooPrecise);
        QTest::newRow("nine places, huge")
            << QByteArray("100000000000000.000000001") << int(E::TooPrecise);
        QTest::newRow("beyond the range") << QByteArray("1e40") << int(E::OutOfRange);
        QTest::newRow("letters") << QByteArray("12a") << int(E::Syntax);
        QTest::newRow("two points") << QByteArray("1.2.3") << int(E::Syntax);
    }

    void parseRejects()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, error);
        Decimal::ParseError why = Decimal::ParseError::None;
        QVERIFY(!Volume::parse(text, &why));
        QCOMPARE(int(why), error);
    }

    void partsOutsideAVolumeAreRefused()
    {
        QVERIFY(!Volume::fromParts(-1, 0));
        QVERIFY(!Volume::fromParts(0, -1));
        QVERIFY(!Volume::fromParts(0, std::int64_t(Volume::LowLimit)));
    }

    void sumsCarryAndStopAtTheEnd()
    {
        Volume sum;
        const Decimal trade = *Decimal::parse("92233720368.54775807");
        for (int i = 0; i < 1000; ++i)
            QVERIFY(sum.tryAdd(trade));
        QCOMPARE(sum.toString(), QStringLiteral("92233720368547.75807"));
        QVERIFY(!sum.toDecimal());
        QVERIFY(!sum.tryAdd(Decimal::fromUnits(-1)));
        QCOMPARE(sum.toString(), QStringLiteral("92233720368547.75807"));
        QVERIFY(std::abs(sum.toDouble() - 92233720368547.75807) < 0.01);

        Volume top = Volume::max();
        QVERIFY(!top.tryAdd(Decimal::fromUnits(1)));
        QCOMPARE(top, Volume::max());
        QCOMPARE(Volume::parse(top.toString().toLatin1()), top);
    }

    void aCandleStopsAtTheEndAndSaysSo()
    {
        Candle c;
        c.trades = 1;
        c.volume = Volume::max();
        Candle later;
        later.trades = 1;
        later.volume = Volume::of(Decimal::fromUnits(5));
        QVERIFY(!c.merge(later));
        QCOMPARE(c.volume, Volume::max());
        QCOMPARE(c.trades, 2u);
    }

    void splitsAddUpExactly()
    {
        const Volume volume = v("10000000000000.00000003");
        const auto none = volume.split(4); // a quarter is beyond one trade
        QVERIFY(!none);
        const auto parts = volume.split(512);
        QVERIFY(parts);
        QCOMPARE(parts->size(), 512);
        Volume sum;
        for (const Decimal &part : *parts)
            QVERIFY(sum.tryAdd(part));
        QCOMPARE(sum, volume);
        QCOMPARE(parts->front(), parts->at(510));
        QVERIFY(parts->back() >= parts->front());
        QVERIFY(!Volume().split(0));
    }

    // A trade beyond a Decimal: ticks that add up to it, in whole coins when
    // it is whole coins, and none beyond the limit.
    void aHugeTradeSplitsIntoWholeCoins()
    {
        Tick trade;
        trade.time = 1000;
        trade.price = *Decimal::parse("0.00001234");
        QList<Tick> ticks;
        QVERIFY(appendTrade(trade, v("100000000001"), ticks));
        QCOMPARE(ticks.size(), 2);
        Volume sum;
        for (const Tick &t : std::as_const(ticks)) {
            QCOMPARE(t.quantity.units() % Decimal::Scale, 0);
            QVERIFY(sum.tryAdd(t.quantity));
        }
        QCOMPARE(sum, v("100000000001"));

        ticks.clear();
        QVERIFY(appendTrade(trade, maxTradeQuantity(), ticks));
        QVERIFY(ticks.size() <= qsizetype(MaxTradeTicks));
        sum = Volume();
        for (const Tick &t : std::as_const(ticks)) {
            QVERIFY(t.quantity > Decimal());
            QVERIFY(sum.tryAdd(t.quantity));
        }
        QCOMPARE(sum, maxTradeQuantity());
        Volume beyond = maxTradeQuantity();
        QVERIFY(beyond.tryAdd(Decimal::fromUnits(1)));
        ticks.clear();
        QVERIFY(!appendTrade(trade, beyond, ticks));
        QVERIFY(ticks.isEmpty());
    }

    // A daily SHIB candle replays as trades at its four prices, in the
    // documented order, adding up to its volume.
    void aHugeCandleReplaysExactly()
    {
        Candle c;
        c.time = 1'700'000'000'000;
        c.open = *Decimal::parse("0.00001200");
        c.high = *Decimal::parse("0.00001300");
        c.low = *Decimal::parse("0.00001100");
        c.close = *Decimal::parse("0.00001250");
        c.volume = v("12345678901234.5678");
        QList<Tick> ticks;
        QVERIFY(appendCandleTicks(c, 86'400'000, ticks));
        QVERIFY(ticks.size() > 4);
        QCOMPARE(ticks.size() % 4, 0);
        Volume sum;
        const qsizetype perPrice = ticks.size() / 4;
        const Decimal order[] = { c.open, c.low, c.high, c.close };
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            QCOMPARE(ticks[i].price, order[i / perPrice]);
            QVERIFY(i == 0 || ticks[i].time >= ticks[i - 1].time);
            QVERIFY(sum.tryAdd(ticks[i].quantity));
        }
        QCOMPARE(sum, c.volume);

        // A small candle is four trades, as it always was.
        c.volume = v("10");
        ticks.clear();
        QVERIFY(appendCandleTicks(c, 60'000, ticks));
        QCOMPARE(ticks.size(), 4);
        QCOMPARE(ticks.back().quantity, *Decimal::parse("2.5"));

        // Beyond what a candle can replay: nothing, and false.
        c.volume = maxCandleVolume();
        QVERIFY(appendCandleTicks(c, 60'000, ticks));
        QCOMPARE(ticks.size(), 4 + qsizetype(MaxCandleTicks));
        QVERIFY(c.volume.tryAdd(Decimal::fromUnits(1)));
        ticks.clear();
        QVERIFY(!appendCandleTicks(c, 60'000, ticks));
        QVERIFY(ticks.isEmpty());

        // Whatever the width, the trades' times stay in order and in range
        // (a width from nonsense spacing overflowed them; UBSan reported it).
        c.volume = v("10");
        c.time = std::numeric_limits<std::int64_t>::max() - 10;
        QVERIFY(appendCandleTicks(c, std::numeric_limits<std::int64_t>::max(), ticks));
        QCOMPARE(ticks.size(), 4);
        for (qsizetype i = 1; i < ticks.size(); ++i)
            QVERIFY(ticks[i].time >= ticks[i - 1].time && ticks[i].time >= c.time);
        ticks.clear();
        c.time = 0;
        QVERIFY(appendCandleTicks(c, 200, ticks));
        QCOMPARE(ticks[2].time, 133); // 2·200/3, as the documented order says
        QCOMPARE(ticks[3].time, 199);
    }
};

QTEST_APPLESS_MAIN(TestVolume)
#include "tst_volume.moc"
