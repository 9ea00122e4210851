#pragma once

#include "Setting.h"

#include <QByteArray>

#include <array>

// Every setting of the app, declared once with its dotted key and its
// default. AppSettings reads and writes the compound ones (indicator
// periods, strategy, risk limits) through these as JSON.
namespace kairos::Settings {

inline const Setting<QByteArray> chartIndicators { "chart.indicators", QByteArray() };
// Overlays and panes: "chart.overlays.<name>" and "chart.panes.<name>".
inline constexpr const char *OverlayPrefix = "chart.overlays.";
inline constexpr const char *PanePrefix = "chart.panes.";
inline const Setting<QByteArray> strategy { "strategy.current", QByteArray() };
inline const Setting<QByteArray> riskLimits { "risk.limits", QByteArray() };
// The paper broker's BrokerConfig JSON; "" keeps its defaults.
inline const Setting<QByteArray> broker { "trading.broker", QByteArray() };
inline const Setting<bool> autoTrade { "trading.autoTrade", false };
// The paper account's starting cash as a decimal; "" keeps the session's own.
inline const Setting<QString> initialCash { "trading.initialCash", QString() };
inline const Setting<bool> recordTicks { "storage.recordTicks", false };
inline const Setting<bool> secondCandles { "storage.secondCandles", false };
// "" keeps the theme's colours for rising and falling candles; else "#rrggbb".
inline const Setting<QString> upColour { "appearance.upColour", QString() };
inline const Setting<QString> downColour { "appearance.downColour", QString() };

// "" follows the system's language; otherwise "en" or "de".
inline const Setting<QString> language { "general.language", QString() };
// "" is the user's data folder (QStandardPaths::AppDataLocation).
inline const Setting<QString> dataFolder { "general.dataFolder", QString() };
// "dark" or "light".
inline const Setting<QString> theme { "appearance.theme", QStringLiteral("dark") };
// Per severity (info, warning, critical): a notification, a sound.
inline const std::array<Setting<bool>, 3> notify { Setting<bool> {
                                                       "notifications.info.show", false },
    Setting<bool> { "notifications.warning.show", true },
    Setting<bool> { "notifications.critical.show", true } };
inline const std::array<Setting<bool>, 3> sound { Setting<bool> {
                                                      "notifications.info.sound", false },
    Setting<bool> { "notifications.warning.sound", false },
    Setting<bool> { "notifications.critical.sound", true } };
// The alert rules, as a JSON array (see AlertRule::toJson).
inline const Setting<QByteArray> alertRules { "alerts.rules", QByteArray() };
// The chart tabs and splits, each chart's series, type and scale (JSON,
// see ChartWorkspace::state()).
inline const Setting<QByteArray> chartLayout { "chart.layout", QByteArray() };
// What versions with one chart saved of it, read when there is no layout:
// an instrument's name and a timeframe in seconds; "candles", "bars",
// "line" or "heikinAshi"; "linear", "log" or "percent".
inline const Setting<QString> chartSymbol { "chart.symbol", QString() };
inline const Setting<qint64> chartTimeframe { "chart.timeframe", 60 };
inline const Setting<QString> chartStyle { "chart.style", QStringLiteral("candles") };
inline const Setting<QString> chartScale { "chart.scale", QStringLiteral("linear") };
// Where the window and its docks were.
inline const Setting<QByteArray> windowGeometry { "layout.geometry", QByteArray() };
inline const Setting<QByteArray> windowState { "layout.state", QByteArray() };

} // namespace kairos::Settings
