#pragma once

#include "model/Candle.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace kairos {

// Writes the candles CSV format: time (bucket start, epoch ms), open, high,
// low, close, volume, and a symbol column when the output mixes symbols.
// Numbers are exact decimals in the C locale, whatever the user's locale.
class CandleCsvWriter
{
public:
    CandleCsvWriter(QIODevice *device, bool withSymbol);
    ~CandleCsvWriter();

    void write(const Candle &candle, const QString &symbol = {});
    // Writes what is buffered; false (with the device's error) on failure.
    bool flush();

private:
    QIODevice *m_device;
    bool m_withSymbol;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace kairos
