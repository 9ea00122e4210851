#include "ChartReadout.h"

#include "ChartColors.h"
#include "model/LocaleDecimal.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QLocale>
#include <QTimeZone>
#include <qcustomplot.h>

#include <cmath>

namespace kairos {

namespace {

QCPItemText *makeText(QCustomPlot *plot, QCPAxisRect *rect, const QFont &font, int topPadding)
{
    auto *text = new QCPItemText(plot);
    text->setLayer(QStringLiteral("crosshair"));
    text->setClipAxisRect(rect);
    text->position->setType(QCPItemPosition::ptAxisRectRatio);
    text->position->setAxisRect(rect);
    text->position->setCoords(0.005, 0.01);
    text->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    text->setTextAlignment(Qt::AlignLeft);
    text->setColor(ChartColors::Text);
    text->setPadding(QMargins(4, topPadding, 4, 2));
    text->setFont(font);
    text->setSelectable(false);
    return text;
}

QFont monospace(const QFont &base)
{
    QFont font = base;
    font.setStyleHint(QFont::Monospace);
    font.setFamily(QStringLiteral("monospace"));
    return font;
}

} // namespace

ChartReadout::ChartReadout(QCustomPlot *plot, QCPAxisRect *priceRect)
    : m_priceRect(priceRect)
    , m_readout(makeText(plot, priceRect, monospace(plot->font()), 2))
    // Below the readout's two lines.
    , m_legend(makeText(plot, priceRect, monospace(plot->font()),
          8 + 2 * QFontMetrics(monospace(plot->font())).lineSpacing()))
{ }

void ChartReadout::showCandle(const QString &symbol, Timeframe timeframe, int priceDecimals,
    const std::optional<Candle> &candle)
{
    if (!candle) {
        m_text = symbol.isEmpty()
            ? QString()
            : tr("%1 · %2 — waiting for trades").arg(symbol, timeframe.label());
        show(m_readout, m_text);
        return;
    }
    const QLocale locale;
    const auto price
        = [&](Decimal value) { return locale.toString(value.toDouble(), 'f', priceDecimals); };
    const double open = candle->open.toDouble();
    const double change = open != 0.0 ? (candle->close.toDouble() - open) / open * 100.0 : 0.0;
    // A fall too small to show is no change, not "-0.00".
    const double rounded = std::round(change * 100.0) / 100.0;
    const QString when
        = QDateTime::fromMSecsSinceEpoch(candle->time, QTimeZone::utc())
              .toString(timeframe.seconds() < 86400 ? QStringLiteral("yyyy-MM-dd HH:mm:ss")
                                                    : QStringLiteral("yyyy-MM-dd"));
    m_text = tr("%1 · %2 · %3 UTC%4\nO %5  H %6  L %7  C %8  V %9  %10%")
                 .arg(symbol, timeframe.label(), when,
                     candle->state == CandleState::Forming ? tr(" · forming") : QString(),
                     price(candle->open), price(candle->high), price(candle->low),
                     price(candle->close))
                 .arg(LocaleDecimal::display(candle->volume, Decimal(), locale))
                 .arg(locale.toString(rounded == 0.0 ? 0.0 : rounded, 'f', 2));
    show(m_readout, m_text);
    m_readout->setColor(candle->close >= candle->open ? ChartColors::Up : ChartColors::Down);
}

void ChartReadout::setLegend(const QString &text)
{
    m_legendText = text;
    show(m_legend, text);
}

void ChartReadout::fit()
{
    show(m_readout, m_text);
    show(m_legend, m_legendText);
}

int ChartReadout::height() const
{
    return QFontMetrics(m_readout->font()).height() * 3 + 8;
}

void ChartReadout::show(QCPItemText *item, const QString &text) const
{
    const QFontMetrics metrics(item->font());
    const int width = std::max(m_priceRect->width() - 12, 40);
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = metrics.elidedText(line, Qt::ElideRight, width);
    item->setText(lines.join(u'\n'));
}

} // namespace kairos
