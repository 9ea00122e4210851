#pragma once

#include "strategy/Signal.h"

#include <qcustomplot.h>

namespace kairos {

// Buy ▲ below and sell ▼ above the candle a signal fired on, with the
// signal's reason as the tooltip.
class SignalMarkers
{
public:
    static constexpr int MaxMarkers = 500;

    SignalMarkers(QCustomPlot *plot, QCPAxisRect *priceRect);

    void add(const Signal &signal, double key, double low, double high);
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

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    QList<Marker> m_markers;
};

} // namespace kairos
