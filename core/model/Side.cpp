#include "Side.h"

#include <QCoreApplication>

namespace kairos {

std::optional<Side> parseSide(QByteArrayView text)
{
    const QByteArray t = text.trimmed().toByteArray().toLower();
    if (t.isEmpty())
        return Side::Unknown;
    if (t == "buy" || t == "b")
        return Side::Buy;
    if (t == "sell" || t == "s")
        return Side::Sell;
    return std::nullopt;
}

QString sideLabel(Side side)
{
    switch (side) {
    case Side::Buy:
        return QCoreApplication::translate("kairos::Side", "BUY");
    case Side::Sell:
        return QCoreApplication::translate("kairos::Side", "SELL");
    case Side::Unknown:
        break;
    }
    return {};
}

QString sideName(Side side)
{
    switch (side) {
    case Side::Buy:
        return QStringLiteral("BUY");
    case Side::Sell:
        return QStringLiteral("SELL");
    case Side::Unknown:
        break;
    }
    return {};
}

} // namespace kairos
