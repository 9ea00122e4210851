#pragma once

#include "model/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace kairos {

// How the paper broker fills: slippage against the taker, maker and taker
// fees (all in basis points of the notional), a delay in event time before
// an order can fill, and how much of a trade's size a market order may take
// (a percent; zero: all it needs, at once).
struct BrokerConfig
{
    Q_DECLARE_TR_FUNCTIONS(BrokerConfig)

public:
    Decimal slippageBps = Decimal::fromInteger(1);
    Decimal makerFeeBps = Decimal::fromInteger(2);
    Decimal takerFeeBps = Decimal::fromInteger(5);
    std::int64_t latencyMs = 0;
    Decimal participationPercent;

    QStringList validate() const;
    QJsonObject toJson() const;
    static std::optional<BrokerConfig> fromJson(const QJsonObject &json, QStringList *errors);

    bool operator==(const BrokerConfig &) const = default;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::BrokerConfig)
