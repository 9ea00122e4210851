#pragma once

#include "feed/FeedGap.h"

#include <qcustomplot.h>

namespace kairos {

// Market data the stream did not deliver, as a hatched band over the price
// pane from the gap's start to its end: amber "gap" for a symbol's missing
// trades, amber "offline" while the connection was down, teal "backfilled"
// where the venue's REST API gave the real trades afterwards. The reason
// is the tooltip. Never bridged with drawn candles.
class GapMarkers
{
public:
    static constexpr int MaxMarkers = 200;

    GapMarkers(QCustomPlot *plot, QCPAxisRect *priceRect);

    // `minWidth` (seconds) keeps a short gap visible on a coarse timeframe.
    void add(const FeedGap &gap, double minWidth);
    void clear();
    int count() const { return int(m_markers.size()); }
    // The reason of the band under `pos`, if any.
    QString tooltipAt(const QPointF &pos) const;

private:
    struct Marker
    {
        QCPItemRect *band;
        QCPItemText *label;
        QString tooltip;
    };

    QCustomPlot *m_plot;
    QCPAxisRect *m_rect;
    QList<Marker> m_markers;
};

} // namespace kairos
