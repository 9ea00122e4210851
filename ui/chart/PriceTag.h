#pragma once

#include <QColor>
#include <QString>

class QCPAxis;
class QCPItemText;
class QCPLayer;

namespace kairos {

// A price written on the price axis at its height, in a filled box — the
// last trade's or the crosshair's — so it reads without following a line
// across the chart. Hidden while its price is out of view.
class PriceTag
{
public:
    PriceTag(QCPAxis *priceAxis, QCPLayer *layer);

    void show(double price, const QString &text, const QColor &fill);
    void hide();
    // After the axis's range changed: in view or not.
    void refresh();
    bool isVisible() const;
    QString text() const;

private:
    QCPAxis *m_axis;
    QCPItemText *m_label;
    double m_price = 0.0;
    bool m_shown = false;
};

} // namespace kairos
