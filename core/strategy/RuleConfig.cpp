#include "RuleConfig.h"

#include "indicators/StudySpec.h"
#include "model/JsonFields.h"

#include <QJsonValue>

#include <cmath>

namespace kairos {

QList<RuleKind> RuleConfig::kinds()
{
    return { RuleKind::MovingAverageCross, RuleKind::RsiExit, RuleKind::MacdCross,
        RuleKind::BollingerBreakout, RuleKind::StudyCross };
}

QString RuleConfig::kindName(RuleKind kind)
{
    switch (kind) {
    case RuleKind::MovingAverageCross:
        return tr("Moving average cross");
    case RuleKind::RsiExit:
        return tr("RSI leaves oversold/overbought");
    case RuleKind::MacdCross:
        return tr("MACD crosses its signal line");
    case RuleKind::BollingerBreakout:
        return tr("Close breaks out of a Bollinger band");
    case RuleKind::StudyCross:
        return tr("A study crosses another or a level");
    }
    return {};
}

QString RuleConfig::kindKey(RuleKind kind)
{
    switch (kind) {
    case RuleKind::MovingAverageCross:
        return QStringLiteral("ma_cross");
    case RuleKind::RsiExit:
        return QStringLiteral("rsi_exit");
    case RuleKind::MacdCross:
        return QStringLiteral("macd_cross");
    case RuleKind::BollingerBreakout:
        return QStringLiteral("bollinger_breakout");
    case RuleKind::StudyCross:
        return QStringLiteral("study_cross");
    }
    return {};
}

QList<ParameterSpec> RuleConfig::parameterSpecs(RuleKind kind)
{
    switch (kind) {
    case RuleKind::MovingAverageCross:
        return { { QStringLiteral("fast"), tr("Fast period"), 1, 1000, 50, 0 },
            { QStringLiteral("slow"), tr("Slow period"), 2, 1000, 200, 0 },
            { QStringLiteral("exponential"), tr("Exponential (1) or simple (0)"), 0, 1, 0, 0 } };
    case RuleKind::RsiExit:
        return { { QStringLiteral("period"), tr("Period"), 2, 1000, 14, 0 },
            { QStringLiteral("oversold"), tr("Oversold level"), 1, 99, 30, 1 },
            { QStringLiteral("overbought"), tr("Overbought level"), 1, 99, 70, 1 } };
    case RuleKind::MacdCross:
        return { { QStringLiteral("fast"), tr("Fast period"), 1, 1000, 12, 0 },
            { QStringLiteral("slow"), tr("Slow period"), 2, 1000, 26, 0 },
            { QStringLiteral("signal"), tr("Signal period"), 1, 1000, 9, 0 } };
    case RuleKind::BollingerBreakout:
        return { { QStringLiteral("period"), tr("Period"), 2, 1000, 20, 0 },
            { QStringLiteral("deviations"), tr("Standard deviations"), 0.1, 10, 2, 1 } };
    case RuleKind::StudyCross:
        return { { QStringLiteral("direction"), tr("Direction: up (1), down (-1) or both (0)"), -1,
            1, 0, 0 } };
    }
    return {};
}

QList<TextParameterSpec> RuleConfig::textParameterSpecs(RuleKind kind)
{
    if (kind != RuleKind::StudyCross)
        return {};
    const QString names = StudyRegistry::names().join(QLatin1Char(' '));
    return { { QStringLiteral("study"), tr("Study"), QStringLiteral("ema:9"),
                 tr("NAME or NAME:PARAM:… (e.g. ema:9, rsi:14, macd:12:26:9.signal); the first "
                    "output of a study with several unless .part names one. Studies: %1")
                     .arg(names) },
        { QStringLiteral("crosses"), tr("Crosses"), QStringLiteral("ema:21"),
            tr("Another study, as above, or a level (e.g. 30)") } };
}

RuleConfig RuleConfig::make(RuleKind kind)
{
    RuleConfig rule;
    rule.kind = kind;
    for (const ParameterSpec &spec : parameterSpecs(kind))
        rule.parameters.insert(spec.key, spec.defaultValue);
    for (const TextParameterSpec &spec : textParameterSpecs(kind))
        rule.texts.insert(spec.key, spec.defaultValue);
    return rule;
}

double RuleConfig::parameter(const QString &key) const
{
    return parameters.value(key, std::nan(""));
}

QString RuleConfig::summary() const
{
    auto p = [this](const char *key) { return QString::number(parameter(QLatin1StringView(key))); };
    switch (kind) {
    case RuleKind::MovingAverageCross: {
        const QString type = parameter(QStringLiteral("exponential")) != 0 ? QStringLiteral("EMA")
                                                                           : QStringLiteral("SMA");
        return QStringLiteral("%1(%2) × %1(%3)").arg(type, p("fast"), p("slow"));
    }
    case RuleKind::RsiExit:
        return QStringLiteral("RSI(%1) %2/%3").arg(p("period"), p("oversold"), p("overbought"));
    case RuleKind::MacdCross:
        return QStringLiteral("MACD(%1,%2,%3)").arg(p("fast"), p("slow"), p("signal"));
    case RuleKind::BollingerBreakout:
        return QStringLiteral("BB(%1, %2)").arg(p("period"), p("deviations"));
    case RuleKind::StudyCross: {
        const double direction = parameter(QStringLiteral("direction"));
        const QString arrow = direction > 0 ? QStringLiteral("↑")
            : direction < 0                 ? QStringLiteral("↓")
                                            : QStringLiteral("↑↓");
        return QStringLiteral("%1 × %2 %3")
            .arg(text(QStringLiteral("study")), text(QStringLiteral("crosses")), arrow);
    }
    }
    return {};
}

QStringList RuleConfig::validate() const
{
    QStringList errors;
    for (const ParameterSpec &spec : parameterSpecs(kind)) {
        const double value = parameter(spec.key);
        if (std::isnan(value)) {
            errors << tr("%1: %2 is missing").arg(summary(), spec.label);
            continue;
        }
        if (value < spec.minimum || value > spec.maximum)
            errors << tr("%1: %2 must be between %3 and %4, not %5")
                          .arg(summary(), spec.label)
                          .arg(spec.minimum)
                          .arg(spec.maximum)
                          .arg(value);
        if (spec.decimals == 0 && value != std::floor(value))
            errors << tr("%1: %2 must be a whole number").arg(summary(), spec.label);
    }
    if ((kind == RuleKind::MovingAverageCross || kind == RuleKind::MacdCross)
        && parameter(QStringLiteral("fast")) >= parameter(QStringLiteral("slow")))
        errors << tr("%1: the fast period must be shorter than the slow one").arg(summary());
    if (kind == RuleKind::RsiExit
        && parameter(QStringLiteral("oversold")) >= parameter(QStringLiteral("overbought")))
        errors << tr("%1: the oversold level must be below the overbought level").arg(summary());
    if (kind == RuleKind::StudyCross) {
        QString why;
        if (!StudySpec::parse(text(QStringLiteral("study")), &why))
            errors << tr("%1: %2").arg(summary(), why);
        const QString other = text(QStringLiteral("crosses"));
        if (!crossLevel(other) && !StudySpec::parse(other, &why))
            errors << tr("%1: %2 (nor is it a level)").arg(summary(), why);
    }
    return errors;
}

std::optional<double> RuleConfig::crossLevel(const QString &text)
{
    bool ok = false;
    const double level = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(level) ? std::optional(level) : std::nullopt;
}

QJsonObject RuleConfig::toJson() const
{
    QJsonObject params;
    for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
        params.insert(it.key(), it.value());
    for (auto it = texts.cbegin(); it != texts.cend(); ++it)
        params.insert(it.key(), it.value());
    return { { QStringLiteral("kind"), kindKey(kind) }, { QStringLiteral("enabled"), enabled },
        { QStringLiteral("parameters"), params } };
}

std::optional<RuleConfig> RuleConfig::fromJson(const QJsonObject &json, QString *error)
{
    JsonFields fields(json);
    QString key;
    fields.string("kind", key);
    for (RuleKind kind : kinds()) {
        if (kindKey(kind) != key)
            continue;
        RuleConfig rule = make(kind);
        fields.boolean("enabled", rule.enabled);
        QStringList problems;
        const QJsonValue params = fields.value("parameters");
        if (!params.isUndefined() && !params.isObject())
            problems << tr("parameters: expected an object");
        const QJsonObject given = params.toObject();
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (rule.texts.contains(it.key())) {
                if (it.value().isString())
                    rule.texts[it.key()] = it.value().toString();
                else
                    problems << tr("parameters.%1: expected a string").arg(it.key());
            } else if (!rule.parameters.contains(it.key()))
                problems << tr("parameters.%1: unknown parameter of %2").arg(it.key(), key);
            else if (!it.value().isDouble())
                problems << tr("parameters.%1: expected a number").arg(it.key());
            else
                rule.parameters[it.key()] = it.value().toDouble();
        }
        problems << fields.errors();
        if (problems.isEmpty())
            return rule;
        if (error)
            *error = problems.join(QStringLiteral("; "));
        return std::nullopt;
    }
    if (error)
        *error = tr("unknown rule kind '%1'").arg(key);
    return std::nullopt;
}

} // namespace kairos
