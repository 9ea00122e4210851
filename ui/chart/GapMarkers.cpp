#include "GapMarkers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace kairos {

namespace {

const QColor Amber(0xff, 0xb7, 0x4d);
const QColor Teal(0x4d, 0xb6, 0xac);

} // namespace

GapMarkers::GapMarkers(QCustomPlot *plot, QCPAxisRect *priceRect)
    : m_plot(plot)
    , m_rect(priceRect)
{ }

void GapMarkers::add(const FeedGap &gap, double minWidth)
{
    double from = double(gap.start) / 1000.0;
    double to = double(std::max(gap.end, gap.start)) / 1000.0;
    if (to - from < minWidth) {
        const double middle = (from + to) / 2.0;
        from = middle - minWidth / 2.0;
        to = middle + minWidth / 2.0;
    }
    auto *band = new QCPItemRect(m_plot);
    band->setClipAxisRect(m_rect);
    for (QCPItemPosition *corner : { band->topLeft, band->bottomRight }) {
        corner->setAxisRect(m_rect);
        corner->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
        corner->setTypeX(QCPItemPosition::ptPlotCoords);
        corner->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    band->topLeft->setCoords(from, 0.0);
    band->bottomRight->setCoords(to, 1.0);
    // Amber: data missing; teal: filled afterwards with the venue's real trades.
    const QColor colour = gap.backfilled ? Teal : Amber;
    QColor fill = colour;
    fill.setAlpha(40);
    band->setBrush(QBrush(fill, Qt::BDiagPattern));
    band->setPen(QPen(colour, 1, Qt::DashLine));
    band->setSelectable(false);

    auto *label = new QCPItemText(m_plot);
    label->setClipAxisRect(m_rect);
    label->position->setAxisRect(m_rect);
    label->position->setAxes(m_rect->axis(QCPAxis::atBottom), m_rect->axis(QCPAxis::atRight));
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords((from + to) / 2.0, 0.0);
    label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setText(gap.backfilled  ? QCoreApplication::translate("GapMarkers", "backfilled")
            : gap.symbol.isEmpty() ? QCoreApplication::translate("GapMarkers", "offline")
                                   : QCoreApplication::translate("GapMarkers", "gap"));
    label->setColor(colour);
    label->setPadding(QMargins(2, 4, 2, 2));
    label->setSelectable(false);

    const QLocale locale;
    const auto time = [&locale](std::int64_t ms) {
        return locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
    };
    m_markers.append({ band, label,
        QCoreApplication::translate("GapMarkers", "No market data from %1 to %2\n%3")
            .arg(time(gap.start), time(gap.end), gap.reason) });
    if (m_markers.size() > MaxMarkers) {
        const Marker old = m_markers.takeFirst();
        m_plot->removeItem(old.band);
        m_plot->removeItem(old.label);
    }
}

void GapMarkers::clear()
{
    for (const Marker &marker : std::as_const(m_markers)) {
        m_plot->removeItem(marker.band);
        m_plot->removeItem(marker.label);
    }
    m_markers.clear();
}

QString GapMarkers::tooltipAt(const QPointF &pos) const
{
    for (const Marker &marker : m_markers) {
        const QPointF topLeft = marker.band->topLeft->pixelPosition();
        const QPointF bottomRight = marker.band->bottomRight->pixelPosition();
        if (pos.x() >= topLeft.x() - 3 && pos.x() <= bottomRight.x() + 3 && pos.y() >= topLeft.y()
            && pos.y() <= bottomRight.y())
            return marker.tooltip;
    }
    return {};
}

} // namespace kairos
