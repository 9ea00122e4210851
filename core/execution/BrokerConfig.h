#pragma once

#include "model/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace kairos {

// How the paper broker fills: slippage against the taker, maker and taker
// fees (all in basis points of the notional), and a delay in event time
// before an order can fill.
struct BrokerConfig
{
    Q_DECLARE_TR_FUNCTIONS(BrokerConfig)

public:
    Decimal slippageBps = Decimal::fromInteger(1);
    Decimal makerFeeBps = Decimal::fromInteger(2);
    Decimal takerFeeBps = Decimal::fromInteger(5);
    std::int64_t latencyMs = 0;

    QStringList validate() const;
    QJsonObject toJson() const;
    static std::optional<BrokerConfig> fromJson(const QJsonObject &json, QStringList *errors);

    bool operator==(const BrokerConfig &) const = default;
};

} // namespace kairos
