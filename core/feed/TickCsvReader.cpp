#include "TickCsvReader.h"

namespace kairos {

TickCsvReader::TickCsvReader(
    QString sourceName, QString defaultSymbol, CsvTable::ErrorHandler onError)
    : m_source(std::move(sourceName))
    , m_defaultSymbol(std::move(defaultSymbol))
    , m_onError(std::move(onError))
{ }

TickCsvReader::~TickCsvReader() = default;

bool TickCsvReader::read(QByteArrayView data, TickFile &out)
{
    if (!start(std::make_unique<CsvTable>(data, m_source, m_onError)))
        return false;
    return drain(collectInto(out), &out.badLines);
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

bool TickCsvReader::read(QIODevice *device, const Sink &sink, qint64 *badLineCount)
{
    return open(device) && drain(sink, badLineCount);
}

bool TickCsvReader::open(QIODevice *device)
{
    return start(std::make_unique<CsvTable>(device, m_source, m_onError));
}

bool TickCsvReader::start(std::unique_ptr<CsvTable> table)
{
    m_table = std::move(table);
    m_instruments.clear();
    m_symbolIndex.clear();
    if (!m_table->readHeader({ "time", "price", "quantity" })) {
        m_fatal = m_table->fatalError();
        m_table.reset();
        return false;
    }
    m_timeCol = m_table->column("time");
    m_priceCol = m_table->column("price");
    m_quantityCol = m_table->column("quantity");
    m_symbolCol = m_table->column("symbol");
    m_sideCol = m_table->column("side");
    return true;
}

bool TickCsvReader::drain(const Sink &sink, qint64 *badLineCount)
{
    QList<Tick> batch;
    bool going = true;
    while (going && readBatch(BatchSize, batch)) {
        going = sink(batch, m_instruments, bytesRead());
        batch.clear();
    }
    if (going && !batch.isEmpty())
        sink(batch, m_instruments, bytesRead());
    if (badLineCount)
        *badLineCount = badLines();
    return true;
}

qint64 TickCsvReader::badLines() const
{
    return m_table ? m_table->badLines() : 0;
}

qint64 TickCsvReader::bytesRead() const
{
    return m_table ? m_table->bytesRead() : 0;
}

std::uint32_t TickCsvReader::symbolFor(QByteArrayView name)
{
    const QByteArray key = name.trimmed().toByteArray().toUpper();
    auto it = m_symbolIndex.constFind(key);
    if (it != m_symbolIndex.cend())
        return it.value();
    const auto index = std::uint32_t(m_instruments.size());
    Instrument instrument;
    instrument.symbol = key.isEmpty() ? m_defaultSymbol : QString::fromUtf8(key);
    m_instruments.append(instrument);
    m_symbolIndex.insert(key, index);
    return index;
}

bool TickCsvReader::readBatch(qsizetype max, QList<Tick> &out)
{
    if (!m_table)
        return false;
    CsvTable &table = *m_table;
    for (qsizetype taken = 0; taken < max;) {
        if (!table.next())
            return false;
        Tick tick;
        Volume quantity;
        QString why = CsvTable::parseTime(table.field(m_timeCol), tick.time);
        if (why.isEmpty())
            why = CsvTable::parseDecimal("price", table.field(m_priceCol), tick.price, false);
        if (why.isEmpty())
            why = CsvTable::parseVolume("quantity", table.field(m_quantityCol), quantity);
        if (why.isEmpty() && quantity.isZero())
            why = tr("field 'quantity': '%1' is not positive")
                      .arg(CsvTable::excerpt(table.field(m_quantityCol)));
        if (why.isEmpty() && m_sideCol >= 0) {
            const auto side = parseSide(table.field(m_sideCol));
            if (side)
                tick.side = *side;
            else
                why = tr("field 'side': '%1' is not buy or sell")
                          .arg(CsvTable::excerpt(table.field(m_sideCol)));
        }
        if (!why.isEmpty()) {
            table.reject(why);
            continue;
        }
        const qsizetype first = out.size();
        if (!appendTrade(tick, quantity, out)) {
            table.reject(tr("field 'quantity': %1 is more than Kairos takes in one trade")
                             .arg(quantity.toString()));
            continue;
        }
        const std::uint32_t symbol
            = symbolFor(m_symbolCol >= 0 ? table.field(m_symbolCol) : QByteArrayView());
        for (qsizetype i = first; i < out.size(); ++i)
            out[i].symbol = symbol;
        ++taken;
    }
    return true;
}

} // namespace kairos
