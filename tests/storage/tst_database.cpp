#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

namespace {

Candle candle(std::int64_t i)
{
    Candle c;
    c.time = 1'704'067'200'000 + i * 60'000;
    c.open = Decimal::fromUnits(100 + i);
    c.high = Decimal::fromUnits(110 + i);
    c.low = Decimal::fromUnits(90 + i);
    c.close = Decimal::fromUnits(105 + i);
    c.volume = Decimal::fromUnits(i * 3);
    c.trades = std::uint32_t(i % 50);
    c.state = CandleState::Confirmed;
    return c;
}

// Raw access, to make files as older or newer versions of Kairos would.
void rawExec(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString &sql : statements) {
            QSqlQuery query(db);
            QVERIFY2(query.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString tables(Database &db)
{
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names.join(u',');
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsTheCurrentSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("k.db"))), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(tables(db), QStringLiteral("candles,instruments,settings,ticks"));
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
        db.close();
        QVERIFY(db.open(dir.filePath(QStringLiteral("k.db")))); // reopening changes nothing
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    }

    void migratesAVersionOneFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        rawExec(path,
            { QStringLiteral(
                  "CREATE TABLE instruments (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL UNIQUE,"
                  " price_increment INTEGER NOT NULL, quantity_increment INTEGER NOT NULL)"),
                QStringLiteral(
                    "CREATE TABLE candles (symbol INTEGER NOT NULL, timeframe INTEGER NOT NULL,"
                    " time INTEGER NOT NULL, open INTEGER NOT NULL, high INTEGER NOT NULL,"
                    " low INTEGER NOT NULL, close INTEGER NOT NULL, volume INTEGER NOT NULL,"
                    " trades INTEGER NOT NULL, PRIMARY KEY (symbol, timeframe, time)) WITHOUT "
                    "ROWID"),
                QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                QStringLiteral(
                    "INSERT INTO candles VALUES (0, 60, 1704067200000, 1, 2, 1, 2, 5, 1)"),
                QStringLiteral("PRAGMA user_version=1") });
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), 2);
        QVERIFY(tables(db).contains(QStringLiteral("ticks")));
        const CandleList kept = db.latestCandles(0, 60, 10);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept[0].volume.units(), 5);
    }

    void refusesANewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        rawExec(path,
            { QStringLiteral("CREATE TABLE future (x)"),
                QStringLiteral("PRAGMA user_version=99") });
        Database db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.error().contains(QStringLiteral("newer")), qPrintable(db.error()));
        QVERIFY(db.error().contains(QStringLiteral("99")));
        Database reader;
        QVERIFY(!reader.openReadOnly(path));
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // no table was added
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void unopenablePathIsAnError()
    {
        Database db;
        QVERIFY(!db.open(QStringLiteral("/nonexistent/dir/k.db")));
        QVERIFY(!db.error().isEmpty());
    }

    void millionCandleRowsKeepOrderAndLoseNothing()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("big.db"))));
        QElapsedTimer timer;
        timer.start();
        constexpr std::int64_t Rows = 1'000'000;
        constexpr std::int64_t Batch = 10'000;
        for (std::int64_t start = 0; start < Rows; start += Batch) {
            CandleList batch;
            for (std::int64_t i = start; i < start + Batch; ++i)
                batch.append(candle(i));
            QVERIFY2(db.writeCandles(3, 60, batch), qPrintable(db.error()));
        }
        qInfo("wrote %lld candle rows in %lld ms", qlonglong(Rows), timer.elapsed());
        // Writing the last batch again replaces it: no duplicates.
        CandleList again;
        for (std::int64_t i = Rows - 10; i < Rows; ++i)
            again.append(candle(i));
        QVERIFY(db.writeCandles(3, 60, again));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM candles")) && count.next());
        QCOMPARE(count.value(0).toLongLong(), Rows);
        const CandleList last = db.latestCandles(3, 60, 5);
        QCOMPARE(last.size(), 5);
        for (int k = 0; k < 5; ++k)
            QCOMPARE(last[k], candle(Rows - 5 + k));
        QVERIFY(db.latestCandles(4, 60, 5).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
