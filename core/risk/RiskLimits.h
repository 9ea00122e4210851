#pragma once

#include "model/Decimal.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

#include <optional>

namespace kairos {

// Pre-trade limits. Amounts are in the account currency; a limit of 0 is
// switched off (the kill switch excepted).
struct RiskLimits
{
    Q_DECLARE_TR_FUNCTIONS(RiskLimits)

public:
    Decimal maxOrderQuantity;
    Decimal maxOrderNotional = Decimal::fromInteger(50'000);
    Decimal maxPositionQuantity;
    Decimal maxPositionNotional = Decimal::fromInteger(100'000);
    Decimal maxGrossExposure = Decimal::fromInteger(250'000);
    int maxOpenOrders = 20;
    int maxOrdersPerMinute = 30;
    Decimal dailyLossLimit = Decimal::fromInteger(5'000); // realized + unrealized, per day
    double maxDrawdownPercent = 10.0; // from the equity peak
    int cooldownAfterLossSeconds = 60;
    QString dayTimeZone = QStringLiteral("UTC"); // when the trading day starts (IANA id)
    bool killSwitch = false;

    // Every problem at once, each naming its field.
    QStringList validate() const;
    QJsonObject toJson() const;
    // Fields missing from the JSON keep their defaults; wrong types, unknown
    // fields and invalid values are all reported in `errors`.
    static std::optional<RiskLimits> fromJson(const QJsonObject &json, QStringList *errors);

    bool operator==(const RiskLimits &) const = default;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::RiskLimits)
