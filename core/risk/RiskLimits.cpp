#include "RiskLimits.h"

#include "model/JsonFields.h"

#include <QTimeZone>

namespace kairos {

QStringList RiskLimits::validate() const
{
    QStringList errors;
    const struct
    {
        const char *name;
        Decimal value;
    } amounts[] = {
        { "maxOrderQuantity", maxOrderQuantity },
        { "maxOrderNotional", maxOrderNotional },
        { "maxPositionQuantity", maxPositionQuantity },
        { "maxPositionNotional", maxPositionNotional },
        { "maxGrossExposure", maxGrossExposure },
        { "dailyLossLimit", dailyLossLimit },
    };
    for (const auto &a : amounts) {
        if (a.value < Decimal())
            errors << tr("%1 must not be negative (is %2)")
                          .arg(QLatin1StringView(a.name), a.value.toString());
    }
    if (maxOpenOrders < 0 || maxOpenOrders > 100'000)
        errors << tr("maxOpenOrders must be between 0 and 100000 (is %1)").arg(maxOpenOrders);
    if (maxOrdersPerMinute < 0 || maxOrdersPerMinute > 100'000)
        errors << tr("maxOrdersPerMinute must be between 0 and 100000 (is %1)")
                      .arg(maxOrdersPerMinute);
    if (!(maxDrawdownPercent >= 0.0 && maxDrawdownPercent <= 100.0))
        errors
            << tr("maxDrawdownPercent must be between 0 and 100 (is %1)").arg(maxDrawdownPercent);
    if (cooldownAfterLossSeconds < 0 || cooldownAfterLossSeconds > 86'400)
        errors << tr("cooldownAfterLossSeconds must be between 0 and 86400 (is %1)")
                      .arg(cooldownAfterLossSeconds);
    if (!QTimeZone(dayTimeZone.toUtf8()).isValid())
        errors << tr("dayTimeZone '%1' is not a known time zone").arg(dayTimeZone);
    return errors;
}

QJsonObject RiskLimits::toJson() const
{
    return {
        { QStringLiteral("maxOrderQuantity"), maxOrderQuantity.toString() },
        { QStringLiteral("maxOrderNotional"), maxOrderNotional.toString() },
        { QStringLiteral("maxPositionQuantity"), maxPositionQuantity.toString() },
        { QStringLiteral("maxPositionNotional"), maxPositionNotional.toString() },
        { QStringLiteral("maxGrossExposure"), maxGrossExposure.toString() },
        { QStringLiteral("maxOpenOrders"), maxOpenOrders },
        { QStringLiteral("maxOrdersPerMinute"), maxOrdersPerMinute },
        { QStringLiteral("dailyLossLimit"), dailyLossLimit.toString() },
        { QStringLiteral("maxDrawdownPercent"), maxDrawdownPercent },
        { QStringLiteral("cooldownAfterLossSeconds"), cooldownAfterLossSeconds },
        { QStringLiteral("dayTimeZone"), dayTimeZone },
        { QStringLiteral("killSwitch"), killSwitch },
    };
}

std::optional<RiskLimits> RiskLimits::fromJson(const QJsonObject &json, QStringList *errors)
{
    RiskLimits l;
    JsonFields f(json);
    f.decimal("maxOrderQuantity", l.maxOrderQuantity);
    f.decimal("maxOrderNotional", l.maxOrderNotional);
    f.decimal("maxPositionQuantity", l.maxPositionQuantity);
    f.decimal("maxPositionNotional", l.maxPositionNotional);
    f.decimal("maxGrossExposure", l.maxGrossExposure);
    f.integer("maxOpenOrders", l.maxOpenOrders);
    f.integer("maxOrdersPerMinute", l.maxOrdersPerMinute);
    f.decimal("dailyLossLimit", l.dailyLossLimit);
    f.number("maxDrawdownPercent", l.maxDrawdownPercent);
    f.integer("cooldownAfterLossSeconds", l.cooldownAfterLossSeconds);
    f.string("dayTimeZone", l.dayTimeZone);
    f.boolean("killSwitch", l.killSwitch);
    const QStringList problems = f.errors() + l.validate();
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return l;
}

} // namespace kairos
