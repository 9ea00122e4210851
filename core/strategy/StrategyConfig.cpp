#include "StrategyConfig.h"

#include <QJsonArray>

namespace kairos {

StrategyConfig StrategyConfig::standard()
{
    StrategyConfig strategy;
    strategy.name = tr("Standard signals");
    for (RuleKind kind : RuleConfig::kinds())
        strategy.rules.append(RuleConfig::make(kind));
    return strategy;
}

QStringList StrategyConfig::validate() const
{
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << tr("the strategy needs a name");
    if (!timeframe.isValid())
        errors << tr("the strategy needs a timeframe");
    for (const RuleConfig &rule : rules)
        errors << rule.validate();
    errors << sizing.validate();
    return errors;
}

QJsonObject StrategyConfig::toJson() const
{
    QJsonArray list;
    for (const RuleConfig &rule : rules)
        list.append(rule.toJson());
    return { { QStringLiteral("name"), name },
        { QStringLiteral("timeframe"), qint64(timeframe.seconds()) },
        { QStringLiteral("rules"), list } };
}

std::optional<StrategyConfig> StrategyConfig::fromJson(const QJsonObject &json, QString *error)
{
    StrategyConfig strategy;
    strategy.name = json.value(QStringLiteral("name")).toString();
    strategy.timeframe
        = Timeframe::fromSeconds(json.value(QStringLiteral("timeframe")).toInteger(60));
    for (const QJsonValue &value : json.value(QStringLiteral("rules")).toArray()) {
        const auto rule = RuleConfig::fromJson(value.toObject(), error);
        if (!rule)
            return std::nullopt;
        strategy.rules.append(*rule);
    }
    if (json.contains(QStringLiteral("sizing"))) {
        QStringList sizingErrors;
        const auto sizing
            = OrderSizing::fromJson(json.value(QStringLiteral("sizing")).toObject(), &sizingErrors);
        if (!sizing) {
            if (error)
                *error = sizingErrors.join(QStringLiteral("; "));
            return std::nullopt;
        }
        strategy.sizing = *sizing;
    }
    const QStringList problems = strategy.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    return strategy;
}

} // namespace kairos
