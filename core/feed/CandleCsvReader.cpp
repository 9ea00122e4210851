#include "CandleCsvReader.h"

#include <algorithm>
#include <optional>

namespace kairos {

CandleCsvReader::CandleCsvReader(QString sourceName, CsvTable::ErrorHandler onError)
    : m_source(std::move(sourceName))
    , m_onError(std::move(onError))
{ }

bool CandleCsvReader::read(QByteArrayView data, CandleFile &out)
{
    CsvTable table(data, m_source, m_onError);
    return readTable(table, out);
}

bool CandleCsvReader::read(QIODevice *device, CandleFile &out)
{
    CsvTable table(device, m_source, m_onError);
    return readTable(table, out);
}

bool CandleCsvReader::readTable(CsvTable &table, CandleFile &out)
{
    const QList<QByteArray> names = { "time", "open", "high", "low", "close", "volume" };
    if (!table.readHeader(names)) {
        m_fatal = table.fatalError();
        return false;
    }
    const qsizetype timeCol = table.column("time");
    std::optional<std::int64_t> previous;
    while (table.next()) {
        Candle c;
        c.state = CandleState::Confirmed;
        QString why = CsvTable::parseTime(table.field(timeCol), c.time);
        Decimal *prices[] = { &c.open, &c.high, &c.low, &c.close };
        for (int i = 0; i < 4 && why.isEmpty(); ++i) {
            const QByteArray &name = names[i + 1];
            why = CsvTable::parseDecimal(
                name.constData(), table.field(table.column(name)), *prices[i], false);
        }
        if (why.isEmpty())
            why = CsvTable::parseVolume("volume", table.field(table.column("volume")), c.volume);
        if (why.isEmpty() && c.volume > maxCandleVolume())
            why = tr("volume %1 is more than a candle can be replayed with (at most %2)")
                      .arg(c.volume.toString(), maxCandleVolume().toString());
        if (why.isEmpty() && previous && c.time <= *previous)
            why = tr("time %1 is not after the previous candle's %2").arg(c.time).arg(*previous);
        if (why.isEmpty()
            && (c.high < std::max(c.open, c.close) || c.low > std::min(c.open, c.close)))
            why = tr("high %1 and low %2 do not enclose open %3 and close %4")
                      .arg(c.high.toString(), c.low.toString(), c.open.toString(),
                          c.close.toString());
        if (!why.isEmpty()) {
            table.reject(why);
            continue;
        }
        previous = c.time;
        out.candles.append(c);
    }
    out.badLines = table.badLines();
    return true;
}

} // namespace kairos
