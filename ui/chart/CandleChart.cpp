#include "CandleChart.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kairos {

namespace {

using namespace ChartColors;

constexpr double BodyWidth = PricePane::BodyWidth;
constexpr double RightMargin = 3.0; // empty buckets right of the latest candle
constexpr double LeftMargin = 2.0; // before the first

void styleAxis(QCPAxis *axis)
{
    axis->setBasePen(QPen(Grid));
    axis->setTickPen(QPen(Grid));
    axis->setSubTickPen(Qt::NoPen);
    axis->setTickLabelColor(Text);
    axis->setLabelColor(Text);
    axis->grid()->setPen(QPen(Grid, 1, Qt::SolidLine));
    axis->grid()->setZeroLinePen(Qt::NoPen);
}

} // namespace

CandleChart::CandleChart(QWidget *parent)
    : QCustomPlot(parent)
{
    setupAxes();
    m_pane.emplace(m_priceRect, m_volumeRect);
    // What follows the pointer is redrawn alone, on a layer of its own.
    addLayer(QStringLiteral("crosshair"), layer(QStringLiteral("overlay")), limBelow);
    layer(QStringLiteral("crosshair"))->setMode(QCPLayer::lmBuffered);
    m_studies
        = new ChartStudies(this, m_priceRect, m_marginGroup, layer(QStringLiteral("crosshair")));
    m_markers.emplace(this, m_priceRect);
    m_gaps.emplace(this, m_priceRect);
    m_orderLines.emplace(this, m_priceRect);
    m_drawings = new ChartDrawings(this, m_priceRect, [this](double key) { return candleAt(key); });
    connect(m_drawings, &ChartDrawings::toolFinished, this, [this] { setCursor(Qt::ArrowCursor); });
    setupItems();
    applyColors();
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMouseTracking(true);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phFastPolylines, true);
    setMinimumSize(400, 300);
}

void CandleChart::setupAxes()
{
    plotLayout()->clear();
    m_priceRect = new QCPAxisRect(this);
    m_volumeRect = new QCPAxisRect(this);
    // Axis labels in the chosen language: "64.500,00" in German, grouped.
    setLocale(QLocale());
    plotLayout()->addElement(0, 0, m_priceRect);
    plotLayout()->addElement(1, 0, m_volumeRect);
    plotLayout()->setRowStretchFactor(0, 4);
    plotLayout()->setRowStretchFactor(1, 1);
    plotLayout()->setRowSpacing(0);

    m_marginGroup = new QCPMarginGroup(this);
    for (QCPAxisRect *rect : { m_priceRect, m_volumeRect }) {
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_marginGroup);
        rect->axis(QCPAxis::atLeft)->setVisible(false);
        rect->axis(QCPAxis::atRight)->setVisible(true);
        rect->setRangeDrag(Qt::Horizontal);
        rect->setRangeZoom(Qt::Horizontal);
        rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
        rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
        rect->setRangeZoomFactor(0.85, 1.0);
        for (QCPAxis *axis : rect->axes())
            styleAxis(axis);
    }
    m_priceRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msTop);
    m_priceRect->setMargins(QMargins(0, 0, 0, 0));
    m_priceRect->axis(QCPAxis::atBottom)->setTickLabels(false);
    m_volumeRect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    m_volumeRect->setMargins(QMargins(0, 6, 0, 0));
    m_volumeRect->axis(QCPAxis::atRight)->ticker()->setTickCount(2);
    m_volumeRect->axis(QCPAxis::atRight)->grid()->setVisible(false);

    m_timeTicker.reset(new QCPAxisTickerDateTime);
    m_timeTicker->setTimeZone(QTimeZone::utc());
    // Ticks a week or two apart fall on Mondays, where weekly candles start
    // (the epoch was a Thursday); steps of days or less are unchanged.
    m_timeTicker->setTickOrigin(4 * 86400.0);
    m_priceRect->axis(QCPAxis::atBottom)->setTicker(m_timeTicker);
    m_volumeRect->axis(QCPAxis::atBottom)->setTicker(m_timeTicker);

    QCPAxis *priceTime = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis *volumeTime = m_volumeRect->axis(QCPAxis::atBottom);
    const auto rangeChanged = qOverload<const QCPRange &>(&QCPAxis::rangeChanged);
    connect(priceTime, rangeChanged, volumeTime, qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(volumeTime, rangeChanged, priceTime, qOverload<const QCPRange &>(&QCPAxis::setRange));
    connect(priceTime, rangeChanged, this, &CandleChart::onTimeRangeChanged);
    // Prices and volumes in fixed notation (never "1.2·10⁻⁵" for a coin nor
    // "5E+06" for its volume), grouped, with the places the tick step needs:
    // a price no more than the instrument quotes.
    const auto fixed = [this, rangeChanged](QCPAxis *axis, bool isPrice) {
        axis->setNumberFormat(QStringLiteral("f"));
        connect(axis, rangeChanged, this, [this, axis, isPrice](const QCPRange &range) {
            const int most = isPrice ? m_priceDecimals : Decimal::Digits;
            const double step = range.size() / 5.0;
            const int places = step > 0.0 ? int(std::ceil(-std::log10(step))) + 1 : most;
            axis->setNumberPrecision(std::clamp(places, 0, most));
        });
    };
    fixed(m_priceRect->axis(QCPAxis::atRight), true);
    fixed(m_volumeRect->axis(QCPAxis::atRight), false);
}

void CandleChart::setupItems()
{
    m_crosshair.emplace(this, m_priceRect, m_volumeRect, layer(QStringLiteral("crosshair")));
    QCPAxis *prices = m_priceRect->axis(QCPAxis::atRight);
    m_lastPriceLine = new QCPItemStraightLine(this);
    m_lastPriceLine->setClipAxisRect(m_priceRect);
    for (QCPItemPosition *p : { m_lastPriceLine->point1, m_lastPriceLine->point2 })
        p->setAxes(m_priceRect->axis(QCPAxis::atBottom), prices);
    m_lastPriceLine->setSelectable(false);
    m_lastPriceLine->setVisible(false);
    m_lastTag.emplace(prices, layer(QStringLiteral("main")));
    m_linearTicker = prices->ticker();
    m_percentTicker = QSharedPointer<ScaleTicker>::create(ScaleTicker::Mode::Percent);

    m_readout.emplace(this, m_priceRect);
}

void CandleChart::applyColors()
{
    setBackground(Background);
    for (QCPAxisRect *rect : { m_priceRect, m_volumeRect })
        rect->setBackground(Background);

    m_pane->applyColors();
}

void CandleChart::setSeries(const QString &symbol, int priceDecimals, const ChartUpdate &update)
{
    m_symbol = symbol;
    m_symbolIndex = update.symbol;
    m_orderLines->clear();
    m_dragged.reset();
    m_priceDecimals = priceDecimals;
    m_timeframe = update.timeframe;
    m_params = update.indicatorParams;
    m_request = nextRequest();
    m_asking = false;
    m_reloading = false;
    m_allHistory = false;
    m_forming.reset();
    m_pane->reset(m_timeframe);
    m_drawings->setSeries(symbol, priceDecimals, double(m_timeframe.seconds()) / 2.0);
    m_markers->clear();
    m_gaps->clear();

    const double width = double(m_timeframe.seconds());
    m_studies->reset(update.indicatorParams, priceDecimals, m_timeframe);

    appendConfirmed(update.confirmed, update.indicators);
    setForming(update.forming, update.formingIndicators);
    addSignals(update.seriesSignals);
    for (const FeedGap &gap : update.gaps)
        m_gaps->add(gap, width * BodyWidth);
    // Show the latest candles, whatever the previous series showed.
    const std::optional<Candle> latest = latestCandle();
    const double last = latest ? keyOf(*latest) : double(QDateTime::currentSecsSinceEpoch());
    m_adjustingRange = true;
    m_priceRect->axis(QCPAxis::atBottom)
        ->setRange(last - width * (DefaultVisible - RightMargin), last + width * RightMargin);
    m_adjustingRange = false;
    setFollowing(true);
    scrollToLatest();
    updateReadout(latestCandle());
    if (m_hovering) // a timeframe switch under a resting pointer
        moveCrosshair(m_pointer);
    askForOlder(); // a short series wants what is stored before it at once
    replot(rpQueuedReplot);
}

void CandleChart::update(const ChartUpdate &update)
{
    appendConfirmed(update.confirmed, update.indicators);
    setForming(update.forming, update.formingIndicators);
    addSignals(update.seriesSignals);
    addDenials(update.seriesDenials);
    for (const FeedGap &gap : update.gaps)
        m_gaps->add(gap, double(m_timeframe.seconds()) * BodyWidth);
    if (m_following)
        scrollToLatest();
    else
        rescaleValueAxes();
    if (!m_hovering)
        updateReadout(latestCandle());
    replot(rpQueuedReplot);
}

void CandleChart::addDenials(const QList<DeniedOrder> &denied)
{
    for (const DeniedOrder &d : denied) {
        const std::int64_t bucket = m_timeframe.bucketStart(d.order.time);
        const double key = double(bucket) / 1000.0 + double(m_timeframe.seconds()) / 2.0;
        const std::optional<Candle> candle = candleAt(key);
        const Decimal working = d.order.workingPrice();
        const Decimal price = working > Decimal() ? working : candle ? candle->close : Decimal();
        if (price > Decimal())
            m_markers->addDenial(d, key, price.toDouble());
    }
}

void CandleChart::addSignals(const SignalList &fired)
{
    for (const Signal &signal : fired) {
        const double key = double(signal.time) / 1000.0 + double(m_timeframe.seconds()) / 2.0;
        const std::optional<Candle> candle = candleAt(key);
        const double low = candle ? candle->low.toDouble() : signal.price;
        const double high = candle ? candle->high.toDouble() : signal.price;
        m_markers->add(signal, key, low, high);
    }
}

void CandleChart::appendConfirmed(
    const CandleList &candles, const QList<IndicatorValues> &indicators)
{
    if (candles.isEmpty())
        return;
    m_pane->append(candles, indicators);
    if (indicators.size() >= candles.size())
        m_studies->setLatest(keyOf(candles.constLast()), indicators[candles.size() - 1]);
    showUserLatest();
}

void CandleChart::showUserLatest()
{
    const CandleHistory &history = m_pane->history();
    std::vector<double> values(std::size_t(m_pane->userOutputCount()), std::nan(""));
    double key = 0.0;
    if (!history.isEmpty()) {
        const qsizetype last = history.size() - 1;
        key = keyOf(history.at(last));
        for (std::size_t o = 0; o < values.size(); ++o)
            values[o] = history.study(ChartStudies::ColumnCount + int(o), last);
    }
    m_studies->setUserLatest(key, std::move(values));
}

void CandleChart::setStudyList(const ChartStudyList &studies)
{
    QList<StudySpec> specs;
    for (const ChartStudy &study : studies)
        specs << study.spec;
    m_studies->setUserStudies(studies);
    m_pane->setUserStudies(specs);
    showUserLatest();
    m_studies->setUserPreview(m_forming ? keyOf(*m_forming) : 0.0,
        m_forming ? m_pane->userPreview(*m_forming) : std::vector<double>());
    rescaleValueAxes();
    if (!m_hovering)
        m_readout->setLegend(m_studies->overlayLegend());
    replot(rpQueuedReplot);
}

void CandleChart::setForming(
    const std::optional<Candle> &forming, const std::optional<IndicatorValues> &preview)
{
    m_forming = forming;
    m_studies->setPreview(forming ? keyOf(*forming) : 0.0, forming ? preview : std::nullopt);
    m_studies->setUserPreview(forming ? keyOf(*forming) : 0.0,
        forming ? m_pane->userPreview(*forming) : std::vector<double>());
    m_pane->setForming(forming);
    if (m_hovering) // the candle under a resting pointer may be the one changing
        moveCrosshair(m_pointer);
    else
        m_readout->setLegend(m_studies->overlayLegend());
    showLastPrice();
}

void CandleChart::showLastPrice()
{
    const std::optional<Candle> latest = latestCandle();
    m_lastPriceLine->setVisible(latest.has_value());
    if (latest) {
        const double close = latest->close.toDouble();
        m_lastPriceLine->point1->setCoords(0, close);
        m_lastPriceLine->point2->setCoords(1, close);
        const QColor colour = latest->close >= latest->open ? Up : Down;
        m_lastPriceLine->setPen(QPen(colour, 1, Qt::DotLine));
        m_lastTag->show(close, axisText(close), colour);
    } else {
        m_lastTag->hide();
    }
}

QString CandleChart::axisText(double price) const
{
    return m_scale == PriceScale::Percent ? m_percentTicker->percentLabel(price, QLocale())
                                          : QLocale().toString(price, 'f', m_priceDecimals);
}

void CandleChart::setStyle(PricePane::Style style)
{
    m_pane->setStyle(style);
    rescaleValueAxes();
    replot(rpQueuedReplot);
}

void CandleChart::setPriceScale(PriceScale scale)
{
    m_scale = scale;
    QCPAxis *prices = m_priceRect->axis(QCPAxis::atRight);
    prices->setScaleType(
        scale == PriceScale::Logarithmic ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    if (scale == PriceScale::Logarithmic)
        prices->setTicker(QSharedPointer<ScaleTicker>::create(ScaleTicker::Mode::Logarithmic));
    else if (scale == PriceScale::Percent)
        prices->setTicker(m_percentTicker);
    else
        prices->setTicker(m_linearTicker);
    showLastPrice();
    rescaleValueAxes();
    replot(rpQueuedReplot);
}

QStringList CandleChart::priceLabels() const
{
    return m_priceRect->axis(QCPAxis::atRight)->tickVectorLabels().toList();
}

std::optional<Candle> CandleChart::latestCandle() const
{
    return m_forming ? m_forming : m_pane->lastConfirmed();
}

int CandleChart::candleCount() const
{
    return int(m_pane->history().size()) + (m_forming ? 1 : 0);
}

void CandleChart::setFollowing(bool following)
{
    if (m_following == following)
        return;
    m_following = following;
    if (following) {
        scrollToLatest();
        replot(rpQueuedReplot);
    }
    emit followingChanged(following);
}

void CandleChart::scrollToLatest()
{
    const std::optional<Candle> latest = latestCandle();
    if (!latest) {
        rescaleValueAxes();
        return;
    }
    QCPAxis *time = m_priceRect->axis(QCPAxis::atBottom);
    const double width = double(m_timeframe.seconds());
    const double upper = keyOf(*latest) + width * RightMargin;
    m_adjustingRange = true;
    time->setRange(bounded(QCPRange(upper - time->range().size(), upper)));
    m_adjustingRange = false;
    rescaleValueAxes();
}

std::optional<QCPRange> CandleChart::dataRange() const
{
    const std::optional<Candle> latest = latestCandle();
    if (!latest)
        return std::nullopt;
    const CandleHistory &history = m_pane->history();
    const Candle &first = history.isEmpty() ? *latest : history.at(0);
    const double width = double(m_timeframe.seconds());
    return QCPRange(keyOf(first) - width * LeftMargin, keyOf(*latest) + width * RightMargin);
}

QCPRange CandleChart::bounded(const QCPRange &range) const
{
    // On the data: at least MinVisible candles, at most all of them, never
    // starting before the first candle nor leaving more than a quarter of
    // the view empty after the last.
    const double width = double(m_timeframe.seconds());
    const std::optional<QCPRange> data = dataRange();
    const double most = data ? std::max(data->size(), width * MinVisible) : width * DefaultVisible;
    const double size = std::clamp(range.size(), width * MinVisible, most);
    double lower = range.center() - size / 2.0;
    if (data) {
        // The allowance shrinks to the margin as the view nears the whole
        // history, which then fills it.
        const double empty = std::max(width * RightMargin, std::min(size / 4.0, most - size));
        lower = std::clamp(lower, data->lower,
            std::max(data->lower, data->upper - width * RightMargin + empty - size));
    }
    return QCPRange(lower, lower + size);
}

void CandleChart::onTimeRangeChanged(const QCPRange &range)
{
    if (m_adjustingRange)
        return;
    const QCPRange allowed = bounded(range);
    if (allowed.lower != range.lower || allowed.upper != range.upper) {
        m_adjustingRange = true;
        m_priceRect->axis(QCPAxis::atBottom)->setRange(allowed);
        m_adjustingRange = false;
    }
    rescaleValueAxes();
    // Zoomed, panned or following: the pointer rests on another time and price.
    if (m_hovering)
        moveCrosshair(m_pointer);
    askForOlder();
}

void CandleChart::askForOlder()
{
    // Within a view's width of the oldest candle held, so it arrives
    // before the view gets there.
    const CandleHistory &history = m_pane->history();
    if (m_asking || m_allHistory || m_symbol.isEmpty() || history.isEmpty())
        return;
    const QCPRange view = m_priceRect->axis(QCPAxis::atBottom)->range();
    if (view.lower > keyOf(history.at(0)) + view.size())
        return;
    m_asking = true;
    m_request = nextRequest();
    emit olderCandlesWanted(m_request, m_symbol, m_timeframe, history.at(0).time, m_params);
}

quint64 CandleChart::nextRequest()
{
    // One count for every chart: the loader's answers reach all of them.
    static quint64 last = 0;
    return ++last;
}

void CandleChart::historyAdded(const QStringList &symbols)
{
    if (!symbols.contains(m_symbol))
        return;
    // An import may have changed any stored candle, older than those held or
    // among them: everything up to the newest confirmed one is read again
    // (a page's worth; older pages follow as the view needs them). A page
    // on its way may have been read before the import: its answer is stale.
    const std::optional<Candle> last = m_pane->lastConfirmed();
    const qint64 before = last ? last->time + 1
        : m_forming            ? m_forming->time
                               : std::numeric_limits<qint64>::max();
    m_allHistory = false;
    m_asking = true;
    m_reloading = true;
    m_request = nextRequest();
    emit olderCandlesWanted(m_request, m_symbol, m_timeframe, before, m_params);
}

void CandleChart::addOlder(const ChartPage &page)
{
    // Each request and each new series takes a new number: an older one's
    // answer is stale.
    if (page.request != m_request)
        return;
    m_asking = false;
    qsizetype taken = 0;
    if (std::exchange(m_reloading, false)) {
        if (!page.candles.isEmpty())
            m_pane->replaceThrough(page.candles, page.indicators);
        taken = page.candles.size();
    } else {
        taken = m_pane->prepend(page.candles, page.indicators);
    }
    m_allHistory = page.reachedStart || !page.error.isEmpty() || taken == 0;
    showUserLatest();
    rescaleValueAxes();
    if (!m_hovering)
        updateReadout(latestCandle());
    replot(rpQueuedReplot);
    askForOlder();
}

void CandleChart::updateLayout()
{
    QCustomPlot::updateLayout();
    // The detail drawn depends on the plot's width, known only now: when it
    // changed, draw for the new width and lay out again for its labels.
    if (m_priceRect->width() != m_pane->frame().pixels || m_priceRect->height() != m_priceHeight) {
        m_readout->fit();
        rescaleValueAxes();
        QCustomPlot::updateLayout();
    }
}

void CandleChart::resizeEvent(QResizeEvent *event)
{
    m_studies->setCompact(event->size().height() < CompactHeight);
    m_studies->setHeight(event->size().height());
    QCustomPlot::resizeEvent(event);
}

void CandleChart::rescaleValueAxes()
{
    const QCPRange visible = m_priceRect->axis(QCPAxis::atBottom)->range();
    // Labels for what is in view: a year of minutes reads in days, not in
    // a midnight repeated under every tick.
    m_timeTicker->setDateTimeFormat(m_timeframe.seconds() < 60 && visible.size() < 3600
            ? QStringLiteral("HH:mm:ss")
            : visible.size() < 4 * 86400 ? QStringLiteral("HH:mm\nd MMM")
                                         : QStringLiteral("d MMM\nyyyy"));
    m_pane->show(visible, m_priceRect->width());
    m_studies->show(m_pane->history(), m_pane->columns(), m_pane->frame().bucket,
        m_pane->barWidth(), m_priceRect->width());
    QCPRange prices;
    const bool any = m_pane->priceRange(visible, prices);
    bool found = any;
    m_studies->addOverlayRange(prices, found, visible);
    m_studies->rescalePanes(visible);
    // The readout and the legend take the pane's top lines: the prices
    // start below them, however short the chart.
    m_priceHeight = m_priceRect->height();
    const double top
        = std::clamp(double(m_readout->height()) / std::max(m_priceHeight, 1), 0.08, 0.45);
    if (found && m_scale == PriceScale::Logarithmic && prices.lower > 0.0) {
        const double span = std::log(prices.upper / prices.lower);
        const double low = std::max(span * 0.08, 1e-6);
        const double high = std::max((span + low) * top / (1.0 - top), low);
        m_priceRect->axis(QCPAxis::atRight)
            ->setRange(prices.lower / std::exp(low), prices.upper * std::exp(high));
    } else if (found) {
        const double low = std::max(prices.size() * 0.08, std::abs(prices.upper) * 1e-6);
        const double high = std::max((prices.size() + low) * top / (1.0 - top), low);
        m_priceRect->axis(QCPAxis::atRight)->setRange(prices.lower - low, prices.upper + high);
    }
    if (m_scale == PriceScale::Percent) {
        for (const CandleHistory::Span &span : m_pane->columns()) {
            if (m_pane->keyOf(span.candle.time) >= visible.lower) {
                m_percentTicker->setBase(span.candle.close.toDouble());
                break;
            }
        }
        showLastPrice(); // its change from the new base
    }
    const double maxVolume = m_pane->largestVolume(visible);
    m_volumeRect->axis(QCPAxis::atRight)->setRange(0.0, maxVolume > 0.0 ? maxVolume * 1.1 : 1.0);
    m_orderLines->keepInView();
    m_lastTag->refresh();
}

std::optional<Candle> CandleChart::candleAt(double key) const
{
    const std::int64_t startMs
        = m_timeframe.bucketStart(std::llround(std::clamp(key, -4e15, 4e15) * 1000.0));
    if (m_forming && m_forming->time == startMs)
        return m_forming;
    return m_pane->candleAt(key);
}

QString CandleChart::readoutText() const
{
    return m_readout->text();
}

void CandleChart::updateReadout(const std::optional<Candle> &candle)
{
    m_readout->showCandle(m_symbol, m_timeframe, m_priceDecimals, candle);
}

bool CandleChart::inPlotArea(const QPointF &pos) const
{
    return m_priceRect->rect().contains(pos.toPoint())
        || m_volumeRect->rect().contains(pos.toPoint());
}

void CandleChart::showCandleAt(double key)
{
    std::optional<Candle> candle = candleAt(key);
    const std::optional<Candle> latest = latestCandle();
    if (!candle && latest && key > m_pane->keyOf(latest->time))
        candle = latest; // beyond the newest candle: the newest
    updateReadout(candle);
    // The legends tell the values of the candle under the pointer; the
    // forming candle's are the preview's.
    std::optional<std::array<double, ChartStudies::ColumnCount>> values;
    std::optional<std::vector<double>> userValues;
    const CandleHistory &history = m_pane->history();
    if (candle && candle->state != CandleState::Forming) {
        const qsizetype i = history.lowerBound(candle->time);
        if (i < history.size() && history.at(i).time == candle->time) {
            values.emplace();
            for (int c = 0; c < ChartStudies::ColumnCount; ++c)
                (*values)[c] = history.study(c, i);
            userValues.emplace(std::size_t(m_pane->userOutputCount()));
            for (std::size_t o = 0; o < userValues->size(); ++o)
                (*userValues)[o] = history.study(ChartStudies::ColumnCount + int(o), i);
        }
    }
    m_studies->setHovered(values);
    m_studies->setUserHovered(std::move(userValues));
    m_readout->setLegend(m_studies->overlayLegend());
}

void CandleChart::setTrading(const TradingSnapshot &trading)
{
    bool changed = false;
    OrderList orders;
    for (const Order &order : trading.openOrders) {
        if (order.symbol == m_symbolIndex)
            orders.append(order);
    }
    std::optional<PositionRow> position;
    for (const PositionRow &row : trading.positions) {
        if (row.symbol == m_symbolIndex)
            position = row;
    }
    if (!m_dragged)
        changed = m_orderLines->show(orders, position, m_priceDecimals);
    if (changed)
        replot(rpQueuedReplot);
    addFills(trading.events.fills);
}

void CandleChart::addFills(const FillList &fills)
{
    if (m_symbol.isEmpty())
        return;
    // The newest the markers keep, not thousands made only to be dropped.
    qsizetype first = fills.size();
    for (qsizetype mine = 0; first > 0 && mine < SignalMarkers::MaxMarkers; --first)
        mine += fills[first - 1].symbol == m_symbolIndex ? 1 : 0;
    bool added = false;
    for (const Fill &fill : fills.sliced(first)) {
        if (fill.symbol != m_symbolIndex)
            continue;
        const std::int64_t bucket = m_timeframe.bucketStart(fill.time);
        m_markers->addFill(
            fill, double(bucket) / 1000.0 + double(m_timeframe.seconds()) / 2.0, m_priceDecimals);
        added = true;
    }
    if (added)
        replot(rpQueuedReplot);
}

Decimal CandleChart::priceAt(double y) const
{
    const QCPAxis *axis = m_priceRect->axis(QCPAxis::atRight);
    std::int64_t tick = Decimal::Scale;
    for (int i = 0; i < m_priceDecimals && tick > 1; ++i)
        tick /= 10;
    const auto units = [axis](double row) {
        return Decimal::fromDouble(std::max(axis->pixelToCoord(row), 0.0)).units();
    };
    const std::int64_t value = units(y);
    const std::int64_t low = std::min(units(y - 0.5), units(y + 0.5));
    const std::int64_t high = std::max(units(y - 0.5), units(y + 0.5));
    // The roundest price under the pointer's pixel: when a pixel spans
    // several ticks a line dragged to 104 lands on 104.00, not on 104.02.
    constexpr std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::int64_t step = tick;
    while (step <= max / 10) {
        const std::int64_t next = step * 10;
        const std::int64_t multiples = (std::max<std::int64_t>(low, 1) - 1) / next + 1;
        if (multiples > max / next || multiples * next > high)
            break; // no positive multiple of it under the pixel
        step = next;
    }
    return Decimal::fromUnits(std::max<std::int64_t>((value + step / 2) / step * step, tick));
}

Order CandleChart::moved(const Order &order, Decimal price) const
{
    Order changed = order;
    (order.waitsForTrigger() ? changed.stopPrice : changed.limitPrice) = price;
    return changed;
}

QString CandleChart::dragVerdict(const Order &order, Decimal price) const
{
    const Order changed = moved(order, price);
    QString text = OrderLines::labelOf(changed, m_priceDecimals);
    if (const std::optional<Candle> latest = latestCandle()) {
        const Decimal last = latest->close;
        const bool buy = order.side == Side::Buy;
        if (changed.waitsForTrigger() ? changed.triggersAt(last)
                                      : (buy ? price >= last : price <= last))
            text += changed.waitsForTrigger()
                ? tr(": triggers at once at %1").arg(LocaleDecimal::display(last, Decimal()))
                : tr(": trades at once at %1").arg(LocaleDecimal::display(last, Decimal()));
    }
    if (!m_dragRefusal)
        return text + tr(" — checking…");
    if (m_dragRefusal->isEmpty())
        return text + tr(" — risk check passes");
    return text + tr(" — refused: %1").arg(*m_dragRefusal);
}

void CandleChart::dragTo(Decimal price)
{
    if (price != m_dragPrice) {
        m_dragPrice = price;
        m_dragRefusal.reset();
        if (!m_checking) {
            m_checking = true;
            emit modifyCheckRequested(moved(*m_dragged, price));
        }
    }
    m_orderLines->drag(*m_dragged, price.toDouble(), dragVerdict(*m_dragged, price),
        m_dragRefusal && !m_dragRefusal->isEmpty());
    replot(rpQueuedReplot);
}

void CandleChart::showModifyCheck(const Order &changed, const QString &refusal)
{
    m_checking = false;
    if (!m_dragged || changed.id != m_dragged->id)
        return;
    if (OrderLines::priceOf(changed) == m_dragPrice) {
        m_dragRefusal = refusal;
        m_orderLines->drag(*m_dragged, m_dragPrice.toDouble(), dragVerdict(*m_dragged, m_dragPrice),
            !refusal.isEmpty());
        replot(rpQueuedReplot);
    } else { // the line moved on while the engine looked
        m_checking = true;
        emit modifyCheckRequested(moved(*m_dragged, m_dragPrice));
    }
}

QList<QAction *> CandleChart::orderActions(double y, QObject *parent)
{
    QList<QAction *> actions;
    const std::optional<Candle> latest = latestCandle();
    if (m_symbol.isEmpty() || !latest || m_readOnly)
        return actions;
    const Decimal price = priceAt(y);
    const Decimal last = latest->close;
    const QString at = LocaleDecimal::display(price, Decimal());
    const auto add = [&](const QString &text, Side side, OrderType type) {
        auto *action = new QAction(text, parent);
        connect(action, &QAction::triggered, this,
            [this, side, type, price] { emit placeOrderRequested(side, type, price); });
        actions.append(action);
    };
    // Only what rests there: a limit on the near side, a stop beyond.
    if (price < last) {
        add(tr("Buy limit at %1").arg(at), Side::Buy, OrderType::Limit);
        add(tr("Sell stop at %1").arg(at), Side::Sell, OrderType::StopMarket);
    } else if (price > last) {
        add(tr("Sell limit at %1").arg(at), Side::Sell, OrderType::Limit);
        add(tr("Buy stop at %1").arg(at), Side::Buy, OrderType::StopMarket);
    }
    auto *flatten = new QAction(tr("Flatten %1").arg(m_symbol), parent);
    connect(flatten, &QAction::triggered, this, [this] { emit flattenRequested(m_symbolIndex); });
    auto *reverse = new QAction(tr("Reverse %1").arg(m_symbol), parent);
    connect(reverse, &QAction::triggered, this, [this] { emit reverseRequested(m_symbolIndex); });
    actions << flatten << reverse;
    return actions;
}

void CandleChart::contextMenuEvent(QContextMenuEvent *event)
{
    if (!m_priceRect->rect().contains(event->pos()))
        return;
    if (m_drawings->showMenu(event->pos(), event->globalPos()))
        return;
    QMenu menu;
    const QList<QAction *> actions = orderActions(event->pos().y(), &menu);
    if (actions.isEmpty())
        return;
    for (QAction *action : actions) {
        if (action->text().startsWith(tr("Flatten %1").arg(m_symbol)))
            menu.addSeparator();
        menu.addAction(action);
    }
    menu.exec(event->globalPos());
}

void CandleChart::keyPressEvent(QKeyEvent *event)
{
    if (!m_drawings->keyPress(event))
        QCustomPlot::keyPressEvent(event);
}

void CandleChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drawings->release(event->position()))
        return;
    if (!m_dragged) {
        QCustomPlot::mouseReleaseEvent(event);
        return;
    }
    const Order order = *m_dragged;
    m_dragged.reset();
    m_orderLines->endDrag();
    // Where the line and its label are, though the axis may have moved
    // under the pointer since.
    const Decimal price = m_dragPrice;
    if (price != OrderLines::priceOf(order))
        emit modifyOrderRequested(moved(order, price));
    replot(rpQueuedReplot);
}

void CandleChart::mousePressEvent(QMouseEvent *event)
{
    // Picking up an order's line moves the order, not the chart.
    if (event->button() == Qt::LeftButton && !m_readOnly
        && m_priceRect->rect().contains(event->pos())) {
        if (const auto order = m_orderLines->orderAt(event->position().y())) {
            m_dragged = order;
            m_dragPrice = OrderLines::priceOf(*order);
            m_dragRefusal = QString(); // where it works now, it is taken
            return;
        }
    }
    if (event->button() == Qt::LeftButton && m_drawings->press(event->position()))
        return;
    // A click (for focus, say) leaves the view following; dragging it does not.
    m_pressedInPlot = event->button() == Qt::LeftButton && inPlotArea(event->position());
    QCustomPlot::mousePressEvent(event);
}

void CandleChart::wheelEvent(QWheelEvent *event)
{
    if (inPlotArea(event->position()))
        setFollowing(false);
    QCustomPlot::wheelEvent(event);
}

void CandleChart::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_dragged) {
        dragTo(priceAt(pos.y()));
        return;
    }
    if (m_drawings->move(pos))
        return;
    if (m_pressedInPlot && (event->buttons() & Qt::LeftButton))
        setFollowing(false);
    QCustomPlot::mouseMoveEvent(event);
    // A cross while a drawing tool waits for its points.
    setCursor(m_drawings->tool() ? Qt::CrossCursor
            : !m_readOnly && m_priceRect->rect().contains(pos.toPoint())
                && m_orderLines->orderAt(pos.y())
            ? Qt::SizeVerCursor
            : Qt::ArrowCursor);
    if (!inPlotArea(pos)) {
        leaveEvent(event);
        return;
    }
    moveCrosshair(pos);
    QString tooltip = m_markers->tooltipAt(pos);
    if (tooltip.isEmpty())
        tooltip = m_gaps->tooltipAt(pos);
    if (tooltip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tooltip, this);
    layer(QStringLiteral("crosshair"))->replot();
}

void CandleChart::moveCrosshair(const QPointF &pos)
{
    m_pointer = pos;
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    const double value = m_priceRect->axis(QCPAxis::atRight)->pixelToCoord(pos.y());
    const bool overPrices = m_priceRect->rect().contains(pos.toPoint());
    m_hovering = true;
    m_crosshair->moveTo(key, overPrices ? std::optional(value) : std::nullopt, axisText(value));
    m_studies->setCrosshair(key, true);
    showCandleAt(key);
    emit crosshairMoved(std::llround(key * 1000.0));
}

void CandleChart::showTimeAt(qint64 time)
{
    if (m_hovering)
        return;
    const double key = double(time) / 1000.0;
    m_crosshair->moveTo(key, std::nullopt, QString());
    m_studies->setCrosshair(key, true);
    showCandleAt(key);
    layer(QStringLiteral("crosshair"))->replot();
}

void CandleChart::hideTime()
{
    if (!m_hovering)
        hideCrosshair();
}

void CandleChart::hideCrosshair()
{
    m_hovering = false;
    m_crosshair->hide();
    m_studies->setCrosshair(0, false);
    m_studies->setHovered(std::nullopt);
    m_studies->setUserHovered(std::nullopt);
    m_readout->setLegend(m_studies->overlayLegend());
    updateReadout(latestCandle());
    layer(QStringLiteral("crosshair"))->replot();
}

void CandleChart::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    hideCrosshair();
    emit crosshairLeft();
}

} // namespace kairos
