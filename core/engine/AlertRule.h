#pragma once

#include "model/Alert.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

#include <optional>

namespace kairos {

// A condition the user wants to hear about: a price crossing a level, an
// indicator crossing a threshold on a timeframe, a signal firing, or a
// position's unrealized PnL going beyond an amount (either way).
struct AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(AlertRule)

public:
    enum class Kind : std::uint8_t { PriceCrosses, IndicatorCrosses, SignalFired, PositionPnl };

    Kind kind = Kind::PriceCrosses;
    QString symbol; // an instrument; empty: any (signals and PnL)
    std::int64_t timeframeSeconds = 60; // indicator rules
    QString indicator = QStringLiteral("rsi"); // see indicators()
    double level = 0.0; // price, indicator value, or PnL amount
    AlertSeverity severity = AlertSeverity::Warning;
    bool enabled = true;

    static QStringList indicators(); // rsi, sma, emaFast, emaSlow, macd, atr, vwap, stochK
    QString describe() const;
    QJsonObject toJson() const;
    // A rule as the settings keep it; nullopt with `error` for a bad field.
    static std::optional<AlertRule> fromJson(const QJsonObject &json, QString *error);
};

using AlertRuleList = QList<AlertRule>;

} // namespace kairos

Q_DECLARE_METATYPE(kairos::AlertRuleList)
