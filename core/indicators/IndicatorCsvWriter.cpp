#include "IndicatorCsvWriter.h"

#include <charconv>
#include <cmath>

namespace kairos {

IndicatorCsvWriter::IndicatorCsvWriter(QIODevice *device)
    : IndicatorCsvWriter(device,
        { QStringLiteral("sma20"), QStringLiteral("ema20"), QStringLiteral("ema50"),
            QStringLiteral("rsi14"), QStringLiteral("macd"), QStringLiteral("macd_signal"),
            QStringLiteral("macd_hist"), QStringLiteral("bb_upper"), QStringLiteral("bb_middle"),
            QStringLiteral("bb_lower"), QStringLiteral("atr14") })
{ }

IndicatorCsvWriter::IndicatorCsvWriter(QIODevice *device, const QStringList &columns)
    : m_device(device)
{
    m_buffer.reserve(1 << 16);
    m_buffer.append("time,close");
    for (const QString &column : columns)
        m_buffer.append(',').append(column.toUtf8());
    m_buffer.append('\n');
}

IndicatorCsvWriter::~IndicatorCsvWriter()
{
    flush();
}

void IndicatorCsvWriter::appendNumber(QByteArray &out, double value)
{
    if (std::isnan(value))
        return;
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void IndicatorCsvWriter::write(const Candle &candle, const IndicatorValues &v)
{
    const double values[] = { v.sma, v.emaFast, v.emaSlow, v.rsi, v.macd.macd, v.macd.signal,
        v.macd.histogram, v.bands.upper, v.bands.middle, v.bands.lower, v.atr };
    write(candle, values);
}

void IndicatorCsvWriter::write(const Candle &candle, std::span<const double> values)
{
    m_buffer.append(QByteArray::number(candle.time));
    m_buffer.append(',');
    candle.close.appendTo(m_buffer);
    for (double value : values) {
        m_buffer.append(',');
        appendNumber(m_buffer, value);
    }
    m_buffer.append('\n');
    if (m_buffer.size() >= (1 << 16))
        flush();
}

bool IndicatorCsvWriter::flush()
{
    if (!m_buffer.isEmpty() && !m_failed) {
        m_failed = m_device->write(m_buffer) != m_buffer.size();
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace kairos
