#include "TickCsvReader.h"

#include <QHash>

namespace kairos {

TickCsvReader::TickCsvReader(
    QString sourceName, QString defaultSymbol, CsvTable::ErrorHandler onError)
    : m_source(std::move(sourceName))
    , m_defaultSymbol(std::move(defaultSymbol))
    , m_onError(std::move(onError))
{ }

bool TickCsvReader::read(QByteArrayView data, TickFile &out)
{
    CsvTable table(data, m_source, m_onError);
    return readTable(table, collectInto(out), &out.badLines);
}

bool TickCsvReader::read(QIODevice *device, TickFile &out)
{
    return read(device, collectInto(out), &out.badLines);
}

TickCsvReader::Sink TickCsvReader::collectInto(TickFile &out)
{
    return [&out](const QList<Tick> &ticks, const InstrumentList &instruments, qint64) {
        out.ticks.append(ticks);
        out.instruments = instruments;
        return true;
    };
}

bool TickCsvReader::read(QIODevice *device, const Sink &sink, qint64 *badLines)
{
    CsvTable table(device, m_source, m_onError);
    return readTable(table, sink, badLines);
}

bool TickCsvReader::readTable(CsvTable &table, const Sink &sink, qint64 *badLines)
{
    if (!table.readHeader({ "time", "price", "quantity" })) {
        m_fatal = table.fatalError();
        return false;
    }
    const qsizetype timeCol = table.column("time");
    const qsizetype priceCol = table.column("price");
    const qsizetype quantityCol = table.column("quantity");
    const qsizetype symbolCol = table.column("symbol");
    const qsizetype sideCol = table.column("side");

    InstrumentList instruments;
    QHash<QByteArray, std::uint32_t> symbolIndex;
    auto symbolFor = [&](QByteArrayView name) -> std::uint32_t {
        const QByteArray key = name.trimmed().toByteArray().toUpper();
        auto it = symbolIndex.constFind(key);
        if (it != symbolIndex.cend())
            return it.value();
        const auto index = std::uint32_t(instruments.size());
        Instrument instrument;
        instrument.symbol = key.isEmpty() ? m_defaultSymbol : QString::fromUtf8(key);
        instruments.append(instrument);
        symbolIndex.insert(key, index);
        return index;
    };

    QList<Tick> batch;
    bool going = true;
    while (going && table.next()) {
        Tick tick;
        QString why = CsvTable::parseTime(table.field(timeCol), tick.time);
        if (why.isEmpty())
            why = CsvTable::parseDecimal("price", table.field(priceCol), tick.price, false);
        if (why.isEmpty())
            why = CsvTable::parseDecimal(
                "quantity", table.field(quantityCol), tick.quantity, false);
        if (why.isEmpty() && sideCol >= 0) {
            const auto side = parseSide(table.field(sideCol));
            if (side)
                tick.side = *side;
            else
                why = tr("field 'side': '%1' is not buy or sell")
                          .arg(CsvTable::excerpt(table.field(sideCol)));
        }
        if (!why.isEmpty()) {
            table.reject(why);
            continue;
        }
        tick.symbol = symbolFor(symbolCol >= 0 ? table.field(symbolCol) : QByteArrayView());
        batch.append(tick);
        if (batch.size() == BatchSize) {
            going = sink(batch, instruments, table.bytesRead());
            batch.clear();
        }
    }
    if (going && !batch.isEmpty())
        sink(batch, instruments, table.bytesRead());
    *badLines = table.badLines();
    return true;
}

} // namespace kairos
