#include "CandleChart.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace kairos {

namespace {

using namespace ChartColors;

constexpr double BodyWidth = 0.72; // of the bucket width
constexpr double RightMargin = 3.0; // empty buckets right of the latest candle

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

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
    setupPlottables();
    m_studies = new ChartStudies(this, m_priceRect, m_marginGroup);
    m_markers.emplace(this, m_priceRect);
    m_gaps.emplace(this, m_priceRect);
    m_orderLines.emplace(this, m_priceRect);
    setupItems();
    applyColors();
    setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    setMouseTracking(true);
    setNoAntialiasingOnDrag(true);
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

void CandleChart::setupPlottables()
{
    QCPAxis *priceTime = m_priceRect->axis(QCPAxis::atBottom);
    QCPAxis *price = m_priceRect->axis(QCPAxis::atRight);
    QCPAxis *volumeTime = m_volumeRect->axis(QCPAxis::atBottom);
    QCPAxis *volume = m_volumeRect->axis(QCPAxis::atRight);

    m_candles = new QCPFinancial(priceTime, price);
    m_formingCandle = new QCPFinancial(priceTime, price);
    for (QCPFinancial *f : { m_candles, m_formingCandle }) {
        f->setChartStyle(QCPFinancial::csCandlestick);
        f->setWidthType(QCPFinancial::wtPlotCoords);
        f->setTwoColored(true);
        f->setSelectable(QCP::stNone);
    }
    m_volumeUp = new QCPBars(volumeTime, volume);
    m_volumeDown = new QCPBars(volumeTime, volume);
    m_formingVolume = new QCPBars(volumeTime, volume);
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume }) {
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setSelectable(QCP::stNone);
    }
}

void CandleChart::setupItems()
{
    addLayer(QStringLiteral("crosshair"), layer(QStringLiteral("overlay")), limBelow);
    layer(QStringLiteral("crosshair"))->setMode(QCPLayer::lmBuffered);

    auto makeLine = [this](QCPAxisRect *rect, const QPen &pen, const QString &layerName) {
        auto *line = new QCPItemStraightLine(this);
        line->setLayer(layerName);
        line->setClipAxisRect(rect);
        for (QCPItemPosition *p : { line->point1, line->point2 })
            p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
        line->setPen(pen);
        line->setSelectable(false);
        return line;
    };
    const QPen crossPen(Crosshair, 1, Qt::DashLine);
    m_crossV = makeLine(m_priceRect, crossPen, QStringLiteral("crosshair"));
    m_crossVolumeV = makeLine(m_volumeRect, crossPen, QStringLiteral("crosshair"));
    m_crossH = makeLine(m_priceRect, crossPen, QStringLiteral("crosshair"));
    m_lastPriceLine = makeLine(m_priceRect, QPen(Up, 1, Qt::DotLine), QStringLiteral("main"));
    for (QCPItemStraightLine *line : { m_crossV, m_crossVolumeV, m_crossH, m_lastPriceLine })
        line->setVisible(false);

    m_readout = new QCPItemText(this);
    m_readout->setLayer(QStringLiteral("crosshair"));
    m_readout->setClipAxisRect(m_priceRect);
    m_readout->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_readout->position->setAxisRect(m_priceRect);
    m_readout->position->setCoords(0.005, 0.01);
    m_readout->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_readout->setTextAlignment(Qt::AlignLeft);
    m_readout->setColor(Text);
    m_readout->setPadding(QMargins(4, 2, 4, 2));
    QFont font = this->font();
    font.setStyleHint(QFont::Monospace);
    font.setFamily(QStringLiteral("monospace"));
    m_readout->setFont(font);
    m_readout->setSelectable(false);

    m_legend = new QCPItemText(this);
    m_legend->setLayer(QStringLiteral("crosshair"));
    m_legend->setClipAxisRect(m_priceRect);
    m_legend->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_legend->position->setAxisRect(m_priceRect);
    m_legend->position->setCoords(0.005, 0.01);
    m_legend->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_legend->setTextAlignment(Qt::AlignLeft);
    m_legend->setColor(Text);
    // Below the readout's two lines.
    m_legend->setPadding(QMargins(4, 8 + 2 * QFontMetrics(font).lineSpacing(), 4, 2));
    m_legend->setFont(font);
    m_legend->setSelectable(false);
}

void CandleChart::applyColors()
{
    setBackground(Background);
    for (QCPAxisRect *rect : { m_priceRect, m_volumeRect })
        rect->setBackground(Background);

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

double CandleChart::keyOf(const Candle &candle) const
{
    // Keys are seconds: what QCPAxisTickerDateTime expects. Centred in the bucket.
    return double(candle.time) / 1000.0 + double(m_timeframe.seconds()) / 2.0;
}

QString CandleChart::formatPrice(Decimal price) const
{
    return QLocale().toString(price.toDouble(), 'f', m_priceDecimals);
}

void CandleChart::setSeries(const QString &symbol, int priceDecimals, const ChartUpdate &update)
{
    m_symbol = symbol;
    m_symbolIndex = update.symbol;
    m_orderLines->clear();
    m_dragged.reset();
    m_priceDecimals = priceDecimals;
    m_timeframe = update.timeframe;
    m_lastConfirmed.reset();
    m_candles->data()->clear();
    m_volumeUp->data()->clear();
    m_volumeDown->data()->clear();
    m_markers->clear();
    m_gaps->clear();

    const double width = double(m_timeframe.seconds());
    m_candles->setWidth(width * BodyWidth);
    m_formingCandle->setWidth(width * BodyWidth);
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume })
        bars->setWidth(width * BodyWidth);
    m_studies->reset(update.indicatorParams, priceDecimals, width * BodyWidth);
    const QString format = m_timeframe.seconds() < 60 ? QStringLiteral("HH:mm:ss")
        : m_timeframe.seconds() < 86400               ? QStringLiteral("HH:mm\nd MMM")
                                                      : QStringLiteral("d MMM\nyyyy");
    m_timeTicker->setDateTimeFormat(format);

    appendConfirmed(update.confirmed, update.indicators);
    setForming(update.forming, update.formingIndicators);
    addSignals(update.seriesSignals);
    for (const FeedGap &gap : update.gaps)
        m_gaps->add(gap, width * BodyWidth);
    // Show the latest candles, whatever the previous series showed.
    const double last = m_forming ? keyOf(*m_forming)
        : m_lastConfirmed         ? keyOf(*m_lastConfirmed)
                                  : double(QDateTime::currentSecsSinceEpoch());
    m_adjustingRange = true;
    m_priceRect->axis(QCPAxis::atBottom)
        ->setRange(last - width * (DefaultVisible - RightMargin), last + width * RightMargin);
    m_adjustingRange = false;
    setFollowing(true);
    scrollToLatest();
    updateReadout(latestCandle());
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
    for (qsizetype i = 0; i < candles.size() && i < indicators.size(); ++i)
        m_studies->append(keyOf(candles[i]), indicators[i]);
    QList<QCPFinancialData> ohlc;
    QList<QCPBarsData> up;
    QList<QCPBarsData> down;
    ohlc.reserve(candles.size());
    for (const Candle &c : candles) {
        const double key = keyOf(c);
        ohlc.append(QCPFinancialData(
            key, c.open.toDouble(), c.high.toDouble(), c.low.toDouble(), c.close.toDouble()));
        (c.close >= c.open ? up : down).append(QCPBarsData(key, c.volume.toDouble()));
    }
    // Candles arrive in time order, so the containers need no sorting.
    m_candles->data()->add(ohlc, true);
    m_volumeUp->data()->add(up, true);
    m_volumeDown->data()->add(down, true);
    m_lastConfirmed = candles.constLast();

    if (m_candles->data()->size() > MaxCandles) {
        const double cutoff = (m_candles->data()->constEnd() - MaxCandles)->key;
        m_candles->data()->removeBefore(cutoff);
        m_volumeUp->data()->removeBefore(cutoff);
        m_volumeDown->data()->removeBefore(cutoff);
        m_studies->trimBefore(cutoff);
    }
}

void CandleChart::setForming(
    const std::optional<Candle> &forming, const std::optional<IndicatorValues> &preview)
{
    m_forming = forming;
    m_studies->setPreview(forming ? keyOf(*forming) : 0.0, forming ? preview : std::nullopt);
    m_legend->setText(m_studies->overlayLegend());
    m_formingCandle->data()->clear();
    m_formingVolume->data()->clear();
    const std::optional<Candle> latest = latestCandle();
    m_lastPriceLine->setVisible(latest.has_value());
    if (latest) {
        const double close = latest->close.toDouble();
        m_lastPriceLine->point1->setCoords(0, close);
        m_lastPriceLine->point2->setCoords(1, close);
        m_lastPriceLine->setPen(QPen(latest->close >= latest->open ? Up : Down, 1, Qt::DotLine));
    }
    if (!forming)
        return;
    const double key = keyOf(*forming);
    m_formingCandle->data()->add(QCPFinancialData(key, forming->open.toDouble(),
        forming->high.toDouble(), forming->low.toDouble(), forming->close.toDouble()));
    m_formingVolume->data()->add(QCPBarsData(key, forming->volume.toDouble()));
}

std::optional<Candle> CandleChart::latestCandle() const
{
    return m_forming ? m_forming : m_lastConfirmed;
}

int CandleChart::candleCount() const
{
    return m_candles->data()->size() + (m_forming ? 1 : 0);
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
    time->setRange(upper - time->range().size(), upper);
    m_adjustingRange = false;
    rescaleValueAxes();
}

void CandleChart::onTimeRangeChanged(const QCPRange &range)
{
    if (m_adjustingRange)
        return;
    // Keep between 10 and MaxVisible candles in view: QCPFinancial draws every
    // visible candle, so an unbounded zoom-out would make each paint slower.
    const double width = double(m_timeframe.seconds());
    const double size = std::clamp(range.size(), width * 10.0, width * MaxVisible);
    if (size != range.size()) {
        m_adjustingRange = true;
        m_priceRect->axis(QCPAxis::atBottom)
            ->setRange(range.center() - size / 2.0, range.center() + size / 2.0);
        m_adjustingRange = false;
    }
    rescaleValueAxes();
}

void CandleChart::rescaleValueAxes()
{
    const QCPRange visible = m_priceRect->axis(QCPAxis::atBottom)->range();
    bool found = false;
    QCPRange prices;
    bool any = false;
    for (QCPFinancial *f : { m_candles, m_formingCandle }) {
        const QCPRange r = f->getValueRange(found, QCP::sdBoth, visible);
        if (!found)
            continue;
        prices
            = any ? QCPRange(std::min(prices.lower, r.lower), std::max(prices.upper, r.upper)) : r;
        any = true;
    }
    m_studies->addOverlayRange(prices, any, visible);
    m_studies->rescalePanes(visible);
    if (any) {
        const double pad = std::max(prices.size() * 0.08, std::abs(prices.upper) * 1e-6);
        m_priceRect->axis(QCPAxis::atRight)->setRange(prices.lower - pad, prices.upper + pad);
    }
    double maxVolume = 0.0;
    for (QCPBars *bars : { m_volumeUp, m_volumeDown, m_formingVolume }) {
        const QCPRange r = bars->getValueRange(found, QCP::sdPositive, visible);
        if (found)
            maxVolume = std::max(maxVolume, r.upper);
    }
    m_volumeRect->axis(QCPAxis::atRight)->setRange(0.0, maxVolume > 0.0 ? maxVolume * 1.1 : 1.0);
    m_orderLines->keepInView();
}

std::optional<Candle> CandleChart::candleAt(double key) const
{
    const double width = double(m_timeframe.seconds());
    const double bucketStart = std::floor(key / width) * width;
    const auto startMs = std::int64_t(std::llround(bucketStart * 1000.0));
    if (m_forming && m_forming->time == startMs)
        return m_forming;
    const double centre = bucketStart + width / 2.0;
    auto it = m_candles->data()->findBegin(centre, false);
    if (it == m_candles->data()->constEnd() || std::abs(it->key - centre) > width / 4.0)
        return std::nullopt;
    Candle c;
    c.time = startMs;
    c.open = Decimal::fromDouble(it->open);
    c.high = Decimal::fromDouble(it->high);
    c.low = Decimal::fromDouble(it->low);
    c.close = Decimal::fromDouble(it->close);
    c.state = CandleState::Confirmed;
    for (QCPBars *bars : { m_volumeUp, m_volumeDown }) {
        auto v = bars->data()->findBegin(centre, false);
        if (v != bars->data()->constEnd() && std::abs(v->key - centre) <= width / 4.0)
            c.volume = Volume::fromDouble(v->value);
    }
    return c;
}

QString CandleChart::readoutText() const
{
    return m_readout->text();
}

void CandleChart::updateReadout(const std::optional<Candle> &candle)
{
    if (!candle) {
        m_readout->setText(m_symbol.isEmpty()
                ? QString()
                : tr("%1 · %2 — waiting for trades").arg(m_symbol, m_timeframe.label()));
        return;
    }
    const QLocale locale;
    const double open = candle->open.toDouble();
    const double change = open != 0.0 ? (candle->close.toDouble() - open) / open * 100.0 : 0.0;
    // A fall too small to show is no change, not "-0.00".
    const double rounded = std::round(change * 100.0) / 100.0;
    const QString when
        = QDateTime::fromMSecsSinceEpoch(candle->time, QTimeZone::utc())
              .toString(m_timeframe.seconds() < 86400 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                      : QStringLiteral("yyyy-MM-dd"));
    m_readout->setText(tr("%1 · %2 · %3 UTC%4\nO %5  H %6  L %7  C %8  V %9  %10%")
                           .arg(m_symbol, m_timeframe.label(), when,
                               candle->state == CandleState::Forming ? tr(" · forming") : QString(),
                               formatPrice(candle->open), formatPrice(candle->high),
                               formatPrice(candle->low), formatPrice(candle->close))
                           .arg(LocaleDecimal::display(candle->volume, Decimal(), locale))
                           .arg(locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 2)));
    m_readout->setColor(candle->close >= candle->open ? Up : Down);
}

bool CandleChart::inPlotArea(const QPointF &pos) const
{
    return m_priceRect->rect().contains(pos.toPoint())
        || m_volumeRect->rect().contains(pos.toPoint());
}

void CandleChart::showCandleAt(double key)
{
    m_hovering = true;
    updateReadout(candleAt(key));
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
    const double value = m_priceRect->axis(QCPAxis::atRight)->pixelToCoord(y);
    std::int64_t tick = Decimal::Scale;
    for (int i = 0; i < m_priceDecimals && tick > 1; ++i)
        tick /= 10;
    const Decimal price = Decimal::fromDouble(std::max(value, 0.0));
    return Decimal::fromUnits(
        std::max<std::int64_t>((price.units() + tick / 2) / tick * tick, tick));
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
    const std::optional<Candle> latest = latestCandle();
    if (!latest)
        return text;
    const Decimal last = latest->close;
    const bool buy = order.side == Side::Buy;
    if (changed.waitsForTrigger() ? changed.triggersAt(last)
                                  : (buy ? price >= last : price <= last))
        text += changed.waitsForTrigger()
            ? tr(": triggers at once at %1").arg(LocaleDecimal::display(last, Decimal()))
            : tr(": trades at once at %1").arg(LocaleDecimal::display(last, Decimal()));
    return text;
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

void CandleChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragged) {
        QCustomPlot::mouseReleaseEvent(event);
        return;
    }
    const Order order = *m_dragged;
    m_dragged.reset();
    m_orderLines->endDrag();
    const Decimal price = priceAt(event->position().y());
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
            return;
        }
    }
    if (event->button() == Qt::LeftButton && inPlotArea(event->position()))
        setFollowing(false);
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
        const Decimal price = priceAt(pos.y());
        m_orderLines->drag(*m_dragged, price.toDouble(), dragVerdict(*m_dragged, price));
        replot(rpQueuedReplot);
        return;
    }
    QCustomPlot::mouseMoveEvent(event);
    setCursor(
        !m_readOnly && m_priceRect->rect().contains(pos.toPoint()) && m_orderLines->orderAt(pos.y())
            ? Qt::SizeVerCursor
            : Qt::ArrowCursor);
    const bool inside = inPlotArea(pos);
    for (QCPItemStraightLine *line : { m_crossV, m_crossVolumeV, m_crossH })
        line->setVisible(inside);
    if (!inside) {
        leaveEvent(event);
        return;
    }
    const double key = m_priceRect->axis(QCPAxis::atBottom)->pixelToCoord(pos.x());
    m_crossV->point1->setCoords(key, 0);
    m_crossV->point2->setCoords(key, 1);
    m_crossVolumeV->point1->setCoords(key, 0);
    m_crossVolumeV->point2->setCoords(key, 1);
    m_crossH->setVisible(m_priceRect->rect().contains(pos.toPoint()));
    const double value = m_priceRect->axis(QCPAxis::atRight)->pixelToCoord(pos.y());
    m_crossH->point1->setCoords(0, value);
    m_crossH->point2->setCoords(1, value);
    m_studies->setCrosshair(key, true);
    showCandleAt(key);
    QString tooltip = m_markers->tooltipAt(pos);
    if (tooltip.isEmpty())
        tooltip = m_gaps->tooltipAt(pos);
    if (tooltip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), tooltip, this);
    layer(QStringLiteral("crosshair"))->replot();
}

void CandleChart::leaveEvent(QEvent *event)
{
    QCustomPlot::leaveEvent(event);
    m_hovering = false;
    for (QCPItemStraightLine *line : { m_crossV, m_crossVolumeV, m_crossH })
        line->setVisible(false);
    m_studies->setCrosshair(0, false);
    updateReadout(latestCandle());
    layer(QStringLiteral("crosshair"))->replot();
}

} // namespace kairos
