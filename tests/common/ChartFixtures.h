#pragma once

// A shown chart and the candles, forming candle and engine update the chart
// tests give it.

#include "chart/CandleChart.h"
#include "indicators/IndicatorSet.h"

#include <QTest>
#include <QWheelEvent>

#include <memory>

namespace kairos::testing {

constexpr std::int64_t T0 = 1'709'294'400'000;
const Timeframe Minute = Timeframe::fromSeconds(60);

inline CandleList candles(int count, std::int64_t start = T0)
{
    CandleList list;
    for (int i = 0; i < count; ++i) {
        Candle c;
        c.time = start + std::int64_t(i) * 60'000;
        const std::int64_t base = 100 + (i % 7);
        c.open = Decimal::fromInteger(base);
        c.close = Decimal::fromInteger(i % 2 ? base + 2 : base - 2);
        c.high = Decimal::fromInteger(base + 3);
        c.low = Decimal::fromInteger(base - 3);
        c.volume = Volume::of(Decimal::fromInteger(10 + i % 5));
        c.trades = 5;
        c.state = CandleState::Confirmed;
        list.append(c);
    }
    return list;
}

inline Candle forming(std::int64_t time, int close)
{
    Candle c = candles(1, time).first();
    c.close = Decimal::fromInteger(close);
    c.state = CandleState::Forming;
    return c;
}

// A chart on screen at a fixed size, laid out as the user would see it.
inline std::unique_ptr<CandleChart> shownChart()
{
    auto chart = std::make_unique<CandleChart>();
    chart->resize(900, 600);
    chart->show();
    if (!QTest::qWaitForWindowExposed(chart.get()))
        qFatal("chart window not exposed");
    return chart;
}

// What the engine would send: the candles with their indicators.
inline ChartUpdate chartUpdate(const CandleList &confirmed, const std::optional<Candle> &forming)
{
    IndicatorSet indicators;
    ChartUpdate update;
    update.timeframe = Minute;
    update.confirmed = confirmed;
    for (const Candle &c : confirmed)
        update.indicators.append(indicators.update(c));
    update.forming = forming;
    if (forming)
        update.formingIndicators = indicators.peek(*forming);
    return update;
}

inline void wheel(QWidget *w, QPoint pos, int delta)
{
    QWheelEvent event(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
        Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &event);
}

} // namespace kairos::testing
