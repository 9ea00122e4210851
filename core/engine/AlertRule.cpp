#include "AlertRule.h"

#include <QJsonValue>

namespace kairos {

namespace {

const char *const KindKeys[]
    = { "priceCrosses", "indicatorCrosses", "signalFired", "positionPnl", "lineCrosses" };
const char *const DirectionKeys[] = { "either", "up", "down" };
const char *const FrequencyKeys[] = { "once", "oncePerCandle", "every" };

// The index of `value` among `keys`, or -1.
template<std::size_t N>
int keyIndex(const char *const (&keys)[N], const QString &value)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (value == QLatin1StringView(keys[i]))
            return int(i);
    }
    return -1;
}

} // namespace

QStringList AlertRule::indicators()
{
    return { QStringLiteral("rsi"), QStringLiteral("sma"), QStringLiteral("emaFast"),
        QStringLiteral("emaSlow"), QStringLiteral("macd"), QStringLiteral("atr"),
        QStringLiteral("vwap"), QStringLiteral("stochK") };
}

AlertRule AlertRule::forLine(const Drawing &line)
{
    AlertRule rule;
    rule.kind = Kind::LineCrosses;
    rule.symbol = line.symbol;
    rule.line = line;
    if (line.isComplete())
        rule.level = line.points.constFirst().price;
    return rule;
}

bool AlertRule::followDrawing(QList<AlertRule> &rules, const Drawing &drawing, bool removed)
{
    bool changed = false;
    for (qsizetype r = rules.size() - 1; r >= 0; --r) {
        AlertRule &rule = rules[r];
        if (rule.kind != Kind::LineCrosses || drawing.id == 0 || rule.line.id != drawing.id)
            continue;
        changed = true;
        if (removed) {
            rules.removeAt(r);
            continue;
        }
        const AlertRule moved = forLine(drawing);
        rule.line = moved.line;
        rule.level = moved.level;
    }
    return changed;
}

QString AlertRule::describe() const
{
    const QString on = symbol.isEmpty() ? tr("any symbol") : symbol;
    const QString crosses = direction == Direction::Up ? tr("rises through")
        : direction == Direction::Down                 ? tr("falls through")
                                                       : tr("crosses");
    switch (kind) {
    case Kind::PriceCrosses:
        return tr("%1 price %2 %3").arg(on, crosses, QString::number(level, 'g', 12));
    case Kind::IndicatorCrosses:
        return tr("%1 %2 on %3 s candles %4 %5")
            .arg(on, indicator)
            .arg(timeframeSeconds)
            .arg(crosses, QString::number(level, 'g', 12));
    case Kind::SignalFired:
        return tr("a signal fires on %1").arg(on);
    case Kind::LineCrosses:
        return line.kind == Drawing::Kind::HorizontalLine
            ? tr("%1 price %2 a horizontal line at %3")
                  .arg(on, crosses, QString::number(level, 'g', 12))
            : tr("%1 price %2 a %3").arg(on, crosses, Drawing::kindName(line.kind).toLower());
    case Kind::PositionPnl:
        break;
    }
    return tr("%1 unrealized PnL beyond ±%2").arg(on, QString::number(level, 'g', 12));
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject json { { QStringLiteral("kind"), QLatin1StringView(KindKeys[int(kind)]) },
        { QStringLiteral("symbol"), symbol },
        { QStringLiteral("timeframe"), qint64(timeframeSeconds) },
        { QStringLiteral("indicator"), indicator }, { QStringLiteral("level"), level },
        { QStringLiteral("severity"), alertSeverityKey(severity) },
        { QStringLiteral("enabled"), enabled },
        { QStringLiteral("direction"), QLatin1StringView(DirectionKeys[int(direction)]) },
        { QStringLiteral("frequency"), QLatin1StringView(FrequencyKeys[int(frequency)]) },
        { QStringLiteral("cooldown"), cooldownSeconds } };
    if (kind == Kind::LineCrosses) {
        json.insert(QStringLiteral("line"), line.toJson());
        json.insert(QStringLiteral("drawing"), qint64(line.id));
    }
    return json;
}

std::optional<AlertRule> AlertRule::fromJson(const QJsonObject &json, QString *error)
{
    AlertRule rule;
    const QString kind = json.value(QLatin1StringView("kind")).toString();
    int k = 0;
    const int kinds = int(std::size(KindKeys));
    while (k < kinds && kind != QLatin1StringView(KindKeys[k]))
        ++k;
    if (k == kinds) {
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
    const QString direction
        = json.value(QLatin1StringView("direction")).toString(QStringLiteral("either"));
    const int d = keyIndex(DirectionKeys, direction);
    if (d < 0) {
        *error = tr("unknown direction '%1' (up, down or either)").arg(direction);
        return std::nullopt;
    }
    rule.direction = Direction(d);
    const QString frequency
        = json.value(QLatin1StringView("frequency")).toString(QStringLiteral("oncePerCandle"));
    const int f = keyIndex(FrequencyKeys, frequency);
    if (f < 0) {
        *error = tr("unknown frequency '%1' (once, oncePerCandle or every)").arg(frequency);
        return std::nullopt;
    }
    rule.frequency = Frequency(f);
    const QJsonValue cooldown = json.value(QLatin1StringView("cooldown"));
    rule.cooldownSeconds = cooldown.isUndefined() ? 60 : cooldown.toInt(-1);
    if (rule.cooldownSeconds < 0 || rule.cooldownSeconds > 86'400) {
        *error = tr("'cooldown' must be 0 to 86400 seconds");
        return std::nullopt;
    }
    if (rule.timeframeSeconds <= 0 || rule.timeframeSeconds > 86'400 * 31) {
        *error = tr("'timeframe' must be a number of seconds");
        return std::nullopt;
    }
    if (rule.kind == Kind::LineCrosses) {
        QString why;
        const auto line = Drawing::fromJson(json.value(QLatin1StringView("line")).toObject(), &why);
        if (!line) {
            *error = tr("'line': %1").arg(why);
            return std::nullopt;
        }
        if (line->kind != Drawing::Kind::TrendLine && line->kind != Drawing::Kind::Ray
            && line->kind != Drawing::Kind::HorizontalLine) {
            *error = tr("'line' must be a horizontal line, a trend line or a ray");
            return std::nullopt;
        }
        rule.line = *line;
        rule.line.symbol = rule.symbol;
        rule.line.id = json.value(QLatin1StringView("drawing")).toInteger(0);
    }
    return rule;
}

} // namespace kairos
