#include "../common/TalibData.h"
#include "indicators/StudySpec.h"

#include <QIODevice>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace kairos;

namespace {

const char *const Series[] = { "trend", "range", "forex", "micro" };

// The chart indicators' columns of <series>.talib.csv by their SPECs.
const QHash<QByteArray, QByteArray> TalibColumns = {
    { "sma20", "sma:20" },
    { "ema20", "ema:20" },
    { "ema50", "ema:50" },
    { "rsi14", "rsi:14" },
    { "macd", "macd:12:26:9.macd" },
    { "macd_signal", "macd:12:26:9.signal" },
    { "macd_hist", "macd:12:26:9.hist" },
    { "bb_middle", "bb:20:2.middle" },
    { "atr14", "atr:14" },
    { "stoch_k", "stoch:14:3:3.k" },
    { "stoch_d", "stoch:14:3:3.d" },
};

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

// Every output of a study over the candles, one row per candle.
QList<QList<double>> run(
    Study &study, const StudyDefinition &definition, const CandleList &candles, qsizetype from = 0)
{
    QList<QList<double>> rows;
    for (qsizetype i = from; i < candles.size(); ++i) {
        QList<double> values(definition.outputs.size());
        study.update(Bar::from(candles[i]), values.data());
        rows.append(values);
    }
    return rows;
}

QString row(qsizetype i, double actual, double want)
{
    return QStringLiteral("row %1: kairos %2, TA-Lib %3")
        .arg(i)
        .arg(actual, 0, 'g', 17)
        .arg(want, 0, 'g', 17);
}

// Reference values for the channels TA-Lib lacks, from whole arrays, the way
// their definitions read (not incrementally, as Kairos computes them).
struct Arrays
{
    QList<double> high, low, close;
    explicit Arrays(const CandleList &candles)
    {
        for (const Candle &c : candles) {
            high << c.high.toDouble();
            low << c.low.toDouble();
            close << c.close.toDouble();
        }
    }
    qsizetype size() const { return close.size(); }

    // Wilder's ATR: the mean of the first n true ranges, then smoothed.
    QList<double> atr(int n) const
    {
        QList<double> out(size(), std::nan(""));
        double sum = 0;
        for (qsizetype i = 1; i < size(); ++i) {
            const double range = std::max({ high[i] - low[i], std::abs(high[i] - close[i - 1]),
                std::abs(low[i] - close[i - 1]) });
            if (i < n) {
                sum += range;
            } else if (i == n) {
                out[i] = (sum + range) / n;
            } else {
                out[i] = (out[i - 1] * (n - 1) + range) / n;
            }
        }
        return out;
    }
    QList<double> ema(int n) const
    {
        QList<double> out(size(), std::nan(""));
        double sum = 0;
        for (qsizetype i = 0; i < size(); ++i) {
            if (i < n - 1)
                sum += close[i];
            else if (i == n - 1)
                out[i] = (sum + close[i]) / n;
            else
                out[i] = out[i - 1] + (close[i] - out[i - 1]) * 2.0 / (n + 1);
        }
        return out;
    }
};

QList<QList<double>> keltner(const Arrays &a, int n, double k, int atrPeriod)
{
    const QList<double> middle = a.ema(n);
    const QList<double> atr = a.atr(atrPeriod);
    QList<QList<double>> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::isnan(atr[i]) || std::isnan(middle[i]))
            out.append({ std::nan(""), std::nan(""), std::nan("") });
        else
            out.append({ middle[i] + k * atr[i], middle[i], middle[i] - k * atr[i] });
    }
    return out;
}

QList<QList<double>> donchian(const Arrays &a, int n)
{
    QList<QList<double>> out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i < n - 1) {
            out.append({ std::nan(""), std::nan(""), std::nan("") });
            continue;
        }
        const double upper = *std::max_element(a.high.begin() + i - n + 1, a.high.begin() + i + 1);
        const double lower = *std::min_element(a.low.begin() + i - n + 1, a.low.begin() + i + 1);
        out.append({ upper, (upper + lower) / 2, lower });
    }
    return out;
}

// SuperTrend as charting platforms define it: final bands that only tighten
// while the previous close stays inside them, a trend that turns when the
// close crosses the band in force, starting down.
QList<QList<double>> superTrend(const Arrays &a, int atrPeriod, double k)
{
    const QList<double> atr = a.atr(atrPeriod);
    QList<double> upper(a.size()), lower(a.size()), line(a.size(), std::nan(""));
    QList<QList<double>> out;
    bool up = false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (std::isnan(atr[i])) {
            out.append(QList<double> { std::nan("") });
            continue;
        }
        const double middle = (a.high[i] + a.low[i]) / 2;
        upper[i] = middle + k * atr[i];
        lower[i] = middle - k * atr[i];
        if (i > atrPeriod) {
            if (upper[i] > upper[i - 1] && a.close[i - 1] <= upper[i - 1])
                upper[i] = upper[i - 1];
            if (lower[i] < lower[i - 1] && a.close[i - 1] >= lower[i - 1])
                lower[i] = lower[i - 1];
            up = line[i - 1] == upper[i - 1] ? a.close[i] > upper[i] : a.close[i] >= lower[i];
        }
        line[i] = up ? lower[i] : upper[i];
        out.append(QList<double> { line[i] });
    }
    return out;
}

} // namespace

class TestStudies : public QObject
{
    Q_OBJECT

private slots:
    void matchesTaLib_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<QByteArray>("column");
        QTest::addColumn<QByteArray>("spec");
        for (const char *series : Series) {
            const auto studies = testing::loadTalibReference(QLatin1StringView(series), "studies");
            for (const QByteArray &name : studies.names.mid(2))
                QTest::addRow("%s %s", series, name.constData())
                    << QString::fromLatin1(series) << name << name;
            for (auto it = TalibColumns.cbegin(); it != TalibColumns.cend(); ++it)
                QTest::addRow("%s %s", series, it.value().constData())
                    << QString::fromLatin1(series) << it.key() << it.value();
        }
    }
    void matchesTaLib()
    {
        QFETCH(QString, series);
        QFETCH(QByteArray, column);
        QFETCH(QByteArray, spec);
        const CandleList candles = testing::loadTalibCandles(series);
        const auto reference = testing::loadTalibReference(
            series, TalibColumns.contains(column) ? "talib" : "studies");
        const QList<double> expected = reference.columns.value(column);
        QCOMPARE(candles.size(), expected.size());

        QString error;
        const auto parsed = StudySpec::parse(QString::fromLatin1(spec), &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->columns(), QStringList { QString::fromLatin1(spec) });
        const int output = parsed->outputIndexes().constFirst();
        const StudyScale scale = parsed->definition().scale;
        const auto study = parsed->create();
        const auto rows = run(*study, parsed->definition(), candles);

        // TA-Lib's MFI reads 0 whenever the window's money flows add up to
        // less than 1 (an absolute threshold in price × volume): on prices
        // near 1e-5 nearly always. Those rows are skipped and counted;
        // studiesAreScaleInvariant checks Kairos's MFI there instead.
        const bool flooredFlows = series == QStringLiteral("micro") && column.startsWith("mfi");
        int compared = 0;
        int skipped = 0;
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const double actual = rows[i][output];
            const double want = expected[i];
            if (flooredFlows && want == 0.0 && actual > 0.0) {
                ++skipped;
                continue;
            }
            if (std::isnan(want) || std::isnan(actual)) {
                QVERIFY2(std::isnan(want) && std::isnan(actual), qPrintable(row(i, actual, want)));
                continue;
            }
            // Bounded values compare absolutely, prices relative to the price,
            // free ones (OBV, CCI, ROC) relative to themselves.
            const double close = candles[i].close.toDouble();
            const double tolerance = scale == StudyScale::Bounded ? 1e-9
                : scale == StudyScale::Price                      ? 1e-9 * std::abs(close)
                                             : 1e-9 * std::max(1.0, std::abs(want));
            QVERIFY2(std::abs(actual - want) <= tolerance, qPrintable(row(i, actual, want)));
            ++compared;
        }
        QVERIFY(compared + skipped > 2000);
        QCOMPARE(skipped > 0, flooredFlows);
    }

    void studiesAreScaleInvariant_data()
    {
        QTest::addColumn<QString>("series");
        QTest::addColumn<int>("exponent"); // the prices times 2^exponent
        QTest::newRow("trend 64,250 → 0.061") << QStringLiteral("trend") << -20;
        QTest::newRow("forex 1.6523 → 0.0016") << QStringLiteral("forex") << -10;
        QTest::newRow("micro 0.00001234 → 1.6") << QStringLiteral("micro") << 17;
    }
    void studiesAreScaleInvariant()
    {
        // The same market at another price level: every study in the
        // price's units scales with it, every other one stays the same — so
        // a coin priced near 1e-5 reads as one priced near 1, and no
        // threshold is absolute. Scaling by a power of two is exact in
        // binary, so the values must match to the last bit: what moves is a
        // threshold, never rounding.
        QFETCH(QString, series);
        QFETCH(int, exponent);
        const CandleList candles = testing::loadTalibCandles(series);
        const double factor = std::ldexp(1.0, exponent);
        QList<Bar> bars, moved;
        for (const Candle &candle : candles) {
            Bar bar = Bar::from(candle);
            bars << bar;
            for (double *p : { &bar.open, &bar.high, &bar.low, &bar.close })
                *p *= factor;
            moved << bar;
        }
        for (const StudyDefinition &definition : StudyRegistry::definitions()) {
            const auto spec = StudySpec::parse(QLatin1StringView(definition.name));
            QVERIFY(spec);
            const auto original = spec->create();
            const auto copy = spec->create();
            const bool price = definition.scale == StudyScale::Price;
            QList<double> a(definition.outputs.size()), b(definition.outputs.size());
            int compared = 0;
            for (qsizetype i = 0; i < bars.size(); ++i) {
                original->update(bars[i], a.data());
                copy->update(moved[i], b.data());
                for (qsizetype k = 0; k < a.size(); ++k) {
                    const double want = price ? a[k] * factor : a[k];
                    QVERIFY2(sameBits(b[k], want) || (std::isnan(b[k]) && std::isnan(want)),
                        qPrintable(QString::fromLatin1(definition.name) + row(i, b[k], want)));
                    compared += !std::isnan(want);
                }
            }
            QVERIFY2(compared > 2000, definition.name);
        }
    }

    void volumesOfTensOfTrillionsOfUnits()
    {
        // Volumes up to 5·10^13 units a candle (a meme coin's day): the
        // volume-weighted studies (MFI, VWAP) read the same, OBV scales with
        // them. A power of two, so it is exact in binary.
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("micro"));
        const double factor = std::ldexp(1.0, 40);
        for (const StudyDefinition &definition : StudyRegistry::definitions()) {
            const auto spec = StudySpec::parse(QLatin1StringView(definition.name));
            QVERIFY(spec);
            const auto original = spec->create();
            const auto heavy = spec->create();
            QList<double> a(definition.outputs.size()), b(definition.outputs.size());
            double largest = 0;
            for (qsizetype i = 0; i < candles.size(); ++i) {
                Bar bar = Bar::from(candles[i]);
                original->update(bar, a.data());
                bar.volume *= factor;
                largest = std::max(largest, bar.volume);
                heavy->update(bar, b.data());
                for (qsizetype k = 0; k < a.size(); ++k) {
                    const double want
                        = definition.name == QByteArrayView("obv") ? a[k] * factor : a[k];
                    QVERIFY2(sameBits(b[k], want) || (std::isnan(b[k]) && std::isnan(want)),
                        qPrintable(QString::fromLatin1(definition.name) + row(i, b[k], want)));
                }
            }
            QVERIFY(largest > 1e13);
        }
    }

    void channelsMatchTheirDefinitions_data()
    {
        QTest::addColumn<QString>("series");
        for (const char *series : Series)
            QTest::newRow(series) << QString::fromLatin1(series);
    }
    void channelsMatchTheirDefinitions()
    {
        QFETCH(QString, series);
        const CandleList candles = testing::loadTalibCandles(series);
        const Arrays arrays(candles);
        const struct
        {
            const char *spec;
            QList<QList<double>> expected;
        } cases[] = {
            { "keltner", keltner(arrays, 20, 2, 10) },
            { "keltner:10:1.5:14", keltner(arrays, 10, 1.5, 14) },
            { "donchian", donchian(arrays, 20) },
            { "donchian:5", donchian(arrays, 5) },
            { "supertrend", superTrend(arrays, 10, 3) },
            { "supertrend:7:2", superTrend(arrays, 7, 2) },
        };
        for (const auto &c : cases) {
            const auto spec = StudySpec::parse(QLatin1StringView(c.spec));
            QVERIFY(spec);
            const auto study = spec->create();
            const auto rows = run(*study, spec->definition(), candles);
            int compared = 0;
            int turns = 0;
            for (qsizetype i = 0; i < rows.size(); ++i) {
                for (qsizetype k = 0; k < rows[i].size(); ++k) {
                    const double actual = rows[i][k];
                    const double want = c.expected[i][k];
                    if (std::isnan(want) || std::isnan(actual)) {
                        QVERIFY2(std::isnan(want) && std::isnan(actual),
                            qPrintable(QString::fromLatin1(c.spec) + row(i, actual, want)));
                        continue;
                    }
                    QVERIFY2(std::abs(actual - want) <= 1e-12 * std::abs(want),
                        qPrintable(QString::fromLatin1(c.spec) + row(i, actual, want)));
                    ++compared;
                }
                // The SuperTrend line jumps from one side of the price to the
                // other when the trend turns.
                if (i > 0 && rows[i].size() == 1 && !std::isnan(rows[i - 1][0])
                    && (rows[i - 1][0] < arrays.close[i - 1]) != (rows[i][0] < arrays.close[i]))
                    ++turns;
            }
            QVERIFY(compared > 2000);
            if (QByteArrayView(c.spec).startsWith("supertrend"))
                QVERIFY2(turns > 5, c.spec);
        }
    }

    void snapshotsContinueBitForBit_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("series");
        for (const StudyDefinition &definition : StudyRegistry::definitions()) {
            for (const char *series : { "trend", "micro", "range" })
                QTest::addRow("%s %s", definition.name, series)
                    << QString::fromLatin1(definition.name) << QString::fromLatin1(series);
        }
    }
    void snapshotsContinueBitForBit()
    {
        // Saved at any point — before the first candle, during the warm-up,
        // long after — and loaded into a new study, it continues exactly as
        // one that never stopped.
        QFETCH(QString, spec);
        QFETCH(QString, series);
        const CandleList candles = testing::loadTalibCandles(series).mid(0, 600);
        const auto parsed = StudySpec::parse(spec);
        QVERIFY(parsed);
        const StudyDefinition &definition = parsed->definition();
        const auto whole = parsed->create();
        const auto expected = run(*whole, definition, candles);
        for (qsizetype cut : { 0, 1, 2, 9, 17, 40, 333 }) {
            const auto first = parsed->create();
            run(*first, definition, candles.mid(0, cut));
            QByteArray bytes;
            {
                QDataStream out(&bytes, QIODevice::WriteOnly);
                first->save(out);
            }
            const auto second = parsed->create();
            QDataStream in(bytes);
            QVERIFY(second->load(in));
            QVERIFY2(in.atEnd(), "the snapshot is read to its end");
            const auto rest = run(*second, definition, candles, cut);
            for (qsizetype i = 0; i < rest.size(); ++i) {
                for (qsizetype k = 0; k < rest[i].size(); ++k)
                    QVERIFY2(sameBits(rest[i][k], expected[cut + i][k]),
                        qPrintable(QStringLiteral("cut %1, row %2, output %3")
                                       .arg(cut)
                                       .arg(cut + i)
                                       .arg(k)));
            }
            // A snapshot cut short is refused.
            if (bytes.size() > 1) {
                const auto truncated = parsed->create();
                QDataStream cutShort(bytes.left(bytes.size() - 1));
                QVERIFY(!truncated->load(cutShort));
            }
        }
    }

    void peekChangesNothing()
    {
        const CandleList candles = testing::loadTalibCandles(QStringLiteral("range")).mid(0, 300);
        for (const StudyDefinition &definition : StudyRegistry::definitions()) {
            const auto spec = StudySpec::parse(QLatin1StringView(definition.name));
            QVERIFY(spec);
            const auto peeking = spec->create();
            const auto plain = spec->create();
            const qsizetype outputs = definition.outputs.size();
            for (const Candle &candle : candles) {
                const Bar bar = Bar::from(candle);
                QList<double> peeked(outputs), updated(outputs), reference(outputs);
                Bar other = bar;
                other.close = bar.low;
                peeking->peek(other, peeked.data());
                peeking->peek(bar, peeked.data());
                peeking->update(bar, updated.data());
                plain->update(bar, reference.data());
                for (qsizetype k = 0; k < outputs; ++k) {
                    QVERIFY2(sameBits(peeked[k], updated[k]), definition.name);
                    QVERIFY2(sameBits(updated[k], reference[k]), definition.name);
                }
            }
        }
    }

    void specsName()
    {
        const auto adx = StudySpec::parse(QStringLiteral("adx"));
        QVERIFY(adx);
        QCOMPARE(adx->parameters(), QList<double> { 14 });
        QCOMPARE(adx->canonical(), QStringLiteral("adx:14"));
        QCOMPARE(adx->columns(), QStringList { QStringLiteral("adx") });

        const auto sar = StudySpec::parse(QStringLiteral("sar:0.02:0.2"));
        QVERIFY(sar);
        QCOMPARE(sar->parameters(), (QList<double> { 0.02, 0.2 }));
        QCOMPARE(sar->part(), -1);

        const auto macd = StudySpec::parse(QStringLiteral("macd:8"));
        QVERIFY(macd);
        QCOMPARE(macd->canonical(), QStringLiteral("macd:8:26:9"));
        QCOMPARE(macd->columns(),
            (QStringList { QStringLiteral("macd:8.macd"), QStringLiteral("macd:8.signal"),
                QStringLiteral("macd:8.hist") }));

        const auto upper = StudySpec::parse(QStringLiteral("bb:20:2.5.upper"));
        QVERIFY(upper);
        QCOMPARE(upper->parameters(), (QList<double> { 20, 2.5 }));
        QCOMPARE(upper->columns(), QStringList { QStringLiteral("bb:20:2.5.upper") });
        QCOMPARE(upper->outputIndexes(), QList<int> { 0 });

        // As a trader may type it: upper case, spaces.
        const auto typed = StudySpec::parse(QStringLiteral(" ADX: 21 "));
        QVERIFY(typed);
        QCOMPARE(typed->canonical(), QStringLiteral("adx:21"));

        const auto k = StudySpec::parse(QStringLiteral("stochrsi:14:14:3.d"));
        QVERIFY(k);
        QCOMPARE(k->outputIndexes(), QList<int> { 1 });

        for (const QString &name : StudyRegistry::names())
            QVERIFY2(StudySpec::parse(name), qPrintable(name));
        for (const char *required : { "sma", "wma", "ema", "dema", "tema", "kama", "rsi", "roc",
                 "mom", "adx", "plus_di", "minus_di", "cci", "willr", "atr", "natr", "aroonosc",
                 "mfi", "obv", "sar", "aroon", "stochrsi", "keltner", "donchian", "supertrend" })
            QVERIFY2(StudyRegistry::find(QString::fromLatin1(required)), required);
    }

    void badSpecsAreRefused_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("reason");
        QTest::newRow("unknown") << QStringLiteral("adz:14") << QStringLiteral("no study");
        QTest::newRow("empty") << QString() << QStringLiteral("no study");
        QTest::newRow("not a number") << QStringLiteral("rsi:x") << QStringLiteral("not a number");
        QTest::newRow("comma decimal")
            << QStringLiteral("sar:0,02") << QStringLiteral("not a number");
        QTest::newRow("not whole") << QStringLiteral("ema:2.5") << QStringLiteral("whole");
        QTest::newRow("too short") << QStringLiteral("rsi:1") << QStringLiteral("between 2");
        QTest::newRow("too long") << QStringLiteral("sma:100000") << QStringLiteral("between");
        QTest::newRow("infinite") << QStringLiteral("sma:inf") << QStringLiteral("not a number");
        QTest::newRow("too many") << QStringLiteral("obv:3") << QStringLiteral("at most 0");
        QTest::newRow("macd fast ≥ slow")
            << QStringLiteral("macd:26:12") << QStringLiteral("shorter");
        QTest::newRow("sar acceleration > maximum")
            << QStringLiteral("sar:0.3:0.2") << QStringLiteral("must not exceed");
        QTest::newRow("unknown part")
            << QStringLiteral("bb:20:2.top") << QStringLiteral("no output");
        QTest::newRow("part of one output")
            << QStringLiteral("rsi:14.value") << QStringLiteral("single output");
    }
    void badSpecsAreRefused()
    {
        QFETCH(QString, spec);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(!StudySpec::parse(spec, &error));
        QVERIFY2(error.contains(QLatin1Char('\'') + spec + QLatin1Char('\'')), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStudies)
#include "tst_studies.moc"
