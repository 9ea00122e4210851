#pragma once

#include "Setting.h"

#include <QByteArray>

#include <array>

// Every setting of the Preferences dialog and the window layout, declared
// once with its dotted key and its default. (The chart, strategy, risk and
// storage choices are kept by AppSettings.)
namespace kairos::Settings {

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
// The chart last shown: an instrument's name and a timeframe in seconds.
inline const Setting<QString> chartSymbol { "chart.symbol", QString() };
inline const Setting<qint64> chartTimeframe { "chart.timeframe", 60 };
// Where the window and its docks were.
inline const Setting<QByteArray> windowGeometry { "layout.geometry", QByteArray() };
inline const Setting<QByteArray> windowState { "layout.state", QByteArray() };

} // namespace kairos::Settings
