#pragma once

#include "model/Candle.h"
#include "model/Drawing.h"

#include <qcustomplot.h>

#include <functional>
#include <optional>

namespace kairos {

// What a trader draws on a chart's price pane: the symbol's drawings (the
// same on every timeframe), placing a new one with the chosen tool (a click
// per point; Escape gives up), selecting one with a click, moving it or one
// of its points by dragging, deleting it (Delete), copying it (Ctrl+C,
// Ctrl+V puts the copy a little later), and the measure tool (price and
// time between two clicks, % change, bars). With the magnet on, a point
// snaps to the nearest open, high, low or close of the candle under it.
// The chart hands it the mouse first; what it changes it tells by signal,
// and the symbol's store decides (setDrawings() brings the stored ones).
class ChartDrawings : public QObject
{
    Q_OBJECT

public:
    // A tool that is not a Drawing::Kind: the measure.
    static constexpr int MeasureTool = 100;
    using CandleAt = std::function<std::optional<Candle>(double key)>;

    ChartDrawings(QCustomPlot *plot, QCPAxisRect *priceRect, CandleAt candleAt);

    void setDrawings(const DrawingList &drawings);
    const DrawingList &drawings() const { return m_drawings; }
    const QString &symbol() const { return m_symbol; }
    int priceDecimals() const { return m_priceDecimals; }
    // The chart's series: its symbol, how it quotes prices, and its candles'
    // half width (seconds from a candle's start to its centre).
    void setSeries(const QString &symbol, int priceDecimals, double candleHalf);
    // Asks a text note's text; by default a dialog over the chart.
    void setTextPrompt(std::function<QString()> prompt) { m_textPrompt = std::move(prompt); }

    // A Drawing::Kind, MeasureTool, or none: select and move.
    void setTool(std::optional<int> tool);
    std::optional<int> tool() const { return m_tool; }
    void setMagnet(bool on) { m_magnet = on; }
    bool magnet() const { return m_magnet; }

    // Replaces a drawing (its colour or text edited) and tells so.
    void edit(qsizetype index, const Drawing &drawing);

    // The drawing selected (an index of drawings()), if any.
    std::optional<qsizetype> selected() const { return m_selected; }
    void select(std::optional<qsizetype> index);
    // The measure's reading, empty when it is not in use.
    QString measureText() const;

    // The mouse and keys, before the chart: true when taken.
    bool press(const QPointF &pos);
    bool move(const QPointF &pos);
    bool release(const QPointF &pos);
    bool keyPress(QKeyEvent *event);
    // The menu of the drawing under `pos`, if there is one: an alert from
    // a line, its colour and text, delete. True when shown.
    bool showMenu(const QPointF &pos, const QPoint &globalPos);

    // The drawing under a point of the plot, if any (within a few pixels).
    std::optional<qsizetype> drawingAt(const QPointF &pos) const;

signals:
    // A new series: its symbol's drawings are wanted.
    void seriesChanged(const QString &symbol);
    void added(const kairos::Drawing &drawing);
    void changed(const kairos::Drawing &drawing);
    void removed(const kairos::Drawing &drawing);
    void toolFinished();
    // An alert when the price crosses this drawn line.
    void alertRequested(const kairos::Drawing &line);

private:
    DrawingPoint pointAt(const QPointF &pos) const;
    QPointF pixelOf(const DrawingPoint &point) const;
    void redraw();
    void drawOne(const Drawing &drawing, bool selected, bool preview);
    QCPItemLine *segment(const DrawingPoint &a, const DrawingPoint &b, const QPen &pen);
    void label(
        const DrawingPoint &at, const QString &text, const QColor &color, Qt::Alignment alignment);

    QCustomPlot *m_plot;
    QCPAxisRect *m_priceRect;
    QCPLayer *m_layer;
    CandleAt m_candleAt;
    QString m_symbol;
    int m_priceDecimals = 2;
    double m_candleHalf = 30.0;
    std::function<QString()> m_textPrompt;
    DrawingList m_drawings;
    QList<QCPAbstractItem *> m_items;
    // Each drawing's items, for hit tests (indexes of drawings()).
    QList<QList<QCPAbstractItem *>> m_itemsOf;
    std::optional<int> m_tool;
    bool m_magnet = false;
    std::optional<qsizetype> m_selected;
    std::optional<Drawing> m_placing; // the points clicked so far
    std::optional<DrawingPoint> m_hover; // the pointer while placing
    std::optional<DrawingPoint> m_measureFrom;
    std::optional<DrawingPoint> m_measureTo;
    // Dragging: the drawing as it was, where the drag started and which
    // point it holds (-1: all of it).
    std::optional<Drawing> m_dragFrom;
    DrawingPoint m_dragStart;
    int m_dragPoint = -1;
    std::optional<Drawing> m_copied;
};

} // namespace kairos
