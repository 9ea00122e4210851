#include "StudyLine.h"

#include <cmath>

namespace kairos {

StudyLine::StudyLine(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &color, const QString &name)
    : m_line(new QCPGraph(keyAxis, valueAxis))
    , m_preview(new QCPGraph(keyAxis, valueAxis))
{
    m_line->setName(name);
    m_line->setPen(QPen(color, 1.4));
    m_line->setSelectable(QCP::stNone);
    m_line->setAdaptiveSampling(true);
    QColor light = color;
    light.setAlpha(150);
    m_preview->setPen(QPen(light, 1.4, Qt::DashLine));
    m_preview->setSelectable(QCP::stNone);
}

void StudyLine::setPoints(const QList<QCPGraphData> &points, bool smooth)
{
    m_line->data()->set(points, true);
    m_line->setAntialiased(smooth);
}

void StudyLine::setPreview(double lastKey, double last, double key, double value)
{
    m_preview->data()->clear();
    if (std::isnan(value) || std::isnan(last))
        return;
    m_preview->data()->add(QCPGraphData(lastKey, last));
    m_preview->data()->add(QCPGraphData(key, value));
}

void StudyLine::clear()
{
    m_line->data()->clear();
    m_preview->data()->clear();
}

void StudyLine::removeFromPlot()
{
    QCustomPlot *plot = m_line->parentPlot();
    plot->removePlottable(m_line);
    plot->removePlottable(m_preview);
}

void StudyLine::setStyle(Qt::PenStyle style)
{
    QPen pen = m_line->pen();
    pen.setStyle(style);
    m_line->setPen(pen);
}

void StudyLine::setVisible(bool visible)
{
    m_line->setVisible(visible);
    m_preview->setVisible(visible);
}

void StudyLine::addToRange(QCPRange &range, bool &found, const QCPRange &keys) const
{
    if (!isVisible())
        return;
    for (QCPGraph *graph : { m_line, m_preview }) {
        bool ok = false;
        const QCPRange r = graph->getValueRange(ok, QCP::sdBoth, keys);
        if (!ok)
            continue;
        range
            = found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
        found = true;
    }
}

} // namespace kairos
