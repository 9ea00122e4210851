#include "StrategyExits.h"

#include "model/JsonFields.h"

#include <cmath>

namespace kairos {

namespace {

const char *const UnitKeys[] = { "percent", "price", "atr" };

struct Named
{
    const char *key;
    StrategyExits::Distance StrategyExits::*distance;
};
const Named Exits[]
    = { { "stopLoss", &StrategyExits::stopLoss }, { "takeProfit", &StrategyExits::takeProfit },
          { "trailingStop", &StrategyExits::trailingStop } };

} // namespace

std::optional<Decimal> StrategyExits::Distance::from(Decimal price, double atr) const
{
    switch (unit) {
    case Unit::Percent:
        return Decimal::mulDiv(price, value, 100 * std::uint64_t(Decimal::Scale));
    case Unit::Price:
        return value;
    case Unit::Atr: {
        const double distance = atr * value.toDouble();
        if (!(atr > 0.0) || !std::isfinite(distance) || distance >= 9e10)
            return std::nullopt;
        return Decimal::fromDouble(distance);
    }
    }
    return std::nullopt;
}

QStringList StrategyExits::validate() const
{
    QStringList errors;
    for (const Named &exit : Exits) {
        const Distance &d = this->*exit.distance;
        if (d.value < Decimal())
            errors << tr("%1: the distance must be positive, not %2")
                          .arg(QLatin1StringView(exit.key), d.value.toString());
        // A stop a whole price away would be at zero.
        else if (d.unit == Distance::Unit::Percent && exit.distance != &StrategyExits::takeProfit
            && d.value >= Decimal::fromInteger(100))
            errors << tr("%1: a percent below 100, not %2")
                          .arg(QLatin1StringView(exit.key), d.value.toString());
        else if (d.unit == Distance::Unit::Atr && d.value > Decimal::fromInteger(100))
            errors << tr("%1: at most 100 ATR, not %2")
                          .arg(QLatin1StringView(exit.key), d.value.toString());
    }
    if (timeLimitCandles < 0 || timeLimitCandles > MaxTimeLimitCandles)
        errors << tr("timeLimit: 1 to %1 candles, not %2")
                      .arg(MaxTimeLimitCandles)
                      .arg(timeLimitCandles);
    return errors;
}

QJsonObject StrategyExits::toJson() const
{
    QJsonObject json;
    for (const Named &exit : Exits) {
        const Distance &d = this->*exit.distance;
        if (d.isSet())
            json.insert(QLatin1StringView(exit.key),
                QJsonObject { { QLatin1StringView(UnitKeys[int(d.unit)]), d.value.toString() } });
    }
    if (timeLimitCandles > 0)
        json.insert(QLatin1StringView("timeLimit"),
            QJsonObject { { QLatin1StringView("candles"), timeLimitCandles } });
    return json;
}

std::optional<StrategyExits> StrategyExits::fromJson(const QJsonObject &json, QStringList *errors)
{
    StrategyExits exits;
    QStringList problems;
    JsonFields fields(json);
    for (const Named &exit : Exits) {
        const QJsonValue value = fields.value(exit.key);
        if (value.isUndefined())
            continue;
        const QString name = QLatin1StringView(exit.key);
        if (!value.isObject() || value.toObject().size() != 1) {
            problems << tr("%1: expected an object of one of percent, price or atr").arg(name);
            continue;
        }
        Distance &d = exits.*exit.distance;
        JsonFields distance(value.toObject());
        for (int unit = 0; unit < 3; ++unit) {
            Decimal read;
            distance.decimal(UnitKeys[unit], read);
            if (value.toObject().contains(QLatin1StringView(UnitKeys[unit]))) {
                d.unit = Distance::Unit(unit);
                d.value = read;
            }
        }
        for (const QString &e : distance.errors())
            problems << tr("%1.%2").arg(name, e);
        if (problems.isEmpty() && !d.isSet())
            problems
                << tr("%1: the distance must be positive, not %2").arg(name, d.value.toString());
    }
    if (const QJsonValue limit = fields.value("timeLimit"); !limit.isUndefined()) {
        JsonFields read(limit.toObject());
        int candles = 0;
        read.integer("candles", candles);
        if (!limit.isObject() || !limit.toObject().contains(QLatin1StringView("candles")))
            problems << tr("timeLimit: expected an object with candles");
        else if (const QStringList e = read.errors(); !e.isEmpty())
            problems << tr("timeLimit.%1").arg(e.join(QStringLiteral("; ")));
        else if (candles < 1 || candles > MaxTimeLimitCandles)
            problems
                << tr("timeLimit: 1 to %1 candles, not %2").arg(MaxTimeLimitCandles).arg(candles);
        else
            exits.timeLimitCandles = candles;
    }
    problems << fields.errors();
    if (problems.isEmpty())
        problems << exits.validate();
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return exits;
}

} // namespace kairos
