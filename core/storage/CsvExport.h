#pragma once

#include "StorageReader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <atomic>

namespace kairos {

// Writes what a database holds as the CSV formats of the design notes: one
// writer for the CLI's export and the app's File menu. Signals are
// time,symbol,timeframe,side,confidence,price,rule,reason, alerts
// time,severity,source,text and the order history
// time,order_id,symbol,event,quantity,price,detail (times ISO 8601 UTC;
// RFC 4180 quoting).
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)

public:
    enum class Kind { Candles, Trades, Signals, Alerts, Orders };
    static std::optional<Kind> kindFromName(const QString &name);

    explicit CsvExport(StorageReader &reader);

    // Candles need range.symbol. Stops early, returning false with error(),
    // when `cancel` is set or reading or writing fails.
    bool write(Kind kind, const StorageReader::Range &range, std::int64_t timeframeSeconds,
        QIODevice *device, const std::atomic<bool> *cancel = nullptr);

    qint64 rows() const { return m_rows; }
    const QString &error() const { return m_error; }

private:
    StorageReader &m_reader;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace kairos
