#pragma once

#include "model/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace kairos {

// How a strategy turns a signal into an order when auto-trading is on.
struct OrderSizing
{
    Q_DECLARE_TR_FUNCTIONS(OrderSizing)

public:
    // RiskPercent: the quantity whose loss at the strategy's stop-loss is
    // that percent of equity.
    enum class Mode { FixedQuantity, FixedNotional, PercentOfEquity, RiskPercent };
    // A signal against an open position: reverse it (close and open the
    // other way), only close it, or leave it alone.
    enum class WhenPositioned { Flip, Reduce, Ignore };

    Mode mode = Mode::FixedNotional;
    Decimal value = Decimal::fromInteger(1'000); // quantity, notional or a percent
    WhenPositioned whenPositioned = WhenPositioned::Flip;

    QStringList validate() const;
    QJsonObject toJson() const;
    static std::optional<OrderSizing> fromJson(const QJsonObject &json, QStringList *errors);

    bool operator==(const OrderSizing &) const = default;
};

} // namespace kairos
