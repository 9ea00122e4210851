#include "SignalMarkers.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

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
              .arg(signal.side == Side::Buy ? QCoreApplication::translate("SignalMarkers", "Buy")
                                            : QCoreApplication::translate("SignalMarkers", "Sell"),
                  signal.rule, QLocale().toString(signal.confidence, 'f', 2), signal.reason);
    keep(item, tooltip);
}

void SignalMarkers::addDenial(const DeniedOrder &denied, double key, double price)
{
    auto *item = new QCPItemText(m_plot);
    item->setClipAxisRect(m_rect);
    item->position->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
    item->position->setCoords(key, price);
    item->setPositionAlignment(Qt::AlignCenter);
    item->setText(QStringLiteral("✕"));
    item->setColor(QColor(0xff, 0xb7, 0x4d));
    item->setSelectable(false);
    keep(item,
        QCoreApplication::translate("SignalMarkers", "Order denied\n%1")
            .arg(denied.denial.message));
}

void SignalMarkers::addFill(const Fill &fill, double key, int priceDecimals)
{
    auto *item = new QCPItemText(m_plot);
    item->setClipAxisRect(m_rect);
    item->position->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
    item->position->setCoords(key, fill.price.toDouble());
    item->setPositionAlignment(Qt::AlignCenter);
    item->setText(QStringLiteral("●"));
    item->setColor(fill.side == Side::Buy ? ChartColors::Up : ChartColors::Down);
    item->setSelectable(false);
    std::int64_t tick = Decimal::Scale;
    for (int i = 0; i < priceDecimals && tick > 1; ++i)
        tick /= 10;
    keep(item,
        (fill.side == Side::Buy
                ? QCoreApplication::translate("SignalMarkers", "Bought %1 at %2\n%3")
                : QCoreApplication::translate("SignalMarkers", "Sold %1 at %2\n%3"))
            .arg(LocaleDecimal::display(fill.quantity, Decimal()),
                LocaleDecimal::display(fill.price, Decimal::fromUnits(tick)), fill.reason));
}

void SignalMarkers::keep(QCPItemText *item, const QString &tooltip)
{
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
        const Qt::Alignment align = marker.item->positionAlignment();
        const double dy = align & Qt::AlignTop ? 9 : align & Qt::AlignBottom ? -9 : 0;
        if (std::abs(anchor.x() - pos.x()) <= 8 && std::abs(anchor.y() + dy - pos.y()) <= 10)
            return marker.tooltip;
    }
    return {};
}

} // namespace kairos
