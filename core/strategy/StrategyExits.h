#pragma once

#include "model/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace kairos {

// The exits a strategy attaches to every position it opens, each a distance
// from the entry's price: a percent of it, a price offset, or a multiple of
// the ATR on the strategy's timeframe. A take-profit limit and a stop-loss
// stop, one-cancels-other; with a trailing stop the stop-loss trails at its
// distance, never looser than the stop-loss's own. With a time limit, what
// is left of the position after that many candles of the strategy's
// timeframe is closed at market (its trades' reason: "expired").
struct StrategyExits
{
    Q_DECLARE_TR_FUNCTIONS(StrategyExits)

public:
    struct Distance
    {
        enum class Unit { Percent, Price, Atr };
        Unit unit = Unit::Percent;
        Decimal value; // zero: no such exit

        bool isSet() const { return value > Decimal(); }
        // In price from `price`, or nullopt while the ATR is not known
        // (`atr` 0) or when it does not fit a price.
        std::optional<Decimal> from(Decimal price, double atr) const;
        bool operator==(const Distance &) const = default;
    };

    static constexpr int AtrPeriod = 14;
    static constexpr int MaxTimeLimitCandles = 100'000;

    Distance stopLoss;
    Distance takeProfit;
    Distance trailingStop;
    int timeLimitCandles = 0; // zero: none

    bool isEmpty() const
    {
        return !stopLoss.isSet() && !takeProfit.isSet() && !trailingStop.isSet()
            && timeLimitCandles == 0;
    }
    // The distance a position's loss is bounded by: the stop-loss's, else
    // the trailing stop's (unset: none).
    const Distance &protectiveStop() const { return stopLoss.isSet() ? stopLoss : trailingStop; }

    QStringList validate() const;
    QJsonObject toJson() const;
    static std::optional<StrategyExits> fromJson(const QJsonObject &json, QStringList *errors);

    bool operator==(const StrategyExits &) const = default;
};

} // namespace kairos
