#pragma once

#include "CsvTable.h"
#include "model/Candle.h"

namespace kairos {

struct CandleFile
{
    CandleList candles; // in file order
    qint64 badLines = 0;
};

// Reads the candles CSV format: time, open, high, low, close, volume (other
// columns ignored), one series in time order. A candle that is not later than
// the one before, or whose high and low do not enclose its open and close, is
// reported like any other bad line.
class CandleCsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CandleCsvReader)

public:
    CandleCsvReader(QString sourceName, CsvTable::ErrorHandler onError);

    bool read(QByteArrayView data, CandleFile &out);
    // Reads in chunks: a runaway line cannot take memory.
    bool read(QIODevice *device, CandleFile &out);
    const QString &fatalError() const { return m_fatal; }

private:
    bool readTable(CsvTable &table, CandleFile &out);

    QString m_source;
    CsvTable::ErrorHandler m_onError;
    QString m_fatal;
};

} // namespace kairos
