#include "storage/Database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace kairos;

namespace {

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
        QCOMPARE(tables(db),
            QStringLiteral(
                "alerts,candles,drawings,equity,fills,indicator_snapshots,instruments,"
                "open_buckets,order_events,orders,positions,settings,signals,state,ticks"));
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
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QVERIFY(tables(db).contains(QStringLiteral("ticks")));
        QVERIFY(tables(db).contains(QStringLiteral("fills")));
        QSqlQuery kept(db.connection());
        QVERIFY(
            kept.exec(QStringLiteral("SELECT volume, volume_high FROM candles")) && kept.next());
        QCOMPARE(kept.value(0).toInt(), 5);
        QCOMPARE(kept.value(1).toInt(), 0);
        QVERIFY(!kept.next());
    }

    void migratesAVersionTwoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v2.db"));
        {
            Database v2;
            QVERIFY(v2.open(path));
        }
        // Make it what Kairos 0.1 left: version 2, without the trading tables.
        QStringList downgrade;
        for (const char *table : { "signals", "orders", "fills", "positions", "equity", "alerts",
                 "open_buckets", "indicator_snapshots", "state", "order_events", "drawings" })
            downgrade << QStringLiteral("DROP TABLE %1").arg(QLatin1StringView(table));
        downgrade << QStringLiteral("ALTER TABLE candles DROP COLUMN volume_high")
                  << QStringLiteral("ALTER TABLE instruments DROP COLUMN min_quantity")
                  << QStringLiteral("ALTER TABLE instruments DROP COLUMN min_notional");
        downgrade << QStringLiteral("INSERT INTO ticks VALUES (1, 1704067200000, 5, 6, 1)")
                  << QStringLiteral("PRAGMA user_version=2");
        rawExec(path, downgrade);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QVERIFY(tables(db).contains(QStringLiteral("orders")));
        QSqlQuery ticks(db.connection());
        QVERIFY(ticks.exec(QStringLiteral("SELECT price FROM ticks")) && ticks.next());
        QCOMPARE(ticks.value(0).toInt(), 5);
    }

    // Version 6 kept one fill per order: its fills get ids, its filled
    // orders their filled quantity and price, and an order can then have more.
    void migratesAVersionSixFileWithItsFills()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.db"));
        {
            Database v6;
            QVERIFY(v6.open(path));
        }
        rawExec(path,
            { QStringLiteral("DROP TABLE fills"),
                QStringLiteral(
                    "CREATE TABLE fills (order_id INTEGER PRIMARY KEY REFERENCES orders (id),"
                    " client_order_id TEXT NOT NULL UNIQUE, symbol INTEGER NOT NULL,"
                    " side INTEGER NOT NULL, quantity INTEGER NOT NULL, price INTEGER NOT NULL,"
                    " fee INTEGER NOT NULL, realized_pnl INTEGER NOT NULL, time INTEGER NOT NULL,"
                    " maker INTEGER NOT NULL, reason TEXT NOT NULL)"),
                QStringLiteral("CREATE INDEX fills_by_time ON fills (time)"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN filled_quantity"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN average_price"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN take_profit"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN stop_loss"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN parent_id"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN held"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN oco_id"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN stop_loss_trail"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN time_limit"),
                QStringLiteral("ALTER TABLE orders DROP COLUMN close_at"),
                QStringLiteral("DROP TABLE order_events"), QStringLiteral("DROP TABLE drawings"),
                QStringLiteral("INSERT INTO orders (id, client_order_id, symbol, side, type,"
                               " time_in_force, quantity, limit_price, time, reason, status)"
                               " VALUES (5, 'a', 1, 1, 0, 0, 300, 0, 1000, '', 1),"
                               " (6, 'b', 1, 1, 1, 0, 200, 90, 1000, '', 0)"),
                QStringLiteral("INSERT INTO fills VALUES (5, 'a', 1, 1, 300, 9950, 1, 0, 1001, 0,"
                               " 'r')"),
                QStringLiteral("PRAGMA user_version=6") });
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, order_id, quantity, price, reason FROM fills"))
            && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QCOMPARE(q.value(1).toInt(), 5);
        QCOMPARE(q.value(2).toInt(), 300);
        QCOMPARE(q.value(3).toInt(), 9950);
        QCOMPARE(q.value(4).toString(), QStringLiteral("r"));
        QVERIFY(q.exec(
            QStringLiteral("SELECT id, filled_quantity, average_price FROM orders ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 300);
        QCOMPARE(q.value(2).toInt(), 9950);
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO fills (order_id, client_order_id, symbol, side,"
                                       " quantity, price, fee, realized_pnl, time, maker, reason)"
                                       " VALUES (6, 'b', 1, 1, 50, 90, 0, 0, 1002, 1, ''),"
                                       " (6, 'b', 1, 1, 50, 90, 0, 0, 1003, 1, '')")),
            "an order's second fill");
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
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
