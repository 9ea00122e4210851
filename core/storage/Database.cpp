#include "Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace kairos {

namespace {

// Each entry takes the schema from its index to index + 1. Never edit one
// that has shipped: add the next.
const char *const Migrations[] = {
    // 0 → 1: the first schema.
    "CREATE TABLE instruments (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL UNIQUE,"
    " price_increment INTEGER NOT NULL, quantity_increment INTEGER NOT NULL);"
    "CREATE TABLE candles (symbol INTEGER NOT NULL, timeframe INTEGER NOT NULL,"
    " time INTEGER NOT NULL, open INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT NULL,"
    " close INTEGER NOT NULL, volume INTEGER NOT NULL, trades INTEGER NOT NULL,"
    " PRIMARY KEY (symbol, timeframe, time)) WITHOUT ROWID;"
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);",
    // 1 → 2: raw ticks, for recorded sessions.
    "CREATE TABLE ticks (symbol INTEGER NOT NULL, time INTEGER NOT NULL, price INTEGER NOT NULL,"
    " quantity INTEGER NOT NULL, side INTEGER NOT NULL);"
    "CREATE INDEX ticks_by_symbol_time ON ticks (symbol, time);",
    // 2 → 3: trading, its journal, and what a warm start needs. Money and
    // quantities are Decimal units (1e-8); times are epoch milliseconds.
    "CREATE TABLE signals (id INTEGER PRIMARY KEY, symbol INTEGER NOT NULL,"
    " timeframe INTEGER NOT NULL, time INTEGER NOT NULL, side INTEGER NOT NULL,"
    " confidence REAL NOT NULL, price REAL NOT NULL, rule TEXT NOT NULL, reason TEXT NOT NULL);"
    "CREATE INDEX signals_by_time ON signals (time);"
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, client_order_id TEXT NOT NULL UNIQUE,"
    " symbol INTEGER NOT NULL, side INTEGER NOT NULL, type INTEGER NOT NULL,"
    " time_in_force INTEGER NOT NULL, quantity INTEGER NOT NULL, limit_price INTEGER NOT NULL,"
    " time INTEGER NOT NULL, reason TEXT NOT NULL, status INTEGER NOT NULL);"
    "CREATE INDEX orders_by_status ON orders (status);"
    "CREATE TABLE fills (order_id INTEGER PRIMARY KEY REFERENCES orders (id),"
    " client_order_id TEXT NOT NULL UNIQUE, symbol INTEGER NOT NULL, side INTEGER NOT NULL,"
    " quantity INTEGER NOT NULL, price INTEGER NOT NULL, fee INTEGER NOT NULL,"
    " realized_pnl INTEGER NOT NULL, time INTEGER NOT NULL, maker INTEGER NOT NULL,"
    " reason TEXT NOT NULL);"
    "CREATE INDEX fills_by_time ON fills (time);"
    "CREATE TABLE positions (symbol INTEGER PRIMARY KEY, quantity INTEGER NOT NULL,"
    " cost INTEGER NOT NULL, realized_pnl INTEGER NOT NULL, fees INTEGER NOT NULL,"
    " time INTEGER NOT NULL);"
    "CREATE TABLE equity (time INTEGER PRIMARY KEY, equity INTEGER NOT NULL,"
    " drawdown INTEGER NOT NULL);"
    "CREATE TABLE alerts (id INTEGER PRIMARY KEY, time INTEGER NOT NULL,"
    " severity INTEGER NOT NULL, source TEXT NOT NULL, text TEXT NOT NULL);"
    "CREATE INDEX alerts_by_time ON alerts (time);"
    "CREATE TABLE open_buckets (symbol INTEGER NOT NULL, timeframe INTEGER NOT NULL,"
    " time INTEGER NOT NULL, open INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT NULL,"
    " close INTEGER NOT NULL, volume INTEGER NOT NULL, trades INTEGER NOT NULL,"
    " PRIMARY KEY (symbol, timeframe)) WITHOUT ROWID;"
    "CREATE TABLE indicator_snapshots (symbol INTEGER NOT NULL, timeframe INTEGER NOT NULL,"
    " kind INTEGER NOT NULL, time INTEGER NOT NULL, state BLOB NOT NULL,"
    " PRIMARY KEY (symbol, timeframe, kind, time)) WITHOUT ROWID;"
    "CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL);",
    // 3 → 4: volumes beyond 92 billion units (volume_high counts 10^10 whole
    // units, volume the 1e-8 units below them), and an instrument's minimum
    // quantity and notional as its venue states them.
    "ALTER TABLE candles ADD COLUMN volume_high INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE open_buckets ADD COLUMN volume_high INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE instruments ADD COLUMN min_quantity INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE instruments ADD COLUMN min_notional INTEGER NOT NULL DEFAULT 0;",
    // 4 → 5: stop and if-touched orders (their trigger, and whether a trade
    // reached it), reduce-only and post-only orders.
    "ALTER TABLE orders ADD COLUMN stop_price INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN reduce_only INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN post_only INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN triggered INTEGER NOT NULL DEFAULT 0;",
    // 5 → 6: trailing stops: the distance (trail_percent: in percent, in
    // Decimal units), the activation price and the best price so far.
    "ALTER TABLE orders ADD COLUMN trail_offset INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN trail_percent INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN activation_price INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN trail_extreme INTEGER NOT NULL DEFAULT 0;",
    // 6 → 7: partial fills: an order may trade in several fills, each a row
    // of its own (id: in the order they happened), and it keeps what has
    // filled and at what average price. Stored orders filled whole.
    "CREATE TABLE fills_7 (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL"
    " REFERENCES orders (id), client_order_id TEXT NOT NULL, symbol INTEGER NOT NULL,"
    " side INTEGER NOT NULL, quantity INTEGER NOT NULL, price INTEGER NOT NULL,"
    " fee INTEGER NOT NULL, realized_pnl INTEGER NOT NULL, time INTEGER NOT NULL,"
    " maker INTEGER NOT NULL, reason TEXT NOT NULL);"
    "INSERT INTO fills_7 (order_id, client_order_id, symbol, side, quantity, price, fee,"
    " realized_pnl, time, maker, reason) SELECT order_id, client_order_id, symbol, side,"
    " quantity, price, fee, realized_pnl, time, maker, reason FROM fills ORDER BY order_id;"
    "DROP TABLE fills;"
    "ALTER TABLE fills_7 RENAME TO fills;"
    "CREATE INDEX fills_by_time ON fills (time);"
    "CREATE INDEX fills_by_order ON fills (order_id);"
    "ALTER TABLE orders ADD COLUMN filled_quantity INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN average_price INTEGER NOT NULL DEFAULT 0;"
    "UPDATE orders SET filled_quantity = quantity, average_price = (SELECT price FROM fills"
    " WHERE fills.order_id = orders.id) WHERE id IN (SELECT order_id FROM fills);",
    // 7 → 8: brackets and one-cancels-other: an entry's take-profit and
    // stop-loss prices, an exit's entry (parent_id) and whether it is still
    // held for it, and an order's one-cancels-other sibling.
    "ALTER TABLE orders ADD COLUMN take_profit INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN stop_loss INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN parent_id INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN held INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN oco_id INTEGER NOT NULL DEFAULT 0;",
    // 8 → 9: a bracket whose stop-loss trails (at this distance).
    "ALTER TABLE orders ADD COLUMN stop_loss_trail INTEGER NOT NULL DEFAULT 0;",
    // 9 → 10: each order's history, step by step (OrderEvent::Kind).
    "CREATE TABLE order_events (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL,"
    " symbol INTEGER NOT NULL, time INTEGER NOT NULL, kind INTEGER NOT NULL,"
    " quantity INTEGER NOT NULL, price INTEGER NOT NULL, detail TEXT NOT NULL);"
    "CREATE INDEX order_events_by_order ON order_events (order_id);"
    "CREATE INDEX order_events_by_time ON order_events (time);",
    // 10 → 11: a bracket's time limit (an entry's) and an exit's, from
    // which it closes at market.
    "ALTER TABLE orders ADD COLUMN time_limit INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE orders ADD COLUMN close_at INTEGER NOT NULL DEFAULT 0;",
    // 11 → 12: what traders draw on a symbol's charts (Drawing::toJson).
    "CREATE TABLE drawings (id INTEGER PRIMARY KEY, symbol TEXT NOT NULL,"
    " drawing TEXT NOT NULL);"
    "CREATE INDEX drawings_by_symbol ON drawings (symbol);",
};
static_assert(std::size(Migrations) == Database::SchemaVersion);

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("kairos-db-%1").arg(++counter);
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db.isValid())
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::exec(const QString &sql)
{
    for (const QString &statement : sql.split(u';', Qt::SkipEmptyParts)) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            m_error = tr("%1: %2").arg(statement.trimmed().left(60), query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::openConnection(const QString &path, bool readOnly)
{
    close();
    m_error.clear();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (readOnly)
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!m_db.open()) {
        m_error = tr("cannot open %1: %2").arg(path, m_db.lastError().text());
        return false;
    }
    return true;
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::openCurrent(const QString &path)
{
    if (!openConnection(path, false))
        return false;
    if (schemaVersion() != SchemaVersion) {
        m_error = tr("%1 is not at schema version %2 yet").arg(path).arg(SchemaVersion);
        close();
        return false;
    }
    return true;
}

bool Database::open(const QString &path)
{
    if (!openConnection(path, false))
        return false;
    const int version = schemaVersion();
    if (version > SchemaVersion) {
        m_error = tr("%1 has schema version %2, newer than this Kairos understands (%3): "
                     "open it with a newer Kairos; it was not changed")
                      .arg(path)
                      .arg(version)
                      .arg(SchemaVersion);
        close();
        return false;
    }
    // WAL: readers never block the writer; NORMAL is durable across
    // application crashes, and the writer commits orders and fills on their own.
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                             " PRAGMA foreign_keys=ON"))
        || !migrate()) {
        close();
        return false;
    }
    return true;
}

bool Database::openReadOnly(const QString &path)
{
    if (!openConnection(path, true))
        return false;
    const int version = schemaVersion();
    if (version != SchemaVersion) {
        m_error = version < SchemaVersion
            ? tr("%1 has schema version %2, older than this Kairos reads (%3): open it once "
                 "for writing (the desktop app, kairos-cli run --db or import) to upgrade it")
                  .arg(path)
                  .arg(version)
                  .arg(SchemaVersion)
            : tr("%1 has schema version %2; this Kairos reads version %3")
                  .arg(path)
                  .arg(version)
                  .arg(SchemaVersion);
        close();
        return false;
    }
    return true;
}

bool Database::migrate()
{
    for (int version = schemaVersion(); version < SchemaVersion; ++version) {
        // Each step and its version bump commit together, or not at all.
        if (!m_db.transaction()) {
            m_error = m_db.lastError().text();
            return false;
        }
        if (!exec(QString::fromLatin1(Migrations[version]))
            || !exec(QStringLiteral("PRAGMA user_version=%1").arg(version + 1))) {
            m_db.rollback();
            m_error = tr("migrating to schema version %1 failed: %2").arg(version + 1).arg(m_error);
            return false;
        }
        if (!m_db.commit()) {
            m_error = m_db.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace kairos
