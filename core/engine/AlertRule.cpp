#include "AlertRule.h"

#include <QJsonValue>

namespace kairos {

namespace {

const char *const KindKeys[] = { "priceCrosses", "indicatorCrosses", "signalFired", "positionPnl" };

} // namespace

QStringList AlertRule::indicators()
{
    return { QStringLiteral("rsi"), QStringLiteral("sma"), QStringLiteral("emaFast"),
        QStringLiteral("emaSlow"), QStringLiteral("macd"), QStringLiteral("atr"),
        QStringLiteral("vwap"), QStringLiteral("stochK") };
}

QString AlertRule::describe() const
{
    const QString on = symbol.isEmpty() ? tr("any symbol") : symbol;
    switch (kind) {
    case Kind::PriceCrosses:
        return tr("%1 price crosses %2").arg(on, QString::number(level, 'g', 12));
    case Kind::IndicatorCrosses:
        return tr("%1 %2 on %3 s candles crosses %4")
            .arg(on, indicator)
            .arg(timeframeSeconds)
            .arg(QString::number(level, 'g', 12));
    case Kind::SignalFired:
        return tr("a signal fires on %1").arg(on);
    case Kind::PositionPnl:
        break;
    }
    return tr("%1 unrealized PnL beyond ±%2").arg(on, QString::number(level, 'g', 12));
}

QJsonObject AlertRule::toJson() const
{
    return { { QStringLiteral("kind"), QLatin1StringView(KindKeys[int(kind)]) },
        { QStringLiteral("symbol"), symbol },
        { QStringLiteral("timeframe"), qint64(timeframeSeconds) },
        { QStringLiteral("indicator"), indicator }, { QStringLiteral("level"), level },
        { QStringLiteral("severity"), alertSeverityKey(severity) },
        { QStringLiteral("enabled"), enabled } };
}

std::optional<AlertRule> AlertRule::fromJson(const QJsonObject &json, QString *error)
{
    AlertRule rule;
    const QString kind = json.value(QLatin1StringView("kind")).toString();
    int k = 0;
    while (k < 4 && kind != QLatin1StringView(KindKeys[k]))
        ++k;
    if (k == 4) {
        *error = tr("unknown kind '%1'").arg(kind);
        return std::nullopt;
    }
    rule.kind = Kind(k);
    rule.symbol = json.value(QLatin1StringView("symbol")).toString();
    rule.timeframeSeconds = json.value(QLatin1StringView("timeframe")).toInteger(60);
    rule.indicator = json.value(QLatin1StringView("indicator")).toString(QStringLiteral("rsi"));
    if (!indicators().contains(rule.indicator)) {
        *error = tr("unknown indicator '%1'").arg(rule.indicator);
        return std::nullopt;
    }
    const QJsonValue level = json.value(QLatin1StringView("level"));
    if (!level.isDouble()) {
        *error = tr("'level' must be a number");
        return std::nullopt;
    }
    rule.level = level.toDouble();
    if (rule.kind == Kind::PositionPnl && rule.level <= 0.0) {
        *error = tr("a PnL amount must be above 0");
        return std::nullopt;
    }
    const QString severity = json.value(QLatin1StringView("severity")).toString();
    rule.severity = severity == u"info" ? AlertSeverity::Info
        : severity == u"critical"       ? AlertSeverity::Critical
                                        : AlertSeverity::Warning;
    rule.enabled = json.value(QLatin1StringView("enabled")).toBool(true);
    return rule;
}

} // namespace kairos
