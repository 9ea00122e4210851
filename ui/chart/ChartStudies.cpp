#include "ChartStudies.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kairos {

namespace {

using namespace ChartColors;
const QColor SmaColor(0xf5, 0xb0, 0x41);
const QColor EmaFastColor(0x42, 0xa5, 0xf5);
const QColor EmaSlowColor(0xab, 0x47, 0xbc);
const QColor BandColor(0x78, 0x90, 0x9c);
const QColor VwapColor(0xff, 0xee, 0x58);
const QColor RsiColor(0xb3, 0x9d, 0xdb);
const QColor SignalColor(0xff, 0x70, 0x43);

QString value(double v, int decimals)
{
    return std::isnan(v) ? QStringLiteral("—") : LocaleDecimal::fixed(v, decimals);
}

} // namespace

ChartStudies::ChartStudies(
    QCustomPlot *plot, QCPAxisRect *priceRect, QCPMarginGroup *group, QCPLayer *pointerLayer)
    : QObject(plot)
    , m_plot(plot)
    , m_priceRect(priceRect)
    , m_group(group)
    , m_pointerLayer(pointerLayer)
{
    QCPAxis *time = priceRect->axis(QCPAxis::atBottom);
    QCPAxis *price = priceRect->axis(QCPAxis::atRight);
    m_sma = std::make_unique<StudyLine>(time, price, SmaColor, QStringLiteral("SMA"));
    m_emaFast = std::make_unique<StudyLine>(time, price, EmaFastColor, QStringLiteral("EMA fast"));
    m_emaSlow = std::make_unique<StudyLine>(time, price, EmaSlowColor, QStringLiteral("EMA slow"));
    m_bbUpper = std::make_unique<StudyLine>(time, price, BandColor, QStringLiteral("BB upper"));
    m_bbMiddle = std::make_unique<StudyLine>(
        time, price, BandColor.darker(130), QStringLiteral("BB middle"));
    m_bbLower = std::make_unique<StudyLine>(time, price, BandColor, QStringLiteral("BB lower"));
    m_vwap = std::make_unique<StudyLine>(time, price, VwapColor, QStringLiteral("VWAP"));

    for (int p = 0; p < PaneCount; ++p)
        makePane(Pane(p));

    QCPAxisRect *rsi = m_panes[RsiPane];
    m_rsi = std::make_unique<StudyLine>(
        rsi->axis(QCPAxis::atBottom), rsi->axis(QCPAxis::atRight), RsiColor, QStringLiteral("RSI"));
    rsi->axis(QCPAxis::atRight)->setRange(0, 100);
    auto level = [this, rsi](double y) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->setClipAxisRect(rsi);
        for (QCPItemPosition *p : { line->point1, line->point2 })
            p->setAxes(rsi->axis(QCPAxis::atBottom), rsi->axis(QCPAxis::atRight));
        line->point1->setCoords(0, y);
        line->point2->setCoords(1, y);
        line->setPen(QPen(Text.darker(160), 1, Qt::DashLine));
        line->setSelectable(false);
    };
    level(30); // the usual oversold and overbought guides
    level(70);

    QCPAxisRect *macd = m_panes[MacdPane];
    m_macdHistogram = new QCPBars(macd->axis(QCPAxis::atBottom), macd->axis(QCPAxis::atRight));
    m_macdHistogram->setPen(Qt::NoPen);
    m_macdHistogram->setBrush(QColor(0x78, 0x90, 0x9c, 140));
    m_macdHistogram->setWidthType(QCPBars::wtPlotCoords);
    m_macdHistogram->setAntialiased(false);
    m_macdHistogram->setSelectable(QCP::stNone);
    m_macd = std::make_unique<StudyLine>(macd->axis(QCPAxis::atBottom),
        macd->axis(QCPAxis::atRight), EmaFastColor, QStringLiteral("MACD"));
    m_macdSignal = std::make_unique<StudyLine>(macd->axis(QCPAxis::atBottom),
        macd->axis(QCPAxis::atRight), SignalColor, QStringLiteral("Signal"));

    for (int o = 0; o < OverlayCount; ++o)
        setOverlayVisible(Overlay(o), m_overlayVisible[o]);
    placePanes();
}

ChartStudies::~ChartStudies() = default;

ChartStudies::PaneParts ChartStudies::makePaneParts(std::function<int()> decimals)
{
    auto *rect = new QCPAxisRect(m_plot);
    QCPAxis *priceTime = m_priceRect->axis(QCPAxis::atBottom);
    rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_group);
    rect->setBackground(Background);
    rect->axis(QCPAxis::atLeft)->setVisible(false);
    QCPAxis *values = rect->axis(QCPAxis::atRight);
    values->setVisible(true);
    values->ticker()->setTickCount(3);
    // Fixed notation, never "5E-08" for a coin's MACD: the places the
    // ticks need, at most those its legend shows (a difference of prices,
    // two places finer than the instrument quotes).
    values->setNumberFormat(QStringLiteral("f"));
    connect(values, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
        [values, decimals](const QCPRange &range) {
            const int most = decimals();
            const double step = range.size() / 3.0;
            const int places = step > 0.0 ? int(std::ceil(-std::log10(step))) + 1 : most;
            values->setNumberPrecision(std::clamp(places, 0, most));
        });
    rect->setRangeDrag(Qt::Horizontal);
    rect->setRangeZoom(Qt::Horizontal);
    rect->setRangeDragAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    rect->setRangeZoomAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    rect->setRangeZoomFactor(0.85, 1.0);
    rect->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    rect->setMargins(QMargins(0, 4, 0, 0));
    for (QCPAxis *axis : rect->axes()) {
        axis->setBasePen(QPen(Grid));
        axis->setTickPen(QPen(Grid));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(Text);
        axis->grid()->setPen(QPen(Grid));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
    QCPAxis *time = rect->axis(QCPAxis::atBottom);
    time->setTicker(priceTime->ticker());
    time->setRange(priceTime->range());
    const auto changed = qOverload<const QCPRange &>(&QCPAxis::rangeChanged);
    const auto set = qOverload<const QCPRange &>(&QCPAxis::setRange);
    connect(priceTime, changed, time, set);
    connect(time, changed, priceTime, set);

    auto *legend = new QCPItemText(m_plot);
    legend->setClipAxisRect(rect);
    legend->position->setType(QCPItemPosition::ptAxisRectRatio);
    legend->position->setAxisRect(rect);
    legend->position->setCoords(0.005, 0.02);
    legend->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    legend->setColor(Text);
    legend->setSelectable(false);
    legend->setLayer(m_pointerLayer);

    auto *cross = new QCPItemStraightLine(m_plot);
    cross->setClipAxisRect(rect);
    for (QCPItemPosition *p : { cross->point1, cross->point2 })
        p->setAxes(time, rect->axis(QCPAxis::atRight));
    cross->setPen(QPen(Crosshair, 1, Qt::DashLine));
    cross->setVisible(false);
    cross->setSelectable(false);
    cross->setLayer(m_pointerLayer);
    return { rect, legend, cross };
}

void ChartStudies::makePane(Pane pane)
{
    const PaneParts parts
        = makePaneParts([this, pane] { return pane == MacdPane ? m_priceDecimals + 2 : 1; });
    m_panes[pane] = parts.rect;
    m_paneLegends[pane] = parts.legend;
    m_paneCrosshairs[pane] = parts.crosshair;
}

void ChartStudies::placePanes()
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    std::vector<std::pair<QCPAxisRect *, bool>> panes; // top to bottom, shown
    for (int p = 0; p < PaneCount; ++p)
        panes.emplace_back(m_panes[p], m_paneVisible[p]);
    for (const UserPane &pane : m_userPanes)
        panes.emplace_back(pane.parts.rect, true);
    for (const auto &[rect, shown] : panes) {
        if (rect->layout() == layout)
            layout->take(rect);
    }
    layout->simplify();
    // The panes that fit, top first; together they take at most as much
    // height as the prices (stretch 4): with five of them the candles kept
    // a strip.
    int fitting = m_compact ? 0 : m_fitting;
    for (auto &[rect, wanted] : panes) {
        if (wanted && fitting-- <= 0)
            wanted = false;
    }
    const auto shownCount
        = std::count_if(panes.begin(), panes.end(), [](const auto &pane) { return pane.second; });
    const double stretch = std::min(1.3, 4.0 / double(std::max<qsizetype>(shownCount, 1)));
    QCPAxisRect *lowest = nullptr;
    for (const auto &[rect, shown] : panes) {
        rect->setVisible(shown);
        if (!shown)
            continue;
        const int row = layout->rowCount();
        layout->addElement(row, 0, rect);
        layout->setRowStretchFactor(row, stretch);
        lowest = rect;
    }
    // Time labels go under the lowest pane; the volume pane is row 1.
    auto *volume = qobject_cast<QCPAxisRect *>(layout->element(1, 0));
    if (volume)
        volume->axis(QCPAxis::atBottom)->setTickLabels(!lowest);
    for (const auto &[rect, shown] : panes)
        rect->axis(QCPAxis::atBottom)->setTickLabels(rect == lowest);
}

namespace {

constexpr std::array<const char *, ChartStudies::OverlayCount> OverlayKeys
    = { "sma", "emaFast", "emaSlow", "bollinger", "vwap" };
constexpr std::array<const char *, ChartStudies::PaneCount> PaneKeys = { "rsi", "macd" };

} // namespace

QStringList ChartStudies::shownKeys() const
{
    QStringList keys;
    for (int o = 0; o < OverlayCount; ++o) {
        if (m_overlayVisible[o])
            keys << QLatin1StringView(OverlayKeys[std::size_t(o)]);
    }
    for (int p = 0; p < PaneCount; ++p) {
        if (m_paneVisible[p])
            keys << QLatin1StringView(PaneKeys[std::size_t(p)]);
    }
    return keys;
}

void ChartStudies::showKeys(const QStringList &keys)
{
    for (int o = 0; o < OverlayCount; ++o)
        setOverlayVisible(
            Overlay(o), keys.contains(QLatin1StringView(OverlayKeys[std::size_t(o)])));
    for (int p = 0; p < PaneCount; ++p)
        setPaneVisible(Pane(p), keys.contains(QLatin1StringView(PaneKeys[std::size_t(p)])));
}

void ChartStudies::setHeight(int pixels)
{
    const int fitting
        = std::max(int(double(pixels) * (1.0 - PriceShare - 0.12) / MinPanePixels), 0);
    if (fitting == m_fitting)
        return;
    m_fitting = fitting;
    placePanes();
}

void ChartStudies::setCompact(bool compact)
{
    if (m_compact == compact)
        return;
    m_compact = compact;
    placePanes();
}

void ChartStudies::setOverlayVisible(Overlay overlay, bool visible)
{
    m_overlayVisible[overlay] = visible;
    switch (overlay) {
    case SmaOverlay:
        m_sma->setVisible(visible);
        break;
    case EmaFastOverlay:
        m_emaFast->setVisible(visible);
        break;
    case EmaSlowOverlay:
        m_emaSlow->setVisible(visible);
        break;
    case BollingerOverlay:
        for (StudyLine *line : { m_bbUpper.get(), m_bbMiddle.get(), m_bbLower.get() })
            line->setVisible(visible);
        break;
    case VwapOverlay:
        m_vwap->setVisible(visible);
        break;
    case OverlayCount:
        break;
    }
}

void ChartStudies::setPaneVisible(Pane pane, bool visible)
{
    if (m_paneVisible[pane] == visible)
        return;
    m_paneVisible[pane] = visible;
    placePanes();
}

std::array<double, ChartStudies::ColumnCount> ChartStudies::columnsOf(const IndicatorValues &v)
{
    return { v.sma, v.emaFast, v.emaSlow, v.bands.upper, v.bands.middle, v.bands.lower, v.vwap,
        v.rsi, v.macd.macd, v.macd.signal, v.macd.histogram };
}

std::array<StudyLine *, ChartStudies::MacdHistogramColumn> ChartStudies::lines() const
{
    return { m_sma.get(), m_emaFast.get(), m_emaSlow.get(), m_bbUpper.get(), m_bbMiddle.get(),
        m_bbLower.get(), m_vwap.get(), m_rsi.get(), m_macd.get(), m_macdSignal.get() };
}

void ChartStudies::reset(
    const IndicatorParams &params, int priceDecimals, const Timeframe &timeframe)
{
    m_params = params;
    m_priceDecimals = priceDecimals;
    m_candleHalf = double(timeframe.seconds()) / 2.0;
    for (StudyLine *line : lines())
        line->clear();
    for (UserLine &user : m_userLines)
        user.line->clear();
    std::fill(m_userLatest.begin(), m_userLatest.end(), std::nan(""));
    m_userPreview.clear();
    m_userHovered.reset();
    m_macdHistogram->data()->clear();
    const double n = std::nan("");
    m_latest = IndicatorValues { 0, n, n, n, n, { n, n, n }, { n, n, n }, n, n, { n, n } };
    m_latestKey = 0.0;
    m_preview.reset();
    m_hovered.reset();
    updateCurrent();
}

void ChartStudies::setLatest(double key, const IndicatorValues &values)
{
    m_latest = values;
    m_latestKey = key;
    updateCurrent();
}

void ChartStudies::updateCurrent()
{
    m_current = m_hovered ? *m_hovered : m_preview ? *m_preview : m_latest;
    updatePaneLegends();
}

void ChartStudies::setHovered(const std::optional<std::array<double, ColumnCount>> &columns)
{
    m_hovered.reset();
    if (columns) {
        const auto &c = *columns;
        IndicatorValues v = m_latest;
        v.sma = c[SmaColumn];
        v.emaFast = c[EmaFastColumn];
        v.emaSlow = c[EmaSlowColumn];
        v.bands.upper = c[BbUpperColumn];
        v.bands.middle = c[BbMiddleColumn];
        v.bands.lower = c[BbLowerColumn];
        v.vwap = c[VwapColumn];
        v.rsi = c[RsiColumn];
        v.macd.macd = c[MacdColumn];
        v.macd.signal = c[MacdSignalColumn];
        v.macd.histogram = c[MacdHistogramColumn];
        m_hovered = v;
    }
    updateCurrent();
}

void ChartStudies::setPreview(double key, const std::optional<IndicatorValues> &values)
{
    const double n = std::nan("");
    const auto preview = columnsOf(values.value_or(
        IndicatorValues { 0, n, n, n, n, { n, n, n }, { n, n, n }, n, n, { n, n } }));
    const auto latest = columnsOf(m_latest);
    const auto all = lines();
    for (std::size_t c = 0; c < all.size(); ++c)
        all[c]->setPreview(m_latestKey, latest[c], key, preview[c]);
    m_preview = values;
    updateCurrent();
}

void ChartStudies::show(const CandleHistory &history,
    const std::vector<CandleHistory::Span> &columns, std::int64_t bucket, double barWidth,
    int pixels)
{
    const double half = double(bucket) / 2000.0;
    qsizetype candles = 0;
    for (const CandleHistory::Span &span : columns)
        candles += span.count;
    const bool perCandle = candles <= 2 * qsizetype(std::max(pixels, 1));
    // Smoothing is most of a frame's cost and shows only with a pixel or
    // more per candle.
    const bool smooth = candles <= qsizetype(std::max(pixels, 1));
    // One line of the history's: a point per candle while there are at
    // most two a pixel, else each column's extremes, the one nearer its last
    // value second.
    QList<QCPGraphData> points;
    const auto pointsOf = [&](int c) {
        points.clear();
        for (const CandleHistory::Span &span : columns) {
            if (perCandle) {
                for (qsizetype i = span.first; i < span.first + span.count; ++i) {
                    const double v = history.study(c, i);
                    if (!std::isnan(v))
                        points.append(
                            QCPGraphData(double(history.at(i).time) / 1000.0 + m_candleHalf, v));
                }
                continue;
            }
            const double key = double(span.candle.time) / 1000.0 + half;
            const double low = span.studyLow[std::size_t(c)];
            const double high = span.studyHigh[std::size_t(c)];
            if (std::isnan(low))
                continue;
            if (low == high) {
                points.append(QCPGraphData(key, low));
                continue;
            }
            const double last = history.study(c, span.first + span.count - 1);
            const bool rising = std::abs(high - last) <= std::abs(last - low);
            points.append(QCPGraphData(key, rising ? low : high));
            points.append(QCPGraphData(key, rising ? high : low));
        }
        return points;
    };
    const auto all = lines();
    for (std::size_t c = 0; c < all.size(); ++c)
        all[c]->setPoints(pointsOf(int(c)), smooth);
    for (UserLine &user : m_userLines)
        user.line->setPoints(pointsOf(ColumnCount + user.column), smooth);
    QList<QCPBarsData> bars;
    for (const CandleHistory::Span &span : columns) {
        const double low = span.studyLow[MacdHistogramColumn];
        const double high = span.studyHigh[MacdHistogramColumn];
        if (!std::isnan(low))
            bars.append(QCPBarsData(double(span.candle.time) / 1000.0 + half,
                std::abs(low) > std::abs(high) ? low : high));
    }
    m_macdHistogram->data()->set(bars, true);
    m_macdHistogram->setWidth(barWidth);
}

void ChartStudies::addOverlayRange(QCPRange &range, bool &found, const QCPRange &keys) const
{
    for (const StudyLine *line : { m_sma.get(), m_emaFast.get(), m_emaSlow.get(), m_bbUpper.get(),
             m_bbLower.get(), m_vwap.get() })
        line->addToRange(range, found, keys);
    for (const UserLine &user : m_userLines) {
        if (m_userStudies[user.study].pane == 0)
            user.line->addToRange(range, found, keys);
    }
}

void ChartStudies::rescalePanes(const QCPRange &keys)
{
    for (const UserPane &pane : m_userPanes) {
        QCPRange range;
        bool found = false;
        for (const UserLine &user : m_userLines) {
            if (m_userStudies[user.study].pane == pane.number)
                user.line->addToRange(range, found, keys);
        }
        if (!found)
            continue;
        // Oscillators keep their whole scale (0 to 100, −100 to 0 …), so
        // 30 and 70 stay where a trader's eye expects them.
        const bool bounded
            = std::all_of(m_userStudies.begin(), m_userStudies.end(), [&](const ChartStudy &s) {
                  return s.pane != pane.number || s.spec.definition().scale == StudyScale::Bounded;
              });
        if (bounded) {
            pane.parts.rect->axis(QCPAxis::atRight)
                ->setRange(range.lower < -1e-9 ? -100.0 : 0.0, range.upper > 1e-9 ? 100.0 : 0.0);
            continue;
        }
        const double magnitude = std::max(std::abs(range.lower), std::abs(range.upper));
        const double pad = range.size() > 0.0 ? range.size() * 0.08
            : magnitude > 0.0                 ? magnitude * 0.1
                                              : 1.0;
        pane.parts.rect->axis(QCPAxis::atRight)->setRange(range.lower - pad, range.upper + pad);
    }
    QCPRange range;
    bool found = false;
    m_macd->addToRange(range, found, keys);
    m_macdSignal->addToRange(range, found, keys);
    bool ok = false;
    const QCPRange bars = m_macdHistogram->getValueRange(ok, QCP::sdBoth, keys);
    if (ok) {
        range = found
            ? QCPRange(std::min(range.lower, bars.lower), std::max(range.upper, bars.upper))
            : bars;
        found = true;
    }
    // A flat line (one candle, a still market) gets room around its value:
    // on a range of a nanounit the labels read "-0.0000 … 0.0000".
    if (!found)
        return;
    QCPAxis *axis = m_panes[MacdPane]->axis(QCPAxis::atRight);
    const double magnitude = std::max(std::abs(range.lower), std::abs(range.upper));
    const double pad = range.size() > 0.0 ? range.size() * 0.1
        : magnitude > 0.0                 ? magnitude * 0.1
                                          : 1.0;
    axis->setRange(range.lower - pad, range.upper + pad);
}

void ChartStudies::setCrosshair(double key, bool visible)
{
    std::vector<QCPItemStraightLine *> lines(m_paneCrosshairs.begin(), m_paneCrosshairs.end());
    for (const UserPane &pane : m_userPanes)
        lines.push_back(pane.parts.crosshair);
    for (QCPItemStraightLine *line : lines) {
        line->setVisible(visible);
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
    }
}

QString ChartStudies::paneLegend(Pane pane) const
{
    return m_paneLegends[pane]->text();
}

void ChartStudies::updatePaneLegends()
{
    m_paneLegends[RsiPane]->setText(
        QStringLiteral("RSI(%1) %2").arg(m_params.rsi).arg(value(m_current.rsi, 1)));
    m_paneLegends[MacdPane]->setText(QStringLiteral("MACD(%1,%2,%3) %4 / %5")
                                         .arg(m_params.macdFast)
                                         .arg(m_params.macdSlow)
                                         .arg(m_params.macdSignal)
                                         .arg(value(m_current.macd.macd, m_priceDecimals + 2),
                                             value(m_current.macd.signal, m_priceDecimals + 2)));
    const std::vector<double> &current = userCurrent();
    for (const UserPane &pane : m_userPanes) {
        QStringList parts;
        for (int s = 0; s < m_userStudies.size(); ++s) {
            if (m_userStudies[s].pane == pane.number && m_userStudies[s].visible)
                parts << userLegend(s, current);
        }
        pane.parts.legend->setText(parts.join(QStringLiteral("   ")));
    }
}

QString ChartStudies::overlayLegend() const
{
    QStringList parts;
    if (m_overlayVisible[SmaOverlay])
        parts << QStringLiteral("SMA(%1) %2")
                     .arg(m_params.sma)
                     .arg(value(m_current.sma, m_priceDecimals));
    if (m_overlayVisible[EmaFastOverlay])
        parts << QStringLiteral("EMA(%1) %2")
                     .arg(m_params.emaFast)
                     .arg(value(m_current.emaFast, m_priceDecimals));
    if (m_overlayVisible[EmaSlowOverlay])
        parts << QStringLiteral("EMA(%1) %2")
                     .arg(m_params.emaSlow)
                     .arg(value(m_current.emaSlow, m_priceDecimals));
    if (m_overlayVisible[BollingerOverlay])
        parts << QStringLiteral("BB(%1,%2) %3 / %4")
                     .arg(m_params.bollinger)
                     .arg(m_params.bollingerDeviations)
                     .arg(value(m_current.bands.upper, m_priceDecimals),
                         value(m_current.bands.lower, m_priceDecimals));
    if (m_overlayVisible[VwapOverlay])
        parts << QStringLiteral("VWAP %1").arg(value(m_current.vwap, m_priceDecimals));
    const std::vector<double> &current = userCurrent();
    for (int s = 0; s < m_userStudies.size(); ++s) {
        if (m_userStudies[s].pane == 0 && m_userStudies[s].visible)
            parts << userLegend(s, current);
    }
    return parts.join(QStringLiteral("   "));
}

void ChartStudies::removeUserStudies()
{
    for (UserLine &user : m_userLines)
        user.line->removeFromPlot();
    m_userLines.clear();
    for (const UserPane &pane : m_userPanes) {
        if (pane.parts.rect->layout())
            pane.parts.rect->layout()->take(pane.parts.rect);
        m_plot->removeItem(pane.parts.legend);
        m_plot->removeItem(pane.parts.crosshair);
        delete pane.parts.rect;
    }
    m_userPanes.clear();
    m_plot->plotLayout()->simplify();
}

void ChartStudies::setUserStudies(const ChartStudyList &studies)
{
    removeUserStudies();
    m_userStudies = studies;
    m_userFirstColumn.clear();
    int column = 0;
    QCPAxis *time = m_priceRect->axis(QCPAxis::atBottom);
    for (int s = 0; s < studies.size(); ++s) {
        const ChartStudy &study = studies[s];
        m_userFirstColumn.push_back(column);
        // A hidden study draws nothing and makes no pane; its values are
        // still computed, so showing it again needs no warm-up.
        if (!study.visible) {
            column += int(study.spec.definition().outputs.size());
            continue;
        }
        QCPAxisRect *rect = m_priceRect;
        if (study.pane > 0) {
            auto found = std::find_if(m_userPanes.begin(), m_userPanes.end(),
                [&](const UserPane &pane) { return pane.number == study.pane; });
            if (found == m_userPanes.end()) {
                // Panes in the order of their numbers, top to bottom.
                const auto at = std::find_if(m_userPanes.begin(), m_userPanes.end(),
                    [&](const UserPane &pane) { return pane.number > study.pane; });
                found = m_userPanes.insert(at, { study.pane, makePaneParts([this, s] {
                                                    return userDecimals(m_userStudies[s]);
                                                }) });
            }
            rect = found->parts.rect;
        }
        const StudyDefinition &definition = study.spec.definition();
        for (int o = 0; o < definition.outputs.size(); ++o) {
            // The outputs of a study share its colour, the middle of a band
            // darker.
            const QColor color = definition.outputs.size() == 3 && o == 1 ? study.color.darker(140)
                : o > 0 && definition.outputs.size() == 2                 ? study.color.lighter(140)
                                                                          : study.color;
            auto line = std::make_unique<StudyLine>(
                rect == m_priceRect ? time : rect->axis(QCPAxis::atBottom),
                rect->axis(QCPAxis::atRight), color, study.spec.text());
            line->setStyle(study.style);
            line->setVisible(study.visible);
            m_userLines.push_back({ s, column + o, std::move(line) });
        }
        column += int(definition.outputs.size());
    }
    const std::vector<double> none(std::size_t(column), std::nan(""));
    m_userLatest = none;
    m_userPreview.clear();
    m_userHovered.reset();
    placePanes();
    updatePaneLegends();
}

void ChartStudies::setUserLatest(double key, std::vector<double> values)
{
    m_userLatestKey = key;
    m_userLatest = std::move(values);
    updatePaneLegends();
}

void ChartStudies::setUserPreview(double key, std::vector<double> values)
{
    m_userPreview = std::move(values);
    for (UserLine &user : m_userLines) {
        const auto c = std::size_t(user.column);
        const double last = c < m_userLatest.size() ? m_userLatest[c] : std::nan("");
        const double next = c < m_userPreview.size() ? m_userPreview[c] : std::nan("");
        user.line->setPreview(m_userLatestKey, last, key, next);
    }
    updatePaneLegends();
}

void ChartStudies::setUserHovered(std::optional<std::vector<double>> values)
{
    m_userHovered = std::move(values);
    updatePaneLegends();
}

const std::vector<double> &ChartStudies::userCurrent() const
{
    return m_userHovered ? *m_userHovered : !m_userPreview.empty() ? m_userPreview : m_userLatest;
}

int ChartStudies::userDecimals(const ChartStudy &study) const
{
    switch (study.spec.definition().scale) {
    case StudyScale::Price:
        return study.spec.definition().pane == StudyPane::Price ? m_priceDecimals
                                                                : m_priceDecimals + 2;
    case StudyScale::Bounded:
        return 1;
    case StudyScale::Free:
        break;
    }
    return 2;
}

QString ChartStudies::userLegend(int study, const std::vector<double> &values) const
{
    const ChartStudy &s = m_userStudies[study];
    const int decimals = userDecimals(s);
    QStringList shown;
    const int first = m_userFirstColumn[std::size_t(study)];
    for (int o = 0; o < s.spec.definition().outputs.size(); ++o) {
        const auto c = std::size_t(first + o);
        shown << value(c < values.size() ? values[c] : std::nan(""), decimals);
    }
    return s.spec.text() + QLatin1Char(' ') + shown.join(QStringLiteral(" / "));
}

QList<QCPAxisRect *> ChartStudies::userPaneRects() const
{
    QList<QCPAxisRect *> rects;
    for (const UserPane &pane : m_userPanes) {
        if (pane.parts.rect->visible())
            rects << pane.parts.rect;
    }
    return rects;
}

QStringList ChartStudies::userPaneLegends() const
{
    QStringList legends;
    for (const UserPane &pane : m_userPanes)
        legends << pane.parts.legend->text();
    return legends;
}

} // namespace kairos
