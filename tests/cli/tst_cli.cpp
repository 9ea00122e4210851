#include "CliRun.h"
#include "NaiveAggregator.h"
#include "feed/TickGenerator.h"
#include "model/EventTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void aggregateMillionTicksMatchesNaive_data()
    {
        QTest::addColumn<int>("symbols");
        QTest::addColumn<qint64>("timeframe");
        QTest::newRow("1 symbol, 1m") << 1 << qint64(60);
        QTest::newRow("3 symbols, 5m") << 3 << qint64(300);
        QTest::newRow("1 symbol, 1s") << 1 << qint64(1);
    }
    void aggregateMillionTicksMatchesNaive()
    {
        QFETCH(int, symbols);
        QFETCH(qint64, timeframe);
        SimulatorConfig config;
        config.symbols = SimulatorConfig::defaultSymbols(symbols);
        config.ticksPerSecond = 300.0;
        config.seed = 2024;
        config.startTime = 1709251200000 - 3'600'000; // crosses a day boundary
        TickGenerator generator(config);
        QList<Tick> ticks;
        generator.generate(1'000'000, ticks);

        // Disorder the file the way real captures are: neighbours swapped
        // inside a second, and now and then a tick from an earlier second.
        for (qsizetype i = 1; i + 1 < ticks.size(); i += 97)
            std::swap(ticks[i], ticks[i + 1]);
        for (qsizetype i = 5000; i < ticks.size(); i += 50'000)
            ticks[i].time -= 5000;

        // kairos-cli lists symbols in order of first appearance in the file.
        QStringList names;
        QHash<std::uint32_t, int> appearance;
        for (const Tick &t : std::as_const(ticks)) {
            if (!appearance.contains(t.symbol)) {
                appearance.insert(t.symbol, int(names.size()));
                names << config.symbols[int(t.symbol)].instrument.symbol;
            }
        }
        NaiveAggregator naive(timeframe * 1000);
        QByteArray csv
            = symbols > 1 ? "time,price,quantity,side,symbol\n" : "time,price,quantity,side\n";
        csv.reserve(48 * ticks.size());
        for (qsizetype i = 0; i < ticks.size(); ++i) {
            const Tick &t = ticks[i];
            naive.add(appearance.value(t.symbol), t.time, t.price, t.quantity);
            // Every 1000th time as ISO 8601: both forms must give the same candles.
            csv += i % 1000 == 0 ? EventTime::toIso(t.time).toLatin1() : QByteArray::number(t.time);
            csv += ',' + t.price.toString().toLatin1() + ',' + t.quantity.toString().toLatin1();
            csv += t.side == Side::Buy ? ",buy" : ",sell";
            if (symbols > 1)
                csv += ',' + names[appearance.value(t.symbol)].toLatin1();
            csv += '\n';
        }
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("ticks.csv"), csv);
        const QString out = dir.filePath(QStringLiteral("candles.csv"));

        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QString::number(timeframe), QStringLiteral("--out"),
            out });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains("late ticks dropped"), run.err.constData());
        QFile result(out);
        QVERIFY(result.open(QIODevice::ReadOnly));
        const QByteArray actual = result.readAll();
        const QByteArray expected = naive.csv(names);
        QCOMPARE(actual.count('\n'), expected.count('\n'));
        QVERIFY(actual == expected);
    }

    void badLinesAreReportedAndTheRestKept()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("bad.csv"),
            "time,price,quantity\n"
            "1709251200000,100,1\n"
            "1709251200500,oops,1\n"
            "1709251260000,101,2\n"
            "not-a-time,1,1\n");
        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QStringLiteral("60") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("bad.csv:3: field 'price'"), run.err.constData());
        QVERIFY2(run.err.contains("bad.csv:5: field 'time'"), run.err.constData());
        QCOMPARE(run.out,
            QByteArray("time,open,high,low,close,volume\n"
                       "1709251200000,100,100,100,100,1\n"
                       "1709251260000,101,101,101,101,2\n"));
    }

    void runawayLinesAreBadLinesReadInBoundedMemory()
    {
        // Every reader streams: /dev/zero is one header line that never
        // ends, refused at the limit instead of read until memory runs out.
        if (QFile::exists(QStringLiteral("/dev/zero"))) {
            const QString zero = QStringLiteral("/dev/zero");
            const QList<QStringList> commands {
                { QStringLiteral("aggregate"), QStringLiteral("--ticks"), zero,
                    QStringLiteral("--timeframe"), QStringLiteral("60") },
                { QStringLiteral("indicators"), QStringLiteral("--candles"), zero },
                { QStringLiteral("backtest"), QStringLiteral("--ticks"), zero },
            };
            for (const QStringList &command : commands) {
                const Run run = cli(command);
                QCOMPARE(run.exitCode, 2);
                QVERIFY2(run.err.contains("/dev/zero:1: header: line longer than 1 MiB"),
                    run.err.constData());
            }
        }
        // A runaway line among good ones is one bad line; the rest is kept.
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("long.csv"),
            "time,price,quantity\n1709251200000,100,1\n" + QByteArray(5 << 20, '7')
                + "\n1709251260000,101,2\n");
        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QStringLiteral("60") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("long.csv:3: line longer than 1 MiB"), run.err.constData());
        QVERIFY2(run.err.contains("1 bad lines"), run.err.constData());
        QCOMPARE(run.out,
            QByteArray("time,open,high,low,close,volume\n"
                       "1709251200000,100,100,100,100,1\n"
                       "1709251260000,101,101,101,101,2\n"));
    }

    void manyBadLinesAreSummarised()
    {
        QByteArray csv = "time,price,quantity\n";
        for (int i = 0; i < 250; ++i)
            csv += "1709251200000,bad,1\n";
        csv += "1709251200000,1,1\n";
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("many.csv"), csv);
        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QStringLiteral("60") });
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count("field 'price'"), 100);
        QVERIFY2(run.err.contains("150 more bad line(s) not shown"), run.err.constData());
        QVERIFY(run.err.contains("250 bad lines"));
        QCOMPARE(run.out.count('\n'), 2); // header and the one good candle
    }

    void unwritableOutputIsARuntimeFailure()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("ok.csv"), "time,price,quantity\n1,1,1\n");
        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QStringLiteral("60"), QStringLiteral("--out"),
            dir.filePath(QStringLiteral("no/such/dir.csv")) });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("cannot write"), run.err.constData());
    }

    void aFullDiskIsARuntimeFailure()
    {
        if (!QFile::exists(QStringLiteral("/dev/full")))
            QSKIP("no /dev/full on this system");
        QTemporaryDir dir;
        const QString ticks = writeFile(dir, QStringLiteral("t.csv"),
            "time,price,quantity\n1704067200000,100,1\n1704067201000,101,2\n");
        const QString candles = QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv");
        const QString db = dir.filePath(QStringLiteral("s.db"));
        QCOMPARE(cli({ QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--feed"),
                         QStringLiteral("replay:") + candles, QStringLiteral("--speed"),
                         QStringLiteral("max") })
                     .exitCode,
            0);
        const QString full = QStringLiteral("/dev/full");
        const QList<QStringList> commands {
            { QStringLiteral("aggregate"), QStringLiteral("--ticks"), ticks,
                QStringLiteral("--timeframe"), QStringLiteral("60"), QStringLiteral("--out"),
                full },
            { QStringLiteral("indicators"), QStringLiteral("--candles"), candles,
                QStringLiteral("--out"), full },
            { QStringLiteral("backtest"), QStringLiteral("--candles"), candles,
                QStringLiteral("--trades"), full },
            { QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
                QStringLiteral("alerts"), QStringLiteral("--out"), full },
        };
        for (const QStringList &command : commands) {
            const Run run = cli(command);
            QVERIFY2(run.exitCode == 1,
                qPrintable(command.constFirst() + u": " + QString::fromUtf8(run.err)));
            QVERIFY2(run.err.contains("No space left"), run.err.constData());
        }
    }

    void aBadRedisUrlNeverPrintsItsPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("port") << QStringLiteral("redis://user:hunter2@host:notaport/0");
        QTest::newRow("scheme") << QStringLiteral("redis//user:hunter2@host");
        QTest::newRow("database") << QStringLiteral("redis://user:hunter2@host:6379/x");
        QTest::newRow("no user") << QStringLiteral("redis://:hunter2@:6379");
        QTest::newRow("http") << QStringLiteral("http://admin:hunter2@host");
    }

    void aBadRedisUrlNeverPrintsItsPassword()
    {
        QFETCH(QString, url);
        for (const char *command : { "run", "follow" }) {
            const Run run = cli({ QLatin1StringView(command), QStringLiteral("--redis"), url,
                QStringLiteral("--duration"), QStringLiteral("1") });
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains("not a Redis URL"), run.err.constData());
            QVERIFY2(!run.err.contains("hunter2"), run.err.constData());
            QVERIFY2(run.err.contains("***"), run.err.constData());
        }
    }

    void readsStandardInput()
    {
        const Run run
            = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), QStringLiteral("-"),
                      QStringLiteral("--timeframe"), QStringLiteral("1m") },
                "time,price,quantity\n2024-03-01T00:00:30Z,5,1\n");
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
            QByteArray("time,open,high,low,close,volume\n"
                       "1709251200000,5,5,5,5,1\n"));
    }

    void headerOnlyGivesHeaderOnly()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("empty.csv"), "time,price,quantity\n");
        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QStringLiteral("60") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QByteArray("time,open,high,low,close,volume\n"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no command") << QStringList() << QByteArray("Usage");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QByteArray("unknown command");
        QTest::newRow("missing options")
            << QStringList { QStringLiteral("aggregate") } << QByteArray("required");
        QTest::newRow("bad timeframe") << QStringList { QStringLiteral("aggregate"),
            QStringLiteral("--ticks"), QStringLiteral("x.csv"), QStringLiteral("--timeframe"),
            QStringLiteral("0") } << QByteArray("not a positive number");
        QTest::newRow("missing file") << QStringList { QStringLiteral("aggregate"),
            QStringLiteral("--ticks"), QStringLiteral("/nonexistent/ticks.csv"),
            QStringLiteral("--timeframe"), QStringLiteral("60") }
                                      << QByteArray("cannot read");
        QTest::newRow("unknown option") << QStringList { QStringLiteral("aggregate"),
            QStringLiteral("--bogus") } << QByteArray("bogus");
        QTest::newRow("run feed") << QStringList { QStringLiteral("run"), QStringLiteral("--feed"),
            QStringLiteral("nasdaq") }
                                  << QByteArray("--feed 'nasdaq'");
        const auto run
            = [](const char *feed, const char *option = nullptr, const char *value = nullptr) {
                  QStringList arguments { QStringLiteral("run"), QStringLiteral("--feed"),
                      QString::fromUtf8(feed) };
                  if (option)
                      arguments << QString::fromUtf8(option) << QString::fromUtf8(value);
                  return arguments;
              };
        QTest::newRow("run venue without pairs")
            << run("coinbase:") << QByteArray("needs at least one pair");
        QTest::newRow("run venue bad pair") << run("kraken:BTC/U$D") << QByteArray("U$D");
        QTest::newRow("run venue pair without quote")
            << run("binance:BTCXYZ") << QByteArray("BASE/QUOTE");
        QTest::newRow("run feed-url scheme") << run("binance:BTCUSDT", "--feed-url",
            "http://127.0.0.1:1") << QByteArray("not a ws://");
        QTest::newRow("run rest-url scheme") << run("binance:BTCUSDT", "--rest-url",
            "ws://127.0.0.1:1") << QByteArray("not an http://");
        QTest::newRow("run feed-url for sim")
            << run("sim", "--feed-url", "ws://127.0.0.1:1") << QByteArray("only a venue");
        QTest::newRow("run duration") << QStringList { QStringLiteral("run"),
            QStringLiteral("--duration"), QStringLiteral("-1") }
                                      << QByteArray("--duration");
        // Numbers at the edges of their types are usage errors, never values.
        for (const char *value : { "4294968", "2147484", "1e300", "inf", "nan" })
            QTest::newRow(
                qPrintable(QStringLiteral("run duration %1").arg(QLatin1StringView(value))))
                << QStringList { QStringLiteral("run"), QStringLiteral("--duration"),
                       QLatin1StringView(value) }
                << QByteArray("--duration");
        for (const char *value : { "1e300", "inf", "nan", "0", "-3" })
            QTest::newRow(qPrintable(QStringLiteral("run speed %1").arg(QLatin1StringView(value))))
                << QStringList { QStringLiteral("run"), QStringLiteral("--speed"),
                       QLatin1StringView(value) }
                << QByteArray("--speed");
        for (const char *value : { "nan", "inf" })
            QTest::newRow(
                qPrintable(QStringLiteral("run tick-rate %1").arg(QLatin1StringView(value))))
                << QStringList { QStringLiteral("run"), QStringLiteral("--tick-rate"),
                       QLatin1StringView(value) }
                << QByteArray("--tick-rate");
        QTest::newRow("run history nan") << QStringList { QStringLiteral("run"),
            QStringLiteral("--history"), QStringLiteral("nan") }
                                         << QByteArray("--history");
        QTest::newRow("follow idle inf") << QStringList { QStringLiteral("follow"),
            QStringLiteral("--redis"), QStringLiteral("redis://127.0.0.1:1"),
            QStringLiteral("--idle"), QStringLiteral("inf") }
                                         << QByteArray("--idle");
        QTest::newRow("export what")
            << QStringList { QStringLiteral("export"), QStringLiteral("--db"),
                   QStringLiteral("x.db"), QStringLiteral("--what"), QStringLiteral("positions") }
            << QByteArray("--what must be one of");
        QTest::newRow("export candles symbol") << QStringList { QStringLiteral("export"),
            QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--what"),
            QStringLiteral("candles") } << QByteArray("needs --symbol");
        QTest::newRow("export from") << QStringList { QStringLiteral("export"),
            QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("--what"),
            QStringLiteral("trades"), QStringLiteral("--from"), QStringLiteral("yesterday") }
                                     << QByteArray("--from 'yesterday'");
        QTest::newRow("bench ticks") << QStringList { QStringLiteral("bench"),
            QStringLiteral("--ticks"), QStringLiteral("ten") }
                                     << QByteArray("--ticks");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void missingColumnIsBadInput()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("cols.csv"), "time,price\n1,1\n");
        const Run run = cli({ QStringLiteral("aggregate"), QStringLiteral("--ticks"), in,
            QStringLiteral("--timeframe"), QStringLiteral("60") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("quantity"), run.err.constData());
    }

    void indicatorsMatchTheTaLibReference()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("indicators.csv"));
        const Run run = cli({ QStringLiteral("indicators"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--out"),
            out });
        QCOMPARE(run.exitCode, 0);
        QFile actualFile(out);
        QFile referenceFile(QStringLiteral(KAIROS_TEST_DATA "/talib/trend.talib.csv"));
        QVERIFY(actualFile.open(QIODevice::ReadOnly) && referenceFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> actual = actualFile.readAll().trimmed().split('\n');
        const QList<QByteArray> reference = referenceFile.readAll().trimmed().split('\n');
        QCOMPARE(actual.first(),
            QByteArray("time,close,sma20,ema20,ema50,rsi14,macd,macd_signal,"
                       "macd_hist,bb_upper,bb_middle,bb_lower,atr14"));
        QCOMPARE(actual.size(), reference.size());
        for (qsizetype row = 1; row < actual.size(); ++row) {
            const QList<QByteArray> a = actual[row].split(',');
            const QList<QByteArray> r = reference[row].split(',');
            QCOMPARE(a.size(), 13);
            QCOMPARE(a[0], r[0]);
            QCOMPARE(a[1], r[1]);
            const double close = a[1].toDouble();
            for (int c = 2; c < 13; ++c) {
                QCOMPARE(a[c].isEmpty(), r[c].isEmpty()); // the same warm-up cells
                if (a[c].isEmpty())
                    continue;
                // Shortest round-trip text: reads back to the double it was.
                QCOMPARE(QByteArray::number(a[c].toDouble(), 'g', 17).toDouble(), a[c].toDouble());
                const double tolerance = c == 5 ? 1e-9 : 1e-9 * std::max(1.0, close);
                QVERIFY2(std::abs(a[c].toDouble() - r[c].toDouble()) <= tolerance,
                    qPrintable(QStringLiteral("row %1 column %2").arg(row).arg(c)));
            }
        }
    }

    void indicatorsReportBadCandles()
    {
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("c.csv"),
            "time,open,high,low,close,volume\n"
            "1000,1,2,0.5,1.5,3\n"
            "2000,1,2,0.5,x,3\n"
            "3000,1.5,2,1,1.8,3\n");
        const Run run = cli({ QStringLiteral("indicators"), QStringLiteral("--candles"), in });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("c.csv:3: field 'close'"), run.err.constData());
        QCOMPARE(run.out.count('\n'), 3); // header and the two good candles
        QVERIFY(run.out.contains("\n1000,1.5,,,,,,,,,,,\n"));
    }

    void backtestIsDeterministicOnAHundredThousandCandles()
    {
        // A random walk of 100,000 one-minute candles.
        QByteArray csv = "time,open,high,low,close,volume\n";
        std::uint64_t state = 99;
        std::int64_t price = 5'000'000; // in cents
        for (int i = 0; i < 100'000; ++i) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            const std::int64_t open = price;
            price = std::max<std::int64_t>(1000, price + std::int64_t((state >> 40) % 2001) - 1000);
            const std::int64_t high = std::max(open, price) + std::int64_t((state >> 20) % 300);
            const std::int64_t low = std::min(open, price) - std::int64_t((state >> 30) % 300);
            csv += QByteArray::number(1'704'067'200'000 + std::int64_t(i) * 60'000) + ',';
            for (std::int64_t v : { open, high, low, price })
                csv += Decimal::fromUnits(v * 1'000'000).toString().toLatin1() + ',';
            csv += QByteArray::number(1 + (state >> 50) % 100) + '\n';
        }
        QTemporaryDir dir;
        const QString in = writeFile(dir, QStringLiteral("walk.csv"), csv);
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            const QString trades = dir.filePath(QStringLiteral("trades%1.csv").arg(run));
            const Run r = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"), in,
                QStringLiteral("--trades"), trades });
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains("100000 candles"), r.out.constData());
            QVERIFY(r.out.contains("win rate"));
            QVERIFY(r.out.contains("max drawdown"));
            QFile file(trades);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY(bytes.startsWith("time,symbol,side,quantity,price,fee,realized_pnl,order_id,"
                                     "client_order_id,reason\n"));
            QVERIFY(bytes.count('\n') > 100); // it traded
            if (run == 0)
                first = bytes;
            else
                QVERIFY(bytes == first); // byte for byte
        }
    }

    // A strategy's exits in a backtest: positions end at their take-profit
    // or stop-loss, the trades CSV says which, the same every run.
    void backtestHonoursTheStrategysExits()
    {
        QTemporaryDir dir;
        const QString strategy = writeFile(dir, QStringLiteral("exits.json"),
            R"({"name": "exits", "timeframe": 60,
                "rules": [{"kind": "ma_cross", "enabled": true,
                           "parameters": {"fast": 5, "slow": 20, "exponential": 0}}],
                "sizing": {"mode": "riskPercent", "value": "0.5", "whenPositioned": "ignore"},
                "exits": {"stopLoss": {"atr": "2"}, "takeProfit": {"percent": "0.5"}}})");
        QByteArray first;
        for (int run = 0; run < 2; ++run) {
            const QString trades = dir.filePath(QStringLiteral("trades%1.csv").arg(run));
            const Run r = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
                QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"),
                QStringLiteral("--strategy"), strategy, QStringLiteral("--trades"), trades });
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile file(trades);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(bytes.contains(",take profit\n"), bytes.left(2000).constData());
            QVERIFY(bytes.contains(",stop loss\n"));
            if (run == 0)
                first = bytes;
            else
                QVERIFY(bytes == first);
        }
    }

    void backtestRejectsBadSettingsNamingEachField()
    {
        QTemporaryDir dir;
        const QString risk = writeFile(dir, QStringLiteral("risk.json"),
            R"({"maxOrderQuantity": "-1", "maxOpenOrders": "x",
                                           "bogus": 1, "broker": {"takerFeeBps": "abc"}})");
        const QString strategy = writeFile(dir, QStringLiteral("strategy.json"),
            R"({"name": "", "rules": [{"kind": "rsi_exit",
                                               "parameters": {"period": 1}}]})");
        const Run run = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--risk"),
            risk, QStringLiteral("--strategy"), strategy });
        QCOMPARE(run.exitCode, 2);
        for (const char *field :
            { "maxOrderQuantity", "maxOpenOrders", "bogus", "broker.takerFeeBps", "--strategy" })
            QVERIFY2(run.err.contains(field), run.err.constData());
        QVERIFY(run.out.isEmpty());

        const Run both = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"), risk,
            QStringLiteral("--ticks"), risk });
        QCOMPARE(both.exitCode, 2);
    }

    void strategyAndRiskFilesAreStrict_data()
    {
        QTest::addColumn<QByteArray>("strategy");
        QTest::addColumn<QByteArray>("risk");
        QTest::addColumn<QByteArray>("named");
        const QByteArray rule = R"({"kind": "rsi_exit", "parameters": {"period": 14}})";
        QTest::newRow("misspelt key") << QByteArray(R"({"name": "x", "rulez": [)" + rule + "]}")
                                      << QByteArray() << QByteArray("rulez");
        QTest::newRow("enabled as text")
            << QByteArray(R"({"name": "x", "rules": [{"kind": "rsi_exit", "enabled": "false"}]})")
            << QByteArray() << QByteArray("enabled");
        QTest::newRow("unknown parameter") << QByteArray(
            R"({"name": "x", "rules": [{"kind": "rsi_exit", "parameters": {"perod": 3}}]})")
                                           << QByteArray() << QByteArray("perod");
        QTest::newRow("7 s timeframe") << QByteArray(R"({"name": "x", "timeframe": 7})")
                                       << QByteArray() << QByteArray("timeframe");
        QTest::newRow("2^63 s timeframe")
            << QByteArray(R"({"name": "x", "timeframe": 9223372036854775807})") << QByteArray()
            << QByteArray("timeframe");
        QTest::newRow("rules not a list")
            << QByteArray(R"({"name": "x", "rules": 3})") << QByteArray() << QByteArray("rules");
        QTest::newRow("broker as text")
            << QByteArray() << QByteArray(R"({"broker": "fast"})") << QByteArray("broker");
    }

    void strategyAndRiskFilesAreStrict()
    {
        QFETCH(QByteArray, strategy);
        QFETCH(QByteArray, risk);
        QFETCH(QByteArray, named);
        QTemporaryDir dir;
        QStringList arguments { QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv") };
        if (!strategy.isEmpty())
            arguments << QStringLiteral("--strategy")
                      << writeFile(dir, QStringLiteral("s.json"), strategy);
        if (!risk.isEmpty())
            arguments << QStringLiteral("--risk") << writeFile(dir, QStringLiteral("r.json"), risk);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(named), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void jsonDecimalsAreReadAsWritten()
    {
        QTemporaryDir dir;
        const QString risk = writeFile(dir, QStringLiteral("r.json"),
            R"({"maxOrderNotional": 1234.56, "maxOrderQuantity": 0.1, "dailyLossLimit": 0.3})");
        const Run run = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--risk"),
            risk });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString tooPrecise
            = writeFile(dir, QStringLiteral("p.json"), R"({"maxOrderQuantity": 0.123456789})");
        const Run refused = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--risk"),
            tooPrecise });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("maxOrderQuantity"));

        // At every scale: 10^-5 and 10^4 with all eight decimals read exactly;
        // 10^13 units is past what one Decimal holds today (#15) and says so.
        for (const char *value : { "0.00001234", "12345.67891234" }) {
            const QString file = writeFile(dir, QStringLiteral("s.json"),
                QByteArray(R"({"maxOrderQuantity": )") + value + '}');
            const Run scaled = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
                QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"),
                QStringLiteral("--risk"), file });
            QVERIFY2(scaled.exitCode == 0, scaled.err.constData());
        }
        const QString huge
            = writeFile(dir, QStringLiteral("h.json"), R"({"maxOrderQuantity": 10000000000000})");
        const Run tooBig = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--risk"),
            huge });
        QCOMPARE(tooBig.exitCode, 2);
        QVERIFY2(tooBig.err.contains("out of range"), tooBig.err.constData());
    }

    void backtestHonoursRiskLimits()
    {
        QTemporaryDir dir;
        const QString risk = writeFile(dir, QStringLiteral("risk.json"), R"({"killSwitch": true})");
        const Run run = cli({ QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv"), QStringLiteral("--risk"),
            risk });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("fills          0"), run.out.constData());
        QVERIFY(run.out.contains("killSwitch"));
    }

    void backtestStartsWithTheCashGiven()
    {
        const auto summary = [](const QByteArray &out, const char *label) {
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith(label))
                    return *Decimal::parse(line.mid(qsizetype(qstrlen(label))).trimmed());
            }
            return Decimal();
        };
        const QStringList backtest { QStringLiteral("backtest"), QStringLiteral("--candles"),
            QStringLiteral(KAIROS_TEST_DATA "/talib/trend.candles.csv") };
        const Run standard = cli(backtest);
        QCOMPARE(standard.exitCode, 0);
        QCOMPARE(summary(standard.out, "starting cash"), Decimal::fromInteger(100'000));
        const Run rich
            = cli(backtest + QStringList { QStringLiteral("--cash"), QStringLiteral("2500000.5") });
        QCOMPARE(rich.exitCode, 0);
        QCOMPARE(summary(rich.out, "starting cash"), *Decimal::parse("2500000.5"));
        QCOMPARE(summary(rich.out, "final equity") - summary(rich.out, "net PnL"),
            *Decimal::parse("2500000.5"));
        const Run bad
            = cli(backtest + QStringList { QStringLiteral("--cash"), QStringLiteral("-5") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--cash"));
    }

    void helpAndVersion()
    {
        Run run = cli({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(KAIROS_VERSION));
        run = cli({ QStringLiteral("aggregate"), QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--timeframe"));
    }

    void benchSoakReportsMemoryByDay()
    {
        const Run run
            = cli({ QStringLiteral("bench"), QStringLiteral("--soak"), QStringLiteral("3") });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject soak
            = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("soak")).toObject();
        const QJsonArray days = soak.value(QStringLiteral("by_day")).toArray();
        QCOMPARE(days.size(), 3);
        QVERIFY2(soak.value(QStringLiteral("fills")).toInt() > 0, run.out.constData());
        QVERIFY(soak.contains(QStringLiteral("rss_growth_percent_after_day_2")));
        qint64 ticks = 0;
        for (const QJsonValue &day : days) {
            QVERIFY(day.toObject().value(QStringLiteral("ticks")).toInteger() > ticks);
            ticks = day.toObject().value(QStringLiteral("ticks")).toInteger();
            QVERIFY(day.toObject().value(QStringLiteral("rss_mib")).toDouble() > 1.0);
            QVERIFY(day.toObject().contains(QStringLiteral("heap_in_use_mib")));
        }
        for (const char *bad : { "0", "2.5", "nan", "99999" }) {
            const Run refused = cli(
                { QStringLiteral("bench"), QStringLiteral("--soak"), QString::fromLatin1(bad) });
            QCOMPARE(refused.exitCode, 2);
            QVERIFY(refused.err.contains("--soak"));
        }
    }

    void benchPrintsJson()
    {
        const Run run
            = cli({ QStringLiteral("bench"), QStringLiteral("--ticks"), QStringLiteral("50000") });
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, run.out.constData());
        const QJsonObject indicators = doc.object().value(QStringLiteral("indicators")).toObject();
        QVERIFY(indicators.value(QStringLiteral("ns_per_candle")).toDouble() > 0);
        QVERIFY(indicators.value(QStringLiteral("candles")).toInt() > 0);
        const QJsonObject storage = doc.object().value(QStringLiteral("storage")).toObject();
        QVERIFY2(
            storage.value(QStringLiteral("rows_per_second")).toDouble() > 0, run.out.constData());
        const QJsonObject warm = doc.object().value(QStringLiteral("warm_start")).toObject();
        QCOMPARE(warm.value(QStringLiteral("stored_candles")).toInt(), 10'000);
        QVERIFY2(warm.value(QStringLiteral("chart_candles")).toInt() == 5000, run.out.constData());
        QVERIFY(warm.value(QStringLiteral("first_chart_ms")).toDouble() > 0);
        // Every message sent through the loopback venue became a trade.
        const QJsonObject venue = doc.object().value(QStringLiteral("venue_decode")).toObject();
        QCOMPARE(venue.value(QStringLiteral("adapter_trades")).toInt(), 5000);
        QCOMPARE(venue.value(QStringLiteral("adapter_malformed")).toInt(), 0);
        QVERIFY(venue.value(QStringLiteral("decoder_messages_per_second")).toDouble() > 0);
        const QJsonArray runs = doc.object().value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject().value(QStringLiteral("symbols")).toInt(), 1);
        QCOMPARE(runs[1].toObject().value(QStringLiteral("symbols")).toInt(), 10);
        for (const QJsonValue &r : runs) {
            for (const char *key : { "aggregation", "engine_thread", "simulator" }) {
                const QJsonObject figure = r.toObject().value(QLatin1StringView(key)).toObject();
                QVERIFY(figure.value(QStringLiteral("ticks_per_second")).toDouble() > 0);
                QVERIFY(figure.value(QStringLiteral("ns_per_tick")).toDouble() > 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
