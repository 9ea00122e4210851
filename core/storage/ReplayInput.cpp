#include "ReplayInput.h"
#include "DatabaseTickSource.h"

#include "feed/CandleCsvReader.h"
#include "feed/InstrumentSteps.h"
#include "feed/TickListSource.h"

#include <QFile>
#include <QFileInfo>

namespace kairos {

std::unique_ptr<TickSource> ReplayInput::load(const QString &path,
    const CsvTable::ErrorHandler &onBadLine, QString *error,
    const TickCsvSource::Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    if (file.peek(16) == QByteArrayView("SQLite format 3\0", 16)) {
        file.close();
        return DatabaseTickSource::open(path, error);
    }
    const QString name = QFileInfo(path).fileName();
    const QString symbol = QFileInfo(path).baseName().toUpper();
    const QByteArray start = file.peek(CsvReader::MaxRecordBytes);
    const QByteArray header = start.left(start.indexOf('\n')).toLower();
    if (!(header.contains("open") && header.contains("close"))) {
        file.close();
        return TickCsvSource::open(path, symbol, onBadLine, progress, error);
    }
    // A candles file is a thousandth of its ticks: it is held in memory.
    CandleCsvReader reader(name, onBadLine);
    CandleFile candles;
    if (!reader.read(&file, candles)) {
        *error = reader.fatalError();
        return nullptr;
    }
    if (candles.candles.isEmpty()) {
        *error = tr("%1 has nothing to replay").arg(name);
        return nullptr;
    }
    // One candle alone says nothing of its width: take a minute.
    const std::int64_t spacing = candleSpacing(candles.candles);
    const std::int64_t width = spacing > 0 ? spacing : 60'000;
    TickFile ticks;
    ticks.ticks.reserve(candles.candles.size() * 4);
    for (const Candle &candle : std::as_const(candles.candles))
        appendCandleTicks(candle, width, ticks.ticks);
    ticks.instruments.append({ symbol, Decimal::fromUnits(1), Decimal::fromUnits(1) });
    ticks.badLines = candles.badLines;
    InstrumentSteps steps;
    for (const Tick &tick : std::as_const(ticks.ticks))
        steps.add(tick);
    steps.applyTo(ticks.instruments);
    return std::make_unique<TickListSource>(std::move(ticks));
}

} // namespace kairos
