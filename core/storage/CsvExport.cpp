#include "CsvExport.h"

#include "execution/TradesCsvWriter.h"
#include "market/CandleCsvWriter.h"
#include "model/EventTime.h"

namespace kairos {

namespace {

// The signals and alerts formats: buffered, written in large pieces.
class LineWriter
{
public:
    LineWriter(QIODevice *device, const QByteArray &header)
        : m_device(device)
        , m_buffer(header)
    { }
    void add(const QByteArray &line)
    {
        m_buffer += line;
        if (m_buffer.size() > (1 << 16))
            flush();
    }
    bool flush()
    {
        m_ok = m_ok && m_device->write(m_buffer) == m_buffer.size();
        m_buffer.clear();
        return m_ok;
    }

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_ok = true;
};

} // namespace

std::optional<CsvExport::Kind> CsvExport::kindFromName(const QString &name)
{
    if (name == u"candles")
        return Kind::Candles;
    if (name == u"trades")
        return Kind::Trades;
    if (name == u"signals")
        return Kind::Signals;
    if (name == u"alerts")
        return Kind::Alerts;
    if (name == u"orders")
        return Kind::Orders;
    return std::nullopt;
}

CsvExport::CsvExport(StorageReader &reader)
    : m_reader(reader)
{ }

bool CsvExport::write(Kind kind, const StorageReader::Range &range, std::int64_t timeframeSeconds,
    QIODevice *device, const std::atomic<bool> *cancel)
{
    const InstrumentList instruments = m_reader.storedInstruments();
    const auto symbolName = [&](std::uint32_t id) { return instruments.value(int(id) - 1).symbol; };
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    const auto text = [](const QString &s) { return TradesCsvWriter::textCell(s); };
    m_rows = 0;
    bool read = false;
    bool written = false;
    switch (kind) {
    case Kind::Candles: {
        if (!range.symbol) {
            m_error = tr("a candles export needs a symbol");
            return false;
        }
        CandleCsvWriter writer(device, false);
        read = m_reader.candles(*range.symbol, timeframeSeconds, range, [&](const Candle &c) {
            writer.write(c);
            ++m_rows;
            return !cancelled();
        });
        written = writer.flush();
        break;
    }
    case Kind::Trades: {
        TradesCsvWriter writer(device);
        read = m_reader.fills(range, [&](const Fill &fill) {
            writer.write(fill, symbolName(fill.symbol));
            ++m_rows;
            return !cancelled();
        });
        written = writer.flush();
        break;
    }
    case Kind::Signals: {
        LineWriter writer(device, "time,symbol,timeframe,side,confidence,price,rule,reason\n");
        read = m_reader.signalRows(range, [&](const Signal &s) {
            writer.add(EventTime::toIso(s.time).toUtf8() + ',' + text(symbolName(s.symbol)) + ','
                + QByteArray::number(s.timeframe.seconds()) + ',' + sideName(s.side).toUtf8() + ','
                + QByteArray::number(s.confidence, 'g', 6) + ','
                + QByteArray::number(s.price, 'g', 15) + ',' + text(s.rule) + ',' + text(s.reason)
                + '\n');
            ++m_rows;
            return !cancelled();
        });
        written = writer.flush();
        break;
    }
    case Kind::Alerts: {
        LineWriter writer(device, "time,severity,source,text\n");
        read = m_reader.alerts(range, [&](const Alert &a) {
            writer.add(EventTime::toIso(a.time).toUtf8() + ','
                + QByteArray(alertSeverityKey(a.severity).data()) + ',' + text(a.source) + ','
                + text(a.text) + '\n');
            ++m_rows;
            return !cancelled();
        });
        written = writer.flush();
        break;
    }
    case Kind::Orders: {
        LineWriter writer(device, "time,order_id,symbol,event,quantity,price,detail\n");
        read = m_reader.orderEvents(range, [&](const OrderEvent &e) {
            QByteArray line = EventTime::toIso(e.time).toUtf8() + ','
                + QByteArray::number(e.orderId) + ',' + text(symbolName(e.symbol)) + ','
                + orderEventKey(e.kind).data() + ',';
            e.quantity.appendTo(line);
            line += ',';
            if (e.price > Decimal())
                e.price.appendTo(line);
            writer.add(line + ',' + text(e.detail) + '\n');
            ++m_rows;
            return !cancelled();
        });
        written = writer.flush();
        break;
    }
    }
    if (cancelled()) {
        m_error = tr("cancelled");
        return false;
    }
    if (!read) {
        m_error = m_reader.error();
        return false;
    }
    if (!written) {
        m_error = tr("writing failed: %1").arg(device->errorString());
        return false;
    }
    return true;
}

} // namespace kairos
