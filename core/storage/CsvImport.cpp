#include "CsvImport.h"

#include "Database.h"
#include "StorageReader.h"
#include "feed/CandleCsvReader.h"
#include "feed/TickCsvReader.h"
#include "market/CandleAggregator.h"
#include "market/CandleRollUp.h"
#include "model/Timeframe.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace kairos {

namespace {

constexpr qint64 TransactionRows = 10'000;

// Candle and tick rows in transactions of TransactionRows.
class ImportWriter
{
public:
    explicit ImportWriter(Database &db)
        : m_db(db)
        , m_candle(db.connection())
        , m_tick(db.connection())
    {
        m_candle.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO candles (symbol, timeframe, time, open, high, low, close,"
            " volume, trades, volume_high) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_tick.prepare(QStringLiteral(
            "INSERT INTO ticks (symbol, time, price, quantity, side) VALUES (?, ?, ?, ?, ?)"));
    }

    bool candle(qint64 symbol, qint64 timeframe, const Candle &c)
    {
        const QVariant values[] = { symbol, timeframe, qint64(c.time), qint64(c.open.units()),
            qint64(c.high.units()), qint64(c.low.units()), qint64(c.close.units()),
            qint64(c.volume.low()), qint64(c.trades), qint64(c.volume.high()) };
        for (int i = 0; i < 10; ++i)
            m_candle.bindValue(i, values[i]);
        return exec(m_candle);
    }
    bool tick(qint64 symbol, const Tick &t)
    {
        m_tick.bindValue(0, symbol);
        m_tick.bindValue(1, qint64(t.time));
        m_tick.bindValue(2, qint64(t.price.units()));
        m_tick.bindValue(3, qint64(t.quantity.units()));
        m_tick.bindValue(4, int(t.side));
        return exec(m_tick);
    }
    bool commit()
    {
        if (m_open && !m_db.connection().commit())
            return fail(m_db.connection().lastError().text());
        m_open = false;
        return m_error.isEmpty();
    }
    const QString &error() const { return m_error; }

private:
    bool exec(QSqlQuery &query)
    {
        if (!m_error.isEmpty())
            return false;
        if (!m_open && !(m_open = m_db.connection().transaction()))
            return fail(m_db.connection().lastError().text());
        if (!query.exec())
            return fail(query.lastError().text());
        if (++m_rows % TransactionRows == 0)
            return commit();
        return true;
    }
    bool fail(const QString &error)
    {
        m_error = error;
        if (m_open)
            m_db.connection().rollback();
        m_open = false;
        return false;
    }

    Database &m_db;
    QSqlQuery m_candle;
    QSqlQuery m_tick;
    bool m_open = false;
    qint64 m_rows = 0;
    QString m_error;
};

CsvTable::ErrorHandler collectBadLines(CsvImport::Result &result)
{
    return [&result](const QString &message) {
        if (result.badLineMessages.size() < CsvImport::MaxMessages)
            result.badLineMessages << message;
    };
}

} // namespace

CsvImport::Result CsvImport::run(const QString &csvPath, Kind kind, const QString &symbol,
    const QString &databasePath, const std::atomic<bool> &cancel, const Progress &progress)
{
    Result result;
    QFile file(csvPath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("cannot read %1: %2").arg(csvPath, file.errorString());
        return result;
    }
    const QString source = QFileInfo(csvPath).fileName();
    const auto report = [&](int percent) {
        if (progress)
            progress(percent);
    };
    Database db;
    const auto openDatabase = [&] {
        if (db.open(databasePath))
            return true;
        result.error = db.error();
        return false;
    };
    if (kind == Kind::Candles) {
        importCandles(file, source, symbol, db, openDatabase, cancel, report, result);
    } else {
        importTicks(file, source, symbol, db, openDatabase, cancel, report, result);
    }
    if (result.error.isEmpty() && !result.cancelled) {
        result.ok = true;
        report(100);
    }
    return result;
}

void CsvImport::importCandles(QFile &file, const QString &source, const QString &symbol,
    Database &db, const std::function<bool()> &openDatabase, const std::atomic<bool> &cancel,
    const Progress &report, Result &result)
{
    report(5);
    CandleCsvReader reader(source, collectBadLines(result));
    CandleFile candles;
    if (!reader.read(&file, candles)) {
        result.error = reader.fatalError();
        return;
    }
    result.rows = candles.candles.size();
    result.badLines = candles.badLines;
    result.symbols << symbol;
    // One candle alone says nothing of its width: take a minute.
    const Timeframe tf = candles.candles.size() > 1 ? candleTimeframe(candles.candles)
                                                    : Timeframe::fromSeconds(60);
    if (!tf.isValid()) {
        QStringList labels;
        for (const Timeframe standard : Timeframe::standard())
            labels << standard.label();
        result.error = tr("%1: candles %2 ms apart are not one of the timeframes %3")
                           .arg(source)
                           .arg(candleSpacing(candles.candles))
                           .arg(labels.join(QStringLiteral(", ")));
        return;
    }
    result.timeframeSeconds = tf.seconds();
    report(20);
    if (!openDatabase())
        return;
    StorageReader ids(db);
    const std::vector<std::uint32_t> symbolIds
        = ids.instrumentIds({ { symbol, Decimal::fromUnits(1), Decimal::fromUnits(1) } }, true);
    if (symbolIds.size() != 1) {
        result.error = ids.error();
        return;
    }
    ImportWriter writer(db);
    const qint64 total = std::max<qint64>(1, result.rows);
    qint64 done = 0;
    for (const Candle &c : std::as_const(candles.candles)) {
        if (++done % 4096 == 0)
            report(20 + int(80 * done / total));
        if ((result.cancelled = cancel.load(std::memory_order_relaxed)))
            break;
        if (!writer.candle(symbolIds[0], result.timeframeSeconds, c))
            break;
        ++result.candleRows;
    }
    // So that a chart of any coarser timeframe shows them too.
    for (const Timeframe &coarser : Timeframe::standard()) {
        if (result.cancelled || result.candleRows < result.rows
            || coarser.seconds() <= result.timeframeSeconds || !coarser.nests(tf))
            continue;
        for (const Candle &c : rollUp(candles.candles, coarser)) {
            if (!writer.candle(symbolIds[0], coarser.seconds(), c))
                break;
            ++result.coarserRows;
        }
        if (!writer.error().isEmpty())
            break;
    }
    if (!writer.commit())
        result.error
            = tr("writing %1 failed: %2").arg(db.connection().databaseName(), writer.error());
}

void CsvImport::importTicks(QFile &file, const QString &source, const QString &symbol, Database &db,
    const std::function<bool()> &openDatabase, const std::atomic<bool> &cancel,
    const Progress &report, Result &result)
{
    // The file streams through in batches: its size does not matter.
    TickCsvReader reader(source, symbol, collectBadLines(result));
    std::optional<ImportWriter> writer;
    std::optional<StorageReader> ids;
    std::vector<std::uint32_t> symbolIds;
    CandleAggregator aggregator(Timeframe::standard(), 1); // only its sink: no history
    aggregator.setConfirmedSink([&](std::uint32_t s, int index, const Candle &c) {
        if (writer->candle(symbolIds[s], aggregator.timeframes()[index].seconds(), c))
            ++result.candleRows;
    });
    const qint64 size = std::max<qint64>(1, file.size());
    const auto sink
        = [&](const QList<Tick> &ticks, const InstrumentList &instruments, qint64 bytesRead) {
              if ((result.cancelled = cancel.load(std::memory_order_relaxed)))
                  return false;
              if (!writer) {
                  if (!openDatabase())
                      return false;
                  ids.emplace(db);
                  writer.emplace(db);
              }
              if (symbolIds.size() < std::size_t(instruments.size())) {
                  symbolIds = ids->instrumentIds(instruments, true);
                  if (symbolIds.size() != std::size_t(instruments.size())) {
                      result.error = ids->error();
                      return false;
                  }
                  aggregator.setSymbolCount(int(instruments.size()));
                  result.symbols.clear();
                  for (const Instrument &instrument : instruments)
                      result.symbols << instrument.symbol;
              }
              for (const Tick &t : ticks) {
                  if (!writer->tick(symbolIds[t.symbol], t))
                      return false;
                  aggregator.addTick(t);
              }
              result.rows += ticks.size();
              report(int(std::min<qint64>(99, 100 * bytesRead / size)));
              return true;
          };
    if (!reader.read(&file, sink, &result.badLines)) {
        result.error = reader.fatalError();
        return;
    }
    if (!writer || !result.error.isEmpty())
        return;
    if (!result.cancelled && writer->error().isEmpty())
        aggregator.finish();
    if (!writer->commit())
        result.error
            = tr("writing %1 failed: %2").arg(db.connection().databaseName(), writer->error());
}

} // namespace kairos
