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
        m_error = tr("%1 has schema version %2; this Kairos reads version %3")
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

bool Database::writeCandles(
    std::uint32_t symbol, std::int64_t timeframeSeconds, const CandleList &candles)
{
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return false;
    }
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO candles (symbol, timeframe, time, open, high, low, close, volume,"
        " trades) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Candle &c : candles) {
        insert.bindValue(0, qint64(symbol));
        insert.bindValue(1, qint64(timeframeSeconds));
        insert.bindValue(2, qint64(c.time));
        insert.bindValue(3, qint64(c.open.units()));
        insert.bindValue(4, qint64(c.high.units()));
        insert.bindValue(5, qint64(c.low.units()));
        insert.bindValue(6, qint64(c.close.units()));
        insert.bindValue(7, qint64(c.volume.units()));
        insert.bindValue(8, qint64(c.trades));
        if (!insert.exec()) {
            m_error = insert.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        return false;
    }
    return true;
}

CandleList Database::latestCandles(std::uint32_t symbol, std::int64_t timeframeSeconds, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT time, open, high, low, close, volume, trades FROM candles"
                                 " WHERE symbol = ? AND timeframe = ? ORDER BY time DESC LIMIT ?"));
    query.bindValue(0, qint64(symbol));
    query.bindValue(1, qint64(timeframeSeconds));
    query.bindValue(2, limit);
    CandleList out;
    if (!query.exec()) {
        m_error = query.lastError().text();
        return out;
    }
    while (query.next()) {
        Candle c;
        c.time = query.value(0).toLongLong();
        c.open = Decimal::fromUnits(query.value(1).toLongLong());
        c.high = Decimal::fromUnits(query.value(2).toLongLong());
        c.low = Decimal::fromUnits(query.value(3).toLongLong());
        c.close = Decimal::fromUnits(query.value(4).toLongLong());
        c.volume = Decimal::fromUnits(query.value(5).toLongLong());
        c.trades = std::uint32_t(query.value(6).toLongLong());
        c.state = CandleState::Confirmed;
        out.prepend(c);
    }
    return out;
}

} // namespace kairos
