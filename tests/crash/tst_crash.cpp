// Kills a headless paper-trading session with SIGKILL at random moments and
// checks, after every kill, that the database lost and duplicated nothing.
// Every other session trades brackets (a strategy with exits) with market
// orders capped to a share of each trade, so orders fill in parts, exits
// wait for their entries and one-cancels-other pairs end each other.
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
            const bool brackets = run % 2 == 1;
            session.start(QStringLiteral(KAIROS_CLI),
                { QStringLiteral("run"), QStringLiteral("--db"), path,
                    QStringLiteral("--auto-trade"), QStringLiteral("--strategy"),
                    brackets ? QStringLiteral(KAIROS_TEST_DATA "/strategies/fast-exits.json")
                             : QStringLiteral(KAIROS_TEST_DATA "/strategies/fast.json"),
                    QStringLiteral("--risk"),
                    brackets ? QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk-partial.json")
                             : QStringLiteral(KAIROS_TEST_DATA "/strategies/busy-risk.json"),
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
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fills")) && q.next());
                const qint64 fills = q.value(0).toLongLong();
                QVERIFY(fills >= fillsBefore); // nothing committed is ever lost
                fillsBefore = fills;
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT count(*), count(DISTINCT client_order_id) FROM orders"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
                // Every fill has its order, and each order's fills add up to
                // what it says has filled, to the unit.
                QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fills f LEFT JOIN orders o"
                                              " ON o.id = f.order_id WHERE o.id IS NULL"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), 0);
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT count(*) FROM orders o WHERE o.filled_quantity != coalesce("
                            "(SELECT sum(f.quantity) FROM fills f WHERE f.order_id = o.id), 0)"
                            " OR o.filled_quantity > o.quantity"
                            " OR (o.status = 1) != (o.filled_quantity = o.quantity)"))
                    && q.next());
                QCOMPARE(q.value(0).toLongLong(), 0);
                // An exit is held only while its entry has not filled, and
                // belongs to an entry that exists.
                QVERIFY(q.exec(QStringLiteral(
                            "SELECT count(*) FROM orders e LEFT JOIN orders p ON p.id = e.parent_id"
                            " WHERE e.parent_id != 0 AND (p.id IS NULL OR (e.held = 1"
                            " AND e.status IN (0, 5) AND p.filled_quantity > 0))"))
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
        const QString name = QStringLiteral("summary");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The bracket sessions did what they are here to prove.
            QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM orders WHERE parent_id != 0"
                                          " AND filled_quantity > 0), (SELECT count(*) FROM orders"
                                          " WHERE filled_quantity > 0 AND id IN (SELECT order_id"
                                          " FROM fills GROUP BY order_id HAVING count(*) > 1))"))
                && q.next());
            qInfo("%lld exits filled, %lld orders filled in parts", q.value(0).toLongLong(),
                q.value(1).toLongLong());
            QVERIFY(q.value(0).toLongLong() > 0);
            QVERIFY(q.value(1).toLongLong() > 0);
        }
        QSqlDatabase::removeDatabase(name);
        QVERIFY2(acknowledged.size() >= Kills / 2, "too few fills to prove anything");
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
