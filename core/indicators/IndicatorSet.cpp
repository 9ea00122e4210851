#include "IndicatorSet.h"

#include <QIODevice>

namespace kairos {

namespace {

constexpr quint32 SnapshotMagic = 0x4b494e44; // "KIND"
constexpr quint16 SnapshotVersion = 1;

QDataStream &operator<<(QDataStream &out, const IndicatorParams &p)
{
    return out << qint32(p.sma) << qint32(p.emaFast) << qint32(p.emaSlow) << qint32(p.rsi)
               << qint32(p.macdFast) << qint32(p.macdSlow) << qint32(p.macdSignal)
               << qint32(p.bollinger) << p.bollingerDeviations << qint32(p.atr)
               << qint32(p.stochastic) << qint32(p.stochasticK) << qint32(p.stochasticD);
}

QDataStream &operator>>(QDataStream &in, IndicatorParams &p)
{
    qint32 v[12] = {};
    double deviations = 0.0;
    in >> v[0] >> v[1] >> v[2] >> v[3] >> v[4] >> v[5] >> v[6] >> v[7] >> deviations >> v[8] >> v[9]
        >> v[10] >> v[11];
    p = { v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], deviations, v[8], v[9], v[10], v[11] };
    return in;
}

} // namespace

QStringList IndicatorParams::validate() const
{
    QStringList errors;
    const struct
    {
        const char *name;
        int value;
        int minimum;
    } periods[] = {
        { "SMA", sma, 1 },
        { "fast EMA", emaFast, 1 },
        { "slow EMA", emaSlow, 1 },
        { "RSI", rsi, 2 },
        { "MACD fast", macdFast, 1 },
        { "MACD slow", macdSlow, 1 },
        { "MACD signal", macdSignal, 1 },
        { "Bollinger", bollinger, 1 },
        { "ATR", atr, 1 },
        { "Stochastic", stochastic, 1 },
        { "Stochastic %K", stochasticK, 1 },
        { "Stochastic %D", stochasticD, 1 },
    };
    for (const auto &p : periods) {
        if (p.value < p.minimum || p.value > 1000)
            errors << tr("%1 period must be between %2 and 1000, not %3")
                          .arg(QLatin1StringView(p.name))
                          .arg(p.minimum)
                          .arg(p.value);
    }
    if (macdFast >= macdSlow)
        errors << tr("MACD fast period must be shorter than the slow one");
    if (!(bollingerDeviations > 0.0 && bollingerDeviations <= 10.0))
        errors << tr("Bollinger width must be above 0 and at most 10 deviations");
    return errors;
}

IndicatorSet::IndicatorSet(const IndicatorParams &params)
    : m_params(params)
    , m_sma(params.sma)
    , m_emaFast(params.emaFast)
    , m_emaSlow(params.emaSlow)
    , m_rsi(params.rsi)
    , m_macd(params.macdFast, params.macdSlow, params.macdSignal)
    , m_bands(params.bollinger, params.bollingerDeviations)
    , m_atr(params.atr)
    , m_stochastic(params.stochastic, params.stochasticK, params.stochasticD)
{ }

IndicatorValues IndicatorSet::update(const Candle &candle)
{
    ++m_candles;
    const double high = candle.high.toDouble();
    const double low = candle.low.toDouble();
    const double close = candle.close.toDouble();
    IndicatorValues v;
    v.time = candle.time;
    v.sma = m_sma.update(close);
    v.emaFast = m_emaFast.update(close);
    v.emaSlow = m_emaSlow.update(close);
    v.rsi = m_rsi.update(close);
    v.macd = m_macd.update(close);
    v.bands = m_bands.update(close);
    v.atr = m_atr.update(high, low, close);
    v.vwap = m_vwap.update(candle.time, high, low, close, candle.volume.toDouble());
    v.stochastic = m_stochastic.update(high, low, close);
    return v;
}

QByteArray IndicatorSet::snapshot() const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << SnapshotMagic << SnapshotVersion << m_params << m_candles;
    m_sma.save(out);
    m_emaFast.save(out);
    m_emaSlow.save(out);
    m_rsi.save(out);
    m_macd.save(out);
    m_bands.save(out);
    m_atr.save(out);
    m_vwap.save(out);
    m_stochastic.save(out);
    return bytes;
}

bool IndicatorSet::restore(const QByteArray &snapshot)
{
    QDataStream in(snapshot);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint16 version = 0;
    IndicatorParams params;
    in >> magic >> version >> params;
    if (in.status() != QDataStream::Ok || magic != SnapshotMagic || version != SnapshotVersion
        || !(params == m_params))
        return false;
    IndicatorSet restored(m_params);
    in >> restored.m_candles;
    const bool ok = restored.m_sma.load(in) && restored.m_emaFast.load(in)
        && restored.m_emaSlow.load(in) && restored.m_rsi.load(in) && restored.m_macd.load(in)
        && restored.m_bands.load(in) && restored.m_atr.load(in) && restored.m_vwap.load(in)
        && restored.m_stochastic.load(in) && in.atEnd();
    if (!ok)
        return false;
    *this = restored;
    return true;
}

} // namespace kairos
