#pragma once

#include <qcustomplot.h>

namespace kairos {

// Ticks for the logarithmic and percent price scales. Logarithmic: about
// five ticks evenly spaced on the log axis at round prices (a narrow range
// keeps the linear ticks, which then look the same). Percent: ticks at
// round percentages of change from a base price, labelled "+2.5 %".
class ScaleTicker : public QCPAxisTicker
{
public:
    enum class Mode { Logarithmic, Percent };

    explicit ScaleTicker(Mode mode);

    Mode mode() const { return m_mode; }
    // The price that is 0 % (the percent scale's first visible close).
    void setBase(double base) { m_base = base; }
    double base() const { return m_base; }
    // A price as the percent scale labels it.
    QString percentLabel(double price, const QLocale &locale) const;

protected:
    double getTickStep(const QCPRange &range) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;
    QString getTickLabel(
        double tick, const QLocale &locale, QChar formatChar, int precision) override;

private:
    bool linear(const QCPRange &range) const;
    double percentOf(double price) const { return (price / m_base - 1.0) * 100.0; }

    Mode m_mode;
    double m_base = 1.0;
    int m_percentPlaces = 1; // for the current tick step
};

} // namespace kairos
