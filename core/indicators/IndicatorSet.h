#pragma once

#include "Atr.h"
#include "Bollinger.h"
#include "Ema.h"
#include "Macd.h"
#include "Rsi.h"
#include "Sma.h"
#include "Stochastic.h"
#include "Vwap.h"
#include "model/Candle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMetaType>

namespace kairos {

// Periods of the indicators one series carries. The defaults are the
// columns of `kairos-cli indicators`.
struct IndicatorParams
{
    Q_DECLARE_TR_FUNCTIONS(IndicatorParams)

public:
    int sma = 20;
    int emaFast = 20;
    int emaSlow = 50;
    int rsi = 14;
    int macdFast = 12;
    int macdSlow = 26;
    int macdSignal = 9;
    int bollinger = 20;
    double bollingerDeviations = 2.0;
    int atr = 14;
    int stochastic = 14;
    int stochasticK = 3;
    int stochasticD = 3;

    bool operator==(const IndicatorParams &) const = default;
    // Empty when valid; otherwise one message per bad field.
    QStringList validate() const;
};

// Values after one candle; NaN while an indicator warms up.
struct IndicatorValues
{
    std::int64_t time = 0;
    double sma;
    double emaFast;
    double emaSlow;
    double rsi;
    MacdValue macd;
    BandsValue bands;
    double atr;
    double vwap;
    StochasticValue stochastic;
};

// Every indicator of one candle series, updated once per confirmed candle in
// O(1). peek() previews a forming candle without changing anything;
// snapshot()/restore() carry the complete state across a restart, so a
// restored set continues bit for bit like one that never stopped.
class IndicatorSet
{
public:
    explicit IndicatorSet(const IndicatorParams &params = {});

    const IndicatorParams &params() const { return m_params; }
    qint64 candleCount() const { return m_candles; }

    IndicatorValues update(const Candle &candle);
    IndicatorValues peek(const Candle &candle) const { return IndicatorSet(*this).update(candle); }

    QByteArray snapshot() const;
    // False (and unchanged) when the bytes are not a snapshot of a set with
    // the same parameters.
    bool restore(const QByteArray &snapshot);

private:
    IndicatorParams m_params;
    qint64 m_candles = 0;
    Sma m_sma;
    Ema m_emaFast;
    Ema m_emaSlow;
    Rsi m_rsi;
    Macd m_macd;
    Bollinger m_bands;
    Atr m_atr;
    Vwap m_vwap;
    Stochastic m_stochastic;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::IndicatorParams)
