#pragma once

#include "OrderSizing.h"
#include "RuleConfig.h"
#include "StrategyExits.h"
#include "model/Timeframe.h"

#include <QMetaType>

namespace kairos {

// A named list of rules run on one timeframe for every symbol. Stored as
// JSON in the settings; applied to a running engine without a restart.
struct StrategyConfig
{
    Q_DECLARE_TR_FUNCTIONS(StrategyConfig)

public:
    QString name;
    Timeframe timeframe = Timeframe::fromSeconds(60);
    QList<RuleConfig> rules;
    OrderSizing sizing;
    StrategyExits exits;

    // The four standard rules with their usual parameters.
    static StrategyConfig standard();

    QStringList validate() const;
    QJsonObject toJson() const;
    static std::optional<StrategyConfig> fromJson(
        const QJsonObject &json, QString *error = nullptr);

    bool operator==(const StrategyConfig &) const = default;
};

} // namespace kairos

Q_DECLARE_METATYPE(kairos::StrategyConfig)
