#pragma once

#include "ChartDrawings.h"
#include "ChartReadout.h"
#include "ChartStudies.h"
#include "CrosshairLines.h"
#include "GapMarkers.h"
#include "OrderLines.h"
#include "PricePane.h"
#include "PriceTag.h"
#include "ScaleTicker.h"
#include "SignalMarkers.h"
#include "engine/MarketView.h"
#include "model/Candle.h"
#include "model/Timeframe.h"
#include "storage/ChartHistoryLoader.h"

#include <qcustomplot.h>

#include <optional>

namespace kairos {

// A candlestick chart with a volume pane beneath, sharing one time axis.
// Mouse wheel zooms time, dragging pans it; either turns auto-follow off,
// setFollowing(true) turns it back on. A crosshair shows the candle under
// the mouse; when the mouse is elsewhere the readout shows the latest candle.
// The forming candle is drawn lighter than confirmed ones.
// The trader's working orders and position show as lines (OrderLines), fills
// as markers; dragging an order's line asks to move the order there, and
// the context menu places a limit or stop at the price under the mouse.
//
// It never replots per update: every change queues one replot, so a burst of
// updates costs one paint. Zoom and pan stay on the data: from MinVisible
// candles up to the whole history in view, never past the first candle nor
// more than a margin past the last; zoomed out, the PricePane draws buckets
// of candles, so any zoom costs about the same to draw.
class CandleChart : public QCustomPlot
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxCandles = PricePane::MaxCandles; // kept in the chart
    static constexpr int MinVisible = 10;
    static constexpr int DefaultVisible = 120;
    // Shorter than this (a chart among several), the RSI and MACD panes hide.
    static constexpr int CompactHeight = 440;

    explicit CandleChart(QWidget *parent = nullptr);

    // Replaces everything: a new symbol, timeframe or indicator periods.
    void setSeries(const QString &symbol, int priceDecimals, const ChartUpdate &update);
    // Adds newly confirmed candles, their indicators and signals, and
    // replaces the forming candle and its preview.
    void update(const ChartUpdate &update);
    // Older candles from storage (an answer to olderCandlesWanted); those
    // of an earlier series or request are ignored.
    void addOlder(const ChartPage &page);
    // True once storage has nothing older (or is not there to ask).
    bool hasAllHistory() const { return m_allHistory; }

    ChartStudies *studies() const { return m_studies; }
    // What the trader drew on this symbol, and the drawing tools.
    ChartDrawings *drawings() const { return m_drawings; }
    // The studies a trader added to this chart, drawn with its candles.
    void setStudyList(const ChartStudyList &studies);
    const ChartStudyList &studyList() const { return m_studies->userStudies(); }
    const SignalMarkers &markers() const { return *m_markers; }
    const GapMarkers &gaps() const { return *m_gaps; }
    // As written, before a narrow chart shortens a line with "…".
    QString legendText() const { return m_readout->legend(); }
    const PriceTag &lastPriceTag() const { return *m_lastTag; }
    const PriceTag &crosshairTag() const { return m_crosshair->tag(); }
    // What the last frame drew (bars, their bucket) and read to draw it.
    const PricePane::Frame &frame() const { return m_pane->frame(); }
    // The confirmed candles held, oldest first.
    const CandleHistory &history() const { return m_pane->history(); }

    bool isFollowing() const { return m_following; }
    enum class PriceScale { Linear, Logarithmic, Percent };
    void setStyle(PricePane::Style style);
    PricePane::Style style() const { return m_pane->style(); }
    const PricePane &pane() const { return *m_pane; }
    // Percent: change from the first candle in view.
    void setPriceScale(PriceScale scale);
    PriceScale priceScale() const { return m_scale; }
    // The price axis's tick labels as last drawn.
    QStringList priceLabels() const;
    int candleCount() const;
    std::optional<Candle> latestCandle() const;
    QString readoutText() const;

    // The trader's orders, position and new fills; those of the chart's
    // symbol are drawn.
    void setTrading(const TradingSnapshot &trading);
    // Marks fills of the chart's symbol (those made before its series was
    // set: the Trades panel's, after a restart or a chart switch).
    void addFills(const FillList &fills);
    const OrderLines &orderLines() const { return *m_orderLines; }
    // Read-only (a window following a node): orders are shown, not moved or
    // placed.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // The context menu's entries at pixel row `y` of the price pane (for
    // tests and keyboard users: what right-clicking there offers).
    QList<QAction *> orderActions(double y, QObject *parent);

public slots:
    void setFollowing(bool following);
    // The engine's answer to modifyCheckRequested: shown in the dragged
    // line's label while it is still where `changed` puts it.
    void showModifyCheck(const kairos::Order &changed, const QString &refusal);
    // Candles of `symbols` were stored (an import), maybe among those held:
    // the stored ones up to the newest held are read again, and replace them.
    void historyAdded(const QStringList &symbols);
    // A linked chart's crosshair at `time` (ms): its line here, and the
    // readout and legends of the candle there, while the pointer is not here.
    void showTimeAt(qint64 time);
    void hideTime();

signals:
    void followingChanged(bool following);
    void modifyOrderRequested(const kairos::Order &changed);
    // While a line is dragged: would the engine take this change? One at a
    // time; the next waits for the answer, asked for where the line is then.
    void modifyCheckRequested(const kairos::Order &changed);
    // A new order of the ticket's quantity: a limit or stop at `price`.
    void placeOrderRequested(
        kairos::Side side, kairos::OrderType type, const kairos::Decimal &price);
    void flattenRequested(quint32 symbol);
    // The view nears the oldest candle the chart holds: the stored ones
    // before `before`, answered with addOlder().
    void olderCandlesWanted(quint64 request, const QString &symbol, kairos::Timeframe timeframe,
        qint64 before, const kairos::IndicatorParams &params);
    void reverseRequested(quint32 symbol);
    // The crosshair is at `time` (ms), or left the panes.
    void crosshairMoved(qint64 time);
    void crosshairLeft();

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void updateLayout() override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The user studies' values of the last confirmed candle held.
    void showUserLatest();
    void setupAxes();
    void setupItems();
    void applyColors();
    void appendConfirmed(const CandleList &candles, const QList<IndicatorValues> &indicators);
    void setForming(
        const std::optional<Candle> &forming, const std::optional<IndicatorValues> &preview);
    void addSignals(const SignalList &fired);
    void addDenials(const QList<DeniedOrder> &denied);
    void onTimeRangeChanged(const QCPRange &range);
    void rescaleValueAxes();
    void scrollToLatest();
    void askForOlder();
    void showCandleAt(double key);
    void updateReadout(const std::optional<Candle> &candle);
    // The price at pixel row `y` of the price pane, on the tick.
    Decimal priceAt(double y) const;
    // The dragged order moved to `price`, and what its line then says.
    Order moved(const Order &order, Decimal price) const;
    QString dragVerdict(const Order &order, Decimal price) const;
    // The last price's line and its tag on the axis.
    void showLastPrice();
    // A price as the price axis writes it: in percent on that scale.
    QString axisText(double price) const;
    // The crosshair, its tags, the readout and the legends at `pos`.
    void moveCrosshair(const QPointF &pos);
    void hideCrosshair();
    static quint64 nextRequest();
    // Moves the dragged line, asking the engine about the new price.
    void dragTo(Decimal price);
    std::optional<Candle> candleAt(double key) const;
    bool inPlotArea(const QPointF &pos) const;
    double keyOf(const Candle &candle) const { return m_pane->keyOf(candle.time); }
    // The time range the view may show: the data's, with margins.
    std::optional<QCPRange> dataRange() const;
    // `range` moved and sized to stay on the data.
    QCPRange bounded(const QCPRange &range) const;

    QCPAxisRect *m_priceRect = nullptr;
    QCPAxisRect *m_volumeRect = nullptr;
    std::optional<PricePane> m_pane; // needs the axes, made after them
    std::optional<CrosshairLines> m_crosshair;
    QCPItemStraightLine *m_lastPriceLine = nullptr;
    std::optional<ChartReadout> m_readout;
    QCPMarginGroup *m_marginGroup = nullptr;
    ChartStudies *m_studies = nullptr;
    ChartDrawings *m_drawings = nullptr;
    std::optional<SignalMarkers> m_markers; // needs the price pane, made after it
    std::optional<GapMarkers> m_gaps;
    std::optional<OrderLines> m_orderLines;
    PriceScale m_scale = PriceScale::Linear;
    QPointF m_pointer; // where the pointer rests, while m_hovering
    bool m_pressedInPlot = false; // the left button went down over the panes
    QSharedPointer<QCPAxisTicker> m_linearTicker;
    QSharedPointer<ScaleTicker> m_percentTicker;
    std::optional<PriceTag> m_lastTag; // the last trade's price on the axis
    std::optional<Order> m_dragged; // the order whose line is being moved
    Decimal m_dragPrice; // where it is
    bool m_checking = false; // a modifyCheckRequested not yet answered
    std::optional<QString> m_dragRefusal; // the engine's answer for m_dragPrice
    quint32 m_symbolIndex = 0;
    bool m_readOnly = false;
    QSharedPointer<QCPAxisTickerDateTime> m_timeTicker;

    QString m_symbol;
    int m_priceDecimals = 2;
    Timeframe m_timeframe = Timeframe::fromSeconds(60);
    std::optional<Candle> m_forming;
    IndicatorParams m_params;
    quint64 m_request = 0; // of the page asked for; a new series asks anew
    bool m_asking = false;
    bool m_reloading = false; // the page asked for replaces what is held
    int m_priceHeight = 0; // of the price pane the value axis was fitted to
    bool m_allHistory = false;
    bool m_following = true;
    bool m_hovering = false;
    bool m_adjustingRange = false;
};

} // namespace kairos
