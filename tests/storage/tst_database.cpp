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
                "alerts,candles,equity,fills,indicator_snapshots,instruments,open_buckets,"
                "orders,positions,settings,signals,state,ticks"));
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
                 "open_buckets", "indicator_snapshots", "state" })
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
