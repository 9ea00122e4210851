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
    m_line = new QCPGraph(priceTime, price);
    m_formingLine = new QCPGraph(priceTime, price);
    for (QCPGraph *g : { m_line, m_formingLine }) {
        g->setSelectable(QCP::stNone);
        g->setVisible(false);
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
    // A colour of its own: the text's grey is the Bollinger bands' too.
    const QColor line(0x29, 0x62, 0xff);
    m_line->setPen(QPen(line, 1.5));
    m_formingLine->setPen(QPen(line, 1.5, Qt::DashLine));
}

void PricePane::setStyle(Style style)
{
    m_style = style;
    const bool line = style == Style::Line;
    for (QCPFinancial *f : { m_candles, m_formingCandle }) {
        f->setVisible(!line);
        f->setChartStyle(style == Style::Bars ? QCPFinancial::csOhlc : QCPFinancial::csCandlestick);
    }
    m_line->setVisible(line);
    m_formingLine->setVisible(line);
    showForming();
}

void PricePane::reset(const Timeframe &timeframe)
{
    m_timeframe = timeframe;
    m_history.reset(lineCount());
    m_userStudies.clear();
    for (const StudySpec &spec : std::as_const(m_userSpecs))
        m_userStudies.push_back(spec.create());
    for (QCPFinancial *f : { m_candles, m_formingCandle })
        f->data()->clear();
    for (QCPGraph *g : { m_line, m_formingLine })
        g->data()->clear();
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume })
        bars->data()->clear();
    m_forming.reset();
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

void PricePane::setUserStudies(const QList<StudySpec> &specs)
{
    m_userSpecs = specs;
    m_userOutputs = 0;
    for (const StudySpec &spec : specs)
        m_userOutputs += int(spec.definition().outputs.size());
    recomputeUserStudies();
}

void PricePane::updateUserStudies(const Candle &candle, double *values)
{
    const Bar bar = Bar::from(candle);
    for (qsizetype s = 0; s < m_userSpecs.size(); ++s) {
        m_userStudies[std::size_t(s)]->update(bar, values);
        values += m_userSpecs[s].definition().outputs.size();
    }
}

std::vector<double> PricePane::userPreview(const Candle &forming) const
{
    std::vector<double> values(std::size_t(m_userOutputs), std::nan(""));
    const Bar bar = Bar::from(forming);
    double *out = values.data();
    for (qsizetype s = 0; s < m_userSpecs.size(); ++s) {
        m_userStudies[std::size_t(s)]->peek(bar, out);
        out += m_userSpecs[s].definition().outputs.size();
    }
    return values;
}

void PricePane::recomputeUserStudies()
{
    m_userStudies.clear();
    for (const StudySpec &spec : std::as_const(m_userSpecs))
        m_userStudies.push_back(spec.create());
    const CandleHistory held = std::exchange(m_history, CandleHistory(lineCount()));
    std::vector<double> row(std::size_t(lineCount()), std::nan(""));
    const int fixed = std::min<int>(held.studyCount(), ChartStudies::ColumnCount);
    for (qsizetype i = 0; i < held.size(); ++i) {
        for (int line = 0; line < fixed; ++line)
            row[std::size_t(line)] = held.study(line, i);
        updateUserStudies(held.at(i), row.data() + ChartStudies::ColumnCount);
        m_history.append(held.at(i), row);
    }
}

void PricePane::append(const CandleList &candles, const QList<IndicatorValues> &indicators)
{
    std::vector<double> row(std::size_t(lineCount()), std::nan(""));
    for (qsizetype i = 0; i < candles.size(); ++i) {
        if (i < indicators.size()) {
            const auto values = ChartStudies::columnsOf(indicators[i]);
            std::copy(values.begin(), values.end(), row.begin());
        } else {
            std::fill(row.begin(), row.begin() + ChartStudies::ColumnCount, std::nan(""));
        }
        // A candle the history refuses (not later than its last) must not
        // move the studies on either.
        if (!m_history.isEmpty() && candles[i].time <= m_history.at(m_history.size() - 1).time)
            continue;
        updateUserStudies(candles[i], row.data() + ChartStudies::ColumnCount);
        m_history.append(candles[i], row);
    }
    if (m_history.size() > MaxCandles)
        m_history.removeFirst(m_history.size() - MaxCandles / 8 * 7);
}

qsizetype PricePane::prepend(const CandleList &candles, const QList<IndicatorValues> &indicators)
{
    const qsizetype room = std::max<qsizetype>(MaxCandles - m_history.size(), 0);
    const qsizetype skip = std::max<qsizetype>(candles.size() - room, 0);
    std::vector<double> studies;
    studies.reserve(std::size_t(candles.size() - skip) * std::size_t(lineCount()));
    for (qsizetype i = skip; i < candles.size(); ++i) {
        if (i < indicators.size()) {
            const auto values = ChartStudies::columnsOf(indicators[i]);
            studies.insert(studies.end(), values.begin(), values.end());
        } else {
            studies.insert(studies.end(), ChartStudies::ColumnCount, std::nan(""));
        }
        studies.insert(studies.end(), std::size_t(m_userOutputs), std::nan(""));
    }
    const qsizetype taken = m_history.prepend(candles.sliced(skip), studies);
    if (taken > 0 && m_userOutputs > 0)
        recomputeUserStudies();
    return taken;
}

void PricePane::replaceThrough(const CandleList &candles, const QList<IndicatorValues> &indicators)
{
    if (candles.isEmpty())
        return;
    const CandleHistory held = std::exchange(m_history, CandleHistory(lineCount()));
    std::vector<double> row(std::size_t(lineCount()), std::nan(""));
    const auto keep = [&](qsizetype i) {
        for (int line = 0; line < held.studyCount(); ++line)
            row[std::size_t(line)] = held.study(line, i);
        m_history.append(held.at(i), row);
    };
    // Older held candles are paged in again as the view needs them; newer
    // ones, and any the page lacks (confirmed but not stored yet), stay.
    qsizetype i = held.lowerBound(candles.constFirst().time);
    for (qsizetype k = 0; k < candles.size(); ++k) {
        for (; i < held.size() && held.at(i).time < candles[k].time; ++i)
            keep(i);
        if (i < held.size() && held.at(i).time == candles[k].time)
            ++i;
        if (k < indicators.size())
            m_history.append(candles[k], ChartStudies::columnsOf(indicators[k]));
        else
            m_history.append(candles[k]);
    }
    for (; i < held.size(); ++i)
        keep(i);
    if (m_history.size() > MaxCandles)
        m_history.removeFirst(m_history.size() - MaxCandles / 8 * 7);
    if (m_userOutputs > 0)
        recomputeUserStudies();
}

void PricePane::setForming(const std::optional<Candle> &forming)
{
    m_forming = forming;
    showForming();
}

void PricePane::showForming()
{
    m_formingCandle->data()->clear();
    m_formingLine->data()->clear();
    m_formingVolume->data()->clear();
    if (!m_forming)
        return;
    const Candle &f = *m_forming;
    const double key = keyOf(f.time);
    m_formingVolume->data()->add(QCPBarsData(key, f.volume.toDouble()));
    const std::optional<Candle> last = lastConfirmed();
    if (m_style == Style::Line) {
        if (last)
            m_formingLine->data()->add(QCPGraphData(keyOf(last->time), last->close.toDouble()));
        m_formingLine->data()->add(QCPGraphData(key, f.close.toDouble()));
        return;
    }
    QCPFinancialData bar(
        key, f.open.toDouble(), f.high.toDouble(), f.low.toDouble(), f.close.toDouble());
    if (m_style == Style::HeikinAshi) {
        // Continued from the confirmed candles' Heikin-Ashi.
        std::vector<CandleHistory::Span> spans;
        const qsizetype count = std::min(m_history.size(), HeikinAshiSeed);
        for (qsizetype i = m_history.size() - count; i < m_history.size(); ++i)
            spans.push_back({ m_history.at(i), i, 1, {}, {} });
        CandleHistory::Span forming { f, m_history.size(), 1, {}, {} };
        spans.push_back(forming);
        bar = barsOf(spans, 0.0, qsizetype(spans.size()) - 1).constFirst();
        bar.key = key;
    }
    m_formingCandle->data()->add(bar);
}

QList<QCPFinancialData> PricePane::barsOf(
    const std::vector<CandleHistory::Span> &spans, double half, qsizetype skip) const
{
    QList<QCPFinancialData> bars;
    bars.reserve(qsizetype(spans.size()) - skip);
    double open = 0.0;
    double close = 0.0;
    for (std::size_t i = 0; i < spans.size(); ++i) {
        const Candle &c = spans[i].candle;
        QCPFinancialData bar(double(c.time) / 1000.0 + half, c.open.toDouble(), c.high.toDouble(),
            c.low.toDouble(), c.close.toDouble());
        if (m_style == Style::HeikinAshi) {
            const double averaged = (bar.open + bar.high + bar.low + bar.close) / 4.0;
            open = i == 0 ? (bar.open + bar.close) / 2.0 : (open + close) / 2.0;
            close = averaged;
            bar.high = std::max({ bar.high, open, close });
            bar.low = std::min({ bar.low, open, close });
            bar.open = open;
            bar.close = close;
        }
        if (qsizetype(i) >= skip)
            bars.append(bar);
    }
    return bars;
}

void PricePane::show(const QCPRange &keys, int pixels)
{
    const std::int64_t step = m_timeframe.milliseconds();
    const double perCandle
        = double(std::max(pixels, 1)) * double(m_timeframe.seconds()) / std::max(keys.size(), 1e-9);
    // Buckets of 2^k candles, aligned as the timeframe's own buckets are, so
    // panning moves whole bars instead of regrouping them.
    std::int64_t multiple = 1;
    while (perCandle * double(multiple) < DetailPixels && step * multiple < (std::int64_t(1) << 50))
        multiple *= 2;
    const std::int64_t bucket = step * multiple; // nominal: months differ
    m_history.takeReads();
    const std::int64_t seed = m_style == Style::HeikinAshi ? HeikinAshiSeed * bucket : 0;
    m_history.columns(msAt(keys.lower) - bucket - seed, msAt(keys.upper) + bucket, m_timeframe,
        multiple, m_columns);
    qsizetype skip = 0;
    while (seed > 0 && skip < qsizetype(m_columns.size())
        && m_columns[std::size_t(skip)].candle.time < msAt(keys.lower) - bucket)
        ++skip;

    const double half = double(bucket) / 2000.0;
    const QList<QCPFinancialData> ohlc = barsOf(m_columns, half, skip);
    // The seed's columns were for the first bars' Heikin-Ashi only.
    m_columns.erase(m_columns.begin(), m_columns.begin() + skip);
    QList<QCPBarsData> up;
    QList<QCPBarsData> down;
    QList<QCPGraphData> closes;
    for (const CandleHistory::Span &span : m_columns) {
        const Candle &c = span.candle;
        const double key = double(c.time) / 1000.0 + half;
        (c.close >= c.open ? up : down).append(QCPBarsData(key, c.volume.toDouble()));
        if (m_style == Style::Line)
            closes.append(QCPGraphData(key, c.close.toDouble()));
    }
    // Columns come in time order, so the containers need no sorting.
    m_candles->data()->set(ohlc, true);
    m_line->data()->set(closes, true);
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
    // A key is its candle's middle, inside the bucket whatever the month.
    const std::int64_t start = m_timeframe.bucketStart(msAt(key));
    const qsizetype i = m_history.lowerBound(start);
    if (i >= m_history.size() || m_history.at(i).time != start)
        return std::nullopt;
    return m_history.at(i);
}

bool PricePane::priceRange(const QCPRange &keys, QCPRange &prices) const
{
    if (m_style == Style::Line) {
        bool found = false;
        prices = m_line->getValueRange(found, QCP::sdBoth, keys);
        bool forming = false;
        const QCPRange last = m_formingLine->getValueRange(forming, QCP::sdBoth, keys);
        if (forming)
            prices = found
                ? QCPRange(std::min(prices.lower, last.lower), std::max(prices.upper, last.upper))
                : last;
        return found || forming;
    }
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
