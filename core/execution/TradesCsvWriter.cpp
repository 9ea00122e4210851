#include "TradesCsvWriter.h"

#include "model/EventTime.h"

namespace kairos {

TradesCsvWriter::TradesCsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.append(
        "time,symbol,side,quantity,price,fee,realized_pnl,order_id,client_order_id,reason\n");
}

TradesCsvWriter::~TradesCsvWriter()
{
    flush();
}

QByteArray TradesCsvWriter::textCell(const QString &text)
{
    QByteArray cell = text.toUtf8();
    if (!cell.isEmpty() && QByteArrayView("=+-@").contains(cell.front()))
        cell.prepend('\'');
    if (cell.contains(',') || cell.contains('"') || cell.contains('\n') || cell.contains('\r'))
        cell = '"' + cell.replace("\"", "\"\"") + '"';
    return cell;
}

void TradesCsvWriter::write(const Fill &fill, const QString &symbol)
{
    m_buffer.append(EventTime::toIso(fill.time).toLatin1());
    m_buffer.append(',');
    m_buffer.append(textCell(symbol));
    m_buffer.append(fill.side == Side::Buy ? ",BUY," : ",SELL,");
    fill.quantity.appendTo(m_buffer);
    m_buffer.append(',');
    fill.price.appendTo(m_buffer);
    m_buffer.append(',');
    fill.fee.appendTo(m_buffer);
    m_buffer.append(',');
    fill.realizedPnl.appendTo(m_buffer);
    m_buffer.append(',');
    m_buffer.append(QByteArray::number(fill.orderId));
    m_buffer.append(',');
    m_buffer.append(textCell(fill.clientOrderId));
    m_buffer.append(',');
    m_buffer.append(textCell(fill.reason));
    m_buffer.append('\n');
    if (m_buffer.size() >= (1 << 16))
        flush();
}

bool TradesCsvWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        m_failed = m_device->write(m_buffer) != m_buffer.size();
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace kairos
