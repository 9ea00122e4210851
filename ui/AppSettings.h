#pragma once

#include "chart/ChartStudies.h"
#include "engine/AlertRule.h"
#include "execution/BrokerConfig.h"
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

// Each reader appends an alert to `problems` when what is stored no longer
// reads, and takes the safe choice: the standard strategy; the default
// limits with the kill switch on, never looser ones; the rules that read.
StrategyConfig strategy(AlertList *problems = nullptr);
void setStrategy(const StrategyConfig &strategy);

RiskLimits riskLimits(AlertList *problems = nullptr);
void setRiskLimits(const RiskLimits &limits);

BrokerConfig broker(AlertList *problems = nullptr);
void setBroker(const BrokerConfig &config);

AlertRuleList alertRules(AlertList *problems = nullptr);
void setAlertRules(const AlertRuleList &rules);

bool autoTrade();
void setAutoTrade(bool on);

// Storage: raw ticks ("record session") and 1 s candles, both off at first.
bool recordTicks();
void setRecordTicks(bool on);
bool secondCandles();
void setSecondCandles(bool on);

} // namespace AppSettings
} // namespace kairos
