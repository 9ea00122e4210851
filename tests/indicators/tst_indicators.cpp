#include "../common/TalibData.h"
#include "indicators/IndicatorSet.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace kairos;

namespace {

double pick(const IndicatorValues &v, const QByteArray &column)
{
    if (column == "sma20")
        return v.sma;
    if (column == "ema20")
        return v.emaFast;
    if (column == "ema50")
        return v.emaSlow;
    if (column == "rsi14")
        return v.rsi;
    if (column == "macd")
        return v.macd.macd;
    if (column == "macd_signal")
        return v.macd.signal;
    if (column == "macd_hist")
        return v.macd.histogram;
    if (column == "bb_upper")
        return v.bands.upper;
    if (column == "bb_middle")
        return v.bands.middle;
    if (column == "bb_lower")
        return v.bands.lower;
    if (column == "atr14")
        return v.atr;
    if (column == "stoch_k")
        return v.stochastic.k;
    if (column == "stoch_d")
        return v.stochastic.d;
    qFatal("unknown column");
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

bool sameValues(const IndicatorValues &a, const IndicatorValues &b)
{
    const double x[] = { a.sma, a.emaFast, a.emaSlow, a.rsi, a.macd.macd, a.macd.signal,
        a.macd.histogram, a.bands.upper, a.bands.middle, a.bands.lower, a.atr, a.vwap,
        a.stochastic.k, a.stochastic.d };
    const double y[] = { b.sma, b.emaFast, b.emaSlow, b.rsi, b.macd.macd, b.macd.signal,
        b.macd.histogram, b.bands.upper, b.bands.middle, b.bands.lower, b.atr, b.vwap,
        b.stochastic.k, b.stochastic.d };
    for (std::size_t i = 0; i < std::size(x); ++i) {
        if (!sameBits(x[i], y[i]))
            return false;
    }
    return a.time == b.time;
}

} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void matchesTaLib_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<bool>("percent"); // bounded 0..100: absolute tolerance
        for (const char *series : { "trend", "range", "forex", "micro" }) {
            for (const char *column :
                { "sma20", "ema20", "ema50", "rsi14", "macd", "macd_signal", "macd_hist",
                    "bb_upper", "bb_middle", "bb_lower", "atr14", "stoch_k", "stoch_d" }) {
                const bool percent
                    = !std::strncmp(column, "rsi", 3) || !std::strncmp(column, "stoch", 5);
                QTest::addRow("%s %s", series, column)
                    << QString::fromLatin1(series) << QByteArray(column) << percent;
            }
        }
    }
    void matchesTaLib()
    {
        QFETCH(QString, series);
        QFETCH(QByteArray, column);
        QFETCH(bool, percent);
        const CandleList candles = testing::loadTalibCandles(series);
        const auto reference = testing::loadTalibReference(series).columns;
        const QList<double> expected = reference.value(column);
        QCOMPARE(candles.size(), expected.size());
        QVERIFY(candles.size() >= 2000);

        // Where TA-Lib's absolute zero test (variance below 1e-14) bit, its
        // bands collapsed and Kairos's (relative to the price) do not.
        const QList<double> upper = reference.value("bb_upper");
        const QList<double> middle = reference.value("bb_middle");
        const bool bands = column.startsWith("bb_") && column != "bb_middle";
        IndicatorSet set;
        int compared = 0;
        int skipped = 0;
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const double actual = pick(set.update(candles[i]), column);
            const double want = expected[i];
            if (bands && !std::isnan(want) && upper[i] == middle[i]) {
                const IndicatorValues v = set.peek(candles[i]);
                QVERIFY(v.bands.upper >= v.bands.middle);
                ++skipped;
                continue;
            }
            if (std::isnan(want) || std::isnan(actual)) {
                QVERIFY2(std::isnan(want) && std::isnan(actual),
                    qPrintable(QStringLiteral("row %1: kairos %2, TA-Lib %3")
                                   .arg(i)
                                   .arg(actual, 0, 'g', 17)
                                   .arg(want, 0, 'g', 17)));
                continue;
            }
            const double close = candles[i].close.toDouble();
            const double tolerance = percent ? 1e-9 : 1e-9 * std::max(1.0, std::abs(close));
            QVERIFY2(std::abs(actual - want) <= tolerance,
                qPrintable(QStringLiteral("row %1: kairos %2, TA-Lib %3")
                               .arg(i)
                               .arg(actual, 0, 'g', 17)
                               .arg(want, 0, 'g', 17)));
            ++compared;
        }
        QVERIFY(compared + skipped > 1900);
        // Only the micro series is small enough for TA-Lib's threshold.
        QVERIFY(series == QStringLiteral("micro") || skipped == 0);
        QVERIFY(compared > 400);
    }

    void scaleInvariant_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("shift"); // decimal places the prices move down
        QTest::newRow("trend 64,250 → 0.06425") << QStringLiteral("trend") << 6;
        QTest::newRow("range 0.523 → 0.0000523") << QStringLiteral("range") << 4;
        QTest::newRow("forex 1.6523 → 0.0016523") << QStringLiteral("forex") << 3;
    }
    void scaleInvariant()
    {
        // The same market at another price level: RSI, Stochastic the same,
        // price-type values scaled. (The shifts keep every price exact in
        // 1e-8 units.) Before, the bands of the small copies collapsed.
        QFETCH(QString, series);
        QFETCH(int, shift);
        const CandleList candles = testing::loadTalibCandles(series);
        const double factor = std::pow(10.0, -shift);
        std::int64_t divisor = 1;
        for (int i = 0; i < shift; ++i)
            divisor *= 10;
        const auto scaled = [divisor](const Decimal &price) {
            return Decimal::fromUnits(price.units() / divisor);
        };
        IndicatorSet big;
        IndicatorSet small;
        int compared = 0;
        for (const Candle &candle : candles) {
            for (const Decimal &p : { candle.open, candle.high, candle.low, candle.close })
                QVERIFY(p.units() % divisor == 0);
            Candle c = candle;
            c.open = scaled(c.open);
            c.high = scaled(c.high);
            c.low = scaled(c.low);
            c.close = scaled(c.close);
            const IndicatorValues a = big.update(candle);
            const IndicatorValues b = small.update(c);
            const double price = candle.close.toDouble();
            for (const char *column : { "rsi14", "stoch_k", "stoch_d" }) {
                const double x = pick(a, column);
                const double y = pick(b, column);
                QVERIFY2((std::isnan(x) && std::isnan(y)) || std::abs(x - y) <= 1e-6,
                    qPrintable(QStringLiteral("%1 %2 vs %3")
                                   .arg(QLatin1StringView(column))
                                   .arg(x)
                                   .arg(y)));
            }
            for (const char *column :
                { "sma20", "ema50", "macd", "bb_upper", "bb_lower", "atr14" }) {
                const double x = pick(a, column) * factor;
                const double y = pick(b, column);
                QVERIFY2(
                    (std::isnan(x) && std::isnan(y)) || std::abs(x - y) <= 1e-9 * price * factor,
                    qPrintable(QStringLiteral("%1 %2 vs %3")
                                   .arg(QLatin1StringView(column))
                                   .arg(x)
                                   .arg(y)));
                compared += !std::isnan(x);
            }
        }
        QVERIFY(compared > 6 * 2000);
    }

    void randomSeriesAreScaleInvariant()
    {
        // The property: for random series s and k in {1e-6, 1e-3, 1e3},
        // RSI(k·s) = RSI(s) and BB(k·s) = k·BB(s) within 1e-9 relative.
        // Prices have two decimals, so k·s is exact in 1e-8 units.
        std::uint64_t state = 20261202;
        const auto next = [&state] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return double(state >> 11) / double(1ULL << 53);
        };
        for (int run = 0; run < 20; ++run) {
            const double level = std::pow(10.0, 1.0 + 3.0 * next()); // 10 … 10,000
            const double sigma = 0.0005 + 0.01 * next();
            CandleList s;
            double price = level;
            for (int i = 0; i < 400; ++i) {
                Candle c;
                c.time = 1'704'067'200'000 + i * 60'000;
                c.open = Decimal::fromUnits(std::llround(price * 100.0) * 1'000'000);
                if (next() > 0.1) // now and then a candle that does not move
                    price *= 1.0 + sigma * (next() - 0.5);
                c.close = Decimal::fromUnits(std::llround(price * 100.0) * 1'000'000);
                c.high = std::max(c.open, c.close) + Decimal::fromUnits(1'000'000 * (i % 3));
                c.low = std::min(c.open, c.close);
                c.volume = Volume::of(Decimal::fromInteger(1 + i % 7));
                c.trades = 1;
                c.state = CandleState::Confirmed;
                s.append(c);
            }
            for (const int exponent : { -6, -3, 3 }) {
                const double k = std::pow(10.0, exponent);
                std::int64_t factor = 1;
                for (int i = 0; i < std::abs(exponent); ++i)
                    factor *= 10;
                const auto scale = [&](const Decimal &d) {
                    return Decimal::fromUnits(
                        exponent < 0 ? d.units() / factor : d.units() * factor);
                };
                IndicatorSet plain;
                IndicatorSet scaled;
                for (const Candle &c : std::as_const(s)) {
                    Candle ks = c;
                    for (Decimal *p : { &ks.open, &ks.high, &ks.low, &ks.close })
                        *p = scale(*p);
                    const IndicatorValues a = plain.update(c);
                    const IndicatorValues b = scaled.update(ks);
                    const auto same = [](double x, double y, double size) {
                        return (std::isnan(x) && std::isnan(y)) || std::abs(x - y) <= 1e-9 * size;
                    };
                    const double size = c.close.toDouble();
                    QVERIFY2(same(a.rsi, b.rsi, 100.0),
                        qPrintable(QStringLiteral("run %1, k 1e%2: RSI %3 vs %4")
                                       .arg(run)
                                       .arg(exponent)
                                       .arg(a.rsi)
                                       .arg(b.rsi)));
                    QVERIFY(same(a.bands.upper * k, b.bands.upper, size * k));
                    QVERIFY(same(a.bands.lower * k, b.bands.lower, size * k));
                    QVERIFY(same(a.bands.middle * k, b.bands.middle, size * k));
                }
            }
        }
    }

    void aFlatMarketIsNeitherOverboughtNorOversold_data()
    {
        QTest::addColumn<QString>("price");
        QTest::newRow("64,250.5") << QStringLiteral("64250.5");
        QTest::newRow("1.6523") << QStringLiteral("1.6523");
        QTest::newRow("0.00001234") << QStringLiteral("0.00001234");
    }
    void aFlatMarketIsNeitherOverboughtNorOversold()
    {
        // RSI 50 and Stochastic 50 (TA-Lib: 0, which a buy rule reads as
        // deeply oversold), bands of no width, no true range.
        QFETCH(QString, price);
        const Decimal p = *Decimal::parse(price.toLatin1());
        IndicatorSet set;
        IndicatorValues v {};
        for (int i = 0; i < 100; ++i) {
            Candle c;
            c.time = 1'704'067'200'000 + i * 60'000;
            c.open = c.high = c.low = c.close = p;
            c.volume = Volume::of(Decimal::fromInteger(3));
            c.trades = 1;
            c.state = CandleState::Confirmed;
            v = set.update(c);
        }
        QCOMPARE(v.rsi, 50.0);
        QCOMPARE(v.stochastic.k, 50.0);
        QCOMPARE(v.stochastic.d, 50.0);
        QCOMPARE(v.bands.upper, v.bands.middle);
        QCOMPARE(v.bands.lower, v.bands.middle);
        QCOMPARE(v.atr, 0.0);
    }

    void vwapIsSessionAnchored()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("trend"));
        IndicatorSet set;
        double pv = 0.0;
        double volume = 0.0;
        std::int64_t day = -1;
        for (const Candle &c : candles) {
            const IndicatorValues v = set.update(c);
            if (c.time / 86'400'000 != day) {
                day = c.time / 86'400'000;
                pv = volume = 0.0;
            }
            pv += (c.high.toDouble() + c.low.toDouble() + c.close.toDouble()) / 3.0
                * c.volume.toDouble();
            volume += c.volume.toDouble();
            QVERIFY(std::abs(v.vwap - pv / volume) <= 1e-9 * c.close.toDouble());
        }
        QVERIFY(day > candles.first().time / 86'400'000); // crossed at least one session start
    }

    void peekNeverChangesState()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("trend"));
        IndicatorSet peeked;
        IndicatorSet plain;
        for (qsizetype i = 0; i < candles.size(); ++i) {
            // Preview a few different forming candles before the real one closes.
            Candle forming = candles[i];
            forming.state = CandleState::Forming;
            const IndicatorValues preview = peeked.peek(forming);
            forming.close = forming.close + Decimal::fromInteger(5);
            forming.high = std::max(forming.high, forming.close);
            peeked.peek(forming);
            const IndicatorValues real = peeked.update(candles[i]);
            QVERIFY(sameValues(real, plain.update(candles[i])));
            QVERIFY(sameValues(preview, real)); // the same candle previews as it closes
        }
        QCOMPARE(peeked.snapshot(), plain.snapshot());
    }

    void restoredSetContinuesBitForBit()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("range"));
        for (qsizetype stop : { qsizetype(1), qsizetype(30), qsizetype(1234) }) {
            IndicatorSet running;
            for (qsizetype i = 0; i < stop; ++i)
                running.update(candles[i]);
            const QByteArray bytes = running.snapshot();
            IndicatorSet restored;
            QVERIFY(restored.restore(bytes));
            QCOMPARE(restored.candleCount(), stop);
            for (qsizetype i = stop; i < candles.size(); ++i)
                QVERIFY2(sameValues(running.update(candles[i]), restored.update(candles[i])),
                    qPrintable(QStringLiteral("stop %1, row %2").arg(stop).arg(i)));
        }
    }

    void restoreRejectsForeignBytes()
    {
        IndicatorSet set;
        const Candle c = testing::loadTalibCandles(QStringLiteral("trend")).first();
        set.update(c);
        const QByteArray good = set.snapshot();
        IndicatorParams other;
        other.sma = 30;
        IndicatorSet different(other);
        QVERIFY(!different.restore(good)); // other parameters
        QVERIFY(!set.restore(good.left(good.size() - 3))); // truncated
        QVERIFY(!set.restore(QByteArray("not a snapshot")));
        QVERIFY(!set.restore(good + QByteArray(1, 'x'))); // trailing bytes
        QCOMPARE(set.candleCount(), 1); // untouched by the failures
    }

    void bollingerStaysExactOverTenMillionUpdates()
    {
        // A price walking around 50,000 for ten million updates; the final
        // band width must equal an exact two-pass computation over the window.
        Bollinger bands(20, 2.0);
        double price = 50'000.0;
        std::uint64_t state = 12345;
        std::vector<double> last;
        BandsValue v {};
        for (int i = 0; i < 10'000'000; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            price += (double(state >> 40) / double(1 << 24) - 0.5) * 10.0;
            price = std::round(price * 100.0) / 100.0;
            v = bands.update(price);
            if (i >= 10'000'000 - 20)
                last.push_back(price);
        }
        double mean = 0.0;
        for (double x : last)
            mean += x;
        mean /= 20.0;
        double variance = 0.0;
        for (double x : last)
            variance += (x - mean) * (x - mean);
        variance /= 20.0;
        QVERIFY(std::abs(v.middle - mean) <= 1e-9 * mean);
        const double width = (v.upper - v.middle) / 2.0;
        QVERIFY2(std::abs(width - std::sqrt(variance)) <= 1e-9 * mean,
            qPrintable(QStringLiteral("%1 vs %2")
                           .arg(width, 0, 'g', 17)
                           .arg(std::sqrt(variance), 0, 'g', 17)));
    }

    void warmUpLengths()
    {
        // First index with a value, as TA-Lib's lookback: SMA n-1, EMA n-1,
        // RSI n, MACD slow+signal-2, Bollinger n-1, ATR n, Stochastic n+k+d-3.
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("trend"));
        IndicatorSet set;
        QHash<QByteArray, qsizetype> first;
        for (qsizetype i = 0; i < 100; ++i) {
            const IndicatorValues v = set.update(candles[i]);
            for (const char *column :
                { "sma20", "ema50", "rsi14", "macd", "bb_upper", "atr14", "stoch_d" }) {
                if (!first.contains(column) && !std::isnan(pick(v, column)))
                    first.insert(column, i);
            }
        }
        QCOMPARE(first.value("sma20"), 19);
        QCOMPARE(first.value("ema50"), 49);
        QCOMPARE(first.value("rsi14"), 14);
        QCOMPARE(first.value("macd"), 33);
        QCOMPARE(first.value("bb_upper"), 19);
        QCOMPARE(first.value("atr14"), 14);
        QCOMPARE(first.value("stoch_d"), 17);
    }

    void paramsValidation()
    {
        QVERIFY(IndicatorParams().validate().isEmpty());
        IndicatorParams p;
        p.sma = 0;
        p.rsi = 1;
        p.macdFast = 30;
        p.bollingerDeviations = -1;
        QCOMPARE(p.validate().size(), 4);
    }
};

QTEST_APPLESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
