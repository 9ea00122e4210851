#include "PricePane.h"

#include "ChartColors.h"

#include <algorithm>
#include <cmath>

namespace kairos {

namespace {

using namespace ChartColors;

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Epoch ms of a key in seconds, kept far inside what the sums below hold.
std::int64_t msAt(double seconds)
{
    return std::int64_t(std::clamp(seconds * 1000.0, -4e18, 4e18));
}

} // namespace

PricePane::PricePane(QCPAxisRect *priceRect, QCPAxisRect *volumeRect)
{
    QCPAxis *priceTime = priceRect->axis(QCPAxis::atBottom);
    QCPAxis *price = priceRect->axis(QCPAxis::atRight);
    QCPAxis *volumeTime = volumeRect->axis(QCPAxis::atBottom);
    QCPAxis *volume = volumeRect->axis(QCPAxis::atRight);

    m_candles = new QCPFinancial(priceTime, price);
    m_formingCandle = new QCPFinancial(priceTime, price);
    for (QCPFinancial *f : { m_candles, m_formingCandle }) {
        f->setChartStyle(QCPFinancial::csCandlestick);
        f->setWidthType(QCPFinancial::wtPlotCoords);
        f->setTwoColored(true);
        f->setSelectable(QCP::stNone);
        // Bars are axis-aligned: smoothing their edges costs a frame most of
        // its time and shows nothing.
        f->setAntialiased(false);
    }
    m_volumeUp = new QCPBars(volumeTime, volume);
    m_volumeDown = new QCPBars(volumeTime, volume);
    m_formingVolume = new QCPBars(volumeTime, volume);
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume }) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setSelectable(QCP::stNone);
        bars->setAntialiased(false);
    }
}

void PricePane::applyColors()
{
    m_candles->setBrushPositive(Up);
    m_candles->setBrushNegative(Down);
    m_candles->setPenPositive(QPen(Up));
    m_candles->setPenNegative(QPen(Down));
    // The forming candle is translucent with a dashed outline: it may still change.
    m_formingCandle->setBrushPositive(withAlpha(Up, 90));
    m_formingCandle->setBrushNegative(withAlpha(Down, 90));
    m_formingCandle->setPenPositive(QPen(Up, 1, Qt::DashLine));
    m_formingCandle->setPenNegative(QPen(Down, 1, Qt::DashLine));

    m_volumeUp->setBrush(withAlpha(Up, 140));
    m_volumeUp->setPen(Qt::NoPen);
    m_volumeDown->setBrush(withAlpha(Down, 140));
    m_volumeDown->setPen(Qt::NoPen);
    m_formingVolume->setBrush(withAlpha(Text, 70));
    m_formingVolume->setPen(Qt::NoPen);
}

void PricePane::reset(const Timeframe &timeframe)
{
    m_timeframe = timeframe;
    m_history.reset(ChartStudies::ColumnCount);
    for (QCPFinancial *f : { m_candles, m_formingCandle })
        f->data()->clear();
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume })
        bars->data()->clear();
    const double width = double(timeframe.seconds()) * BodyWidth;
    m_formingCandle->setWidth(width);
    m_formingVolume->setWidth(width);
    m_frame = {};
}

double PricePane::keyOf(std::int64_t time) const
{
    // Keys are seconds: what QCPAxisTickerDateTime expects. Centred in the bucket.
    return double(time) / 1000.0 + double(m_timeframe.seconds()) / 2.0;
}

void PricePane::append(const CandleList &candles, const QList<IndicatorValues> &indicators)
{
    for (qsizetype i = 0; i < candles.size(); ++i) {
        if (i < indicators.size()) {
            const auto values = ChartStudies::columnsOf(indicators[i]);
            m_history.append(candles[i], values);
        } else {
            m_history.append(candles[i]);
        }
    }
    if (m_history.size() > MaxCandles)
        m_history.removeFirst(m_history.size() - MaxCandles / 8 * 7);
}

qsizetype PricePane::prepend(const CandleList &candles, const QList<IndicatorValues> &indicators)
{
    const qsizetype room = std::max<qsizetype>(MaxCandles - m_history.size(), 0);
    const qsizetype skip = std::max<qsizetype>(candles.size() - room, 0);
    std::vector<double> studies;
    studies.reserve(std::size_t(candles.size() - skip) * ChartStudies::ColumnCount);
    for (qsizetype i = skip; i < candles.size(); ++i) {
        if (i < indicators.size()) {
            const auto values = ChartStudies::columnsOf(indicators[i]);
            studies.insert(studies.end(), values.begin(), values.end());
        } else {
            studies.insert(studies.end(), ChartStudies::ColumnCount, std::nan(""));
        }
    }
    return m_history.prepend(candles.sliced(skip), studies);
}

void PricePane::setForming(const std::optional<Candle> &forming)
{
    m_formingCandle->data()->clear();
    m_formingVolume->data()->clear();
    if (!forming)
        return;
    const double key = keyOf(forming->time);
    m_formingCandle->data()->add(QCPFinancialData(key, forming->open.toDouble(),
        forming->high.toDouble(), forming->low.toDouble(), forming->close.toDouble()));
    m_formingVolume->data()->add(QCPBarsData(key, forming->volume.toDouble()));
}

void PricePane::show(const QCPRange &keys, int pixels)
{
    const std::int64_t step = m_timeframe.milliseconds();
    const double perCandle
        = double(std::max(pixels, 1)) * double(m_timeframe.seconds()) / std::max(keys.size(), 1e-9);
    // Buckets of 2^k candles, aligned to the epoch, so panning moves whole
    // bars instead of regrouping them.
    std::int64_t bucket = step;
    while (perCandle * double(bucket / step) < DetailPixels && bucket < (std::int64_t(1) << 50))
        bucket *= 2;
    m_history.takeReads();
    m_history.columns(msAt(keys.lower) - bucket, msAt(keys.upper) + bucket, bucket, m_columns);

    QList<QCPFinancialData> ohlc;
    QList<QCPBarsData> up;
    QList<QCPBarsData> down;
    ohlc.reserve(qsizetype(m_columns.size()));
    const double half = double(bucket) / 2000.0;
    for (const CandleHistory::Span &span : m_columns) {
        const Candle &c = span.candle;
        const double key = double(c.time) / 1000.0 + half;
        ohlc.append(QCPFinancialData(
            key, c.open.toDouble(), c.high.toDouble(), c.low.toDouble(), c.close.toDouble()));
        (c.close >= c.open ? up : down).append(QCPBarsData(key, c.volume.toDouble()));
    }
    // Columns come in time order, so the containers need no sorting.
    m_candles->data()->set(ohlc, true);
    m_volumeUp->data()->set(up, true);
    m_volumeDown->data()->set(down, true);
    m_frame = { qsizetype(m_columns.size()), bucket, pixels, 0, 0 };
    m_candles->setWidth(barWidth());
    m_volumeUp->setWidth(barWidth());
    m_volumeDown->setWidth(barWidth());
    const CandleHistory::Reads reads = m_history.takeReads();
    m_frame.candlesRead = reads.candles;
    m_frame.blocksRead = reads.blocks;
}

double PricePane::barWidth() const
{
    const std::int64_t bucket = m_frame.bucket > 0 ? m_frame.bucket : m_timeframe.milliseconds();
    return double(bucket) / 1000.0 * BodyWidth;
}

std::optional<Candle> PricePane::lastConfirmed() const
{
    if (m_history.isEmpty())
        return std::nullopt;
    return m_history.at(m_history.size() - 1);
}

std::optional<Candle> PricePane::candleAt(double key) const
{
    const double width = double(m_timeframe.seconds());
    const std::int64_t start = msAt(std::floor(key / width) * width);
    const qsizetype i = m_history.lowerBound(start);
    if (i >= m_history.size() || m_history.at(i).time != start)
        return std::nullopt;
    return m_history.at(i);
}

bool PricePane::priceRange(const QCPRange &keys, QCPRange &prices) const
{
    bool any = false;
    for (QCPFinancial *f : { m_candles, m_formingCandle }) {
        bool found = false;
        const QCPRange r = f->getValueRange(found, QCP::sdBoth, keys);
        if (!found)
            continue;
        prices
            = any ? QCPRange(std::min(prices.lower, r.lower), std::max(prices.upper, r.upper)) : r;
        any = true;
    }
    return any;
}

double PricePane::largestVolume(const QCPRange &keys) const
{
    // The forming candle's volume is left out while others are in view: a
    // burst of trades in it would flatten the rest (it is clipped instead).
    double largest = 0.0;
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume }) {
        if (bars == m_formingVolume && largest > 0.0)
            break;
        bool found = false;
        const QCPRange r = bars->getValueRange(found, QCP::sdPositive, keys);
        if (found)
            largest = std::max(largest, r.upper);
    }
    return largest;
}

} // namespace kairos
