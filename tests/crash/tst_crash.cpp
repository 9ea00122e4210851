// Kills a headless paper-trading session with SIGKILL at random moments and
// checks, after every kill, that the database lost and duplicated nothing.
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int Kills = 20;

// The client order ids in trades CSV lines (column 9; ids hold no commas).
void collectFills(const QByteArray &csv, QSet<QString> &ids)
{
    for (const QByteArray &line : csv.split('\n')) {
        const QList<QByteArray> cells = line.split(',');
        if (cells.size() >= 10 && cells[0] != "time")
            ids.insert(QString::fromUtf8(cells[8]));
    }
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void killedSessionsLoseAndDuplicateNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.db"));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("kill moments from seed %u", seed);
        QRandomGenerator random(seed);
        QSet<QString> acknowledged;
        qint64 fillsBefore = 0;

        for (int run = 0; run < Kills; ++run) {
            QProcess session;
            QByteArray stdoutText;
            connect(&session, &QProcess::readyReadStandardOutput, this,
                [&] { stdoutText += session.readAllStandardOutput(); });
            session.setProcessChannelMode(QProcess::SeparateChannels);
            session.start(QStringLiteral(KAIROS_CLI),
                { QStringLiteral("run"), QStringLiteral("--db"), path,
                    QStringLiteral("--auto-trade"), QStringLiteral("--strategy"),
                    QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"),
                    QStringLiteral("--risk"),
                    QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json"),
                    QStringLiteral("--second-candles"), QStringLiteral("--symbols"),
                    QStringLiteral("6"), QStringLiteral("--tick-rate"), QStringLiteral("900"),
                    QStringLiteral("--seed"), QString::number(seed + run) });
            QVERIFY(session.waitForStarted());
            QTest::qWait(500 + int(random.bounded(3000)));
            QCOMPARE(session.state(), QProcess::Running); // it did not die by itself
            session.kill();
            QVERIFY(session.waitForFinished());
            stdoutText += session.readAllStandardOutput();
            collectFills(stdoutText, acknowledged);

            const QString name = QStringLiteral("check%1").arg(run);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT count(*), count(DISTINCT client_order_id) FROM fills"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
                const qint64 fills = q.value(0).toLongLong();
                QVERIFY(fills >= fillsBefore); // nothing committed is ever lost
                fillsBefore = fills;
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT count(*), count(DISTINCT client_order_id) FROM orders"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
                // Every fill has its order, marked filled.
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fills f LEFT JOIN orders o"
                                              " ON o.id = f.order_id WHERE o.status IS NOT 1"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), 0);
                QSet<QString> stored;
                QVERIFY(q.exec(QStringLiteral("SELECT client_order_id FROM fills")));
                while (q.next())
                    stored.insert(q.value(0).toString());
                for (const QString &id : std::as_const(acknowledged))
                    QVERIFY2(stored.contains(id),
                        qPrintable(QStringLiteral("run %1: acknowledged fill %2 is missing")
                                       .arg(run)
                                       .arg(id)));
                // Positions equal the sum of their fills (side 1 buys, 2 sells).
                QVERIFY(q.exec(QStringLiteral(
                    "SELECT p.symbol, p.quantity, coalesce((SELECT sum(CASE f.side WHEN 1 THEN"
                    " f.quantity ELSE -f.quantity END) FROM fills f WHERE f.symbol = p.symbol), 0)"
                    " FROM positions p")));
                while (q.next())
                    QVERIFY2(q.value(1).toLongLong() == q.value(2).toLongLong(),
                        qPrintable(QStringLiteral("run %1: symbol %2 holds %3 but its fills sum "
                                                  "to %4")
                                       .arg(run)
                                       .arg(q.value(0).toLongLong())
                                       .arg(q.value(1).toLongLong())
                                       .arg(q.value(2).toLongLong())));
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fills f WHERE NOT EXISTS"
                                              " (SELECT 1 FROM positions p"
                                              " WHERE p.symbol = f.symbol)"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), 0);
            }
            QSqlDatabase::removeDatabase(name);
        }
        qInfo("%lld fills over %d killed sessions, %lld acknowledged on standard output",
            fillsBefore, Kills, qint64(acknowledged.size()));
        QVERIFY2(acknowledged.size() >= Kills / 2, "too few fills to prove anything");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
