#include <QColor>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run app(const QStringList &arguments, const QString &platform = QString(),
    const QString &language = QStringLiteral("C"))
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), language);
    env.insert(QStringLiteral("LANGUAGE"), language);
    if (platform.isEmpty())
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // as on a machine without a display
    else
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);
    env.remove(QStringLiteral("DISPLAY"));
    // Settings of its own, so a developer's saved layout changes nothing here.
    static QTemporaryDir config;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
    static QTemporaryDir data; // and its own default database
    env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KAIROS_APP), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("kairos did not finish");
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        process.readAllStandardOutput(), process.readAllStandardError() };
}

// Starts the app offscreen, left running, with settings of its own in `dir`.
void startApp(QProcess &process, const QTemporaryDir &dir, const QStringList &arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(KAIROS_APP), arguments);
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT

private slots:
    void versionAndHelpNeedNoDisplay()
    {
        Run run = app({ QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(KAIROS_VERSION));
        run = app({ QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--tick-rate"));
    }

    void badOptionsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("feed") << QStringList { QStringLiteral("--feed"), QStringLiteral("nyse") }
                              << QByteArray("--feed");
        QTest::newRow("symbols") << QStringList { QStringLiteral("--symbols"), QStringLiteral("0") }
                                 << QByteArray("--symbols");
        QTest::newRow("rate") << QStringList { QStringLiteral("--tick-rate"), QStringLiteral("-5") }
                              << QByteArray("--tick-rate");
        QTest::newRow("seed") << QStringList { QStringLiteral("--seed"), QStringLiteral("x") }
                              << QByteArray("--seed");
        QTest::newRow("unknown") << QStringList { QStringLiteral("--frobnicate") }
                                 << QByteArray("frobnicate");
        QTest::newRow("redis feed")
            << QStringList { QStringLiteral("--feed"), QStringLiteral("redis:http://localhost") }
            << QByteArray("not a Redis URL");
        QTest::newRow("redis publish")
            << QStringList { QStringLiteral("--redis"), QStringLiteral("redis://localhost:99999") }
            << QByteArray("port");
    }

    void followingANodeThatIsNotThereFails()
    {
        // Port 1 on loopback: nothing listens, the connection is refused.
        const Run run
            = app({ QStringLiteral("--feed"), QStringLiteral("redis:redis://127.0.0.1:1") },
                QStringLiteral("offscreen"));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.err.isEmpty(), "says why");
    }
    void badOptionsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = app(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void speaksGerman()
    {
        const Run run = app({ QStringLiteral("--seed"), QStringLiteral("x") }, QString(),
            QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("ist keine ganze Zahl"), run.err.constData());
    }

    void startsOnTheSimulatorAndDrawsCandles()
    {
        QTemporaryDir dir;
        const QString shot = dir.filePath(QStringLiteral("kairos.png"));
        const Run run = app(
            { QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--screenshot"), shot },
            QStringLiteral("offscreen"));
        QCOMPARE(run.exitCode, 0);
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        int up = 0;
        int down = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                up += c == QColor(0x26, 0xa6, 0x9a) ? 1 : 0;
                down += c == QColor(0xef, 0x53, 0x50) ? 1 : 0;
            }
        }
        QVERIFY2(up > 500 && down > 500, "the window shows rising and falling candles");
    }

    void keepsTheSessionAndWarmStartsFromIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("session.db"));
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const QStringList arguments { QStringLiteral("--db"), db, QStringLiteral("--history"),
            QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("9"),
            QStringLiteral("--screenshot"), shot };
        const auto count = [&db](const QString &sql) {
            qint64 n = -1;
            {
                QSqlDatabase check = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), sql);
                check.setDatabaseName(db);
                QSqlQuery q(check);
                if (check.open() && q.exec(sql) && q.next())
                    n = q.value(0).toLongLong();
            }
            QSqlDatabase::removeDatabase(sql);
            return n;
        };
        QCOMPARE(app(arguments, QStringLiteral("offscreen")).exitCode, 0);
        const qint64 minutes
            = count(QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = 60"));
        QVERIFY2(minutes >= 2 * 60 * 6, qPrintable(QString::number(minutes))); // 2 h, 6 symbols
        QCOMPARE(app(arguments, QStringLiteral("offscreen")).exitCode, 0);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM alerts WHERE text LIKE 'warm start:%'")), 1);
        QVERIFY(
            count(QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = 60")) >= minutes);
        // Without a database nothing is written anywhere.
        const QString none = dir.filePath(QStringLiteral("none.png"));
        QCOMPARE(app({ QStringLiteral("--no-db"), QStringLiteral("--history"), QStringLiteral("0"),
                         QStringLiteral("--screenshot"), none },
                     QStringLiteral("offscreen"))
                     .exitCode,
            0);
    }

    void aSecondTerminalOnTheSameDatabaseStopsAtOnce()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("one.db"));
        QProcess first;
        startApp(first, dir,
            { QStringLiteral("--db"), db, QStringLiteral("--history"), QStringLiteral("0") });
        QVERIFY(first.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db + QStringLiteral(".lock")), 30'000);
        const Run second = app({ QStringLiteral("--db"), db }, QStringLiteral("offscreen"));
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("in use by process"), second.err.constData());
        first.terminate();
        QVERIFY(first.waitForFinished(30'000));
        QCOMPARE(first.exitCode(), 0);
    }

    void shutsDownInOrderOnSigterm()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("term.db"));
        QProcess process;
        startApp(process, dir,
            { QStringLiteral("--db"), db, QStringLiteral("--history"), QStringLiteral("1"),
                QStringLiteral("--seed"), QStringLiteral("4") });
        QVERIFY(process.waitForStarted());
        // Until the warm-up history is stored.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(db), 30'000);
        QTest::qWait(3000);
        process.terminate();
        QVERIFY(process.waitForFinished(30'000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY(process.readAllStandardError().contains("shutting down"));
        QSqlDatabase check
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        check.setDatabaseName(db);
        QVERIFY(check.open());
        QSqlQuery q(check);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM candles WHERE timeframe = 60")));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() >= 60);
    }
};

QTEST_GUILESS_MAIN(TestApp)
#include "tst_app.moc"
