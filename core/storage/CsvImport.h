#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

class QFile;

namespace kairos {

class Database;

// Imports a candles or ticks CSV into a database through a connection of
// its own (on the caller's thread: run it on a worker). Ticks are kept raw
// and also built into candles on every timeframe. Bad lines are reported
// with their line numbers and skipped; everything valid is kept. Rows are
// committed 10,000 at a time, so a cancelled import keeps what it wrote.
// A ticks file streams through in bounded memory, whatever its size.
class CsvImport
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    enum class Kind { Candles, Ticks };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error; // why nothing more could be done
        qint64 rows = 0; // ticks or candles read from the file
        qint64 candleRows = 0; // candle rows written (imported candles: of their timeframe)
        qint64 coarserRows = 0; // imported candles rolled up into the coarser timeframes
        qint64 badLines = 0;
        QStringList badLineMessages; // the first MaxMessages, "file:line: why"
        QStringList symbols;
        std::int64_t timeframeSeconds = 0; // of imported candles
    };

    static constexpr int MaxMessages = 100;
    // Percent done, from 0 to 100.
    using Progress = std::function<void(int percent)>;

    // Candles go to `symbol` at the timeframe of their spacing, and rolled
    // up into every coarser timeframe that is a multiple of it (the first
    // and last buckets may hold only part of their time); ticks go to
    // their symbol column, or to `symbol` without one, as candles of every
    // timeframe.
    static Result run(const QString &csvPath, Kind kind, const QString &symbol,
        const QString &databasePath, const std::atomic<bool> &cancel, const Progress &progress);

private:
    static void importCandles(QFile &file, const QString &source, const QString &symbol,
        Database &db, const std::function<bool()> &openDatabase, const std::atomic<bool> &cancel,
        const Progress &report, Result &result);
    static void importTicks(QFile &file, const QString &source, const QString &symbol, Database &db,
        const std::function<bool()> &openDatabase, const std::atomic<bool> &cancel,
        const Progress &report, Result &result);
};

} // namespace kairos
