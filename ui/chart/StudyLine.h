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

    // NaN (the warm-up) draws nothing.
    void append(double key, double value);
    void setPreview(double key, double value);
    void clear();
    void trimBefore(double key);
    void setVisible(bool visible);
    bool isVisible() const { return m_line->visible(); }
    // Latest confirmed value, NaN when none.
    double lastValue() const;
    void addToRange(QCPRange &range, bool &found, const QCPRange &keys) const;

private:
    QCPGraph *m_line;
    QCPGraph *m_preview;
};

} // namespace kairos
