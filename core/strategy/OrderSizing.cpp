#include "OrderSizing.h"

#include "model/JsonFields.h"

namespace kairos {

namespace {

const char *const ModeKeys[] = { "quantity", "notional", "percentOfEquity", "riskPercent" };
const char *const PositionedKeys[] = { "flip", "reduce", "ignore" };

} // namespace

QStringList OrderSizing::validate() const
{
    QStringList errors;
    if (value <= Decimal())
        errors << tr("sizing value must be positive, not %1").arg(value.toString());
    if ((mode == Mode::PercentOfEquity || mode == Mode::RiskPercent)
        && value > Decimal::fromInteger(100))
        errors << tr("percent of equity must be at most 100, not %1").arg(value.toString());
    return errors;
}

QJsonObject OrderSizing::toJson() const
{
    return { { QStringLiteral("mode"), QLatin1StringView(ModeKeys[int(mode)]) },
        { QStringLiteral("value"), value.toString() },
        { QStringLiteral("whenPositioned"),
            QLatin1StringView(PositionedKeys[int(whenPositioned)]) } };
}

std::optional<OrderSizing> OrderSizing::fromJson(const QJsonObject &json, QStringList *errors)
{
    OrderSizing s;
    JsonFields fields(json);
    QString mode = QLatin1StringView(ModeKeys[int(s.mode)]);
    QString positioned = QLatin1StringView(PositionedKeys[int(s.whenPositioned)]);
    fields.string("mode", mode);
    fields.decimal("value", s.value);
    fields.string("whenPositioned", positioned);
    QStringList problems = fields.errors();
    const int modeIndex
        = QStringList { QLatin1StringView(ModeKeys[0]), QLatin1StringView(ModeKeys[1]),
              QLatin1StringView(ModeKeys[2]), QLatin1StringView(ModeKeys[3]) }
              .indexOf(mode);
    const int positionedIndex = QStringList { QLatin1StringView(PositionedKeys[0]),
        QLatin1StringView(PositionedKeys[1]), QLatin1StringView(PositionedKeys[2]) }
                                    .indexOf(positioned);
    if (modeIndex < 0)
        problems
            << tr("mode: '%1' is not quantity, notional, percentOfEquity or riskPercent").arg(mode);
    else
        s.mode = Mode(modeIndex);
    if (positionedIndex < 0)
        problems << tr("whenPositioned: '%1' is not flip, reduce or ignore").arg(positioned);
    else
        s.whenPositioned = WhenPositioned(positionedIndex);
    problems << s.validate();
    if (errors)
        *errors = problems;
    if (!problems.isEmpty())
        return std::nullopt;
    return s;
}

} // namespace kairos
