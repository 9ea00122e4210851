#pragma once

#include "model/Alert.h"
#include "model/Drawing.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace kairos {

// A condition the user wants to hear about: a price crossing a level, an
// indicator crossing a threshold on a timeframe, a signal firing, a
// position's unrealized PnL going beyond an amount (either way), or a price
// crossing a line drawn on the chart (a trend line or ray: its level moves
// with time). A crossing
// may count only upwards or downwards; how often a rule speaks is its
// frequency: once (until the rules are set again), at most once per candle
// of its timeframe, or every time with a cooldown. Each symbol a rule covers
// has its own state.
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(AlertRule)

public:
    enum class Kind : std::uint8_t {
        PriceCrosses,
        IndicatorCrosses,
        SignalFired,
        PositionPnl,
        LineCrosses
    };
    enum class Direction : std::uint8_t { Either, Up, Down };
    enum class Frequency : std::uint8_t { Once, OncePerCandle, Every };

    Kind kind = Kind::PriceCrosses;
    QString symbol; // an instrument; empty: any (signals and PnL)
    std::int64_t timeframeSeconds = 60; // indicator rules, and the candle of OncePerCandle
    QString indicator = QStringLiteral("rsi"); // see indicators()
    double level = 0.0; // price, indicator value, or PnL amount
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;
    Direction direction = Direction::Either; // crossings
    Frequency frequency = Frequency::OncePerCandle;
    int cooldownSeconds = 60; // Every: the least time between two alerts
    Drawing line; // LineCrosses: where the price is watched (Drawing::priceAt)

    static QStringList indicators(); // rsi, sma, emaFast, emaSlow, macd, atr, vwap, stochK
    // A rule watching a drawn line (horizontal, trend line or ray) of its
    // symbol (a trend line on past its end: Drawing::priceAt).
    static AlertRule forLine(const Drawing &line);
    // The rules made from `drawing` (by its id) follow it: moved with it,
    // gone with it. True when any changed.
    static bool followDrawing(QList<AlertRule> &rules, const Drawing &drawing, bool removed);
    QString describe() const;
    QJsonObject toJson() const;
    // A rule as the settings keep it; nullopt with `error` for a bad field.
    static std::optional<AlertRule> fromJson(const QJsonObject &json, QString *error);
};

using AlertRuleList = QList<AlertRule>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::AlertRuleList)
