#include "ReplayInput.h"
#include "Database.h"

#include "feed/CandleCsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace kairos {

std::optional<TickFile> ReplayInput::load(
    const QString &path, const CsvTable::ErrorHandler &onBadLine, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.peek(16) == QByteArrayView("SQLite format 3\0", 16)) {
        file.close();
        return loadDatabase(path, error);
    }
    const QString name = QFileInfo(path).fileName();
    const QString symbol = QFileInfo(path).baseName().toUpper();
    const QByteArray start = file.peek(CsvReader::MaxRecordBytes);
    const QByteArray header = start.left(start.indexOf('\n')).toLower();
    TickFile ticks;
    if (header.contains("open") && header.contains("close")) {
        CandleCsvReader reader(name, onBadLine);
        CandleFile candles;
        if (!reader.read(&file, candles)) {
            *error = reader.fatalError();
            return std::nullopt;
        }
        // One candle alone says nothing of its width: take a minute.
        const std::int64_t spacing = candleSpacing(candles.candles);
        const std::int64_t width = spacing > 0 ? spacing : 60'000;
        ticks.ticks.reserve(candles.candles.size() * 4);
        for (const Candle &candle : std::as_const(candles.candles))
            appendCandleTicks(candle, width, ticks.ticks);
        ticks.instruments.append({ symbol, Decimal::fromUnits(1), Decimal::fromUnits(1) });
        ticks.badLines = candles.badLines;
    } else {
        TickCsvReader reader(name, symbol, onBadLine);
        if (!reader.read(&file, ticks)) {
            *error = reader.fatalError();
            return std::nullopt;
        }
    }
    if (ticks.ticks.isEmpty()) {
        *error = tr("%1 has nothing to replay").arg(name);
        return std::nullopt;
    }
    inferSteps(ticks);
    return ticks;
}

void ReplayInput::inferSteps(TickFile &file)
{
    // The finest step each instrument's prices and quantities use: a file
    // does not say, and 1e-8 everywhere would show eight decimals.
    const auto step = [](const Decimal &value) {
        std::int64_t units = value.units();
        std::int64_t step = 1;
        while (step < Decimal::fromInteger(1).units() && units % (step * 10) == 0)
            step *= 10;
        return step;
    };
    std::vector<std::int64_t> price(std::size_t(file.instruments.size()), 100'000'000);
    std::vector<std::int64_t> quantity(price);
    for (const Tick &tick : std::as_const(file.ticks)) {
        if (tick.symbol >= price.size())
            continue;
        price[tick.symbol] = std::min(price[tick.symbol], step(tick.price));
        quantity[tick.symbol] = std::min(quantity[tick.symbol], step(tick.quantity));
    }
    for (qsizetype i = 0; i < file.instruments.size(); ++i) {
        file.instruments[i].priceIncrement = Decimal::fromUnits(price[std::size_t(i)]);
        file.instruments[i].quantityIncrement = Decimal::fromUnits(quantity[std::size_t(i)]);
    }
}

std::optional<TickFile> ReplayInput::loadDatabase(const QString &path, QString *error)
{
    Database db;
    if (!db.openReadOnly(path)) {
        *error = db.error();
        return std::nullopt;
    }
    TickFile out;
    QHash<qint64, std::uint32_t> index; // database id → instrument
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral(
        "SELECT id, symbol, price_increment, quantity_increment FROM instruments ORDER BY id"));
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), std::uint32_t(out.instruments.size()));
        out.instruments.append(
            { query.value(1).toString(), Decimal::fromUnits(query.value(2).toLongLong()),
                Decimal::fromUnits(query.value(3).toLongLong()) });
    }
    // A recorded session replays exactly; otherwise its minute candles.
    query.exec(QStringLiteral(
        "SELECT symbol, time, price, quantity, side FROM ticks ORDER BY time, rowid"));
    // A row naming no instrument (a damaged or foreign file) is skipped: as
    // instrument 0 it would trade a price that is not its own.
    while (query.next()) {
        const auto symbol = index.constFind(query.value(0).toLongLong());
        if (symbol == index.cend())
            continue;
        Tick tick;
        tick.symbol = *symbol;
        tick.time = query.value(1).toLongLong();
        tick.price = Decimal::fromUnits(query.value(2).toLongLong());
        tick.quantity = Decimal::fromUnits(query.value(3).toLongLong());
        tick.side = Side(query.value(4).toInt());
        out.ticks.append(tick);
    }
    if (out.ticks.isEmpty()) {
        query.exec(QStringLiteral("SELECT symbol, time, open, high, low, close, volume FROM "
                                  "candles WHERE timeframe = 60 ORDER BY time"));
        while (query.next()) {
            const auto symbol = index.constFind(query.value(0).toLongLong());
            if (symbol == index.cend())
                continue;
            Candle candle;
            candle.time = query.value(1).toLongLong();
            candle.open = Decimal::fromUnits(query.value(2).toLongLong());
            candle.high = Decimal::fromUnits(query.value(3).toLongLong());
            candle.low = Decimal::fromUnits(query.value(4).toLongLong());
            candle.close = Decimal::fromUnits(query.value(5).toLongLong());
            candle.volume = Decimal::fromUnits(query.value(6).toLongLong());
            const qsizetype from = out.ticks.size();
            appendCandleTicks(candle, 60'000, out.ticks);
            for (qsizetype i = from; i < out.ticks.size(); ++i)
                out.ticks[i].symbol = *symbol;
        }
        // Four trades per candle interleave across symbols: time order again.
        std::stable_sort(out.ticks.begin(), out.ticks.end(),
            [](const Tick &a, const Tick &b) { return a.time < b.time; });
    }
    if (out.ticks.isEmpty()) {
        *error = tr("%1 holds neither recorded ticks nor minute candles").arg(path);
        return std::nullopt;
    }
    return out;
}

} // namespace kairos
