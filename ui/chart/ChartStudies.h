#pragma once

#include "ChartStudy.h"
#include "StudyLine.h"
#include "indicators/IndicatorSet.h"
#include "market/CandleHistory.h"
#include "model/Timeframe.h"

#include <qcustomplot.h>

#include <array>
#include <functional>
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
    // The chart's height: the prices keep at least PriceShare of it, each
    // pane at least MinPanePixels, and panes beyond that are hidden, the
    // lowest first, until the chart is taller.
    void setHeight(int pixels);
    static constexpr double PriceShare = 0.45;
    static constexpr int MinPanePixels = 64;
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

    // The studies a trader added: lines over the prices (pane 0) and in
    // panes of their own (1, 2 …) below the standard ones. PricePane
    // computes their values, the lines after ColumnCount of its history.
    void setUserStudies(const ChartStudyList &studies);
    const ChartStudyList &userStudies() const { return m_userStudies; }
    // Every user study's outputs, in order, of the last confirmed candle,
    // of the forming one (empty: none) and of the candle under the pointer.
    void setUserLatest(double key, std::vector<double> values);
    void setUserPreview(double key, std::vector<double> values);
    void setUserHovered(std::optional<std::vector<double>> values);
    // The user panes shown, top to bottom, and what their legends read.
    QList<QCPAxisRect *> userPaneRects() const;
    QStringList userPaneLegends() const;

private:
    struct PaneParts
    {
        QCPAxisRect *rect;
        QCPItemText *legend;
        QCPItemStraightLine *crosshair;
    };
    struct UserPane
    {
        int number;
        PaneParts parts;
    };
    struct UserLine
    {
        int study; // in m_userStudies
        int column; // among the user outputs
        std::unique_ptr<StudyLine> line;
    };
    // `decimals` tells the most places the value axis shows.
    PaneParts makePaneParts(std::function<int()> decimals);
    void makePane(Pane pane);
    void removeUserStudies();
    // A user study's values (from `values`, every user output) as its
    // legend shows them.
    QString userLegend(int study, const std::vector<double> &values) const;
    const std::vector<double> &userCurrent() const;
    int userDecimals(const ChartStudy &study) const;
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
    int m_fitting = 64; // panes the height has room for
    std::array<QCPItemText *, PaneCount> m_paneLegends {};
    std::array<QCPItemStraightLine *, PaneCount> m_paneCrosshairs {};

    std::unique_ptr<StudyLine> m_sma, m_emaFast, m_emaSlow, m_bbUpper, m_bbMiddle, m_bbLower,
        m_vwap;
    std::unique_ptr<StudyLine> m_rsi, m_macd, m_macdSignal;
    QCPBars *m_macdHistogram = nullptr;

    QCPMarginGroup *m_group;
    QCPLayer *m_pointerLayer;
    ChartStudyList m_userStudies;
    std::vector<UserLine> m_userLines;
    std::vector<UserPane> m_userPanes;
    std::vector<int> m_userFirstColumn; // per study, its first output
    std::vector<double> m_userLatest;
    std::vector<double> m_userPreview;
    std::optional<std::vector<double>> m_userHovered;
    double m_userLatestKey = 0.0;
};

} // namespace kairos
