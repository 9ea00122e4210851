#pragma once

#include <qcustomplot.h>

namespace kairos {

// One indicator line: confirmed values solid, and a dashed, lighter segment
// from the last confirmed value to the forming candle's preview.
class StudyLine
{
public:
    // The graphs belong to the plot; the line only steers them.
    StudyLine(QCPAxis *keyAxis, QCPAxis *valueAxis, const QColor &color, const QString &name);
    StudyLine(const StudyLine &) = delete;
    StudyLine &operator=(const StudyLine &) = delete;

    // The points in view, in key order.
    // The points in view, in key order, antialiased when `smooth`.
    void setPoints(const QList<QCPGraphData> &points, bool smooth);
    // From the last confirmed value to the forming candle's; NaN (a
    // warm-up) at either end draws nothing.
    void setPreview(double lastKey, double last, double key, double value);
    void clear();
    // Takes the graphs off the plot, for a line removed while it lives.
    void removeFromPlot();
    void setStyle(Qt::PenStyle style);
    void setVisible(bool visible);
    bool isVisible() const { return m_line->visible(); }
    void addToRange(QCPRange &range, bool &found, const QCPRange &keys) const;

private:
    QCPGraph *m_line;
    QCPGraph *m_preview;
};

} // namespace kairos
