#pragma once

#include "execution/TradingEvents.h"
#include "strategy/Signal.h"

#include <qcustomplot.h>

namespace kairos {

// Buy ▲ below and sell ▼ above the candle a signal fired on, ✕ where the
// risk checks refused an order, with the reason as the tooltip, and ● where
// an order filled.
class SignalMarkers
{
public:
    static constexpr int MaxMarkers = 500;

    SignalMarkers(QCustomPlot *plot, QCPAxisRect *priceRect);

    void add(const Signal &signal, double key, double low, double high);
    // A refused order: ✕ at the price it would have traded at.
    void addDenial(const DeniedOrder &denied, double key, double price);
    // A fill: ● at its price, what it was as the tooltip.
    void addFill(const Fill &fill, double key, int priceDecimals);
    void clear();
    int count() const { return int(m_markers.size()); }
    // The reason of a marker within a few pixels of `pos`, if any.
    QString tooltipAt(const QPointF &pos) const;

private:
    struct Marker
    {
        QCPItemText *item;
        QString tooltip;
    };
    void keep(QCPItemText *item, const QString &tooltip);

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    QList<Marker> m_markers;
};

} // namespace kairos
