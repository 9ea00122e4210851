#include "CandleCsvWriter.h"

namespace kairos {

namespace {

// RFC 4180: quote a field only when it holds a separator, quote or line break.
void appendField(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n')
        && !utf8.contains('\r')) {
        out.append(utf8);
        return;
    }
    out.append('"');
    out.append(QByteArray(utf8).replace("\"", "\"\""));
    out.append('"');
}

} // namespace

CandleCsvWriter::CandleCsvWriter(QIODevice *device, bool withSymbol)
    : m_device(device)
    , m_withSymbol(withSymbol)
{
    m_buffer.reserve(1 << 16);
    m_buffer.append("time,open,high,low,close,volume");
    m_buffer.append(withSymbol ? ",symbol\n" : "\n");
}

CandleCsvWriter::~CandleCsvWriter()
{
    flush();
}

void CandleCsvWriter::write(const Candle &c, const QString &symbol)
{
    m_buffer.append(QByteArray::number(c.time));
    for (const Decimal value : { c.open, c.high, c.low, c.close }) {
        m_buffer.append(',');
        value.appendTo(m_buffer);
    }
    m_buffer.append(',');
    c.volume.appendTo(m_buffer);
    if (m_withSymbol) {
        m_buffer.append(',');
        appendField(m_buffer, symbol);
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= (1 << 16))
        flush();
}

bool CandleCsvWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        m_failed = m_device->write(m_buffer) != m_buffer.size();
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace kairos
