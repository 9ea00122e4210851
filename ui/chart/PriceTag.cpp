#include "PriceTag.h"

#include <qcustomplot.h>

namespace kairos {

PriceTag::PriceTag(QCPAxis *priceAxis, QCPLayer *layer)
    : m_axis(priceAxis)
    , m_label(new QCPItemText(priceAxis->parentPlot()))
{
    m_label->setLayer(layer);
    m_label->setClipToAxisRect(false); // it sits over the axis, outside the plot
    m_label->setSelectable(false);
    m_label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
    m_label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_label->position->setAxisRect(priceAxis->axisRect());
    m_label->position->setAxes(nullptr, priceAxis);
    m_label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_label->setPadding(QMargins(4, 1, 4, 1));
    m_label->setVisible(false);
}

void PriceTag::show(double price, const QString &text, const QColor &fill)
{
    m_price = price;
    m_shown = true;
    m_label->position->setCoords(1.0, price);
    m_label->setText(text);
    m_label->setBrush(fill);
    m_label->setPen(QPen(fill));
    // Dark text on a light fill, light on a dark one.
    m_label->setColor(fill.lightness() > 140 ? Qt::black : Qt::white);
    refresh();
}

void PriceTag::hide()
{
    m_shown = false;
    m_label->setVisible(false);
}

void PriceTag::refresh()
{
    m_label->setVisible(m_shown && m_axis->range().contains(m_price));
}

bool PriceTag::isVisible() const
{
    return m_label->visible();
}

QString PriceTag::text() const
{
    return m_label->text();
}

} // namespace kairos
