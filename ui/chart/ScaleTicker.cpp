#include "ScaleTicker.h"

#include <cmath>

namespace kairos {

namespace {

// `value` to two significant digits: the round prices a log axis shows.
double roundPrice(double value)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)) - 1.0);
    return std::round(value / magnitude) * magnitude;
}

} // namespace

ScaleTicker::ScaleTicker(Mode mode)
    : m_mode(mode)
{
    setTickCount(5);
}

bool ScaleTicker::linear(const QCPRange &range) const
{
    return m_mode == Mode::Logarithmic && (range.lower <= 0.0 || range.upper / range.lower < 2.0);
}

double ScaleTicker::getTickStep(const QCPRange &range)
{
    if (m_mode == Mode::Percent) {
        if (m_base <= 0.0)
            return QCPAxisTicker::getTickStep(range);
        const double step
            = QCPAxisTicker::getTickStep(QCPRange(percentOf(range.lower), percentOf(range.upper)));
        // As many decimals as the step has: 0.25 % steps read "+0.25 %".
        m_percentPlaces = 0;
        while (m_percentPlaces < 6) {
            const double scaled = step * std::pow(10.0, m_percentPlaces);
            if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
                break;
            ++m_percentPlaces;
        }
        return step;
    }
    if (linear(range))
        return QCPAxisTicker::getTickStep(range);
    return (std::log10(range.upper) - std::log10(range.lower)) / double(tickCount());
}

QVector<double> ScaleTicker::createTickVector(double tickStep, const QCPRange &range)
{
    QVector<double> ticks;
    if (m_mode == Mode::Percent) {
        if (m_base <= 0.0)
            return QCPAxisTicker::createTickVector(tickStep, range);
        const double first = std::floor(percentOf(range.lower) / tickStep);
        const double last = std::ceil(percentOf(range.upper) / tickStep);
        for (double k = first; k <= last && ticks.size() < 100; ++k)
            ticks.append(m_base * (1.0 + k * tickStep / 100.0));
        return ticks;
    }
    if (linear(range))
        return QCPAxisTicker::createTickVector(tickStep, range);
    const double first = std::floor(std::log10(range.lower) / tickStep);
    const double last = std::ceil(std::log10(range.upper) / tickStep);
    for (double k = first; k <= last && ticks.size() < 100; ++k) {
        const double tick = roundPrice(std::pow(10.0, k * tickStep));
        if (ticks.isEmpty() || tick > ticks.constLast())
            ticks.append(tick);
    }
    return ticks;
}

QString ScaleTicker::percentLabel(double price, const QLocale &locale) const
{
    const double percent = percentOf(price);
    const double rounded
        = std::round(percent * std::pow(10.0, m_percentPlaces)) / std::pow(10.0, m_percentPlaces);
    // Never "-0.0 %".
    const QString number = locale.toString(std::abs(rounded), 'f', m_percentPlaces);
    return rounded > 0.0 ? QStringLiteral("+%1 %").arg(number)
        : rounded < 0.0  ? QStringLiteral("−%1 %").arg(number)
                         : QStringLiteral("%1 %").arg(number);
}

QString ScaleTicker::getTickLabel(
    double tick, const QLocale &locale, QChar formatChar, int precision)
{
    if (m_mode == Mode::Percent && m_base > 0.0)
        return percentLabel(tick, locale);
    return QCPAxisTicker::getTickLabel(tick, locale, formatChar, precision);
}

} // namespace kairos
