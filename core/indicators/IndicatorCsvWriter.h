#pragma once

#include "IndicatorSet.h"

#include <QByteArray>
#include <QIODevice>
#include <QStringList>

#include <span>

namespace kairos {

// Writes the indicators CSV format: time,close and one column per value —
// by default
// time,close,sma20,ema20,ema50,rsi14,macd,macd_signal,macd_hist,bb_upper,bb_middle,bb_lower,atr14
// — with an empty cell while a value warms up, and every number in its
// shortest form that reads back to the same double, in the C locale.
class IndicatorCsvWriter
{
public:
    explicit IndicatorCsvWriter(QIODevice *device);
    // Columns after time,close, e.g. the studies' SPECs.
    IndicatorCsvWriter(QIODevice *device, const QStringList &columns);
    ~IndicatorCsvWriter();

    // The default columns.
    void write(const Candle &candle, const IndicatorValues &values);
    void write(const Candle &candle, std::span<const double> values);
    bool flush();

    static void appendNumber(QByteArray &out, double value);

private:
    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace kairos
