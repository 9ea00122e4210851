#include "BrokerConfig.h"

#include "model/JsonFields.h"

namespace kairos {

QStringList BrokerConfig::validate() const
{
    QStringList errors;
    const Decimal maxBps = Decimal::fromInteger(1000);
    if (slippageBps < Decimal() || slippageBps > maxBps)
        errors << tr("slippage must be between 0 and 1000 bps, not %1").arg(slippageBps.toString());
    if (makerFeeBps < Decimal() || makerFeeBps > maxBps)
        errors
            << tr("maker fee must be between 0 and 1000 bps, not %1").arg(makerFeeBps.toString());
    if (takerFeeBps < Decimal() || takerFeeBps > maxBps)
        errors
            << tr("taker fee must be between 0 and 1000 bps, not %1").arg(takerFeeBps.toString());
    if (latencyMs < 0 || latencyMs > 60'000)
        errors << tr("latency must be between 0 and 60000 ms, not %1").arg(latencyMs);
    if (participationPercent < Decimal() || participationPercent > Decimal::fromInteger(100))
        errors << tr("participation must be between 0 and 100 %, not %1")
                      .arg(participationPercent.toString());
    return errors;
}

QJsonObject BrokerConfig::toJson() const
{
    return { { QStringLiteral("slippageBps"), slippageBps.toString() },
        { QStringLiteral("makerFeeBps"), makerFeeBps.toString() },
        { QStringLiteral("takerFeeBps"), takerFeeBps.toString() },
        { QStringLiteral("latencyMs"), qint64(latencyMs) },
        { QStringLiteral("participationPercent"), participationPercent.toString() } };
}

std::optional<BrokerConfig> BrokerConfig::fromJson(const QJsonObject &json, QStringList *errors)
{
    BrokerConfig c;
    JsonFields fields(json);
    fields.decimal("slippageBps", c.slippageBps);
    fields.decimal("makerFeeBps", c.makerFeeBps);
    fields.decimal("takerFeeBps", c.takerFeeBps);
    fields.integer("latencyMs", c.latencyMs);
    fields.decimal("participationPercent", c.participationPercent);
    QStringList problems = fields.errors() + c.validate();
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return c;
}

} // namespace kairos
