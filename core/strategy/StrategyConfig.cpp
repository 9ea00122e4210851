#include "StrategyConfig.h"

#include "model/JsonFields.h"

#include <QJsonArray>

namespace kairos {

StrategyConfig StrategyConfig::standard()
{
    StrategyConfig strategy;
    strategy.name = tr("Standard signals");
    for (RuleKind kind : { RuleKind::MovingAverageCross, RuleKind::RsiExit, RuleKind::MacdCross,
             RuleKind::BollingerBreakout })
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
    for (const QString &e : exits.validate())
        errors << tr("exits.%1").arg(e);
    if (sizing.mode == OrderSizing::Mode::RiskPercent && !exits.protectiveStop().isSet())
        errors << tr("sizing by risk needs a stopLoss or trailingStop exit to measure the risk at");
    return errors;
}

QJsonObject StrategyConfig::toJson() const
{
    QJsonArray list;
    for (const RuleConfig &rule : rules)
        list.append(rule.toJson());
    return { { QStringLiteral("name"), name },
        { QStringLiteral("timeframe"), qint64(timeframe.seconds()) },
        { QStringLiteral("rules"), list }, { QStringLiteral("sizing"), sizing.toJson() },
        { QStringLiteral("exits"), exits.toJson() } };
}

std::optional<StrategyConfig> StrategyConfig::fromJson(const QJsonObject &json, QString *error)
{
    // Strict: a misspelt key or a wrong type is an error naming the field,
    // never a strategy quietly different from the one written.
    StrategyConfig strategy;
    QStringList problems;
    JsonFields fields(json);
    fields.string("name", strategy.name);
    std::int64_t seconds = strategy.timeframe.seconds();
    fields.integer("timeframe", seconds);
    strategy.timeframe = Timeframe::fromSeconds(seconds);
    if (!Timeframe::standard().contains(strategy.timeframe))
        problems << tr("timeframe: %1 s is not one Kairos builds (1, 60, 300, 900, 3600, 14400, "
                       "86400)")
                        .arg(seconds);
    const QJsonValue rules = fields.value("rules");
    if (!rules.isUndefined() && !rules.isArray())
        problems << tr("rules: expected an array");
    const QJsonArray list = rules.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        QString why;
        const auto rule
            = list[i].isObject() ? RuleConfig::fromJson(list[i].toObject(), &why) : std::nullopt;
        if (rule)
            strategy.rules.append(*rule);
        else
            problems
                << tr("rules[%1]: %2").arg(i).arg(why.isEmpty() ? tr("expected an object") : why);
    }
    const QJsonValue sizing = fields.value("sizing");
    if (!sizing.isUndefined()) {
        QStringList sizingErrors;
        const auto parsed = sizing.isObject()
            ? OrderSizing::fromJson(sizing.toObject(), &sizingErrors)
            : std::nullopt;
        if (parsed)
            strategy.sizing = *parsed;
        else if (!sizing.isObject())
            problems << tr("sizing: expected an object");
        for (const QString &e : std::as_const(sizingErrors))
            problems << tr("sizing.%1").arg(e);
    }
    const QJsonValue exits = fields.value("exits");
    if (!exits.isUndefined()) {
        QStringList exitErrors;
        const auto parsed = exits.isObject()
            ? StrategyExits::fromJson(exits.toObject(), &exitErrors)
            : std::nullopt;
        if (parsed)
            strategy.exits = *parsed;
        else if (!exits.isObject())
            problems << tr("exits: expected an object");
        for (const QString &e : std::as_const(exitErrors))
            problems << tr("exits.%1").arg(e);
    }
    problems << fields.errors();
    if (problems.isEmpty())
        problems << strategy.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    return strategy;
}

} // namespace kairos
