#pragma once

#include "chart/ChartStudies.h"
#include "indicators/IndicatorSet.h"
#include "risk/RiskLimits.h"
#include "strategy/StrategyConfig.h"

namespace kairos {

// What the window remembers between runs (QSettings): the chart's
// indicator periods and visible studies, the strategy, the risk limits and
// whether auto-trading is on (off at first start).
namespace AppSettings {

IndicatorParams indicatorParams();
void setIndicatorParams(const IndicatorParams &params);

bool overlayVisible(ChartStudies::Overlay overlay, bool fallback);
void setOverlayVisible(ChartStudies::Overlay overlay, bool visible);
bool paneVisible(ChartStudies::Pane pane, bool fallback);
void setPaneVisible(ChartStudies::Pane pane, bool visible);

StrategyConfig strategy();
void setStrategy(const StrategyConfig &strategy);

RiskLimits riskLimits();
void setRiskLimits(const RiskLimits &limits);

bool autoTrade();
void setAutoTrade(bool on);

// Storage: raw ticks ("record session") and 1 s candles, both off at first.
bool recordTicks();
void setRecordTicks(bool on);
bool secondCandles();
void setSecondCandles(bool on);

} // namespace AppSettings
} // namespace kairos
