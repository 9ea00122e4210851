#pragma once

// A Kairos database holding `count` one-minute candles of BTCUSDT from
// `start`, written by SQLite itself in one statement (a million rows in about
// a second, where row by row through Qt Sql takes a minute). Prices wander
// around 64,000 with daily swings; for the chart tests and kairos-chart-bench.

#include "storage/Database.h"
#include "storage/StorageReader.h"

#include <QSqlError>
#include <QSqlQuery>

namespace kairos::testing {

inline InstrumentList candleDatabaseInstruments()
{
    Instrument btc;
    btc.symbol = QStringLiteral("BTCUSDT");
    btc.priceIncrement = *Decimal::parse("0.01");
    return { btc };
}

inline bool writeCandleDatabase(const QString &path, qint64 count, qint64 start, QString *error)
{
    Database db;
    if (!db.open(path)) {
        *error = db.error();
        return false;
    }
    StorageReader reader(db);
    const std::vector<std::uint32_t> ids = reader.instrumentIds(candleDatabaseInstruments(), true);
    if (ids.size() != 1) {
        *error = reader.error();
        return false;
    }
    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ? - 1),"
        " p(i, o) AS (SELECT i, 6400000000000 + ((i * 7919) % 20011 - 10000) * 10000000"
        " + ((i / 1440) % 90 - 45) * 20000000000 FROM n)"
        " INSERT INTO candles (symbol, timeframe, time, open, high, low, close, volume, trades,"
        " volume_high) SELECT ?, 60, ? + i * 60000, o, o + 3000000000, o - 2900000000,"
        " o + ((i * 104729) % 5001 - 2500) * 1000000, (1 + (i * 31) % 997) * 100000000,"
        " 1 + i % 40, 0 FROM p"));
    insert.addBindValue(count);
    insert.addBindValue(qint64(ids[0]));
    insert.addBindValue(start);
    if (!insert.exec()) {
        *error = insert.lastError().text();
        return false;
    }
    return true;
}

} // namespace kairos::testing
