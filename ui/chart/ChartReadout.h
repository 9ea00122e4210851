#pragma once

#include "model/Candle.h"
#include "model/Timeframe.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QCPAxisRect;
class QCPItemText;
class QCustomPlot;

namespace kairos {

// The text at the top left of a chart's price pane: the readout (a candle's
// time, open, high, low, close, volume and change, or that the symbol waits
// for trades) and, under its two lines, the studies' legend. On a pane
// narrower than a line, the line ends in "…" before the price axis.
class ChartReadout
{
    Q_DECLARE_TR_FUNCTIONS(ChartReadout)

public:
    ChartReadout(QCustomPlot *plot, QCPAxisRect *priceRect);

    // No candle: the symbol waits for trades (nothing without a symbol).
    void showCandle(const QString &symbol, Timeframe timeframe, int priceDecimals,
        const std::optional<Candle> &candle);
    void setLegend(const QString &text);
    // The pane's width changed: each line fitted again.
    void fit();

    // As written, before a narrow pane shortens a line.
    const QString &text() const { return m_text; }
    const QString &legend() const { return m_legendText; }
    // The pixels its lines take from the pane's top: prices stay below.
    int height() const;

private:
    void show(QCPItemText *item, const QString &text) const;

    QCPAxisRect *m_priceRect;
    QCPItemText *m_readout;
    QCPItemText *m_legend;
    QString m_text;
    QString m_legendText;
};

} // namespace kairos
