#pragma once

#include "chart/ChartStudies.h"
#include "indicators/IndicatorSet.h"
#include "strategy/StrategyConfig.h"

namespace kairos {

// What the window remembers between runs (QSettings): the chart's
// indicator periods and visible studies, and the strategy.
namespace ChartSettings {

IndicatorParams indicatorParams();
void setIndicatorParams(const IndicatorParams &params);

bool overlayVisible(ChartStudies::Overlay overlay, bool fallback);
void setOverlayVisible(ChartStudies::Overlay overlay, bool visible);
bool paneVisible(ChartStudies::Pane pane, bool fallback);
void setPaneVisible(ChartStudies::Pane pane, bool visible);

StrategyConfig strategy();
void setStrategy(const StrategyConfig &strategy);

} // namespace ChartSettings
} // namespace kairos
