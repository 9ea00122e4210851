#pragma once

#include "model/Fill.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace kairos {

// Writes the trades CSV format:
// time,symbol,side,quantity,price,fee,realized_pnl,order_id,client_order_id,reason
// Times are ISO 8601 UTC with milliseconds, numbers exact decimals with a
// '.' point, text quoted by RFC 4180, and a text cell that starts with
// = + - or @ is prefixed with ' so a spreadsheet never runs it as a formula.
class TradesCsvWriter
{
public:
    explicit TradesCsvWriter(QIODevice *device);
    ~TradesCsvWriter();

    void write(const Fill &fill, const QString &symbol);
    bool flush();

    // A text cell as written: quoted when needed, guarded against formulas.
    static QByteArray textCell(const QString &text);

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace kairos
