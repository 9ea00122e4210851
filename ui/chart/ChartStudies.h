#pragma once

#include "StudyLine.h"
#include "indicators/IndicatorSet.h"
#include "market/CandleHistory.h"
#include "model/Timeframe.h"

#include <qcustomplot.h>

#include <array>
#include <memory>
#include <optional>

namespace kairos {

// The indicators drawn with a candle chart: overlays on the price pane
// (moving averages, Bollinger Bands, VWAP) and panes of their own below it
// (RSI, MACD) that share the chart's time axis.
class ChartStudies : public QObject
{
    Q_OBJECT

public:
    enum Overlay {
        SmaOverlay,
        EmaFastOverlay,
        EmaSlowOverlay,
        BollingerOverlay,
        VwapOverlay,
        OverlayCount
    };
    enum Pane { RsiPane, MacdPane, PaneCount };
    // The values a chart keeps per candle (CandleHistory's study lines).
    enum Column {
        SmaColumn,
        EmaFastColumn,
        EmaSlowColumn,
        BbUpperColumn,
        BbMiddleColumn,
        BbLowerColumn,
        VwapColumn,
        RsiColumn,
        MacdColumn,
        MacdSignalColumn,
        MacdHistogramColumn,
        ColumnCount
    };
    static std::array<double, ColumnCount> columnsOf(const IndicatorValues &values);

    // `pointerLayer`: the layer redrawn as the pointer moves, for the panes'
    // crosshairs and legends.
    ChartStudies(
        QCustomPlot *plot, QCPAxisRect *priceRect, QCPMarginGroup *group, QCPLayer *pointerLayer);
    ~ChartStudies() override;

    void setOverlayVisible(Overlay overlay, bool visible);
    bool isOverlayVisible(Overlay overlay) const { return m_overlayVisible[overlay]; }
    void setPaneVisible(Pane pane, bool visible);
    bool isPaneVisible(Pane pane) const { return m_paneVisible[pane]; }
    // The overlays and panes shown, by key ("sma", "emaFast", "emaSlow",
    // "bollinger", "vwap", "rsi", "macd"): what a saved chart keeps.
    QStringList shownKeys() const;
    // Shows exactly those of `keys` it knows.
    void showKeys(const QStringList &keys);
    // A chart too short for its panes hides them (the setting stays), so the
    // prices keep room to read.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    QCPAxisRect *paneRect(Pane pane) const { return m_panes[pane]; }
    QString paneLegend(Pane pane) const;

    // Clears every line, for a series of `timeframe` candles.
    void reset(const IndicatorParams &params, int priceDecimals, const Timeframe &timeframe);
    // The latest confirmed candle's values, at `key`: the legend's and
    // where the preview starts.
    void setLatest(double key, const IndicatorValues &values);
    void setPreview(double key, const std::optional<IndicatorValues> &values);
    // Draws the lines over the chart's columns (PricePane::columns()) on a
    // plot `pixels` wide: a point per candle while there are at most two
    // candles a pixel, beyond that a column's lowest and highest value —
    // the one nearer its last value second — so a line keeps its true
    // extremes at any zoom. MACD's histogram shows a column's larger swing.
    void show(const CandleHistory &history, const std::vector<CandleHistory::Span> &columns,
        std::int64_t bucket, double barWidth, int pixels);

    // Widens `range` to the visible overlays within `keys`.
    void addOverlayRange(QCPRange &range, bool &found, const QCPRange &keys) const;
    // Fits the panes' value axes to what is visible.
    void rescalePanes(const QCPRange &keys);
    void setCrosshair(double key, bool visible);
    // The values of the candle under the pointer (by Column) for the
    // legends; none: the preview's, else the last confirmed candle's.
    void setHovered(const std::optional<std::array<double, ColumnCount>> &columns);
    // Names and latest values of the visible overlays, for the legend.
    QString overlayLegend() const;

private:
    void makePane(Pane pane, QCPMarginGroup *group, QCPLayer *pointerLayer);
    void updateCurrent();
    void updatePaneLegends();
    void placePanes();
    std::array<StudyLine *, MacdHistogramColumn> lines() const;

    QCustomPlot *m_plot;
    QCPAxisRect *m_priceRect;
    IndicatorParams m_params;
    int m_priceDecimals = 2;
    // The hovered candle's, else the preview when there is one, else the
    // last confirmed: what the legends show.
    IndicatorValues m_current {};
    std::optional<IndicatorValues> m_preview;
    std::optional<IndicatorValues> m_hovered;
    IndicatorValues m_latest {}; // the last confirmed
    double m_latestKey = 0.0;
    double m_candleHalf = 30.0; // keys from a candle's start to its centre
    std::array<QCPAxisRect *, PaneCount> m_panes {};
    std::array<bool, OverlayCount> m_overlayVisible { true, true, false, true, false };
    std::array<bool, PaneCount> m_paneVisible { true, true };
    bool m_compact = false;
    std::array<QCPItemText *, PaneCount> m_paneLegends {};
    std::array<QCPItemStraightLine *, PaneCount> m_paneCrosshairs {};

    std::unique_ptr<StudyLine> m_sma, m_emaFast, m_emaSlow, m_bbUpper, m_bbMiddle, m_bbLower,
        m_vwap;
    std::unique_ptr<StudyLine> m_rsi, m_macd, m_macdSignal;
    QCPBars *m_macdHistogram = nullptr;
};

} // namespace kairos
