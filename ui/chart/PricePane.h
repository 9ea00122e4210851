#pragma once

#include "ChartStudies.h"
#include "indicators/StudySpec.h"
#include "market/CandleHistory.h"
#include "model/Timeframe.h"

#include <qcustomplot.h>

#include <optional>

namespace kairos {

// The candles and volume of a chart. Every confirmed candle it is given is
// kept (with its study values) in a CandleHistory; the plottables hold only
// what is in view, at the detail the plot's width allows: one bar per
// candle while a candle is at least DetailPixels wide, else one bar per
// bucket of 2^k candles — each the exact OHLC and volume of the candles it
// covers — so a frame costs the same with ten thousand candles in view as
// with a million.
class PricePane
{
public:
    // Four years of minutes; beyond it the oldest are dropped.
    static constexpr qsizetype MaxCandles = qsizetype(1) << 21;
    static constexpr double DetailPixels = 3.0;
    static constexpr double BodyWidth = 0.72; // of a bar's bucket
    // Heikin-Ashi bars seed from this many bars before the first in view:
    // an error in the seed halves with each bar, so it is gone by then.
    static constexpr qsizetype HeikinAshiSeed = 40;

    // How prices are drawn. Heikin-Ashi averages the bars drawn, so zoomed
    // out to buckets of candles it is the buckets' Heikin-Ashi.
    enum class Style { Candles, Bars, Line, HeikinAshi };

    // What the last show() drew and read.
    struct Frame
    {
        qsizetype drawn = 0; // bars of the candle plottable
        std::int64_t bucket = 0; // ms each bar covers
        int pixels = 0; // the plot's width it was drawn for
        std::int64_t candlesRead = 0;
        std::int64_t blocksRead = 0;
    };

    PricePane(QCPAxisRect *priceRect, QCPAxisRect *volumeRect);

    void applyColors();
    void reset(const Timeframe &timeframe);
    void append(const CandleList &candles, const QList<IndicatorValues> &indicators);
    // Older candles, from storage, before the first one; the newest of them
    // when all would pass MaxCandles. Returns how many were taken.
    qsizetype prepend(const CandleList &candles, const QList<IndicatorValues> &indicators);
    // Stored candles read again (an import changed them): they replace the
    // candles held at their times and drop those held before the first;
    // the others held stay.
    void replaceThrough(const CandleList &candles, const QList<IndicatorValues> &indicators);
    void setForming(const std::optional<Candle> &forming);

    // The studies a trader added to the chart, computed here over the
    // candles held: their outputs are the history's lines after
    // ChartStudies::ColumnCount, in order. Computed again from the oldest
    // candle held whenever that changes (a page of older candles, an
    // import), so each starts its warm-up there.
    void setUserStudies(const QList<StudySpec> &specs);
    int userOutputCount() const { return m_userOutputs; }
    // The user studies' values for the forming candle, without changing them.
    std::vector<double> userPreview(const Candle &forming) const;
    // Takes effect at the next show().
    void setStyle(Style style);
    Style style() const { return m_style; }
    // Fills the plottables with the columns of `keys` on a plot `pixels` wide.
    void show(const QCPRange &keys, int pixels);
    // What show() drew: its columns, and the width of their bars in keys.
    const std::vector<CandleHistory::Span> &columns() const { return m_columns; }
    double barWidth() const;

    const CandleHistory &history() const { return m_history; }
    std::optional<Candle> lastConfirmed() const;
    std::optional<Candle> candleAt(double key) const;
    double keyOf(std::int64_t time) const;
    // The extremes drawn within `keys`: prices of the candles (and the
    // forming one), the largest volume bar (the forming one's only alone).
    bool priceRange(const QCPRange &keys, QCPRange &prices) const;
    double largestVolume(const QCPRange &keys) const;
    const Frame &frame() const { return m_frame; }
    // What is drawn, for tests: the bars (or the line) and the forming one.
    const QCPFinancial *bars() const { return m_candles; }
    const QCPFinancial *formingBar() const { return m_formingCandle; }
    const QCPGraph *line() const { return m_line; }

private:
    // The bars drawn for the candles or buckets in `spans`, in the style.
    QList<QCPFinancialData> barsOf(
        const std::vector<CandleHistory::Span> &spans, double half, qsizetype skip) const;
    void showForming();
    int lineCount() const { return ChartStudies::ColumnCount + m_userOutputs; }
    // Fresh user studies, fed every candle held.
    void recomputeUserStudies();
    void updateUserStudies(const Candle &candle, double *values);

    Style m_style = Style::Candles;
    std::optional<Candle> m_forming;
    QCPGraph *m_line;
    QCPGraph *m_formingLine; // from the last close to the forming one
    QCPFinancial *m_candles;
    QCPFinancial *m_formingCandle;
    QCPBars *m_volumeUp;
    QCPBars *m_volumeDown;
    QCPBars *m_formingVolume;
    Timeframe m_timeframe = Timeframe::fromSeconds(60);
    CandleHistory m_history { ChartStudies::ColumnCount };
    QList<StudySpec> m_userSpecs;
    std::vector<std::unique_ptr<Study>> m_userStudies;
    int m_userOutputs = 0;
    std::vector<CandleHistory::Span> m_columns; // reused frame to frame
    Frame m_frame;
};

} // namespace kairos
