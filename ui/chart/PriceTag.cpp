#include "PriceTag.h"

#include <qcustomplot.h>

#include <cmath>

namespace kairos {

PriceTag::PriceTag(QCPAxis *priceAxis, QCPLayer *layer)
    : m_axis(priceAxis)
    , m_label(new QCPItemText(priceAxis->parentPlot()))
{
    m_label->setLayer(layer);
    m_label->setClipToAxisRect(false); // it sits over the axis, outside the plot
    m_label->setSelectable(false);
    // Right-aligned at the widget's edge: a price with more decimals than
    // the tick labels reaches into the plot rather than being cut off.
    m_label->position->setTypeX(QCPItemPosition::ptAbsolute);
    m_label->position->setTypeY(QCPItemPosition::ptPlotCoords);
    m_label->position->setAxes(nullptr, priceAxis);
    m_label->setPositionAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_label->setPadding(QMargins(4, 1, 4, 1));
    m_label->setVisible(false);
}

void PriceTag::show(double price, const QString &text, const QColor &fill)
{
    m_price = price;
    m_shown = true;
    m_label->setText(text);
    m_label->setBrush(fill);
    m_label->setPen(QPen(fill));
    // Black or white, whichever contrasts more with the fill (WCAG's
    // relative luminance: white wins only below about 0.18).
    const auto linear
        = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * linear(fill.redF()) + 0.7152 * linear(fill.greenF())
        + 0.0722 * linear(fill.blueF());
    m_label->setColor(luminance > 0.179 ? Qt::black : Qt::white);
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
    m_label->position->setCoords(m_axis->axisRect()->outerRect().right() - 1, m_price);
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
