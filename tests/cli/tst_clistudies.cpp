#include "../common/TalibData.h"
#include "CliRun.h"
#include "indicators/StudySpec.h"

#include <QTest>

#include <cstring>

using namespace kairos;

// `kairos-cli indicators --study SPEC`: the columns the studies' tests check,
// from the command line.
class TestCliStudies : public QObject
{
    Q_OBJECT

private slots:
    void studiesEqualTheLibraryAndTaLib_data()
    {
        QTest::addColumn<QString>("series");
        for (const char *series : { "trend", "forex", "micro" })
            QTest::newRow(series) << QString::fromLatin1(series);
    }
    void studiesEqualTheLibraryAndTaLib()
    {
        // Every SPEC of the reference file as it is written there (multi-
        // output ones once, without their part), plus channels TA-Lib lacks.
        QFETCH(QString, series);
        const auto reference = testing::loadTalibReference(series, "studies");
        QStringList specs;
        for (const QByteArray &name : reference.names.mid(2)) {
            const QString spec
                = QString::fromLatin1(name.left(name.indexOf(".k") > 0 ? name.indexOf(".k")
                        : name.indexOf(".up") > 0                      ? name.indexOf(".up")
                                                                       : name.size()));
            if (!specs.contains(spec) && !name.endsWith(".down") && !name.endsWith(".d"))
                specs << spec;
        }
        specs << QStringLiteral("bb:20:2") << QStringLiteral("keltner")
              << QStringLiteral("supertrend:7:2") << QStringLiteral("macd.signal");
        QStringList arguments { QStringLiteral("indicators"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/%1.candles.csv").arg(series) };
        for (const QString &spec : std::as_const(specs))
            arguments << QStringLiteral("--study") << spec;
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 0);

        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        const QList<QByteArray> header = lines.first().split(',');
        QCOMPARE(header.mid(0, 2), (QList<QByteArray> { "time", "close" }));
        // The columns, in the order given: SPEC, or SPEC.part per output.
        QStringList columns;
        std::vector<std::unique_ptr<Study>> studies;
        for (const QString &text : std::as_const(specs)) {
            const auto spec = StudySpec::parse(text);
            QVERIFY(spec);
            columns << spec->columns();
            studies.push_back(spec->create());
        }
        QCOMPARE(header.size(), columns.size() + 2);
        for (qsizetype c = 0; c < columns.size(); ++c)
            QCOMPARE(QString::fromUtf8(header[c + 2]), columns[c]);
        QVERIFY(columns.contains(QStringLiteral("aroon:14.up")));
        QVERIFY(columns.contains(QStringLiteral("stochrsi:14:14:3.k")));
        QVERIFY(columns.contains(QStringLiteral("bb:20:2.upper")));
        QVERIFY(columns.contains(QStringLiteral("macd.signal")));

        const CandleList candles = testing::loadTalibCandles(series);
        QCOMPARE(lines.size(), candles.size() + 1);
        int withTaLib = 0;
        for (qsizetype i = 0; i < candles.size(); ++i) {
            const QList<QByteArray> cells = lines[i + 1].split(',');
            QCOMPARE(cells.size(), header.size());
            QCOMPARE(cells[0].toLongLong(), candles[i].time);
            // The library's values, to the bit: the text is the shortest
            // that reads back to the same double.
            qsizetype c = 2;
            for (qsizetype s = 0; s < specs.size(); ++s) {
                const auto spec = StudySpec::parse(specs[s]);
                QList<double> values(spec->definition().outputs.size());
                studies[std::size_t(s)]->update(Bar::from(candles[i]), values.data());
                for (int index : spec->outputIndexes()) {
                    const QByteArray &cell = cells[c];
                    const double value = values[index];
                    QCOMPARE(cell.isEmpty(), std::isnan(value));
                    if (!cell.isEmpty()) {
                        const double read = cell.toDouble();
                        QVERIFY2(std::memcmp(&read, &value, sizeof read) == 0,
                            qPrintable(QStringLiteral("row %1, %2: %3")
                                           .arg(i)
                                           .arg(columns[c - 2], QString::fromLatin1(cell))));
                    }
                    // The same warm-up cells as TA-Lib's.
                    const QByteArray column = header[c].toLower();
                    if (reference.columns.contains(column)) {
                        QCOMPARE(cell.isEmpty(), std::isnan(reference.columns[column][i]));
                        ++withTaLib;
                    }
                    ++c;
                }
            }
        }
        QVERIFY(withTaLib > 15 * 2400);
    }

    void aBadSpecIsAUsageErrorNamingIt_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("reason");
        QTest::newRow("unknown") << QStringLiteral("adz:14") << QByteArray("no study is named");
        QTest::newRow("period") << QStringLiteral("rsi:1") << QByteArray("between 2 and 1000");
        QTest::newRow("text") << QStringLiteral("sar:fast") << QByteArray("not a number");
        QTest::newRow("part") << QStringLiteral("aroon:14.left") << QByteArray("down up");
    }
    void aBadSpecIsAUsageErrorNamingIt()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, reason);
        const Run run = cli({ QStringLiteral("indicators"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--study"),
            QStringLiteral("sma:20"), QStringLiteral("--study"), spec });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QByteArray("'" + spec.toUtf8() + "'")), run.err.constData());
        QVERIFY2(run.err.contains(reason), run.err.constData());
    }

    void aStudyCrossStrategyBacktestsAsItsFixedRule()
    {
        // ema:9 crossing ema:21 is the moving-average rule with EMAs: the
        // same fills, trades and PnL from a strategy file.
        QTemporaryDir dir;
        const QString generic = writeFile(dir, QStringLiteral("generic.json"),
            R"({"name": "s", "timeframe": 60, "rules": [{"kind": "study_cross", "parameters":
                {"study": "ema:9", "crosses": "ema:21", "direction": 0}}]})");
        const QString fixed = writeFile(dir, QStringLiteral("fixed.json"),
            R"({"name": "s", "timeframe": 60, "rules": [{"kind": "ma_cross", "parameters":
                {"fast": 9, "slow": 21, "exponential": 1}}]})");
        const QString candles = QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv");
        const Run a = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
            QStringLiteral("--strategy"), generic });
        const Run b = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
            QStringLiteral("--strategy"), fixed });
        QCOMPARE(a.exitCode, 0);
        QCOMPARE(a.out, b.out);
        QVERIFY2(a.out.contains("fills"), a.out.constData());
        QVERIFY(!a.out.contains("fills          0\n"));

        const QString bad = writeFile(dir, QStringLiteral("bad.json"),
            R"({"name": "s", "timeframe": 60, "rules": [{"kind": "study_cross", "parameters":
                {"study": "ema:9", "crosses": "emma:21"}}]})");
        const Run refused = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
            QStringLiteral("--strategy"), bad });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("study 'emma:21': no study is named 'emma'"),
            refused.err.constData());
    }

    void theHelpListsTheStudies()
    {
        const Run run = cli({ QStringLiteral("indicators"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        for (const QString &name : StudyRegistry::names())
            QVERIFY2(run.out.contains(name.toUtf8()), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestCliStudies)
#include "tst_clistudies.moc"
