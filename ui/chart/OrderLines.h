#pragma once

#include "engine/MarketView.h"
#include "model/Order.h"

#include <QCoreApplication>

#include <qcustomplot.h>

#include <optional>

namespace kairos {

// The trader's working orders of the chart's symbol as horizontal lines with
// labels on the price pane — a limit at its limit, a stop at its stop, a
// bracket's exits as take-profit and stop-loss — and the average entry of
// its position. A line can be picked up and dragged to a new price: while it
// moves it says where it would go and whether that trades at once.
class OrderLines
{
    Q_DECLARE_TR_FUNCTIONS(OrderLines)

public:
    OrderLines(QCustomPlot *plot, QCPAxisRect *priceRect);

    // Shows these orders and this position (of the chart's symbol only);
    // false when nothing changed.
    bool show(
        const OrderList &orders, const std::optional<PositionRow> &position, int priceDecimals);
    void clear();

    // The order whose line is within a few pixels of pixel row `y`, if it
    // can be moved (a trailing stop follows the market by itself).
    std::optional<Order> orderAt(double y) const;
    // The order's line drawn at `price` with `verdict` in its label, until
    // endDrag().
    void drag(const Order &order, double price, const QString &verdict, bool refused = false);
    void endDrag();
    // A line beyond the price pane's range keeps its label at the pane's
    // edge, with an arrow towards it: an order out of view is not forgotten.
    void keepInView();

    // The labels shown, top to bottom in price (for tests and the legend).
    QStringList labels() const;
    int count() const { return int(m_lines.size()); }

    // The price an order's line stands at: its limit, else its stop.
    static Decimal priceOf(const Order &order);
    // "Buy 0.5 limit #3", "Take profit 0.5 #4 (held)", "Long 0.5 @ 63,318.24".
    static QString labelOf(const Order &order, int priceDecimals);

private:
    struct Line
    {
        std::optional<Order> order; // none: the position's entry
        QCPItemStraightLine *line = nullptr;
        QCPItemText *label = nullptr;
        QString text;
    };
    Line make(double price, const QColor &color, Qt::PenStyle style, const QString &text);

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    QList<Line> m_lines;
    OrderList m_orders;
    std::optional<PositionRow> m_position;
    int m_decimals = 2;
};

} // namespace kairos
