#include "CrosshairLines.h"

#include "ChartColors.h"

#include <qcustomplot.h>

namespace kairos {

namespace {

QCPItemStraightLine *dashedLine(QCustomPlot *plot, QCPAxisRect *rect, QCPLayer *layer)
{
    auto *line = new QCPItemStraightLine(plot);
    line->setLayer(layer);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *p : { line->point1, line->point2 })
        p->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atRight));
    line->setPen(QPen(ChartColors::Crosshair, 1, Qt::DashLine));
    line->setSelectable(false);
    line->setVisible(false);
    return line;
}

} // namespace

CrosshairLines::CrosshairLines(
    QCustomPlot *plot, QCPAxisRect *priceRect, QCPAxisRect *volumeRect, QCPLayer *layer)
    : m_time(dashedLine(plot, priceRect, layer))
    , m_volumeTime(dashedLine(plot, volumeRect, layer))
    , m_price(dashedLine(plot, priceRect, layer))
    , m_tag(priceRect->axis(QCPAxis::atRight), layer)
{ }

void CrosshairLines::moveTo(double key, std::optional<double> price, const QString &text)
{
    for (QCPItemStraightLine *line : { m_time, m_volumeTime }) {
        line->setVisible(true);
        line->point1->setCoords(key, 0);
        line->point2->setCoords(key, 1);
    }
    m_price->setVisible(price.has_value());
    if (!price) {
        m_tag.hide();
        return;
    }
    m_price->point1->setCoords(0, *price);
    m_price->point2->setCoords(1, *price);
    m_tag.show(*price, text, ChartColors::Crosshair);
}

void CrosshairLines::hide()
{
    for (QCPItemStraightLine *line : { m_time, m_volumeTime, m_price })
        line->setVisible(false);
    m_tag.hide();
}

} // namespace kairos
