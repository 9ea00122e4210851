#pragma once

#include "model/Candle.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>

namespace kairos {

// One SQLite file per profile, in WAL mode, with a schema version and
// forward migrations. A file written by a newer Kairos is refused with a
// clear message and left untouched. One Database is one connection: use it
// on one thread only.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema this build writes; migrations take any older file there.
    static constexpr int SchemaVersion = 2;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) and migrates. False with error() on failure.
    bool open(const QString &path);
    // Opens without writing anything: for readers next to the writer.
    bool openReadOnly(const QString &path);
    void close();

    const QString &error() const { return m_error; }
    int schemaVersion() const;
    QSqlDatabase &connection() { return m_db; }

    // Appends confirmed candles of one series in a single transaction;
    // re-writing a candle replaces it (a restart may confirm it again).
    bool writeCandles(
        std::uint32_t symbol, std::int64_t timeframeSeconds, const CandleList &candles);
    // The latest `limit` candles of a series, oldest first.
    CandleList latestCandles(std::uint32_t symbol, std::int64_t timeframeSeconds, int limit);

private:
    bool openConnection(const QString &path, bool readOnly);
    bool migrate();
    bool exec(const QString &sql);

    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace kairos
