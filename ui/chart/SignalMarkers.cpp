#include "SignalMarkers.h"

#include "ChartColors.h"

#include <QCoreApplication>
#include <QLocale>

namespace kairos {

SignalMarkers::SignalMarkers(QCustomPlot *plot, QCPAxisRect *priceRect)
    : m_plot(plot)
    , m_rect(priceRect)
{ }

void SignalMarkers::add(const Signal &signal, double key, double low, double high)
{
    const bool buy = signal.side == Side::Buy;
    auto *item = new QCPItemText(m_plot);
    item->setClipAxisRect(m_rect);
    item->position->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
    item->position->setCoords(key, buy ? low : high);
    // Below the low for a buy, above the high for a sell.
    item->setPositionAlignment(Qt::AlignHCenter | (buy ? Qt::AlignTop : Qt::AlignBottom));
    item->setText(buy ? QStringLiteral("▲") : QStringLiteral("▼"));
    item->setColor(buy ? ChartColors::Up : ChartColors::Down);
    QFont font = m_plot->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    item->setFont(font);
    item->setPadding(QMargins(0, 3, 0, 3));
    item->setSelectable(false);
    const QString tooltip
        = QCoreApplication::translate("SignalMarkers", "%1 %2 · confidence %3\n%4")
              .arg(sideName(signal.side), signal.rule,
                  QLocale().toString(signal.confidence, 'f', 2), signal.reason);
    m_markers.append({ item, tooltip });
    if (m_markers.size() > MaxMarkers)
        m_plot->removeItem(m_markers.takeFirst().item);
}

void SignalMarkers::clear()
{
    for (const Marker &marker : std::as_const(m_markers))
        m_plot->removeItem(marker.item);
    m_markers.clear();
}

QString SignalMarkers::tooltipAt(const QPointF &pos) const
{
    for (const Marker &marker : m_markers) {
        const QPointF anchor = marker.item->position->pixelPosition();
        const double dy = marker.item->positionAlignment() & Qt::AlignTop ? 9 : -9;
        if (std::abs(anchor.x() - pos.x()) <= 8 && std::abs(anchor.y() + dy - pos.y()) <= 10)
            return marker.tooltip;
    }
    return {};
}

} // namespace kairos
