#pragma once

#include "PriceTag.h"

#include <optional>

class QCPAxisRect;
class QCPItemStraightLine;
class QCPLayer;
class QCustomPlot;
class QString;

namespace kairos {

// The crosshair over the price and volume panes: a vertical line through
// both at the pointer's time, and over the price pane a horizontal line
// with the price written on the axis.
class CrosshairLines
{
public:
    CrosshairLines(
        QCustomPlot *plot, QCPAxisRect *priceRect, QCPAxisRect *volumeRect, QCPLayer *layer);

    // `price`: none while the pointer is over the volume pane; `text`, the
    // price as the axis writes it.
    void moveTo(double key, std::optional<double> price, const QString &text);
    void hide();
    const PriceTag &tag() const { return m_tag; }

private:
    QCPItemStraightLine *m_time;
    QCPItemStraightLine *m_volumeTime;
    QCPItemStraightLine *m_price;
    PriceTag m_tag;
};

} // namespace kairos
