// kairos-cli run: a headless session and how it ends (replay end, signals,
// a reader that goes away), what it keeps, and what it refuses.
#include "CliRun.h"
#include "feed/TickGenerator.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace kairos;

class TestRun : public QObject
{
    Q_OBJECT

private slots:
    void runKeepsASessionThatExportReadsBack()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("session.db"));
        const QStringList session { QStringLiteral("run"), QStringLiteral("--db"), db,
            QStringLiteral("--auto-trade"), QStringLiteral("--strategy"),
            QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"), QStringLiteral("--risk"),
            QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json"),
            QStringLiteral("--second-candles"), QStringLiteral("--symbols"), QStringLiteral("6"),
            QStringLiteral("--tick-rate"), QStringLiteral("900"), QStringLiteral("--duration"),
            QStringLiteral("6") };
        Run run = cli(session);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith("time,symbol,side,quantity,price,fee,realized_pnl,order_id,"
                                    "client_order_id,reason\n"),
            run.out.constData());
        const qsizetype fills = run.out.count('\n') - 1;
        QVERIFY2(fills > 0, run.err.constData());

        // A second session warm-starts from the first.
        run = cli(session);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(
            run.err.contains(QStringLiteral("%1 fills").arg(fills).toUtf8()), run.err.constData());
        const qsizetype total = fills + run.out.count('\n') - 1;

        run = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
            QStringLiteral("trades") });
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.count('\n') - 1, total);
        run = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
            QStringLiteral("signals"), QStringLiteral("--symbol"), QStringLiteral("BTCUSDT") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("time,symbol,timeframe,side,confidence,price,rule,reason\n"));
        for (const QByteArray &line : run.out.split('\n').mid(1)) {
            if (!line.isEmpty())
                QVERIFY2(line.contains(",BTCUSDT,1,"), line.constData());
        }
        run = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
            QStringLiteral("candles"), QStringLiteral("--symbol"), QStringLiteral("ETHUSDT"),
            QStringLiteral("--timeframe"), QStringLiteral("1") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.count('\n') > 5);
        run = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
            QStringLiteral("alerts"), QStringLiteral("--out"),
            dir.filePath(QStringLiteral("a.csv")) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile(dir.filePath(QStringLiteral("a.csv"))).size() > 30);
        run = cli({ QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--what"),
            QStringLiteral("candles"), QStringLiteral("--symbol"), QStringLiteral("NOPE") });
        QCOMPARE(run.exitCode, 2);
    }

    void runStopsInOrderWhenItsReaderGoesAwayOrOnSigterm()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("piped.db"));
        const QStringList session { QStringLiteral("run"), QStringLiteral("--db"), db,
            QStringLiteral("--auto-trade"), QStringLiteral("--strategy"),
            QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"), QStringLiteral("--risk"),
            QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json"),
            QStringLiteral("--tick-rate"), QStringLiteral("900"), QStringLiteral("--duration"),
            QStringLiteral("60") };
        // `run | head -2`: the reader takes the header and a fill and goes away.
        QProcess piped;
        QProcess head;
        piped.setStandardOutputProcess(&head);
        head.start(QStringLiteral("head"), { QStringLiteral("-n"), QStringLiteral("2") });
        piped.start(QStringLiteral(KAIROS_CLI), session);
        QVERIFY(head.waitForFinished(40'000));
        QCOMPARE(head.readAllStandardOutput().count('\n'), 2);
        QVERIFY(piped.waitForFinished(40'000));
        QCOMPARE(piped.exitStatus(), QProcess::NormalExit); // not killed by SIGPIPE
        QCOMPARE(piped.exitCode(), 1);
        QVERIFY(piped.readAllStandardError().contains("standard output closed"));
        // Storage was committed: the next session warm-starts from it.
        Run next = cli({ QStringLiteral("export"), QStringLiteral("--db"), db,
            QStringLiteral("--what"), QStringLiteral("trades") });
        QCOMPARE(next.exitCode, 0);
        QVERIFY(next.out.count('\n') >= 2);

        QProcess stopped;
        stopped.start(QStringLiteral(KAIROS_CLI), session);
        QVERIFY(stopped.waitForReadyRead(30'000));
        stopped.terminate(); // SIGTERM
        QVERIFY(stopped.waitForFinished(40'000));
        QCOMPARE(stopped.exitStatus(), QProcess::NormalExit);
        QCOMPARE(stopped.exitCode(), 0);
        QVERIFY(stopped.readAllStandardError().contains("stopping"));
    }

    void aReplayPrintsEveryCommittedFill()
    {
        // A busy replay at full speed: its end must not cut off fills that
        // the database committed but standard output had not printed yet.
        SimulatorConfig config;
        config.symbols = SimulatorConfig::defaultSymbols(3);
        config.ticksPerSecond = 200;
        config.seed = 42;
        config.startTime = 1'704'067'200'000;
        TickGenerator generator(config);
        QList<Tick> ticks;
        generator.generateUntil(config.startTime + 20 * 60'000, 10'000'000, ticks);
        QByteArray csv = "time,price,quantity,symbol\n";
        for (const Tick &t : std::as_const(ticks))
            csv += QByteArray::number(t.time) + ',' + t.price.toString().toLatin1() + ','
                + t.quantity.toString().toLatin1() + ','
                + generator.instruments()[t.symbol].symbol.toLatin1() + '\n';
        QTemporaryDir dir;
        const QString file = writeFile(dir, QStringLiteral("busy.csv"), csv);
        for (int run = 0; run < 5; ++run) {
            const QString db = dir.filePath(QStringLiteral("replay%1.db").arg(run));
            const Run replay = cli({ QStringLiteral("run"), QStringLiteral("--feed"),
                QStringLiteral("replay:") + file, QStringLiteral("--speed"), QStringLiteral("max"),
                QStringLiteral("--db"), db, QStringLiteral("--auto-trade"),
                QStringLiteral("--strategy"),
                QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"), QStringLiteral("--risk"),
                QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json") });
            QCOMPARE(replay.exitCode, 0);
            const Run stored = cli({ QStringLiteral("export"), QStringLiteral("--db"), db,
                QStringLiteral("--what"), QStringLiteral("trades") });
            QCOMPARE(stored.exitCode, 0);
            const qsizetype printed = replay.out.count('\n') - 1;
            QVERIFY2(printed > 100, qPrintable(QString::number(printed)));
            QCOMPARE(printed, stored.out.count('\n') - 1);
        }
    }

    void oneWriterPerDatabase()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("shared.db"));
        QProcess first;
        first.start(QStringLiteral(KAIROS_CLI),
            { QStringLiteral("run"), QStringLiteral("--db"), db, QStringLiteral("--duration"),
                QStringLiteral("60") });
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db + QStringLiteral(".lock")), 20'000);
        // A second writer stops at once, naming the first; a reader still reads.
        QElapsedTimer took;
        took.start();
        const Run second = cli({ QStringLiteral("run"), QStringLiteral("--db"), db,
            QStringLiteral("--duration"), QStringLiteral("30") });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(took.elapsed() < 10'000, qPrintable(QString::number(took.elapsed())));
        QVERIFY2(second.err.contains(
                     QStringLiteral("in use by process %1").arg(first.processId()).toUtf8()),
            second.err.constData());
        QTest::qWait(1500);
        const Run reader = cli({ QStringLiteral("export"), QStringLiteral("--db"), db,
            QStringLiteral("--what"), QStringLiteral("alerts") });
        QCOMPARE(reader.exitCode, 0);
        first.terminate();
        QVERIFY(first.waitForFinished(30'000));
        QCOMPARE(first.exitCode(), 0);
        // Released with the session: the next one opens it.
        QVERIFY(!QFile::exists(db + QStringLiteral(".lock")));
    }

    void theSameReplayTwiceRewritesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("twice.db"));
        const QStringList session { QStringLiteral("run"), QStringLiteral("--feed"),
            QStringLiteral("replay:" KAIROS_TEST_DATA "/talib/trend.candles.csv"),
            QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--db"), db,
            QStringLiteral("--auto-trade"), QStringLiteral("--strategy"),
            QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"), QStringLiteral("--risk"),
            QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json") };
        // What a table holds, every row of it.
        const auto contents = [&db](const char *sql) {
            QString text;
            {
                QSqlDatabase check
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("rows"));
                check.setDatabaseName(db);
                QSqlQuery q(check);
                if (check.open() && q.exec(QLatin1StringView(sql)) && q.next())
                    text = q.value(0).toString();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("rows"));
            return text;
        };
        const char *equitySql
            = "SELECT count(*) || '|' || group_concat(time || ':' || equity, ',') FROM equity";
        const char *fillsSql
            = "SELECT count(*) || '|' || group_concat(time || ':' || price, ',') FROM fills";
        QCOMPARE(cli(session).exitCode, 0);
        const QString equity = contents(equitySql);
        const QString fills = contents(fillsSql);
        QVERIFY2(!equity.startsWith(u'0') && !fills.startsWith(u'0'), qPrintable(fills));
        const Run again = cli(session);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.err.contains("skipped"), again.err.constData());
        QCOMPARE(again.out.count('\n'), 1); // the header: no fill made twice
        QCOMPARE(contents(equitySql), equity); // history is never rewritten
        QCOMPARE(contents(fillsSql), fills);
    }

    void runWithoutAWritableDatabaseFails()
    {
        const Run run = cli({ QStringLiteral("run"), QStringLiteral("--db"),
            QStringLiteral("/nonexistent/dir/k.db"), QStringLiteral("--duration"),
            QStringLiteral("5") });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("storage failed"), run.err.constData());
        const Run missing = cli(
            { QStringLiteral("export"), QStringLiteral("--db"), QStringLiteral("/nonexistent/k.db"),
                QStringLiteral("--what"), QStringLiteral("trades") });
        QCOMPARE(missing.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
